"""Coverage answers 'does this stretch overlap any of those?' as asking each one would."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsmodel.coverage import Coverage

stretches = st.tuples(st.integers(0, 30), st.integers(0, 30)).map(
    lambda pair: (min(pair), max(pair))
)


@given(covered=st.lists(stretches, max_size=8), asked=stretches)
def test_an_overlap_is_found_exactly_where_one_stretch_overlaps(
    covered: list[tuple[int, int]], asked: tuple[int, int]
) -> None:
    start, end = asked
    expected = any(start < other_end and other_start < end for other_start, other_end in covered)
    assert Coverage(covered).overlaps(start, end) is expected


def test_stretches_that_touch_hold_nothing_where_they_meet() -> None:
    touching = Coverage([(0, 5), (5, 9)])
    assert not touching.overlaps(5, 5)
    assert touching.overlaps(4, 6)
    assert not touching.overlaps(9, 12)
