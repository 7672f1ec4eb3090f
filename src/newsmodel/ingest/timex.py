"""Time expressions found in text and normalized to TIMEX3 against a reference time.

Small regular expressions, not a library: dateparser and ctparse parse a string that is
already known to be a date, but do not find the expression's words in running text
with their offsets, and neither writes TIMEX3 values ('1999-WXX-3', 'P2M',
'FUTURE_REF'). What is not resolvable against the reference time is kept with no value.

Also used for the dates of a page (its dateline, its "Last updated" line), in the
common day-month-year and month-day-year forms of English, German and French.
"""

from __future__ import annotations

import datetime
import re

import attrs

from newsmodel.coverage import Coverage

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "january jan januar janvier",
            "february feb februar février fevrier",
            "march mar märz maerz mars",
            "april apr avril",
            "may mai",
            "june jun juni juin",
            "july jul juli juillet",
            "august aug août aout",
            "september sep sept septembre",
            "october oct oktober okt octobre",
            "november nov novembre",
            "december dec dezember dez décembre decembre",
        ),
        start=1,
    )
    for name in names.split()
}
WEEKDAYS = {
    name: number
    for number, names in enumerate(
        (
            "monday montag lundi",
            "tuesday dienstag mardi",
            "wednesday mittwoch mercredi",
            "thursday donnerstag jeudi",
            "friday freitag vendredi",
            "saturday samstag samedi",
            "sunday sonntag dimanche",
        ),
        start=1,
    )
    for name in names.split()
}
NUMBER_WORDS = {
    word: number
    for number, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
        ]
    )
}
_UNITS = {"year": "Y", "month": "M", "week": "W", "day": "D", "hour": "H"}

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_NUMBER = r"\d+|" + "|".join(NUMBER_WORDS)
_CLOCK = r"(?:,?\s*(?:um\s+|à\s+|at\s+)?(?P<hour>\d{1,2})[:.h](?P<minute>\d{2})(?:\s*Uhr)?)?"

#: Calendar dates, the most specific forms first.
DATE_PATTERNS = (
    re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b" + _CLOCK),
    re.compile(r"\b(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})\b" + _CLOCK),
    # Month first, as in the United States; day first where the day cannot be a month
    # ("27/07/2016"); see date_value.
    re.compile(r"\b(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4})\b" + _CLOCK),
    re.compile(r"(?P<year>\d{4})年(?P<month>\d{1,2})月(?:(?P<day>\d{1,2})日)?"),
    re.compile(
        rf"\b(?P<monthname>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b"
        + _CLOCK,
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?P<day>\d{{1,2}})(?:\.|er)?\s+(?P<monthname>{_MONTH})\.?\s+(?P<year>\d{{4}})\b"
        + _CLOCK,
        re.IGNORECASE,
    ),
    re.compile(rf"\b(?P<monthname>{_MONTH})\s+(?P<year>\d{{4}})\b", re.IGNORECASE),
)


@attrs.frozen
class FoundTime:
    """A time expression's offsets in the text and its TIMEX3 value (None: unresolved)."""

    start: int
    end: int
    value: str | None
    relative: bool = False
    """Whether the value was resolved against the reference time."""


def date_value(match: re.Match[str], *, day_first: bool = False) -> str | None:
    """The TIMEX3 value of a match of one of :data:`DATE_PATTERNS`, or None if impossible;
    ``day_first`` reads "03/12/2024" as 3 December, as everywhere but the United States."""
    groups = match.groupdict()
    if day_first and "/" in match.group(0):
        groups["month"], groups["day"] = groups["day"], groups["month"]
    month = MONTHS[groups["monthname"].lower()] if groups.get("monthname") else int(groups["month"])
    year = int(groups["year"])
    if groups.get("day") is not None and month > 12 >= int(groups["day"]):
        month, groups["day"] = int(groups["day"]), str(month)  # "27/07/2016": day first
    if not 1 <= month <= 12:
        return None
    if groups.get("day") is None:
        return f"{year:04d}-{month:02d}"
    day = int(groups["day"])
    try:
        datetime.date(year, month, day)
    except ValueError:
        return None  # "31.02.2020": not a date, whatever it is
    value = f"{year:04d}-{month:02d}-{day:02d}"
    if groups.get("hour") is not None and int(groups["hour"]) < 24:
        value += f"T{int(groups['hour']):02d}:{groups['minute']}"
    return value


