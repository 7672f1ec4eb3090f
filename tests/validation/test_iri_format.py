"""The fast ``iri`` format check agrees with jsonschema's own (rfc3987-syntax).

rfc3987-syntax is in the ``interop`` extra, not the test one, since jsonschema imports it
(over a second) in every process wherever it is installed; ``.ci/run`` runs this module
again after installing that extra, so that the comparison is never skipped in CI.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsmodel.schema import bundled_schemas
from newsmodel.schema.formats import format_checker, is_iri

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


@pytest.mark.skipif(
    importlib.util.find_spec("rfc3987_syntax") is None,
    reason="rfc3987-syntax comes with the interop extra",
)
@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=12).map("".join))
@example("https://example.org/entity/nordvik-v%C3%A6rft")
@example("https://ex.org/værft?q=\ue000#top")
@example("not a url")
def test_the_fast_iri_check_agrees_with_rfc3987_syntax(candidate: str) -> None:
    from rfc3987_syntax import is_valid_syntax_iri

    assert is_iri(candidate) == is_valid_syntax_iri(candidate)


@pytest.mark.parametrize("value", ["http://[::1]/x", "https://example.org", "urn:isbn:0451450523"])
def test_valid_iris_pass(value: str) -> None:
    assert format_checker().conforms(value, "iri")


@pytest.mark.parametrize("value", ["not a url", "https://ex.org/\ue000", "//ex.org", "http://%zz"])
def test_invalid_iris_fail(value: str) -> None:
    assert not format_checker().conforms(value, "iri")


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
