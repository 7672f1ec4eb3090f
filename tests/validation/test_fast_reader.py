"""The fast reader (orjson and checks) agrees with the reference reader, always.

:func:`~newsmodel.codec.parse` keeps orjson's value only when its checks prove that the
reference reader, :func:`~newsmodel.codec.json_text.parse_reference`, would give that
value and no problem. Here the two are held to the same value or the same problems
(codes, pointers, lines, messages) on the bad-input corpus, the examples, the edges of
every check, and arbitrary JSON-like text.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel.codec import ReadLimits, fast_reading, json_text, parse
from newsmodel.codec.json_text import DEFAULT_LIMITS, parse_reference
from newsmodel.errors import UnreadableDocumentError

CORPUS = Path(__file__).parents[1] / "corpus"

Outcome = tuple[str, Any]


@pytest.fixture(params=["writing", "walking"], autouse=True)
def proof(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every test runs with each of the fast reader's two ways of proving a value right:
    by writing it back (documents up to a megabyte) and by walking it (larger ones)."""
    if request.param == "walking":
        monkeypatch.setattr(fast_reading, "_WRITTEN_UP_TO", 0)
    else:
        monkeypatch.setattr(fast_reading, "_WRITTEN_UP_TO", 1 << 40)
    return str(request.param)


def outcome(reader: Any, data: bytes | str, limits: ReadLimits, line: int | None) -> Outcome:
    """The value read, with its types (``1`` is not ``1.0``, ``-0.0`` is not ``0.0``), or
    every detail of the problems."""
    try:
        value = reader(data, limits=limits, line=line)
    except UnreadableDocumentError as error:
        return "problems", [(p.code, p.pointer, p.line, p.message) for p in error.problems]
    return "value", json.dumps(value)


def assert_agree(
    data: bytes | str, limits: ReadLimits = DEFAULT_LIMITS, line: int | None = None
) -> None:
    assert outcome(parse, data, limits, line) == outcome(parse_reference, data, limits, line)


def corpus_documents() -> list[tuple[str, bytes, int | None]]:
    found = []
    for path in sorted(CORPUS.rglob("*.json*")):
        data = path.read_bytes()
        name = str(path.relative_to(CORPUS))
        if path.suffix == ".jsonl":
            found.extend((name, text, number) for number, text in enumerate(data.splitlines(), 1))
        else:
            found.append((name, data, None))
    return found


def test_the_corpus_is_found() -> None:
    assert len(corpus_documents()) > 100


@pytest.mark.parametrize(("name", "data", "line"), corpus_documents())
def test_the_bad_input_corpus_reads_alike(name: str, data: bytes, line: int | None) -> None:
    assert_agree(data, line=line)
    assert_agree(data.decode("utf-8", "surrogateescape"), line=line)


EDGES = [
    b'{"a": 1, "a": 2}',
    b'{"a": {"b": 1, "c": 2, "b": 3}}',
    b'{"a": "x:y", "b": 1, "b": 2}',
    b'{"\\u003a": 1, "a": 2, "a": 3}',
    b'{"a\\u003Ab": 1}',
    b'{"a": 9007199254740992}',
    b'{"a": 9007199254740993}',
    b'{"a": -9007199254740993}',
    b'{"a": 18446744073709551615}',
    b'{"a": 18446744073709551616}',
    b'{"a": 123456789012345678901234567890}',
    b'{"a": 0.12345678901234567890}',
    b'{"a": 0.30000000000000004}',
    b'{"a": 123456789012345.6}',
    b'{"a": 1e308, "b": 1.7976931348623157e308}',
    b'{"a": 1e309}',
    b'{"a": 1E400}',
    b'{"a": -1e400}',
    b'{"a": 1e-400}',
    b'{"a": -1e-400}',
    b'{"a": 0e-999}',
    b'{"a": 5e-324, "b": 2.5e-324, "c": 1e-320}',
    b'{"a": 0.0, "b": -0.0, "c": 10.0, "d": 0.05, "e": -0}',
    b'{"a": [0.0]}',
    b"[1e-400]",
    b'{"a": NaN}',
    b'{"a": -Infinity}',
    b'{"a": "\\u0000"}',
    b'{"\\u0000": 1}',
    b'{"a": "\\ud800"}',
    b'{"a": "\\udc00\\ud800"}',
    b'{"a": "\\ud83d\\ude00"}',
    b'{"a": "\xed\xa0\x80"}',
    b'{"a": "\xff"}',
    b"\xef\xbb\xbf{}",
    b"",
    b" \n ",
    b"\x0c{}",
    b"{} {}",
    b'{"a": 1,}',
    b"[" * 100_000,
    b"[" * 300 + b"]" * 300,
    b"[" * 1100 + b"]" * 1100,
    b'{"a": "\x01"}',
    b'"just a string"',
    b"17",
    b"null",
    b'{"a" : 1 ,\r\n\t"b":[ ] }',
    b'{"a": [], "b": {}, "c": [[]], "d": [{}]}',
]


