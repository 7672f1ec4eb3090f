"""Quantities: numbers the story states, with their bounds, units and hedges.

A quantity keeps its surface text (its anchor), a value or bounds, a comparator for
one-sided amounts ("more than a dozen"), whether it is approximate ("some 90 percent"),
a unit (UCUM) or a currency (ISO 4217), the scale word the text uses ("million"), what
is measured and the time it refers to. A quantity may be a change ("fall by about a
third", "a year late"), with its direction, and may be an exact fraction ("a third").
It maps to schema.org ``QuantitativeValue`` and ``MonetaryAmount``.
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
from newsmodel.model.times import TimeExpression

#: The UCUM code of percent: a fraction given in percent is its value times 100.
PERCENT = "%"


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


class ChangeDirection(enum.Enum):
    """Which way a quantity that is a change goes."""

    INCREASE = "increase"
    """Up: 'rise by 5 percent', 'doubled'."""
    DECREASE = "decrease"
    """Down: 'fall by about a third', 'cut by half'."""
    LATER = "later"
    """Later in time: 'a year late', 'postponed by two weeks'."""
    EARLIER = "earlier"
    """Earlier in time: 'two months ahead of schedule'."""


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class ExactFraction:
    """A fraction as the text gives it, exactly: 'a third' is 1/3, 'two in five' is 2/5."""

    numerator: int = attrs.field(metadata=doc("The number above the line."))
    denominator: int = attrs.field(
        metadata=doc("The number below the line, at least 1.", schema={"minimum": 1})
    )

    @property
    def value(self) -> float:
        """The fraction as a number."""
        return self.numerator / self.denominator


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Quantity:
    """An amount the text states: a count, a sum of money, a share, a duration."""

    id: str = id_field("quantity")
    anchor: Anchor = attrs.field(metadata=doc("The words that state the quantity."))
    value: int | float | None = attrs.field(
        default=None,
        metadata=doc("The amount, in full: 880000000 for '$880 million'."),
    )
    minimum: int | float | None = attrs.field(
        default=None,
        metadata=doc("The lower bound, inclusive, when a range is given."),
    )
    maximum: int | float | None = attrs.field(
        default=None,
        metadata=doc("The upper bound, inclusive, when a range is given."),
    )
    comparator: Comparator | None = attrs.field(
        default=None,
        metadata=doc("How a one-sided amount relates to its value ('more than' is '>')."),
    )
    fraction: ExactFraction | None = attrs.field(
        default=None,
        metadata=doc(
            "The amount as an exact fraction ('a third'), where the text gives one; the "
            "value, if also given, is its decimal approximation."
        ),
    )
    change: ChangeDirection | None = attrs.field(
        default=None,
        metadata=doc(
            "For a quantity that is a change ('fall by about a third', 'a year late'): "
            "which way it goes. The amount is the size of the change."
        ),
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
    annotator: str | None = attrs.field(default=None, metadata=ANNOTATOR)
    confidence: int | float | None = attrs.field(default=None, metadata=CONFIDENCE)
    extensions: Mapping[str, Any] = attrs.field(factory=dict, hash=False, metadata=EXTENSIONS)
