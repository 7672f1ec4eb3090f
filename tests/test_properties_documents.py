"""Properties of whole documents: the model, the codec, the schemas and the rules agree."""

from __future__ import annotations

import json
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsmodel
from newsmodel import Article
from newsmodel.codec import structure, unstructure, write
from newsmodel.strategies import articles, canonical_documents, model_objects
from newsmodel.validation import validate_parsed
from newsmodel.validation.schema_stage import schema_problems

MODEL_CLASSES = [
    cls
    for cls in (getattr(newsmodel.model, name) for name in newsmodel.model.__all__)
    if isinstance(cls, type) and attrs.has(cls)
]


@given(articles())
def test_every_generated_document_passes_the_schema_and_every_rule(article: Article) -> None:
    report = newsmodel.validate(newsmodel.dumps(article))
    # No error, and no warning either: the strategies generate documents as meant.
    assert report.problems == ()


@given(articles())
def test_what_the_converter_writes_passes_the_schema(article: Article) -> None:
    assert list(schema_problems(unstructure(article))) == []


@given(articles())
def test_structure_inverts_unstructure_for_articles(article: Article) -> None:
    assert structure(unstructure(article), Article) == article


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda cls: cls.__name__)
@given(data=st.data())
def test_structure_inverts_unstructure_for_every_model_class(cls: type, data: Any) -> None:
    obj = data.draw(model_objects(cls))
    assert structure(unstructure(obj), cls) == obj


@given(articles())
def test_dumps_loads_dumps_gives_the_same_bytes(article: Article) -> None:
    written = newsmodel.dumps(article)
    read = newsmodel.loads(written)
    assert read == article
    assert newsmodel.dumps(read) == written


@given(canonical_documents())
def test_a_canonical_document_round_trips_byte_for_byte(document: bytes) -> None:
    assert newsmodel.dumps(newsmodel.loads(document)) == document


@given(articles())
def test_the_canonical_form_is_what_the_docs_say(article: Article) -> None:
    written = newsmodel.dumps(article)
    text = written.decode("utf-8")
    # UTF-8 without escaping the article's own characters, two-space indentation, one
    # trailing newline, "$schema" first and the discriminator first in every entity.
    assert json.dumps(article.text, ensure_ascii=False) in text
    assert text.endswith("}\n")
    assert text.startswith('{\n  "$schema": ')
    parsed = json.loads(written)
    assert written == write(parsed)
    for entity in parsed.get("entities", []):
        assert next(iter(entity)) == "type"


@given(articles())
def test_validating_an_article_or_its_json_agrees(article: Article) -> None:
    as_object = newsmodel.validate(article)
    as_json = validate_parsed(unstructure(article))
    as_bytes = newsmodel.validate(newsmodel.dumps(article))
    assert as_object.problems == as_json.problems == as_bytes.problems
