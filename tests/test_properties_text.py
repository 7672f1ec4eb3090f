"""Properties of the canonical text and of the offset conversions, on generated text."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel import canonical_text, is_canonical_text
from newsmodel.offsets import from_utf8, from_utf16, to_utf8, to_utf16
from newsmodel.strategies import raw_texts, texts


def _line_breaks(raw: str) -> int:
    """How many line breaks ``raw`` holds, counting CR LF as one."""
    return raw.replace("\r\n", "\n").replace("\r", "\n").count("\n")


@given(raw_texts())
def test_canonical_text_is_nfc_with_lf_only_and_keeps_every_line(raw: str) -> None:
    canonical = canonical_text(raw)
    assert "\r" not in canonical
    assert unicodedata.is_normalized("NFC", canonical)
    assert canonical.count("\n") == _line_breaks(raw)
    assert canonical_text(canonical) == canonical


@given(st.one_of(raw_texts(), st.text()))
def test_is_canonical_text_says_whether_canonicalizing_changes_nothing(text: str) -> None:
    assert is_canonical_text(text) == (canonical_text(text) == text)


@given(texts())
def test_code_points_to_utf16_and_back_is_the_identity(text: str) -> None:
    for offset in range(len(text) + 1):
        units = to_utf16(text, offset)
        assert units == len(text[:offset].encode("utf-16-le")) // 2
        assert from_utf16(text, units) == offset


@given(texts())
def test_code_points_to_utf8_and_back_is_the_identity(text: str) -> None:
    for offset in range(len(text) + 1):
        position = to_utf8(text, offset)
        assert position == len(text[:offset].encode("utf-8"))
        assert from_utf8(text, position) == offset


@given(texts())
def test_a_utf16_offset_maps_back_exactly_unless_it_splits_a_surrogate_pair(text: str) -> None:
    encoded = text.encode("utf-16-le")
    for units in range(len(encoded) // 2 + 1):
        low_surrogate = units * 2 < len(encoded) and 0xDC <= encoded[units * 2 + 1] <= 0xDF
        if low_surrogate:
            with pytest.raises(ValueError, match="surrogate pair"):
                from_utf16(text, units)
        else:
            assert to_utf16(text, from_utf16(text, units)) == units


@given(texts())
def test_a_utf8_offset_maps_back_exactly_unless_it_splits_a_character(text: str) -> None:
    encoded = text.encode("utf-8")
    for position in range(len(encoded) + 1):
        continuation = position < len(encoded) and encoded[position] & 0xC0 == 0x80
        if continuation:
            with pytest.raises(ValueError, match="inside a character"):
                from_utf8(text, position)
        else:
            assert to_utf8(text, from_utf8(text, position)) == position


@given(texts(), st.integers())
def test_an_offset_outside_the_text_is_refused(text: str, offset: int) -> None:
    if 0 <= offset <= len(text):
        return
    for convert in (to_utf16, to_utf8):
        with pytest.raises(ValueError, match="outside the text"):
            convert(text, offset)
