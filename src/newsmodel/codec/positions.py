"""Where JSON pointers' values start in the JSON text they were parsed from.

Validation works on parsed values and reports JSON pointers; a person reading a file
wants a line number too. :func:`offsets_of` walks the text once for any number of
pointers, following only the branches that lead to one of them and skipping sibling
values with regular expressions that run in C, so that locating a thousand problems in a
60 MB document costs one pass over its text, not a thousand.

The walk is on the UTF-8 bytes, as read: JSON's structure is ASCII, and neither a copy
of the text nor a decoded string of a value is made, but for the keys on the way.
"""

from __future__ import annotations

import json.decoder
import re
from collections.abc import Sequence

Path = Sequence[str | int]

_WHITESPACE = re.compile(rb"[ \t\n\r]*")
#: The rest of a JSON string after its opening quote, matched without decoding it.
_STRING_REST = re.compile(rb'[^"\\]*+(?:\\.[^"\\]*+)*+"', re.DOTALL)
#: A number, ``true``, ``false`` or ``null`` (or ``NaN``, ``Infinity``: refused, and placed).
_SCALAR = re.compile(rb"-?[0-9][-+.0-9eE]*|true|false|null|NaN|-?Infinity")
#: Everything up to the next bracket or brace, strings included (which may hold them).
#: Possessive, so that the engine keeps no place to come back to: one pass, no memory.
_UP_TO_BRACKET = re.compile(rb'(?:[^"\[\]{}]++|"[^"\\]*+(?:\\.[^"\\]*+)*+")*+', re.DOTALL)
_QUOTE, _COMMA = ord('"'), ord(",")
_OPENING = frozenset(b"[{")
_CLOSING = frozenset(b"]}")


class _Branch:
    """The pointers that pass through one value: those that end here, and those that go on."""

    __slots__ = ("ending", "onward")

    def __init__(self) -> None:
        self.ending: list[int] = []
        """Indexes (into the caller's list of paths) of the pointers to this value."""
        self.onward: dict[str, _Branch] = {}
        """The branches into this value's members or items, by key or index as text."""

    def everything(self) -> list[int]:
        """Every pointer at or below this value."""
        found = list(self.ending)
        stack = list(self.onward.values())
        while stack:
            branch = stack.pop()
            found.extend(branch.ending)
            stack.extend(branch.onward.values())
        return found


def _skip(text: bytes, index: int) -> int:
    match = _WHITESPACE.match(text, index)
    return match.end() if match else index


def offsets_of(text: bytes, paths: Sequence[Path]) -> list[int | None]:
    """The byte offset in ``text`` where the value at each of ``paths`` starts.

    ``text`` must be well-formed JSON (the text a document was parsed from); the steps
    of a path may be strings even for array indexes, as in a JSON pointer. A path that
    leaves the document (a missing key, an index past the end) gives the offset of the
    deepest value that is there, so that a problem about a missing key points at the
    object that lacks it. Every offset is None when the walk meets text that is not JSON
    (values it skips are crossed, not checked).
    """
    root = _Branch()
    for number, path in enumerate(paths):
        branch = root
        for step in path:
            branch = branch.onward.setdefault(str(step), _Branch())
        branch.ending.append(number)
    found: list[int | None] = [None] * len(paths)
    try:
        _walk(text, root, found)
    except (ValueError, IndexError):
        return [None] * len(paths)
    return found


class _Open:
    """An array or object being walked, that some pointer enters."""

    __slots__ = ("branch", "is_object", "position", "start")

    def __init__(self, branch: _Branch, start: int, *, is_object: bool) -> None:
        self.branch, self.start, self.is_object = branch, start, is_object
        self.position = 0
        """The index of the next item, in an array."""


