"""Rules about the text, its segments and the anchors that point into it."""

from __future__ import annotations

from collections.abc import Iterator

from newsmodel.model import Anchor, Segment
from newsmodel.model.text import is_canonical_text
from newsmodel.validation.rules.context import Context, Finding, offsets


def text_known(context: Context) -> Iterator[Finding]:
    if "text" in context.document:
        return
    if context.document.get("segments"):
        yield ("segments",), "segments divide a text, and this document has none"
    for item in context.of_class(Anchor):
        yield item.path, "an anchor points into the text, and this document has none"


def text_canonical(context: Context) -> Iterator[Finding]:
    if not is_canonical_text(context.text):
        yield ("text",), "text is not in canonical form (NFC, LF line breaks); see canonical_text()"


def segments_in_order(context: Context) -> Iterator[Finding]:
    previous_end = 0
    if "text" not in context.document:
        return  # text.unknown says what is wrong
    for item in context.of_class(Segment):
        start, end = offsets(item.data)
        if not start < end <= len(context.text):
            yield item.path, f"segment {start}..{end} is not a non-empty span of the text"
        elif start < previous_end:
            yield (
                item.path,
                f"segment starts at {start}, before the previous one ends at {previous_end}",
            )
        previous_end = max(previous_end, end)


def text_covered(context: Context) -> Iterator[Finding]:
    covered = 0
    gaps = []
    for item in context.of_class(Segment):
        start, end = offsets(item.data)
        gaps.append((covered, start))
        covered = max(covered, end)
    gaps.append((covered, len(context.text)))
    for start, end in gaps:
        if start < end and context.text[start:end].strip():
            yield ("text",), f"text at {start}..{end} belongs to no segment"
            return


def anchor_in_text(context: Context) -> Iterator[Finding]:
    if "text" not in context.document:
        return  # text.unknown says what is wrong
    for item in context.of_class(Anchor):
        start, end = offsets(item.data)
        if not start < end <= len(context.text):
            yield (
                item.path,
                f"offsets {start}..{end} are not a non-empty span of the {len(context.text)}-character text",
            )


def _shown(text: str) -> str:
    return repr(text if len(text) <= 40 else text[:37] + "...")


def anchor_exact(context: Context) -> Iterator[Finding]:
    for item in context.of_class(Anchor):
        (start, end), exact = offsets(item.data), item.data["exact"]
        if start < end <= len(context.text) and context.text[start:end] != exact:
            found = context.text[start:end]
            moved = context.text.find(exact)
            hint = f"; {_shown(exact)} is at {moved}..{moved + len(exact)}" if moved >= 0 else ""
            yield (
                (*item.path, "exact"),
                f"the text at {start}..{end} is {_shown(found)}, not the exact text given{hint}",
            )


def anchor_trimmed(context: Context) -> Iterator[Finding]:
    for item in context.of_class(Anchor):
        exact = item.data["exact"]
        if exact != exact.strip():
            yield (
                (*item.path, "exact"),
                f"{_shown(exact)} begins or ends with white space, which no annotation covers",
            )
