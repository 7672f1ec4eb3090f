"""The fast ``iri`` format check agrees with jsonschema's own (rfc3987-syntax).

rfc3987-syntax is in the ``interop`` extra, not the test one, since jsonschema imports it
(over a second) in every process wherever it is installed; ``.ci/run`` runs this module
again after installing that extra, so that the comparison is never skipped in CI.
"""

from __future__ import annotations

import importlib.util
import json
import tracemalloc
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel import examples
from newsmodel.schema import bundled_schemas
from newsmodel.schema.formats import MAX_IRI_LENGTH, _as_uri, format_checker, is_iri

EXAMPLE = "space-agency-teams-with-arms-exporter"

needs_rfc3987_syntax = pytest.mark.skipif(
    importlib.util.find_spec("rfc3987_syntax") is None,
    reason="rfc3987-syntax comes with the interop extra",
)

# IP literals are left out: rfc3987-syntax refuses "http://[::1]/", which RFC 3987 allows.
PIECES = st.sampled_from(
    [
        "http",
        "https",
        "urn",
        ":",
        "//",
        "/",
        "?",
        "#",
        "%20",
        "%zz",
        "%",
        "a",
        "Z",
        "0",
        "-",
        ".",
        "_",
        "~",
        "!",
        "$",
        "&",
        "'",
        "(",
        ")",
        "*",
        "+",
        ",",
        ";",
        "=",
        "@",
        " ",
        "é",
        "\u00a0",
        "\ue000",
        "\ufffe",
        "\U0001f600",
        "\\",
        "<",
        '"',
        "{",
        "|",
        "^",
        "`",
    ]
)


@needs_rfc3987_syntax
@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=12).map("".join))
@example("https://example.org/entity/nordvik-v%C3%A6rft")
@example("https://ex.org/værft?q=\ue000#top")
@example("not a url")
def test_the_fast_iri_check_agrees_with_rfc3987_syntax(candidate: str) -> None:
    from rfc3987_syntax import is_valid_syntax_iri

    # rfc3987-syntax 1.1.0 refuses every character beyond the BMP, which RFC 3987's
    # ucschar (%x10000-1FFFD ...) allows; those are checked against the RFC below.
    assume(candidate.isascii() or max(map(ord, candidate)) <= 0xFFFF)
    assert is_iri(candidate) == is_valid_syntax_iri(candidate)


@pytest.mark.parametrize(
    "iri", ["http:\U0001f600", "https://x.org/\U00010000", "http://x/a\U0001fffd"]
)
def test_characters_beyond_the_bmp_are_ucschar(iri: str) -> None:
    assert is_iri(iri)


# Found by the property tests: a test of its own, so that it stays if the strategies change.
_IRI_PIECES = st.sampled_from(
    [*"abcXYZ019:/?#@!$&'()*+,;=-._~% é中\ue000\ufffe\n", "%41", "https://", "http://a.b", "//"]
)


@needs_rfc3987_syntax
@given(st.lists(_IRI_PIECES, max_size=12).map("".join))
def test_is_iri_agrees_with_rfc3987_syntax_within_the_bmp(candidate: str) -> None:
    # rfc3987-syntax is right within the Basic Multilingual Plane, but for IP literals
    # (no brackets among these pieces); is_iri must agree with it there.
    from rfc3987_syntax import is_valid_syntax

    assert is_iri(candidate) == bool(is_valid_syntax("iri", candidate))


@pytest.mark.parametrize("value", ["http://[::1]/x", "https://example.org", "urn:isbn:0451450523"])
def test_valid_iris_pass(value: str) -> None:
    assert format_checker().conforms(value, "iri")


@pytest.mark.parametrize("value", ["not a url", "https://ex.org/\ue000", "//ex.org", "http://%zz"])
def test_invalid_iris_fail(value: str) -> None:
    assert not format_checker().conforms(value, "iri")


def test_an_address_over_the_length_limit_is_a_coded_problem() -> None:
    document = json.loads(examples.read_bytes(EXAMPLE))
    document["url"] = "https://example.org/" + "a" * MAX_IRI_LENGTH
    report = newsmodel.validate(json.dumps(document))
    assert [(p.code, p.pointer) for p in report.problems] == [("schema.format", "/url")]
    assert f"the limit is {MAX_IRI_LENGTH}" in report.problems[0].message
    assert len(report.problems[0].message) < 100


def test_an_address_at_the_limit_is_checked() -> None:
    url = "https://example.org/" + "é" * (MAX_IRI_LENGTH - len("https://example.org/"))
    assert is_iri(url)
    assert not is_iri(url + "é")


def _peak_memory(function: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        function()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("run", ["é", "\U0001f600", "a"])
def test_mapping_an_iri_builds_no_string_per_character(run: str) -> None:
    """The mapping once built a string per character: ~715 bytes per emoji (issue 16)."""
    url = "https://example.org/" + run * (MAX_IRI_LENGTH - 20)
    assert _as_uri(url) is not None
    # The mapped URI is ASCII, three bytes per character, built from one string per run:
    # a few bytes per character in all, where a string per character costs fifty or more.
    assert _peak_memory(lambda: _as_uri(url)) < 8 * len(url)


def test_an_address_beyond_the_limit_costs_no_work() -> None:
    url = "https://example.org/" + "\U0001f600" * (10 * MAX_IRI_LENGTH)
    assert _peak_memory(lambda: is_iri(url)) < 64 * 1024
    assert not is_iri(url)


def test_iprivate_is_allowed_in_the_query_only_not_the_fragment() -> None:
    assert is_iri("https://ex.org/?q=\ue000")
    assert not is_iri("https://ex.org/#f?\ue000")


def _formats(schema: Any) -> Iterator[str]:
    if isinstance(schema, dict):
        if isinstance(schema.get("format"), str):
            yield schema["format"]
        for value in schema.values():
            yield from _formats(value)
    elif isinstance(schema, list):
        for value in schema:
            yield from _formats(value)


def test_every_format_the_schemas_name_is_declared() -> None:
    # A format nobody declared would be silently unchecked: jsonschema ignores it.
    named = {
        name
        for version in bundled_schemas().iterdir()
        if version.is_dir()
        for file in version.iterdir()
        if file.name.endswith(".json")
        for name in _formats(json.loads(file.read_text(encoding="utf-8")))
    }
    assert named
    assert named <= set(format_checker().checkers)


def test_a_date_is_checked_as_a_calendar_date() -> None:
    assert format_checker().conforms("2024-02-29", "date")
    assert not format_checker().conforms("2023-02-29", "date")
