"""Where JSON pointers' values start in the JSON text they were parsed from.

Validation works on parsed values and reports JSON pointers; a person reading a file
wants a line number too. :func:`offsets_of` walks the text once for any number of
pointers, following only the branches that lead to one of them and skipping sibling
values with the standard library's own scanner, so that locating a thousand problems in
a 60 MB document costs one pass over its text, not a thousand.
"""

from __future__ import annotations

import json
import json.decoder
import re
from collections.abc import Callable, Sequence
from typing import Any

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_SCAN = json.scanner.make_scanner(json.JSONDecoder())  # type: ignore[attr-defined]

Path = Sequence[str | int]


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


def _skip(text: str, index: int) -> int:
    match = _WHITESPACE.match(text, index)
    return match.end() if match else index


def _from_latin1(name: str) -> str:
    """A key read from UTF-8 bytes decoded as Latin-1 (see :func:`lines_of`), as it is.

    A key written as raw UTF-8 reads as one Latin-1 character per byte; one written with
    ``\\u`` escapes reads as itself, and is left so.
    """
    if name.isascii():
        return name
    try:
        return name.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return name


def offsets_of(text: str, paths: Sequence[Path], *, latin1: bool = False) -> list[int | None]:
    """The index in ``text`` where the value at each of ``paths`` starts.

    ``text`` must be well-formed JSON (the text a document was parsed from); the steps
    of a path may be strings even for array indexes, as in a JSON pointer. A path that
    leaves the document (a missing key, an index past the end) gives the offset of the
    deepest value that is there, so that a problem about a missing key points at the
    object that lacks it. Every offset is None when ``text`` is not JSON.

    ``latin1`` says that ``text`` is UTF-8 bytes decoded as Latin-1, one character per
    byte: the offsets are then byte offsets.
    """
    normal = _from_latin1 if latin1 else str
    root = _Branch()
    for number, path in enumerate(paths):
        branch = root
        for step in path:
            branch = branch.onward.setdefault(str(step), _Branch())
        branch.ending.append(number)
    found: list[int | None] = [None] * len(paths)
    try:
        _walk(text, root, found, normal)
    except (ValueError, IndexError, StopIteration):
        return [None] * len(paths)
    return found


class _Open:
    """An array or object being walked, that some pointer enters."""

    __slots__ = ("branch", "is_object", "position", "start")

    def __init__(self, branch: _Branch, start: int, *, is_object: bool) -> None:
        self.branch, self.start, self.is_object = branch, start, is_object
        self.position = 0
        """The index of the next item, in an array."""


def _walk(text: str, root: _Branch, found: list[int | None], normal: Callable[[str], str]) -> None:
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
        if branch is not None and branch.onward and text[index] in "{[":
            opened.append(_Open(branch, index, is_object=text[index] == "{"))
            index = _skip(text, index + 1)
        else:
            end = _skipped(text, index)
            if branch is not None:
                _place_the_rest(branch, found, index)
            if not opened:
                return
            index = _next(text, end)
        while text[index] in "}]":
            closed = opened.pop()
            _place_the_rest(closed.branch, found, closed.start)
            if not opened:
                return
            index = _next(text, index + 1)
        current = opened[-1]
        if current.is_object:
            name, index = json.decoder.scanstring(text, index + 1)  # type: ignore[attr-defined]
            index = _skip(text, _skip(text, index) + 1)  # past the colon
            branch = current.branch.onward.get(normal(name))
        else:
            branch = current.branch.onward.get(str(current.position))
            current.position += 1


def _next(text: str, index: int) -> int:
    """Past the white space and the comma after a member or an item."""
    index = _skip(text, index)
    return _skip(text, index + 1) if text[index] == "," else index


def _place_the_rest(branch: _Branch, found: list[int | None], index: int) -> None:
    """Place at ``index`` the pointers below ``branch`` that leave the document there."""
    for number in branch.everything():
        if found[number] is None:
            found[number] = index


#: The rest of a JSON string after its opening quote, matched without decoding it.
_STRING_REST = re.compile(r'[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)


def _skipped(text: str, index: int) -> int:
    """The index just past the value at ``index``, building as little as possible:
    a string (an article's text may be megabytes) is matched, not decoded."""
    if text[index] == '"':
        match = _STRING_REST.match(text, index + 1)
        if match is None:
            raise ValueError("unterminated string")
        return match.end()
    end: Any = _SCAN(text, index)[1]
    return int(end)


def lines_of(text: str | bytes, paths: Sequence[Path]) -> list[int | None]:
    """The 1-based line on which the value at each of ``paths`` starts; one pass in all.

    JSON bytes are walked as Latin-1, one character per byte, since JSON's structure is
    ASCII: decoded as UTF-8, a text with one character beyond Latin-1 would take two or
    four bytes per character, twice or four times the memory of the bytes.
    """
    if isinstance(text, bytes):
        text = text.decode("latin-1")
        offsets = offsets_of(text, paths, latin1=True)
    else:
        offsets = offsets_of(text, paths)
    lines: list[int | None] = [None] * len(paths)
    line, counted = 1, 0
    for offset, number in sorted((o, n) for n, o in enumerate(offsets) if o is not None):
        line += text.count("\n", counted, offset)
        counted = offset
        lines[number] = line
    return lines


def offset_of(text: str, path: Path) -> int | None:
    """The index in ``text`` where the value at ``path`` starts; see :func:`offsets_of`."""
    return offsets_of(text, [path])[0]


def line_of(text: str, path: Path) -> int | None:
    """The 1-based line on which the value at ``path`` starts in ``text``."""
    return lines_of(text, [path])[0]