def first_date(text: str, *, day_first: bool = False) -> tuple[int, int, str] | None:
    """The first calendar date in ``text``: its offsets and TIMEX3 value."""
    found = sorted(
        (m.start(), -m.end(), value)
        for pattern in DATE_PATTERNS
        for m in pattern.finditer(text)
        if (value := date_value(m, day_first=day_first)) is not None
    )
    if not found:
        return None
    start, negative_end, value = found[0]
    return start, -negative_end, value


_RELATIVE = re.compile(
    rf"\b(?:(?P<weekday>{_WEEKDAY})"
    r"|(?P<shift>last|this|next)\s+(?P<unit>year|month|week)"
    r"|(?P<deictic>yesterday|today|tomorrow)"
    r"|(?P<ref>soon|recently|now|currently)"
    rf"|(?:(?:the\s+)?(?:next|past|last|coming)\s+)?(?P<count>{_NUMBER})\s+(?P<dunit>year|month|week|day|hour)s?(?:\s+or\s+so)?"
    r"|(?P<year>(?:19|20)\d{2}))\b",
    re.IGNORECASE,
)


def find_times(text: str, reference: str | None, *, day_first: bool = False) -> list[FoundTime]:
    """Every time expression of ``text``, resolved against the TIMEX3 date ``reference``
    (the creation time: '1999-02', '2020-04-28'), or left unresolved where it cannot be."""
    found: list[FoundTime] = []
    # The words a date took, indexed again after each pattern (one pattern's matches do
    # not overlap one another): asking each match against every date taken cost the
    # square of the dates in a paragraph (8,000 in one: 13 s).
    dated: list[tuple[int, int]] = []
    taken = Coverage(dated)
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            if taken.overlaps(match.start(), match.end()):
                continue
            dated.append((match.start(), match.end()))
            found.append(
                FoundTime(match.start(), match.end(), date_value(match, day_first=day_first))
            )
        taken = Coverage(dated)
    for match in _RELATIVE.finditer(text):
        if taken.overlaps(match.start(), match.end()):
            continue
        if match["year"] and _preceded_by_money(text, match.start()):
            continue
        relative = bool(match["weekday"] or match["shift"] or match["deictic"])
        value = _relative_value(match, reference)
        found.append(FoundTime(match.start(), match.end(), value, relative and value is not None))
    return sorted(found, key=lambda t: t.start)


def _preceded_by_money(text: str, start: int) -> bool:
    return start > 0 and text[start - 1] in "$€£¥"


def _relative_value(match: re.Match[str], reference: str | None) -> str | None:
    if match["year"]:
        return match["year"]
    if match["ref"]:
        word = match["ref"].lower()
        return (
            "FUTURE_REF" if word == "soon" else "PAST_REF" if word == "recently" else "PRESENT_REF"
        )
    if match["count"]:
        count = match["count"].lower()
        number = NUMBER_WORDS.get(count) if not count.isdigit() else int(count)
        return None if number is None else f"P{number}{_UNITS[match['dunit'].lower()]}"
    year, month, day = _parts(reference)
    if match["weekday"]:
        weekday = WEEKDAYS[match["weekday"].lower()]
        if year is None:
            return None
        if day is None:
            return f"{year:04d}-WXX-{weekday}"
        return _last_weekday(year, month or 1, day, weekday)
    if match["shift"]:
        step = {"last": -1, "this": 0, "next": 1}[match["shift"].lower()]
        unit = match["unit"].lower()
        if unit == "year" and year is not None:
            return f"{year + step:04d}"
        if unit == "month" and month is not None and year is not None:
            index = year * 12 + month - 1 + step
            return f"{index // 12:04d}-{index % 12 + 1:02d}"
        return None
    if day is None or year is None or month is None:
        return None
    step = {"yesterday": -1, "today": 0, "tomorrow": 1}[match["deictic"].lower()]
    return (datetime.date(year, month, day) + datetime.timedelta(days=step)).isoformat()


def _parts(reference: str | None) -> tuple[int | None, int | None, int | None]:
    match = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", reference or "")
    if match is None:
        return None, None, None
    year, month, day = match.groups()
    return int(year), int(month) if month else None, int(day) if day else None


def _last_weekday(year: int, month: int, day: int, weekday: int) -> str:
    """The latest date on or before the reference day that falls on ``weekday`` (news
    mostly tells of the past: "on Wednesday" in Friday's paper is two days before)."""
    reference = datetime.date(year, month, day)
    back = (reference.isoweekday() - weekday) % 7
    return (reference - datetime.timedelta(days=back)).isoformat()
