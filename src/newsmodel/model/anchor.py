"""Anchors: stand-off pointers from an annotation into the article's text.

An anchor follows the W3C Web Annotation model: a ``TextPositionSelector`` (start and
end) and a ``TextQuoteSelector`` (the exact text) in one object. Offsets count Unicode
code points over the article's canonical text, end exclusive: the same unit as Python's
``str`` indexing, so ``text[anchor.start:anchor.end] == anchor.exact``. Converters to
UTF-16 code units and UTF-8 bytes live in :mod:`newsmodel.offsets`.
"""

from __future__ import annotations

import attrs

from newsmodel.model._fields import doc, typed_fields


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Anchor:
    """A stretch of the article's text, given by its offsets and by the words it covers."""

    start: int = attrs.field(
        metadata=doc(
            "Offset of the first code point covered, counted from 0 over the article's text.",
            schema={"minimum": 0},
        )
    )
    end: int = attrs.field(
        metadata=doc(
            "Offset just past the last code point covered (end exclusive).",
            schema={"minimum": 0},
        )
    )
    exact: str = attrs.field(
        metadata=doc(
            "The covered text, copied exactly, so that a reader can check the anchor "
            "and re-anchor it after an edit."
        )
    )

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Anchor:
        """The anchor that covers ``text[start:end]``."""
        if not 0 <= start < end <= len(text):
            raise ValueError(f"offsets {start}..{end} are not a non-empty span of the text")
        return cls(start=start, end=end, exact=text[start:end])

    @classmethod
    def find(cls, text: str, phrase: str, *, after: int = 0, occurrence: int = 1) -> Anchor:
        """The anchor of the ``occurrence``-th ``phrase`` in ``text`` at or after ``after``.

        Raises :class:`ValueError` when the phrase does not occur that often, so that a
        script building annotations fails loudly instead of anchoring the wrong words.
        """
        position = after - 1
        for _ in range(occurrence):
            position = text.find(phrase, position + 1)
            if position < 0:
                raise ValueError(f"{phrase!r} does not occur {occurrence} time(s) in the text")
        return cls.of(text, position, position + len(phrase))

    def matches(self, text: str) -> bool:
        """Whether the offsets lie inside ``text`` and cover exactly :attr:`exact`."""
        return 0 <= self.start < self.end <= len(text) and text[self.start : self.end] == self.exact
