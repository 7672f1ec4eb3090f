"""Time expressions, after TimeML's TIMEX3.

A time expression has a type (date, time, duration, set), a normalized ISO 8601 value
with TimeML's extensions (``1998``, ``XXXX-WXX-3``, ``P2M``, ``PAST_REF``), a modifier
("approximately", "more than") and the time expression it was resolved against. An
expression whose anchor time is unknown stays unresolved: it has no value, rather than a
guessed one.

The document's own times (created, published, modified) are time expressions too, with a
``function`` and, where the text does not give them, no anchor; each says where it came
from. A recurring time (a SET: "every Monday") carries TIMEX3's ``quant`` and ``freq``.

Time relations follow TimeML's TLINK: how an event or a time stands to another in time
(before, includes, ends ...), with the signal word that says so ("by", "after").
"""

from __future__ import annotations

import enum
import re
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


class TimexType(enum.Enum):
    """TIMEX3's four types."""

    DATE = "DATE"
    """A calendar date or a coarser period: '1998', 'Wednesday'."""
    TIME = "TIME"
    """A time of day, or a date with a time of day."""
    DURATION = "DURATION"
    """A length of time: 'two months'."""
    SET = "SET"
    """A recurring time: 'every Wednesday'."""


class TimexModifier(enum.Enum):
    """TIMEX3's ``mod`` values."""

    BEFORE = "BEFORE"
    """Before the time: 'before 1998'."""
    AFTER = "AFTER"
    """After the time: 'after Wednesday'."""
    ON_OR_BEFORE = "ON_OR_BEFORE"
    """The time or before: 'no later than 1998'."""
    ON_OR_AFTER = "ON_OR_AFTER"
    """The time or after: 'no earlier than May'."""
    LESS_THAN = "LESS_THAN"
    """A duration shorter than the value: 'less than two months'."""
    MORE_THAN = "MORE_THAN"
    """A duration longer than the value: 'more than a year'."""
    EQUAL_OR_LESS = "EQUAL_OR_LESS"
    """A duration of at most the value: 'no more than a year'."""
    EQUAL_OR_MORE = "EQUAL_OR_MORE"
    """A duration of at least the value: 'at least two months'."""
    START = "START"
    """The beginning of the period: 'early 1999'."""
    MID = "MID"
    """The middle of the period: 'mid-1998'."""
    END = "END"
    """The end of the period: 'late last year'."""
    APPROX = "APPROX"
    """About the value: 'two months or so'."""


class DocumentFunction(enum.Enum):
    """The role a time plays for the document itself (TIMEX3 ``functionInDocument``)."""

    CREATION_TIME = "CREATION_TIME"
    """When the story was written: the time that relative expressions resolve against."""
    PUBLICATION_TIME = "PUBLICATION_TIME"
    """When the story was first published."""
    MODIFICATION_TIME = "MODIFICATION_TIME"
    """When the story or its page was last changed."""
    RELEASE_TIME = "RELEASE_TIME"
    """When the story may first be published (an embargo)."""
    EXPIRATION_TIME = "EXPIRATION_TIME"
    """When the story should no longer be used."""


class Provenance(enum.Enum):
    """Where a fact about the document came from."""

    STORY = "story"
    """The story's own text."""
    PAGE_TEMPLATE = "page_template"
    """The web page's template around the story (page chrome)."""
    PUBLISHER_METADATA = "publisher_metadata"
    """Metadata the publisher supplied with the story (a feed, HTML meta tags)."""
    ANNOTATOR = "annotator"
    """The annotator, from evidence outside the text (see the note)."""


# --- the TIMEX3 value grammar: written once, here -----------------------------------------
#
# The schema's pattern is assembled from these parts; the rules that check what a pattern
# cannot (a real day of the month, a week that exists) parse values with the expressions
# below; the hypothesis strategies draw values from the same parts.

#: The three reference points a value may be instead of a time.
PRESENT_REF, PAST_REF, FUTURE_REF = "PRESENT_REF", "PAST_REF", "FUTURE_REF"
REFERENCE_POINTS = (PRESENT_REF, PAST_REF, FUTURE_REF)
#: The seasons a value may name after its year: spring, summer, fall, winter.
SEASONS = ("SP", "SU", "FA", "WI")
#: The parts of the day a value may name after its ``T``: morning ... daytime.
PARTS_OF_DAY = ("MO", "MI", "AF", "EV", "NI", "DT")
#: The units of a duration's date part and of its time part, in the order they are written.
DURATION_DATE_UNITS, DURATION_TIME_UNITS = "YMWD", "HMS"
#: The letter that starts a duration, and the one that starts a time of day.
DURATION_MARK, TIME_MARK = "P", "T"
#: Values that show the grammar, as the docs and messages cite them.
TIMEX_EXAMPLES = ("1998", "1999-02-03", "XXXX-WXX-3", "P2M", "PAST_REF")

