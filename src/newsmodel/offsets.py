"""Converting offsets between the units other tools count in.

newsmodel counts Unicode code points (Python's ``str`` indexing). JavaScript, Java and
.NET count UTF-16 code units, where a character outside the Basic Multilingual Plane (an
emoji, a rare CJK ideograph) counts two; PARC and most byte-level tools count UTF-8
bytes, where a character counts one to four. An offset that falls inside a character in
the target unit's encoding raises :class:`ValueError` rather than being rounded silently.

:class:`OffsetTable` is built once per text, in one pass, and converts each offset in
O(log k) for k characters wider than one unit; :func:`convert_article` and
:func:`convert_document` convert every anchor and segment of a document with one table,
so a whole document costs O(n).
The functions :func:`to_utf16` and friends convert one offset and build a table each
time: use them for a single offset, a table for many.

>>> from newsmodel.offsets import OffsetTable
>>> table = OffsetTable("Zoë 🎉!")
>>> table.to_utf16(6), table.to_utf8(6)
(7, 10)
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Mapping
from typing import Any, Literal

import attrs

from newsmodel.model import Anchor, Article, Segment

#: The units offsets can be counted in: newsmodel's code points, UTF-16 code units, UTF-8 bytes.
Unit = Literal["code_point", "utf-16", "utf-8"]
UNITS: tuple[Unit, ...] = ("code_point", "utf-16", "utf-8")

_NON_ASCII = re.compile(r"[^\x00-\x7f]")


class OffsetTable:
    """Offset conversions over one text, prepared in one pass over it."""

    def __init__(self, text: str) -> None:
        self.length = len(text)
        #: Code point offsets of the characters that take two UTF-16 units, and those
        #: characters' UTF-16 offsets.
        self._astral: list[int] = []
        self._astral16: list[int] = []
        #: Code point offsets of the characters that take more than one UTF-8 byte, their
        #: UTF-8 offsets, their extra bytes, and the extra bytes before each (one more
        #: entry than characters, for the total).
        self._wide: list[int] = []
        self._wide8: list[int] = []
        self._extra: list[int] = []
        self._extra_before: list[int] = [0]
        for match in _NON_ASCII.finditer(text):
            offset, point = match.start(), ord(match.group())
            if point > 0xFFFF:
                self._astral16.append(offset + len(self._astral))
                self._astral.append(offset)
            extra = 1 if point < 0x800 else 2 if point < 0x10000 else 3
            self._wide8.append(offset + self._extra_before[-1])
            self._wide.append(offset)
            self._extra.append(extra)
            self._extra_before.append(self._extra_before[-1] + extra)

    def _check(self, offset: int) -> None:
        if not 0 <= offset <= self.length:
            raise ValueError(f"code point offset {offset} is outside the text (0..{self.length})")

    @property
    def utf16_length(self) -> int:
        """The text's length in UTF-16 code units."""
        return self.length + len(self._astral)

    @property
    def utf8_length(self) -> int:
        """The text's length in UTF-8 bytes."""
        return self.length + self._extra_before[-1]

    def to_utf16(self, offset: int) -> int:
        """The UTF-16 code unit offset of code point ``offset``."""
        self._check(offset)
        return offset + bisect.bisect_left(self._astral, offset)

    def from_utf16(self, offset: int) -> int:
        """The code point offset of UTF-16 code unit ``offset``."""
        if not 0 <= offset <= self.utf16_length:
            raise ValueError(f"UTF-16 offset {offset} is outside the text (0..{self.utf16_length})")
        before = bisect.bisect_right(self._astral16, offset)
        if before and self._astral16[before - 1] == offset - 1:
            raise ValueError(f"UTF-16 offset {offset} falls inside a surrogate pair")
        if before and self._astral16[before - 1] == offset:
            before -= 1
        return offset - before

    def to_utf8(self, offset: int) -> int:
        """The UTF-8 byte offset of code point ``offset``."""
        self._check(offset)
        return offset + self._extra_before[bisect.bisect_left(self._wide, offset)]

    def from_utf8(self, offset: int) -> int:
        """The code point offset of UTF-8 byte ``offset``."""
        if not 0 <= offset <= self.utf8_length:
            raise ValueError(f"UTF-8 offset {offset} is outside the text (0..{self.utf8_length})")
        index = bisect.bisect_right(self._wide8, offset) - 1
        if index < 0 or self._wide8[index] == offset:
            return offset - self._extra_before[max(index, 0)]
        if offset <= self._wide8[index] + self._extra[index]:
            raise ValueError(f"UTF-8 offset {offset} falls inside a character")
        return offset - self._extra_before[index + 1]

    def convert(self, offset: int, source: Unit, target: Unit) -> int:
        """``offset`` counted in ``source`` units, counted in ``target`` units."""
        if source == "utf-16":
            point = self.from_utf16(offset)
        elif source == "utf-8":
            point = self.from_utf8(offset)
        else:
            self._check(offset)
            point = offset
        if target == "utf-16":
            return self.to_utf16(point)
        if target == "utf-8":
            return self.to_utf8(point)
        return point

    def span(self, span: Anchor | Segment, target: Unit) -> tuple[int, int]:
        """The start and end of an anchor or a segment, counted in ``target`` units."""
        return (
            self.convert(span.start, "code_point", target),
            self.convert(span.end, "code_point", target),
        )


