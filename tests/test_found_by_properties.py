"""Regression tests for the bugs the property-based tests found, one example each.

Each names the property that found it, so that the example stays even if the strategies
change and stop reaching it.
"""

from __future__ import annotations

import json
import re
import time

import jsonschema
import pytest

import newsmodel
from newsmodel import Article, Person, Segment, SegmentRole
from newsmodel.codec import structure, unstructure
from newsmodel.schema import registry
from newsmodel.schema.formats import is_iri
from newsmodel.versions import BUNDLE_SCHEMA, schema_url


def small_article(**changes: object) -> Article:
    text = "Koptev said."
    fields: dict[str, object] = {
        "id": "urn:x",
        "language": "en",
        "text": text,
        "segments": (Segment(role=SegmentRole.PARAGRAPH, start=0, end=len(text)),),
    }
    fields.update(changes)
    return Article(**fields)  # type: ignore[arg-type]


# Found by test_model_objects_match_their_schema_definition[Person] (and every entity
# class): unstructure() wrote an entity without its "type", which its schema definition
# requires, and structure() refused an entity that carried it.


def test_an_entity_written_on_its_own_carries_its_type() -> None:
    person = Person(id="koptev", name="Yury Koptev")
    data = unstructure(person)
    assert next(iter(data.items())) == ("type", "person")
    definition = {"$ref": f"{schema_url(file_name=BUNDLE_SCHEMA)}#/$defs/Person"}
    assert not list(
        jsonschema.Draft202012Validator(definition, registry=registry()).iter_errors(data)
    )
    assert structure(data, Person) == person


def test_an_entity_read_with_another_entitys_type_is_refused() -> None:
    with pytest.raises(ValueError, match=re.escape("expected type 'person', got 'place'")):
        structure({"type": "place", "id": "koptev", "name": "Yury Koptev"}, Person)


# Found by test_what_the_schema_accepts_structures_or_gets_a_rule_code: JSON Schema counts
# 3.0 as an integer, so a document with "end": 12.0 passed the schema stage and then the
# rules sliced the text with a float and crashed with a TypeError.


@pytest.mark.parametrize(
    "where", [("segments", 0, "end"), ("entities", 0, "mentions", 0, "anchor", "end")]
)
def test_an_offset_written_as_an_integral_float_is_read_as_an_integer(where: tuple) -> None:
    from newsmodel import Anchor, Mention, MentionKind

    article = small_article(
        entities=(
            Person(
                id="koptev",
                name="Yury Koptev",
                mentions=(Mention(anchor=Anchor.of("Koptev said.", 0, 6), kind=MentionKind.NAME),),
            ),
        )
    )
    document = unstructure(article)
    node = document
    for part in where[:-1]:
        node = node[part]
    node[where[-1]] = float(node[where[-1]])
    assert newsmodel.validate(document).problems == ()
    assert newsmodel.loads(json.dumps(document)) == article


def test_an_integral_float_offset_out_of_range_is_a_rule_finding_not_a_crash() -> None:
    document = unstructure(small_article())
    document["segments"][0]["end"] = 99.0
    assert newsmodel.validate(document).codes == ["segment.order"]


# Found by test_every_generated_document_passes_the_schema_and_every_rule: the "iri" format
# check jsonschema[format-nongpl] uses refused IRIs with characters outside the Basic
# Multilingual Plane, which RFC 3987 allows, and took some 20 ms per IRI.


@pytest.mark.parametrize(
    "iri",
    [
        "https://example.org/\U0001f600",  # an emoji: ucschar %x10000-1FFFD
        "http://ƒøø.ßår/𐌀",  # the JSON Schema Test Suite's case
        "http://[2001:db8::1]/",  # a compressed IPv6 host
        "https://example.org/?q=\U000f0000",  # supplementary private use, in the query
        "https://example.org/café?q=中文#§",
        "urn:isbn:0-486-27557-4",
    ],
)
def test_valid_iris_pass(iri: str) -> None:
    assert is_iri(iri)
    article = small_article(url=iri)
    assert newsmodel.validate(article).problems == ()


@pytest.mark.parametrize(
    "not_iri",
    [
        "https://example.org/a b",
        "https://example.org/\n",
        "https://example.org/\U000f0000",  # private use outside the query
        "https://example.org/\ufffe",  # a noncharacter
        "//example.org/relative",
        "example",
        "https://example.org/%zz",
    ],
)
def test_invalid_iris_fail(not_iri: str) -> None:
    assert not is_iri(not_iri)
    assert newsmodel.validate(small_article(url=not_iri)).codes == ["schema.format"]


def test_checking_an_iri_is_fast() -> None:
    start = time.perf_counter()
    for index in range(1000):
        is_iri(f"https://example.org/news/{index}/café?page={index}#top")
    assert time.perf_counter() - start < 1.0  # rfc3987-syntax took some 20 s for these


# Found by test_a_mutation_is_rejected_with_the_expected_code[break_a_pattern]: jsonschema
# evaluates "pattern" with Python's re, whose "$" matches before a final newline and whose
# "." matches CR and U+2028, so "en\n" passed as a language tag; JSON Schema's patterns are
# ECMA-262 regexes, which refuse it.


@pytest.mark.parametrize(
    ("where", "value"),
    [
        (("language",), "en\n"),
        (("id",), "urn:x"),  # the article id has no pattern: anything non-empty goes
        (("times", 0, "value"), "1998\n"),
        (("times", 0, "id"), "t1\n"),
        (("quantities", 0, "currency"), "USD\n"),
        (("quantities", 0, "time"), "t1\n"),
    ],
)
def test_a_value_with_a_pattern_may_not_end_in_a_newline(where: tuple, value: str) -> None:
    from newsmodel import Anchor, Quantity, TimeExpression, TimexType

    article = small_article(
        times=(TimeExpression(id="t1", type=TimexType.DATE, value="1998"),),
        quantities=(
            Quantity(id="q1", anchor=Anchor.of("Koptev said.", 0, 6), currency="USD", time="t1"),
        ),
    )
    document = unstructure(article)
    node = document
    for part in where[:-1]:
        node = node[part]
    node[where[-1]] = value
    problems = [(p.code, p.pointer) for p in newsmodel.validate(document).problems]
    if where == ("id",):
        assert problems == []
    else:
        assert ("schema.pattern", "/" + "/".join(map(str, where))) in problems


@pytest.mark.parametrize("ending", ["\n", "\r", "\u2028", "\u2029"])
def test_an_extension_key_may_not_end_in_a_line_terminator(ending: str) -> None:
    document = unstructure(small_article(extensions={"acme:score": 1}))
    document["extensions"] = {"acme:score" + ending: 1}
    assert newsmodel.validate(document).codes == ["schema.property_names"]
