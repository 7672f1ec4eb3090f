"""Reading JSON strictly and writing the canonical form.

Reading accepts exactly RFC 8259 JSON in UTF-8 and refuses, with a code and a pointer,
what other readers let through silently: a byte-order mark, duplicate keys (where the
last would win), ``NaN`` and ``Infinity``, numbers a double cannot hold, lone surrogates,
nesting deeper than a limit, and input larger than a limit.

Writing gives the canonical form: UTF-8 without escaping non-ASCII text, two-space
indentation, one trailing newline. Keys come as the converter gives them: the required
fields of an object first, then the optional ones present, each group in declared order.
"""

from __future__ import annotations

import itertools
import json
import re
from typing import Any

import attrs
import orjson

from newsmodel.errors import Problem, UnreadableDocumentError, pointer


@attrs.frozen(kw_only=True)
class ReadLimits:
    """How much input the reader accepts before refusing it."""

    max_bytes: int = 64 * 1024 * 1024
    """Largest accepted document, in bytes of UTF-8."""
    max_depth: int = 64
    """Deepest accepted nesting of arrays and objects."""


DEFAULT_LIMITS = ReadLimits()

#: Integers beyond this magnitude lose precision in a double (and in JavaScript).
_MAX_EXACT_INT = 2**53
#: A double holds 17 significant decimal digits; more would be silently rounded.
_MAX_SIGNIFICANT_DIGITS = 17


