"""Words for what the view shows: names of entities, values of times and quantities, certainty.

Everything here turns model objects into short plain-text phrases for a reader; the
page escapes them like any other text.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping

from newsmodel.model import (
    AnonymousSource,
    Artifact,
    Comparator,
    Entity,
    Factuality,
    Group,
    Organization,
    Person,
    Place,
    Quantity,
    TimeExpression,
    Work,
)

_KIND_OF_ENTITY: Mapping[type, str] = {
    Person: "person",
    Organization: "organization",
    Place: "place",
    Artifact: "object",
    Group: "group",
    AnonymousSource: "anonymous source",
    Work: "document",
}


def entity_kind(entity: Entity) -> str:
    """What kind of thing ``entity`` is, in words: ``person``, ``anonymous source`` ..."""
    return _KIND_OF_ENTITY[type(entity)]


def entity_name(entity: Entity) -> str:
    """How the view names ``entity``: its name, or for an anonymous source its description."""
    if isinstance(entity, AnonymousSource):
        return entity.description
    if isinstance(entity, Work):
        return entity.title or entity.description or entity.kind.value
    return entity.name or entity.description or entity.id


def number(value: float) -> str:
    """``880000000`` -> ``880,000,000``; ``2.5`` -> ``2.5``."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e18:
        value = int(value)
    return f"{value:,}"


_UNIT_WORDS = {"mo": "months", "a": "years", "wk": "weeks", "d": "days", "h": "hours"}
_COMPARATOR_WORDS = {
    Comparator.LESS_THAN: "less than",
    Comparator.AT_MOST: "at most",
    Comparator.AT_LEAST: "at least",
    Comparator.MORE_THAN: "more than",
}


def _unit(code: str, value: float | None) -> str:
    """A UCUM code in words: 'mo' -> 'months'; '{office}', a counted thing, -> 'offices'."""
    if code.startswith("{") and code.endswith("}"):
        return code[1:-1] + ("" if value == 1 else "s")
    return _UNIT_WORDS.get(code, code)


def quantity_value(quantity: Quantity) -> str:
    """The amount in words: 'about 880,000,000 USD', 'more than 12 firm', '12 to 20 %'."""
    if quantity.value is not None:
        amount = number(quantity.value)
    elif quantity.minimum is not None and quantity.maximum is not None:
        amount = f"{number(quantity.minimum)} to {number(quantity.maximum)}"
    elif quantity.minimum is not None:
        amount = f"at least {number(quantity.minimum)}"
    elif quantity.maximum is not None:
        amount = f"at most {number(quantity.maximum)}"
    else:
        amount = "no value given"
    words = []
    if quantity.approximate:
        words.append("about")
    if quantity.comparator is not None:
        words.append(_COMPARATOR_WORDS[quantity.comparator])
    words.append(amount)
    if quantity.currency:
        words.append(quantity.currency)
    if quantity.unit:
        words.append(_unit(quantity.unit, quantity.value))
    return " ".join(words)


def describe_quantity(quantity: Quantity, times: Mapping[str, TimeExpression]) -> str:
    """One line saying what a quantity's value is, what it measures and when."""
    parts = [quantity_value(quantity)]
    if quantity.measured:
        parts.append(quantity.measured)
    if quantity.time is not None:
        parts.append(f"time: {time_label(quantity.time, times)}")
    return "; ".join(parts)


_WEEKDAY = re.compile(r"([0-9]{4}|XXXX)-W([0-9]{2}|XX)-([1-7])")
_DURATION = re.compile(r"P([0-9]+)([YMWD])")
_DURATION_WORDS = {"Y": "year", "M": "month", "W": "week", "D": "day"}
_REFERENCES = {"PRESENT_REF": "the present", "PAST_REF": "the past", "FUTURE_REF": "the future"}


def time_gloss(value: str) -> str | None:
    """A TIMEX3 value read out, where it is one of the common shapes; None otherwise."""
    if value in _REFERENCES:
        return _REFERENCES[value]
    if re.fullmatch(r"[0-9]{4}", value):
        return f"the year {value}"
    if match := re.fullmatch(r"([0-9]{4})-([0-9]{2})", value):
        month = int(match[2])
        return f"{calendar.month_name[month]} {match[1]}" if 1 <= month <= 12 else None
    if match := re.fullmatch(r"([0-9]{4})-([0-9]{2})-([0-9]{2})", value):
        month = int(match[2])
        if 1 <= month <= 12:
            return f"{int(match[3])} {calendar.month_name[month]} {match[1]}"
        return None
    if match := _WEEKDAY.fullmatch(value):
        day = calendar.day_name[int(match[3]) - 1]
        year = "" if match[1] == "XXXX" else match[1]
        if match[2] == "XX":
            return f"a {day}{f' in {year}' if year else ''}, week unknown"
        return f"a {day}, week {int(match[2])}{f' of {year}' if year else ''}"
    if match := _DURATION.fullmatch(value):
        count = int(match[1])
        unit = _DURATION_WORDS[match[2]]
        return f"{count} {unit}{'' if count == 1 else 's'}"
    return None


def time_value(time: TimeExpression) -> str:
    """The value with its reading: 'XXXX-WXX-3 (a Wednesday, week unknown)', or 'unresolved'."""
    if time.value is None:
        return "unresolved"
    gloss = time_gloss(time.value)
    return f"{time.value} ({gloss})" if gloss else time.value


def time_label(time_id: str, times: Mapping[str, TimeExpression]) -> str:
    """A time named by its words in the text and its value: 'last year (1998)'."""
    time = times.get(time_id)
    if time is None:
        return time_id
    words = time.anchor.exact if time.anchor is not None else time_id
    return f"{words} ({time.value})" if time.value is not None else words


def describe_time(time: TimeExpression, times: Mapping[str, TimeExpression]) -> str:
    """One line saying a time's type, value, modifier and what it was resolved against."""
    parts = [time.type.value, time_value(time)]
    if time.modifier is not None:
        parts.append(f"modifier {time.modifier.value}")
    if time.anchor_time is not None:
        anchor = times.get(time.anchor_time)
        against = anchor.value if anchor is not None and anchor.value else time.anchor_time
        parts.append(f"resolved against {against}")
    return "; ".join(parts)


_CERTAINTY_WORDS = {
    "certain": "certain",
    "probable": "probable",
    "possible": "possible",
    "unknown": "uncommitted",
}


def describe_factuality(factuality: Factuality) -> str:
    """'certain, positive (CT+)', 'uncommitted (Uu)'."""
    certainty = _CERTAINTY_WORDS[factuality.certainty]
    if factuality is Factuality.UNCOMMITTED:
        return f"{certainty} ({factuality.value})"
    return f"{certainty}, {factuality.polarity} ({factuality.value})"
