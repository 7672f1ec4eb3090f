"""Strategies for the scalar values of a document: ids, IRIs, numbers, TIMEX3 values.

Each produces only what the JSON Schema and the rules accept, and what the strict JSON
reader reads back unchanged: numbers are finite and integers lie within the range a
double holds exactly.
"""

from __future__ import annotations

import datetime
import operator
import string
from typing import Any

from hypothesis import strategies as st

from newsmodel.model.times import TimexType

#: Integers beyond this magnitude are refused by the strict reader (a double cannot hold them).
MAX_EXACT_INTEGER = 2**53

#: An id: short, and of the form ``newsmodel.model._fields.ID_PATTERN`` requires. (Built
#: from ``st.text`` over a fixed alphabet rather than ``st.from_regex``: hypothesis draws
#: such text in one step, and a document needs many ids.)
ids = st.builds(
    operator.add,
    st.text(string.ascii_letters, min_size=1, max_size=1),
    st.text(string.ascii_letters + string.digits + "_.:-", max_size=11),
)

#: Any character a document's strings may hold: Unicode but surrogates and U+0000, which the
#: reader refuses (``json.surrogate``, ``json.nul``).
characters = st.characters(codec="utf-8", exclude_characters="\x00")

#: Free text for names, labels, descriptions: never empty, any character a string holds
#: (the article's own text, where offsets count, comes from the richer :func:`texts`).
free_texts = st.text(characters, min_size=1, max_size=10)

#: A JSON number as a document holds one.
numbers: st.SearchStrategy[int | float] = st.one_of(
    st.integers(-MAX_EXACT_INTEGER, MAX_EXACT_INTEGER),
    st.floats(allow_nan=False, allow_infinity=False),
)

_HOSTS = st.text(string.ascii_lowercase + string.digits + ".", min_size=1, max_size=12).filter(
    lambda host: not host.startswith(".")
)
# Unreserved ASCII, sub-delimiters, a percent sign (written percent-encoded) and characters
# an IRI allows unencoded, from inside and outside the Basic Multilingual Plane.
_PATHS = st.text(
    string.ascii_letters + string.digits + "-._~/!$&'()*+,;=:@%" + "éñ中文\U0001f600\U00020000",
    max_size=16,
).map(lambda path: path.replace("%", "%25"))


@st.composite
def iris(draw: st.DrawFn) -> str:
    """An absolute IRI (RFC 3987): an http(s) address, maybe with non-ASCII in its path."""
    scheme = draw(st.sampled_from(["https", "http"]))
    return f"{scheme}://{draw(_HOSTS)}/{draw(_PATHS)}"


#: A day as a ``date`` format value (YYYY-MM-DD).
iso_dates = st.dates().map(datetime.date.isoformat)

#: A JSON value as extensions hold one.
json_values: st.SearchStrategy[Any] = st.recursive(
    st.one_of(st.none(), st.booleans(), numbers, st.text(characters)),
    lambda children: st.one_of(
        st.lists(children, max_size=3),
        st.dictionaries(st.text(characters, max_size=5), children, max_size=3),
    ),
    max_leaves=6,
)

#: An extensions object: namespaced keys (``acme:score``) to JSON values.
extensions = st.dictionaries(
    st.builds(
        "{}{}:{}".format,
        st.text(string.ascii_letters, min_size=1, max_size=1),
        st.text(string.ascii_letters + string.digits + "_.-", max_size=6),
        # The schema's ".+" matches no line terminator (in ECMA-262; Python's "." does
        # match CR and U+2028, but a document should satisfy every validator).
        st.text(
            st.characters(codec="utf-8", exclude_characters="\x00\n\r\u2028\u2029"),
            min_size=1,
            max_size=6,
        ),
    ),
    json_values,
    min_size=1,
    max_size=3,
)

# --- TIMEX3 values ------------------------------------------------------------------------

_DAYS = st.dates(datetime.date(1000, 1, 1), datetime.date(2999, 12, 31))
_YEARS = st.one_of(st.integers(1000, 2999).map("{:04d}".format), st.just("XXXX"))
_REFERENCES = st.sampled_from(["PRESENT_REF", "PAST_REF", "FUTURE_REF"])


