"""Stage two: the rules a JSON Schema cannot state, in one table.

Each rule has a stable code, a severity, one sentence of documentation and one function.
A function takes a :class:`Context` (the schema-valid JSON document, with what every
rule needs computed once) and yields ``(pointer path, message)`` pairs. The docs page of
rules is generated from :data:`RULES`; to add a rule, write its function here and add one
line to the table.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import attrs

from newsmodel.errors import Severity
from newsmodel.model import Anchor, Attribution, Quantity, Segment, TimeExpression
from newsmodel.model.claims import Rating
from newsmodel.model.text import is_canonical_text
from newsmodel.validation.walk import Located, Path, kind_of, objects, references

Finding = tuple[Path, str]


@attrs.frozen
class Context:
    """A schema-valid document and the facts about it that several rules share."""

    document: Mapping[str, Any]

    @functools.cached_property
    def text(self) -> str:
        return str(self.document["text"])

    @functools.cached_property
    def located(self) -> tuple[Located, ...]:
        return tuple(objects(self.document))

    def of_class(self, cls: type) -> Iterator[Located]:
        return (item for item in self.located if item.cls is cls)

    @functools.cached_property
    def identified(self) -> dict[str, Located]:
        """Each id to the first object that has it."""
        found: dict[str, Located] = {}
        for item in self.located:
            if "id" in item.data and len(item.path) == 2:
                found.setdefault(item.data["id"], item)
        return found


@attrs.frozen(kw_only=True)
class Rule:
    """One check that the schema cannot make."""

    code: str
    """Stable identifier, used in reports and to enable or disable the rule."""
    severity: Severity
    """Whether breaking it makes the document invalid (error) or is suspicious (warning)."""
    summary: str
    """One sentence saying what the rule requires."""
    check: Callable[[Context], Iterator[Finding]]
    """Yields where and how the document breaks the rule."""


# --- the text and its segments ---------------------------------------------------------


def text_canonical(context: Context) -> Iterator[Finding]:
    if not is_canonical_text(context.text):
        yield ("text",), "text is not in canonical form (NFC, LF line breaks); see canonical_text()"


def segments_in_order(context: Context) -> Iterator[Finding]:
    previous_end = 0
    for item in context.of_class(Segment):
        start, end = item.data["start"], item.data["end"]
        if not start < end <= len(context.text):
            yield item.path, f"segment {start}..{end} is not a non-empty span of the text"
        elif start < previous_end:
            yield (
                item.path,
                f"segment starts at {start}, before the previous one ends at {previous_end}",
            )
        previous_end = max(previous_end, end)


def text_covered(context: Context) -> Iterator[Finding]:
    covered = 0
    gaps = []
    for item in context.of_class(Segment):
        gaps.append((covered, item.data["start"]))
        covered = max(covered, item.data["end"])
    gaps.append((covered, len(context.text)))
    for start, end in gaps:
        if start < end and context.text[start:end].strip():
            yield ("text",), f"text at {start}..{end} belongs to no segment"
            return


# --- anchors ---------------------------------------------------------------------------


def anchor_in_text(context: Context) -> Iterator[Finding]:
    for item in context.of_class(Anchor):
        start, end = item.data["start"], item.data["end"]
        if not start < end <= len(context.text):
            yield (
                item.path,
                f"offsets {start}..{end} are not a non-empty span of the {len(context.text)}-character text",
            )


def anchor_exact(context: Context) -> Iterator[Finding]:
    for item in context.of_class(Anchor):
        start, end, exact = item.data["start"], item.data["end"], item.data["exact"]
        if start < end <= len(context.text) and context.text[start:end] != exact:
            found = context.text[start:end]
            shown = found if len(found) <= 40 else found[:37] + "..."
            yield (
                (*item.path, "exact"),
                f"the text at {start}..{end} is {shown!r}, not the exact text given",
            )


# --- identifiers and references --------------------------------------------------------


def ids_unique(context: Context) -> Iterator[Finding]:
    seen: set[str] = set()
    for item in context.located:
        if "id" in item.data and len(item.path) == 2:
            identifier = item.data["id"]
            if identifier in seen:
                yield (*item.path, "id"), f"id {identifier!r} is already used in this document"
            seen.add(identifier)


def references_resolve(context: Context) -> Iterator[Finding]:
    for item in context.located:
        for reference in references(item):
            if reference.target not in context.identified:
                yield reference.path, f"{reference.target!r} is the id of nothing in this document"


def references_typed(context: Context) -> Iterator[Finding]:
    for item in context.located:
        for reference in references(item):
            target = context.identified.get(reference.target)
            if target is not None and kind_of(target) not in reference.allowed:
                allowed = ", ".join(reference.allowed)
                yield (
                    reference.path,
                    (f"{reference.target!r} is a {kind_of(target)}; this refers to a {allowed}"),
                )


# --- quantities, ratings ---------------------------------------------------------------


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
        value, best, worst = item.data["value"], item.data["best"], item.data["worst"]
        if not min(best, worst) <= value <= max(best, worst):
            yield (*item.path, "value"), f"rating {value} lies outside the scale {worst} to {best}"


# --- time ------------------------------------------------------------------------------

_CALENDAR = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T(\d{2})(?::(\d{2})(?::(\d{2}))?)?)?")


def timex_calendar(context: Context) -> Iterator[Finding]:
    for item in context.of_class(TimeExpression):
        value = item.data.get("value", "")
        match = _CALENDAR.match(value)
        if not match:
            continue
        year, month, day, hour, minute, second = (int(g) if g else None for g in match.groups())
        assert year is not None
        if month is not None and not 1 <= month <= 12:
            yield (*item.path, "value"), f"{value!r} has no month {month}"
        elif (
            day is not None
            and month is not None
            and not 1 <= day <= calendar.monthrange(year, month)[1]
        ):
            yield (*item.path, "value"), f"{value!r} has no day {day} in that month"
        elif (hour or 0) > 24 or (minute or 0) > 59 or (second or 0) > 60:
            yield (*item.path, "value"), f"{value!r} is not a time of day"


def timex_value_fits_type(context: Context) -> Iterator[Finding]:
    for item in context.of_class(TimeExpression):
        value, type_ = item.data.get("value"), item.data["type"]
        if value is None:
            continue
        is_duration = value.startswith("P") and not value.endswith("_REF")
        if (type_ == "DURATION") != is_duration:
            yield (*item.path, "value"), f"{value!r} is not a value of a {type_} expression"


def document_times_sourced(context: Context) -> Iterator[Finding]:
    for item in context.of_class(TimeExpression):
        if "function" in item.data and "provenance" not in item.data:
            yield item.path, "a document time must say where it came from (provenance)"


def modified_after_published(context: Context) -> Iterator[Finding]:
    by_function = {
        item.data["function"]: item
        for item in context.of_class(TimeExpression)
        if "function" in item.data and "value" in item.data
    }
    published = by_function.get("PUBLICATION_TIME")
    modified = by_function.get("MODIFICATION_TIME")
    if published and modified:
        first, last = published.data["value"], modified.data["value"]
        shared = min(len(first), len(last), 10)  # compare at the coarser precision
        if last[:shared] < first[:shared]:
            yield (*modified.path, "value"), f"modified {last} before it was published {first}"


def time_anchors_acyclic(context: Context) -> Iterator[Finding]:
    yield from _cycles(context, TimeExpression, "anchorTime", "is resolved against itself")


# --- attribution -----------------------------------------------------------------------


def attributions_acyclic(context: Context) -> Iterator[Finding]:
    yield from _cycles(context, Attribution, "nestedIn", "is nested in itself")


def _cycles(context: Context, cls: type, key: str, what: str) -> Iterator[Finding]:
    parent = {item.data["id"]: item.data[key] for item in context.of_class(cls) if key in item.data}
    for item in context.of_class(cls):
        seen = {item.data["id"]}
        current = parent.get(item.data["id"])
        while current is not None and current not in seen:
            seen.add(current)
            current = parent.get(current)
        if current == item.data["id"]:
            yield (*item.path, key), f"{item.data['id']!r} {what}, through {len(seen)} step(s)"


def mentions_in_order(context: Context) -> Iterator[Finding]:
    for item in context.located:
        mentions = item.data.get("mentions") if "type" in item.data else None
        if mentions:
            starts = [mention["anchor"]["start"] for mention in mentions]
            if starts != sorted(starts):
                yield (*item.path, "mentions"), "mentions are not in text order"


#: Every rule, in the order reports list their findings.
RULES: tuple[Rule, ...] = (
    Rule(
        code="text.not_canonical",
        severity=Severity.ERROR,
        check=text_canonical,
        summary="The text is in canonical form: NFC, with LF as its only line break.",
    ),
    Rule(
        code="segment.order",
        severity=Severity.ERROR,
        check=segments_in_order,
        summary="Segments are non-empty spans of the text, in order, and do not overlap.",
    ),
    Rule(
        code="segment.uncovered_text",
        severity=Severity.WARNING,
        check=text_covered,
        summary="Every non-blank stretch of the text belongs to a segment.",
    ),
    Rule(
        code="anchor.out_of_range",
        severity=Severity.ERROR,
        check=anchor_in_text,
        summary="An anchor's start comes before its end, and both lie within the text.",
    ),
    Rule(
        code="anchor.text_mismatch",
        severity=Severity.ERROR,
        check=anchor_exact,
        summary="An anchor's exact text is the text at its offsets.",
    ),
    Rule(
        code="id.duplicate",
        severity=Severity.ERROR,
        check=ids_unique,
        summary="No two objects in a document have the same id.",
    ),
    Rule(
        code="ref.dangling",
        severity=Severity.ERROR,
        check=references_resolve,
        summary="Every reference names the id of an object in the document.",
    ),
    Rule(
        code="ref.wrong_type",
        severity=Severity.ERROR,
        check=references_typed,
        summary="Every reference names an object of a kind the field allows (a source is an agent, not a place).",
    ),
    Rule(
        code="quantity.bounds",
        severity=Severity.ERROR,
        check=quantity_bounds,
        summary="A quantity's minimum is at most its maximum, its value lies between them, and a comparator has a value.",
    ),
    Rule(
        code="quantity.unit_and_currency",
        severity=Severity.ERROR,
        check=quantity_unit_or_currency,
        summary="A quantity has a unit or a currency, not both.",
    ),
    Rule(
        code="rating.out_of_scale",
        severity=Severity.ERROR,
        check=rating_in_scale,
        summary="A review's rating lies between the worst and the best rating of its scale.",
    ),
    Rule(
        code="time.invalid_date",
        severity=Severity.ERROR,
        check=timex_calendar,
        summary="A TIMEX3 value names a real month, day and time of day.",
    ),
    Rule(
        code="time.value_type",
        severity=Severity.ERROR,
        check=timex_value_fits_type,
        summary="A DURATION has a duration value (P...), and other types do not.",
    ),
    Rule(
        code="time.unsourced_document_time",
        severity=Severity.ERROR,
        check=document_times_sourced,
        summary="Each of the document's own times says where it came from.",
    ),
    Rule(
        code="time.modified_before_published",
        severity=Severity.ERROR,
        check=modified_after_published,
        summary="The document was not modified before it was published.",
    ),
    Rule(
        code="time.anchor_cycle",
        severity=Severity.ERROR,
        check=time_anchors_acyclic,
        summary="No time expression is resolved against itself, directly or through others.",
    ),
    Rule(
        code="attribution.nesting_cycle",
        severity=Severity.ERROR,
        check=attributions_acyclic,
        summary="No attribution is nested in itself, directly or through others.",
    ),
    Rule(
        code="mention.order",
        severity=Severity.WARNING,
        check=mentions_in_order,
        summary="An entity lists its mentions in text order.",
    ),
)
