"""``newsmodel rules``: list every problem code, from reading to the rules, with its stage."""

from __future__ import annotations

import json

import click

from newsmodel.problems import Stage
from newsmodel.validation import catalogue


@click.command(short_help="List every problem code, with its stage and severity.")
@click.option(
    "--stage",
    "stages",
    type=click.Choice([stage.value for stage in Stage]),
    multiple=True,
    help="List only the codes of this stage (repeatable): 'rules' lists the rules that "
    "--disable and --enable-only turn off and on.",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="'text': one code per line, 'CODE  STAGE  SEVERITY  SUMMARY'. 'json': a list of objects.",
)
def rules(stages: tuple[str, ...], output_format: str) -> None:
    """List every code a problem can have, in the order the stages run.

    input: a path gives no bytes; json: the bytes are not strict JSON within the
    limits; schema: the JSON breaks its version's schema; rules: the document breaks a
    rule a schema cannot state; model: a schema-valid document the classes cannot hold
    (a bug of newsmodel's).

    The codes of stage 'rules' are the ones 'newsmodel validate --disable CODE' and
    '--enable-only CODE' take. Errors make a document invalid; warnings do so only with
    --strict.
    """
    listed = [entry for entry in catalogue() if not stages or entry.stage.value in stages]
    if output_format == "json":
        rows = [
            {
                "code": entry.code,
                "stage": entry.stage.value,
                "severity": entry.severity.value,
                "summary": entry.description,
            }
            for entry in listed
        ]
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    width = max(len(entry.code) for entry in listed)
    for entry in listed:
        click.echo(
            f"{entry.code:<{width}}  {entry.stage.value:<6}  {entry.severity.value:<7}  "
            f"{entry.description}"
        )
