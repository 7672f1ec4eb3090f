"""What a conversion returns: the converted value and its loss report.

Every conversion to or from another format returns a :class:`Converted`: the value, and
each field the conversion dropped or approximated as a :class:`~newsmodel.errors.Problem`
with its code from :mod:`newsmodel.problems`, a JSON pointer into the input (on import)
or into the document (on export), and a one-line message. Nothing is lost silently; the
command line prints the report as warnings.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

import attrs

from newsmodel.errors import Problem, ValidationError
from newsmodel.problems import ProblemCode

T = TypeVar("T")

#: The language tag of a document whose input does not give its language: BCP 47's
#: "undetermined", so that nothing is guessed.
UNDETERMINED = "und"


@attrs.frozen
class Converted(Generic[T]):
    """A converted value and what the conversion lost on the way."""

    value: T
    """The document (on import) or the other format's JSON (on export)."""
    losses: tuple[Problem, ...] = ()
    """Each field dropped or approximated, with its pointer, in the order found."""


class ConversionError(ValidationError):
    """The input cannot become a valid document; :attr:`~newsmodel.errors.ValidationError.problems` says exactly what is
    missing or wrong, each with its code and pointer, the losses found so far included."""


class LossReport:
    """Collects the losses of one conversion as it goes."""

    def __init__(self) -> None:
        self._problems: list[Problem] = []

    def add(self, code: ProblemCode, pointer: str, **fields: Any) -> None:
        """Record one problem of kind ``code`` at ``pointer``."""
        self._problems.append(code.problem(pointer=pointer, **fields))

    def extend(self, problems: tuple[Problem, ...]) -> None:
        """Record problems found elsewhere (a validation of the result)."""
        self._problems.extend(problems)

    @property
    def problems(self) -> tuple[Problem, ...]:
        """Every problem recorded, in order."""
        return tuple(self._problems)

    def converted(self, value: T) -> Converted[T]:
        """``value`` with the losses recorded."""
        return Converted(value, self.problems)

    def fail(self, code: ProblemCode, pointer: str, **fields: Any) -> ConversionError:
        """An error holding this problem after those recorded so far (to ``raise``)."""
        self.add(code, pointer, **fields)
        return ConversionError(self.problems)
