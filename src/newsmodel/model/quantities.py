"""Quantities: numbers the story states, with their bounds, units and hedges.

A quantity keeps its surface text (its anchor), a value or bounds, a comparator for
one-sided amounts ("more than a dozen"), whether it is approximate ("some 90 percent"),
a unit (UCUM) or a currency (ISO 4217), the scale word the text uses ("million"), what
is measured and the time it refers to. It maps to schema.org ``QuantitativeValue`` and
``MonetaryAmount``.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

import attrs

from newsmodel.model._fields import EXTENSIONS, canonical_number, doc, id_field, typed_fields
from newsmodel.model.anchor import Anchor
from newsmodel.model.times import TimeExpression


class Comparator(enum.Enum):
    """How a one-sided quantity relates to its value: "more than a dozen" is ``>`` 12."""

    LESS_THAN = "<"
    """Below the value: 'fewer than ten'."""
    AT_MOST = "<="
    """The value or below: 'at most ten', 'up to ten'."""
    AT_LEAST = ">="
    """The value or above: 'at least ten'."""
    MORE_THAN = ">"
    """Above the value: 'more than a dozen'."""


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Quantity:
    """An amount the text states: a count, a sum of money, a share, a duration."""

    id: str = id_field("quantity")
    anchor: Anchor = attrs.field(metadata=doc("The words that state the quantity."))
    value: int | float | None = attrs.field(
        default=None,
        converter=canonical_number,
        metadata=doc("The amount, in full: 880000000 for '$880 million'."),
    )
    minimum: int | float | None = attrs.field(
        default=None,
        converter=canonical_number,
        metadata=doc("The lower bound, inclusive, when a range is given."),
    )
    maximum: int | float | None = attrs.field(
        default=None,
        converter=canonical_number,
        metadata=doc("The upper bound, inclusive, when a range is given."),
    )
    comparator: Comparator | None = attrs.field(
        default=None,
        metadata=doc("How a one-sided amount relates to its value ('more than' is '>')."),
    )
    approximate: bool = attrs.field(
        default=False,
        metadata=doc("Whether the text gives the amount as approximate ('some', 'or so')."),
    )
    unit: str | None = attrs.field(
        default=None,
        metadata=doc("Unit of measure as a UCUM code: '%', 'mo', '{launch}'."),
    )
    currency: str | None = attrs.field(
        default=None,
        metadata=doc("Currency as an ISO 4217 code: 'USD'.", schema={"pattern": "^[A-Z]{3}$"}),
    )
    scale_word: str | None = attrs.field(
        default=None,
        metadata=doc("The scale word the text uses for the amount: 'million', 'billion', 'dozen'."),
    )
    measured: str | None = attrs.field(
        default=None,
        metadata=doc("What is counted or measured: 'offices abroad', 'arms exports'."),
    )
    time: str | None = attrs.field(
        default=None,
        metadata=doc(
            "Id of the time expression the amount refers to.", refers_to=(TimeExpression,)
        ),
    )
    extensions: Mapping[str, Any] = attrs.field(factory=dict, hash=False, metadata=EXTENSIONS)
