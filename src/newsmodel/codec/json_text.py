"""Reading JSON strictly and writing the canonical form.

Reading accepts exactly RFC 8259 JSON in UTF-8 and refuses, with a code and a pointer,
what other readers let through silently: a byte-order mark, duplicate keys (where the
last would win), ``NaN`` and ``Infinity``, numbers a double cannot hold, lone surrogates,
U+0000 (which PostgreSQL and C strings cannot hold), nesting deeper than a limit, and
input larger than a limit. The reference reader (:func:`parse_reference`, the standard
library's ``json`` with hooks) defines what is read and how it is refused; :func:`parse`
reads with orjson where checks prove the reference reader would agree.

Writing gives the canonical form: UTF-8 without escaping non-ASCII text, two-space
indentation, one trailing newline. Keys come as the converter gives them: the required
fields of an object first, then the optional ones present, each group in declared order.
"""

from __future__ import annotations

import json
import re
from typing import Any

import attrs
import orjson

from newsmodel.codec.fast_reading import (
    MAX_EXACT_INT,
    UNPROVEN,
    deeper_than,
    holds_more_values,
    read_fast,
)
from newsmodel.errors import Problem, UnreadableDocumentError, pointer
from newsmodel.problems import (
    BOM,
    DUPLICATE_KEY,
    EMPTY,
    ENCODING,
    NON_FINITE,
    NOT_JSON,
    NUL,
    NUMBER_RANGE,
    SURROGATE,
    SYNTAX,
    TOO_DEEP,
    TOO_LARGE,
    TOO_MANY_VALUES,
    ProblemCode,
)

#: The deepest nesting :class:`ReadLimits` may allow. Python's JSON reader recurses once per
#: level and stops at the interpreter's recursion limit (1000 frames, some of them already
#: in use); a limit above this one would be refused by that, with the wrong depth named.
MAX_READ_DEPTH = 500


@attrs.frozen(kw_only=True)
class ReadLimits:
    """How much input the reader accepts before refusing it."""

    max_bytes: int = 64 * 1024 * 1024
    """Largest accepted document, in bytes of UTF-8."""
    max_depth: int = attrs.field(
        default=64, validator=[attrs.validators.ge(1), attrs.validators.le(MAX_READ_DEPTH)]
    )
    """Deepest accepted nesting of arrays and objects, at most 500 (``MAX_READ_DEPTH``)."""
    max_values: int = attrs.field(default=1_000_000, validator=attrs.validators.ge(1))
    """Most values (arrays, objects, strings, numbers, ``true``, ``false``, ``null``; keys
    are not counted) accepted in a document, counted on its text before it is read: a
    value costs Python some 50 to 100 bytes however few bytes of text it takes (``{}``
    takes two), so this bounds the memory a document can take. The reference article
    holds some 1,700 values."""


DEFAULT_LIMITS = ReadLimits()

#: A double holds 17 significant decimal digits; more would be silently rounded.
_MAX_SIGNIFICANT_DIGITS = 17


class _Refusal(Exception):
    """Raised from inside the parser's hooks; turned into a problem by :func:`parse`."""

    def __init__(self, kind: ProblemCode, **fields: Any) -> None:
        super().__init__(kind.code)
        self.kind = kind
        self.fields = fields


#: Digits of the largest exact integer; a longer literal is refused before ``int()`` sees it,
#: since converting a million-digit literal costs quadratic time (and Python refuses past
#: 4300 digits with a ValueError of its own).
_MAX_INT_DIGITS = len(str(MAX_EXACT_INT))
_BEYOND_PRECISION = "an integer beyond 2**53 loses precision"


def _shown(text: str) -> str:
    return text if len(text) <= 24 else f"{text[:20]}... ({len(text)} characters)"


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > _MAX_INT_DIGITS:
        raise _Refusal(NUMBER_RANGE, number=_shown(text), why=_BEYOND_PRECISION)
    value = int(text)
    if abs(value) > MAX_EXACT_INT:
        raise _Refusal(NUMBER_RANGE, number=_shown(text), why=_BEYOND_PRECISION)
    return value


def _parse_float(text: str) -> float:
    mantissa = text.lower().split("e")[0].replace("-", "").replace(".", "").lstrip("0")
    if len(mantissa.rstrip("0")) > _MAX_SIGNIFICANT_DIGITS:
        raise _Refusal(NUMBER_RANGE, number=_shown(text), why="more digits than a double holds")
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise _Refusal(NUMBER_RANGE, number=_shown(text), why="beyond its range")
    if value == 0.0 and mantissa.strip("0"):
        # A non-zero literal that became 0.0 underflowed: its value is lost, not rounded.
        raise _Refusal(NUMBER_RANGE, number=_shown(text), why="too small, it would be 0")
    return value


