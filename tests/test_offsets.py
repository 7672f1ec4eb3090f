"""Offset units: code points (newsmodel's), UTF-16 code units (JavaScript's), UTF-8 bytes."""

from __future__ import annotations

import pytest

from newsmodel.offsets import from_utf8, from_utf16, to_utf8, to_utf16

# Z o ë (1 code point, 2 UTF-8 bytes), 東 (3 bytes), 🎉 (2 UTF-16 units, 4 bytes),
# e + COMBINING ACUTE (2 code points).
TEXT = "Zoë 東 🎉 e\u0301!"


def test_offsets_before_any_wide_character_agree() -> None:
    assert to_utf16(TEXT, 2) == 2
    assert to_utf8(TEXT, 2) == 2


def test_each_unit_counts_its_own_way() -> None:
    bang = TEXT.index("!")
    assert bang == 10
    assert to_utf16(TEXT, bang) == 11  # the emoji is a surrogate pair
    assert to_utf8(TEXT, bang) == 17  # ë 2, 東 3, 🎉 4, the combining mark 2


@pytest.mark.parametrize("offset", range(len(TEXT) + 1))
def test_conversions_are_inverse(offset: int) -> None:
    assert from_utf16(TEXT, to_utf16(TEXT, offset)) == offset
    assert from_utf8(TEXT, to_utf8(TEXT, offset)) == offset


def test_an_offset_inside_a_character_is_refused() -> None:
    emoji = TEXT.index("🎉")
    with pytest.raises(ValueError, match="surrogate pair"):
        from_utf16(TEXT, to_utf16(TEXT, emoji) + 1)
    with pytest.raises(ValueError, match="inside a character"):
        from_utf8(TEXT, to_utf8(TEXT, emoji) + 1)


def test_an_offset_outside_the_text_is_refused() -> None:
    with pytest.raises(ValueError, match="outside"):
        to_utf16(TEXT, len(TEXT) + 1)
    with pytest.raises(ValueError, match="outside"):
        from_utf8(TEXT, 100)
