"""The ``newsmodel`` command line: validate, format and publish newsmodel documents.

Each command lives in a module of its own; :func:`main` is the click group that the
``newsmodel`` console script and ``python -m newsmodel`` run. The help texts are the
command line's documentation: the docs build their CLI page from them.
"""

from __future__ import annotations

import click

from newsmodel._version import __version__
from newsmodel.cli.convert import convert
from newsmodel.cli.draft import draft
from newsmodel.cli.faults import FaultReportingGroup
from newsmodel.cli.fmt import fmt
from newsmodel.cli.ingest import ingest
from newsmodel.cli.migrate import migrate
from newsmodel.cli.render import render
from newsmodel.cli.rules import rules
from newsmodel.cli.schema import schema
from newsmodel.cli.validate import validate

__all__ = ["main"]


@click.group(
    cls=FaultReportingGroup,
    # Each command has exit codes of its own; the group lists none of them as if they were all.
    epilog="Each command's --help gives its exit status ('newsmodel validate --help').",
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.version_option(__version__, "--version", "-V", prog_name="newsmodel")
def main() -> None:
    """Validate, format and publish newsmodel documents: news articles and the claims in them.

    A document is one JSON object that holds an article's text and every annotation of
    it. 'newsmodel validate' checks documents against the schema and the rules,
    'newsmodel fmt' rewrites them in canonical form, 'newsmodel migrate' rewrites
    documents of older versions as the current one, 'newsmodel schema' prints, checks
    or compares the JSON Schemas, 'newsmodel rules' lists every problem code, 'newsmodel
    render' writes documents as HTML pages to look at, and 'newsmodel convert' converts
    documents to and from schema.org JSON-LD, ClaimReview and IPTC ninjs, and
    'newsmodel ingest' makes a document of a web page or a text, and 'newsmodel draft'
    adds draft annotations to a document.
    """


main.add_command(validate)
main.add_command(fmt)
main.add_command(migrate)
main.add_command(schema)
main.add_command(rules)
main.add_command(render)
main.add_command(convert)
main.add_command(ingest)
main.add_command(draft)
