"""Converting offsets between the units other tools count in.

newsmodel counts Unicode code points (Python's ``str`` indexing). JavaScript tools such
as Hypothesis and EPUB CFI count UTF-16 code units, where a character outside the Basic
Multilingual Plane (an emoji, a rare CJK ideograph) counts two; PARC and most byte-level
tools count UTF-8 bytes, where a character counts one to four. Each function converts one
offset over one text; an offset that falls inside a character in the target unit's
encoding raises :class:`ValueError` rather than being rounded silently.
"""

from __future__ import annotations


def _check(text: str, offset: int) -> None:
    if not 0 <= offset <= len(text):
        raise ValueError(f"code point offset {offset} is outside the text (0..{len(text)})")


def to_utf16(text: str, offset: int) -> int:
    """The UTF-16 code unit offset of code point ``offset`` in ``text``."""
    _check(text, offset)
    return offset + sum(1 for char in text[:offset] if ord(char) > 0xFFFF)


def from_utf16(text: str, offset: int) -> int:
    """The code point offset of UTF-16 code unit ``offset`` in ``text``."""
    units = 0
    for index, char in enumerate(text):
        if units == offset:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
        if units > offset:
            raise ValueError(f"UTF-16 offset {offset} falls inside a surrogate pair")
    if units == offset:
        return len(text)
    raise ValueError(f"UTF-16 offset {offset} is outside the text (0..{units})")


def to_utf8(text: str, offset: int) -> int:
    """The UTF-8 byte offset of code point ``offset`` in ``text``."""
    _check(text, offset)
    return len(text[:offset].encode("utf-8"))


def from_utf8(text: str, offset: int) -> int:
    """The code point offset of UTF-8 byte ``offset`` in ``text``."""
    encoded = text.encode("utf-8")
    if not 0 <= offset <= len(encoded):
        raise ValueError(f"UTF-8 offset {offset} is outside the text (0..{len(encoded)})")
    try:
        return len(encoded[:offset].decode("utf-8"))
    except UnicodeDecodeError:
        raise ValueError(f"UTF-8 offset {offset} falls inside a character") from None
