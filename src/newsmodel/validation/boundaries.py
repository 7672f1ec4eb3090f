"""Where a segment may begin and end: between words, and inside its line.

A segment is a stretch of the text with one role: a headline, a paragraph, a line of
page chrome. One shifted by a character ("he Russian Space Agency..." with the next
line's line break) still covers text and still lies in order, so only its boundaries
give it away: it cuts a word, or takes in white space that no reader sees as part of it.
"""

from __future__ import annotations

import unicodedata


def _in_word(char: str) -> bool:
    """Whether ``char`` belongs to a word: a letter or digit, or a mark that joins one."""
    return char.isalnum() or unicodedata.category(char)[0] == "M"


def _shown(char: str) -> str:
    return repr(char)


def boundary_fault(text: str, start: int, end: int) -> str | None:
    """What is wrong with the boundaries of the segment ``start..end`` of ``text``, if anything.

    A segment neither begins nor ends inside a word (a letter, digit or combining mark on
    both sides of the boundary), nor begins or ends with white space, a line break
    above all. The offsets must be a non-empty span of the text.
    """
    if start > 0 and _in_word(text[start - 1]) and _in_word(text[start]):
        return f"starts inside a word, between {_shown(text[start - 1])} and {_shown(text[start])}"
    if end < len(text) and _in_word(text[end - 1]) and _in_word(text[end]):
        return f"ends inside a word, between {_shown(text[end - 1])} and {_shown(text[end])}"
    if text[start].isspace():
        return f"starts with white space ({_shown(text[start])})"
    if text[end - 1].isspace():
        return f"ends with white space ({_shown(text[end - 1])})"
    return None
