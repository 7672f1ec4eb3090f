"""Validation: the schema stage, then the rule stage, gathered in one report.

:func:`validate` accepts a document in any form a user holds it (bytes, a string, a
parsed object or an :class:`~newsmodel.model.Article`) and never raises for a bad
document: everything wrong is a :class:`~newsmodel.errors.Problem` in the report.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from newsmodel.codec import DEFAULT_LIMITS, ReadLimits, parse, unstructure
from newsmodel.errors import Problem, Severity, UnreadableDocumentError, pointer
from newsmodel.model import Article
from newsmodel.validation.report import Report
from newsmodel.validation.rules import RULES, Context, Rule
from newsmodel.validation.schema_stage import schema_problems

__all__ = ["RULES", "Report", "Rule", "validate", "validate_parsed"]

_CODES = frozenset(rule.code for rule in RULES)


def validate(
    document: bytes | str | dict[str, Any] | Article,
    *,
    disable: Iterable[str] = (),
    enable_only: Iterable[str] | None = None,
    strict: bool = False,
    limits: ReadLimits = DEFAULT_LIMITS,
    line: int | None = None,
) -> Report:
    """Check a document against its schema and the rules; report every problem found.

    ``disable`` turns rules off by code; ``enable_only`` runs only the rules named.
    ``strict`` makes warnings errors. ``line`` (for JSON Lines input) is attached to
    each problem. Rules run only on a document that passes the schema, since they rely
    on its shape.
    """
    if isinstance(document, Article):
        parsed: Any = unstructure(document)
    elif isinstance(document, (bytes, str)):
        try:
            parsed = parse(document, limits=limits, line=line)
        except UnreadableDocumentError as error:
            return Report(error.problems)
    else:
        parsed = document
    return validate_parsed(
        parsed, disable=disable, enable_only=enable_only, strict=strict, line=line
    )


def validate_parsed(
    parsed: Any,
    *,
    disable: Iterable[str] = (),
    enable_only: Iterable[str] | None = None,
    strict: bool = False,
    line: int | None = None,
) -> Report:
    """:func:`validate` for a document already parsed from JSON."""
    selected = _select_rules(disable, enable_only)
    problems = list(schema_problems(parsed))
    if not problems:
        context = Context(parsed)
        for rule in selected:
            for path, message in rule.check(context):
                problems.append(
                    Problem(
                        code=rule.code,
                        severity=rule.severity,
                        pointer=pointer(*path),
                        message=message,
                    )
                )
    if strict:
        problems = [attrs.evolve(p, severity=Severity.ERROR) for p in problems]
    if line is not None:
        problems = [attrs.evolve(p, line=line) for p in problems]
    return Report(tuple(problems))


def _select_rules(disable: Iterable[str], enable_only: Iterable[str] | None) -> list[Rule]:
    disabled = set(disable)
    chosen = set(enable_only) if enable_only is not None else None
    unknown = (disabled | (chosen or set())) - _CODES
    if unknown:
        raise ValueError(f"no rule has the code(s): {', '.join(sorted(unknown))}")
    return [
        rule
        for rule in RULES
        if rule.code not in disabled and (chosen is None or rule.code in chosen)
    ]
