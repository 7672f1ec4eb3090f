"""Where a JSON pointer's value starts in the JSON text it was parsed from.

Validation works on parsed values and reports JSON pointers; a person reading a file
wants a line number too. :func:`line_of` walks the text along the pointer's path,
skipping sibling values with the standard library's own scanner, so it costs no more
than parsing the part of the text before the value, and needs no parser of its own.
"""

from __future__ import annotations

import json
import json.decoder
import re
from collections.abc import Sequence

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_SCAN = json.scanner.make_scanner(json.JSONDecoder())  # type: ignore[attr-defined]


def _skip(text: str, index: int) -> int:
    match = _WHITESPACE.match(text, index)
    return match.end() if match else index


def offset_of(text: str, path: Sequence[str | int]) -> int | None:
    """The index in ``text`` where the value at ``path`` starts; None if it is not there.

    ``text`` must be well-formed JSON (the text a document was parsed from); the steps
    of ``path`` may be strings even for array indexes, as in a JSON pointer. A path
    that leaves the document (a missing key, an index past the end) gives the offset of
    the deepest value that is there, so that a problem about a missing key points at the
    object that lacks it.
    """
    try:
        return _offset(text, path)
    except (ValueError, IndexError, StopIteration):
        return None


def _offset(text: str, path: Sequence[str | int]) -> int:
    index = _skip(text, 0)
    for step in path:
        opening = text[index]
        if opening == "{":
            found = _member(text, index + 1, str(step))
        elif opening == "[" and str(step).isdigit():
            found = _element(text, index + 1, int(step))
        else:
            return index
        if found is None:
            return index
        index = found
    return index


def _member(text: str, index: int, key: str) -> int | None:
    """The start of the value of ``key`` in the object whose body starts at ``index``."""
    index = _skip(text, index)
    while text[index] != "}":
        name, index = json.decoder.scanstring(text, index + 1)  # type: ignore[attr-defined]
        index = _skip(text, _skip(text, index) + 1)  # past the colon
        if name == key:
            return index
        _, index = _SCAN(text, index)
        index = _skip(text, index)
        if text[index] == ",":
            index = _skip(text, index + 1)
    return None


def _element(text: str, index: int, position: int) -> int | None:
    """The start of item ``position`` of the array whose body starts at ``index``."""
    index = _skip(text, index)
    current = 0
    while text[index] != "]":
        if current == position:
            return index
        _, index = _SCAN(text, index)
        index = _skip(text, index)
        if text[index] == ",":
            index = _skip(text, index + 1)
        current += 1
    return None


def line_of(text: str, path: Sequence[str | int]) -> int | None:
    """The 1-based line on which the value at ``path`` starts in ``text``."""
    offset = offset_of(text, path)
    return None if offset is None else text.count("\n", 0, offset) + 1
