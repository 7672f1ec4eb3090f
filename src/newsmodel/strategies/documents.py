"""Whole valid documents: an article whose every anchor, reference and value is right.

The plan comes from the model: the collections of identified objects are the tuple
fields of :class:`~newsmodel.model.Article`, their kinds are the classes' type tags, and a
kind is generated only when every required reference of its class has something to point
at (a comparison needs a quantity, claim or event; an attribution needs an agent).
"""

from __future__ import annotations

import functools
import typing
from typing import Any

import attrs
from hypothesis import strategies as st

from newsmodel.codec import unstructure, write
from newsmodel.model import (
    Anchor,
    Article,
    DocumentFunction,
    Provenance,
    SegmentRole,
    TimeExpression,
)
from newsmodel.model._fields import type_tag
from newsmodel.model.entities import ENTITY_CLASSES, Entity
from newsmodel.strategies import values
from newsmodel.strategies.objects import Scope, objects_in, satisfiable
from newsmodel.strategies.text import segmented_texts
from newsmodel.versions import CURRENT_SCHEMA_URL


@functools.cache
def collections() -> tuple[tuple[str, tuple[type, ...]], ...]:
    """Each field of Article that holds identified objects, with the classes it holds."""
    hints = typing.get_type_hints(Article)
    found = []
    for field in attrs.fields(Article):
        hint = hints[field.name]
        if typing.get_origin(hint) is not tuple:
            continue
        item = typing.get_args(hint)[0]
        classes = ENTITY_CLASSES if item is Entity else (item,)
        if all(attrs.has(cls) and "id" in attrs.fields_dict(cls) for cls in classes):
            found.append((field.name, classes))
    return tuple(found)


def _plan(counts: dict[type, int], ids: list[str]) -> dict[type, tuple[str, ...]]:
    """Hand out ``ids`` to the classes by ``counts``, dropping classes that cannot be built."""
    counts = dict(counts)
    while True:
        scope = Scope("-", {type_tag(cls): ("-",) * n for cls, n in counts.items() if n})
        unbuildable = [
            cls
            for cls, n in counts.items()
            if n and not satisfiable(cls, scope, (type_tag(cls), 0))
        ]
        if not unbuildable:
            break
        for cls in unbuildable:
            counts[cls] = 0
    plan: dict[type, tuple[str, ...]] = {}
    position = 0
    for cls, n in counts.items():
        plan[cls] = tuple(ids[position : position + n])
        position += n
    return plan


def _unique(names: list[str]) -> list[str]:
    """``names`` with each repeat made unique by a suffix (cheaper than a unique list draw)."""
    seen: set[str] = set()
    unique = []
    for index, name in enumerate(names):
        while name in seen:
            name = f"{name}.{index}"
        seen.add(name)
        unique.append(name)
    return unique


def _in_time_order(times: list[TimeExpression]) -> list[TimeExpression]:
    """Swap the values of the publication and modification times if they are out of order."""
    by_function = {t.function: i for i, t in enumerate(times) if t.function and t.value}
    published = by_function.get(DocumentFunction.PUBLICATION_TIME)
    modified = by_function.get(DocumentFunction.MODIFICATION_TIME)
    if published is None or modified is None:
        return times
    first, last = times[published], times[modified]
    if str(last.value) < str(first.value):
        times[published] = attrs.evolve(first, type=last.type, value=last.value)
        times[modified] = attrs.evolve(last, type=first.type, value=first.value)
    return times


@st.composite
def articles(draw: st.DrawFn, *, max_per_kind: int = 3, max_segments: int = 5) -> Article:
    """A valid article: it passes the schema and every rule, with no warning either.

    ``max_per_kind`` bounds how many objects of each kind (person, claim, quantity ...)
    it holds, and ``max_segments`` how many segments its text has.
    """
    text, segments = draw(segmented_texts(max_segments=max_segments))
    classes = [cls for _, members in collections() for cls in members]
    counts = {cls: draw(st.integers(0, max_per_kind)) for cls in classes}
    total = sum(counts.values())
    plan = _plan(counts, _unique(draw(st.lists(values.ids, min_size=total, max_size=total))))
    scope = Scope(text, {type_tag(cls): plan[cls] for cls in classes})

    # Each document function belongs to at most one time expression.
    functions = draw(
        st.lists(st.sampled_from(DocumentFunction), unique=True, max_size=len(plan[TimeExpression]))
    )
    built: dict[type, list[Any]] = {}
    for cls in classes:
        kind = type_tag(cls)
        built[cls] = []
        for index, identifier in enumerate(plan[cls]):
            fixed: dict[str, st.SearchStrategy[Any]] = {"id": st.just(identifier)}
            if cls is TimeExpression:
                fixed["function"] = st.just(functions[index] if index < len(functions) else None)
            built[cls].append(draw(objects_in(cls, scope, own=(kind, index), fixed=fixed)))
    built[TimeExpression] = _in_time_order(built[TimeExpression])

    fixed_fields: dict[str, st.SearchStrategy[Any]] = {
        "schema": st.just(CURRENT_SCHEMA_URL),
        "id": st.one_of(values.iris(), values.ids.map(lambda name: f"urn:newsmodel:{name}")),
        "text": st.just(text),
        "segments": st.just(segments),
    }
    for name, members in collections():
        items = [item for cls in members for item in built[cls]]
        if len(members) > 1:
            items = draw(st.permutations(items))
        fixed_fields[name] = st.just(tuple(items))
    article: Article = draw(objects_in(Article, scope, fixed=fixed_fields))
    return _settled(article)


