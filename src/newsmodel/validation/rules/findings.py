"""Rules about what is found in the text: mentions, attributions, claims, quantities."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import attrs

from newsmodel.errors import Severity
from newsmodel.model import Article, Attribution, Claim, Comparison, Quantity
from newsmodel.model.anchor import inside, overlaps
from newsmodel.model.claims import Rating
from newsmodel.model.entities import ENTITY_CLASSES
from newsmodel.model.quantities import PERCENT, ExactFraction
from newsmodel.validation.rules.context import Context, Finding, Rule
from newsmodel.validation.rules.examples import Example, changed, found, setting

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
        exact = fraction.value * (100 if item.obj.unit == PERCENT else 1)
        if abs(value - exact) > _FRACTION_TOLERANCE * max(1.0, abs(exact)):
            yield (
                item.at(_QUANTITY.value),
                f"value {value} is not the fraction {fraction.numerator}/{fraction.denominator}"
                + (" in percent" if item.obj.unit == PERCENT else ""),
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


#: A set, to look each object's class up in once (the rule asks it of every object).
_ENTITY_CLASSES = frozenset(ENTITY_CLASSES)


def mentions_in_order(context: Context) -> Iterator[Finding]:
    for item in context.located:
        if type(item.obj) in _ENTITY_CLASSES and item.obj.mentions:
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


def _content_of(other: str, into: str) -> Callable[[Article], Article]:
    """The edit that gives the object ``into`` the content of the object ``other``."""
    return lambda article: setting(into, content=found(article, other).content)(article)


def _first_review_rated(value: int) -> Callable[[Any], Any]:
    def change(claim: Any) -> Any:
        review = claim.reviews[0]
        rated = attrs.evolve(review, rating=attrs.evolve(review.rating, value=value))
        return attrs.evolve(claim, reviews=(rated, *claim.reviews[1:]))

    return change


RULES = (
    Rule(
        code="attribution.nested_outside",
        severity=Severity.WARNING,
        check=nested_attribution_inside,
        summary="A nested attribution's content lies within the content of the attribution it is nested in.",
        examples=(
            Example(
                "nested-report-elsewhere",
                "The report that the council backed the plan is given the words of Berg's "
                "quotation, outside the report it is nested in.",
                _content_of("a-build", into="a-backed"),
            ),
        ),
    ),
    Rule(
        code="claim.outside_attribution",
        severity=Severity.WARNING,
        check=claim_inside_attribution,
        summary="A reported claim's words share some text with the content of the attribution that reports it.",
        examples=(
            Example(
                "claim-elsewhere",
                "The claim about the orders is given the words of another claim, which "
                "its attribution does not report.",
                _content_of("c-build", into="c-orders"),
            ),
        ),
    ),
    Rule(
        code="mention.order",
        severity=Severity.WARNING,
        check=mentions_in_order,
        summary="An entity lists its mentions in text order.",
        examples=(
            Example(
                "mentions-reversed",
                "Berg's mentions are listed last one first.",
                changed(
                    "person-berg",
                    lambda person: attrs.evolve(person, mentions=person.mentions[::-1]),
                ),
            ),
        ),
    ),
    Rule(
        code="quantity.bounds",
        severity=Severity.ERROR,
        check=quantity_bounds,
        summary="A quantity's minimum is at most its maximum, its value lies between them, and a comparator has a value.",
        examples=(
            Example(
                "minimum-above-maximum",
                "A quantity is given the range 100 to 10 instead of its value.",
                setting("q-earned", minimum=100, maximum=10, value=None),
            ),
        ),
    ),
    Rule(
        code="quantity.unit_and_currency",
        severity=Severity.ERROR,
        check=quantity_unit_or_currency,
        summary="A quantity has a unit or a currency, not both.",
        examples=(
            Example(
                "both",
                "A sum of dollars is also given a unit.",
                setting("q-orders", unit="{order}"),
            ),
        ),
    ),
    Rule(
        code="quantity.fraction_value",
        severity=Severity.ERROR,
        check=quantity_fraction,
        summary="A quantity with an exact fraction and a value gives the fraction as its value (in percent with the unit '%').",
        examples=(
            Example(
                "a-third-that-is-not",
                "The orders of some $40 million are said to be exactly a third.",
                setting("q-orders", fraction=ExactFraction(numerator=1, denominator=3)),
            ),
        ),
    ),
    Rule(
        code="comparison.self",
        severity=Severity.ERROR,
        check=comparison_of_two,
        summary="A comparison compares two different things.",
        examples=(
            Example(
                "compared-with-itself",
                "A comparison compares the expected orders with themselves.",
                setting("cmp-orders", standard="q-orders"),
            ),
        ),
    ),
    Rule(
        code="rating.out_of_scale",
        severity=Severity.ERROR,
        check=rating_in_scale,
        summary="A review's rating lies on its scale, whose best and worst ratings differ; the scale may run either way.",
        examples=(
            Example(
                "six-of-five",
                "A fact-check rates the claim 6 on a scale from 1 to 5.",
                changed("c-signed", _first_review_rated(6)),
            ),
        ),
    ),
)
