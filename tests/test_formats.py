"""newsmodel's IRI check gives jsonschema's verdicts, fast."""

from __future__ import annotations

import jsonschema
import pytest

from newsmodel.schema.formats import format_checker

CASES = [
    "https://oldtmt.vedomosti.ru/sitemap/free/1999/2/article/x/280006.html",
    "https://ex.com/ä?q=ü#frag",
    "https://例え.jp/パス",
    "mailto:editor@example.com",
    "urn:isbn:0451450523",
    "not a url",
    "https://ex.com/a b",
    "://no-scheme",
    "http://ex.com/%zz",
    "http://ex.com/<>",
    "",
]


@pytest.mark.parametrize("value", CASES)
def test_same_verdict_as_jsonschema(value: str) -> None:
    reference = jsonschema.Draft202012Validator.FORMAT_CHECKER
    assert format_checker().conforms(value, "iri") == reference.conforms(value, "iri")


def test_an_ipv6_host_is_an_iri() -> None:
    assert format_checker().conforms("http://[::1]:8080/path", "iri")


def test_other_formats_are_still_checked() -> None:
    checker = format_checker()
    assert not checker.conforms("1999-02-30", "date")
    assert checker.conforms("1999-02-28", "date")
