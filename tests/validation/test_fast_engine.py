"""The fast schema engine (jsonschema-rs) gives the detailed engine's verdict, always.

Its verdict decides whether the detailed engine runs at all, so a document it wrongly
passed would lose its problems. Equality is checked on every document of the bad-input
corpus, the examples, the pattern and format edge cases, and the property tests'
mutations; and a report is the same with and without the fast engine.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import newsmodel
from newsmodel import Article
from newsmodel.codec import ReadLimits, json_value_problems, parse, unstructure
from newsmodel.errors import UnreadableDocumentError
from newsmodel.schema import fast_engine
from newsmodel.schema.fast_engine import fast_validator
from newsmodel.schema.formats import is_date
from newsmodel.schema.registry import validator
from newsmodel.strategies import articles
from newsmodel.validation import validate_parsed
from newsmodel.validation.schema_stage import schema_problems, version_problems
from test_properties_mutations import MUTATIONS, NotApplicable, random_edit

CORPUS = Path(__file__).parents[1] / "corpus"
REFERENCE = "space-agency-teams-with-arms-exporter"
CURRENT = newsmodel.CURRENT_VERSION


def assert_same_verdict(document: Any) -> None:
    version, _ = version_problems(document)
    if version is None:
        return  # no schema to check against: neither engine runs
    fast = fast_validator(version)
    assert fast is not None
    detailed = not any(True for _ in validator(version).iter_errors(document))
    verdict = fast(document)
    if verdict is not detailed and _holds_int_beyond_double(document):
        # The one value the engines judge apart, which the reader refuses before any
        # schema sees it (see the test below): the fast engine says invalid, and the
        # detailed engine decides.
        assert verdict is False
        return
    assert verdict is detailed, document


def _holds_int_beyond_double(document: Any) -> bool:
    return any(problem.code == "json.number_range" for problem in json_value_problems(document))


def corpus_documents() -> list[tuple[str, Any]]:
    found = []
    limits = ReadLimits(max_bytes=65536, max_depth=64)
    for path in sorted(CORPUS.glob("*/*/*.json*")):
        data = path.read_bytes()
        chunks = data.split(b"\n") if path.suffix == ".jsonl" else [data]
        for number, chunk in enumerate(chunks, 1):
            try:
                found.append((f"{path.name}:{number}", parse(chunk, limits=limits)))
            except UnreadableDocumentError:
                continue  # not JSON that newsmodel reads: no schema stage at all
    return found


CORPUS_DOCUMENTS = corpus_documents()


def test_the_corpus_has_documents_of_both_verdicts() -> None:
    verdicts = set()
    for _, document in CORPUS_DOCUMENTS:
        version, _ = version_problems(document)
        if version is not None:
            verdicts.add(fast_validator(version)(document))  # type: ignore[misc]
    assert verdicts == {True, False}


@pytest.mark.parametrize(
    "document", [d for _, d in CORPUS_DOCUMENTS], ids=[n for n, _ in CORPUS_DOCUMENTS]
)
def test_same_verdict_on_the_corpus(document: Any) -> None:
    assert_same_verdict(document)


@pytest.mark.parametrize("name", newsmodel.examples.names())
def test_same_verdict_on_the_examples(name: str) -> None:
    assert_same_verdict(json.loads(newsmodel.examples.read_bytes(name)))


def reference() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(newsmodel.examples.read_bytes(REFERENCE))
    return document


# ECMA-262's "." refuses CR, U+2028 and U+2029, which Rust's accepts; "$" ends the text.
EXTENSION_KEYS = ["acme:x", "acme:\r", "acme:\u2028", "acme:x\u2029", "acme:\n", "acme:\x85"]


@pytest.mark.parametrize("key", EXTENSION_KEYS, ids=repr)
def test_same_verdict_on_ecma_262_patterns(key: str) -> None:
    document = reference()
    document["extensions"] = {key: 1}
    assert_same_verdict(document)


@pytest.mark.parametrize("language", ["en", "en\n", "en-GB\r", "EN-gb", "e", "en-\u0130"])
def test_same_verdict_on_anchored_patterns(language: str) -> None:
    document = reference()
    document["language"] = language
    assert_same_verdict(document)


@pytest.mark.parametrize(
    "value", ["2024-02-29", "2023-02-29", "2024-1-05", "2024-01-05\n", "2024-01-05T00:00Z", ""]
)
def test_same_verdict_on_the_date_format(value: str) -> None:
    document = reference()
    document["datePublished"] = value
    assert_same_verdict(document)


@pytest.mark.parametrize(
    "value", ["https://example.org/ä", "https://exa mple.org", "urn:x", "no-scheme", "http://\n"]
)
def test_same_verdict_on_the_iri_format(value: str) -> None:
    document = reference()
    document["url"] = value
    assert_same_verdict(document)


# Integral floats count as integers only within double precision, for both engines.
@pytest.mark.parametrize("value", [3.0, 2**53, 2.0**53, 2.0**53 + 2, 1e308, -1e308, True, -1, 1.5])
def test_same_verdict_on_numbers(value: object) -> None:
    document = reference()
    document["entities"][0]["mentions"][0]["anchor"]["start"] = value
    assert_same_verdict(document)


@pytest.mark.parametrize("value", [2**53 + 1, 2**70])
def test_an_int_beyond_double_precision_gets_the_detailed_engines_problems(value: int) -> None:
    # The reader refuses such an int before any schema sees it; given one directly, the
    # fast engine says invalid and the detailed engine's answer (an integer) stands.
    document = reference()
    document["entities"][0]["mentions"][0]["anchor"]["start"] = value
    assert fast_validator(CURRENT)(document) is False  # type: ignore[misc]
    assert not any(True for _ in validator(CURRENT).iter_errors(document))
    assert list(schema_problems(document)) == []


@given(article=articles(), data=st.data())
def test_same_verdict_under_the_mutations(article: Article, data: Any) -> None:
    assert_same_verdict(unstructure(article))
    for mutate in MUTATIONS:  # each on its own copy, as the mutation tests do
        document = unstructure(article)
        try:
            mutate(document, data)
        except NotApplicable:
            continue
        assert_same_verdict(document)


@given(article=articles(), data=st.data())
def test_same_verdict_under_random_edits(article: Article, data: Any) -> None:
    document: Any = unstructure(article)
    for _ in range(data.draw(st.integers(1, 3))):
        document = random_edit(document, data)
        assert_same_verdict(document)


def test_reports_are_the_same_without_the_fast_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    documents = [document for _, document in CORPUS_DOCUMENTS]
    with_engine = [validate_parsed(copy.deepcopy(d)) for d in documents]
    monkeypatch.setattr("newsmodel.validation.schema_stage.fast_validator", lambda version: None)
    assert [validate_parsed(d) for d in documents] == with_engine


def test_without_jsonschema_rs_there_is_no_fast_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "jsonschema_rs", None)
    fast_engine.fast_validator.cache_clear()
    try:
        assert fast_validator(CURRENT) is None
        assert not newsmodel.validate(newsmodel.examples.read_bytes(REFERENCE)).problems
    finally:
        fast_engine.fast_validator.cache_clear()


def test_a_value_the_fast_engine_cannot_take_is_left_to_the_detailed_one() -> None:
    document = reference()
    document["entities"][0]["mentions"][0]["anchor"]["start"] = object()
    with pytest.raises(ValueError, match="Unsupported type"):
        fast_validator(CURRENT)(document)  # type: ignore[misc]
    codes = {problem.code for problem in schema_problems(document)}
    assert codes == {"schema.type"}


def test_a_valid_document_is_checked_without_importing_the_detailed_engine() -> None:
    # What "newsmodel validate" of one small valid file costs is mostly imports.
    code = (
        "import sys, newsmodel\n"
        f"report = newsmodel.validate(newsmodel.examples.read_bytes({REFERENCE!r}))\n"
        "assert report.valid, report.problems\n"
        "print(sorted(m for m in ('jsonschema', 'referencing') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


@given(st.one_of(st.dates().map(str), st.text("0123456789-", max_size=12), st.text(max_size=12)))
@example("2023-02-29")
@example("2024-02-29")
@example("2024-01-05\n")
@example("\uff12024-01-05")
def test_the_date_check_is_jsonschemas_own(value: str) -> None:
    assert is_date(value) is jsonschema.Draft202012Validator.FORMAT_CHECKER.conforms(value, "date")
