"""Draft annotations, each marked as machine-made: times, quantities, quotations, names.

Every object added here names the annotator "newsmodel-drafter" (a tool, with
newsmodel's version) and carries a confidence, so that nobody mistakes a draft for a
person's work and a consumer can keep or drop the layer. Only the story's segments are
read: page chrome is never annotated.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from newsmodel._version import __version__
from newsmodel.authoring import Draft, EntityHandle, Handle, Span
from newsmodel.graphemes import cluster_at
from newsmodel.ingest.amounts import find_amounts
from newsmodel.ingest.names import FoundName, NameKind, find_names, kind_of, used_alone
from newsmodel.ingest.quotes import JOINED_BY, find_quotes
from newsmodel.ingest.timex import find_times
from newsmodel.model import AnnotatorKind, Person, SegmentRole

#: The drafter's name, as its annotator entry gives it.
DRAFTER = "newsmodel-drafter"
#: The roles of the segments the drafter reads: the story, never the page's chrome.
STORY_ROLES = (
    SegmentRole.HEADLINE,
    SegmentRole.SUBHEADLINE,
    SegmentRole.PARAGRAPH,
    SegmentRole.CAPTION,
)
_PRONOUNS = re.compile(r"(?:he|she|they|er|sie|il|elle)", re.IGNORECASE)


def add_drafts(
    draft: Draft,
    *,
    reference: Handle | None,
    language: str = "en",
    story: Sequence[Span] | None = None,
    annotator_id: str = DRAFTER,
) -> Handle:
    """Add draft times, quantities, quotations and named entities to ``draft``; return
    the annotator.

    Relative times ("last year", "Wednesday") are resolved against ``reference``, the
    document's creation time (a handle of ``draft``), and left unresolved without one.
    Only the ``story`` is read: by default the draft's segments of the
    ``STORY_ROLES``. The annotator's id is ``annotator_id``, its name
    ``DRAFTER`` ("newsmodel-drafter").
    """
    drafter = draft.annotator(AnnotatorKind.TOOL, DRAFTER, version=__version__, id=annotator_id)
    if story is None:
        story = [s for role in STORY_ROLES for s in draft.with_role(role)]
    story = sorted(story, key=lambda s: s.start)
    reference_value = reference.fields.get("value") if reference is not None else None
    for segment in story:
        for time in find_times(
            segment.exact, reference_value, day_first=not language.startswith("en")
        ):
            words = whole_characters(segment, time.start, time.end)
            draft.time(
                words,
                time.value,
                anchor_time=reference if time.relative else None,
            ).annotated(drafter, confidence=0.8 if time.value is not None else 0.5)
        for amount in find_amounts(segment.exact):
            draft.quantity(
                whole_characters(segment, amount.start, amount.end),
                amount.value,
                minimum=amount.minimum,
                maximum=amount.maximum,
                comparator=amount.comparator,
                approximate=amount.approximate,
                currency=amount.currency,
                scale_word=amount.scale_word,
                unit=amount.unit,
            ).annotated(drafter, confidence=0.9)
    entities = _Entities(draft, drafter)
    _add_quotes(draft, story, entities, language)
    _add_names(draft, story, entities, language)
    return drafter


@attrs.define
class _Entities:
    """The drafter's entities, found again by name: "Yury Koptev" and a later "Koptev"
    are one person, "Russian Space Agency" one organization wherever it recurs."""

    draft: Draft
    drafter: Handle
    by_name: dict[str, EntityHandle] = attrs.Factory(dict)
    by_surname: dict[str, EntityHandle] = attrs.Factory(dict)
    mentioned: set[tuple[int, int]] = attrs.Factory(set)
    """The offsets of every mention added, so that none is added twice."""

    def find(self, name: str) -> EntityHandle | None:
        words = name.casefold().split()
        return self.by_name.get(" ".join(words)) or self.by_surname.get(words[-1])

    def add(self, name: str, entity: EntityHandle, *, person: bool, confidence: float) -> None:
        entity.annotated(self.drafter, confidence=confidence)
        self.by_name[" ".join(name.casefold().split())] = entity
        if person:
            self.by_surname.setdefault(name.casefold().split()[-1], entity)

    def source(self, name: str) -> EntityHandle:
        """The entity a source name stands for: a person, or an anonymous source named by
        a description ("a spokesman")."""
        found = self.find(name) if _named(name) else self.by_name.get(name.casefold())
        if found is None:
            named = _named(name)
            found = self.draft.person(name) if named else self.draft.anonymous_source(name)
            self.add(name, found, person=named, confidence=0.5)
        return found


def _add_quotes(draft: Draft, story: list[Span], entities: _Entities, language: str) -> None:
    paragraphs = [(s.start, s.end) for s in story]
    drafter, mentioned = entities.drafter, entities.mentioned
    whole = draft.whole
    for quote in find_quotes(draft.text, paragraphs, language):
        names = JOINED_BY.split(quote.source_name) if _named(quote.source_name) else []
        sources = [entities.source(name) for name in names if _named(name)]
        if len(sources) > 1:  # a joint source: each speaker, and the group the words name
            entity = draft.group(quote.source_name, members=sources)
            entity.annotated(drafter, confidence=0.5)
        else:
            entity = entities.source(quote.source_name)
            sources = [entity]
        source_words = None
        if quote.source is not None:
            source_words = whole_characters(whole, *quote.source)
            if quote.source not in mentioned:
                mentioned.add(quote.source)
                if _PRONOUNS.fullmatch(source_words.exact):
                    entity.pronouns(source_words)
                elif _named(source_words.exact):
                    entity.names(source_words)
                else:
                    entity.nominals(source_words)
        draft.attribution(
            sources,
            content=[whole_characters(whole, s, e) for s, e in quote.content],
            quote=quote.quote,
            source_words=source_words,
            cue=[whole_characters(whole, *quote.cue)] if quote.cue else [],
        ).annotated(drafter, confidence=quote.confidence)


def _add_names(draft: Draft, story: list[Span], entities: _Entities, language: str) -> None:
    """Each name of the story as a mention of an entity, one entity per name ("Jane
    Smith" and a later "Smith" one person); see :mod:`newsmodel.ingest.names`."""
    found = find_names(draft.text, [(s.start, s.end) for s in story], language)
    alone = used_alone(found)
    whole = draft.whole
    for name in found:
        if (name.start, name.end) in entities.mentioned:
            continue  # the words of a quotation's source, already its mention
        entity = entities.find(name.words)
        if entity is None:
            entity = _named_entity(draft, entities, name, alone)
        elif entity.cls is Person and len(name.words.split()) > len(entity.fields["name"].split()):
            # A person first met as a quotation's "Lindner" is named in full ("Tobias Lindner").
            entity.fields["name"] = name.words
        entities.mentioned.add((name.start, name.end))
        entity.names(whole_characters(whole, name.start, name.end))


def _named_entity(
    draft: Draft, entities: _Entities, name: FoundName, alone: set[str]
) -> EntityHandle:
    kind = kind_of(name, alone)
    entity = draft.person(name.words) if kind is NameKind.PERSON else draft.organization(name.words)
    # A kind that neither a title, a recurring surname nor the last word says is a guess.
    confidence = 0.3 if kind is NameKind.UNKNOWN else 0.5
    entities.add(name.words, entity, person=kind is NameKind.PERSON, confidence=confidence)
    return entity


def _named(words: str) -> bool:
    """Whether a source's words are a name: capitalised, or in a script without capitals
    ("コプテフ長官"), where a name cannot be told from a description by its first letter."""
    first = words[:1]
    return first.isupper() or (first.isalpha() and not first.islower())


def whole_characters(within: Span, start: int, end: int) -> Span:
    """The span at offsets into ``within``'s words, widened to whole characters as a
    reader sees them: the expressions above match code points, and a Thai tone mark or
    an emoji modifier after the last one belongs to the character it ends."""
    inner = within.source.inner
    low, _ = cluster_at(within.start + start, inner)
    _, high = cluster_at(within.start + end, inner)
    return Span(within.source, low, high, within.where)
