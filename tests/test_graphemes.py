"""Grapheme clusters and whole words: where an anchor may start and end."""

from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from newsmodel.graphemes import edge_problem, inner_offsets
from newsmodel.strategies.text import anchors, texts

#: Characters that make clusters of several code points: combining marks, a variation
#: selector, ZERO WIDTH JOINER, emoji and skin tones, regional indicators, Hangul jamo,
#: a prepended Arabic sign, an Indic virama; and plain ASCII around them.
PIECES = [
    "a", "e", " ", "1", ".", "\n",
    "\u0301", "\u0300", "\u1ecd", "\ufe0f", "\u200d",
    "\U0001f44d", "\U0001f3fd", "\U0001f469", "\U0001f1fa", "\U0001f1f8",
    "\u1100", "\u1161", "\u11a8", "\u0600", "\u0915", "\u094d", "\u0937",
]  # fmt: skip


def naive_inner(text: str) -> set[int]:
    inner: set[int] = set()
    for cluster in regex.finditer(r"\X", text):
        inner.update(range(cluster.start() + 1, cluster.end()))
    return inner


@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_inner_offsets_agree_with_segmenting_the_whole_text(text: str) -> None:
    assert inner_offsets(text) == naive_inner(text)


def test_combining_sequences_and_emoji_sequences_are_one_character() -> None:
    text = "Ad\u00e9b\u00e1y\u1ecd\u0300 \U0001f44d\U0001f3fd \u2764\ufe0f"
    inner = inner_offsets(text)
    assert text.index("\u0300") in inner
    assert text.index("\U0001f3fd") in inner
    assert text.index("\ufe0f") in inner
    assert len(inner) == 3


def test_ascii_text_has_no_inner_offsets() -> None:
    assert inner_offsets("The Grand Hotel\nreopens.") == frozenset()


def test_edges_inside_words_and_characters_are_named() -> None:
    text = "The Grand said he would."
    inner = inner_offsets(text)
    assert edge_problem(text, 1, 3, inner) == "it starts inside the word 'The'"
    assert edge_problem(text, 4, 8, inner) == "it ends inside the word 'Grand'"
    assert edge_problem(text, 15, 17, inner) is None
    accented = "Ad\u00e9b\u00e1y\u1ecd\u0300!"
    assert edge_problem(accented, 0, 7, inner_offsets(accented)) == (
        "it cuts the character '\u1ecd\u0300' at 6..8"
    )


@given(st.data())
def test_generated_anchors_start_and_end_between_characters(data: st.DataObject) -> None:
    text = data.draw(texts(min_size=1).filter(str.strip))
    anchor = data.draw(anchors(text))
    inner = inner_offsets(text)
    assert anchor.start not in inner
    assert anchor.end not in inner