_AMOUNT = r"[0-9X]+(?:\.[0-9]+)?"
_ANY_UNIT = "".join(dict.fromkeys(DURATION_DATE_UNITS + DURATION_TIME_UNITS))  # M once

#: TIMEX3 values, per the TimeML 1.2.1 guidelines: dates and times with X for unknown
#: digits, weeks, seasons and parts of day, durations, and the three reference points.
TIMEX_VALUE_PATTERN = (
    f"^(?:{'|'.join(REFERENCE_POINTS)}"
    f"|{DURATION_MARK}(?:{_AMOUNT}[{_ANY_UNIT}]"
    f"|{TIME_MARK}{_AMOUNT}[{DURATION_TIME_UNITS}])+"
    f"|{DURATION_MARK}{TIME_MARK}(?:{_AMOUNT}[{DURATION_TIME_UNITS}])+"
    r"|[0-9X]{2,4}(?:-(?:[0-9X]{2}(?:-[0-9X]{2})?|W[0-9X]{2}(?:-[0-9X])?(?:WE)?"
    f"|Q[1-4X]|H[12X]|{'|'.join(SEASONS)}))?"
    f"(?:{TIME_MARK}(?:[0-9X]{{2}}(?::[0-9X]{{2}}(?::[0-9X]{{2}}(?:\\.[0-9]+)?)?)?"
    f"|{'|'.join(PARTS_OF_DAY)})"
    r"(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?)$"
)

#: The calendar parts of a value (year, month, day, hour, minute, second), for the checks
#: a pattern cannot make: that the month, the day and the time of day exist.
CALENDAR_PARTS = re.compile(
    r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T(\d{2})(?::(\d{2})(?::(\d{2}))?)?)?(?![\d:])"
)
#: The week and weekday of a week value (``2021-W09-2``).
WEEK_PARTS = re.compile(r"^[\dX]{4}-W(\d{2})(?:-(\d))?")
#: A full timestamp with an offset: the one kind of value that fixes an instant.
INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$")


def is_duration(value: str) -> bool:
    """Whether a TIMEX3 value is a duration (``P2M``), not a date or a reference point."""
    return value.startswith(DURATION_MARK) and value not in REFERENCE_POINTS


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class TimeExpression:
    """A time the story mentions, or one of the document's own times, after TIMEX3."""

    id: str = id_field("time expression")
    type: TimexType = attrs.field(metadata=doc("TIMEX3 type: DATE, TIME, DURATION or SET."))
    anchor: Anchor | None = attrs.field(
        default=None,
        metadata=doc(
            "The words of the expression; absent for a document time the text does not give."
        ),
    )
    value: str | None = attrs.field(
        default=None,
        metadata=doc(
            "Normalized TIMEX3 value ('1998', '1999-02', 'XXXX-WXX-3', 'P2M', 'PAST_REF'); "
            "absent while the expression is unresolved.",
            schema={"pattern": TIMEX_VALUE_PATTERN},
        ),
    )
    modifier: TimexModifier | None = attrs.field(
        default=None, metadata=doc("TIMEX3 mod: APPROX for 'or so', MORE_THAN, START ...")
    )
    anchor_time: str | None = attrs.field(
        default=None,
        metadata=doc(
            "Id of the time expression the value was resolved against (TIMEX3 anchorTimeID), "
            "usually the document's creation time.",
            refers_to=("TimeExpression",),
        ),
    )
    quantifier: str | None = attrs.field(
        default=None,
        metadata=doc(
            "For a SET, TIMEX3 quant: the quantifier the text uses, 'EVERY', 'EACH'.",
            schema={"pattern": "^[A-Z]+$"},
        ),
    )
    frequency: str | None = attrs.field(
        default=None,
        metadata=doc(
            "For a SET, TIMEX3 freq: how often within each period, as a count and a unit: "
            "'2X' (twice), '1D' (once a day).",
            schema={"pattern": "^[0-9]+(X|[YMWDH])$"},
        ),
    )
    function: DocumentFunction | None = attrs.field(
        default=None,
        metadata=doc(
            "The role this time plays for the document itself (TIMEX3 functionInDocument)."
        ),
    )
    provenance: Provenance | None = attrs.field(
        default=None,
        metadata=doc("Where the time came from; every document time says."),
    )
    note: str | None = attrs.field(
        default=None,
        metadata=doc("The annotator's evidence for a time that the text does not give."),
    )
    annotator: str | None = attrs.field(default=None, metadata=ANNOTATOR)
    confidence: int | float | None = attrs.field(default=None, metadata=CONFIDENCE)
    extensions: Mapping[str, Any] = attrs.field(factory=dict, hash=False, metadata=EXTENSIONS)

    @property
    def resolved(self) -> bool:
        """Whether the expression has a normalized value."""
        return self.value is not None

    @property
    def precision(self) -> str | None:
        """How precisely the value fixes a calendar time: ``century`` ('19'), ``decade``
        ('199', the 1990s), ``year``, ``month``, ``day``, ``instant`` (a time of day),
        ``other`` (a week, a season, a duration, a reference point), or None when
        unresolved. It is read from the value, never stored twice."""
        if self.value is None:
            return None
        for precision, pattern in _PRECISIONS:
            if pattern.fullmatch(self.value):
                return precision
        return "other"


