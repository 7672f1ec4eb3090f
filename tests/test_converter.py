"""The codec: camelCase keys, no nulls or empty lists, unknown keys refused, exact numbers."""

from __future__ import annotations

import json
from typing import Any

import attrs
import cattrs
import pytest

import newsmodel
from newsmodel.codec import structure, unstructure
from newsmodel.examples.small import TEXT
from newsmodel.model import Anchor, Article, Place, Quantity, TimeExpression, TimexType


def small_article(**changes: Any) -> Article:
    """The shared small article, with some of its fields replaced."""
    return attrs.evolve(newsmodel.examples.small_article(), **changes)


def test_json_keys_are_camel_case_and_schema_comes_first() -> None:
    data = unstructure(
        small_article(times=(TimeExpression(id="t", type=TimexType.DATE, anchor_time="t2"),))
    )
    assert next(iter(data)) == "$schema"
    assert data["$schema"] == newsmodel.CURRENT_SCHEMA_URL
    assert "anchorTime" in data["times"][0]
    assert "anchor_time" not in data["times"][0]


def test_absent_means_unknown_no_nulls_no_empty_lists() -> None:
    data = unstructure(small_article())
    text = json.dumps(data)
    assert "null" not in text
    assert "[]" not in text
    assert "{}" not in text
    assert "publisher" not in data  # an optional field left unknown is left out
    assert "approximate" not in data["quantities"][1]  # a default false is left out


def test_union_members_carry_their_type_first() -> None:
    article = small_article(entities=(Place(id="paris", name="Paris"),))
    entity = unstructure(article)["entities"][0]
    assert next(iter(entity)) == "type"
    assert entity["type"] == "place"
    assert structure(unstructure(article), Article) == article


def test_structure_inverts_unstructure() -> None:
    article = small_article(extensions={"acme:score": 0.5, "acme:tags": ["x"]})
    assert structure(unstructure(article), Article) == article


def test_unknown_keys_are_refused_by_the_converter_too() -> None:
    data = unstructure(small_article())
    data["entities"][0]["nmae"] = "typo"
    with pytest.raises(cattrs.ClassValidationError):
        structure(data, Article)


def test_numbers_keep_their_json_type_so_bytes_round_trip() -> None:
    for value, written in (
        (12, b'"value": 12,'),
        (12.0, b'"value": 12.0,'),
        (0.1, b'"value": 0.1,'),
    ):
        quantity = Quantity(id="q1", anchor=Anchor.find(TEXT, "a dozen"), value=value, unit="%")
        data = newsmodel.dumps(small_article(quantities=(quantity,), comparisons=(), claims=()))
        assert written in data
        assert newsmodel.dumps(newsmodel.loads(data)) == data


def test_extension_keys_are_sorted_whatever_order_they_were_built_in() -> None:
    one = small_article(extensions={"b:x": {"z": 1, "a": 2}, "a:y": 1})
    two = small_article(extensions={"a:y": 1, "b:x": {"a": 2, "z": 1}})
    assert newsmodel.dumps(one) == newsmodel.dumps(two)
    assert newsmodel.dumps(one).index(b'"a:y"') < newsmodel.dumps(one).index(b'"b:x"')


def test_canonical_form_is_utf8_indented_with_one_final_newline() -> None:
    data = newsmodel.dumps(small_article())
    assert "Tromsø".encode() in data  # not escaped as \u00f8
    assert data.endswith(b"}\n")
    assert not data.endswith(b"\n\n")
    assert data.startswith(b'{\n  "$schema": ')


def test_loads_validates_before_structuring() -> None:
    data = json.loads(newsmodel.dumps(small_article()))
    data["quantities"][0]["value"] = "12"  # cattrs alone would not object
    with pytest.raises(newsmodel.ValidationError) as caught:
        newsmodel.loads(json.dumps(data))
    assert caught.value.problems[0].code == "schema.type"
    assert caught.value.problems[0].pointer == "/quantities/0/value"


def test_dump_and_load_a_file(tmp_path: object) -> None:
    from pathlib import Path

    path = Path(str(tmp_path)) / "article.json"
    article = small_article()
    newsmodel.dump(article, path)
    assert newsmodel.load(path) == article
    assert path.read_bytes() == newsmodel.dumps(article)
    assert [p.name for p in path.parent.iterdir()] == ["article.json"]  # no temporary left