class _Refusal(Exception):
    """Raised from inside the parser's hooks; turned into a problem by :func:`parse`."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


#: Digits of the largest exact integer; a longer literal is refused before ``int()`` sees it,
#: since converting a million-digit literal costs quadratic time (and Python refuses past
#: 4300 digits with a ValueError of its own).
_MAX_INT_DIGITS = len(str(_MAX_EXACT_INT))


def _shown(text: str) -> str:
    return text if len(text) <= 24 else f"{text[:20]}... ({len(text)} characters)"


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > _MAX_INT_DIGITS:
        raise _Refusal("json.number_range", f"integer {_shown(text)} is beyond double precision")
    value = int(text)
    if abs(value) > _MAX_EXACT_INT:
        raise _Refusal("json.number_range", f"integer {_shown(text)} is beyond double precision")
    return value


def _parse_float(text: str) -> float:
    mantissa = text.lower().split("e")[0].replace("-", "").replace(".", "").lstrip("0")
    if len(mantissa.rstrip("0")) > _MAX_SIGNIFICANT_DIGITS:
        raise _Refusal(
            "json.number_range", f"number {_shown(text)} has more digits than a double holds"
        )
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise _Refusal("json.number_range", f"number {_shown(text)} is beyond double range")
    if value == 0.0 and mantissa.strip("0"):
        # A non-zero literal that became 0.0 underflowed: its value is lost, not rounded.
        raise _Refusal("json.number_range", f"number {_shown(text)} is too small for a double")
    return value


def _parse_constant(name: str) -> Any:
    raise _Refusal("json.non_finite", f"{name} is not JSON")


def parse(
    data: bytes | str, *, limits: ReadLimits = DEFAULT_LIMITS, line: int | None = None
) -> Any:
    """Parse one JSON document strictly; raise :class:`UnreadableDocumentError` otherwise.

    ``line`` is the line the document starts on, for JSON Lines input; it is reported
    with every problem.
    """

    def refuse(code: str, message: str, where: str = "", at_line: int | None = None) -> None:
        raise UnreadableDocumentError(
            [Problem(code=code, message=message, pointer=where, line=at_line or line)]
        )

    if isinstance(data, bytes):
        if len(data) > limits.max_bytes:
            refuse(
                "json.too_large", f"document is {len(data)} bytes; the limit is {limits.max_bytes}"
            )
        if data.startswith(b"\xef\xbb\xbf"):
            refuse("json.bom", "document starts with a byte-order mark, which JSON forbids")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            at_line = None if line else data.count(b"\n", 0, error.start) + 1
            refuse(
                "json.encoding", f"not UTF-8: invalid byte at offset {error.start}", at_line=at_line
            )
    else:
        text = data
        # A code point takes one to four bytes of UTF-8: count bytes only when it matters.
        if len(text) > limits.max_bytes or (
            len(text) * 4 > limits.max_bytes
            and len(text.encode("utf-8", "surrogatepass")) > limits.max_bytes
        ):
            refuse("json.too_large", f"document is over {limits.max_bytes} bytes")
        if text.startswith("\ufeff"):
            refuse("json.bom", "document starts with a byte-order mark, which JSON forbids")
    if not text.strip():
        refuse("json.empty", "document is empty")

    duplicates: list[tuple[dict[str, Any], str]] = []

    def object_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        obj = dict(pairs)
        if len(obj) != len(pairs):
            seen: set[str] = set()
            for key, _ in pairs:
                if key in seen:
                    duplicates.append((obj, key))
                    break
                seen.add(key)
        return obj

    try:
        document = json.loads(
            text,
            object_pairs_hook=object_pairs,
            parse_int=_parse_int,
            parse_float=_parse_float,
            parse_constant=_parse_constant,
        )
    except _Refusal as refusal:
        refuse(refusal.code, refusal.message)
    except json.JSONDecodeError as error:
        at = line + error.lineno - 1 if line else error.lineno
        # For JSON Lines the problem carries the file's line; the column is the news here.
        place = f"column {error.colno}" if line else f"line {error.lineno}, column {error.colno}"
        refuse("json.syntax", f"{error.msg} ({place})", at_line=at)
    except RecursionError:
        refuse("json.too_deep", f"nesting is deeper than {limits.max_depth}")

    if duplicates or _may_hold_surrogates(text, data) or _deeper_than(document, limits.max_depth):
        # Something is wrong, or may be: the full walk finds what, and where.
        problems = _structural_problems(document, duplicates, limits, line)
        if problems:
            raise UnreadableDocumentError(problems)
    return document


#: An escaped UTF-16 surrogate (``\ud800``): the only way JSON text read from UTF-8 can
#: give a lone surrogate. Valid pairs match too, and are then checked one by one.
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")
_CONTAINERS = frozenset({dict, list})


def _may_hold_surrogates(text: str, data: bytes | str) -> bool:
    if "\\u" in text and _ESCAPED_SURROGATE.search(text):
        return True
    if isinstance(data, bytes):
        return False  # decoded as strict UTF-8, which holds no surrogate
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _deeper_than(document: Any, limit: int) -> bool:
    """Whether any value lies more than ``limit`` keys or indexes below the root.

    A level at a time, with the per-item work in C (``compress`` over ``map``), since this
    runs on every document read; :func:`_structural_problems` then says where.
    """
    level = [document] if type(document) in _CONTAINERS else []
    depth = 0
    while level:
        items = list(
            itertools.chain.from_iterable(
                node.values() if type(node) is dict else node for node in level
            )
        )
        if items:
            depth += 1
            if depth > limit:
                return True
        level = list(itertools.compress(items, map(_CONTAINERS.__contains__, map(type, items))))
    return False


def json_value_problems(
    document: Any, *, limits: ReadLimits = DEFAULT_LIMITS, line: int | None = None
) -> list[Problem]:
    """What keeps a Python value from being a JSON document newsmodel would read.

    For values that did not come from :func:`parse` (a dict a caller built or read with
    another parser): only dicts with string keys, lists, strings, finite numbers within
    double precision, booleans and None, nested no deeper than ``limits.max_depth``.
    """
    return _structural_problems(document, [], limits, line, check_types=True)


def _structural_problems(
    document: Any,
    duplicates: list[tuple[dict[str, Any], str]],
    limits: ReadLimits,
    line: int | None,
    *,
    check_types: bool = False,
) -> list[Problem]:
    """Walk the tree once, without recursion: depth, lone surrogates, duplicates, types."""
    problems: list[Problem] = []
    duplicate_objects = {id(obj): key for obj, key in duplicates}
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(document, ())]
    while stack:
        value, path = stack.pop()
        if len(path) > limits.max_depth:
            return [
                Problem(
                    code="json.too_deep",
                    message=f"nesting is deeper than {limits.max_depth}",
                    pointer=pointer(*path),
                    line=line,
                )
            ]
        if isinstance(value, dict):
            if id(value) in duplicate_objects:
                key = duplicate_objects[id(value)]
                problems.append(
                    Problem(
                        code="json.duplicate_key",
                        message=f"key {_shown(key)!r} appears more than once in this object",
                        pointer=pointer(*path, key),
                        line=line,
                    )
                )
            for key, item in value.items():
                if not isinstance(key, str):
                    problems.append(_not_json(key, pointer(*path), line, "key"))
                    continue
                if not _is_scalar_text(key):
                    problems.append(_surrogate(pointer(*path), line, "a key"))
                stack.append((item, (*path, key)))
        elif isinstance(value, list):
            stack.extend((item, (*path, index)) for index, item in enumerate(value))
        elif isinstance(value, str):
            if not _is_scalar_text(value):
                problems.append(_surrogate(pointer(*path), line))
        elif check_types:
            problem = _scalar_problem(value, pointer(*path), line)
            if problem is not None:
                problems.append(problem)
    return problems


def _scalar_problem(value: Any, where: str, line: int | None) -> Problem | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        if abs(value) > _MAX_EXACT_INT:
            return Problem(
                code="json.number_range",
                message=f"integer {_shown(str(value))} is beyond double precision",
                pointer=where,
                line=line,
            )
        return None
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return Problem(
                code="json.non_finite", message=f"{value} is not JSON", pointer=where, line=line
            )
        return None
    return _not_json(value, where, line, "value")


def _not_json(value: Any, where: str, line: int | None, what: str) -> Problem:
    return Problem(
        code="json.not_json",
        message=f"a {what} of Python type {type(value).__name__} has no JSON form",
        pointer=where,
        line=line,
    )


def _is_scalar_text(text: str) -> bool:
    """Whether ``text`` has no lone surrogate (so that it can be written as UTF-8)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _surrogate(where: str, line: int | None, what: str = "string") -> Problem:
    return Problem(
        code="json.surrogate",
        message=f"{what} holds a lone UTF-16 surrogate, which is not a Unicode character",
        pointer=where,
        line=line,
    )


