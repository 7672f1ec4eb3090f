"""Validation: the schema stage, then the rule stage, gathered in one report.

:func:`validate` accepts a document in any form a user holds it (bytes, a string, a
parsed object or an :class:`~newsmodel.model.Article`) and never raises for a bad
document: everything wrong is a :class:`~newsmodel.errors.Problem` in the report.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import attrs

from newsmodel.codec import json_value_problems, lines_of, parse
from newsmodel.errors import (
    Problem,
    Severity,
    UnreadableDocumentError,
    UnwritableDocumentError,
    pointer,
    pointer_parts,
)
from newsmodel.migrations import migrate, pointer_mapper, steps_from
from newsmodel.model import Article
from newsmodel.problems import CODES, STRUCTURE, UNREADABLE_STAGES, ProblemCode, Stage
from newsmodel.validation.options import DEFAULT_OPTIONS, OptionKeywords, Options, select_rules
from newsmodel.validation.report import Report

# The schema stage, the rules and cattrs load inside the functions that use them, after
# a document is parsed: the parse is where reading a large document peaks in memory, and
# what is not loaded yet does not add to that peak (see "Reading a document takes
# memory" in docs/validating.rst).
if TYPE_CHECKING:
    from typing_extensions import Unpack

    from newsmodel.codec.located import Path
    from newsmodel.codec.trusted import Found
    from newsmodel.validation.rules import RULES, Rule

__all__ = [
    "DEFAULT_OPTIONS",
    "RULES",
    "UNREADABLE_PREFIXES",
    "Checked",
    "OptionKeywords",
    "Options",
    "Report",
    "Rule",
    "catalogue",
    "checked",
    "select_rules",
    "validate",
    "validate_parsed",
]


def validate(
    document: bytes | str | dict[str, Any] | Article,
    options: Options = DEFAULT_OPTIONS,
    *,
    line: int | None = None,
    **keywords: Unpack[OptionKeywords],
) -> Report:
    """Check a document against its schema and the rules; report every problem found.

    ``options`` (:class:`Options`) says which rules run, how strictly, within which read
    limits; its fields may also be given as keywords, which replace the ones of
    ``options``: ``disable`` turns rules off by code, ``enable_only`` runs only the rules
    named (a code may be a shell-style pattern, ``time.*``; one that names no rule raises
    :class:`~newsmodel.errors.UnknownRuleError`), ``strict`` makes warnings errors, and
    ``limits`` bounds the size and nesting of the input.

    For JSON text, each problem carries the line on which the offending value starts.
    ``line`` is for JSON Lines, where a whole document is one line: it is the line the
    document is on, and every problem carries it.

    Rules run only on a document that passes the schema, since they rely on its shape.
    """
    return checked(document, options, line=line, keep_value=False, **keywords).report


@attrs.frozen
class Checked:
    """A document's report, and its JSON value when it could be read at all."""

    value: Any
    """The document carried to the current version, or None unless it passed the schema
    (or :func:`checked` was told not to keep it)."""
    report: Report
    """Every problem found."""
    version: str | None = None
    """The version the document names, or None when it names none this release reads."""
    article: Article | None = None
    """The document as model objects, when it passed the schema (the rules ran on them)."""

    @property
    def readable(self) -> bool:
        """Whether the input was JSON that newsmodel reads (whatever the schema says)."""
        return not any(p.code.startswith(UNREADABLE_PREFIXES) for p in self.report.problems)


#: Codes with these prefixes mean the input could not be read as JSON at all.
UNREADABLE_PREFIXES = tuple(sorted(f"{stage.value}." for stage in UNREADABLE_STAGES))


def __getattr__(name: str) -> Any:
    """The rule table's names, re-exported here, loaded on first use (PEP 562)."""
    if name not in {"RULES", "Rule"}:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module("newsmodel.validation.rules"), name)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


def catalogue() -> tuple[ProblemCode, ...]:
    """Every code that reading and validation can report, in the order the stages run.

    The reading, JSON, schema and structuring codes come from :mod:`newsmodel.problems`;
    the rules' codes from the rule table, ``RULES``.
    """
    from newsmodel.validation.rules import RULES

    rules = tuple(
        ProblemCode(
            code=rule.code, stage=Stage.RULES, description=rule.summary, severity=rule.severity
        )
        for rule in RULES
    )
    order = list(Stage)
    return tuple(sorted((*CODES, *rules), key=lambda entry: order.index(entry.stage)))


