"""The strict JSON reader: what it refuses, with which code, within which limits."""

from __future__ import annotations

import json
import re
import tracemalloc
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsmodel
from newsmodel.codec import ReadLimits, line_of, lines_of, parse, positions, write, write_line
from newsmodel.codec.json_text import MAX_READ_DEPTH
from newsmodel.codec.positions import offset_of
from newsmodel.errors import UnreadableDocumentError


def codes(data: bytes | str, **limits: int) -> list[str]:
    with pytest.raises(UnreadableDocumentError) as caught:
        parse(data, limits=ReadLimits(**limits))
    return list(caught.value.codes)


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "json.empty"),
        (b"  \n ", "json.empty"),
        (b"\xef\xbb\xbf{}", "json.bom"),
        ("\ufeff{}", "json.bom"),
        (b'{"a": "\xff"}', "json.encoding"),
        (b'{"a": NaN}', "json.non_finite"),
        (b'{"a": -Infinity}', "json.non_finite"),
        (b'{"a": 1, "a": 2}', "json.duplicate_key"),
        (b'{"a": 9007199254740993}', "json.number_range"),
        (b'{"a": -9007199254740993}', "json.number_range"),
        (b'{"a": ' + b"1" * 100_000 + b"}", "json.number_range"),
        (b'{"a": 1e999}', "json.number_range"),
        (b'{"a": 1e-999}', "json.number_range"),
        (b'{"a": 0.12345678901234567890}', "json.number_range"),
        (b'{"a": "\\udc00"}', "json.surrogate"),
        (b'{"a": 1', "json.syntax"),
        (b"[1, 2,]", "json.syntax"),
        (b"{} {}", "json.syntax"),
        (b"[" * 100_000, "json.too_deep"),
    ],
)
def test_refused_with_a_code(data: bytes | str, code: str) -> None:
    assert codes(data) == [code]


def test_what_a_double_holds_is_read() -> None:
    assert parse(b'{"a": 9007199254740992, "b": 1e308, "c": 0.0, "d": 0e-999, "e": 5e-324}') == {
        "a": 2**53,
        "b": 1e308,
        "c": 0.0,
        "d": 0.0,
        "e": 5e-324,
    }


def test_depth_and_size_limits_are_configurable() -> None:
    nested = b"[[[[1]]]]"
    assert parse(nested, limits=ReadLimits(max_depth=4)) == [[[[1]]]]
    assert codes(nested, max_depth=3) == ["json.too_deep"]
    assert codes(b'["' + b"x" * 100 + b'"]', max_bytes=50) == ["json.too_large"]
    assert codes("[" + '"é"' * 20 + "]", max_bytes=40) == [
        "json.too_large"
    ]  # bytes, not characters


@pytest.mark.parametrize("data", ["[[[]]]", '{"a": {"b": {}}}', '[{"a": [1]}]', "[[[1]]]"])
def test_the_depth_limit_counts_every_array_and_object(data: str) -> None:
    """Three levels of nesting with ``max_depth=2``: an empty innermost array or object
    once went through, so that ``--max-depth N`` accepted N + 1 levels (issue 16)."""
    assert codes(data, max_depth=2) == ["json.too_deep"]
    assert parse(data, limits=ReadLimits(max_depth=3)) is not None


def test_the_deepest_level_allowed_is_read_and_one_more_refused() -> None:
    for depth in (1, 2, 7, MAX_READ_DEPTH):
        assert parse("[" * depth + "]" * depth, limits=ReadLimits(max_depth=depth)) is not None
        more = "[" * (depth + 1) + "]" * (depth + 1)
        assert codes(more, max_depth=depth) == ["json.too_deep"]


def test_a_syntax_error_says_where() -> None:
    with pytest.raises(UnreadableDocumentError) as caught:
        parse(b'{\n  "a": 1,\n  "b": \n}')
    (problem,) = caught.value.problems
    assert problem.line == 4
    assert "line 4" in problem.message


def test_a_syntax_error_in_json_lines_carries_the_files_line() -> None:
    with pytest.raises(UnreadableDocumentError) as caught:
        parse(b'{"a": }', line=17)
    (problem,) = caught.value.problems
    assert problem.line == 17
    assert "line" not in problem.message


