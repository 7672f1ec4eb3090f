"""Properties of whole documents: the model, the codec, the schemas and the rules agree.

Generating an article costs ten times what checking one does, so each property here
draws one article (or one object) and checks everything that holds of it, rather than
one property per check each drawing its own.
"""

from __future__ import annotations

import functools
import json
from typing import Any

import attrs
import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsmodel
from newsmodel import Anchor, Article
from newsmodel.codec import structure, unstructure, write
from newsmodel.offsets import to_utf8, to_utf16
from newsmodel.schema import registry
from newsmodel.schema.formats import format_checker
from newsmodel.validation import validate_parsed
from newsmodel.validation.walk import objects
from newsmodel.versions import BUNDLE_SCHEMA, schema_url

MODEL_CLASSES = [
    cls
    for cls in (getattr(newsmodel.model, name) for name in newsmodel.model.__all__)
    if isinstance(cls, type) and attrs.has(cls)
]


@given(st.from_type(Article))
def test_a_generated_article_is_valid_and_round_trips_in_canonical_form(article: Article) -> None:
    # st.from_type resolves through the entry point hypothesis ran when this process
    # imported it, to newsmodel.strategies.articles (as for every model class below).
    written = newsmodel.dumps(article)
    # No error, and no warning either: the strategies generate documents as meant. The
    # report is the same whether the article is given as an object, JSON values or bytes.
    as_bytes = newsmodel.validate(written)
    assert as_bytes.problems == ()
    assert newsmodel.validate(article).problems == ()
    assert validate_parsed(unstructure(article)).problems == ()

    # Reading gives the article back, and writing it again the very same bytes.
    read = newsmodel.loads(written)
    assert read == article
    assert newsmodel.dumps(read) == written

    # The canonical form is what the docs say: UTF-8 without escaping the article's own
    # characters, two-space indentation, one trailing newline, "$schema" first and the
    # discriminator first in every entity.
    text = written.decode("utf-8")
    assert json.dumps(article.text, ensure_ascii=False) in text
    assert text.endswith("}\n")
    assert text.startswith('{\n  "$schema": ')
    parsed = json.loads(written)
    assert written == write(parsed)
    for entity in parsed.get("entities", []):
        assert next(iter(entity)) == "type"

    # Every anchor covers its exact words in UTF-16 and UTF-8 offsets too.
    utf16, utf8 = article.text.encode("utf-16-le"), article.text.encode("utf-8")
    for item in objects(article):
        if isinstance(item.obj, Anchor):
            start, end, exact = item.obj.start, item.obj.end, item.obj.exact
            in_utf16 = utf16[2 * to_utf16(article.text, start) : 2 * to_utf16(article.text, end)]
            assert in_utf16.decode("utf-16-le") == exact
            in_utf8 = utf8[to_utf8(article.text, start) : to_utf8(article.text, end)]
            assert in_utf8.decode("utf-8") == exact


@functools.cache
def definition_validator(cls: type) -> jsonschema.protocols.Validator:
    """A validator for the schema definition of ``cls`` in the published bundle, built once."""
    bundle = schema_url(file_name=BUNDLE_SCHEMA)
    target = bundle if cls is newsmodel.Article else f"{bundle}#/$defs/{cls.__name__}"
    return jsonschema.Draft202012Validator(
        {"$ref": target}, registry=registry(), format_checker=format_checker()
    )


@pytest.mark.parametrize(
    "cls", [cls for cls in MODEL_CLASSES if cls is not Article], ids=lambda cls: cls.__name__
)
@given(data=st.data())
def test_every_model_class_resolves_matches_its_definition_and_round_trips(
    cls: type, data: Any
) -> None:
    # An unregistered class would resolve to st.builds() and generate invalid objects.
    obj = data.draw(st.from_type(cls))
    assert isinstance(obj, cls)
    written = unstructure(obj)
    assert [error.message for error in definition_validator(cls).iter_errors(written)] == []
    assert structure(written, cls) == obj
