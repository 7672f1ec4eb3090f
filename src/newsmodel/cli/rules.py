"""``newsmodel rules``: list the rules that validation applies after the schema."""

from __future__ import annotations

import json

import click

from newsmodel.validation import RULES


@click.command(short_help="List the rules a schema cannot state.")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="'text': one rule per line, 'CODE  SEVERITY  SUMMARY'. 'json': a list of objects.",
)
def rules(output_format: str) -> None:
    """List the rules a schema cannot state, with their codes and severities.

    Use a CODE with 'newsmodel validate --disable CODE' or '--enable-only CODE'.
    Errors make a document invalid; warnings do so only with --strict.
    """
    if output_format == "json":
        listed = [
            {"code": rule.code, "severity": rule.severity.value, "summary": rule.summary}
            for rule in RULES
        ]
        click.echo(json.dumps(listed, indent=2, ensure_ascii=False))
        return
    width = max(len(rule.code) for rule in RULES)
    for rule in RULES:
        click.echo(f"{rule.code:<{width}}  {rule.severity.value:<7}  {rule.summary}")
