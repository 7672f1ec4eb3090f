"""Rules about the text, its segments and the anchors that point into it."""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from newsmodel.model import Anchor, Article, Segment
from newsmodel.model.text import is_canonical_text
from newsmodel.validation.rules.context import Context, Finding

_ARTICLE = attrs.fields(Article)
_ANCHOR = attrs.fields(Anchor)


def text_canonical(context: Context) -> Iterator[Finding]:
    if not is_canonical_text(context.text):
        yield (
            context.root.at(_ARTICLE.text),
            "text is not in canonical form (NFC, LF line breaks); see canonical_text()",
        )


def segments_in_order(context: Context) -> Iterator[Finding]:
    previous_end = 0
    for item in context.of_class(Segment):
        start, end = item.obj.start, item.obj.end
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
        gaps.append((covered, item.obj.start))
        covered = max(covered, item.obj.end)
    gaps.append((covered, len(context.text)))
    for start, end in gaps:
        if start < end and context.text[start:end].strip():
            yield context.root.at(_ARTICLE.text), f"text at {start}..{end} belongs to no segment"
            return


def anchor_in_text(context: Context) -> Iterator[Finding]:
    for item in context.of_class(Anchor):
        start, end = item.obj.start, item.obj.end
        if not start < end <= len(context.text):
            yield (
                item.path,
                f"offsets {start}..{end} are not a non-empty span of the {len(context.text)}-character text",
            )


def _shown(text: str) -> str:
    return repr(text if len(text) <= 40 else text[:37] + "...")


#: How much of each text a mismatch shows around the first difference.
_BEFORE, _WIDTH = 12, 40


def _around(text: str, at: int) -> str:
    """The stretch of ``text`` around index ``at``, with ``...`` where it is cut."""
    first = max(0, min(at - _BEFORE, len(text) - _WIDTH))
    last = first + _WIDTH
    shown = repr(text[first:last])
    return ("..." if first > 0 else "") + shown + ("..." if last < len(text) else "")


def _first_difference(one: str, other: str) -> int:
    return next(
        (i for i, (a, b) in enumerate(zip(one, other, strict=False)) if a != b),
        min(len(one), len(other)),
    )


def anchor_exact(context: Context) -> Iterator[Finding]:
    for item in context.of_class(Anchor):
        start, end, exact = item.obj.start, item.obj.end, item.obj.exact
        if start < end <= len(context.text) and context.text[start:end] != exact:
            found = context.text[start:end]
            differs = _first_difference(found, exact)
            moved = context.text.find(exact)
            hint = f"; {_shown(exact)} is at {moved}..{moved + len(exact)}" if moved >= 0 else ""
            yield (
                item.at(_ANCHOR.exact),
                f"the text at {start}..{end} is {_around(found, differs)}, but the exact text "
                f"given is {_around(exact, differs)}: they differ from offset {start + differs} "
                f"on{hint}",
            )


def anchor_trimmed(context: Context) -> Iterator[Finding]:
    for item in context.of_class(Anchor):
        exact = item.obj.exact
        if exact != exact.strip():
            yield (
                item.at(_ANCHOR.exact),
                f"{_shown(exact)} begins or ends with white space, which no annotation covers",
            )
