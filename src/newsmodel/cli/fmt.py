"""``newsmodel fmt``: rewrite documents in canonical form."""

from __future__ import annotations

import difflib

import attrs
import click

from newsmodel._files import write_atomically
from newsmodel.cli.options import Checking, ExitCode, checking_options
from newsmodel.cli.output import Result, Summary, TextReporter
from newsmodel.cli.sources import Source, entries, expand
from newsmodel.codec import unstructure, write, write_line
from newsmodel.documents import article_of
from newsmodel.errors import ValidationError
from newsmodel.versions import CURRENT_VERSION, version_key


@attrs.frozen
class Outcome:
    """What formatting one source gives: its canonical bytes, or why there are none."""

    original: bytes
    canonical: bytes | None
    """None when some document in the source is unreadable or invalid."""
    results: tuple[Result, ...]
    older: tuple[str, ...] = ()
    """The versions older than the current one that some document in the source names."""


def format_source(source: Source, checking: Checking) -> Outcome:
    """The canonical form of every document in ``source``, or the problems that forbid it.

    The canonical form is that of the current version: a document of an older version
    comes out migrated, and its version is listed in :attr:`Outcome.older`.
    """
    original = b""
    canonical = b""
    results = []
    older: set[str] = set()
    refused = False
    for entry in entries(source, checking.limits):
        if entry.data is None and not entry.problems:
            original += b"\n"  # a blank JSON Lines line, which the canonical form drops
            continue
        if entry.data is None:
            results.append(Result(source.name, entry.line, entry.problems, readable=False))
            refused = True
            continue
        original += entry.data + (b"\n" if source.lines else b"")
        result = checking.check(entry.data, line=entry.line)
        outcome = Result(source.name, entry.line, result.report.problems, result.readable)
        results.append(outcome)
        if not outcome.valid:
            refused = True
            continue
        if result.version is not None and result.version != CURRENT_VERSION:
            older.add(result.version)
        try:
            value = unstructure(article_of(result))
        except ValidationError as error:
            results[-1] = Result(source.name, entry.line, error.problems, readable=True)
            refused = True
            continue
        canonical += write_line(value) if source.lines else write(value)
    versions = tuple(sorted(older, key=version_key))
    if refused:
        return Outcome(original, None, tuple(results), versions)
    if source.path is not None:
        # Compare with the bytes on disk, line endings and all, not the lines as parsed.
        original = source.path.read_bytes()
    return Outcome(original, canonical, tuple(results), versions)


@click.command(
    epilog="\b\nExit status:\n"
    "  0  every document is canonical, or has been rewritten\n"
    "  1  with --check, some document would be rewritten; or some document is\n"
    "     invalid, or of an older version, and was left as it is\n"
    "  2  usage error\n"
    "  3  some input could not be read as JSON at all (see 'newsmodel validate --help')"
)
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option(
    "--check",
    is_flag=True,
    help="Write nothing: list the files that would be rewritten, and exit 1 if there is one.",
)
@click.option(
    "--diff", is_flag=True, help="Write nothing: print a unified diff of what would change."
)
@checking_options
@click.option("--quiet", "-q", is_flag=True, help="Print problems only, no file names.")
def fmt(paths: tuple[str, ...], check: bool, diff: bool, checking: Checking, quiet: bool) -> None:
    """Rewrite documents in canonical form.

    The canonical form is the one newsmodel writes: UTF-8, keys in the model's order,
    two-space indentation, defaults left out, one trailing newline; a *.jsonl file gets
    one compact document per line and no blank lines. Each PATH is a file, a folder
    (searched recursively for *.json and *.jsonl files) or '-', which reads standard
    input and writes the canonical form to standard output.

    A document must validate before it is rewritten: a file with an invalid or
    unreadable document is reported and left untouched. Formatting never changes a
    document's version: a file with a document of an older version is reported and
    left untouched too ('newsmodel migrate' rewrites it as the current version). A file is replaced atomically,
    never left half written, and keeps its permissions.
    """
    sources = expand(paths)
    summary = Summary()
    reporter = TextReporter(
        lambda text: click.echo(text, nl=False),
        lambda text: click.echo(text, nl=False, err=True),
        quiet=True,
    )
    changed = 0
    left_old = 0
    for source in sources:
        outcome = format_source(source, checking)
        for result in outcome.results:
            summary.add(result)
            reporter.document(result)
        if outcome.canonical is None:
            if source.problem is None and not quiet:
                click.echo(f"{source.name}: not rewritten, since it is not valid", err=True)
            continue
        if outcome.older:
            # Formatting never changes a document's version: that is 'newsmodel migrate'.
            left_old += 1
            click.echo(
                f"{source.name}: not rewritten, since it is a newsmodel "
                f"{', '.join(outcome.older)} document; 'newsmodel migrate' rewrites it "
                f"as {CURRENT_VERSION}",
                err=True,
            )
            continue
        if source.path is None and source.data is None and not (check or diff):
            click.echo(outcome.canonical.decode("utf-8"), nl=False)  # '-': to standard output
            continue
        if outcome.canonical == outcome.original:
            continue
        changed += 1
        if diff:
            _print_diff(source.name, outcome.original, outcome.canonical)
        if check or diff:
            if not quiet and not diff:
                click.echo(f"would reformat {source.name}")
            continue
        assert source.path is not None
        write_atomically(source.path, outcome.canonical)
        if not quiet:
            click.echo(f"reformatted {source.name}")
    if summary.unreadable:
        code = ExitCode.UNREADABLE
    elif summary.invalid or left_old or ((check or diff) and changed):
        code = ExitCode.INVALID
    else:
        code = ExitCode.OK
    raise SystemExit(int(code))


def _print_diff(name: str, original: bytes, canonical: bytes) -> None:
    before = original.decode("utf-8").splitlines(keepends=True)
    after = canonical.decode("utf-8").splitlines(keepends=True)
    for line in difflib.unified_diff(before, after, f"{name} (now)", f"{name} (canonical)"):
        click.echo(line if line.endswith("\n") else line + "\n", nl=False)
