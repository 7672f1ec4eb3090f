"""What validation returns: the problems found, and whether they make the document invalid."""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from newsmodel.errors import Problem, Severity


@attrs.frozen
class Report:
    """The problems found in one document, schema problems first, then rule findings."""

    problems: tuple[Problem, ...] = ()
    """Every problem, in the order found."""

    @property
    def errors(self) -> tuple[Problem, ...]:
        """The problems that make the document invalid."""
        return tuple(p for p in self.problems if p.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        """The problems that do not make the document invalid."""
        return tuple(p for p in self.problems if p.severity is Severity.WARNING)

    @property
    def valid(self) -> bool:
        """Whether the document has no errors (warnings allowed)."""
        return not self.errors

    def __bool__(self) -> bool:
        return self.valid

    def __iter__(self) -> Iterator[Problem]:
        return iter(self.problems)

    @property
    def codes(self) -> list[str]:
        """The code of each problem, in order."""
        return [p.code for p in self.problems]
