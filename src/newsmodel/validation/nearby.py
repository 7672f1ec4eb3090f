"""Finding where a piece of text really is, near where an anchor says, in bounded work.

When an anchor's exact text is not at its offsets, the report says where it is, since
offsets that are off by a few characters (or counted in bytes, or in UTF-16 units) are
the usual fault. Searching the whole text for each such anchor costs the text's length
per anchor: 30 MB and 1000 anchors took 106 s. :class:`NearbyText` searches a window
around the given offsets, and the whole text only while the total stays within a few
passes over it, so that the work is linear in the text plus the anchors.
"""

from __future__ import annotations

#: Characters searched on each side of an anchor's offsets.
WINDOW = 10_000
#: Whole-text searches allowed, counted in passes over the text.
WHOLE_TEXT_PASSES = 2


class NearbyText:
    """A text to search near given offsets; :attr:`scanned` counts the characters searched."""

    def __init__(self, text: str, *, window: int = WINDOW) -> None:
        self.text = text
        self.window = window
        self.scanned = 0
        """Characters searched so far: at most the text's length times
        :data:`WHOLE_TEXT_PASSES`, plus twice the window (and the needle) per search."""
        self._whole_text_budget = WHOLE_TEXT_PASSES * len(text)

    def find_near(self, needle: str, around: int) -> int | None:
        """The start of the occurrence of ``needle`` nearest to ``around``; None if none is found.

        The window around ``around`` is searched first; the whole text only while the
        budget of whole-text searches lasts.
        """
        if not needle:
            return None
        low = max(0, around - self.window)
        high = min(len(self.text), around + len(needle) + self.window)
        found = self._nearest(needle, around, low, high)
        if found is None and self._whole_text_budget >= len(self.text):
            self._whole_text_budget -= len(self.text)
            found = self._nearest(needle, around, 0, len(self.text))
        return found

    def _nearest(self, needle: str, around: int, low: int, high: int) -> int | None:
        split = min(max(around, low), high)
        # The last occurrence that starts before ``around``, the first that starts at or after.
        before = self.text.rfind(needle, low, min(split + len(needle) - 1, high))
        after = self.text.find(needle, split, high)
        self.scanned += high - low + len(needle)
        candidates = [found for found in (before, after) if found >= 0]
        return min(candidates, key=lambda found: abs(found - around)) if candidates else None
