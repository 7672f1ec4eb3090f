"""The canonical form is written by orjson, and its bytes are exactly ``json.dumps``'s.

The canonical form is defined as ``json.dumps(indent=2, ensure_ascii=False)`` plus a
newline (and, for JSON Lines, the compact separators); ``write`` and ``write_line`` give it
faster. Every byte must be the same, on the examples, on generated articles and on any
JSON value, including the floats, strings and numbers where the two writers differ.
"""

from __future__ import annotations

import datetime
import json
import math
from typing import Any

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import newsmodel
from newsmodel import Article
from newsmodel.codec import converter, unstructure, write, write_line
from newsmodel.errors import UnwritableDocumentError
from newsmodel.examples.small import TEXT
from newsmodel.model import Anchor, Quantity
from newsmodel.strategies import articles
from newsmodel.strategies.values import json_values


def reference_indented(document: Any) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False) + "\n").encode()


def reference_line(document: Any) -> bytes:
    compact = json.dumps(document, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (compact + "\n").encode()


def assert_same_bytes(document: Any) -> None:
    assert write(document) == reference_indented(document)
    assert write_line(document) == reference_line(document)


@pytest.mark.parametrize("name", newsmodel.examples.names())
def test_the_examples_are_written_byte_for_byte(name: str) -> None:
    data = newsmodel.examples.read_bytes(name)
    assert_same_bytes(json.loads(data))
    assert newsmodel.dumps(newsmodel.loads(data)) == data


@given(articles())
def test_generated_articles_are_written_byte_for_byte(article: Article) -> None:
    assert_same_bytes(unstructure(article))


ANY_JSON = st.recursive(
    st.one_of(
        json_values,
        st.floats(allow_nan=False, allow_infinity=False),
        st.integers(-(2**70), 2**70),
        st.text(),
        st.sampled_from(["\x7f", "\u2028", "\x00", "\x1f", '"\\/', "e-", "0.0000", "null"]),
    ),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=8,
)


@given(ANY_JSON)
@example([1.5e-05, 1e-07, -1.7929845032753673e-06, 1e-4, 1e16, 1e300, 5e-324, -0.0])
@example({"\u00e9\U0001f600": ["\b\f\n\r\t", None, True, 2**64, -(2**63)]})
@example([{}, [], {"a": {}}, {"a": [[]]}])
def test_any_json_value_is_written_byte_for_byte(document: Any) -> None:
    assert_same_bytes(document)


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_non_finite_numbers_are_refused_as_json_refuses_them(value: float) -> None:
    with pytest.raises(ValueError, match="not JSON compliant"):
        write({"value": value})
    with pytest.raises(ValueError, match="not JSON compliant"):
        write_line([value])


def test_a_value_json_cannot_write_is_refused_as_json_refuses_it() -> None:
    with pytest.raises(TypeError, match="not JSON serializable"):
        write({"when": datetime.date(2020, 1, 1)})


# newsmodel.dumps unstructures with functions generated per class (not cattrs' dispatch)
# and, instead of searching the written bytes, is told while unstructuring of the floats
# orjson writes differently. Both must give what cattrs and json.dumps give.


def reference_dumps(article: Article) -> bytes:
    """The canonical bytes as cattrs' converter and ``json`` give them."""
    return reference_indented(converter.unstructure(article))


@given(articles())
def test_dumps_gives_the_bytes_of_cattrs_and_json(article: Article) -> None:
    assert newsmodel.dumps(article) == reference_dumps(article)


@pytest.mark.parametrize("name", newsmodel.examples.names())
def test_unstructure_gives_cattrs_values_keys_in_the_same_order(name: str) -> None:
    article = newsmodel.loads(newsmodel.examples.read_bytes(name))
    assert json.dumps(unstructure(article)) == json.dumps(converter.unstructure(article))


SMALL_FLOATS = [1.5e-05, 1e-07, -2.5e-07, 5e-324, 1e-4]


@pytest.mark.parametrize("value", SMALL_FLOATS)
def test_a_small_float_in_a_field_is_written_as_json_writes_it(value: float) -> None:
    quantity = Quantity(id="q1", anchor=Anchor.find(TEXT, "a dozen"), value=value, unit="%")
    article = attrs.evolve(
        newsmodel.examples.small_article(), quantities=(quantity,), comparisons=(), claims=()
    )
    assert newsmodel.dumps(article) == reference_dumps(article)
    assert f'"value": {value!r},'.encode() in newsmodel.dumps(article)


@pytest.mark.parametrize("value", SMALL_FLOATS)
def test_a_small_float_in_extensions_is_written_as_json_writes_it(value: float) -> None:
    extensions = {"acme:deep": [{"b": value, "a": 1.0}]}
    article = attrs.evolve(newsmodel.examples.small_article(), extensions=extensions)
    assert newsmodel.dumps(article) == reference_dumps(article)
    assert repr(value).encode() in newsmodel.dumps(article)


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_a_non_finite_number_in_extensions_is_refused_not_written_as_null(value: float) -> None:
    article = attrs.evolve(newsmodel.examples.small_article(), extensions={"acme:x": [value]})
    with pytest.raises(UnwritableDocumentError):
        newsmodel.dumps(article)


def test_a_non_finite_number_set_around_the_constructor_is_refused() -> None:
    quantity = Quantity(id="q1", anchor=Anchor.find(TEXT, "a dozen"), value=1, unit="%")
    object.__setattr__(quantity, "value", math.nan)
    article = attrs.evolve(
        newsmodel.examples.small_article(), quantities=(quantity,), comparisons=(), claims=()
    )
    with pytest.raises(UnwritableDocumentError):
        newsmodel.dumps(article)
