"""Anchors: stand-off pointers from an annotation into the article's text.

An anchor follows the W3C Web Annotation model: a ``TextPositionSelector`` (start and
end) and a ``TextQuoteSelector`` (the exact text) in one object. Offsets count Unicode
code points over the article's canonical text, end exclusive: the same unit as Python's
``str`` indexing, so ``text[anchor.start:anchor.end] == anchor.exact``. Converters to
UTF-16 code units and UTF-8 bytes live in :mod:`newsmodel.offsets`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

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

        Only whole words and whole characters count: "he" is not found inside "The", nor
        "o" in an "ọ̀" that carries an accent (see :mod:`newsmodel.graphemes`). Raises
        :class:`ValueError` when the phrase does not occur that often, naming the places
        it was refused, so that a script building annotations fails loudly instead of
        anchoring the wrong words. :class:`newsmodel.authoring.Draft` finds spans with
        the same rules and refuses ambiguous phrases too.
        """
        # Imported here: the regex module's Unicode tables would add to every start-up.
        from newsmodel.graphemes import inner_offsets, occurrences

        found, refused = occurrences(text, phrase, after, len(text), inner_offsets(text))
        if len(found) < occurrence:
            why = "".join(f"; not at {start}: {reason}" for start, reason in refused[:5])
            raise ValueError(
                f"{phrase!r} does not occur {occurrence} time(s) in the text as whole words{why}"
            )
        start = found[occurrence - 1]
        return cls.of(text, start, start + len(phrase))

    def matches(self, text: str) -> bool:
        """Whether the offsets lie inside ``text`` and cover exactly :attr:`exact`."""
        return 0 <= self.start < self.end <= len(text) and text[self.start : self.end] == self.exact


def inside(inner: Sequence[Anchor], outer: Sequence[Anchor]) -> bool:
    """Whether the stretches ``inner`` lie within the span of the stretches ``outer``.

    Content may come in several stretches, interrupted by the source and the cue ("which
    the Russian space chief said was $50 billion"); what is nested in it may sit in such
    a gap, so the test is against the whole span, from the first start to the last end.
    """
    if not inner or not outer:
        return True
    start = min(anchor.start for anchor in outer)
    end = max(anchor.end for anchor in outer)
    return all(start <= anchor.start and anchor.end <= end for anchor in inner)


def overlaps(one: Sequence[Anchor], other: Sequence[Anchor]) -> bool:
    """Whether some stretch of ``one`` shares text with some stretch of ``other``."""
    return any(a.start < b.end and b.start < a.end for a in one for b in other)


def stretches(value: Anchor | Iterable[Anchor]) -> Any:
    """A field of several stretches from one anchor or several: ``cue=anchor`` means
    ``cue=(anchor,)``, since words in one piece are the common case.

    Anything else is passed on as it is, for the field's type check to refuse by name
    (``tuple()`` of it would fail with Python's own message, or split a string).
    """
    if isinstance(value, Anchor):
        return (value,)
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
        return value
    return tuple(value)
