"""The fidelity report: what a conversion did with every markable and link of its source.

Each source object (a TIMEX3, an EVENT, a brat text-bound annotation, a TLINK ...) gets
one :class:`Outcome`: carried over **exact**\\ly, **approximated** (the note says how), or
**dropped** (the note says why), with its id in the source. The report counts them by
kind, so a user sees at a glance what a corpus loses in newsmodel and can look up each
object that did not come across exactly.

The ``interchange`` readers (ClaimReview, ninjs) had no loss report on ``main`` when this
was written; this one is small on purpose (a list of outcomes and its totals), so that
both can converge on it.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Iterable
from typing import Any

import attrs


class Fate(enum.Enum):
    """What became of one source object."""

    EXACT = "exact"
    """Carried over with everything the source says about it."""
    APPROXIMATED = "approximated"
    """Carried over, but something was changed or kept outside newsmodel's vocabulary."""
    DROPPED = "dropped"
    """Not carried over."""


@attrs.frozen
class Outcome:
    """What became of one source object: its kind and id in the source, and why."""

    kind: str
    """The source's name for the object's kind: ``TIMEX3``, ``TLINK``, ``brat:Source``."""
    source_id: str
    """The object's id in the source (``t3``, ``m_id=12``, ``T7``)."""
    fate: Fate
    note: str = ""
    """How it was approximated, or why it was dropped; empty when exact."""


@attrs.define
class FidelityReport:
    """Every source object of one conversion, and what became of it."""

    source: str
    """The path or name of what was converted."""
    outcomes: list[Outcome] = attrs.field(factory=list)

    def exact(self, kind: str, source_id: str) -> None:
        self.outcomes.append(Outcome(kind, source_id, Fate.EXACT))

    def approximated(self, kind: str, source_id: str, how: str) -> None:
        self.outcomes.append(Outcome(kind, source_id, Fate.APPROXIMATED, how))

    def dropped(self, kind: str, source_id: str, why: str) -> None:
        self.outcomes.append(Outcome(kind, source_id, Fate.DROPPED, why))

    def totals(self) -> dict[str, dict[str, int]]:
        """For each kind, in order of first appearance, how many were exact, approximated
        and dropped."""
        return totals(self.outcomes)

    def to_json(self) -> dict[str, Any]:
        """The whole report as JSON-ready data: the totals, then every outcome."""
        return {
            "source": self.source,
            "totals": self.totals(),
            "outcomes": [
                {"kind": o.kind, "id": o.source_id, "fate": o.fate.value, "note": o.note}
                for o in self.outcomes
            ],
        }


def totals(outcomes: Iterable[Outcome]) -> dict[str, dict[str, int]]:
    """Counts by kind and fate, every fate listed for every kind (zeros included)."""
    counts = Counter((o.kind, o.fate) for o in outcomes)
    kinds = dict.fromkeys(kind for kind, _ in counts)
    return {kind: {fate.value: counts[kind, fate] for fate in Fate} for kind in kinds}


def table(reports: Iterable[FidelityReport]) -> str:
    """A plain-text table of the totals over several reports, one row per kind."""
    merged = totals(o for report in reports for o in report.outcomes)
    width = max((len(kind) for kind in merged), default=4)
    lines = [f"{'kind':<{width}}  {'exact':>6}  {'approx':>6}  {'dropped':>7}"]
    for kind, row in merged.items():
        lines.append(
            f"{kind:<{width}}  {row['exact']:>6}  {row['approximated']:>6}  {row['dropped']:>7}"
        )
    return "\n".join(lines)
