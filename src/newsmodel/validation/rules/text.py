"""Rules about the text, its segments and the anchors that point into it."""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from newsmodel.graphemes import cluster_at
from newsmodel.model import Anchor, Article, LanguageSpan, Segment
from newsmodel.model.text import is_canonical_text
from newsmodel.validation import nearby
from newsmodel.validation.boundaries import boundary_fault
from newsmodel.validation.rules.context import Context, Finding

_ARTICLE = attrs.fields(Article)
_ANCHOR = attrs.fields(Anchor)


def text_known(context: Context) -> Iterator[Finding]:
    if context.article.text is not None:
        return
    if context.article.segments:
        yield (
            context.root.at(_ARTICLE.segments),
            "segments divide a text, and this document has none",
        )
    for item in context.of_class(Anchor):
        yield item.path, "an anchor points into the text, and this document has none"


def text_canonical(context: Context) -> Iterator[Finding]:
    if not is_canonical_text(context.text):
        yield (
            context.root.at(_ARTICLE.text),
            "text is not in canonical form (NFC, LF line breaks); see canonical_text()",
        )


def segments_in_order(context: Context) -> Iterator[Finding]:
    previous_end = 0
    if context.article.text is None:
        return  # text.unknown says what is wrong
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


def segments_on_word_boundaries(context: Context) -> Iterator[Finding]:
    # A paragraph shifted by one ("he Russian Space Agency..." and the next line break)
    # still covers text and lies in order: only its boundaries give it away.
    for item in context.of_class(Segment):
        start, end = item.obj.start, item.obj.end
        if start < end <= len(context.text):
            fault = boundary_fault(context.text, start, end)
            if fault is not None:
                yield item.path, f"segment {start}..{end} {fault}"


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
    if context.article.text is None:
        return  # text.unknown says what is wrong
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
    # Where the exact text really is, searched near the offsets: searching the whole
    # text for each mismatched anchor took 106 s for 1000 anchors in 30 MB.
    text = nearby.NearbyText(context.text)
    for item in context.of_class(Anchor):
        start, end, exact = item.obj.start, item.obj.end, item.obj.exact
        if start < end <= len(context.text) and context.text[start:end] != exact:
            found = context.text[start:end]
            differs = _first_difference(found, exact)
            moved = text.find_near(exact, start)
            hint = (
                f"; {_shown(exact)} is at {moved}..{moved + len(exact)}"
                if moved is not None
                else ""
            )
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


def anchor_whole_characters(context: Context) -> Iterator[Finding]:
    inner = context.inner_offsets
    if not inner:  # most texts: no character of more than one code point
        return
    for item in context.of_class(Anchor):
        for field in (_ANCHOR.start, _ANCHOR.end):
            offset = getattr(item.obj, field.name)
            if offset in inner:
                low, high = cluster_at(offset, inner)
                yield (
                    item.at(field),
                    f"offset {offset} falls inside the character {context.text[low:high]!r} "
                    f"at {low}..{high}, which a reader sees as one: start or end at {low} or "
                    f"{high}",
                )


def stretches_in_order(context: Context) -> Iterator[Finding]:
    # A field of several stretches (content, cue, passages) lists them as they come in
    # the text; the walk finds each stretch at (..., field, index).
    previous: dict[tuple[str | int, ...], Anchor] = {}
    for item in context.of_class(Anchor):
        if not isinstance(item.path[-1], int):
            continue
        field = item.path[:-1]
        before = previous.get(field)
        if before is not None and item.obj.start < before.end:
            yield (
                item.path,
                (
                    f"stretch {item.obj.start}..{item.obj.end} does not follow the one before it, "
                    f"which ends at {before.end}"
                ),
            )
        previous[field] = item.obj


def language_spans_differ(context: Context) -> Iterator[Finding]:
    article_language = context.article.language.lower()
    for item in context.of_class(LanguageSpan):
        if item.obj.language.lower() == article_language:
            yield (
                item.at(attrs.fields(LanguageSpan).language),
                f"the span is in {item.obj.language!r}, the article's own language",
            )
