"""The committed schemas are exactly what the classes generate, and are sound 2020-12 schemas."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import referencing.exceptions

from newsmodel.schema import differences, generate, registry, validator
from newsmodel.versions import (
    BUNDLE_SCHEMA,
    CURRENT_VERSION,
    KNOWN_VERSIONS,
    ROOT_SCHEMA,
    schema_url,
)

REPOSITORY_SCHEMAS = Path(__file__).resolve().parents[1] / "schemas"
FILES = sorted((REPOSITORY_SCHEMAS / CURRENT_VERSION).glob("*.json"))


def test_committed_schemas_are_what_the_classes_generate() -> None:
    assert differences(REPOSITORY_SCHEMAS) == []


def test_every_known_version_has_a_folder_and_nothing_else_does() -> None:
    folders = sorted(p.name for p in REPOSITORY_SCHEMAS.iterdir() if p.is_dir())
    assert folders == sorted(KNOWN_VERSIONS)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_each_file_is_a_valid_2020_12_schema_with_its_own_url(path: Path) -> None:
    schema = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == schema_url(path.parent.name, path.name)


def _walk(node: Any) -> list[dict[str, Any]]:
    found = []
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            found.append(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


def test_every_object_schema_is_closed_and_every_property_described() -> None:
    for schema in generate().values():
        for node in _walk(schema):
            if node.get("type") == "object" and "properties" in node:
                if "allOf" in node:
                    continue  # a union: each branch it dispatches to is closed
                assert node["additionalProperties"] is False, node.get("title")
                for key, prop in node["properties"].items():
                    assert prop.get("description"), f"{node.get('title')}.{key}"


def test_every_reference_resolves_inside_the_bundled_files() -> None:
    for path in FILES:
        schema = json.loads(path.read_text(encoding="utf-8"))
        resolver = registry().resolver(base_uri=schema["$id"])
        for node in _walk(schema):
            if "$ref" in node:
                resolver.lookup(node["$ref"])  # raises when it points outside


def test_the_bundle_refers_to_nothing_outside_itself() -> None:
    bundle = generate()[BUNDLE_SCHEMA]
    refs = [node["$ref"] for node in _walk(bundle) if "$ref" in node]
    assert refs
    assert all(ref.startswith("#") for ref in refs)


def test_an_unknown_reference_is_an_error_not_a_download() -> None:
    with pytest.raises(referencing.exceptions.Unresolvable):
        registry().resolver().lookup("https://example.com/not-bundled.json")


def test_the_bundle_and_the_split_files_give_the_same_verdicts() -> None:
    bundle = jsonschema.Draft202012Validator(
        generate()[BUNDLE_SCHEMA], format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    split = validator(CURRENT_VERSION)
    documents: list[Any] = [
        {},
        {"$schema": schema_url(), "id": "x", "language": "en", "text": "t", "segments": []},
        {
            "$schema": schema_url(),
            "id": "x",
            "language": "en",
            "text": "Bob",
            "segments": [{"role": "paragraph", "start": 0, "end": 3}],
            "entities": [{"type": "person", "id": "b", "name": "Bob", "nmae": "typo"}],
        },
        {
            "$schema": schema_url(),
            "id": "x",
            "language": "en",
            "text": "Bob",
            "segments": [{"role": "paragraph", "start": 0, "end": 3}],
            "entities": [{"type": "place", "id": "b", "name": "Bob"}],
        },
    ]
    for document in documents:
        assert bundle.is_valid(document) == split.is_valid(document)
        bundle_paths = sorted(list(e.absolute_path) for e in bundle.iter_errors(document))
        split_paths = sorted(list(e.absolute_path) for e in split.iter_errors(document))
        assert bundle_paths == split_paths


def test_errors_point_at_the_wrong_field_not_at_the_union() -> None:
    document = {
        "$schema": schema_url(),
        "id": "x",
        "language": "en",
        "text": "Bob",
        "segments": [{"role": "paragraph", "start": 0, "end": 3}],
        "entities": [{"type": "person", "id": "b", "name": 7}],
    }
    errors = list(validator(CURRENT_VERSION).iter_errors(document))
    assert [list(e.absolute_path) for e in errors] == [["entities", 0, "name"]]
    assert errors[0].validator == "type"


def test_root_schema_names_its_own_version() -> None:
    root = generate()[ROOT_SCHEMA]
    assert root["properties"]["$schema"]["const"] == root["$id"]
    assert "$schema" in root["required"]


def test_formats_are_checked_not_silently_skipped() -> None:
    # Without jsonschema's format extras, "format" is ignored and a bad URL passes.
    document = {
        "$schema": schema_url(),
        "id": "x",
        "url": "not a url",
        "language": "en",
        "text": "Bob",
        "segments": [{"role": "paragraph", "start": 0, "end": 3}],
    }
    errors = list(validator(CURRENT_VERSION).iter_errors(document))
    assert [(e.validator, list(e.absolute_path)) for e in errors] == [("format", ["url"])]