def _settled(article: Article) -> Article:
    """``article`` with the rules that relate objects to one another made to hold.

    Each object was drawn on its own; here a link that a rule forbids is dropped (never
    an object that something may refer to), so every reference still resolves.
    """
    by_id = article.by_id()

    def roles(anchor: Anchor) -> set[SegmentRole]:
        return {s.role for s in article.segments if s.start < anchor.end and anchor.start < s.end}

    def chrome_only(anchor: Anchor | None) -> bool:
        return anchor is not None and roles(anchor) == {SegmentRole.PAGE_CHROME}

    times = []
    for time in article.times:
        # time.provenance_mismatch: page-template times lie in page chrome, story times not.
        if time.anchor is not None and roles(time.anchor):
            if time.provenance is Provenance.PAGE_TEMPLATE and not chrome_only(time.anchor):
                time = attrs.evolve(time, provenance=Provenance.STORY)
            elif time.provenance is Provenance.STORY and chrome_only(time.anchor):
                time = attrs.evolve(time, provenance=Provenance.PAGE_TEMPLATE)
        times.append(time)
    from_chrome = {
        t.id for t in times if t.provenance is Provenance.PAGE_TEMPLATE or chrome_only(t.anchor)
    }
    # time.resolved_against_page_chrome: nothing is resolved against the page's own date.
    times = [
        attrs.evolve(t, anchor_time=None) if t.anchor_time in from_chrome else t for t in times
    ]
    # attribution.nested_outside: a nested report lies within the report it is nested in.
    attributions = [
        attrs.evolve(a, nested_in=None)
        if a.nested_in is not None and not _inside(a.content, by_id[a.nested_in].content)
        else a
        for a in article.attributions
    ]
    claims = []
    for claim in article.claims:
        report = by_id[claim.attribution] if claim.attribution is not None else None
        # claim.outside_attribution: a reported claim shares words with its report;
        # claim.no_truth_value: a request or a question reports no claim.
        if report is not None and (
            (claim.content and not _overlap(claim.content, report.content))
            or (report.act is not None and not report.act.has_truth_value)
        ):
            claim = attrs.evolve(claim, attribution=None)
            if claim.claimant is None:
                # commitment.chain: without a report, the writer is the claim's own source.
                claim = attrs.evolve(claim, commitments=())
        claims.append(claim)
    # comparison.self, time_relation.self: two different things.
    comparisons = [c for c in article.comparisons if c.subject != c.standard]
    relations = [r for r in article.time_relations if r.subject != r.target]
    # language.same_as_article: a span in another language than the article's own.
    spans = [s for s in article.language_spans if s.language.lower() != article.language.lower()]
    return attrs.evolve(
        article,
        times=tuple(times),
        attributions=tuple(attributions),
        claims=tuple(claims),
        comparisons=tuple(comparisons),
        time_relations=tuple(relations),
        language_spans=tuple(spans),
    )


def _inside(inner: tuple[Anchor, ...], outer: tuple[Anchor, ...]) -> bool:
    start, end = min(a.start for a in outer), max(a.end for a in outer)
    return all(start <= a.start and a.end <= end for a in inner)


def _overlap(one: tuple[Anchor, ...], other: tuple[Anchor, ...]) -> bool:
    return any(a.start < b.end and b.start < a.end for a in one for b in other)


def documents(**kwargs: Any) -> st.SearchStrategy[dict[str, Any]]:
    """The JSON form (parsed, as dicts and lists) of :func:`articles`."""
    return articles(**kwargs).map(unstructure)


def canonical_documents(**kwargs: Any) -> st.SearchStrategy[bytes]:
    """The canonical bytes of :func:`articles`, as ``newsmodel.dumps`` writes them."""
    return documents(**kwargs).map(write)
