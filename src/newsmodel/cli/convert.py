"""``newsmodel convert``: documents to and from the news world's formats.

The formats are two small tables, :data:`WRITERS` (``--to``) and :data:`READERS`
(``--from``), each entry a name, the function that converts and a line of help, so that
a format is added in one place. Every conversion returns its loss report, which is
printed as warnings, as ``validate`` prints problems; a document that cannot be
converted is reported with its codes and the others are still written.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any, NoReturn

import attrs
import click

from newsmodel.cli.options import EXIT_CODES_HELP, ExitCode, checking_options
from newsmodel.cli.output import (
    GithubReporter,
    JsonReporter,
    Result,
    Summary,
    TextReporter,
    refuse_input_as_output,
    write_output,
)
from newsmodel.cli.sources import DOCUMENT_SUFFIXES, Entry, Source, entries, expand
from newsmodel.codec import ReadLimits, parse, unstructure, write, write_line
from newsmodel.corpora.brat import read_brat
from newsmodel.corpora.cat import read_cat
from newsmodel.corpora.timeml import read_timeml
from newsmodel.documents import article_of
from newsmodel.errors import Problem, UnreadableDocumentError, ValidationError
from newsmodel.interchange import (
    Converted,
    export_ninjs,
    export_schemaorg,
    import_claimreview,
    import_ninjs,
)
from newsmodel.model import Article
from newsmodel.problems import UNREADABLE
from newsmodel.validation import Options, checked

#: Reads one input (a file's bytes, or a line of JSON Lines) as documents: each item a
#: converted document or the error that kept an item from becoming one.
Reader = Callable[
    [bytes, ReadLimits, "str | None"], Iterator["Converted[Article] | ValidationError"]
]
#: Writes a document in another format.
Writer = Callable[[Article], "Converted[Any]"]


@attrs.frozen
class Format:
    """One format of ``newsmodel convert``."""

    name: str
    help: str
    convert: Any
    """A :data:`Reader` (for ``--from``) or a :data:`Writer` (for ``--to``)."""
    suffixes: tuple[str, ...] = DOCUMENT_SUFFIXES
    """What a folder is searched for, when read in this format."""
    corpus: bool = False
    """Whether ``convert`` reads a path (an annotated corpus's file, which may need the
    files next to it) and returns a :class:`~newsmodel.corpora.Conversion` with its
    fidelity report, rather than reading bytes."""


def json_reader(read_one: Callable[..., Converted[Article]], *, items: bool = False) -> Reader:
    """A :data:`Reader` for a JSON format: strict parsing, then ``read_one`` on the value
    (on each of its items, when ``items`` and the value is a list, as ninjs collections are)."""

    def read(data: bytes, limits: ReadLimits, language: str | None) -> Iterator[Any]:
        try:
            value = parse(data, limits=limits)
        except UnreadableDocumentError as error:
            yield error
            return
        for item in value if items and isinstance(value, list) else [value]:
            try:
                yield read_one(item, language=language)
            except ValidationError as error:
                yield error

    return read


READERS: dict[str, Format] = {
    entry.name: entry
    for entry in (
        Format(
            "claimreview",
            "schema.org ClaimReview markup (JSON-LD, a Data Commons feed item, a Fact Check Tools API claim)",
            json_reader(import_claimreview),
            (".json", ".jsonld", ".jsonl"),
        ),
        Format(
            "ninjs",
            "IPTC ninjs 1.x, 2.x or 3.x items, or an array of them",
            json_reader(import_ninjs, items=True),
        ),
        Format("timeml", "TimeML .tml files (TempEval-3)", read_timeml, (".tml",), corpus=True),
        Format("cat", "MEANTIME's CAT XML (NewsReader)", read_cat, (".xml",), corpus=True),
        Format(
            "brat",
            "brat standoff in the PARC scheme: a .txt with its .ann files (one layer each)",
            read_brat,
            (".txt",),
            corpus=True,
        ),
    )
}
WRITERS: dict[str, Format] = {
    entry.name: entry
    for entry in (
        Format(
            "schemaorg",
            "schema.org JSON-LD (NewsArticle, Claim, ClaimReview ...)",
            export_schemaorg,
        ),
        Format("ninjs-3.1", "IPTC ninjs 3.1", partial(export_ninjs, version="3.1")),
        Format("ninjs-2.2", "IPTC ninjs 2.2", partial(export_ninjs, version="2.2")),
    )
}


def _choices(table: dict[str, Format]) -> str:
    return "; ".join(f"'{f.name}': {f.help}" for f in table.values())


@click.command(
    epilog=EXIT_CODES_HELP.replace(
        "some document is invalid", "some document is invalid or cannot be converted"
    )
)
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option(
    "--to",
    "to_format",
    type=click.Choice(list(WRITERS)),
    help=f"Write newsmodel documents in this format: {_choices(WRITERS)}.",
)
@click.option(
    "--from",
    "from_format",
    type=click.Choice(list(READERS)),
    help=f"Read this format as newsmodel documents: {_choices(READERS)}.",
)
@click.option(
    "--output",
    "-o",
    # Not 'writable=True': a file that cannot be written is status 3, as for every command.
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the result to this file (atomically) rather than to standard output; "
    "never one of the inputs.",
)
@click.option(
    "--language",
    metavar="TAG",
    help="With --from: the BCP 47 language of the input, where the input does not say (otherwise 'und', reported).",
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
    help="How problems and losses are reported, as for 'newsmodel validate'.",
)
@click.option("--quiet", "-q", is_flag=True, help="Print errors only: no losses and no summary.")
def convert(
    paths: tuple[str, ...],
    to_format: str | None,
    from_format: str | None,
    output: Path | None,
    language: str | None,
    stdin_lines: bool,
    options: Options,
    output_format: str,
    quiet: bool,
) -> None:
    """Convert documents to (--to) or from (--from) another format.

    Each PATH is a file, a folder (searched recursively), or '-' for standard input; a
    *.jsonl file holds one input per line. With --to, the inputs are newsmodel
    documents, validated first; with --from, they are in the format named, and each
    becomes a newsmodel document, validated before it is written.

    One result is written as one JSON document; several as JSON Lines, one a line.
    Every field a conversion drops or approximates is reported as a warning with its
    code and its JSON pointer; an input that cannot be converted is reported with the
    codes that say what it lacks, and the others are still written.
    """
    if (to_format is None) == (from_format is None):
        raise click.UsageError("give exactly one of --to FORMAT and --from FORMAT")
    if language is not None and from_format is None:
        raise click.UsageError("--language goes with --from")
    chosen = WRITERS[to_format] if to_format else READERS[from_format or ""]
    sources = expand(paths, stdin_lines=stdin_lines, suffixes=chosen.suffixes)
    refuse_input_as_output(output, (s.path for s in sources if s.path is not None))
    if chosen.corpus:
        _convert_corpus(sources, chosen, output, output_format, quiet)
    summary = Summary()
    if output_format == "json":
        reporter: TextReporter | JsonReporter | GithubReporter = JsonReporter(_err)
    elif output_format == "github":
        reporter = GithubReporter(_err)
    else:
        reporter = TextReporter(_err, _err, quiet=quiet)
    values: list[Any] = []
    for source in sources:
        if source.skipped and not quiet:
            _err(f"{source.name}: skipped: {source.skipped}\n")
        for entry in entries(source, options.limits):
            if entry.data is None and not entry.problems:
                continue  # a blank line of JSON Lines
            for result, value in _converted(
                entry, chosen, options, to_format is not None, language
            ):
                summary.add(result)
                reporter.document(result)
                if value is not None:
                    values.append(value)
    code = _exit_code(summary)
    if values and not _write(values, to_format is not None, output):
        code = ExitCode.UNREADABLE
    reporter.finish(summary, int(code))
    raise SystemExit(int(code))


def _converted(
    entry: Entry, chosen: Format, options: Options, export: bool, language: str | None
) -> Iterator[tuple[Result, Any]]:
    name, line = entry.source.name, entry.line
    if entry.data is None:
        yield Result(name, line, entry.problems, readable=False), None
        return
    if export:
        result = checked(entry.data, options, line=line, keep_value=False)
        if not result.report.valid:
            yield Result(name, line, result.report.problems, result.readable), None
            return
        converted = chosen.convert(article_of(result))
        problems = (*result.report.problems, *_on_line(converted.losses, line))
        yield Result(name, line, problems, readable=True), converted.value
        return
    for item in chosen.convert(entry.data, options.limits, language):
        if isinstance(item, ValidationError):
            readable = not isinstance(item, UnreadableDocumentError)
            yield Result(name, line, _on_line(item.problems, line), readable), None
        else:
            yield Result(name, line, _on_line(item.losses, line), readable=True), item.value


def _convert_corpus(
    sources: list[Source], chosen: Format, output: Path | None, output_format: str, quiet: bool
) -> NoReturn:
    """Read annotated-corpus files by path; report problems as ``validate`` does and,
    after them, the fidelity reports: a table of totals, or all of it with --format json."""
    from newsmodel.corpora import CorpusError
    from newsmodel.corpora.fidelity import table
    from newsmodel.validation import validate as validate_article

    summary = Summary()
    reporter: TextReporter | JsonReporter | GithubReporter
    if output_format == "json":
        reporter = JsonReporter(_err)
    elif output_format == "github":
        reporter = GithubReporter(_err)
    else:
        reporter = TextReporter(_err, _err, quiet=quiet)
    values: list[Any] = []
    reports = []
    for source in sources:
        if source.skipped:
            if not quiet:
                _err(f"{source.name}: skipped: {source.skipped}\n")
            continue
        if source.problem is not None or source.path is None:
            problem = source.problem or UNREADABLE.problem(reason="a corpus is read from files")
            result = Result(source.name, None, (problem,), readable=False)
        else:
            try:
                conversion = chosen.convert(source.path)
            except CorpusError as error:
                result = Result(source.name, None, (error.problem,), readable=False)
            else:
                report = validate_article(conversion.article)
                result = Result(source.name, None, report.problems, readable=True)
                reports.append(conversion.report)
                if result.valid:
                    values.append(conversion.article)
        summary.add(result)
        reporter.document(result)
    code = _exit_code(summary)
    if values and not _write(values, False, output):
        code = ExitCode.UNREADABLE
    reporter.finish(summary, int(code))
    if output_format == "json":
        _err(json.dumps([r.to_json() for r in reports], ensure_ascii=False, indent=1) + "\n")
    elif not quiet and reports:
        _err(table(reports) + "\n")
    raise SystemExit(int(code))


def _on_line(problems: tuple[Problem, ...], line: int | None) -> tuple[Problem, ...]:
    return tuple(attrs.evolve(p, line=line) if p.line is None else p for p in problems)


def _exit_code(summary: Summary) -> ExitCode:
    if summary.unreadable:
        return ExitCode.UNREADABLE
    if summary.invalid:
        return ExitCode.INVALID
    return ExitCode.OK


def _write(values: list[Any], export: bool, output: Path | None) -> bool:
    """Write the results: one as a document, several as JSON Lines; False if it failed."""
    unstructured = values if export else [unstructure(article) for article in values]
    if len(unstructured) == 1:
        content = write(unstructured[0])
    else:
        content = b"".join(write_line(value) for value in unstructured)
    return write_output(content, output)


def _err(text: str) -> None:
    click.echo(text, nl=False, err=True)
