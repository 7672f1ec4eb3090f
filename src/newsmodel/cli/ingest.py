"""``newsmodel ingest``: a web page, or a text and its metadata, as a document."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from newsmodel.cli.options import SIGNAL_CODES_HELP, ExitCode, reporting_options
from newsmodel.cli.output import (
    JsonReporter,
    Result,
    Summary,
    TextReporter,
    refuse_input_as_output,
    write_output,
)
from newsmodel.codec import DEFAULT_LIMITS, parse, unstructure, write
from newsmodel.documents import read_file
from newsmodel.errors import Problem, UnreadableDocumentError, ValidationError, printable
from newsmodel.problems import ENCODING, MISSING

#: The modules of the ingest extra, named when one is missing.
_EXTRA = frozenset({"trafilatura", "lxml", "lxml_html_clean", "justext", "htmldate"})
#: The exit codes as the help text lists them (``\b`` keeps click from rewrapping).
_HELP = f"""\b
Exit status:
  0  a valid document was written (warnings allowed)
  1  the input cannot become a valid document (no story in it)
  2  usage error: a bad option, no PAGE
  3  the input could not be read: a missing path, a folder, a file
     over 64 MiB (json.too_large), metadata that is not strict JSON,
     a text that is not UTF-8, the ingest extra not installed; or the
     output could not be written
{SIGNAL_CODES_HELP}"""


@click.command(epilog=_HELP)
@click.argument("path", type=click.Path(path_type=Path), metavar="PAGE")
@click.option("--url", help="The page's address, where the page does not give it.")
@click.option(
    "--meta",
    "meta_path",
    type=click.Path(path_type=Path),
    metavar="META.json",
    help="Read PAGE as plain UTF-8 text, with this JSON object as its metadata: title, author, date, url, id, language.",
)
@click.option("--language", metavar="TAG", help="The BCP 47 language, where the page does not say.")
@click.option(
    "--draft",
    is_flag=True,
    help="Add draft annotations (times, quantities, quotations, named entities), each marked as made by the tool, with a confidence.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the document to this file (atomically) rather than to standard output; "
    "never PAGE or META.json.",
)
@reporting_options
def ingest(
    path: Path,
    url: str | None,
    meta_path: Path | None,
    language: str | None,
    draft: bool,
    output: Path | None,
    output_format: str,
    quiet: bool,
) -> None:
    """Make a newsmodel document of a web page, or of a text (--meta, or a PAGE.txt).

    A page's main text and metadata are found with trafilatura: its headline, byline,
    dateline and paragraphs become segments, and the site's template that a reader saw
    ("Last updated" lines, cookie and newsletter notices) page-chrome segments. The
    page's dates (its metadata, its dateline, its "Last updated" line) each become a
    document time with where it came from; where they disagree, a warning says so.
    Needs the ingest extra: pip install 'newsmodel-py[ingest]'.
    """
    reporter: TextReporter | JsonReporter = (
        JsonReporter(_err) if output_format == "json" else TextReporter(_err, _err, quiet=quiet)
    )
    refuse_input_as_output(output, [path, *([meta_path] if meta_path else [])])
    summary = Summary()
    result, article = _ingested(path, url, meta_path, language, draft)
    summary.add(result)
    reporter.document(result)
    code = ExitCode.OK if article is not None else ExitCode.INVALID
    if not result.readable:
        code = ExitCode.UNREADABLE
    if article is not None and not write_output(write(unstructure(article)), output):
        code = ExitCode.UNREADABLE
    reporter.finish(summary, int(code))
    raise SystemExit(int(code))


def _ingested(
    path: Path, url: str | None, meta_path: Path | None, language: str | None, draft: bool
) -> tuple[Result, Any]:
    from newsmodel.ingest import ingest_html, ingest_text

    name = printable(str(path))  # a newline or byte 0xFF in it must not break the report
    data = _read(path)
    if isinstance(data, Problem):
        return Result(name, None, (data,), readable=False), None
    try:
        if meta_path is None and path.suffix.lower() != ".txt":
            converted = ingest_html(data, url=url, language=language, draft=draft)
        else:
            metadata = _metadata(meta_path)
            if isinstance(metadata, Result):
                return metadata, None
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError as error:
                problem = ENCODING.problem(offset=error.start)
                return Result(name, None, (problem,), readable=False), None
            metadata.update({k: v for k, v in {"url": url, "language": language}.items() if v})
            converted = ingest_text(text, metadata, draft=draft)
    except ModuleNotFoundError as error:
        if error.name not in _EXTRA:
            raise
        problem = MISSING.problem(
            what=f"the module {error.name!r}",
            why="install the ingest extra: pip install 'newsmodel-py[ingest]'",
        )
        return Result(name, None, (problem,), readable=False), None
    except ValidationError as error:
        return Result(name, None, error.problems, readable=True), None
    return Result(name, None, converted.losses, readable=True), converted.value


def _read(path: Path) -> bytes | Problem:
    """The file's bytes, within the reader's size limit: a page is never larger than a
    document may be, and '/dev/zero' or a growing log must not take all memory."""
    try:
        return read_file(path, limits=DEFAULT_LIMITS)
    except UnreadableDocumentError as error:
        return error.problems[0]


def _metadata(meta_path: Path | None) -> dict[str, Any] | Result:
    if meta_path is None:
        return {}
    name = printable(str(meta_path))
    data = _read(meta_path)
    if isinstance(data, Problem):
        return Result(name, None, (data,), readable=False)
    try:
        value = parse(data, limits=DEFAULT_LIMITS)
    except UnreadableDocumentError as error:
        return Result(name, None, error.problems, readable=False)
    if not isinstance(value, dict):
        problem = MISSING.problem(
            what="a JSON object of metadata", why="the file holds another value"
        )
        return Result(name, None, (problem,), readable=False)
    return dict(value)


def _err(text: str) -> None:
    click.echo(text, nl=False, err=True)
