"""``newsmodel render``: write a document, or a folder of them, as HTML to look at."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote

import click

from newsmodel.cli.options import SIGNAL_CODES_HELP, ExitCode
from newsmodel.cli.output import (
    Result,
    Summary,
    TextReporter,
    refuse_input_as_output,
    write_file,
)
from newsmodel.cli.sources import Entry, Source, bundled_examples, entries, expand
from newsmodel.documents import article_of
from newsmodel.errors import Severity, printable
from newsmodel.model import Article
from newsmodel.validation import DEFAULT_OPTIONS, Options, checked

#: The index page of a rendered folder.
INDEX = "index.html"


def _relative(source: Source, root: Path | None) -> Path:
    """A source's path inside the folder being rendered; without a folder, its file name.

    Never an absolute path or one with '..': a page is always written inside the output.
    """
    if source.path is not None and root is not None:
        return source.path.relative_to(root)
    return Path(Path(source.name).name)


def _page_name(entry: Entry, root: Path | None) -> Path:
    """Where a document's view goes inside the output folder: its path, ending in .html."""
    stem = _relative(entry.source, root).with_suffix("")
    if entry.line is not None:
        stem = stem.with_name(f"{stem.name}-line{entry.line}")
    return stem.with_suffix(".html")


def _problem_lines(result: Result, *, only: Severity | None = None) -> tuple[str, ...]:
    """Each problem of ``result`` (or only those of severity ``only``) in one line."""
    return tuple(
        f"{p.code} {p.shown_pointer}: {p.message}"
        for p in result.problems
        if only is None or p.severity is only
    )


def _render(article: Article) -> bytes:
    from newsmodel.render import render_article  # imported here: the CLI starts fast

    return render_article(article).encode("utf-8")


@click.command(
    epilog="\b\nExit status:\n"
    "  0  every document was rendered\n"
    "  1  some document is invalid, and was not rendered\n"
    "  2  usage error\n"
    "  3  some input could not be read as JSON at all (see 'newsmodel validate --help'),\n"
    "     or some page could not or must not be written (see 'newsmodel fmt --help')\n"
    + SIGNAL_CODES_HELP
)
@click.argument("path", required=False, metavar="PATH")
@click.option(
    "--output",
    "-o",
    required=True,
    type=click.Path(path_type=Path),
    help="The HTML file to write for one document (never the document itself); the "
    "folder to write for a folder, a *.jsonl file or --examples (it is created if need be).",
)
@click.option(
    "--examples",
    "include_examples",
    is_flag=True,
    help="Render the example documents bundled with newsmodel into the output folder.",
)
@click.option("--quiet", "-q", is_flag=True, help="Print problems only, not what was written.")
def render(path: str | None, output: Path, include_examples: bool, quiet: bool) -> None:
    """Write documents as self-contained HTML pages, to look at the annotations.

    With one document (a *.json file, or '-' for standard input), write its view to the
    file OUTPUT: the article's text with mentions, quotations (source, cue, content),
    claims with their certainty, quantities and times highlighted, and a side panel
    listing each source with everything attributed to it. With a folder (searched
    recursively, like 'newsmodel validate'), a *.jsonl file or --examples, write one
    page per document into the folder OUTPUT, and an index.html listing each
    document's headline, date, counts of quotations and claims, and validity.

    A document is rendered only if it is valid (warnings allowed); an invalid one is
    reported, and listed in the index without a page. Each file is written
    atomically, never half written; the pages load nothing from elsewhere, so they
    work offline.
    """
    if (path is None) == (not include_examples):
        raise click.UsageError("give one PATH, '-' for standard input, or --examples")
    sources = bundled_examples() if include_examples else expand([path] if path else [])
    root = Path(path) if path is not None and Path(path).is_dir() else None
    one_page = not include_examples and root is None and not sources[0].lines
    if not one_page and output.exists() and not output.is_dir():
        raise click.UsageError(
            f"'{printable(str(output))}' is a file; rendering many documents needs a folder"
        )
    if one_page:
        refuse_input_as_output(output, [Path(path)] if path and path != "-" else [])
    if one_page and output.is_dir():
        raise click.UsageError(
            f"'{printable(str(output))}' is a folder; give the HTML file to write"
        )
    reporter = TextReporter(
        lambda text: click.echo(text, nl=False),
        lambda text: click.echo(text, nl=False, err=True),
        quiet=quiet,
    )
    summary = Summary()
    if one_page:
        written = _render_one(sources[0], output, reporter, summary, quiet=quiet)
    else:
        written = _render_many(sources, root, output, reporter, summary, quiet=quiet)
    if summary.unreadable or not written:
        code = ExitCode.UNREADABLE
    elif summary.invalid:
        code = ExitCode.INVALID
    else:
        code = ExitCode.OK
    raise SystemExit(int(code))


