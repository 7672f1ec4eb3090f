"""What every rule gets (a :class:`Context`) and what the rule table holds (:class:`Rule`)."""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

import attrs

from newsmodel.errors import Severity
from newsmodel.graphemes import inner_offsets
from newsmodel.model import Article, Segment, SegmentRole
from newsmodel.validation import nearby as nearby_text
from newsmodel.validation.rules.examples import Example
from newsmodel.validation.walk import (
    Located,
    Path,
    Reference,
    held_references,
    identified_class,
    objects,
)

T = TypeVar("T")

#: Where a document breaks a rule (a path to the offending value) and a one-line message.
Finding = tuple[Path, str]


@attrs.frozen
class Context:
    """A schema-valid document, as model objects, and the facts that several rules share."""

    article: Article
    found: Sequence[Located[Any]] | None = attrs.field(default=None, eq=False, repr=False)
    """Every model object in the article, located, parents before children, when
    structuring recorded them (:func:`~newsmodel.codec.trusted.structure_valid`); else
    they are found by a walk."""

    @functools.cached_property
    def text(self) -> str:
        """The article's text; empty when the text is unknown."""
        return self.article.text or ""

    @functools.cached_property
    def nearby(self) -> nearby_text.NearbyText:
        """The text, to search near an anchor's offsets for where its words really are."""
        return nearby_text.NearbyText(self.text)

    @functools.cached_property
    def inner_offsets(self) -> frozenset[int]:
        """The offsets of the text that fall inside a user-perceived character."""
        return inner_offsets(self.text)

    @functools.cached_property
    def root(self) -> Located[Article]:
        """The article itself, at the root of the document."""
        return Located(self.article)

    @functools.cached_property
    def located(self) -> Sequence[Located[Any]]:
        """Every model object in the document, parents before children."""
        if self.found is None:
            return tuple(objects(self.article))
        return self.found

    @functools.cached_property
    def referring(self) -> tuple[tuple[Located[Any], tuple[Reference, ...]], ...]:
        """Each object that holds references, with them (found once, for every rule)."""
        return tuple(held_references(self.located))

    @functools.cached_property
    def _by_class(self) -> dict[type, list[Located[Any]]]:
        found: dict[type, list[Located[Any]]] = {}
        for item in self.located:
            found.setdefault(type(item.obj), []).append(item)
        return found

    def of_class(self, cls: type[T]) -> Iterator[Located[T]]:
        """The objects of class ``cls``, in document order."""
        return iter(self._by_class.get(cls, ()))

    @functools.cached_property
    def with_ids(self) -> tuple[Located[Any], ...]:
        """The objects that references can name (those of the article's lists with an id)."""
        return tuple(
            item for item in self.located if item.in_root and identified_class(type(item.obj))
        )

    @functools.cached_property
    def identified(self) -> dict[str, Located[Any]]:
        """Each id to the first object that has it."""
        found: dict[str, Located[Any]] = {}
        for item in self.with_ids:
            found.setdefault(item.obj.id, item)
        return found

    def target(self, identifier: str | None, cls: type[T]) -> Located[T] | None:
        """The object of class ``cls`` that ``identifier`` names, if there is one."""
        found = self.identified.get(identifier) if identifier is not None else None
        return found if found is not None and type(found.obj) is cls else None

    @functools.cached_property
    def _segments(self) -> tuple[list[int], list[Segment], list[int]]:
        ordered = sorted(self.article.segments, key=lambda s: (s.start, s.end))
        # The furthest end among each segment and those before it: where to stop looking.
        reach = list(itertools.accumulate((s.end for s in ordered), max))
        return [s.start for s in ordered], ordered, reach

    def roles_at(self, start: int, end: int) -> set[SegmentRole]:
        """The roles of the segments that overlap ``start..end``.

        Only the segments that can overlap are looked at, back from the last that starts
        before ``end`` to the first whose reach passes ``start``: for segments in order,
        those that overlap and no others, so that asking for every time or mention is
        linear in the document, not in the number of times by the number of segments.
        """
        starts, segments, reach = self._segments
        roles = set()
        index = bisect.bisect_left(starts, end) - 1
        while index >= 0 and reach[index] > start:
            if segments[index].end > start:
                roles.add(segments[index].role)
            index -= 1
        return roles


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
    examples: tuple[Example, ...]
    """Edits of the small article that break the rule: the first is shown in the docs, all
    are in the bad-input corpus."""
