"""The limit on a document's number of values (``ReadLimits.max_values``, ``--max-values``).

A 63 MB file of ``[{},{},...]`` once took 2.2 GB and 24 s to refuse (as not an article): each value costs Python
some 50 to 100 bytes however few bytes of text it takes. The values are now counted on the
text before anything is built of it (issue 16, bounded memory).
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsmodel
from newsmodel.codec import ReadLimits, parse
from newsmodel.codec.fast_reading import holds_more_values
from newsmodel.codec.json_text import parse_reference
from newsmodel.errors import UnreadableDocumentError

REFERENCE = "space-agency-teams-with-arms-exporter"


def values_in(value: Any) -> int:
    """The values of ``value``, itself included (keys are not values)."""
    if isinstance(value, dict):
        return 1 + sum(map(values_in, value.values()))
    if isinstance(value, list):
        return 1 + sum(map(values_in, value))
    return 1


# Strings full of what the count looks for, so that counting inside them would show.
_TRICKY = st.sampled_from(["", ",", "[", "{", "[]", "{ }", '"', "\\", ',"[{\\"', "\n"])
_TEXT = st.text(st.characters(exclude_categories=("Cs",)))  # orjson refuses lone surrogates
_SCALARS = st.none() | st.booleans() | st.integers(-(10**6), 10**6) | _TRICKY | _TEXT
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(_TRICKY | _TEXT, inner),
    max_leaves=40,
)


def written(value: Any, layout: int) -> str:
    """``value`` written the ways JSON is: compact, spaced, indented (with empty arrays
    and objects across lines), or by orjson."""
    if layout == 0:
        return json.dumps(value, separators=(",", ":"))
    if layout == 1:
        return json.dumps(value)
    if layout == 2:
        return json.dumps(value, indent=1).replace("[]", "[\n ]").replace("{}", "{ \t}")
    return orjson.dumps(value).decode()


@given(_VALUES, st.integers(0, 3), st.integers(-3, 3))
def test_the_count_is_exact(value: Any, layout: int, off: int) -> None:
    """Whatever the strings hold and however the text is laid out, a document is over the
    limit exactly when it holds more values than the limit."""
    text = written(value, layout)
    limit = max(1, values_in(value) + off)
    expected = values_in(value) > limit
    assert holds_more_values(text, limit) is expected
    assert holds_more_values(text.encode(), limit) is expected


def test_the_reference_article_holds_as_many_values_as_counted() -> None:
    data = newsmodel.examples.read_bytes(REFERENCE)
    count = values_in(json.loads(data))
    assert parse(data, limits=ReadLimits(max_values=count)) == json.loads(data)
    with pytest.raises(UnreadableDocumentError) as caught:
        parse(data, limits=ReadLimits(max_values=count - 1))
    problem = caught.value.problems[0]
    assert (problem.code, problem.pointer) == ("json.too_many_values", "")
    assert problem.message == f"document holds more than {count - 1} values"


def test_commas_and_brackets_in_the_text_are_not_values() -> None:
    """A long text full of commas is not refused: only the values outside strings count."""
    document = json.loads(newsmodel.examples.read_bytes(REFERENCE))
    document["text"] += ", [{ " * 50_000
    data = json.dumps(document).encode()
    count = values_in(document)
    assert parse(data, limits=ReadLimits(max_values=count)) == document
    report = newsmodel.validate(data, limits=ReadLimits(max_values=count - 1))
    assert report.codes == ["json.too_many_values"]


@pytest.mark.parametrize("reader", [parse, parse_reference], ids=["parse", "reference"])
def test_both_readers_refuse_alike_with_the_line(reader: Any) -> None:
    """The line given for a JSON Lines record is reported, and the size limit comes first."""
    data = b"[" + b",".join([b"{}"] * 100) + b"]"
    with pytest.raises(UnreadableDocumentError) as caught:
        reader(data, limits=ReadLimits(max_values=100), line=7)
    assert [(p.code, p.line) for p in caught.value.problems] == [("json.too_many_values", 7)]
    with pytest.raises(UnreadableDocumentError) as caught:
        reader(data, limits=ReadLimits(max_values=100, max_bytes=100))
    assert caught.value.codes == ["json.too_large"]


def _memory_capped() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (300 << 20, 300 << 20))


@pytest.fixture(scope="module")
def empties(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three million empty objects in 9 MB of text, some 250 MB once read."""
    path = tmp_path_factory.mktemp("empties") / "empties.json"
    path.write_bytes(b"[" + b",".join([b"{}"] * 3_000_000) + b"]")
    return path


def validate_capped(*arguments: str) -> subprocess.CompletedProcess[bytes]:
    """``newsmodel validate`` with its memory capped at 300 MiB (the reference article
    takes under 200)."""
    return subprocess.run(
        [sys.executable, "-m", "newsmodel", "validate", *arguments],
        capture_output=True,
        timeout=120,
        check=False,
        preexec_fn=_memory_capped,
    )


def test_validate_refuses_many_small_values_in_bounded_memory(empties: Path) -> None:
    """Counted on the text, the values are refused before they are built."""
    done = validate_capped(str(empties))
    assert done.returncode == 3, done.stderr
    assert b"/: json.too_many_values document holds more than 1000000 values" in done.stdout


def test_running_out_of_memory_while_reading_is_one_line_and_exit_3(empties: Path) -> None:
    """With the limit raised, the same file runs out of memory in orjson, which raises a
    SystemError (caused by the MemoryError): that was a traceback and status 1."""
    done = validate_capped("--max-values", "10000000", str(empties))
    assert (done.returncode, done.stderr) == (3, b"newsmodel: out of memory\n")


def test_the_command_line_takes_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "article.json"
    path.write_bytes(newsmodel.examples.read_bytes(REFERENCE))
    count = values_in(json.loads(path.read_bytes()))
    for limit, status in [(count, 0), (count - 1, 3)]:
        command = [sys.executable, "-m", "newsmodel", "validate", "-q", str(path)]
        done = subprocess.run([*command, "--max-values", str(limit)], check=False)
        assert done.returncode == status