@st.composite
def _calendar_dates(draw: st.DrawFn) -> str:
    """A date or coarser period: day, month, year, decade, week, quarter, half, season."""
    day = draw(_DAYS)
    year = draw(st.one_of(st.just(f"{day.year:04d}"), _YEARS))
    week = draw(st.one_of(st.integers(1, 53).map("{:02d}".format), st.just("XX")))
    weekday = draw(st.sampled_from(["", "-X", "-1", "-3", "-7", "WE"]))
    return draw(
        st.sampled_from(
            [
                f"{day.year:04d}-{day.month:02d}-{day.day:02d}",
                f"{year}-{day.month:02d}",
                f"XXXX-{day.month:02d}-{day.day:02d}",
                year,
                year[:3],  # a decade: '199'
                year[:2],  # a century: '19'
                f"{year}-W{week}{weekday}",
                f"{year}-Q{draw(st.sampled_from('1234X'))}",
                f"{year}-H{draw(st.sampled_from('12X'))}",
                f"{year}-{draw(st.sampled_from(['SP', 'SU', 'FA', 'WI']))}",
            ]
        )
    )


@st.composite
def _times_of_day(draw: st.DrawFn) -> str:
    """A day followed by a time of day or a part of the day, maybe with a zone."""
    day = draw(_DAYS).isoformat()
    hour, minute, second = (draw(st.integers(0, top)) for top in (23, 59, 59))
    clock = draw(
        st.sampled_from(
            [
                f"{hour:02d}",
                f"{hour:02d}:{minute:02d}",
                f"{hour:02d}:{minute:02d}:{second:02d}",
                f"{hour:02d}:{minute:02d}:{second:02d}.{draw(st.integers(0, 999))}",
                "MO",
                "MI",
                "AF",
                "EV",
                "NI",
                "DT",
            ]
        )
    )
    offset = draw(st.integers(-14, 14))
    zone = draw(st.sampled_from(["", "Z", f"{'+' if offset >= 0 else '-'}{abs(offset):02d}:00"]))
    return f"{day}T{clock}{zone}"


_AMOUNTS = st.one_of(
    st.integers(0, 999).map(str),
    st.just("X"),
    st.tuples(st.integers(0, 99), st.integers(0, 9)).map(lambda pair: f"{pair[0]}.{pair[1]}"),
)


@st.composite
def _durations(draw: st.DrawFn) -> str:
    """An ISO 8601 duration with TimeML's X for an unknown amount: 'P2M', 'PT1H30M', 'PXY'."""
    date_units = draw(st.lists(st.sampled_from("YMWD"), unique=True, max_size=2))
    time_units = draw(st.lists(st.sampled_from("HMS"), unique=True, max_size=2))
    if not date_units and not time_units:
        date_units = [draw(st.sampled_from("YMWD"))]
    date_part = "".join(draw(_AMOUNTS) + unit for unit in sorted(date_units, key="YMWD".index))
    time_part = "".join(draw(_AMOUNTS) + unit for unit in sorted(time_units, key="HMS".index))
    return "P" + date_part + ("T" + time_part if time_part else "")


def timex_values(type_: TimexType) -> st.SearchStrategy[str]:
    """A well-formed TIMEX3 value for an expression of ``type_``.

    The value matches ``TIMEX_VALUE_PATTERN``, names only real months, days and times of
    day, and is a duration exactly when ``type_`` is DURATION.
    """
    if type_ is TimexType.DURATION:
        return _durations()
    if type_ is TimexType.TIME:
        return st.one_of(_times_of_day(), _REFERENCES)
    if type_ is TimexType.SET:
        return st.one_of(_calendar_dates(), _times_of_day())
    return st.one_of(_calendar_dates(), _REFERENCES)


def document_time_values(type_: TimexType) -> st.SearchStrategy[str]:
    """The value of one of the document's own times: a day (DATE) or a moment (TIME).

    Such values compare in time order as strings, as ``time.modified_before_published``
    compares them.
    """
    if type_ is TimexType.TIME:
        return _times_of_day()
    return _DAYS.map(datetime.date.isoformat)
