"""``newsmodel fmt``: rewrite documents in canonical form."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator

import attrs
import click

from newsmodel._files import write_atomically
from newsmodel.cli.options import SIGNAL_CODES_HELP, ExitCode, checking_options
from newsmodel.cli.output import Result, Summary, TextReporter
from newsmodel.cli.sources import Source, entries, expand
from newsmodel.codec import unstructure, write, write_line
from newsmodel.documents import article_of, read_file
from newsmodel.errors import UnreadableDocumentError, ValidationError
from newsmodel.problems import UNREADABLE
from newsmodel.validation import Options, checked
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

    @property
    def why_not(self) -> str:
        """Why there is no canonical form, in words that end a sentence."""
        if any(not result.readable for result in self.results):
            return "it could not be read"
        return "it is not valid"


def _snapshot(source: Source, options: Options) -> Source | Result:
    """``source`` with its bytes read once, so that what is checked is what is replaced."""
    if source.path is None or source.problem is not None or source.skipped is not None:
        return source
    try:
        if source.lines:  # each line is held to the size limit as it is read
            data = source.path.read_bytes()
        else:
            data = read_file(source.path, limits=options.limits)
    except UnreadableDocumentError as error:
        return Result(source.name, None, error.problems, readable=False)
    except OSError as error:
        problem = UNREADABLE.problem(reason=error.strerror)
        return Result(source.name, None, (problem,), readable=False)
    return attrs.evolve(source, data=data)


def format_source(source: Source, options: Options) -> Outcome:
    """The canonical form of every document in ``source``, or the problems that forbid it.

    The canonical form is that of the current version: a document of an older version
    comes out migrated, and its version is listed in :attr:`Outcome.older`.
    """
    snapshot = _snapshot(source, options)
    if isinstance(snapshot, Result):
        return Outcome(b"", None, (snapshot,))
    # Gathered in parts and joined once: adding bytes to bytes copies the whole, which
    # made a JSON Lines file of n documents cost n copies of itself (2,000 lines, 76 MB:
    # 102 s; twice that: 463 s).
    original: list[bytes] = []
    canonical: list[bytes] = []
    results = []
    older: set[str] = set()
    refused = False
    for entry in entries(snapshot, options.limits):
        if entry.data is None and not entry.problems:
            original.append(b"\n")  # a blank JSON Lines line, which the canonical form drops
            continue
        if entry.data is None:
            results.append(Result(source.name, entry.line, entry.problems, readable=False))
            refused = True
            continue
        original.extend((entry.data, b"\n" if source.lines else b""))
        result = checked(entry.data, options, line=entry.line, keep_value=False)
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
        canonical.append(write_line(value) if source.lines else write(value))
    versions = tuple(sorted(older, key=version_key))
    if refused:
        return Outcome(b"".join(original), None, tuple(results), versions)
    # Compare with the bytes as read, line endings and all, not the lines as parsed.
    as_read = b"".join(original) if snapshot.data is None else snapshot.data
    return Outcome(as_read, b"".join(canonical), tuple(results), versions)


@click.command(
    epilog="\b\nExit status:\n"
    "  0  every document is canonical, or has been rewritten\n"
    "  1  with --check, some document would be rewritten; or some document is\n"
    "     invalid, or of an older version, and was left as it is\n"
    "  2  usage error\n"
    "  3  some input could not be read as JSON at all (see 'newsmodel validate --help'),\n"
    "     or some file could not or must not be replaced (read-only, hard links,\n"
    "     another user's, changed since it was read, a full disk): it is left as it was\n"
    + SIGNAL_CODES_HELP
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
def fmt(paths: tuple[str, ...], check: bool, diff: bool, options: Options, quiet: bool) -> None:
    """Rewrite documents in canonical form.

    The canonical form is the one newsmodel writes: UTF-8, keys in the model's order,
    two-space indentation, defaults left out, one trailing newline; a *.jsonl file gets
    one compact document per line and no blank lines. Each PATH is a file, a folder
    (searched recursively for *.json and *.jsonl files) or '-', which reads standard
    input and writes the canonical form to standard output.

    A document must validate before it is rewritten: a file with an invalid or
    unreadable document is reported and left untouched. Formatting never changes a
    document's version: a file with a document of an older version is reported and
    left untouched too ('newsmodel migrate' rewrites it as the current version).

    A file is replaced atomically, never left half written. Through a symbolic link,
    the file it names is replaced and the link kept. The file keeps its permissions, its
    owner and group, and its extended attributes (where the file system allows). A file
    is left as it is, with a message and exit status 3, when it is read-only, when it
    has several hard links (replacing it would split them), when it belongs to another
    user or group that the new file cannot be given to (replacing it would make it the
    user's), or when it changed since it was read (an editor saved it meanwhile).
    """
    summary = Summary()
    changed = 0
    failed = 0
    left_old = 0
    for source, outcome, canonical in rewritable(
        expand(paths), options, summary, quiet=quiet, not_done="not rewritten"
    ):
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
            click.echo(canonical.decode("utf-8"), nl=False)  # '-': to standard output
            continue
        if canonical == outcome.original:
            continue
        changed += 1
        if diff:
            _print_diff(source.name, outcome.original, canonical)
        if check or diff:
            if not quiet and not diff:
                click.echo(f"would reformat {source.name}")
            continue
        if not rewrite(source, outcome.original, canonical):
            failed += 1
            continue
        if not quiet:
            click.echo(f"reformatted {source.name}")
    if summary.unreadable or failed:
        code = ExitCode.UNREADABLE
    elif summary.invalid or left_old or ((check or diff) and changed):
        code = ExitCode.INVALID
    else:
        code = ExitCode.OK
    raise SystemExit(int(code))


def rewritable(
    sources: Iterable[Source], options: Options, summary: Summary, *, quiet: bool, not_done: str
) -> Iterator[tuple[Source, Outcome, bytes]]:
    """Each source that can be written in canonical form, with its outcome and those bytes.

    The part 'fmt' and 'migrate' share: a skipped source is said to be skipped, every
    document's problems are reported (and added to ``summary``), and a source that
    cannot be written is said to be ``not_done`` ("not rewritten") with the reason.
    """
    reporter = TextReporter(
        lambda text: click.echo(text, nl=False),
        lambda text: click.echo(text, nl=False, err=True),
        quiet=True,
    )
    for source in sources:
        if source.skipped is not None:
            if not quiet:
                click.echo(f"{source.name}: skipped: {source.skipped}", err=True)
            continue
        outcome = format_source(source, options)
        for result in outcome.results:
            summary.add(result)
            reporter.document(result)
        if outcome.canonical is None:
            if source.problem is None and not quiet:
                click.echo(f"{source.name}: {not_done}, since {outcome.why_not}", err=True)
            continue
        yield source, outcome, outcome.canonical


def rewrite(source: Source, original: bytes, canonical: bytes) -> bool:
    """Replace ``source``'s file, if it still holds ``original``, with ``canonical``.

    False, with a line on standard error, when the file is left as it was: it changed
    since it was read, it is read-only or hard-linked, or the write failed (a folder
    that may not be written, a full disk).
    """
    assert source.path is not None
    try:
        write_atomically(source.path, canonical, expected=original)
    except OSError as error:  # UnsafeWriteError, PermissionError, ENOSPC...
        click.echo(f"{source.name}: not rewritten: {error.strerror}", err=True)
        return False
    return True


def _print_diff(name: str, original: bytes, canonical: bytes) -> None:
    before = original.decode("utf-8").splitlines(keepends=True)
    after = canonical.decode("utf-8").splitlines(keepends=True)
    for line in difflib.unified_diff(before, after, f"{name} (now)", f"{name} (canonical)"):
        click.echo(line if line.endswith("\n") else line + "\n", nl=False)
