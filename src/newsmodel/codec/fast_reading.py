"""Reading JSON with orjson, and proving that the reference reader would read the same.

:func:`~newsmodel.codec.json_text.parse_reference` defines what newsmodel reads and how
it refuses the rest, with the standard library's ``json`` and a Python hook on every
number and object. orjson reads the same text several times faster, and to the same
value but for a few differences; :func:`read_fast` keeps orjson's value only when checks
that run in C rule those differences out, and says ``UNPROVEN`` otherwise, so that the
reference reader reads the text again and says what is wrong.
"""

from __future__ import annotations

import itertools
import operator
import re
from typing import Any

import orjson

#: Integers beyond this magnitude lose precision in a double (and in JavaScript).
MAX_EXACT_INT = 2**53
_CONTAINERS = frozenset({dict, list})


class _Unproven:
    """What :func:`read_fast` gives when it cannot prove its value right."""


UNPROVEN = _Unproven()


def read_fast(data: bytes | str, max_depth: int) -> Any:
    """orjson's value of ``data``, a text within the limits of size and number of values,
    when the reference reader, with this depth limit, would give the same value and no
    problem; ``UNPROVEN`` when that is not proven.

    orjson refuses what the reference reader refuses (a byte-order mark, NaN, invalid
    UTF-8, a lone surrogate, a control character, empty input, nesting beyond 1024) and
    reads the rest to the same value, but for an escaped NUL (``\\u0000``, searched for
    in the text as the reference reader does), a duplicate key (orjson keeps the last
    value), a number a double cannot hold (orjson rounds it), and nesting deeper than
    ``max_depth``. :func:`_proven_by_writing` rules those out for a document of up to a
    megabyte, :func:`_proven_by_walking` for a larger one.
    """
    if isinstance(data, str):
        try:
            # A copy dropped on return (orjson would keep a UTF-8 copy on the str itself).
            data = data.encode("utf-8")
        except UnicodeEncodeError:
            return UNPROVEN  # a lone surrogate
    if b"\\" in data and _ESCAPE_TO_CHECK.search(data):  # a byte found by memchr, first
        return UNPROVEN
    try:
        document = orjson.loads(data)
    except orjson.JSONDecodeError:
        return UNPROVEN
    if type(document) not in _CONTAINERS:
        return UNPROVEN  # no news document; the reference reader has the last word
    prove = _proven_by_writing if len(data) <= _WRITTEN_UP_TO else _proven_by_walking
    return document if prove(data, document, max_depth) else UNPROVEN


#: The largest document checked by writing it back: writing takes up to twice its size
#: in memory, walking takes next to none (and some three times as long).
_WRITTEN_UP_TO = 1 << 20

#: An escape that the value read by orjson must not hide: NUL (refused by the reference
#: reader) or a colon (which would spoil the count of colons, below). An escaped lone
#: surrogate need not be looked for: orjson refuses it, as the reference reader does, and
#: reads a valid pair as the character it stands for, as the reference reader does.
_ESCAPE_TO_CHECK = re.compile(rb"\\u00(?:00|3[aA])")


def _proven_by_writing(data: bytes, document: Any, max_depth: int) -> bool:
    """Whether orjson's ``document`` is the reference reader's, found on ``document``
    written back by orjson with two-space indentation, all in C:

    - no duplicate key: ``data`` is the text written back, indented (as newsmodel's
      canonical form is) or not (as its JSON Lines are), or holds as many colons (those
      inside strings are the same in both);
    - no number a double cannot hold: an integer beyond 2**53 is refused by orjson's
      writing (from 2**53 on); a float with more digits than a double holds has 16
      digits or more in ``data``, and is not written back so; a float that overflowed is
      refused by orjson's reading, one that underflowed is written back as ``0.0`` (where
      ``data`` does not say ``0.0`` itself);
    - no nesting deeper than ``max_depth``: the lines written are indented two spaces a
      level (an empty array or object is written ``[]`` or ``{}`` on its parent's line, so
      a document that comes near the limit is measured by :func:`deeper_than`).
    """
    try:
        written = orjson.dumps(document, option=_WRITTEN_BACK)
    except orjson.JSONEncodeError:
        return False  # an integer from 2**53 on, or nesting beyond orjson's limit (254)
    if b"\n" + b"  " * max_depth in written and deeper_than(document, max_depth):
        return False
    if _is_written(data, written) or _is_written(data, orjson.dumps(document)):
        # The canonical form, or a JSON Lines record as newsmodel writes them: its floats
        # are written as orjson writes them, in 17 digits at most.
        return True
    return (
        data.count(b":") == written.count(b":")
        and not _holds_long_number(data)
        and not _holds_zero_float(written)
    )


_WRITTEN_BACK = orjson.OPT_INDENT_2 | orjson.OPT_STRICT_INTEGER


def _is_written(data: bytes, written: bytes) -> bool:
    """Whether ``data`` is ``written``, maybe with a newline at the end (the only byte
    orjson would let follow a document it read is white space)."""
    return len(data) - len(written) in (0, 1) and data.startswith(written)


