"""A story's body in HTML, XHTML or NITF, as blocks of plain text with their roles.

Only what a reader sees as the story's blocks is kept: paragraphs, headings, block
quotes and list items; white space runs are one space, as a browser shows them. The NITF
``<head>`` and HTML ``<head>`` (titles, metadata) are not story text and are skipped.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from newsmodel.model import SegmentRole

#: Elements whose text is one block, and the role the block has.
BLOCKS: dict[str, SegmentRole] = {
    "p": SegmentRole.PARAGRAPH,
    "blockquote": SegmentRole.PARAGRAPH,
    "li": SegmentRole.PARAGRAPH,
    "h1": SegmentRole.HEADLINE,
    "hl1": SegmentRole.HEADLINE,
    **dict.fromkeys(["h2", "h3", "h4", "h5", "h6", "hl2"], SegmentRole.SUBHEADLINE),
}
#: Elements whose text is never story text.
SKIPPED = frozenset({"head", "title", "script", "style", "body.head", "nitf-head"})


class _Blocks(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[SegmentRole, str]] = []
        self.open: list[tuple[SegmentRole, list[str]]] = []
        self.skipping = 0
        self.loose: list[str] = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in SKIPPED:
            self.skipping += 1
        elif tag in BLOCKS:
            self._close_loose()
            self.open.append((BLOCKS[tag], []))

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCKS and self.open:
            role, parts = self.open.pop()
            self._add(role, "".join(parts))

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        if self.open:
            self.open[-1][1].append(data)
        else:
            self.loose.append(data)

    def _close_loose(self) -> None:
        self._add(SegmentRole.PARAGRAPH, "".join(self.loose))
        self.loose = []

    def _add(self, role: SegmentRole, text: str) -> None:
        words = re.sub(r"\s+", " ", text).strip()
        if words:
            if self.open:  # a block inside a block (a <p> in a <blockquote>): its own block
                self.open[-1][1].append(" ")
            self.blocks.append((role, words))

    def close(self) -> None:
        super().close()
        while self.open:
            role, parts = self.open.pop()
            self._add(role, "".join(parts))
        self._close_loose()


def blocks_of(markup: str) -> list[tuple[SegmentRole, str]]:
    """The blocks of ``markup`` in order, each with its role and its text."""
    parser = _Blocks()
    parser.feed(re.sub(r"<\?xml[^>]*\?>|<!DOCTYPE[^>]*>", "", markup))
    parser.close()
    return parser.blocks


def plain_blocks(text: str) -> list[tuple[SegmentRole, str]]:
    """The paragraphs of plain text: stretches between blank lines (or lines, if none)."""
    parts = re.split(r"\n\s*\n", text) if re.search(r"\n\s*\n", text) else text.splitlines()
    return [(SegmentRole.PARAGRAPH, " ".join(p.split())) for p in parts if p.strip()]
