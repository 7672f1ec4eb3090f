"""``newsmodel migrate``: rewrite documents of older versions as the current version."""

from __future__ import annotations

import click

from newsmodel.cli.fmt import rewritable, rewrite
from newsmodel.cli.options import SIGNAL_CODES_HELP, ExitCode, checking_options
from newsmodel.cli.output import Summary
from newsmodel.cli.sources import expand
from newsmodel.validation import Options
from newsmodel.versions import CURRENT_VERSION


@click.command(
    short_help="Rewrite documents of older versions as the current version.",
    epilog="\b\nExit status:\n"
    "  0  every document is of the current version, or has been migrated to it\n"
    "  1  with --check, some document would be migrated; or some document is\n"
    "     invalid, and was left as it is\n"
    "  2  usage error\n"
    "  3  some input could not be read as JSON at all (see 'newsmodel validate --help'),\n"
    "     or some file could not or must not be replaced (see 'newsmodel fmt --help')\n"
    + SIGNAL_CODES_HELP,
)
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option(
    "--check",
    is_flag=True,
    help="Write nothing: list the files that would be migrated, and exit 1 if there is one.",
)
@checking_options
@click.option("--quiet", "-q", is_flag=True, help="Print problems only, no file names.")
def migrate(paths: tuple[str, ...], check: bool, options: Options, quiet: bool) -> None:
    """Rewrite documents of older format versions as the current version.

    Each PATH is a file, a folder (searched recursively for *.json and *.jsonl files)
    or '-', which reads standard input and writes the result to standard output. Each
    document is validated against the version its '$schema' names, carried through the
    declared migration steps, and written in the canonical form of the current version.

    A file is rewritten only when every document in it is valid, and then as 'newsmodel
    fmt' rewrites it: atomically, keeping what surrounds the bytes; a file whose documents are all of the current version is
    left untouched ('newsmodel fmt' formats those).
    """
    summary = Summary()
    migrated = 0
    failed = 0
    for source, outcome, canonical in rewritable(
        expand(paths), options, summary, quiet=quiet, not_done="not migrated"
    ):
        if source.path is None and source.data is None and not check:
            click.echo(canonical.decode("utf-8"), nl=False)  # '-': to standard output
            continue
        if not outcome.older:
            continue
        migrated += 1
        versions = ", ".join(outcome.older)
        if check:
            if not quiet:
                click.echo(f"would migrate {source.name} ({versions} to {CURRENT_VERSION})")
            continue
        if not rewrite(source, outcome.original, canonical):
            failed += 1
            continue
        if not quiet:
            click.echo(f"migrated {source.name} ({versions} to {CURRENT_VERSION})")
    if summary.unreadable or failed:
        code = ExitCode.UNREADABLE
    elif summary.invalid or (check and migrated):
        code = ExitCode.INVALID
    else:
        code = ExitCode.OK
    raise SystemExit(int(code))
