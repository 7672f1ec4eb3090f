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

import json
from typing import Any

import attrs

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


def _parse_int(text: str) -> int:
    value = int(text)
    if abs(value) > _MAX_EXACT_INT:
        raise _Refusal("json.number_range", f"integer {text[:40]} is beyond double precision")
    return value


def _parse_float(text: str) -> float:
    mantissa = text.lower().split("e")[0].replace("-", "").replace(".", "").lstrip("0")
    if len(mantissa.rstrip("0")) > _MAX_SIGNIFICANT_DIGITS:
        raise _Refusal(
            "json.number_range", f"number {text[:40]} has more digits than a double holds"
        )
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise _Refusal("json.number_range", f"number {text[:40]} is beyond double range")
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
            refuse("json.encoding", f"not UTF-8: invalid byte at offset {error.start}")
    else:
        text = data
        if len(text) > limits.max_bytes:  # a code point is at least one byte
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
        refuse(
            "json.syntax", f"{error.msg} (line {error.lineno}, column {error.colno})", at_line=at
        )
    except RecursionError:
        refuse("json.too_deep", f"nesting is deeper than {limits.max_depth}")

    problems = list(_structural_problems(document, duplicates, limits, line))
    if problems:
        raise UnreadableDocumentError(problems)
    return document


def _structural_problems(
    document: Any,
    duplicates: list[tuple[dict[str, Any], str]],
    limits: ReadLimits,
    line: int | None,
) -> list[Problem]:
    """Walk the parsed tree once, without recursion: depth, lone surrogates, duplicates."""
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
                        message=f"key {key!r} appears more than once in this object",
                        pointer=pointer(*path, key),
                        line=line,
                    )
                )
            for key, item in value.items():
                if not _is_scalar_text(key):
                    problems.append(_surrogate(pointer(*path), line))
                stack.append((item, (*path, key)))
        elif isinstance(value, list):
            stack.extend((item, (*path, index)) for index, item in enumerate(value))
        elif isinstance(value, str) and not _is_scalar_text(value):
            problems.append(_surrogate(pointer(*path), line))
    return problems


def _is_scalar_text(text: str) -> bool:
    """Whether ``text`` has no lone surrogate (so that it can be written as UTF-8)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _surrogate(where: str, line: int | None) -> Problem:
    return Problem(
        code="json.surrogate",
        message="string holds a lone UTF-16 surrogate, which is not a Unicode character",
        pointer=where,
        line=line,
    )


def write(document: Any) -> bytes:
    """The canonical JSON bytes of an already unstructured document."""
    return (json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False) + "\n").encode()