def _walk(text: bytes, root: _Branch, found: list[int | None]) -> None:
    """Walk ``text`` once, placing each pointer of ``root``; a loop, not recursion, since a
    pointer may be as deep as the reader's depth limit (Python stops at 1000 frames)."""
    opened: list[_Open] = []
    branch: _Branch | None = root
    index = _skip(text, 0)
    while True:
        # ``index`` starts a value; ``branch`` holds the pointers into it, if any.
        if branch is not None:
            for number in branch.ending:
                found[number] = index
        if branch is not None and branch.onward and text[index] in _OPENING:
            opened.append(_Open(branch, index, is_object=text[index] == ord("{")))
            index = _skip(text, index + 1)
        else:
            end = _skipped(text, index)
            if branch is not None:
                _place_the_rest(branch, found, index)
            if not opened:
                return
            index = _next(text, end)
        while text[index] in _CLOSING:
            closed = opened.pop()
            _place_the_rest(closed.branch, found, closed.start)
            if not opened:
                return
            index = _next(text, index + 1)
        current = opened[-1]
        if current.is_object:
            end = _string_end(text, index)
            branch = current.branch.onward.get(_key(text[index:end]))
            index = _skip(text, _skip(text, end) + 1)  # past the colon
        else:
            branch = current.branch.onward.get(str(current.position))
            current.position += 1


def _key(written: bytes) -> str:
    """The key that ``written`` (a JSON string with its quotes) holds; a lone surrogate
    in it (from a str, encoded by :func:`lines_of`) comes back as it was."""
    text = written.decode("utf-8", "surrogatepass")
    if "\\" not in text:
        return text[1:-1]
    key: str = json.decoder.scanstring(text, 1)[0]  # type: ignore[attr-defined]
    return key


def _next(text: bytes, index: int) -> int:
    """Past the white space and the comma after a member or an item."""
    index = _skip(text, index)
    return _skip(text, index + 1) if text[index] == _COMMA else index


def _place_the_rest(branch: _Branch, found: list[int | None], index: int) -> None:
    """Place at ``index`` the pointers below ``branch`` that leave the document there."""
    for number in branch.everything():
        if found[number] is None:
            found[number] = index


def _string_end(text: bytes, index: int) -> int:
    """The index just past the string whose opening quote is at ``index``."""
    match = _STRING_REST.match(text, index + 1)
    if text[index] != _QUOTE or match is None:
        raise ValueError("not a string")
    return match.end()


def _skipped(text: bytes, index: int) -> int:
    """The index just past the value at ``index``, building nothing: a string (an article's
    text may be megabytes) is matched, not decoded, and an array or object is crossed a
    bracket at a time, the strings and scalars between two brackets in one match."""
    first = text[index]
    if first == _QUOTE:
        return _string_end(text, index)
    if first not in _OPENING:
        match = _SCALAR.match(text, index)
        if match is None:
            raise ValueError("not a value")
        return match.end()
    depth = 0
    while True:
        crossed = _UP_TO_BRACKET.match(text, index)
        index = crossed.end() if crossed else index
        if text[index] == _QUOTE:
            raise ValueError("unterminated string")
        depth += 1 if text[index] in _OPENING else -1
        index += 1
        if not depth:
            return index


def lines_of(text: str | bytes, paths: Sequence[Path]) -> list[int | None]:
    """The 1-based line on which the value at each of ``paths`` starts; one pass in all.

    A str is walked as its UTF-8 bytes (the lines are the same).
    """
    data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
    offsets = offsets_of(data, paths)
    lines: list[int | None] = [None] * len(paths)
    line, counted = 1, 0
    for offset, number in sorted((o, n) for n, o in enumerate(offsets) if o is not None):
        line += data.count(b"\n", counted, offset)
        counted = offset
        lines[number] = line
    return lines


def offset_of(text: bytes, path: Path) -> int | None:
    """The byte offset in ``text`` where the value at ``path`` starts; see :func:`offsets_of`."""
    return offsets_of(text, [path])[0]


def line_of(text: str | bytes, path: Path) -> int | None:
    """The 1-based line on which the value at ``path`` starts in ``text``."""
    return lines_of(text, [path])[0]