def _parse_constant(name: str) -> Any:
    raise _Refusal(NON_FINITE, value=name)


def parse(
    data: bytes | str, *, limits: ReadLimits = DEFAULT_LIMITS, line: int | None = None
) -> Any:
    """Parse one JSON document strictly; raise :class:`UnreadableDocumentError` otherwise.

    ``line`` is the line the document starts on, for JSON Lines input; it is reported
    with every problem.

    The value and the problems are those of the reference reader,
    ``newsmodel.codec.json_text.parse_reference``. Most documents are read by orjson, a
    few times faster, and kept only when checks that run in C prove that the reference
    reader would give the same value and no problem; anything else is read again by the
    reference reader, which says what is wrong.
    """
    refuse_beyond_limits(data, limits, line)
    document = read_fast(data, limits.max_depth)
    if document is UNPROVEN:
        return _read_within_limits(data, limits, line)
    return document


def parse_reference(
    data: bytes | str, *, limits: ReadLimits = DEFAULT_LIMITS, line: int | None = None
) -> Any:
    """The reference reader: :func:`parse` by the standard library's ``json``, with a hook
    on every number and object, slower but able to say what is wrong and where.

    :func:`parse` gives the same value or the same problems (codes, pointers, lines and
    messages); the tests hold the two to that on the bad-input corpus and on arbitrary text.
    """
    refuse_beyond_limits(data, limits, line)
    return _read_within_limits(data, limits, line)


def _read_within_limits(data: bytes | str, limits: ReadLimits, line: int | None) -> Any:
    """:func:`parse_reference` of a text that :func:`refuse_beyond_limits` let through."""

    def refuse(kind: ProblemCode, at_line: int | None = None, **fields: Any) -> None:
        raise UnreadableDocumentError([kind.problem(line=at_line or line, **fields)])

    if isinstance(data, bytes):
        if data.startswith(b"\xef\xbb\xbf"):
            refuse(BOM)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            at_line = None if line else data.count(b"\n", 0, error.start) + 1
            refuse(ENCODING, at_line=at_line, offset=error.start)
    else:
        text = data
        if text.startswith("\ufeff"):
            refuse(BOM)
    if not text.strip():
        refuse(EMPTY, what="the input")

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
        raise UnreadableDocumentError(_refused_numbers(text, line, refusal)) from None
    except json.JSONDecodeError as error:
        at = line + error.lineno - 1 if line else error.lineno
        # For JSON Lines the problem carries the file's line; the column is the news here.
        place = f"column {error.colno}" if line else f"line {error.lineno}, column {error.colno}"
        refuse(SYNTAX, at_line=at, error=error.msg, place=place)
    except RecursionError:
        refuse(TOO_DEEP, limit=limits.max_depth)

    if duplicates or _may_hold_refused_text(text, data) or deeper_than(document, limits.max_depth):
        # Something is wrong, or may be: the full walk finds what, and where.
        problems = _structural_problems(document, duplicates, limits, line)
        if problems:
            raise UnreadableDocumentError(problems)
    return document


def refuse_beyond_limits(data: bytes | str, limits: ReadLimits, line: int | None) -> None:
    """Raise :class:`UnreadableDocumentError` when ``data`` is larger than ``limits``
    allow, in bytes or in values: found on the text, before anything is built of it."""
    if isinstance(data, bytes):
        too_large = len(data) > limits.max_bytes
    else:
        # A code point takes one to four bytes of UTF-8: count bytes only when it matters.
        too_large = len(data) > limits.max_bytes or (
            len(data) * 4 > limits.max_bytes
            and len(data.encode("utf-8", "surrogatepass")) > limits.max_bytes
        )
    if too_large:
        problem = TOO_LARGE.problem(line=line, limit=limits.max_bytes)
    elif holds_more_values(data, limits.max_values):
        problem = TOO_MANY_VALUES.problem(line=line, limit=limits.max_values)
    else:
        return
    raise UnreadableDocumentError([problem])


#: An escaped UTF-16 surrogate (``\ud800``) or NUL (``\u0000``): the only ways JSON text
#: read from UTF-8 can give a lone surrogate or a NUL (JSON refuses them raw). Valid
#: surrogate pairs match too, and are then checked one by one.
_ESCAPED_REFUSED = re.compile(r"\\u(?:[dD][89a-fA-F]|0000)")