def _proven_by_walking(data: bytes, document: Any, max_depth: int) -> bool:
    """Whether orjson's ``document`` is the reference reader's, found by walking it a
    level at a time with the work on each item done in C (``map``, ``compress``):

    - no duplicate key: the colons of ``data``, less those inside strings and keys, are
      as many as the members of all objects;
    - no number a double cannot hold: no integer beyond 2**53 and no float 0.0 (maybe an
      underflow; one that overflowed is refused by orjson), and if there is a float at
      all, no number of 16 digits or more in ``data``;
    - no nesting deeper than ``max_depth``.
    """
    members = colons_in_strings = 0
    has_float = False
    items = [document]
    depth = 0
    while items:
        types = list(map(type, items))
        colons_in_strings += sum(map(str.count, _of_type(items, types, str), _COLON))
        if int in types and max(map(abs, _of_type(items, types, int))) > MAX_EXACT_INT:
            return False
        if float in types:
            has_float = True
            if 0.0 in _of_type(items, types, float):
                return False
        containers = list(itertools.compress(items, map(_CONTAINERS.__contains__, types)))
        if not containers:
            break
        depth += 1
        if depth > max_depth:
            return False
        objects = [node for node in containers if type(node) is dict]
        members += sum(map(len, objects))
        colons_in_strings += sum(map(str.count, itertools.chain.from_iterable(objects), _COLON))
        items = list(
            itertools.chain.from_iterable(
                node.values() if type(node) is dict else node for node in containers
            )
        )
    if data.count(b":") - colons_in_strings != members:
        return False
    return not (has_float and _holds_long_number(data))


_COLON = itertools.repeat(":")


def _of_type(items: list[Any], types: list[type], wanted: type) -> list[Any]:
    return list(itertools.compress(items, map(operator.is_, types, itertools.repeat(wanted))))


#: Digits and points as "0", everything else as a space: a run of 16 zeros is a number of
#: 16 digits or more (or such a run inside a string, which then costs a slower reading).
_DIGITS_AS_ZEROS = bytes(
    ord("0") if chr(byte) in "0123456789." else ord(" ") for byte in range(256)
)
_LONG_RUN = b"0" * 16
#: Translated a slice at a time, so that a large document is not copied whole.
_SLICE = 1 << 20


def _holds_long_number(data: bytes) -> bool:
    """Whether ``data`` may hold a number of 16 digits or more: an integer beyond 2**53 or
    a float with more digits than a double holds, which orjson would read rounded."""
    overlap = len(_LONG_RUN) - 1
    return any(
        _LONG_RUN in data[start : start + _SLICE + overlap].translate(_DIGITS_AS_ZEROS)
        for start in range(0, len(data), _SLICE)
    )


#: A float written back as zero, unless it is part of a larger number (searched for
#: without a look-behind, which would keep the search from skipping ahead in C).
_ZERO = re.compile(rb"0\.0(?![0-9])")


def _holds_zero_float(written: bytes) -> bool:
    """Whether ``written`` may hold the float 0.0: maybe a literal that underflowed."""
    return any(
        not written[match.start() - 1 : match.start()].isdigit()
        for match in _ZERO.finditer(written)
    )


def holds_more_values(data: bytes | str, limit: int) -> bool:
    """Whether the JSON text ``data`` holds more than ``limit`` values (arrays, objects,
    strings, numbers, ``true``, ``false`` and ``null``; keys are not counted), found on
    the text before anything is built of it.

    Every value is the whole text, or the first item of an array or member of an object
    that is not empty, or follows a comma. Counted over the whole text, strings included,
    commas and opening brackets bound the values from above, in C; only when that bound
    is over the limit are they counted outside strings, stopping once past the limit, so
    that the count costs at most some ``limit`` steps of Python. A malformed text is
    counted as far as its strings can be told apart.
    """
    if len(data) <= limit:
        return False  # each value takes a character at least
    if _values_at_most(data) <= limit:
        return False
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")  # a large str: counted as bytes are
    values = 1
    last = b""  # the last character outside strings but white space, for "[" ... "]"
    for match in _STRING_OR_BETWEEN.finditer(data):
        if data[match.start()] == _QUOTE:
            last = b'"'
            continue
        for start in range(match.start(), match.end(), _SLICE):
            # Without white space, an empty array or object is "[]" or "{}"; a slice at a
            # time, so that a long stretch without strings is not copied whole.
            bare = data[start : min(start + _SLICE, match.end())].translate(None, _SPACE)
            if bare:
                values += _values_at_most(bare) - 1 - _empty(last + bare)
                last = bare[-1:]
        if values > limit:
            return True
    return False


def _values_at_most(data: bytes | str) -> int:
    if isinstance(data, bytes):
        return 1 + data.count(b",") + data.count(b"[") + data.count(b"{")
    return 1 + data.count(",") + data.count("[") + data.count("{")


def _empty(bare: bytes) -> int:
    return bare.count(b"[]") + bare.count(b"{}")


#: A JSON string (runs of characters other than a quote or a backslash, and escapes: no
#: backtracking), or a stretch of text between strings.
_STRING_OR_BETWEEN = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"|[^"]+', re.DOTALL)
_QUOTE = ord('"')
_SPACE = b" \t\n\r"


def deeper_than(document: Any, limit: int) -> bool:
    """Whether arrays and objects nest more than ``limit`` levels deep (the root array or
    object is the first level, so ``[[]]`` is two deep, as ``[[1]]`` is).

    A level at a time, with the per-item work in C (``compress`` over ``map``), since this
    runs on every document read; ``json_text._structural_problems`` then says where.
    """
    level = [document] if type(document) in _CONTAINERS else []
    depth = 0
    while level:
        depth += 1
        if depth > limit:
            return True
        items = list(
            itertools.chain.from_iterable(
                node.values() if type(node) is dict else node for node in level
            )
        )
        level = list(itertools.compress(items, map(_CONTAINERS.__contains__, map(type, items))))
    return False
