"""IPTC ninjs out (3.1, 2.2; valid against the official schemas) and in (3.x, 2.x, 1.x)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from interchange_data import SHARED, fixture, shared_files
from referencing import Registry, Resource

from newsmodel import loads
from newsmodel.examples import __file__ as examples_init
from newsmodel.interchange import ConversionError, export_ninjs, import_ninjs
from newsmodel.model import Person, SegmentRole
from newsmodel.validation import validate

REFERENCE = Path(examples_init).parent / "space-agency-teams-with-arms-exporter.json"
SCHEMAS = SHARED / "interop/ninjs/schemas"


def official_validator(version: str) -> jsonschema.protocols.Validator:
    """The official ninjs schema of ``version``, with GeoJSON registered locally (offline)."""
    if not SCHEMAS.is_dir():
        pytest.skip(f"the official ninjs schemas are not in {SCHEMAS}")
    geojson = json.loads((SCHEMAS / "GeoJSON-schema.json").read_text(encoding="utf-8"))
    schema = json.loads((SCHEMAS / f"ninjs-schema_{version}.json").read_text(encoding="utf-8"))
    registry: Registry[Any] = Registry().with_resource(
        geojson["$id"], Resource.from_contents(geojson)
    )
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, registry=registry, format_checker=cls.FORMAT_CHECKER)


@pytest.mark.parametrize("version", ["3.1", "2.2"])
def test_the_reference_article_exports_valid_ninjs(version: str) -> None:
    article = loads(REFERENCE.read_bytes())
    converted = export_ninjs(article, version)
    errors = list(official_validator(version).iter_errors(converted.value))
    assert errors == []
    item = converted.value
    assert item["uri"] == article.id
    assert item["headlines"] == [{"role": "main", "value": article.headline}]
    # What ninjs cannot hold is reported: claims, quotations, roles, a date known to the month.
    reported = {p.pointer for p in converted.losses}
    assert {"/claims/0", "/attributions/0", "/entities/0/roles"} <= reported
    assert "/times/0" in reported  # '1999-02': a date known only to the month


def test_ninjs_2_writes_its_keys_in_lower_case() -> None:
    item = export_ninjs(loads(REFERENCE.read_bytes()), "2.2").value
    assert "contenttype" in item["bodies"][0]
    assert all(key == key.lower() for key in item)


def test_an_item_of_our_own_in_three_versions_gives_one_document() -> None:
    documents = [import_ninjs(fixture(f"tiny-ninjs-{v}.json")).value for v in ("1.6", "2.2", "3.1")]
    assert documents[0] == documents[1] == documents[2]
    article = documents[0]
    assert validate(article).valid
    assert article.headline == "Harbor deal signed"
    assert article.paragraphs == ("The port & the yard signed.", "Work starts in May.")
    assert [s.role for s in article.segments] == [
        SegmentRole.HEADLINE,
        SegmentRole.BYLINE,
        SegmentRole.PARAGRAPH,
        SegmentRole.PARAGRAPH,
    ]
    [person] = [e for e in article.entities if isinstance(e, Person)]
    assert person.same_as == ("https://www.wikidata.org/wiki/Q1",)
    assert article.by_id()[article.filed_from or ""].name == "Harbor Town"


def test_what_the_import_does_not_read_is_reported() -> None:
    losses = import_ninjs(fixture("tiny-ninjs-3.1.json")).losses
    assert ("interchange.dropped", "/copyrightNotice") in {(p.code, p.pointer) for p in losses}
    assert ("interchange.approximated", "/bodies/0") in {(p.code, p.pointer) for p in losses}


def test_an_item_without_uri_or_text_is_a_coded_error() -> None:
    with pytest.raises(ConversionError) as caught:
        import_ninjs({"type": "text"})
    assert [(p.code, p.pointer) for p in caught.value.errors] == [("interchange.missing", "/uri")]
    with pytest.raises(ConversionError) as caught:
        import_ninjs({"uri": "urn:x:1", "type": "picture"})
    assert [p.code for p in caught.value.errors] == ["interchange.missing"]


def test_export_then_import_keeps_the_text_and_its_paragraphs() -> None:
    article = loads(REFERENCE.read_bytes())
    again = import_ninjs(export_ninjs(article, "3.1").value).value
    assert again.paragraphs == article.paragraphs
    assert again.headline == article.headline


def items_of(path: Path) -> list[Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return data if isinstance(data, list) else [data]


def test_the_real_ninjs_files_give_documents_or_coded_errors() -> None:
    files = shared_files("interop/ninjs/examples", "realdata/ninjs", patterns=("*.json",))
    assert len(files) == 11
    valid, refused, items = 0, 0, 0
    for path in files:
        for item in items_of(path):
            items += 1
            try:
                article = import_ninjs(item).value
            except ConversionError:
                refused += 1
                continue
            assert validate(article).valid, path.name
            assert article.text
            valid += 1
    # Measured: every item of the 11 files (24 items: the collection holds 14) imports.
    assert (valid, refused, items) == (24, 0, 24)


def test_the_same_real_story_in_several_versions_gives_the_same_document() -> None:
    examples = SHARED / "interop/ninjs/examples"
    real = SHARED / "realdata/ninjs"
    shared_files("interop/ninjs/examples", "realdata/ninjs")
    for group in (
        [examples / f"ninjs-{v}_005_complex_text_article.json" for v in ("1.6", "2.2", "3.1")],
        [real / f"iptc-newsinjson_ntb_text_{v}.json" for v in ("2.1", "3.0")],
    ):
        documents = [import_ninjs(items_of(path)[0]).value for path in group]
        assert all(attrs.asdict(d) == attrs.asdict(documents[0]) for d in documents), group


def test_a_real_nitf_body_becomes_the_text_with_its_segments() -> None:
    [path] = [p for p in shared_files("realdata/ninjs", patterns=("*.json",)) if "nitf" in p.name]
    article = import_ninjs(items_of(path)[0]).value
    assert (
        article.headline
        == "Anti-doping measures at the 'Tour Down Under' will be the toughest ever"
    )
    assert len(article.paragraphs) > 5
    assert "<" not in (article.text or "")
