"""Rules about time expressions and the document's own times (TIMEX3)."""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Iterator

import attrs

from newsmodel.model import (
    DocumentFunction,
    Provenance,
    SegmentRole,
    TimeExpression,
    TimeRelation,
    TimexType,
)
from newsmodel.model._fields import a_or_an
from newsmodel.validation.rules.context import Context, Finding
from newsmodel.validation.walk import Located

_TIME = attrs.fields(TimeExpression)

_CALENDAR = re.compile(
    r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T(\d{2})(?::(\d{2})(?::(\d{2}))?)?)?(?![\d:])"
)
_WEEK = re.compile(r"^[\dX]{4}-W(\d{2})(?:-(\d))?")
_REFERENCE_POINTS = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")


def _calendar_problem(value: str) -> str | None:
    week = _WEEK.match(value)
    if week:
        number, weekday = week.group(1), week.group(2)
        if not 1 <= int(number) <= 53:
            return f"{value!r} has no week {number}"
        if weekday is not None and not 1 <= int(weekday) <= 7:
            return f"{value!r} has no weekday {weekday} (Monday is 1, Sunday 7)"
        return None
    match = _CALENDAR.match(value)
    if not match:
        return None
    year, month, day, hour, minute, second = (int(g) if g else None for g in match.groups())
    assert year is not None
    if month is not None and not 1 <= month <= 12:
        return f"{value!r} has no month {month}"
    if (
        day is not None
        and month is not None
        and not 1 <= day <= calendar.monthrange(year, month)[1]
    ):
        return f"{value!r} has no day {day} in that month"
    if (hour or 0) > 24 or (minute or 0) > 59 or (second or 0) > 60:
        return f"{value!r} is not a time of day"
    if hour == 24 and (minute or second):
        return f"{value!r} is not a time of day (24 is only 24:00)"
    return None


def timex_calendar(context: Context) -> Iterator[Finding]:
    for item in context.of_class(TimeExpression):
        problem = _calendar_problem(item.obj.value or "")
        if problem:
            yield item.at(_TIME.value), problem


def _is_duration(value: str) -> bool:
    return value.startswith("P") and value not in _REFERENCE_POINTS


def timex_value_fits_type(context: Context) -> Iterator[Finding]:
    for item in context.of_class(TimeExpression):
        value, type_ = item.obj.value, item.obj.type
        if value is None or value in _REFERENCE_POINTS:
            continue
        wrong = (
            (type_ is TimexType.DURATION and not _is_duration(value))
            or (type_ in (TimexType.DATE, TimexType.TIME) and _is_duration(value))
            or (type_ is TimexType.DATE and "T" in value)
        )
        # A SET may be a duration ("P1W", every week) or a date pattern ("XXXX-WXX-3").
        if wrong:
            yield (
                item.at(_TIME.value),
                f"{value!r} is not a value of {a_or_an(type_.value)} expression",
            )


def document_times_sourced(context: Context) -> Iterator[Finding]:
    for item in context.of_class(TimeExpression):
        if item.obj.function is not None and item.obj.provenance is None:
            yield item.path, "a document time must say where it came from (provenance)"


def document_times_once(context: Context) -> Iterator[Finding]:
    seen: set[DocumentFunction] = set()
    for item in context.of_class(TimeExpression):
        function = item.obj.function
        if function in seen:
            yield item.at(_TIME.function), f"the document already has {a_or_an(function.value)}"
        if function is not None:
            seen.add(function)


def _instant(value: str) -> datetime.datetime | None:
    """A full timestamp with an offset, or None for anything coarser."""
    if not re.match(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$", value):
        return None
    try:
        return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def _ends_before(last: str, first: str) -> bool:
    """Whether the time ``last`` certainly ends before ``first`` begins."""
    later, earlier = _instant(last), _instant(first)
    if later is not None and earlier is not None:
        return later < earlier
    if not (_CALENDAR.match(last) and _CALENDAR.match(first)):
        return False  # weeks, seasons, unknown digits: not comparable here
    shared = min(len(first), len(last), 10)  # compare the dates at the coarser precision
    return last[:shared] < first[:shared]


def modified_after_published(context: Context) -> Iterator[Finding]:
    by_function: dict[DocumentFunction, Located[TimeExpression]] = {}
    for item in context.of_class(TimeExpression):
        if item.obj.function is not None and item.obj.value is not None:
            by_function.setdefault(item.obj.function, item)
    published = by_function.get(DocumentFunction.PUBLICATION_TIME)
    modified = by_function.get(DocumentFunction.MODIFICATION_TIME)
    if published and modified and published.obj.value and modified.obj.value:
        first, last = published.obj.value, modified.obj.value
        if _ends_before(last, first):
            yield modified.at(_TIME.value), f"modified {last} before it was published {first}"


_CHROME_ONLY = {SegmentRole.PAGE_CHROME}


def provenance_matches_anchor(context: Context) -> Iterator[Finding]:
    for item in context.of_class(TimeExpression):
        anchor, provenance = item.obj.anchor, item.obj.provenance
        if anchor is None or provenance not in (Provenance.STORY, Provenance.PAGE_TEMPLATE):
            continue
        roles = context.roles_at(anchor.start, anchor.end)
        in_chrome = roles == _CHROME_ONLY
        if provenance is Provenance.PAGE_TEMPLATE and roles and not in_chrome:
            yield (
                item.at(_TIME.provenance),
                "said to come from the page template, but its words are not in page chrome",
            )
        elif provenance is Provenance.STORY and in_chrome:
            yield (
                item.at(_TIME.provenance),
                "said to come from the story, but its words are page chrome",
            )


def _from_page_chrome(context: Context, time: TimeExpression) -> bool:
    if time.provenance is Provenance.PAGE_TEMPLATE:
        return True
    anchor = time.anchor
    return anchor is not None and context.roles_at(anchor.start, anchor.end) == _CHROME_ONLY


def not_resolved_against_page_chrome(context: Context) -> Iterator[Finding]:
    for item in context.of_class(TimeExpression):
        target = context.target(item.obj.anchor_time, TimeExpression)
        if target is not None and _from_page_chrome(context, target.obj):
            yield (
                item.at(_TIME.anchor_time),
                f"resolved against {target.obj.id!r}, a time from the page template, "
                "not from the story",
            )


def recurrence_only_on_sets(context: Context) -> Iterator[Finding]:
    for item in context.of_class(TimeExpression):
        if item.obj.type is TimexType.SET:
            continue
        for field in (_TIME.quantifier, _TIME.frequency):
            if getattr(item.obj, field.name) is not None:
                yield item.at(field), f"only a SET recurs, and this is a {item.obj.type.value}"


def time_relations_of_two(context: Context) -> Iterator[Finding]:
    for item in context.of_class(TimeRelation):
        if item.obj.subject == item.obj.target:
            yield (
                item.at(attrs.fields(TimeRelation).target),
                "a time relation relates its subject to itself",
            )