def _checked(entry: Entry, options: Options) -> tuple[Result, Article | None]:
    if entry.data is None:
        return Result(entry.source.name, entry.line, entry.problems, readable=False), None
    checked_entry = checked(entry.data, options, line=entry.line, keep_value=False)
    result = Result(
        entry.source.name, entry.line, checked_entry.report.problems, checked_entry.readable
    )
    return result, (article_of(checked_entry) if result.valid else None)


def _render_one(
    source: Source, output: Path, reporter: TextReporter, summary: Summary, *, quiet: bool
) -> bool:
    """Write ``source``'s page; False if it could not be written."""
    options = DEFAULT_OPTIONS
    for entry in entries(source, options.limits):
        result, article = _checked(entry, options)
        summary.add(result)
        reporter.document(result)
        if article is not None:
            if not write_file(output, _render(article)):
                return False
            if not quiet:
                click.echo(f"wrote {printable(str(output))}", err=True)
    return True


def _render_many(
    sources: list[Source],
    root: Path | None,
    output: Path,
    reporter: TextReporter,
    summary: Summary,
    *,
    quiet: bool,
) -> bool:
    """Write a page for each valid document and the index; False if some file could not
    be written (each one that could is written whole, and the index lists only those)."""
    from newsmodel.render import IndexEntry, render_index

    options = DEFAULT_OPTIONS
    rows = []
    written = 0
    failed = 0
    for source in sources:
        if source.skipped is not None:
            if not quiet:
                click.echo(f"{source.name}: skipped: {source.skipped}", err=True)
            continue
        for entry in entries(source, options.limits):
            if entry.data is None and not entry.problems:
                continue  # a blank line of JSON Lines
            result, article = _checked(entry, options)
            summary.add(result)
            reporter.document(result)
            # The index names a document by its path inside the folder, as its page is named
            # (escaped: a file name may hold a newline, or bytes that are not UTF-8).
            name = printable(_relative(source, root).as_posix())
            name += f":{entry.line}" if entry.line is not None else ""
            if article is None:
                if source.problem is None:
                    rows.append(IndexEntry(name=name, href=None, problems=_problem_lines(result)))
                continue
            page = _page_name(entry, root)
            target = output / page
            target.parent.mkdir(parents=True, exist_ok=True)
            if not write_file(target, _render(article)):
                failed += 1
                continue
            written += 1
            when = article.published or article.created
            rows.append(
                IndexEntry(
                    name=name,
                    # The page's file name, byte for byte, as a relative URL.
                    href=quote(os.fsencode(page.as_posix())),
                    headline=article.headline or f"(no headline) {article.id}",
                    date=when.value if when is not None else None,
                    quotations=len(article.attributions),
                    claims=len(article.claims),
                    valid=True,
                    problems=_problem_lines(result, only=Severity.WARNING),
                )
            )
    if not rows:
        return not failed  # nothing was read: no index of nothing
    output.mkdir(parents=True, exist_ok=True)
    title = "Bundled examples" if root is None else printable(str(root))
    if not write_file(output / INDEX, render_index(rows, title=title).encode("utf-8")):
        return False
    if not quiet:
        click.echo(
            f"wrote {written} of {len(rows)} documents and {printable(str(output / INDEX))}",
            err=True,
        )
    return not failed
