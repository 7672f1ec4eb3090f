"""The codec: camelCase keys, no nulls or empty lists, unknown keys refused, exact numbers."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import attrs
import cattrs
import pytest

import newsmodel
from newsmodel.codec import structure, unstructure
from newsmodel.examples.small import TEXT
from newsmodel.model import Anchor, Article, Place, Quantity, Rating, TimeExpression, TimexType

ANCHOR = Anchor.find(TEXT, "a dozen")


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


def written_value(value: float) -> bytes:
    quantity = Quantity(id="q1", anchor=ANCHOR, value=value, unit="%")
    data = newsmodel.dumps(small_article(quantities=(quantity,), comparisons=(), claims=()))
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


def test_the_codec_loads_the_converter_on_first_use_and_its_name_stays_the_converter() -> None:
    # A fresh process: this one has loaded everything. Importing the submodule
    # newsmodel.codec.converter (as the trusted path does) must not replace the package's
    # name ``converter``, the cattrs converter, with the submodule.
    script = """
import sys
import newsmodel.codec
print("cattrs" in sys.modules)
import newsmodel.codec.trusted
from newsmodel.codec import converter
import newsmodel.codec.converter as named
print(type(converter).__name__, type(named).__name__, "structure" in dir(newsmodel.codec))
"""
    ran = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert ran.stdout.split("\n")[:2] == ["False", "Converter Converter True"]