def write(document: Any) -> bytes:
    """The canonical JSON bytes of an already unstructured document."""
    try:
        written: bytes = orjson.dumps(document, option=_ORJSON_INDENTED)
    except orjson.JSONEncodeError:
        return _write_with_json(document)
    return _write_with_json(document) if _may_differ(written) else written


def write_line(document: Any) -> bytes:
    """The canonical JSON Lines record of an already unstructured document: one line.

    The same keys in the same order as :func:`write`, without indentation or spaces, so
    that a JSON Lines file holds one document per line.
    """
    try:
        written: bytes = orjson.dumps(document, option=_ORJSON_LINE)
    except orjson.JSONEncodeError:
        return _write_line_with_json(document)
    return _write_line_with_json(document) if _may_differ(written) else written


# The canonical form is defined by ``json.dumps(indent=2, ensure_ascii=False)``; orjson
# writes the same bytes some ten times faster (same escapes, key order and float digits),
# except in three cases, each sent back to ``json``: a float below 1e-4 (Python writes
# ``1e-05``, orjson ``0.00001`` or ``1e-5``), NaN or infinity (which ``json`` refuses and
# orjson writes as ``null``), and values orjson refuses (an integer beyond 64 bits, a
# non-string key, a type neither writes). The check is on the bytes written, and may
# match inside a string too: that costs a second writing, never a different one.
def _may_differ(written: bytes) -> bool:
    """Whether ``written`` may hold a float below 1e-4 or a ``null`` (substring searches
    are several times faster than one regular expression with alternatives)."""
    if b"null" in written or b"0.0000" in written:
        return True
    at = written.find(b"e-")
    while at > 0:
        if written[at - 1] in _DIGITS:
            return True
        at = written.find(b"e-", at + 2)
    return False


_DIGITS = frozenset(b"0123456789")
_PASSTHROUGH = (
    orjson.OPT_PASSTHROUGH_DATACLASS
    | orjson.OPT_PASSTHROUGH_DATETIME
    | orjson.OPT_PASSTHROUGH_SUBCLASS
)
_ORJSON_INDENTED = orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE | _PASSTHROUGH
_ORJSON_LINE = orjson.OPT_APPEND_NEWLINE | _PASSTHROUGH


def _write_with_json(document: Any) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False) + "\n").encode()


def _write_line_with_json(document: Any) -> bytes:
    compact = json.dumps(document, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (compact + "\n").encode()
