"""The ``newsmodel`` command line: validate, format and publish newsmodel documents.

Each command lives in a module of its own; :func:`main` is the click group that the
``newsmodel`` console script and ``python -m newsmodel`` run. The help texts are the
command line's documentation: the docs build their CLI page from them.
"""

from __future__ import annotations

import importlib

import click

from newsmodel._version import __version__
from newsmodel.cli.faults import FaultReportingGroup

__all__ = ["main"]

#: The commands, each defined in the module of its name (``newsmodel.cli.validate``...),
#: which is imported only when the command runs or is listed: 'newsmodel validate' does
#: not import what 'convert' needs (the interchange formats and the corpus readers, an
#: eighth of its start-up).
COMMANDS = ("validate", "fmt", "migrate", "schema", "rules", "render", "convert", "ingest", "draft")


class _Commands(FaultReportingGroup):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        command: click.Command = getattr(importlib.import_module(f"newsmodel.cli.{name}"), name)
        return command


@click.group(
    cls=_Commands,
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