def _may_hold_refused_text(text: str, data: bytes | str) -> bool:
    """Whether a string or key of the document read from ``text`` may hold a lone
    surrogate or a NUL (a quick test on the text; the walk then says which and where)."""
    if "\\u" in text and _ESCAPED_REFUSED.search(text):
        return True
    if isinstance(data, bytes):
        return False  # decoded as strict UTF-8, which holds no surrogate
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _refused_numbers(text: str, line: int | None, first: _Refusal) -> list[Problem]:
    """Every number the reader refuses in ``text``, each with its pointer.

    The parser's hooks see a literal but not where it is: on a refusal the text is parsed
    again with hooks that put each refusal in the tree, and the tree is walked to name
    their places (a NaN in a 60 MB file must be findable). Only refused input pays this.
    """

    def kept(hook: Any) -> Any:
        def keep(literal: str) -> Any:
            try:
                return hook(literal)
            except _Refusal as refusal:
                return refusal

        return keep

    try:
        document = json.loads(
            text,
            parse_int=kept(_parse_int),
            parse_float=kept(_parse_float),
            parse_constant=kept(_parse_constant),
        )
    except (json.JSONDecodeError, RecursionError):
        # Malformed after the refused number: the refusal stands, without a place.
        return [first.kind.problem(line=line, **first.fields)]
    problems = []
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(document, ())]
    while stack:
        value, path = stack.pop()
        if isinstance(value, _Refusal):
            problems.append(value.kind.problem(pointer=pointer(*path), line=line, **value.fields))
        elif isinstance(value, dict):
            stack.extend((item, (*path, key)) for key, item in reversed(value.items()))
        elif isinstance(value, list):
            stack.extend((item, (*path, index)) for index, item in reversed(list(enumerate(value))))
    return problems


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
        if len(path) >= limits.max_depth and isinstance(value, (dict, list)):
            # The root is the first level: this array or object opens one level too many.
            return [TOO_DEEP.problem(pointer=pointer(*path), line=line, limit=limits.max_depth)]
        if isinstance(value, dict):
            if id(value) in duplicate_objects:
                key = duplicate_objects[id(value)]
                problems.append(
                    DUPLICATE_KEY.problem(pointer=pointer(*path, key), line=line, key=_shown(key))
                )
            for key, item in value.items():
                if not isinstance(key, str):
                    problems.append(_not_json(key, pointer(*path), line, "key"))
                    continue
                if not _is_scalar_text(key):
                    problems.append(_surrogate(pointer(*path), line, "a key"))
                if "\x00" in key:
                    problems.append(_nul(pointer(*path), line, "a key"))
                stack.append((item, (*path, key)))
        elif isinstance(value, list):
            stack.extend((item, (*path, index)) for index, item in enumerate(value))
        elif isinstance(value, str):
            if not _is_scalar_text(value):
                problems.append(_surrogate(pointer(*path), line))
            if "\x00" in value:
                problems.append(_nul(pointer(*path), line))
        elif check_types:
            problem = _scalar_problem(value, pointer(*path), line)
            if problem is not None:
                problems.append(problem)
    return problems


def _scalar_problem(value: Any, where: str, line: int | None) -> Problem | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        if abs(value) > MAX_EXACT_INT:
            return NUMBER_RANGE.problem(
                pointer=where, line=line, number=_shown(str(value)), why=_BEYOND_PRECISION
            )
        return None
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return NON_FINITE.problem(pointer=where, line=line, value=value)
        return None
    return _not_json(value, where, line, "value")


def _not_json(value: Any, where: str, line: int | None, what: str) -> Problem:
    return NOT_JSON.problem(pointer=where, line=line, what=what, type=type(value).__name__)


#: A lone UTF-16 surrogate, which no UTF-8 output can carry.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _is_scalar_text(text: str) -> bool:
    """Whether ``text`` has no lone surrogate (so that it can be written as UTF-8).

    Searched for, not encoded: encoding a megabytes-long text to find out would copy it.
    """
    return text.isascii() or _SURROGATE.search(text) is None


def _surrogate(where: str, line: int | None, what: str = "string") -> Problem:
    return SURROGATE.problem(pointer=where, line=line, what=what)


def _nul(where: str, line: int | None, what: str = "string") -> Problem:
    # JSON allows "\u0000", but PostgreSQL's text and jsonb, C strings and many other
    # stores cannot hold it, and no news text needs it: refused, as lone surrogates are.
    return NUL.problem(pointer=where, line=line, what=what)


def write(document: Any, *, numbers_alike: bool = False) -> bytes:
    """The canonical JSON bytes of an already unstructured document.

    ``numbers_alike=True`` says that orjson writes every number in ``document`` as
    ``json`` does (:func:`~newsmodel.codec.converter.unstructure_for_writing` tells), so
    the written bytes need no search for one it does not.
    """
    try:
        written: bytes = orjson.dumps(document, option=_ORJSON_INDENTED)
    except orjson.JSONEncodeError:
        return _write_with_json(document)
    if not numbers_alike and _may_differ(written):
        return _write_with_json(document)
    return written


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
