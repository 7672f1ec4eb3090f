"""Offset units: code points (newsmodel's), UTF-16 code units (JavaScript's), UTF-8 bytes."""

from __future__ import annotations

import json

import pytest

from newsmodel import examples
from newsmodel.offsets import (
    OffsetTable,
    convert_document,
    from_utf8,
    from_utf16,
    to_utf8,
    to_utf16,
)

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


# --- whole texts and documents: one table, built once --------------------------------------


@pytest.mark.parametrize("text", [TEXT, "", "plain ASCII", "🎉🎉", "a\u0301🎉東"])
def test_the_table_agrees_with_encoding_the_text(text: str) -> None:
    table = OffsetTable(text)
    assert (table.utf16_length, table.utf8_length) == (
        len(text.encode("utf-16-le")) // 2,
        len(text.encode("utf-8")),
    )
    starts_16 = {len(text[:i].encode("utf-16-le")) // 2: i for i in range(len(text) + 1)}
    starts_8 = {len(text[:i].encode("utf-8")): i for i in range(len(text) + 1)}
    for unit in range(table.utf16_length + 1):
        if unit in starts_16:
            assert table.from_utf16(unit) == starts_16[unit]
        else:
            with pytest.raises(ValueError, match="surrogate pair"):
                table.from_utf16(unit)
    for byte in range(table.utf8_length + 1):
        if byte in starts_8:
            assert table.from_utf8(byte) == starts_8[byte]
        else:
            with pytest.raises(ValueError, match="inside a character"):
                table.from_utf8(byte)


def test_a_document_converts_to_utf16_and_back() -> None:
    data = json.loads(examples.read_bytes("unicode-offsets"))
    text = data["text"]
    for unit, encoding, width in (("utf-16", "utf-16-le", 2), ("utf-8", "utf-8", 1)):
        converted = convert_document(data, to=unit)
        encoded = text.encode(encoding)
        anchors = [m["anchor"] for e in converted["entities"] for m in e["mentions"]] + [
            part for a in converted["attributions"] for part in a["content"]
        ]
        for anchor in anchors:
            chunk = encoded[width * anchor["start"] : width * anchor["end"]]
            assert chunk.decode(encoding) == anchor["exact"]
        assert converted["segments"][-1]["end"] * width == len(encoded)
        assert convert_document(converted, to="code_point", source=unit) == data
    assert data == json.loads(examples.read_bytes("unicode-offsets"))  # the input is not changed


def test_an_anchor_converts_with_the_table() -> None:
    article = examples.load("unicode-offsets")
    table = OffsetTable(article.text)
    mention = article.entities[-1].mentions[0].anchor
    start, end = table.span(mention, "utf-16")
    assert (
        article.text.encode("utf-16-le")[2 * start : 2 * end].decode("utf-16-le") == mention.exact
    )
