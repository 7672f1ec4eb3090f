"""How right the draft annotations are: precision and recall against the reference article.

Run: ``python benchmarks/bench_drafts.py``. The drafter (``newsmodel.ingest.add_drafts``)
is given only the bundled reference article's text, its segments and its creation time
(February 1999, which the story's address gives); the bundled document, annotated by
hand, is the gold standard. Each row compares one layer:

- quotations and attributions: a draft matches a gold attribution when their content
  stretches are the same (exact) or share words (overlap); the source row compares the
  words naming the source, on the attributions matched by overlap;
- quantities: the same words, then the same words and the same value (or the same
  bounds, for a range);
- time expressions: the same words, then the same words and the same TIMEX3 value;
- names: the mentions by name (the same words), then how they are grouped into
  entities: each pair of name mentions that one entity holds is a link, and a drafted
  link matches where the gold holds both mentions in one entity too.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import combinations

from newsmodel import examples
from newsmodel.authoring import Draft
from newsmodel.ingest import add_drafts
from newsmodel.model import Anchor, Article, DocumentFunction, MentionKind, Provenance

NAME = "space-agency-teams-with-arms-exporter"

Row = tuple[str, int, int, int]
"""A layer's name, the draft's count, the gold count and the count of matches."""


def drafted(gold: Article) -> Article:
    """The drafter's annotations of the gold article's text, resolved as the gold is."""
    draft = Draft(
        gold.text, id=gold.id, language=gold.language, roles=[s.role for s in gold.segments]
    )
    created = next(t for t in gold.times if t.function is DocumentFunction.CREATION_TIME)
    assert created.value is not None
    reference = draft.document_time(
        DocumentFunction.CREATION_TIME, created.value, provenance=Provenance.ANNOTATOR
    )
    add_drafts(draft, reference=reference, language=gold.language)
    return draft.build(strict=False)


def _span(anchor: Anchor) -> tuple[int, int]:
    return anchor.start, anchor.end


def _overlap(first: Iterable[Anchor], second: Iterable[Anchor]) -> bool:
    return any(a.start < b.end and b.start < a.end for a in first for b in second)


def compare(gold: Article, draft: Article) -> list[Row]:
    """Each layer's counts: drafted, gold, matched."""
    rows: list[Row] = []
    gold_times = [t for t in gold.times if t.anchor is not None and t.function is None]
    draft_times = [t for t in draft.times if t.anchor is not None and t.function is None]
    gold_t = {_span(t.anchor): t.value for t in gold_times if t.anchor}
    draft_t = {_span(t.anchor): t.value for t in draft_times if t.anchor}
    rows.append(("times: span", len(draft_t), len(gold_t), len(draft_t.keys() & gold_t.keys())))
    same_value = sum(1 for k, v in draft_t.items() if k in gold_t and gold_t[k] == v)
    rows.append(("times: span and value", len(draft_t), len(gold_t), same_value))
    gold_q = {_span(q.anchor): (q.value, q.minimum, q.maximum) for q in gold.quantities}
    draft_q = {_span(q.anchor): (q.value, q.minimum, q.maximum) for q in draft.quantities}
    rows.append(
        ("quantities: span", len(draft_q), len(gold_q), len(draft_q.keys() & gold_q.keys()))
    )
    same_amount = sum(1 for k, v in draft_q.items() if k in gold_q and gold_q[k] == v)
    rows.append(("quantities: span and value", len(draft_q), len(gold_q), same_amount))
    gold_a, draft_a = gold.attributions, draft.attributions
    exact = {tuple(map(_span, a.content)) for a in gold_a} & {
        tuple(map(_span, a.content)) for a in draft_a
    }
    rows.append(("attributions: content exact", len(draft_a), len(gold_a), len(exact)))
    matched = [(d, g) for d in draft_a for g in gold_a if _overlap(d.content, g.content)]
    found = {id(d) for d, _ in matched}
    rows.append(("attributions: content overlap", len(draft_a), len(gold_a), len(found)))
    sources = {
        id(d)
        for d, g in matched
        if d.source_anchor and g.source_anchor and _span(d.source_anchor) == _span(g.source_anchor)
    }
    rows.append(
        (
            "attributions: source words",
            sum(1 for a in draft_a if a.source_anchor),
            sum(1 for a in gold_a if a.source_anchor),
            len(sources),
        )
    )
    rows.extend(_names(gold, draft))
    return rows


def _names(gold: Article, draft: Article) -> list[Row]:
    def named(article: Article) -> list[set[tuple[int, int]]]:
        return [
            {_span(m.anchor) for m in entity.mentions if m.kind is MentionKind.NAME}
            for entity in article.entities
        ]

    def links(entities: list[set[tuple[int, int]]]) -> set[frozenset[tuple[int, int]]]:
        return {frozenset(pair) for spans in entities for pair in combinations(sorted(spans), 2)}

    gold_n, draft_n = named(gold), named(draft)
    gold_m, draft_m = set().union(*gold_n), set().union(*draft_n)
    gold_l, draft_l = links(gold_n), links(draft_n)
    return [
        ("names: mention span", len(draft_m), len(gold_m), len(draft_m & gold_m)),
        ("names: grouped (links)", len(draft_l), len(gold_l), len(draft_l & gold_l)),
    ]


def table(rows: Sequence[Row]) -> str:
    """The rows as a reStructuredText table with precision and recall."""
    lines = [
        ("layer", "drafted", "gold", "matched", "precision", "recall"),
        *((name, str(d), str(g), str(m), _ratio(m, d), _ratio(m, g)) for name, d, g, m in rows),
    ]
    widths = [max(len(line[i]) for line in lines) for i in range(6)]
    rule = "  ".join("=" * w for w in widths)
    body = [
        "  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip()
        for line in lines
    ]
    return "\n".join([rule, body[0], rule, *body[1:], rule])


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.2f}" if whole else "n/a"


def main() -> None:
    gold = examples.load(NAME)
    print(table(compare(gold, drafted(gold))))


if __name__ == "__main__":
    main()