def spans(value: Any) -> Iterator[Anchor | Segment]:
    """Every anchor and segment in a model object (an article, a claim ...), however deep."""
    if isinstance(value, (Anchor, Segment)):
        yield value
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            yield from spans(getattr(value, field.name))
    elif isinstance(value, tuple):
        for item in value:
            yield from spans(item)


def convert_article(article: Article, *, to: Unit, source: Unit = "code_point") -> Article:
    """``article`` with every anchor's and segment's offsets counted in ``to`` units
    instead of ``source`` units: one pass over the text, then O(log k) per offset.

    The result is for a tool that counts in other units (a browser counts UTF-16): it is
    not a valid newsmodel document, whose offsets are code points, until converted back
    with ``convert_article(result, to="code_point", source=...)``.
    """
    if article.text is None:
        return article  # known only from a fact-check: no text, so no anchors
    table = OffsetTable(article.text)

    def convert(value: Any) -> Any:
        if isinstance(value, (Anchor, Segment)):
            return attrs.evolve(
                value,
                start=table.convert(value.start, source, to),
                end=table.convert(value.end, source, to),
            )
        if attrs.has(type(value)):
            fields = attrs.fields(type(value))
            return attrs.evolve(value, **{f.name: convert(getattr(value, f.name)) for f in fields})
        if isinstance(value, tuple):
            return tuple(convert(item) for item in value)
        return value

    converted: Article = convert(article)
    return converted


def convert_document(
    document: Mapping[str, Any], *, to: Unit, source: Unit = "code_point"
) -> dict[str, Any]:
    """:func:`convert_article` for a document's JSON form (a valid document, or one this
    function converted): the same JSON values, with the offsets counted in ``to`` units."""
    from newsmodel.codec import structure, unstructure  # here: importing offsets stays light

    converted: dict[str, Any] = unstructure(
        convert_article(structure(document, Article), to=to, source=source)
    )
    return converted


def to_utf16(text: str, offset: int) -> int:
    """The UTF-16 code unit offset of code point ``offset`` in ``text``."""
    return OffsetTable(text).to_utf16(offset)


def from_utf16(text: str, offset: int) -> int:
    """The code point offset of UTF-16 code unit ``offset`` in ``text``."""
    return OffsetTable(text).from_utf16(offset)


def to_utf8(text: str, offset: int) -> int:
    """The UTF-8 byte offset of code point ``offset`` in ``text``."""
    return OffsetTable(text).to_utf8(offset)


def from_utf8(text: str, offset: int) -> int:
    """The code point offset of UTF-8 byte ``offset`` in ``text``."""
    return OffsetTable(text).from_utf8(offset)
