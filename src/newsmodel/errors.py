"""newsmodel's own problems and errors.

Every problem found in a document, from unreadable bytes to a broken rule, is a
:class:`Problem`: a stable code, a severity, a JSON pointer to the place, a one-line
message, and for JSON Lines input the line. No raw library exception and no repr of the
input reaches a user.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence

import attrs


class Severity(enum.Enum):
    """How much a problem matters."""

    ERROR = "error"
    """The document is invalid."""
    WARNING = "warning"
    """The document is valid but probably not what its author meant; strict mode makes it an error."""


@attrs.frozen(kw_only=True)
class Problem:
    """One thing wrong with a document."""

    code: str
    """Stable identifier of the check that failed, such as ``anchor.text_mismatch``."""
    message: str
    """One line for a person."""
    pointer: str = ""
    """JSON pointer (RFC 6901) to the offending value; ``""`` is the whole document."""
    severity: Severity = Severity.ERROR
    """Whether the problem makes the document invalid."""
    line: int | None = None
    """Line number in the input, where known (JSON Lines, syntax errors)."""

    def __str__(self) -> str:
        where = self.pointer or "/"
        return f"{where}: {self.code} {self.message}"


def pointer(*parts: str | int) -> str:
    """A JSON pointer to the value at ``parts``, escaped per RFC 6901."""
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in parts)


class NewsmodelError(Exception):
    """Base of every exception newsmodel raises on purpose."""


class ValidationError(NewsmodelError, ValueError):
    """A document is not a valid newsmodel document; :attr:`problems` says why."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        """Every problem found, in the order found; the message names the first."""
        first = self.problems[0] if self.problems else None
        summary = str(first) if first else "invalid document"
        more = len(self.problems) - 1
        if more > 0:
            summary += f" (and {more} more problem{'s' if more > 1 else ''})"
        super().__init__(summary)

    @property
    def codes(self) -> Sequence[str]:
        """The codes of the problems, in order."""
        return [problem.code for problem in self.problems]


class UnreadableDocumentError(ValidationError):
    """The input could not be read as JSON at all: empty, not UTF-8, malformed, too large."""