def test_canonical_lines_hold_one_document_each() -> None:
    document = {"b": "é\n", "a": [1, {"c": None}]}
    line = write_line(document)
    assert line.count(b"\n") == 1
    assert line.endswith(b"\n")
    assert parse(line) == parse(write(document)) == document


def test_line_of_finds_nested_values_and_falls_back_to_the_parent() -> None:
    text = '{\n "a": [\n  1,\n  {"b\\"": {"c": [true,\n null]}}\n ],\n "z": 0\n}'
    assert line_of(text, ["a", "1", 'b"', "c", "1"]) == 5
    assert line_of(text, ["z"]) == 7
    assert line_of(text, ["a", "7"]) == 2  # past the end: the array
    assert line_of(text, ["missing", "x"]) == 1  # the object that lacks the key
    assert offset_of(b"not json", ["a"]) is None
    assert offset_of(b'{"a": "unterminated}', ["b"]) is None


def test_a_refused_number_is_reported_where_it_is() -> None:
    """NaN and out-of-range numbers once had the pointer "/" and no line (issue 16)."""
    data = b'{\n "a": [1,\n  NaN],\n "b": {"c": 1e999},\n "d": 9007199254740993\n}'
    with pytest.raises(UnreadableDocumentError) as caught:
        parse(data)
    found = [(p.code, p.pointer) for p in caught.value.problems]
    assert found == [
        ("json.non_finite", "/a/1"),
        ("json.number_range", "/b/c"),
        ("json.number_range", "/d"),
    ]
    report = newsmodel.validate(data)
    assert [p.line for p in report.problems] == [3, 4, 5]


def test_a_refused_number_before_a_syntax_error_is_still_reported() -> None:
    assert codes(b'{"a": NaN, "b": }') == ["json.non_finite"]


@pytest.mark.parametrize("data", ['{"a": "x\\u0000y"}', '{"\\u0000": 1}', '["\\u0000"]'])
def test_nul_is_refused_in_every_string(data: str) -> None:
    assert codes(data) == ["json.nul"]


def test_the_depth_limit_stays_below_what_python_can_read() -> None:
    """A --max-depth of 5000 was refused by Python's recursion limit, naming 5000 (issue 16)."""
    with pytest.raises(ValueError, match="max_depth"):
        ReadLimits(max_depth=MAX_READ_DEPTH + 1)
    deep = "[" * MAX_READ_DEPTH + "]" * MAX_READ_DEPTH
    assert parse(deep, limits=ReadLimits(max_depth=MAX_READ_DEPTH)) is not None
    assert codes("[[" + deep + "]]", max_depth=MAX_READ_DEPTH) == ["json.too_deep"]


def test_a_problem_as_deep_as_the_depth_limit_gets_its_line() -> None:
    deep = '{\n"a":\n' + "[" * (MAX_READ_DEPTH + 99) + "]" * (MAX_READ_DEPTH + 99) + "}"
    report = newsmodel.validate(deep, limits=ReadLimits(max_depth=MAX_READ_DEPTH))
    assert [(p.code, p.line) for p in report.problems] == [("json.too_deep", 3)]


def test_lines_of_places_many_pointers_as_line_of_places_each() -> None:
    text = '{\n "a": [\n  1,\n  {"b\\"": {"c": [true,\n null]}}\n ],\n "z": 0\n}'
    paths = [["z"], ["a", "1", 'b"', "c", "1"], ["a", "7"], [], ["a", "1", 'b"', "c", "1"], ["a"]]
    assert lines_of(text, paths) == [line_of(text, path) for path in paths] == [7, 5, 2, 1, 5, 2]


def test_lines_in_bytes_are_those_in_the_decoded_text() -> None:
    """Bytes are walked as they are, so that the text is not held at 2 or 4 bytes a character."""
    text = '{\n "café": [\n  "😀",\n  {"\\u00e9t\u00e9": 1,\n "naïve": "\\ud83d\\ude00"}\n ]\n}'
    paths = [["café", 1, "été"], ["café", 1, "naïve"], ["café", 0], ["missing"]]
    assert lines_of(text.encode(), paths) == lines_of(text, paths) == [4, 5, 3, 1]


