"""Draft annotations, each marked as machine-made: times, quantities, quotations.

Every object added here names the annotator "newsmodel-drafter" (a tool, with
newsmodel's version) and carries a confidence, so that nobody mistakes a draft for a
person's work and a consumer can keep or drop the layer. Only the story's segments are
read: page chrome is never annotated.
"""

from __future__ import annotations

import re

from newsmodel._version import __version__
from newsmodel.authoring import Draft, EntityHandle, Handle, Span
from newsmodel.graphemes import cluster_at
from newsmodel.ingest.amounts import find_amounts
from newsmodel.ingest.quotes import JOINED_BY, find_quotes
from newsmodel.ingest.timex import find_times
from newsmodel.model import AnnotatorKind, SegmentRole

#: The drafter's name, as its annotator entry gives it.
DRAFTER = "newsmodel-drafter"
_STORY = (SegmentRole.HEADLINE, SegmentRole.SUBHEADLINE, SegmentRole.PARAGRAPH, SegmentRole.CAPTION)
_PRONOUNS = re.compile(r"(?:he|she|they|er|sie|il|elle)", re.IGNORECASE)


def add_drafts(draft: Draft, *, reference: Handle | None, language: str = "en") -> Handle:
    """Add draft times, quantities and quotations to ``draft``; return the annotator.

    Relative times ("last year", "Wednesday") are resolved against ``reference``, the
    document's creation time (a handle of ``draft``), and left unresolved without one.
    """
    drafter = draft.annotator(AnnotatorKind.TOOL, DRAFTER, version=__version__, id=DRAFTER)
    story = [s for role in _STORY for s in draft.with_role(role)]
    story.sort(key=lambda s: s.start)
    reference_value = reference.fields.get("value") if reference is not None else None
    for segment in story:
        for time in find_times(
            segment.exact, reference_value, day_first=not language.startswith("en")
        ):
            words = _span(segment, time.start, time.end)
            draft.time(
                words,
                time.value,
                anchor_time=reference if time.relative else None,
            ).annotated(drafter, confidence=0.8 if time.value is not None else 0.5)
        for amount in find_amounts(segment.exact):
            draft.quantity(
                _span(segment, amount.start, amount.end),
                amount.value,
                minimum=amount.minimum,
                maximum=amount.maximum,
                comparator=amount.comparator,
                approximate=amount.approximate,
                currency=amount.currency,
                scale_word=amount.scale_word,
                unit=amount.unit,
            ).annotated(drafter, confidence=0.9)
    _add_quotes(draft, story, drafter, language)
    return drafter


def _add_quotes(draft: Draft, story: list[Span], drafter: Handle, language: str) -> None:
    paragraphs = [(s.start, s.end) for s in story]
    entities: dict[str, EntityHandle] = {}
    mentioned: set[tuple[int, int]] = set()
    whole = draft.whole
    for quote in find_quotes(draft.text, paragraphs, language):
        names = JOINED_BY.split(quote.source_name) if quote.source_name[:1].isupper() else []
        sources = [_entity(draft, entities, name, drafter) for name in names if name[:1].isupper()]
        if len(sources) > 1:  # a joint source: each speaker, and the group the words name
            entity = draft.group(quote.source_name, members=sources)
            entity.annotated(drafter, confidence=0.5)
        else:
            entity = _entity(draft, entities, quote.source_name, drafter)
            sources = [entity]
        source_words = None
        if quote.source is not None:
            source_words = _span(whole, *quote.source)
            if quote.source not in mentioned:
                mentioned.add(quote.source)
                if _PRONOUNS.fullmatch(source_words.exact):
                    entity.pronouns(source_words)
                elif source_words.exact[:1].isupper():
                    entity.names(source_words)
                else:
                    entity.nominals(source_words)
        draft.attribution(
            sources,
            content=[_span(whole, s, e) for s, e in quote.content],
            quote=quote.quote,
            source_words=source_words,
            cue=[_span(whole, *quote.cue)] if quote.cue else [],
        ).annotated(drafter, confidence=quote.confidence)


def _entity(
    draft: Draft, entities: dict[str, EntityHandle], name: str, drafter: Handle
) -> EntityHandle:
    """The entity a source name stands for: one per name, "Yury Koptev" and "Koptev" one."""
    key = name.split()[-1].casefold() if name[:1].isupper() else name.casefold()
    if key not in entities:
        named = name[:1].isupper()
        entity = draft.person(name) if named else draft.anonymous_source(name)
        entity.annotated(drafter, confidence=0.5)
        entities[key] = entity
    return entities[key]


def _span(within: Span, start: int, end: int) -> Span:
    """The span at offsets into ``within``'s words, widened to whole characters as a
    reader sees them: the expressions above match code points, and a Thai tone mark or
    an emoji modifier after the last one belongs to the character it ends."""
    inner = within.source.inner
    low, _ = cluster_at(within.start + start, inner)
    _, high = cluster_at(within.start + end, inner)
    return Span(within.source, low, high, within.where)
