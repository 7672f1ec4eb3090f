"""Regression tests for the bugs the property-based tests found, one example each.

Each names the property that found it, so that the example stays even if the strategies
change and stop reaching it.
"""

from __future__ import annotations

import json
import re

import jsonschema
import pytest

import newsmodel
from newsmodel import Article, Person, Segment, SegmentRole
from newsmodel.codec import structure, unstructure
from newsmodel.schema import registry
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
