"""``newsmodel draft``: draft annotations added to an existing document."""

from __future__ import annotations

from pathlib import Path

import click

from newsmodel.cli.options import SIGNAL_CODES_HELP, ExitCode, reporting_options
from newsmodel.cli.output import (
    JsonReporter,
    Result,
    Summary,
    TextReporter,
    same_file,
    write_output,
)
from newsmodel.documents import dumps, loads, read_file
from newsmodel.errors import UnreadableDocumentError, ValidationError, printable
from newsmodel.model import Article

#: The exit codes as the help text lists them (``\b`` keeps click from rewrapping).
_HELP = f"""\b
Exit status:
  0  the document with its drafts was written (warnings allowed)
  1  the document is not valid: nothing was drafted or written
  2  usage error: a bad option, no DOC.json
  3  the document could not be read as JSON (a missing path, a folder,
     not strict JSON), or the output could not be written
{SIGNAL_CODES_HELP}"""


@click.command(epilog=_HELP)
@click.argument("path", type=click.Path(path_type=Path), metavar="DOC.json")
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the document to this file (atomically) rather than to standard output; "
    "it may be DOC.json itself.",
)
@reporting_options
def draft(path: Path, output: Path | None, output_format: str, quiet: bool) -> None:
    """Add draft annotations to a valid document: times, quantities, quotations, names.

    The drafter is the one 'newsmodel ingest --draft' runs, on the document's story
    segments (never its page chrome). Every annotation it adds names the annotator
    'newsmodel-drafter' with its version, and a confidence. What the document holds is
    kept as it is and never said twice: a draft on the same words as one of the
    document's times, quantities or entity mentions, or an attribution sharing words
    with one of the document's, is left out, so drafting twice adds nothing the second
    time.
    """
    reporter: TextReporter | JsonReporter = (
        JsonReporter(_err) if output_format == "json" else TextReporter(_err, _err, quiet=quiet)
    )
    summary = Summary()
    original, result, drafted = _drafted(path)
    summary.add(result)
    reporter.document(result)
    code = ExitCode.OK if drafted is not None else ExitCode.INVALID
    if not result.readable:
        code = ExitCode.UNREADABLE
    # Written over DOC.json, the draft must not replace an edit saved while it was made.
    over_itself = output is not None and same_file(output, path)
    expected = original if over_itself else None
    if drafted is not None and not write_output(dumps(drafted), output, expected=expected):
        code = ExitCode.UNREADABLE
    reporter.finish(summary, int(code))
    raise SystemExit(int(code))


def _drafted(path: Path) -> tuple[bytes | None, Result, Article | None]:
    """The bytes read, what checking found, and the drafted document if it is valid."""
    from newsmodel.ingest import draft_article
    from newsmodel.validation import validate

    name = printable(str(path))  # a newline or byte 0xFF in it must not break the report
    try:
        original = read_file(path)
        article = loads(original)
    except UnreadableDocumentError as error:
        return None, Result(name, None, error.problems, readable=False), None
    except ValidationError as error:
        return original, Result(name, None, error.problems, readable=True), None
    drafted = draft_article(article)
    report = validate(drafted)
    result = Result(name, None, report.problems, readable=True)
    return original, result, drafted if report.valid else None


def _err(text: str) -> None:
    click.echo(text, nl=False, err=True)
