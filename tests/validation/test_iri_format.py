"""The fast ``iri`` format check agrees with jsonschema's own (rfc3987-syntax)."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from rfc3987_syntax import is_valid_syntax_iri

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


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=12).map("".join))
@example("https://example.org/entity/nordvik-v%C3%A6rft")
@example("https://ex.org/værft?q=\ue000#top")
@example("not a url")
def test_the_fast_iri_check_agrees_with_rfc3987_syntax(candidate: str) -> None:
    assert is_iri(candidate) == is_valid_syntax_iri(candidate)


@pytest.mark.parametrize("value", ["http://[::1]/x", "https://example.org", "urn:isbn:0451450523"])
def test_valid_iris_pass(value: str) -> None:
    assert format_checker().conforms(value, "iri")


@pytest.mark.parametrize("value", ["not a url", "https://ex.org/\ue000", "//ex.org", "http://%zz"])
def test_invalid_iris_fail(value: str) -> None:
    assert not format_checker().conforms(value, "iri")
