"""Where a text may be cut: user-perceived characters and whole words.

A reader sees "ọ̀" (o, dot below, grave accent: two code points even in NFC) or "👍🏽"
(a thumb and a skin tone) as one character, a *grapheme cluster* in Unicode's terms
(UAX #29). An anchor that starts or ends inside one splits a character the reader cannot
split, and a renderer shows a stray accent or half an emoji. Cluster boundaries come from
the ``regex`` module's ``\\X``, which follows UAX #29 with the Unicode data it ships;
hand-written rules would fall behind each Unicode release.

Whole words are simpler, on purpose: a span is a whole word at an edge unless the
character on each side of that edge is a letter or digit of a script written with spaces.
So "Russia" is found in "Russia's" and "he" is not found in "The"; Chinese, Japanese and
Thai, written without spaces, are never refused for want of a space.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

import regex

#: Scripts written without spaces between words: any position between two of their
#: letters may be a word edge.
_UNSPACED = regex.compile(
    r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Tibetan}]"
)
_CLUSTER = regex.compile(r"\X")
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")


def _windows(text: str) -> Iterator[tuple[int, int]]:
    """Stretches of ``text`` that hold every cluster of more than one code point.

    Two ASCII characters are never one cluster (the only exception, CR LF, is not in
    canonical text), so only the runs of non-ASCII characters, widened by one character on
    each side for a base letter before a combining mark or a prepended sign, need
    segmenting. Plain ASCII text costs one scan of the C regex engine.
    """
    start = end = -1
    for run in _NON_ASCII_RUN.finditer(text):
        low, high = max(run.start() - 1, 0), min(run.end() + 1, len(text))
        if low <= end:
            end = high
            continue
        if end >= 0:
            yield start, end
        start, end = low, high
    if end >= 0:
        yield start, end


def inner_offsets(text: str) -> frozenset[int]:
    """The offsets of ``text`` that fall inside a grapheme cluster: a span must not start
    or end at any of them. Computed in one pass over the text."""
    inner: set[int] = set()
    for low, high in _windows(text):
        for cluster in _CLUSTER.finditer(text, low, high):
            inner.update(range(cluster.start() + 1, cluster.end()))
    return frozenset(inner)


def cluster_at(offset: int, inner: frozenset[int]) -> tuple[int, int]:
    """The start and end of the grapheme cluster that ``offset`` falls inside, given the
    text's :func:`inner_offsets`."""
    low = high = offset
    while low in inner:
        low -= 1
    while high in inner:
        high += 1
    return low, high


def is_word_character(character: str) -> bool:
    """Whether ``character`` continues a word across an edge: a letter or digit of a
    script written with spaces."""
    return character.isalnum() and not _UNSPACED.match(character)


def edge_problem(text: str, start: int, end: int, inner: frozenset[int]) -> str | None:
    """Why ``text[start:end]`` is not a span of whole characters and words, or None.

    ``inner`` is :func:`inner_offsets` of ``text``, computed once per text.
    """
    for offset in (start, end):
        if offset in inner:
            low, high = cluster_at(offset, inner)
            return f"it cuts the character {text[low:high]!r} at {low}..{high}"
    if start > 0 and is_word_character(text[start]):
        before = text[cluster_at(start - 1, inner)[0]]
        if is_word_character(before):
            return f"it starts inside the word {_word_around(text, start)!r}"
    if end < len(text) and is_word_character(text[end]):
        last = text[cluster_at(end - 1, inner)[0]]
        if is_word_character(last):
            return f"it ends inside the word {_word_around(text, end - 1)!r}"
    return None


def _in_word(character: str) -> bool:
    return is_word_character(character) or unicodedata.category(character).startswith("M")


def _word_around(text: str, offset: int) -> str:
    low = offset
    while low > 0 and _in_word(text[low - 1]):
        low -= 1
    high = offset
    while high < len(text) and _in_word(text[high]):
        high += 1
    return text[low:high]


def occurrences(
    text: str, phrase: str, start: int, end: int, inner: frozenset[int]
) -> tuple[list[int], list[tuple[int, str]]]:
    """Where ``phrase`` occurs in ``text[start:end]``: the offsets of the occurrences that
    are whole characters and words, and those that are not, each with the reason."""
    found: list[int] = []
    refused: list[tuple[int, str]] = []
    if not phrase:
        return found, refused
    position = text.find(phrase, start, end)
    while position >= 0:
        problem = edge_problem(text, position, position + len(phrase), inner)
        if problem is None:
            found.append(position)
        else:
            refused.append((position, problem))
        position = text.find(phrase, position + 1, end)
    return found, refused
