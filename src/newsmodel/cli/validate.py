"""``newsmodel validate``: check documents against the schema and the rules."""

from __future__ import annotations

import functools
from collections.abc import Iterator

import click

from newsmodel.cli.options import EXIT_CODES_HELP, ExitCode, checking_options
from newsmodel.cli.output import GithubReporter, JsonReporter, Result, Summary, TextReporter
from newsmodel.cli.parallel import available_cores, in_order
from newsmodel.cli.progress import Progress
from newsmodel.cli.sources import Entry, Source, bundled_examples, entries, expand
from newsmodel.validation import Options, checked


def check_entry(entry: Entry, options: Options) -> Result:
    """Check one document read from a source."""
    if entry.data is None:
        return Result(entry.source.name, entry.line, entry.problems, readable=False)
    result = checked(entry.data, options, line=entry.line, keep_value=False)
    return Result(entry.source.name, entry.line, result.report.problems, result.readable)


#: What is sent to be checked: a document already read (a line of JSON Lines, standard
#: input), or a file of one document, which the worker that checks it reads itself, so
#: that this process does not read every file only to copy it to a worker.
Work = Entry | Source


def result_of(options: Options, work: Work) -> Result | None:
    """:func:`check_entry`, or None for a blank line of JSON Lines (nothing to check)."""
    entry = next(entries(work, options.limits)) if isinstance(work, Source) else work
    if entry.data is None and not entry.problems:
        return None
    return check_entry(entry, options)


def work(sources: list[Source], options: Options) -> Iterator[Work]:
    """Every document of every source, or the file that holds it (not blank lines)."""
    for source in sources:
        if source.regular and not source.lines:
            yield source
        else:
            yield from entries(source, options.limits)


def size(work: Work) -> int:
    """The bytes of input a piece of work stands for, for batches and the progress bar."""
    return work.size if isinstance(work, Source) else work.consumed


def exit_code(summary: Summary) -> ExitCode:
    if summary.unreadable:
        return ExitCode.UNREADABLE
    if summary.invalid:
        return ExitCode.INVALID
    return ExitCode.OK


@click.command(epilog=EXIT_CODES_HELP)
@click.argument("paths", nargs=-1, metavar="[PATH]...")
@click.option(
    "--examples",
    "include_examples",
    is_flag=True,
    help="Also check the example documents bundled with newsmodel.",
)
@click.option(
    "--jsonl",
    "stdin_lines",
    is_flag=True,
    help="Read standard input ('-') as JSON Lines rather than as one document.",
)
@checking_options
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "github"]),
    default="text",
    show_default=True,
    help="'text': one line per problem, 'file:line: pointer: CODE message'. "
    "'json': one JSON object with every document's problems and a summary. "
    "'github': GitHub Actions annotations.",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help="Check documents in N processes (default: one per available core). "
    "The output is the same whatever N is, in the order of the input.",
)
@click.option("--quiet", "-q", is_flag=True, help="Print errors only: no warnings and no summary.")
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show a progress bar on standard error. By default it is shown when standard "
    "error is a terminal and many documents are checked, and never when it is piped.",
)
def validate(
    paths: tuple[str, ...],
    include_examples: bool,
    stdin_lines: bool,
    options: Options,
    output_format: str,
    jobs: int | None,
    quiet: bool,
    progress: bool | None,
) -> None:
    """Check documents against their schema and the rules.

    Each PATH is a file, a folder, or '-' for standard input. A folder is searched
    recursively for *.json and *.jsonl files (hidden files and folders are skipped). A
    *.jsonl file is JSON Lines: one document per line, each checked on its own, its
    problems reported with its line number; blank lines are ignored, and a bad line
    does not stop the others. Any other file holds one JSON document.

    Each document is checked against the JSON Schema of the version its '$schema'
    names, then, if it passes, against the rules a schema cannot state ('newsmodel
    rules' lists them). Every problem has a stable code, a JSON pointer and a line.
    """
    if not paths and not include_examples:
        raise click.UsageError("give at least one PATH, '-' for standard input, or --examples")
    sources = expand(paths, stdin_lines=stdin_lines)
    if include_examples:
        sources += bundled_examples()
    total = sum(source.size for source in sources)
    summary = Summary()
    with Progress(total, enabled=progress, files=len(sources)) as bar:
        if output_format == "json":
            reporter: TextReporter | JsonReporter | GithubReporter = JsonReporter(bar.write_out)
        elif output_format == "github":
            reporter = GithubReporter(bar.write_out)
        else:
            reporter = TextReporter(bar.write_out, bar.write_err, quiet=quiet)
        for source in sources:
            if source.skipped and not quiet:
                bar.write_err(f"{source.name}: skipped: {source.skipped}\n")
        checks = in_order(
            functools.partial(result_of, options),
            work(sources, options),
            jobs=jobs or available_cores(),
            size=size,
        )
        for done, result in checks:
            bar.advance(size(done))
            if result is None:
                continue  # a blank line of JSON Lines
            summary.add(result)
            reporter.document(result)
        code = exit_code(summary)
    reporter.finish(summary, int(code))
    raise SystemExit(int(code))
