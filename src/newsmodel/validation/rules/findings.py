"""Rules about what is found in the text: mentions, attributions, claims, quantities."""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from newsmodel.model import Attribution, Claim, Comparison, Quantity
from newsmodel.model.claims import Rating
from newsmodel.model.entities import ENTITY_CLASSES
from newsmodel.validation.rules.context import Context, Finding, inside, overlaps

_QUANTITY = attrs.fields(Quantity)
_RATING = attrs.fields(Rating)


def quantity_bounds(context: Context) -> Iterator[Finding]:
    for item in context.of_class(Quantity):
        low, high, value = item.obj.minimum, item.obj.maximum, item.obj.value
        if low is not None and high is not None and low > high:
            yield item.at(_QUANTITY.minimum), f"minimum {low} is greater than maximum {high}"
        if value is not None and low is not None and value < low:
            yield item.at(_QUANTITY.value), f"value {value} is below the minimum {low}"
        if value is not None and high is not None and value > high:
            yield item.at(_QUANTITY.value), f"value {value} is above the maximum {high}"
        if item.obj.comparator is not None and value is None:
            yield item.at(_QUANTITY.comparator), "a comparator needs a value to compare with"


def quantity_unit_or_currency(context: Context) -> Iterator[Finding]:
    for item in context.of_class(Quantity):
        if item.obj.unit is not None and item.obj.currency is not None:
            yield item.path, "a quantity has a unit or a currency, not both"


#: How far a decimal value may be from its exact fraction: '0.33' for 'a third' is right.
_FRACTION_TOLERANCE = 0.01


def quantity_fraction(context: Context) -> Iterator[Finding]:
    for item in context.of_class(Quantity):
        fraction, value = item.obj.fraction, item.obj.value
        if fraction is None or value is None:
            continue
        exact = fraction.value * (100 if item.obj.unit == "%" else 1)
        if abs(value - exact) > _FRACTION_TOLERANCE * max(1.0, abs(exact)):
            yield (
                item.at(_QUANTITY.value),
                f"value {value} is not the fraction {fraction.numerator}/{fraction.denominator}"
                + (" in percent" if item.obj.unit == "%" else ""),
            )


def rating_in_scale(context: Context) -> Iterator[Finding]:
    for item in context.of_class(Rating):
        value, best, worst = item.obj.value, item.obj.best, item.obj.worst
        if best is None or worst is None:
            continue  # every part is optional: a scale that is not given cannot be checked
        if best == worst:
            yield item.at(_RATING.best), f"the scale's best and worst ratings are both {best}"
        elif value is not None and not min(best, worst) <= value <= max(best, worst):
            yield item.at(_RATING.value), f"rating {value} lies outside the scale {worst} to {best}"


def mentions_in_order(context: Context) -> Iterator[Finding]:
    for item in context.located:
        if isinstance(item.obj, ENTITY_CLASSES) and item.obj.mentions:
            spans = [(m.anchor.start, m.anchor.end) for m in item.obj.mentions]
            if spans != sorted(spans):
                field = attrs.fields(type(item.obj)).mentions
                yield item.at(field), "mentions are not in text order"


def nested_attribution_inside(context: Context) -> Iterator[Finding]:
    for item in context.of_class(Attribution):
        outer = context.target(item.obj.nested_in, Attribution)
        if outer is not None and not inside(item.obj.content, outer.obj.content):
            yield (
                item.at(attrs.fields(Attribution).content),
                f"the content lies outside the content of {outer.obj.id!r}, which it is nested in",
            )


def claim_inside_attribution(context: Context) -> Iterator[Finding]:
    for item in context.of_class(Claim):
        attribution = context.target(item.obj.attribution, Attribution)
        if not item.obj.content:
            continue  # a claim with no words in the text: claim.unanchored applies
        if attribution is not None and not overlaps(item.obj.content, attribution.obj.content):
            # Overlap, not containment: a claim may spell out what the reported words
            # leave to a pronoun ("what U.S. space companies earned ..., which ... said
            # was $50 billion"), but a claim that shares no words with its report is
            # anchored to the wrong place.
            yield (
                item.at(attrs.fields(Claim).content),
                f"the claim's words share nothing with the content of "
                f"{attribution.obj.id!r}, which reports it",
            )


def comparison_of_two(context: Context) -> Iterator[Finding]:
    for item in context.of_class(Comparison):
        if item.obj.subject == item.obj.standard:
            yield (
                item.at(attrs.fields(Comparison).standard),
                "a comparison compares its subject with itself",
            )
