"""Hypothesis strategies for newsmodel documents, for your own property-based tests.

Install with the extra that brings hypothesis: ``pip install "newsmodel-py[hypothesis]"``.
Then every model class resolves with ``st.from_type``, without importing this module
(newsmodel registers its strategies through hypothesis's entry point)::

    from hypothesis import given, strategies as st
    import newsmodel

    @given(st.from_type(newsmodel.Article))
    def test_my_exporter_keeps_every_claim(article):
        assert len(export(article)["claims"]) == len(article.claims)

What is generated:

- :func:`articles`: whole valid documents. The text mixes accents, combining marks,
  CJK, characters outside the Basic Multilingual Plane and line breaks that were CR LF
  before canonicalization; segments cover it; every anchor points at real text with its
  exact words; every reference resolves to an object of a kind its field allows; ids are
  unique; bounds are in order; TIMEX3 values are well formed and fit their type. Each
  passes the schema and every rule with no warning.
- :func:`documents` and :func:`canonical_documents`: the same as JSON values and as
  canonical bytes.
- :func:`model_objects`: any model class on its own (an anchor into a text of its own, a
  claim whose references name ids that exist only in its imagined document).
- :func:`texts`, :func:`raw_texts`, :func:`segmented_texts`, :func:`anchors`,
  :func:`timex_values`: the pieces, for tests of your own text handling.
- :class:`Scope` and :func:`objects_in`: a model object inside a text and a set of ids of
  your choosing.
"""

from __future__ import annotations

try:
    from hypothesis import strategies as st
except ImportError as error:  # pragma: no cover - exercised in a subprocess test
    raise ImportError(
        "newsmodel.strategies needs hypothesis; install it with pip install 'newsmodel-py[hypothesis]'"
    ) from error

from typing import Any

import attrs

from newsmodel._hypothesis_hook import register_type_strategies
from newsmodel.model import Anchor, Article, Segment
from newsmodel.model._fields import type_tag
from newsmodel.strategies.documents import articles, canonical_documents, collections, documents
from newsmodel.strategies.objects import Scope, objects_in
from newsmodel.strategies.text import (
    anchorable_texts,
    anchors,
    anchors_with_text,
    raw_texts,
    segmented_texts,
    segments_with_text,
    texts,
)
from newsmodel.strategies.values import ids, iris, timex_values

__all__ = [
    "Scope",
    "anchorable_texts",
    "anchors",
    "articles",
    "canonical_documents",
    "documents",
    "ids",
    "iris",
    "model_objects",
    "objects_in",
    "raw_texts",
    "register_type_strategies",
    "segmented_texts",
    "texts",
    "timex_values",
]


@st.composite
def _standalone(draw: st.DrawFn, cls: type) -> Any:
    """An object of ``cls`` in an imagined document: a text, and ids of every kind."""
    text = draw(anchorable_texts())
    kinds = [type_tag(member) for _, members in collections() for member in members]
    names = draw(st.lists(ids, min_size=2 * len(kinds), max_size=2 * len(kinds), unique=True))
    scope = Scope(text, {kind: tuple(names[2 * i : 2 * i + 2]) for i, kind in enumerate(kinds)})
    kind = type_tag(cls)
    fixed = {}
    if "id" in attrs.fields_dict(cls):
        fixed["id"] = st.just(scope.ids[kind][-1])
    return draw(objects_in(cls, scope, own=(kind, 1), fixed=fixed))


def model_objects(cls: type) -> st.SearchStrategy[Any]:
    """Instances of the model class ``cls``, each valid against the class's schema.

    An :class:`~newsmodel.model.Article` is a whole valid document (see :func:`articles`).
    Any other object's anchors point into a text of its own and its references name ids
    of the right kinds that only its imagined document holds.
    """
    if cls is Article:
        return articles()
    if cls is Anchor:
        return anchors_with_text()
    if cls is Segment:
        return segments_with_text()
    if not attrs.has(cls):
        raise TypeError(f"{cls!r} is not a newsmodel model class")
    return _standalone(cls)
