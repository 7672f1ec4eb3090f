"""Whether a stretch of text overlaps any of many others, asked in logarithmic time.

Two stretches ``start``..``end`` (end exclusive) overlap when each starts before the
other ends. Asking that of every stretch in a list costs the list's length per question,
so a question asked once per annotation of a document (is this anchor inside a segment
that is shown? does this draft share words with one of the document's attributions?)
cost the product of two of the document's sizes. :class:`Coverage` sorts the stretches
once and answers each question by bisection.

>>> from newsmodel.coverage import Coverage
>>> shown = Coverage([(0, 10), (20, 30), (25, 40)])
>>> shown.overlaps(8, 12), shown.overlaps(10, 20), shown.overlaps(39, 45)
(True, False, True)
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable


class Coverage:
    """The stretches of a text that a set of stretches covers, merged where they overlap."""

    def __init__(self, stretches: Iterable[tuple[int, int]]) -> None:
        starts: list[int] = []
        ends: list[int] = []
        for start, end in sorted(stretches):
            if ends and start < ends[-1]:
                # Overlapping the previous one: one stretch, as far as the further end.
                # Stretches that only touch stay apart, so that an empty stretch where
                # they meet is inside neither, as it is inside neither one alone.
                ends[-1] = max(ends[-1], end)
            else:
                starts.append(start)
                ends.append(end)
        # Starts and ends both ascend, so the first stretch that ends after a point is
        # the only one that can overlap a stretch beginning there and not end before it.
        self._starts = starts
        self._ends = ends

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``start``..``end`` overlaps one of the stretches: both start before
        the other ends."""
        index = bisect.bisect_right(self._ends, start)
        return index < len(self._ends) and self._starts[index] < end
