"""Overlapping and nested anchors: the text cut into runs, each with the annotations covering it."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from newsmodel.render.runs import Run, Span, runs_of_windows, split_runs


def test_nested_and_overlapping_spans_give_one_run_per_distinct_cover() -> None:
    # "his agency": the agency (0) covers "his agency", Koptev (1) covers "his";
    # a claim (2) starts inside the agency's words and runs past them.
    spans = [Span(0, 10, 0), Span(0, 3, 1), Span(4, 15, 2)]
    assert split_runs(0, 15, spans) == [
        Run(0, 3, (0, 1)),
        Run(3, 4, (0,)),
        Run(4, 10, (0, 2)),
        Run(10, 15, (2,)),
    ]


def test_a_window_clips_spans_and_keeps_uncovered_text() -> None:
    assert split_runs(5, 12, [Span(0, 7, 0), Span(10, 20, 1)]) == [
        Run(5, 7, (0,)),
        Run(7, 10, ()),
        Run(10, 12, (1,)),
    ]


def test_two_stretches_of_one_annotation_that_touch_cover_both_runs() -> None:
    assert split_runs(0, 6, [Span(0, 3, 7), Span(3, 6, 7)]) == [Run(0, 3, (7,)), Run(3, 6, (7,))]


spans_strategy = st.lists(
    st.tuples(st.integers(0, 40), st.integers(0, 40), st.integers(0, 5)).map(
        lambda t: Span(min(t[0], t[1]), max(t[0], t[1]), t[2])
    ),
    max_size=12,
)


@given(spans=spans_strategy, window=st.tuples(st.integers(0, 40), st.integers(0, 40)))
def test_runs_tile_the_window_and_each_carries_exactly_what_covers_it(
    spans: list[Span], window: tuple[int, int]
) -> None:
    start, end = sorted(window)
    runs = split_runs(start, end, spans)
    if start == end:
        assert runs == []
        return
    assert runs[0].start == start
    assert runs[-1].end == end
    for before, after in itertools.pairwise(runs):
        assert before.end == after.start
    for run in runs:
        assert run.start < run.end
        for point in range(run.start, run.end):
            covering = {s.key for s in spans if s.start <= point < s.end}
            assert set(run.keys) == covering, (run, point)


@given(
    spans=spans_strategy,
    windows=st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=6).map(
        lambda pairs: sorted((min(pair), max(pair)) for pair in pairs)
    ),
)
def test_windows_in_order_are_cut_as_each_would_be_alone(
    spans: list[Span], windows: list[tuple[int, int]]
) -> None:
    # The sweep gives each window only the spans that reach into it; the runs are those
    # of the window given every span, even where windows overlap or nest.
    assert list(runs_of_windows(windows, spans)) == [
        split_runs(start, end, spans) for start, end in windows
    ]
