"""What every rule gets (a :class:`Context`) and what the rule table holds (:class:`Rule`)."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from newsmodel.errors import Severity
from newsmodel.validation.walk import Located, Path, objects

#: Where a document breaks a rule (a path to the offending value) and a one-line message.
Finding = tuple[Path, str]


@attrs.frozen
class Context:
    """A schema-valid document and the facts about it that several rules share."""

    document: Mapping[str, Any]

    @functools.cached_property
    def text(self) -> str:
        """The article's text; empty when the text is unknown."""
        return str(self.document.get("text", ""))

    @functools.cached_property
    def located(self) -> tuple[Located, ...]:
        """Every model object in the document, parents before children."""
        return tuple(objects(self.document))

    def of_class(self, cls: type) -> Iterator[Located]:
        """The objects of class ``cls``, in document order."""
        return (item for item in self.located if item.cls is cls)

    @functools.cached_property
    def identified(self) -> dict[str, Located]:
        """Each id to the first object that has it."""
        found: dict[str, Located] = {}
        for item in self.located:
            if "id" in item.data and len(item.path) == 2:
                found.setdefault(item.data["id"], item)
        return found

    @functools.cached_property
    def _segments(self) -> tuple[list[int], list[Mapping[str, Any]]]:
        ordered = sorted(self.document.get("segments", ()), key=lambda s: (s["start"], s["end"]))
        return [s["start"] for s in ordered], ordered

    def roles_at(self, start: int, end: int) -> set[str]:
        """The roles of the segments that overlap ``start..end``."""
        starts, segments = self._segments
        last = bisect.bisect_left(starts, end)
        return {s["role"] for s in segments[:last] if s["end"] > start}


def inside(inner: Sequence[Mapping[str, Any]], outer: Sequence[Mapping[str, Any]]) -> bool:
    """Whether the stretches ``inner`` lie within the span of the stretches ``outer``.

    Content may come in several stretches, interrupted by the source and the cue ("which
    the Russian space chief said was $50 billion"); what is nested in it may sit in such
    a gap, so the test is against the whole span, from the first start to the last end.
    """
    if not inner or not outer:
        return True
    start = min(anchor["start"] for anchor in outer)
    end = max(anchor["end"] for anchor in outer)
    return all(start <= anchor["start"] and anchor["end"] <= end for anchor in inner)


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


def overlaps(one: Sequence[Mapping[str, Any]], other: Sequence[Mapping[str, Any]]) -> bool:
    """Whether some stretch of ``one`` shares text with some stretch of ``other``."""
    return any(a["start"] < b["end"] and b["start"] < a["end"] for a in one for b in other)


def offsets(span: Mapping[str, Any]) -> tuple[int, int]:
    """A segment's or an anchor's start and end, as ints for slicing the text.

    JSON Schema counts ``3.0`` as an integer, so a schema-valid document may hold one;
    the codec reads it as ``3``, and so must the rules.
    """
    return int(span["start"]), int(span["end"])
