"""The codec: camelCase keys, no nulls or empty lists, unknown keys refused, exact numbers."""

from __future__ import annotations

import json

import cattrs
import pytest

import newsmodel
from newsmodel.codec import structure, unstructure
from newsmodel.model import (
    Anchor,
    Article,
    Attribution,
    Mention,
    MentionKind,
    Person,
    Place,
    Quantity,
    QuoteKind,
    Rating,
    Segment,
    SegmentRole,
    TimeExpression,
    TimexType,
)

TEXT = "Café owner Zoë said the rent rose 12 percent."
ANCHOR = Anchor.find(TEXT, "12 percent")


def small_article(**changes: object) -> Article:
    fields: dict[str, object] = {
        "id": "urn:test:small",
        "language": "en",
        "text": TEXT,
        "segments": (Segment(role=SegmentRole.PARAGRAPH, start=0, end=len(TEXT)),),
        "entities": (
            Person(
                id="zoe",
                name="Zoë",
                mentions=(Mention(anchor=Anchor.find(TEXT, "Zoë"), kind=MentionKind.NAME),),
            ),
        ),
        "attributions": (
            Attribution(
                id="a1",
                sources=("zoe",),
                cue=Anchor.find(TEXT, "said"),
                content=(Anchor.find(TEXT, "the rent rose 12 percent"),),
                quote=QuoteKind.INDIRECT,
            ),
        ),
        "quantities": (
            Quantity(id="q1", anchor=Anchor.find(TEXT, "12 percent"), value=12, unit="%"),
        ),
    }
    fields.update(changes)
    return Article(**fields)  # type: ignore[arg-type]


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
    assert "url" not in data  # an optional field left unknown is left out
    assert "approximate" not in data["quantities"][0]  # a default false is left out


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


def written_value(value: float) -> bytes:
    quantity = Quantity(id="q1", anchor=Anchor.find(TEXT, "12 percent"), value=value, unit="%")
    data = newsmodel.dumps(small_article(quantities=(quantity,)))
    assert newsmodel.dumps(newsmodel.loads(data)) == data  # the canonical bytes round-trip
    return data


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (12, b'"value": 12,'),
        (12.0, b'"value": 12,'),
        (-0.0, b'"value": 0,'),
        (2.5e9, b'"value": 2500000000,'),
        (0.1, b'"value": 0.1,'),
        (1e20, b'"value": 1e+20,'),  # beyond 2**53: an integer literal would not be read back
    ],
)
def test_each_number_has_one_written_form(value: float, written: bytes) -> None:
    assert written in written_value(value)


def test_equal_numbers_give_equal_bytes() -> None:
    # The pitfall: 2.5e9 and 2500000000 compare equal but were written differently.
    assert written_value(2.5e9) == written_value(2_500_000_000)
    assert Quantity(id="q", anchor=ANCHOR, value=2.5e9).value == 2_500_000_000
    rating = Rating(value=4.0, best=5.0, worst=1)
    assert (type(rating.value), type(rating.best)) == (int, int)


def test_a_number_written_another_way_is_read_into_the_one_form() -> None:
    data = written_value(12).replace(b'"value": 12,', b'"value": 12.0e0,')
    assert newsmodel.dumps(newsmodel.loads(data)) == written_value(12)


def test_numbers_in_extensions_have_one_written_form_too() -> None:
    one = newsmodel.dumps(small_article(extensions={"acme:score": 3.0, "acme:list": [1.0, 0.5]}))
    two = newsmodel.dumps(small_article(extensions={"acme:score": 3, "acme:list": [1, 0.5]}))
    assert one == two


def test_extension_keys_are_sorted_whatever_order_they_were_built_in() -> None:
    one = small_article(extensions={"b:x": {"z": 1, "a": 2}, "a:y": 1})
    two = small_article(extensions={"a:y": 1, "b:x": {"a": 2, "z": 1}})
    assert newsmodel.dumps(one) == newsmodel.dumps(two)
    assert newsmodel.dumps(one).index(b'"a:y"') < newsmodel.dumps(one).index(b'"b:x"')


def test_canonical_form_is_utf8_indented_with_one_final_newline() -> None:
    data = newsmodel.dumps(small_article())
    assert "Zoë".encode() in data  # not escaped as \u00eb
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
