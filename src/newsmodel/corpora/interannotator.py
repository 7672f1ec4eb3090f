"""Agreement between annotators: the layers of one document (or documents of one text).

What annotation teams compute first, for PARC attributions:

- **attribution F1**: one annotator's attributions taken as the gold and another's as the
  response, an attribution matching when their contents overlap (``overlap``) or cover
  exactly the same characters (``exact``); F1 is symmetric, so the pair's order does
  not matter;
- **content character F1**: the characters covered by any content, compared directly;
- **source agreement**: among the matched attribution pairs, the share whose source
  words overlap (two attributions without source words agree);
- **factuality agreement**: among claims (or events) anchored on the same words in both
  layers, the share with the same FactBank value; None where the layers carry none
  (PolNeAR annotates no factuality).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from statistics import mean
from typing import Any

import attrs

from newsmodel.model import Anchor, Article, Attribution


@attrs.frozen
class PairAgreement:
    """Agreement between two annotators."""

    first: str
    second: str
    attributions: tuple[int, int]
    """How many attributions each has."""
    overlap_f1: float
    exact_f1: float
    content_f1: float
    source_agreement: float | None
    """None when no attribution pair matched."""
    factuality_agreement: float | None
    """None when the two share no anchored claim or event with a factuality."""


@attrs.frozen
class Agreement:
    """Pairwise agreement between every two annotators, and the means."""

    pairs: tuple[PairAgreement, ...]

    def means(self) -> dict[str, float | None]:
        def average(name: str) -> float | None:
            values = [getattr(p, name) for p in self.pairs if getattr(p, name) is not None]
            return round(mean(values), 3) if values else None

        return {
            name: average(name)
            for name in (
                "overlap_f1",
                "exact_f1",
                "content_f1",
                "source_agreement",
                "factuality_agreement",
            )
        }

    def to_json(self) -> dict[str, Any]:
        return {"pairs": [attrs.asdict(p) for p in self.pairs], "means": self.means()}


def agreement(article: Article, annotators: Sequence[str] | None = None) -> Agreement:
    """Pairwise agreement between the annotators (layers) of ``article``."""
    names = list(annotators or [a.id for a in article.annotators])
    layers = {name: [a for a in article.attributions if a.annotator == name] for name in names}
    factualities = {name: _factualities(article, name) for name in names}
    pairs = []
    for first, second in itertools.combinations(names, 2):
        a, b = layers[first], layers[second]
        matched = _matches(a, b, exact=False)
        pairs.append(
            PairAgreement(
                first=first,
                second=second,
                attributions=(len(a), len(b)),
                overlap_f1=_f1(len(matched), len(a), len(b)),
                exact_f1=_f1(len(_matches(a, b, exact=True)), len(a), len(b)),
                content_f1=_character_f1(_characters(a), _characters(b)),
                source_agreement=(
                    round(float(mean(_same_source(x, y) for x, y in matched)), 3)
                    if matched
                    else None
                ),
                factuality_agreement=_factuality_agreement(
                    factualities[first], factualities[second]
                ),
            )
        )
    return Agreement(tuple(pairs))


def _characters(attributions: Sequence[Attribution]) -> set[int]:
    return {i for a in attributions for piece in a.content for i in range(piece.start, piece.end)}


def _overlaps(a: Sequence[Anchor], b: Sequence[Anchor]) -> bool:
    return any(x.start < y.end and y.start < x.end for x in a for y in b)


def _matches(
    first: Sequence[Attribution], second: Sequence[Attribution], *, exact: bool
) -> list[tuple[Attribution, Attribution]]:
    """A one-to-one matching, greedy in text order: each attribution of ``first`` takes
    the first unmatched one of ``second`` whose content matches."""
    free = list(second)
    pairs = []
    for a in first:
        for b in free:
            same = (
                _covered(a.content) == _covered(b.content)
                if exact
                else _overlaps(a.content, b.content)
            )
            if same:
                pairs.append((a, b))
                free.remove(b)
                break
    return pairs


def _covered(anchors: Sequence[Anchor]) -> set[int]:
    return {i for a in anchors for i in range(a.start, a.end)}


def _same_source(a: Attribution, b: Attribution) -> bool:
    if a.source_anchor is None or b.source_anchor is None:
        return a.source_anchor is None and b.source_anchor is None
    return _overlaps((a.source_anchor,), (b.source_anchor,))


def _f1(matched: int, first: int, second: int) -> float:
    return round(2 * matched / (first + second), 3) if first + second else 1.0


def _character_f1(a: set[int], b: set[int]) -> float:
    return _f1(len(a & b), len(a), len(b))


def _factualities(article: Article, annotator: str) -> dict[tuple[int, int], str]:
    found: dict[tuple[int, int], str] = {}
    for claim in article.claims:
        if claim.annotator == annotator and claim.content:
            found[claim.content[0].start, claim.content[-1].end] = claim.factuality.value
    for event in article.events:
        if event.annotator == annotator and event.factuality is not None:
            found[event.anchor.start, event.anchor.end] = event.factuality.value
    return found


def _factuality_agreement(
    a: dict[tuple[int, int], str], b: dict[tuple[int, int], str]
) -> float | None:
    shared = a.keys() & b.keys()
    return round(float(mean(a[k] == b[k] for k in shared)), 3) if shared else None
