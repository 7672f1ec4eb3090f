"""Stage two: the rules a JSON Schema cannot state, in one table.

Each rule has a stable code, a severity, one sentence of documentation, one function and
its example violations (edits of the small article). A function takes a
:class:`Context` (the schema-valid document as model objects, with what several rules
need computed once) and yields ``(pointer path, message)`` pairs. Each subject module
(``text``, ``references``, ``findings``, ``sources``, ``times``) holds its rules' functions and their
entries; :data:`RULES` below joins them, and the docs' rule catalogue, the bad-input
corpus and a test that every example breaks exactly its rule are derived from it. To add
a rule, write its function and its entry, with an example, in the module of its subject.

Errors make a document invalid. Warnings flag what is allowed but probably not what the
annotator meant; strict mode makes them errors.
"""

from __future__ import annotations

from newsmodel.validation.rules import findings, references, sources, text, times
from newsmodel.validation.rules.context import Context, Finding, Rule
from newsmodel.validation.rules.examples import Example

__all__ = ["RULES", "Context", "Example", "Finding", "Rule", "rule"]

#: Every rule, in the order reports list their findings.
RULES: tuple[Rule, ...] = (
    *text.RULES,
    *references.RULES,
    *findings.RULES,
    *sources.RULES,
    *times.RULES,
)

_BY_CODE = {r.code: r for r in RULES}


def rule(code: str) -> Rule:
    """The rule with ``code``; :class:`KeyError` when there is none."""
    return _BY_CODE[code]