_PRECISIONS = (
    ("century", re.compile(r"[0-9]{2}")),
    ("decade", re.compile(r"[0-9]{3}")),
    ("year", re.compile(r"[0-9]{4}")),
    ("month", re.compile(r"[0-9]{4}-[0-9]{2}")),
    ("day", re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")),
    ("instant", re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}(:[0-9]{2}){0,2}(\.[0-9]+)?.*")),
)


class TemporalRelation(enum.Enum):
    """TimeML's TLINK relation types: how the subject stands to the target in time."""

    BEFORE = "BEFORE"
    """The subject ends before the target begins."""
    AFTER = "AFTER"
    """The subject begins after the target ends."""
    IBEFORE = "IBEFORE"
    """The subject ends just as the target begins (immediately before)."""
    IAFTER = "IAFTER"
    """The subject begins just as the target ends (immediately after)."""
    INCLUDES = "INCLUDES"
    """The subject's time contains the target's."""
    IS_INCLUDED = "IS_INCLUDED"
    """The subject happens within the target's time: 'signed on Wednesday'."""
    DURING = "DURING"
    """The subject lasts throughout the target (a state during a period)."""
    DURING_INV = "DURING_INV"
    """The target lasts throughout the subject."""
    SIMULTANEOUS = "SIMULTANEOUS"
    """The two happen at the same time."""
    IDENTITY = "IDENTITY"
    """The two are the same event or time."""
    BEGINS = "BEGINS"
    """The subject is the beginning of the target."""
    ENDS = "ENDS"
    """The subject is the end of the target."""
    BEGUN_BY = "BEGUN_BY"
    """The target is the beginning of the subject."""
    ENDED_BY = "ENDED_BY"
    """The target is the end of the subject."""


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class TimeRelation:
    """How an event or a time stands to another in time (TimeML TLINK).

    "The deal must be signed by the end of 2024 at the latest" is the signing BEFORE an
    END-modified 2024, with the signal "by": one modifier on the time, and a relation,
    not two modifiers."""

    id: str = id_field("time relation")
    subject: str = attrs.field(
        metadata=doc(
            "Id of the event or time expression that the relation is about.",
            refers_to=("Event", "TimeExpression"),
        )
    )
    relation: TemporalRelation = attrs.field(
        metadata=doc("How the subject stands to the target: BEFORE, IS_INCLUDED, ENDS ...")
    )
    target: str = attrs.field(
        metadata=doc(
            "Id of the event or time expression the subject is related to.",
            refers_to=("Event", "TimeExpression"),
        )
    )
    signal: Anchor | None = attrs.field(
        default=None,
        metadata=doc("The words that signal the relation, where there are some: 'by', 'after'."),
    )
    annotator: str | None = attrs.field(default=None, metadata=ANNOTATOR)
    confidence: int | float | None = attrs.field(default=None, metadata=CONFIDENCE)
    extensions: Mapping[str, Any] = attrs.field(factory=dict, hash=False, metadata=EXTENSIONS)
