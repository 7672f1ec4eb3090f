"""Corrections and updates: what a story's notices change, tied to what they change.

A correction notice ("An earlier version of this story misstated ...") has its own date
and points at the claims, quantities or passages it corrects and, where the notice
repeats it, the wrong figure it withdraws. An update ("Updated at 14:00 with ...") is
dated too, so that a story with several updates can date each.
"""

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

#: What a correction may point at.
_CORRECTABLE = ("Claim", "Quantity", "Attribution", "Event", "TimeExpression")


class CorrectionKind(enum.Enum):
    """What a notice does to the story."""

    CORRECTION = "correction"
    """Puts right an error the story made."""
    CLARIFICATION = "clarification"
    """Makes clearer what the story said, without calling it wrong."""
    UPDATE = "update"
    """Adds or changes information as events move on."""
    RETRACTION = "retraction"
    """Withdraws the story, or part of it."""


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Correction:
    """A correction, clarification, update or retraction, tied to what it changes."""

    id: str = id_field("correction")
    kind: CorrectionKind = attrs.field(
        metadata=doc("Whether it corrects, clarifies, updates or retracts.")
    )
    anchor: Anchor | None = attrs.field(
        default=None, metadata=doc("The words of the notice, where the text gives them.")
    )
    time: str | None = attrs.field(
        default=None,
        metadata=doc(
            "Id of the time expression saying when it was made.", refers_to=("TimeExpression",)
        ),
    )
    corrects: tuple[str, ...] = attrs.field(
        default=(),
        metadata=doc(
            "Ids of the claims, quantities, attributions, events or times it changes, as the "
            "story now states them.",
            refers_to=_CORRECTABLE,
        ),
    )
    passages: tuple[Anchor, ...] = attrs.field(
        default=(),
        metadata=doc("The passages of the text it changes, in text order."),
    )
    withdraws: tuple[str, ...] = attrs.field(
        default=(),
        metadata=doc(
            "Ids of the wrong figures or statements it withdraws, annotated where the notice "
            "repeats them ('not $5 million, as first reported').",
            refers_to=("Quantity", "Claim"),
        ),
    )
    annotator: str | None = attrs.field(default=None, metadata=ANNOTATOR)
    confidence: int | float | None = attrs.field(default=None, metadata=CONFIDENCE)
    extensions: Mapping[str, Any] = attrs.field(factory=dict, hash=False, metadata=EXTENSIONS)
