"""Draft annotations added to a document that already has some: ``newsmodel draft``.

The drafter reads the document's story segments (page chrome is never annotated) and
drafts as :func:`~newsmodel.ingest.add_drafts` does for a new page. What the document
already holds is kept as it is, and nothing is said twice:

- a drafted time or quantity on the same words as one of the document's is left out;
- a drafted attribution whose content shares words with one of the document's is left
  out;
- a drafted entity with a mention on the same words as a mention of one of the
  document's entities *is* that entity: it is left out, adds no mention to it, and the
  drafted attributions it was the source of name the document's entity instead.

Drafting the same document twice therefore adds nothing the second time. No draft
takes one of the document's ids: they are reserved before drafting.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from newsmodel._version import __version__
from newsmodel.authoring import Draft, Handle, Span
from newsmodel.codec import unstructure
from newsmodel.coverage import Coverage
from newsmodel.ingest.drafts import DRAFTER, STORY_ROLES, add_drafts
from newsmodel.migrations import ids_in
from newsmodel.model import (
    Anchor,
    Article,
    DocumentFunction,
    Entity,
    Group,
    Provenance,
    SegmentRole,
)

#: The document's times that relative expressions are resolved against, in that order.
_REFERENCES = (DocumentFunction.CREATION_TIME, DocumentFunction.PUBLICATION_TIME)


def draft_article(article: Article) -> Article:
    """``article`` with draft annotations added to what it holds (see the module). It
    does not validate the result: :func:`newsmodel.validate` does."""
    text = article.text or ""
    lines = sum(1 for line in text.split("\n") if line.strip())
    draft = Draft(
        text, id=article.id, language=article.language, roles=[SegmentRole.PARAGRAPH] * lines
    )
    ids = ids_in(unstructure(article))
    reference = _reference(draft, article)
    drafter = _drafter_id(article, ids)
    draft.reserve(i for i in ids if i not in (drafter, reference and reference.id))
    story = [
        Span(draft.whole.source, s.start, s.end, f"segment {index + 1}")
        for index, s in enumerate(article.segments)
        if s.role in STORY_ROLES
    ]
    if not article.segments:
        story = [draft.whole]
    add_drafts(
        draft, reference=reference, language=article.language, story=story, annotator_id=drafter
    )
    return _merged(article, draft.article(), ids)


def _reference(draft: Draft, article: Article) -> Handle | None:
    """A copy in ``draft``, under its id, of the document's time that relative times are
    resolved against: the drafts point at the document's own."""
    for function in _REFERENCES:
        for time in article.times:
            if time.function is function and time.value is not None:
                return draft.document_time(
                    function,
                    time.value,
                    provenance=time.provenance or Provenance.ANNOTATOR,
                    id=time.id,
                )
    return None


def _drafter_id(article: Article, ids: set[str]) -> str:
    """The drafter's annotator id: the document's own entry where this version of the
    drafter made it, a new one naming the version where the id is another's (an older
    version of the drafter, most likely)."""
    ours = any(
        a.id == DRAFTER and a.name == DRAFTER and a.version == __version__
        for a in article.annotators
    )
    return DRAFTER if ours or DRAFTER not in ids else f"{DRAFTER}-{__version__}"


def _merged(article: Article, drafted: Article, existing: set[str]) -> Article:
    times = {_span(t.anchor) for t in article.times if t.anchor}
    quantities = {_span(q.anchor) for q in article.quantities}
    # Indexed once: asking each draft against each of the document's attributions cost
    # their product (8,000 of each: 48 s).
    said = Coverage(_span(anchor) for a in article.attributions for anchor in a.content)
    mentioned = {_span(m.anchor): e.id for e in article.entities for m in e.mentions}
    # A drafted entity with one of the document's mentions is the document's entity.
    same = {
        e.id: next(mentioned[_span(m.anchor)] for m in e.mentions if _span(m.anchor) in mentioned)
        for e in drafted.entities
        if any(_span(m.anchor) in mentioned for m in e.mentions)
    }
    attributions = [
        attrs.evolve(a, sources=tuple(same.get(s, s) for s in a.sources))
        for a in drafted.attributions
        if not any(said.overlaps(*_span(anchor)) for anchor in a.content)
    ]
    # An entity drafted only as the source of an attribution left out goes with it.
    sources = {s for a in attributions for s in a.sources}
    entities = [
        _renamed_members(e, same)
        for e in drafted.entities
        if e.id not in same and (e.mentions or e.id in sources)
    ]
    new_times = [
        t
        for t in drafted.times
        if t.id not in existing and (t.anchor is None or _span(t.anchor) not in times)
    ]
    new_quantities = [q for q in drafted.quantities if _span(q.anchor) not in quantities]
    # The drafter is named once, as ingest --draft names it: it read the document, even
    # where it found nothing new.
    drafter = [a for a in drafted.annotators if a.id not in existing]
    return attrs.evolve(
        article,
        annotators=(*article.annotators, *drafter),
        times=(*article.times, *new_times),
        quantities=(*article.quantities, *new_quantities),
        entities=(*article.entities, *entities),
        attributions=(*article.attributions, *attributions),
    )


def _renamed_members(entity: Entity, same: Mapping[str, str]) -> Entity:
    if isinstance(entity, Group):
        return attrs.evolve(entity, members=tuple(same.get(m, m) for m in entity.members))
    return entity


def _span(anchor: Anchor) -> tuple[int, int]:
    return anchor.start, anchor.end
