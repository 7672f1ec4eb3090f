"""Annotators: who made the annotations of a document, so that layers can coexist.

An article may be annotated by several people, tools and models, each maybe more than
once. Every kind of annotation (an entity, an attribution, a claim, a time ...) may name
its annotator, and may say how confident the annotator is. Human and machine layers of
one article are then told apart by the annotator, and a consumer can keep the layers it
trusts.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

import attrs

from newsmodel.model._fields import EXTENSIONS, doc, id_field, typed_fields


class AnnotatorKind(enum.Enum):
    """What made an annotation."""

    PERSON = "person"
    """A human annotator."""
    TOOL = "tool"
    """A program following fixed rules: a tagger, a parser, a script."""
    MODEL = "model"
    """A trained statistical model: a classifier, a language model."""


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Annotator:
    """A person, tool or model that made annotations of the document."""

    id: str = id_field("annotator")
    kind: AnnotatorKind = attrs.field(metadata=doc("Whether a person, a tool or a model."))
    name: str = attrs.field(
        metadata=doc("The annotator's name: a person's, or a tool's or model's ('HeidelTime').")
    )
    version: str | None = attrs.field(
        default=None, metadata=doc("The tool's or model's version, where it has one: '2.2.1'.")
    )
    url: str | None = attrs.field(
        default=None,
        metadata=doc("Address describing the annotator.", schema={"format": "iri"}),
    )
    extensions: Mapping[str, Any] = attrs.field(factory=dict, hash=False, metadata=EXTENSIONS)