def checked(
    document: bytes | str | dict[str, Any] | Article,
    options: Options = DEFAULT_OPTIONS,
    *,
    line: int | None = None,
    keep_value: bool = True,
    **keywords: Unpack[OptionKeywords],
) -> Checked:
    """:func:`validate`, also giving the parsed value, for callers that go on to use it.

    With ``keep_value=False`` the result's ``value`` is None, and the JSON value parsed
    here is let go of before the rules run, so that its memory serves theirs: the peak of
    checking a large document is lower (a value the caller passed in is never changed).
    """
    options = options.given(keywords)
    limits = options.limits
    if isinstance(document, Article):
        from newsmodel.codec import unstructure

        try:
            parsed: Any = unstructure(document)
        except UnwritableDocumentError as error:
            return Checked(None, Report(error.problems))
    elif isinstance(document, (bytes, str)):
        try:
            parsed = parse(document, limits=limits, line=line)
        except UnreadableDocumentError as error:
            report = Report(error.problems)
            if line is None and any(p.pointer for p in report.problems):
                # Well-formed JSON that the reader refused (a duplicate key, too deep):
                # the text can still be walked to say on which line.
                report = _with_lines(report, document)
            return Checked(None, report)
    else:
        parsed = document
    if not isinstance(document, (bytes, str)):
        # A value that did not come from the strict parser may hold what JSON cannot.
        unreadable = json_value_problems(parsed, limits=limits, line=line)
        if unreadable:
            return Checked(None, Report(tuple(unreadable)))
    stages = _Stages.through_structuring(parsed)
    if not keep_value:
        # Nothing below reads the JSON value, and the objects and the rules need memory.
        del parsed
        stages.current = None
    report = stages.report(options, line=line)
    if isinstance(document, (bytes, str)) and line is None and report.problems:
        # Walked only now, on the bytes as given: a valid document costs nothing more.
        report = _with_lines(report, document)
    return Checked(stages.current, report, stages.version, stages.article)


def validate_parsed(
    parsed: Any,
    options: Options = DEFAULT_OPTIONS,
    *,
    line: int | None = None,
    **keywords: Unpack[OptionKeywords],
) -> Report:
    """:func:`validate` for a document already parsed from JSON by :func:`~newsmodel.codec.parse`."""
    return _Stages.through_structuring(parsed).report(options.given(keywords), line=line)


@attrs.define
class _Stages:
    """A document through the schema stage and structuring, ready for the rules.

    Apart from the rules so that :func:`checked` can let the JSON value go first: the
    rules need only the model objects (and, for a document of an older version, the
    value as written, to map their pointers back into it).
    """

    problems: list[Problem]
    version: str | None
    """The version the document names, or None when it names none this release reads."""
    current: Any = None
    """The document carried to the current version, when it passed the schema."""
    article: Article | None = None
    found: Found | None = None
    original: Callable[[Path], Path] | None = None
    """Where a path of ``current`` was in the document as written (once it has passed)."""

    @classmethod
    def through_structuring(cls, parsed: Any) -> _Stages:
        """The schema stage checks the document against the version it names; a document
        that passes is migrated to the current version and structured once."""
        # Here, after the parse, not at the top: see the comment on this module's imports.
        from newsmodel.validation.schema_stage import schema_problems, version_problems

        stages = cls(list(schema_problems(parsed)), version_problems(parsed)[0])
        if stages.problems or stages.version is None:
            return stages
        version = stages.version
        # A document of the current version has nothing to carry: migrate() would return
        # a deep copy, which cost as much as validating a large document.
        stages.current = migrate(parsed, version) if steps_from(version) else parsed
        stages.original = pointer_mapper(parsed, version)
        structured = _structured(stages.current)
        if isinstance(structured, Problem):
            stages.problems.append(structured)
        else:
            stages.article, stages.found = structured
        return stages

    def report(self, options: Options, *, line: int | None) -> Report:
        """Every problem: the schema's or structuring's, else those the rules find on the
        model objects, each of their pointers mapped back into the document as written."""
        from newsmodel.validation.rules import Context

        problems = list(self.problems)
        if self.article is not None and self.original is not None:
            # The rules run on the model objects: a schema-valid document structures
            # cleanly. The objects found while structuring spare the rules a walk.
            context = Context(self.article, self.found)
            for rule in options.rules:
                for path, message in rule.check(context):
                    problems.append(
                        Problem(
                            code=rule.code,
                            severity=rule.severity,
                            pointer=pointer(*self.original(path)),
                            message=message,
                        )
                    )
        if options.strict:
            problems = [attrs.evolve(p, severity=Severity.ERROR) for p in problems]
        if line is not None:
            problems = [attrs.evolve(p, line=line) for p in problems]
        return Report(tuple(problems))


def _structured(parsed: Any) -> tuple[Article, Found | None] | Problem:
    """The model objects of a schema-valid document (and each object with its path, when
    structuring found them), or the problem that they cannot be had."""
    import cattrs

    from newsmodel.codec.trusted import structure_valid

    try:
        return structure_valid(parsed, Article)
    except (cattrs.BaseValidationError, TypeError, ValueError, KeyError) as error:
        # Schema-valid JSON that the classes cannot hold is a gap between the schema and
        # the classes, a bug of newsmodel's: say so in newsmodel's words, not cattrs'.
        return STRUCTURE.problem(error=_first_line(error))


def _first_line(error: Exception) -> str:
    import cattrs

    if isinstance(error, cattrs.BaseValidationError):
        return cattrs.transform_error(error)[0][:200]
    return str(error).splitlines()[0][:200] if str(error) else type(error).__name__


def _with_lines(report: Report, text: str | bytes) -> Report:
    unplaced = [p for p in report.problems if p.line is None]
    lines = iter(lines_of(text, [pointer_parts(p.pointer) for p in unplaced]))
    located = (attrs.evolve(p, line=next(lines)) if p.line is None else p for p in report.problems)
    return Report(tuple(located))
