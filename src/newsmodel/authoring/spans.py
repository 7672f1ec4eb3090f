"""Finding the words an annotation points at: spans of whole words and whole characters.

A :class:`Span` is a stretch of one draft's text. ``span.find("Koptev")`` looks for a
phrase inside it and accepts only whole words and whole user-perceived characters (see
:mod:`newsmodel.graphemes`), so "he" is never found inside "The" and "Adébáyọ" is never
found in an "Adébáyọ̀" whose last letter carries one more accent. A phrase that occurs
more than once must say which occurrence it means; a phrase that is missing or
ambiguous raises an error that lists every place it was found or refused.
"""

from __future__ import annotations

import functools

import attrs

from newsmodel.errors import NewsmodelError
from newsmodel.graphemes import inner_offsets, occurrences
from newsmodel.model import Anchor, canonical_text


class SpanError(NewsmodelError, ValueError):
    """A phrase could not be anchored to one place in the text.

    The message lists every candidate place with its context.
    """

    def __init__(self, message: str, candidates: tuple[tuple[int, int], ...] = ()) -> None:
        super().__init__(message)
        self.candidates = candidates
        """The ``(start, end)`` of every place the phrase was found (when it is ambiguous)
        or found but refused (when it is missing as whole words)."""


class SpanNotFoundError(SpanError):
    """The phrase does not occur as whole words where it was looked for."""


class AmbiguousSpanError(SpanError):
    """The phrase occurs more than once where it was looked for, and no occurrence was given."""


class Text:
    """A draft's text, with the facts about it that every search needs computed once."""

    def __init__(self, value: str) -> None:
        self.value = value
        self.segments: list[Span] = []
        """The draft's segments, so that an error can say where else a phrase occurs."""

    def where(self, offset: int) -> str:
        """The name of the segment ``offset`` lies in ('paragraph 3'), or 'the text'."""
        return next((s.where for s in self.segments if s.start <= offset < s.end), "the text")

    @functools.cached_property
    def inner(self) -> frozenset[int]:
        """Offsets inside a grapheme cluster, where no span may start or end."""
        return inner_offsets(self.value)


def _context(text: str, start: int, end: int) -> str:
    before, after = text[max(start - 12, 0) : start], text[end : end + 12]
    return f"{before}[{text[start:end]}]{after}".replace("\n", " ")


@attrs.frozen(eq=False)
class Span:
    """A stretch of a draft's text: a segment, or words found in one.

    Spans are what the draft's methods take wherever the model holds an
    :class:`~newsmodel.model.Anchor`; :attr:`anchor` gives that anchor.
    """

    source: Text = attrs.field(repr=False)
    start: int
    end: int
    where: str = attrs.field(default="the text", repr=False)
    """How error messages name the span: 'paragraph 3', 'the headline'."""

    @property
    def exact(self) -> str:
        """The words the span covers."""
        return self.source.value[self.start : self.end]

    @property
    def anchor(self) -> Anchor:
        """The model's anchor for the span."""
        return Anchor(start=self.start, end=self.end, exact=self.exact)

    def __str__(self) -> str:
        return self.exact

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Span):
            return NotImplemented
        return (self.source, self.start, self.end) == (other.source, other.start, other.end)

    def __hash__(self) -> int:
        return hash((id(self.source), self.start, self.end))

    def find(
        self, phrase: str, *, occurrence: int | None = None, after: Span | None = None
    ) -> Span:
        """The one place in this span where ``phrase`` occurs as whole words.

        ``occurrence`` picks the n-th (from 1) where the phrase occurs more than once;
        ``after`` looks only past the end of another span. Raises
        :class:`SpanNotFoundError` or :class:`AmbiguousSpanError`, listing every
        candidate position, rather than guessing.
        """
        phrase = canonical_text(phrase)
        low = self.start
        if after is not None:
            if after.source is not self.source:
                raise TypeError("after= takes a span of the same draft")
            low = max(low, after.end)
        text = self.source.value
        found, refused = occurrences(text, phrase, low, self.end, self.source.inner)
        scope = self.where if after is None else f"{self.where} after {after.exact!r}"
        places = tuple((start, start + len(phrase)) for start in found)
        if occurrence is not None:
            if occurrence < 1:
                raise ValueError(f"occurrence counts from 1, not {occurrence}")
            if occurrence <= len(found):
                start = found[occurrence - 1]
                return Span(self.source, start, start + len(phrase), self.where)
            raise SpanNotFoundError(
                f"{phrase!r} occurs {len(found)} time(s) in {scope}, not {occurrence}"
                + "".join(f"\n  {s}..{e}: {_context(text, s, e)}" for s, e in places),
                places,
            )
        if len(found) == 1:
            return Span(self.source, found[0], found[0] + len(phrase), self.where)
        if found:
            raise AmbiguousSpanError(
                f"{phrase!r} occurs {len(found)} times in {scope}; say which with "
                "occurrence= or after=:"
                + "".join(
                    f"\n  occurrence={n} at {s}..{e}: {_context(text, s, e)}"
                    for n, (s, e) in enumerate(places, 1)
                ),
                places,
            )
        near = tuple((start, start + len(phrase)) for start, _ in refused)
        elsewhere, _ = occurrences(text, phrase, 0, len(text), self.source.inner)
        elsewhere = [start for start in elsewhere if not low <= start < self.end]
        raise SpanNotFoundError(
            f"{phrase!r} does not occur as whole words in {scope}"
            + "".join(
                f"\n  not {start}..{start + len(phrase)}, since {reason}: "
                f"{_context(text, start, start + len(phrase))}"
                for start, reason in refused
            )
            + "".join(
                f"\n  but it does in {self.source.where(start)} at {start}..{start + len(phrase)}: "
                f"{_context(text, start, start + len(phrase))}"
                for start in elsewhere[:5]
            ),
            near,
        )
