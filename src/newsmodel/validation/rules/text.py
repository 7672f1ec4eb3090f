"""Rules about the text, its segments and the anchors that point into it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import attrs

from newsmodel.errors import Severity
from newsmodel.graphemes import cluster_at
from newsmodel.model import Anchor, Article, LanguageSpan, Segment
from newsmodel.model.text import is_canonical_text
from newsmodel.validation.boundaries import boundary_fault
from newsmodel.validation.rules.context import Context, Finding, Rule
from newsmodel.validation.rules.examples import Change, Example, changed, found, setting, shifted

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
    length = len(context.text)
    for item in context.of_class(Anchor):
        start, end = item.obj.start, item.obj.end
        if not start < end <= length:
            yield (
                item.path,
                f"offsets {start}..{end} are not a non-empty span of the {length}-character text",
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
    # Where the exact text really is, searched near the offsets (context.nearby):
    # searching the whole text for each mismatched anchor took 106 s for 1000 anchors
    # in 30 MB.
    text = context.text
    for item in context.of_class(Anchor):
        start, end, exact = item.obj.start, item.obj.end, item.obj.exact
        if start < end <= len(text) and text[start:end] != exact:
            found = text[start:end]
            differs = _first_difference(found, exact)
            moved = context.nearby.find_near(exact, start)
            hint = "" if moved is None else f"; {_shown(exact)} is at {moved}..{moved + len(exact)}"
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
    # the text; the walk finds each stretch at an index of a field of its holder.
    previous: dict[tuple[int, str | None], Anchor] = {}
    for item in context.of_class(Anchor):
        if item.index is None:
            continue
        # The holder's Located stands for its place in the document (it lives as long as
        # the context does, so its id is not reused meanwhile).
        field = (id(item.holder), item.key)
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


def _second_paragraph(change: Callable[[Segment, Article], Segment]) -> Change:
    """The edit that replaces the second paragraph's segment by ``change(segment, article)``."""

    def edit(article: Article) -> Article:
        segments = list(article.segments)
        segments[4] = change(segments[4], article)
        return attrs.evolve(article, segments=tuple(segments))

    return edit


def _from_last_word_before(segment: Segment, article: Article) -> Segment:
    # Back to the start of the first paragraph's last word: overlapping, not cutting.
    first_paragraph = article.segments[3]
    return attrs.evolve(segment, start=(article.text or "").rindex(" ", 0, first_paragraph.end) + 1)


def _one_longer(segment: Segment, _: Article) -> Segment:
    return attrs.evolve(segment, end=segment.end + 1)


def _one_late(segment: Segment, _: Article) -> Segment:
    # One character late at both ends: into the first word, over the line break.
    return attrs.evolve(segment, start=segment.start + 1, end=segment.end + 1)


def _first_content_shifted(by: int) -> Callable[[Any], Any]:
    return lambda item: attrs.evolve(
        item, content=(shifted(item.content[0], by), *item.content[1:])
    )


def _anchor_changed(change: Callable[[Anchor], Anchor]) -> Callable[[Any], Any]:
    return lambda item: attrs.evolve(item, anchor=change(item.anchor))


def _accent_after_berg(article: Article) -> Article:
    # "Anna Berg" + COMBINING DIAERESIS in place of the space after it: one character to
    # a reader (NFC has no single code point for it), and the mention still ends before
    # the mark.
    end = found(article, "person-berg").mentions[0].anchor.end
    text = article.text or ""
    return attrs.evolve(article, text=text[:end] + "\u0308" + text[end + 1 :])


def _cue_led_by_another(article: Article) -> Article:
    # a-start's cue comes after a-build's in the text; leading with it reverses the order.
    earlier = found(article, "a-build").cue[0]
    return setting("a-start", cue=(earlier, *found(article, "a-start").cue))(article)


def _place_marked_english(article: Article) -> Article:
    anchor = found(article, "place-tromso").mentions[0].anchor
    return attrs.evolve(
        article, language_spans=(LanguageSpan(anchor=anchor, language=article.language),)
    )


