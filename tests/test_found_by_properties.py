"""Regression tests for the bugs the property-based tests found, one example each.

Each names the property that found it, so that the example stays even if the strategies
change and stop reaching it.
"""

from __future__ import annotations

import re

import jsonschema
import pytest

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
