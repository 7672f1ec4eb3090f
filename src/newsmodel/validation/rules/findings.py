"""Rules about what is found in the text: mentions, attributions, claims, quantities."""

from __future__ import annotations

from collections.abc import Iterator

from newsmodel.model import Attribution, Claim, Comparison, Quantity
from newsmodel.model.claims import Rating
from newsmodel.validation.rules.context import Context, Finding, inside, overlaps


def quantity_bounds(context: Context) -> Iterator[Finding]:
    for item in context.of_class(Quantity):
        low, high, value = (item.data.get(k) for k in ("minimum", "maximum", "value"))
        if low is not None and high is not None and low > high:
            yield (*item.path, "minimum"), f"minimum {low} is greater than maximum {high}"
        if value is not None and low is not None and value < low:
            yield (*item.path, "value"), f"value {value} is below the minimum {low}"
        if value is not None and high is not None and value > high:
            yield (*item.path, "value"), f"value {value} is above the maximum {high}"
        if "comparator" in item.data and "value" not in item.data:
            yield (*item.path, "comparator"), "a comparator needs a value to compare with"


def quantity_unit_or_currency(context: Context) -> Iterator[Finding]:
    for item in context.of_class(Quantity):
        if "unit" in item.data and "currency" in item.data:
            yield item.path, "a quantity has a unit or a currency, not both"


def rating_in_scale(context: Context) -> Iterator[Finding]:
    for item in context.of_class(Rating):
        value, best, worst = (item.data.get(key) for key in ("value", "best", "worst"))
        if best is None or worst is None:
            continue  # every part is optional: a scale that is not given cannot be checked
        if best == worst:
            yield (*item.path, "best"), f"the scale's best and worst ratings are both {best}"
        elif value is not None and not min(best, worst) <= value <= max(best, worst):
            yield (*item.path, "value"), f"rating {value} lies outside the scale {worst} to {best}"


def mentions_in_order(context: Context) -> Iterator[Finding]:
    for item in context.located:
        mentions = item.data.get("mentions") if "type" in item.data else None
        if mentions:
            starts = [(m["anchor"]["start"], m["anchor"]["end"]) for m in mentions]
            if starts != sorted(starts):
                yield (*item.path, "mentions"), "mentions are not in text order"


def nested_attribution_inside(context: Context) -> Iterator[Finding]:
    for item in context.of_class(Attribution):
        outer = context.identified.get(item.data.get("nestedIn", ""))
        if (
            outer is not None
            and outer.cls is Attribution
            and not inside(item.data["content"], outer.data["content"])
        ):
            yield (
                (*item.path, "content"),
                f"the content lies outside the content of {outer.data['id']!r}, "
                "which it is nested in",
            )


def claim_inside_attribution(context: Context) -> Iterator[Finding]:
    for item in context.of_class(Claim):
        attribution = context.identified.get(item.data.get("attribution", ""))
        if (
            attribution is not None
            and attribution.cls is Attribution
            and not overlaps(item.data["content"], attribution.data["content"])
        ):
            # Overlap, not containment: a claim may spell out what the reported words
            # leave to a pronoun ("what U.S. space companies earned ..., which ... said
            # was $50 billion"), but a claim that shares no words with its report is
            # anchored to the wrong place.
            yield (
                (*item.path, "content"),
                f"the claim's words share nothing with the content of "
                f"{attribution.data['id']!r}, which reports it",
            )


def comparison_of_two(context: Context) -> Iterator[Finding]:
    for item in context.of_class(Comparison):
        if item.data["subject"] == item.data["standard"]:
            yield (*item.path, "standard"), "a comparison compares its subject with itself"
