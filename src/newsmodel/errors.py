"""newsmodel's own problems and errors.

Every problem found in a document, from unreadable bytes to a broken rule, is a
:class:`Problem`: a stable code, a severity, a JSON pointer to the place, a one-line
message, and for JSON Lines input the line. No raw library exception and no repr of the
input reaches a user.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from typing import Any

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
        return f"{self.shown_pointer}: {self.code} {self.message}"

    @property
    def shown_pointer(self) -> str:
        """The pointer for a person to read: ``/`` for the whole document, and cut short
        when the input made it absurdly long (an unknown key of a million characters)."""
        where = printable(self.pointer or "/")  # a key with a line break must not break the line
        return where if len(where) <= 120 else f"{where[:100]}...{where[-17:]}"

    def to_json(self) -> dict[str, Any]:
        """The problem as JSON values, as ``newsmodel validate --format json`` writes it."""
        return {
            "code": self.code,
            "severity": self.severity.value,
            "pointer": self.pointer,
            "line": self.line,
            "message": self.message,
        }


def printable(text: str) -> str:
    """``text`` as one line of valid UTF-8: controls, line breaks and invisible characters
    escaped as in a Python literal, and the undecodable bytes of a file name (which Python
    holds as lone surrogates) as ``\xff``.

    File names are bytes on POSIX: one with a newline would forge a line of output, and
    one with byte 0xFF would make ``--format json`` write what is not UTF-8.
    """
    if text.isprintable():
        return text
    return "".join(_printable_character(char) for char in text)


def _printable_character(char: str) -> str:
    if char.isprintable():
        return char
    if "\udc80" <= char <= "\udcff":  # a byte that was not UTF-8 (surrogateescape)
        return f"\\x{ord(char) - 0xDC00:02x}"
    return repr(char)[1:-1]


def pointer(*parts: str | int) -> str:
    """A JSON pointer to the value at ``parts``, escaped per RFC 6901.

    A key holding a lone surrogate (which no UTF-8 output can carry) is written with the
    surrogate as a ``\\udXXX`` escape, so that the pointer can always be printed.
    """
    return "".join("/" + _token(part).replace("~", "~0").replace("/", "~1") for part in parts)


def _token(part: str | int) -> str:
    text = str(part)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


def pointer_parts(text: str) -> list[str]:
    """The reference tokens of a JSON pointer (RFC 6901), unescaped: the inverse of :func:`pointer`."""
    if not text:
        return []
    return [part.replace("~1", "/").replace("~0", "~") for part in text[1:].split("/")]


class NewsmodelError(Exception):
    """Base of every exception newsmodel raises on purpose."""


class ValidationError(NewsmodelError, ValueError):
    """A document is not a valid newsmodel document; :attr:`problems` says why.

    :attr:`problems` holds every problem validation found, warnings included, exactly as
    :func:`newsmodel.validate` reports them; :attr:`errors` only those that make the
    document invalid. The message names the first error and counts the rest, and never
    quotes more of the input than a problem's own message does.
    """

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        """Every problem found, in the order found; the message names the first error."""
        errors = self.errors or self.problems
        first = errors[0] if errors else None
        summary = str(first) if first else "invalid document"
        if first is not None and first.line is not None:
            summary = f"line {first.line}: {summary}"
        more = len(errors) - 1
        if more > 0:
            summary += f" (and {more} more error{'s' if more > 1 else ''})"
        super().__init__(summary)

    @property
    def errors(self) -> tuple[Problem, ...]:
        """The problems that make the document invalid."""
        return tuple(p for p in self.problems if p.severity is Severity.ERROR)

    @property
    def codes(self) -> Sequence[str]:
        """The codes of the problems, in order."""
        return [problem.code for problem in self.problems]


class UnreadableDocumentError(ValidationError):
    """The input could not be read as JSON at all: missing, empty, not UTF-8, malformed, too large.

    Its problems have codes ``input.*`` (the file could not be read) or ``json.*`` (the
    bytes are not strict JSON within the reader's limits).
    """


class UnsafeWriteError(NewsmodelError, OSError):
    """A file was left as it is, since replacing it would lose something: its read-only
    protection, its hard links, or an edit saved since it was read. ``strerror`` says
    which, ``filename`` names the file."""


class UnwritableDocumentError(ValidationError):
    """An object graph cannot be written as JSON; :attr:`~ValidationError.problems` points at the value.

    Its problems have the code ``model.unwritable`` (a field holds what its type does
    not allow, possible only where an object was changed without its constructor) or a
    ``json.*`` code (an extension holds a value with no JSON form, such as a set or NaN).
    """


class UnknownRuleError(NewsmodelError, ValueError):
    """A rule code (or pattern) given to turn rules on or off names no rule."""
