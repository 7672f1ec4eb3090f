"""Events the story reports, and comparisons it draws between quantities."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

import attrs

from newsmodel.model._fields import (
    ANNOTATOR,
    CONFIDENCE,
    EXTENSIONS,
    doc,
    id_field,
    typed_fields,
)
from newsmodel.model.anchor import Anchor
from newsmodel.model.claims import Factuality
from newsmodel.model.entities import ENTITY_CLASSES


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Participant:
    """An entity taking part in an event, with the part it plays."""

    entity: str = attrs.field(
        metadata=doc("Id of the entity that takes part.", refers_to=ENTITY_CLASSES)
    )
    role: str = attrs.field(
        metadata=doc("The part it plays, as a short label: 'signatory', 'launcher', 'payload'.")
    )


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Event:
    """Something that happened, happens or may happen: an accord signed, a satellite launched."""

    id: str = id_field("event")
    anchor: Anchor = attrs.field(
        metadata=doc("The word or phrase that names the event: 'signing', 'launch'.")
    )
    label: str = attrs.field(metadata=doc("A short name for the event: 'accord signing'."))
    mentions: tuple[Anchor, ...] = attrs.field(
        default=(),
        metadata=doc(
            "Other words in the text that refer to the same event ('clinched', 'Wednesday's "
            "agreement'), in text order."
        ),
    )
    participants: tuple[Participant, ...] = attrs.field(
        default=(), metadata=doc("The entities taking part, with their parts.")
    )
    time: str | None = attrs.field(
        default=None,
        metadata=doc("Id of the time expression that says when.", refers_to=("TimeExpression",)),
    )
    factuality: Factuality | None = attrs.field(
        default=None,
        metadata=doc(
            "Whether the story presents the event as having happened, on FactBank's scale."
        ),
    )
    condition: Anchor | None = attrs.field(
        default=None,
        metadata=doc("The words of the condition the event depends on ('if Moscow fails to ...')."),
    )
    annotator: str | None = attrs.field(default=None, metadata=ANNOTATOR)
    confidence: int | float | None = attrs.field(default=None, metadata=CONFIDENCE)
    extensions: Mapping[str, Any] = attrs.field(factory=dict, hash=False, metadata=EXTENSIONS)


class ComparisonRelation(enum.Enum):
    """How the subject of a comparison stands to its standard."""

    LESS = "less"
    """The subject is smaller ('dwarfed by')."""
    GREATER = "greater"
    """The subject is larger."""
    EQUAL = "equal"
    """The subject is the same."""
    SIMILAR = "similar"
    """The subject is about the same."""
    DIFFERENT = "different"
    """The subject differs, in no stated direction."""


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Comparison:
    """A comparison the text draws: "this figure would still be dwarfed by" another."""

    id: str = id_field("comparison")
    cue: Anchor = attrs.field(metadata=doc("The words that make the comparison: 'dwarfed by'."))
    subject: str = attrs.field(
        metadata=doc("Id of what is compared.", refers_to=("Quantity", "Claim", "Event"))
    )
    standard: str = attrs.field(
        metadata=doc("Id of what it is compared against.", refers_to=("Quantity", "Claim", "Event"))
    )
    relation: ComparisonRelation = attrs.field(
        metadata=doc("How the subject stands to the standard.")
    )
    claim: str | None = attrs.field(
        default=None,
        metadata=doc(
            "Id of the claim that makes the comparison, with its source.", refers_to=("Claim",)
        ),
    )
    annotator: str | None = attrs.field(default=None, metadata=ANNOTATOR)
    confidence: int | float | None = attrs.field(default=None, metadata=CONFIDENCE)
    extensions: Mapping[str, Any] = attrs.field(factory=dict, hash=False, metadata=EXTENSIONS)
