"""Strategies for the article's text: raw and canonical text, segments, anchors.

Generated text mixes what breaks naive offset code: ASCII, precomposed and decomposed
accents, combining marks, Hangul jamo that compose under NFC, CJK, characters outside the
Basic Multilingual Plane (emoji, a CJK extension B ideograph, emoji joined by ZWJ), and in
raw text Windows (CR LF), old Mac (CR) and Unix (LF) line breaks. Canonical text is raw text
passed through :func:`~newsmodel.model.text.canonical_text`, never assembled by hand, so the
strategies test that function as much as they use it.
"""

from __future__ import annotations

import string
from collections.abc import Collection

from hypothesis import reject
from hypothesis import strategies as st

from newsmodel.graphemes import inner_offsets
from newsmodel.model.anchor import Anchor
from newsmodel.model.text import Segment, SegmentRole, canonical_text, is_canonical_text
from newsmodel.strategies.values import characters

#: Clusters that are more than one code point, or that NFC changes.
_CLUSTERS = (
    "e\u0301",  # e + COMBINING ACUTE: NFC composes it to U+00E9
    "a\u0308\u0301",  # two combining marks on one base
    "\u1100\u1161",  # Hangul jamo L + V: NFC composes them to one syllable
    "\u212b",  # ANGSTROM SIGN: NFC maps it to U+00C5
    "\u0344",  # COMBINING GREEK DIALYTIKA TONOS: NFC decomposes it into two marks
    "\U0001f469\u200d\U0001f469\u200d\U0001f467",  # a family emoji: five code points
    "\U0001f1f7\U0001f1fa",  # a flag: two regional indicators
    "\u05e9\u05c1\u05b8",  # Hebrew letter with marks that NFC reorders
)

#: Single characters worth seeing often: accents, marks, CJK, astral, odd spaces.
_SPECIAL = (
    "éèçñøåüßÆŒğıİ"  # precomposed Latin
    "\u0301\u0300\u0308\u0327\u0323\u20dd"  # combining marks, possibly on nothing
    "中文字東京新聞報道"  # CJK
    "Москва"  # Cyrillic
    "\u00a0\u2009\u3000"  # no-break, thin and ideographic spaces
    "\u2028\u200b\ufeff"  # LINE SEPARATOR, zero-width space, BOM inside text
    "\U0001f600\U0001f680\U00020000\U0001d400"  # emoji, CJK extension B, math bold A
    "\"'“”«»—…$%"  # quotation marks and the signs news text is full of
)

#: One piece of text on a line: a character of any kind, most often a plain one.
_PIECES = st.one_of(
    st.sampled_from(string.ascii_letters + string.digits),
    st.sampled_from(" " * 4 + ".,;:-"),
    st.sampled_from(_SPECIAL),
    st.sampled_from(_CLUSTERS),
    characters,
)

#: The line breaks raw text may hold; canonical text holds only LF.
_LINE_BREAKS = st.sampled_from(["\n", "\r\n", "\r"])


def raw_texts(*, min_size: int = 0, max_size: int = 40) -> st.SearchStrategy[str]:
    """Text as it arrives from a scraper: any line breaks, not necessarily NFC.

    ``min_size`` and ``max_size`` bound the number of pieces (characters, clusters, line
    breaks), not the number of code points.
    """
    pieces = st.one_of(_PIECES, _LINE_BREAKS)
    return st.lists(pieces, min_size=min_size, max_size=max_size).map("".join)


def texts(*, min_size: int = 0, max_size: int = 40) -> st.SearchStrategy[str]:
    """Canonical text (NFC, LF only): :func:`raw_texts` passed through ``canonical_text``."""
    return raw_texts(min_size=min_size, max_size=max_size).map(canonical_text)


def _segment_texts() -> st.SearchStrategy[str]:
    """The canonical text of one segment: not blank, maybe several lines, and neither
    beginning nor ending with white space (segment.boundary)."""
    return (
        st.lists(st.one_of(_PIECES, _PIECES, _LINE_BREAKS), min_size=1, max_size=24)
        .map(lambda pieces: canonical_text("".join(pieces)).strip())
        .filter(bool)
    )


#: What may stand between two segments, or before the first and after the last. Only
#: characters that NFC never composes with a neighbour, so that the text of each segment
#: stays canonical when they are joined.
_SEPARATORS = st.sampled_from(["\n", "\n\n", " \n", "\n\t", " "])
_MARGINS = st.sampled_from(["", "", "\n", " \n\n"])


@st.composite
def segmented_texts(draw: st.DrawFn, *, max_segments: int = 5) -> tuple[str, tuple[Segment, ...]]:
    """A canonical text and segments that cover all of it but the blanks between them."""
    parts = draw(st.lists(_segment_texts(), min_size=1, max_size=max_segments))
    roles = draw(st.lists(st.sampled_from(SegmentRole), min_size=len(parts), max_size=len(parts)))
    text = draw(_MARGINS)
    segments = []
    for index, (part, role) in enumerate(zip(parts, roles, strict=True)):
        if index:
            text += draw(_SEPARATORS)
        segments.append(Segment(role=role, start=len(text), end=len(text) + len(part)))
        text += part
    text += draw(_MARGINS)
    # Joining canonical parts with such separators keeps the whole canonical; if it ever
    # did not, every offset above would be wrong, so say so rather than generate garbage.
    if not is_canonical_text(text):
        raise AssertionError(f"joined segments are not canonical: {text!r}")
    return text, tuple(segments)


def _anchor_starts(text: str, inner: Collection[int]) -> list[int]:
    """Where an anchor may start: anchor.untrimmed (never on white space) and
    anchor.splits_character (never inside a user-perceived character)."""
    return [i for i, char in enumerate(text) if not char.isspace() and i not in inner]


def anchorable_texts() -> st.SearchStrategy[str]:
    """Texts an anchor can point into: with a character that is neither blank nor the
    inside of another (a lone combining mark after a space is not one)."""
    return texts(min_size=1).filter(lambda text: bool(_anchor_starts(text, inner_offsets(text))))


@st.composite
def anchors(draw: st.DrawFn, text: str, *, max_length: int = 30) -> Anchor:
    """An anchor on a non-empty stretch of ``text``, with its exact words."""
    if not text:
        raise ValueError("an anchor needs a non-empty text to point into")
    if not text.strip():
        raise ValueError("an anchor needs a text with a non-blank character to point at")
    inner = inner_offsets(text)
    words = _anchor_starts(text, inner)
    if not words:  # every character is white space with marks on it (" \u0344")
        reject()
    start = draw(st.sampled_from(words))
    end = draw(st.integers(start + 1, min(len(text), start + max_length)))
    while end in inner:  # to the end of the character it falls in
        end += 1
    while end > start and (end in inner or text[end - 1].isspace()):
        end -= 1
    if end == start:  # a character that ends in white space, such as U+0600 and a space
        reject()
    return Anchor.of(text, start, end)


@st.composite
def anchors_with_text(draw: st.DrawFn) -> Anchor:
    """An anchor on a text of its own (for an anchor outside any document)."""
    return draw(anchors(draw(anchorable_texts())))


@st.composite
def segments_with_text(draw: st.DrawFn) -> Segment:
    """One segment of a text of its own."""
    _, segments = draw(segmented_texts())
    return draw(st.sampled_from(segments))