def test_a_lone_surrogate_in_a_key_of_a_str_is_placed() -> None:
    report = newsmodel.validate('{\n"\ud800": 1,\n"b": "x\ud800"}')
    assert [(p.code, p.pointer, p.line) for p in report.problems] == [
        ("json.surrogate", "", 1),
        ("json.surrogate", "/b", 3),
    ]


def test_skipped_values_hold_brackets_quotes_and_escapes() -> None:
    text = (
        b'{"a": ["]", "\\"[", {"}": "{"}, [[]], -1.5e3, true],\n "b\\u005b": {"x": null},\n "c": 2}'
    )
    assert lines_of(text, [["c"], ["b["], ["b[", "x"], ["a", 4]]) == [3, 2, 2, 1]


def _values_scanned(monkeypatch: pytest.MonkeyPatch, items: int) -> int:
    """How many matches the line lookup makes to place a pointer into each of ``items`` items."""
    text = write({"items": [{"a": index, "b": [index] * 3} for index in range(items)]})
    calls = 0

    class Counting:
        def __init__(self, pattern: re.Pattern[bytes]) -> None:
            self.pattern = pattern

        def match(self, text: bytes, index: int) -> re.Match[bytes] | None:
            nonlocal calls
            calls += 1
            return self.pattern.match(text, index)

    for name in ("_WHITESPACE", "_STRING_REST", "_SCALAR", "_UP_TO_BRACKET"):
        monkeypatch.setattr(positions, name, Counting(getattr(positions, name)))
    lines = lines_of(text, [["items", index, "b"] for index in range(items)])
    assert lines == [5 + 8 * index for index in range(items)]
    return calls


def test_placing_every_problem_walks_the_text_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each pointer once cost a walk from the start: 1000 problems in 60 MB took 89 s."""
    small, large = _values_scanned(monkeypatch, 200), _values_scanned(monkeypatch, 400)
    assert large <= 2 * small + 2


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=15,
)


def _written_with_lines(value: Any, breaks: list[bool]) -> tuple[str, dict[tuple[str, ...], int]]:
    """``value`` as JSON text, each item or member on a new line or not (as ``breaks``
    says, in turn), and the line on which each value's path starts."""
    lines: dict[tuple[str, ...], int] = {}
    parts: list[str] = []
    line = 1

    def put(text: str) -> None:
        nonlocal line
        parts.append(text)
        line += text.count("\n")

    def write_value(value: Any, path: tuple[str, ...]) -> None:
        lines[path] = line
        if isinstance(value, (dict, list)):
            members = value.items() if isinstance(value, dict) else enumerate(value)
            put("{" if isinstance(value, dict) else "[")
            for number, (key, item) in enumerate(members):
                put(("," if number else "") + ("\n " if breaks and breaks.pop() else " "))
                if isinstance(value, dict):
                    put(json.dumps(key) + ":" + ("\n" if breaks and breaks.pop() else " "))
                write_value(item, (*path, str(key)))
            put("}" if isinstance(value, dict) else "]")
        else:
            put(json.dumps(value, ensure_ascii=False))

    write_value(value, ())
    return "".join(parts), lines


@given(JSON_VALUES, st.lists(st.booleans(), max_size=40))
def test_every_value_is_placed_on_its_line(value: Any, breaks: list[bool]) -> None:
    text, expected = _written_with_lines(value, breaks)
    paths = list(expected)
    assert lines_of(text.encode("utf-8", "surrogatepass"), paths) == list(expected.values())


def test_placing_problems_makes_no_copy_of_the_text() -> None:
    """Lines were found on a Latin-1 copy of the bytes: 30 MB more for a 30 MB text."""
    text = "Lorem ipsum dolor sit amet \u2014 " * 100_000
    data = write({"text": text, "items": [{"a": index} for index in range(1000)]})
    paths = [["items", index, "a"] for index in range(0, 1000, 10)] + [["text"]]
    tracemalloc.start()
    try:
        lines = lines_of(data, paths)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert lines[-1] == 2
    assert peak < len(data) / 10
