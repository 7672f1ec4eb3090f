"""How ``newsmodel validate`` reports: lines for people, JSON for machines, GitHub annotations.

Every format gets the results one document at a time and writes as it goes, so that
checking a million-line JSON Lines file needs no memory for the results of the lines
already checked.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import attrs
import click

from newsmodel._files import write_atomically
from newsmodel.errors import Problem, Severity, printable

#: Writes text as it is, adding no line break.
Write = Callable[[str], None]


@attrs.frozen
class Result:
    """What checking one document found."""

    source: str
    """The file it came from, as reports name it."""
    line: int | None
    """Its line, for JSON Lines."""
    problems: tuple[Problem, ...]
    readable: bool
    """Whether it could be read as JSON at all."""

    @property
    def valid(self) -> bool:
        return self.readable and not any(p.severity is Severity.ERROR for p in self.problems)


@attrs.define
class Summary:
    """Counts over every document checked."""

    documents: int = 0
    valid: int = 0
    invalid: int = 0
    unreadable: int = 0
    errors: int = 0
    warnings: int = 0
    sources: set[str] = attrs.field(factory=set)

    def add(self, result: Result) -> None:
        self.documents += 1
        self.sources.add(result.source)
        if not result.readable:
            self.unreadable += 1
        elif result.valid:
            self.valid += 1
        else:
            self.invalid += 1
        for problem in result.problems:
            if problem.severity is Severity.ERROR:
                self.errors += 1
            else:
                self.warnings += 1

    def to_json(self) -> dict[str, int]:
        return {
            "documents": self.documents,
            "files": len(self.sources),
            "valid": self.valid,
            "invalid": self.invalid,
            "unreadable": self.unreadable,
            "errors": self.errors,
            "warnings": self.warnings,
        }

    def sentence(self) -> str:
        def plural(count: int, word: str) -> str:
            return f"{count} {word}{'' if count == 1 else 's'}"

        parts = [f"{self.valid} valid", f"{self.invalid} invalid"]
        if self.unreadable:
            parts.append(f"{self.unreadable} unreadable")
        return (
            f"checked {plural(self.documents, 'document')} in {plural(len(self.sources), 'file')}: "
            f"{', '.join(parts)}; {plural(self.errors, 'error')}, {plural(self.warnings, 'warning')}"
        )


def where(source: str, line: int | None) -> str:
    return f"{source}:{line}" if line is not None else source


class TextReporter:
    """``file:line: pointer: CODE message``, one problem a line; a summary on stderr."""

    def __init__(self, out: Write, err: Write, *, quiet: bool = False) -> None:
        self.out, self.err, self.quiet = out, err, quiet

    def document(self, result: Result) -> None:
        for problem in result.problems:
            if self.quiet and problem.severity is Severity.WARNING:
                continue
            line = problem.line if problem.line is not None else result.line
            marker = " (warning)" if problem.severity is Severity.WARNING else ""
            self.out(
                f"{where(result.source, line)}: {problem.shown_pointer}: "
                f"{problem.code}{marker} {problem.message}\n"
            )

    def finish(self, summary: Summary, exit_code: int) -> None:
        if not self.quiet:
            self.err(summary.sentence() + "\n")


class JsonReporter:
    """One JSON object: ``{"documents": [...], "summary": {...}, "valid": ..., "exitCode": ...}``.

    Written as it goes: the documents first, one per line, then the summary.
    """

    def __init__(self, out: Write, *, all_documents: bool = True) -> None:
        self.out = out
        self.all_documents = all_documents
        self.count = 0

    def document(self, result: Result) -> None:
        if not self.all_documents and not result.problems:
            return
        entry: dict[str, Any] = {
            "source": result.source,
            "line": result.line,
            "valid": result.valid,
            "readable": result.readable,
            "problems": [problem.to_json() for problem in result.problems],
        }
        prefix = '{"documents": [\n  ' if self.count == 0 else ",\n  "
        self.count += 1
        self.out(prefix + json.dumps(entry, ensure_ascii=False))

    def finish(self, summary: Summary, exit_code: int) -> None:
        head = '{"documents": [' if self.count == 0 else "\n"
        tail = {"summary": summary.to_json(), "valid": exit_code == 0, "exitCode": exit_code}
        self.out(head + "], " + json.dumps(tail, ensure_ascii=False)[1:] + "\n")


def _escape(text: str, *, property_value: bool = False) -> str:
    """Escape text for a GitHub Actions workflow command."""
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


class GithubReporter:
    """GitHub Actions workflow commands, so that problems show on the pull request's lines."""

    def __init__(self, out: Write) -> None:
        self.out = out

    def document(self, result: Result) -> None:
        for problem in result.problems:
            kind = "error" if problem.severity is Severity.ERROR else "warning"
            line = problem.line if problem.line is not None else result.line
            properties = [f"file={_escape(result.source, property_value=True)}"]
            if line is not None:
                properties.append(f"line={line}")
            properties.append(f"title={_escape(problem.code, property_value=True)}")
            message = _escape(f"{problem.shown_pointer}: {problem.message}")
            self.out(f"::{kind} {','.join(properties)}::{message}\n")

    def finish(self, summary: Summary, exit_code: int) -> None:
        self.out(f"::notice::{_escape(summary.sentence())}\n")


def write_output(content: bytes, output: Path | None, *, expected: bytes | None = None) -> bool:
    """``content`` to standard output, or to the file ``output`` as :func:`write_file` writes it."""
    if output is None:
        sys.stdout.buffer.write(content)
        sys.stdout.buffer.flush()
        return True
    return write_file(output, content, expected=expected)


def write_file(path: Path, content: bytes, *, expected: bytes | None = None) -> bool:
    """Replace ``path`` with ``content`` atomically (see :func:`write_atomically`, which
    refuses when the file no longer holds ``expected``); False, and one line on standard
    error, if the file could not or must not be written, which leaves it as it was."""
    try:
        write_atomically(path, content, expected=expected)
    except OSError as error:  # UnsafeWriteError, PermissionError, ENOSPC...
        click.echo(f"{printable(str(path))}: not written: {error.strerror}", err=True)
        return False
    return True


def refuse_input_as_output(output: Path | None, inputs: Iterable[Path]) -> None:
    """A usage error when ``output`` is one of the ``inputs``: writing over what is being
    converted would lose the original, and any edit saved to it meanwhile."""
    if output is not None and any(same_file(path, output) for path in inputs):
        raise click.BadParameter(
            f"'{printable(str(output))}' is also an input; write to another file",
            param_hint="'--output' / '-o'",
        )


def same_file(one: Path, other: Path) -> bool:
    """Whether the two paths name one file (through links too); False if either is not there."""
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False
