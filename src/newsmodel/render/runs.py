"""Overlapping and nested anchors, made displayable: the text split into runs.

HTML elements nest, anchors need not: "his agency" holds "his", and a claim may start
inside one quotation and end inside another. So the text is cut at every anchor
boundary into runs; each run is covered by the same set of annotations from its first
code point to its last, and can be drawn as a stack of nested elements, one per
annotation, reopened in every run the annotation covers.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Iterable, Iterator, Sequence

import attrs


@attrs.frozen
class Span:
    """One stretch of text, ``start`` to ``end`` (exclusive), that annotation ``key`` covers."""

    start: int
    end: int
    key: int


@attrs.frozen
class Run:
    """A stretch of text covered throughout by exactly the annotations ``keys`` (sorted)."""

    start: int
    end: int
    keys: tuple[int, ...]


def split_runs(start: int, end: int, spans: Iterable[Span]) -> list[Run]:
    """The runs that tile ``start``..``end``, given the spans that annotate the text.

    The runs are contiguous, in order and non-empty; spans are clipped to the window,
    and a stretch no span covers is a run with no keys.
    """
    clipped = [
        Span(max(span.start, start), min(span.end, end), span.key)
        for span in spans
        if span.start < end and span.end > start and span.start < span.end
    ]
    boundaries = sorted({start, end, *(s.start for s in clipped), *(s.end for s in clipped)})
    opening: dict[int, list[int]] = {}
    closing: dict[int, list[int]] = {}
    for span in clipped:
        opening.setdefault(span.start, []).append(span.key)
        closing.setdefault(span.end, []).append(span.key)
    # A key may cover one run through two spans (a claim's two stretches that touch),
    # so the active set counts spans rather than holding keys once.
    active: dict[int, int] = {}
    runs = []
    for left, right in itertools.pairwise(boundaries):
        for key in closing.get(left, ()):
            active[key] -= 1
            if not active[key]:
                del active[key]
        for key in opening.get(left, ()):
            active[key] = active.get(key, 0) + 1
        runs.append(Run(left, right, tuple(sorted(active))))
    return runs


def runs_of_windows(
    windows: Sequence[tuple[int, int]], spans: Iterable[Span]
) -> Iterator[list[Run]]:
    """:func:`split_runs` of each window in turn, the windows in order of their starts.

    Each window is given only the spans that reach into it, found in one sweep over the
    spans in order of their starts: giving every window every span cost the number of
    segments times the number of anchors (8,000 annotated paragraphs: 40 s).
    """
    ordered = sorted(spans, key=lambda span: span.start)
    following = 0
    # The spans that start before the window ends, by their ends: those that end before
    # it starts cannot reach into it, nor into any later window.
    reaching: list[tuple[int, int, Span]] = []
    for start, end in windows:
        while following < len(ordered) and ordered[following].start < end:
            heapq.heappush(reaching, (ordered[following].end, following, ordered[following]))
            following += 1
        while reaching and reaching[0][0] <= start:
            heapq.heappop(reaching)
        yield split_runs(start, end, [span for _, _, span in reaching])
