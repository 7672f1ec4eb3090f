"""``newsmodel draft``: draft annotations added to an existing document."""

from __future__ import annotations

from pathlib import Path

import click

from newsmodel.cli.options import ExitCode
from newsmodel.cli.output import JsonReporter, Result, Summary, TextReporter, write_output
from newsmodel.documents import dumps, load
from newsmodel.errors import UnreadableDocumentError, ValidationError
from newsmodel.model import Article

#: The exit codes as the help text lists them (``\b`` keeps click from rewrapping).
_HELP = """\b
Exit status:
  0  the document with its drafts was written (warnings allowed)
  1  the document is not valid: nothing was drafted or written
  2  usage error: a bad option, no DOC.json
  3  the document could not be read as JSON (a missing path, a folder,
     not strict JSON), or the output could not be written
  130, 141, 143  interrupted (Ctrl-C), output pipe closed, terminated"""


@click.command(epilog=_HELP)
@click.argument("path", type=click.Path(path_type=Path), metavar="DOC.json")
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the document to this file (atomically) rather than to standard output; "
    "it may be DOC.json itself.",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="How problems are reported, as for 'newsmodel validate'.",
)
@click.option("--quiet", "-q", is_flag=True, help="Print errors only: no warnings and no summary.")
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
    result, drafted = _drafted(path)
    summary.add(result)
    reporter.document(result)
    code = ExitCode.OK if drafted is not None else ExitCode.INVALID
    if not result.readable:
        code = ExitCode.UNREADABLE
    if drafted is not None and not write_output(dumps(drafted), output):
        code = ExitCode.UNREADABLE
    reporter.finish(summary, int(code))
    raise SystemExit(int(code))


def _drafted(path: Path) -> tuple[Result, Article | None]:
    from newsmodel.ingest import draft_article
    from newsmodel.validation import validate

    try:
        article = load(path)
    except UnreadableDocumentError as error:
        return Result(str(path), None, error.problems, readable=False), None
    except ValidationError as error:
        return Result(str(path), None, error.problems, readable=True), None
    drafted = draft_article(article)
    report = validate(drafted)
    result = Result(str(path), None, report.problems, readable=True)
    return result, drafted if report.valid else None


def _err(text: str) -> None:
    click.echo(text, nl=False, err=True)