@pytest.mark.parametrize("data", EDGES)
@pytest.mark.parametrize("depth", [1, 2, 3, 64])
def test_the_edges_of_each_check_read_alike(data: bytes, depth: int) -> None:
    limits = ReadLimits(max_depth=depth)
    assert_agree(data, limits)
    assert_agree(data, limits, line=7)
    text = data.decode("utf-8", "surrogatepass") if b"\xff" not in data else data.decode("latin-1")
    assert_agree(text, limits)


def test_the_size_limit_reads_alike() -> None:
    data = b'{"a": "' + b"x" * 100 + b'"}'
    for limit in (50, len(data) - 1, len(data)):
        assert_agree(data, ReadLimits(max_bytes=limit))
        assert_agree(data.decode(), ReadLimits(max_bytes=limit))
    assert_agree('["é"]', ReadLimits(max_bytes=6))


@pytest.mark.parametrize("name", newsmodel.examples.names())
def test_the_examples_are_read_without_the_reference_reader(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fast reader proves sound documents sound: canonical, compact, and as a str."""
    data = newsmodel.examples.read_bytes(name)
    expected = parse_reference(data)

    def refuse(*arguments: object, **keywords: object) -> None:
        raise AssertionError("the reference reader was asked")

    monkeypatch.setattr(json_text, "parse_reference", refuse)
    compact = json.dumps(json.loads(data), ensure_ascii=False, separators=(",", ":"))
    spaced = json.dumps(json.loads(data), ensure_ascii=False, indent=3)
    escaped = json.dumps(json.loads(data))  # every character beyond ASCII as \\u escapes
    assert parse(data) == parse(compact) == parse(compact.encode()) == expected
    assert parse(spaced) == parse(escaped) == expected


# Arbitrary JSON-like text: values written with random white space and escapes, objects
# with keys from a small alphabet (so that keys repeat), numbers at every edge, and some
# text cut or spliced so that it is not JSON at all.
NUMBERS = st.one_of(
    st.integers(-(2**70), 2**70).map(str),
    st.floats(allow_nan=False, allow_infinity=False).map(repr),
    st.sampled_from(
        [
            "0", "-0", "0.0", "-0.0", "1e400", "-1e400", "1e-400", "0e-999", "5e-324",
            "9007199254740992", "9007199254740993", "18446744073709551616", "1E+2", "1e16",
            "0.30000000000000004", "0.1234567890123456789", "123456789012345.6", "NaN",
            "Infinity", "-Infinity", "01", "1.", ".5", "1e", "-", "1.5e-7", "10.0",
        ]
    ),
)  # fmt: skip
ESCAPES = st.sampled_from(
    ["\\u0000", "\\ud800", "\\udfff", "\\ud83d\\ude00", "\\u003a", "\\u003A", "\\u00e9",
     '\\"', "\\\\", "\\n", "\\/", ":", "\u2014", "\U0001f600", "0.0", "x"]
)  # fmt: skip
STRINGS = st.one_of(
    st.text(max_size=8).map(lambda text: json.dumps(text, ensure_ascii=False)),
    st.text(max_size=8).map(json.dumps),
    st.lists(ESCAPES, max_size=4).map(lambda parts: '"' + "".join(parts) + '"'),
)
KEYS = st.one_of(st.sampled_from(['"a"', '"b"', '"\\u0061"', '"a:"', '"\\u003a"']), STRINGS)
SPACE = st.sampled_from(["", " ", "\n", "\t", "\r\n  "])
SCALARS = st.one_of(NUMBERS, STRINGS, st.sampled_from(["true", "false", "null"]))


def _array(draw: st.DrawFn, inner: st.SearchStrategy[str]) -> str:
    items = draw(st.lists(inner, max_size=4))
    return "[" + ",".join(draw(SPACE) + item + draw(SPACE) for item in items) + "]"


def _object(draw: st.DrawFn, inner: st.SearchStrategy[str]) -> str:
    members = draw(st.lists(st.tuples(KEYS, inner), max_size=4))
    written = (draw(SPACE) + key + draw(SPACE) + ":" + value for key, value in members)
    return "{" + ",".join(written) + draw(SPACE) + "}"


JSON_TEXT = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.composite(lambda draw: _array(draw, inner))(),
        st.composite(lambda draw: _object(draw, inner))(),
    ),
    max_leaves=20,
)


@st.composite
def texts(draw: st.DrawFn) -> str:
    text = draw(JSON_TEXT)
    if draw(st.booleans()) and text:
        # Cut or splice: the same problems or none, whatever the text has become.
        at = draw(st.integers(0, len(text)))
        text = (
            text[:at] + draw(st.sampled_from(["", ",", "}", "]", '"', "{", ":", "1"])) + text[at:]
        )
    return text


@given(texts(), st.integers(1, 5), st.sampled_from([None, 3]))
@settings(max_examples=400)
@example('{"a": {"a": 1, "a": 2}}', 5, None)
@example('{"\\u003a": 1, "a": 1, "a": 1}', 5, None)
def test_any_text_reads_alike(text: str, depth: int, line: int | None) -> None:
    limits = ReadLimits(max_depth=depth)
    assert_agree(text, limits, line)
    assert_agree(text.encode("utf-8", "surrogatepass"), limits, line)


WRITTEN_VALUES = [
    {"a": 0.0, "b": -0.0, "c": 1e-07, "d": 5e-324, "e": 1e16},
    {"a": 2**53, "b": 2**53 + 1, "c": -(2**60), "d": 2**64 - 1},
    {"a": 2**53, "b": -(2**53), "c": 2**53 - 1, "d": [2**64 - 1]},
    {"a": [2**53 + 1]},
    {"a": 1234567890123456.7, "b": 12345678901234567},
    {"a": 0.30000000000000004, "b": 1.7976931348623157e308},
    {"a": ["\x00", "\U0001f600", ":", "\u2014"]},
    {"a": [[[[[]]]]], "b": {"c": {"d": {}}}},
]


@pytest.mark.parametrize("value", WRITTEN_VALUES)
@pytest.mark.parametrize("option", [0, orjson.OPT_INDENT_2])
@pytest.mark.parametrize("end", [b"", b"\n"])
@pytest.mark.parametrize("depth", [2, 4, 64])
def test_text_as_orjson_writes_it_reads_alike(
    value: Any, option: int, end: bytes, depth: int
) -> None:
    """Text that is orjson's own writing is proven without counting its colons."""
    assert_agree(orjson.dumps(value, option=option) + end, ReadLimits(max_depth=depth))


@given(
    st.integers(0, 10**15 - 1),
    st.integers(0, 15),
    st.integers(-340, 340),
    st.sampled_from(["e", "E", "e+", "E-"]),
)
def test_decimal_literals_read_to_the_same_double(
    digits: int, point: int, exponent: int, marker: str
) -> None:
    """orjson's float parsing rounds as Python's does, for every literal it is trusted with
    (fewer than 16 digits; beyond an exponent of two digits it may under- or overflow)."""
    written = str(digits)
    written = written[:point] + "." + written[point:] if 0 < point < len(written) else written
    literal = f"{written}{marker}{abs(exponent) if marker in ('e+', 'E-') else exponent}"
    assert_agree(f'{{"a": {literal}, "b": [-{literal}]}}'.encode())