RULES = (
    Rule(
        code="text.unknown",
        severity=Severity.ERROR,
        check=text_known,
        summary="A document without text (one known only from a fact-check) has no segments and no anchors.",
        examples=(
            Example(
                "anchors-without-text",
                "The text is left out, but the segments and anchors that point into it are not.",
                lambda article: attrs.evolve(article, text=None),
            ),
        ),
    ),
    Rule(
        code="text.not_canonical",
        severity=Severity.ERROR,
        check=text_canonical,
        summary="The text is in canonical form: NFC, with LF as its only line break.",
        examples=(
            Example(
                "crlf-line-break",
                "The break after the first line of page chrome is written CR LF.",
                lambda article: attrs.evolve(
                    article, text=(article.text or "").replace("\n\n", "\r\n", 1)
                ),
            ),
        ),
    ),
    Rule(
        code="segment.order",
        severity=Severity.ERROR,
        check=segments_in_order,
        summary="Segments are non-empty spans of the text, in order, and do not overlap.",
        examples=(
            Example(
                "overlapping-segments",
                "The second paragraph's segment starts at the first paragraph's last word.",
                _second_paragraph(_from_last_word_before),
            ),
        ),
    ),
    Rule(
        code="segment.boundary",
        severity=Severity.ERROR,
        check=segments_on_word_boundaries,
        summary="A segment begins and ends between words, and neither begins nor ends with white space, such as the line break after it.",
        examples=(
            Example(
                "paragraph-takes-in-the-line-break",
                "The second paragraph's segment ends one character late, taking in the line "
                "break after it.",
                _second_paragraph(_one_longer),
            ),
            Example(
                "paragraph-shifted-by-one",
                "The second paragraph's segment starts and ends one character late: inside "
                "its first word, and over the line break after it.",
                _second_paragraph(_one_late),
                also=("segment.uncovered_text",),
            ),
        ),
    ),
    Rule(
        code="segment.uncovered_text",
        severity=Severity.WARNING,
        check=text_covered,
        summary="Every non-blank stretch of the text belongs to a segment.",
        examples=(
            Example(
                "chrome-line-without-segment",
                "The segment of the first line of page chrome is left out.",
                lambda article: attrs.evolve(article, segments=article.segments[1:]),
            ),
        ),
    ),
    Rule(
        code="anchor.out_of_range",
        severity=Severity.ERROR,
        check=anchor_in_text,
        summary="An anchor's start comes before its end, and both lie within the text.",
        examples=(
            Example(
                "past-the-end",
                "The last claim's words are moved ten characters on, past the end of the text.",
                changed("c-dwarfed", _first_content_shifted(10)),
            ),
            Example(
                "start-after-end",
                "The event's anchor has its start and end swapped.",
                changed(
                    "e-signing",
                    _anchor_changed(lambda a: attrs.evolve(a, start=a.end, end=a.start)),
                ),
            ),
        ),
    ),
    Rule(
        code="anchor.text_mismatch",
        severity=Severity.ERROR,
        check=anchor_exact,
        summary="An anchor's exact text is the text at its offsets.",
        examples=(
            Example(
                "changed-exact-text",
                "The event's exact text is changed from 'signed' to 'sealed'.",
                changed("e-signing", _anchor_changed(lambda a: attrs.evolve(a, exact="sealed"))),
            ),
            Example(
                "shifted-offset",
                "The event's anchor is moved one character on, its exact text kept.",
                changed("e-signing", _anchor_changed(lambda a: shifted(a, 1))),
            ),
        ),
    ),
    Rule(
        code="anchor.splits_character",
        severity=Severity.ERROR,
        check=anchor_whole_characters,
        summary="An anchor starts and ends between the characters a reader sees: never inside a letter with its accents or an emoji with its modifiers (a Unicode grapheme cluster).",
        examples=(
            Example(
                "mention-ends-before-an-accent",
                "The text puts an accent on the last letter of 'Anna Berg' (g and COMBINING "
                "DIAERESIS, one character to a reader), and her mention still ends between them.",
                _accent_after_berg,
            ),
        ),
    ),
    Rule(
        code="anchor.untrimmed",
        severity=Severity.WARNING,
        check=anchor_trimmed,
        summary="An anchor neither begins nor ends with white space.",
        examples=(
            Example(
                "trailing-space",
                "The event's anchor takes in the space after the word.",
                changed(
                    "e-signing",
                    _anchor_changed(lambda a: attrs.evolve(a, end=a.end + 1, exact=a.exact + " ")),
                ),
            ),
        ),
    ),
    Rule(
        code="anchor.stretch_order",
        severity=Severity.WARNING,
        check=stretches_in_order,
        summary="The stretches of one field (a content, a cue, a correction's passages) are in text order and do not overlap.",
        examples=(
            Example(
                "cue-pieces-reversed",
                "A cue is given, as its first stretch, a word that comes earlier in the text.",
                _cue_led_by_another,
            ),
        ),
    ),
    Rule(
        code="language.same_as_article",
        severity=Severity.WARNING,
        check=language_spans_differ,
        summary="A stretch marked as being in another language is not in the article's own.",
        examples=(
            Example(
                "english-in-english",
                "A place's name is marked as being in English, the article's own language.",
                _place_marked_english,
            ),
        ),
    ),
)
