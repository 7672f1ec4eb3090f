"""``newsmodel schema``: print, write, check or compare the JSON Schemas."""

from __future__ import annotations

from pathlib import Path

import click

from newsmodel.cli.options import SIGNAL_CODES_HELP, ExitCode
from newsmodel.schema import bundled_schemas, differences, write_files
from newsmodel.schema.compare import version_changes
from newsmodel.versions import (
    BUNDLE_SCHEMA,
    CURRENT_VERSION,
    KNOWN_VERSIONS,
    ROOT_SCHEMA,
    version_key,
)


@click.command(
    short_help="Print, write, check or compare the JSON Schemas.",
    epilog="\b\nExit status:\n  0  done; with --check, the folder matches\n"
    "  1  with --check, the folder differs from what the classes generate\n"
    "  2  usage error; with --check, no DIR/<version> folder to compare\n"
    "  3  output could not be written (a full disk, a folder it may not write)\n"
    + SIGNAL_CODES_HELP,
)
@click.option(
    "--version",
    "version",
    type=click.Choice(KNOWN_VERSIONS),
    default=CURRENT_VERSION,
    show_default=True,
    help="The schema version to print.",
)
@click.option(
    "--file",
    "file_name",
    metavar="NAME",
    help=f"Print the schema file NAME (default: the root, {ROOT_SCHEMA}).",
)
@click.option(
    "--bundle",
    is_flag=True,
    help=f"Print the single-file bundle ({BUNDLE_SCHEMA}), with no external $ref, "
    "for validators that resolve no references.",
)
@click.option("--list", "list_files", is_flag=True, help="List the schema files of the version.")
@click.option(
    "--write",
    "write",
    is_flag=True,
    help="Write the schemas the classes generate into DIR/<version>/, leaving unchanged "
    "files untouched.",
)
@click.option(
    "--check",
    is_flag=True,
    help="Compare DIR/<version>/ with what the classes generate; list each difference "
    "and exit 1 if there is one.",
)
@click.option(
    "--diff",
    "diff",
    nargs=2,
    type=click.Choice(KNOWN_VERSIONS),
    metavar="OLD NEW",
    help="List each change from version OLD to version NEW, and whether a document of "
    "OLD stays valid in NEW without migration.",
)
@click.option(
    "--dir",
    "folder",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("schemas"),
    show_default=True,
    help="The folder --write and --check work on.",
)
def schema(
    version: str,
    file_name: str | None,
    bundle: bool,
    list_files: bool,
    write: bool,
    check: bool,
    diff: tuple[str, str] | None,
    folder: Path,
) -> None:
    """Print the published JSON Schemas, or write or check a folder of them.

    Without options, prints the root schema of the current version (the one a
    document's '$schema' names) as newsmodel bundles it. The schemas follow JSON Schema
    draft 2020-12; each file's '$id' is its URL.
    """
    actions = sum([write, check, list_files, bundle or file_name is not None, bool(diff)])
    if actions > 1:
        raise click.UsageError("give one of --write, --check, --list, --diff, --bundle or --file")
    if diff:
        _print_diff(*diff)
        return
    if (write or check) and version != CURRENT_VERSION:
        raise click.UsageError(
            f"--write and --check work on the version the classes generate ({CURRENT_VERSION})"
        )
    if check and not (folder / version).is_dir():
        # Run outside the repository: nothing here to compare, which is not a difference.
        raise click.UsageError(
            f"there is no schemas folder here ({folder / version} does not exist); run in "
            "the repository's root or give --dir, and create one with --write"
        )
    if check:
        found = differences(folder, version)
        for line in found:
            click.echo(line)
        if found:
            click.echo(
                f"the schemas in {folder} differ from the classes; "
                f"'newsmodel schema --write --dir {folder}' regenerates them",
                err=True,
            )
        raise SystemExit(int(ExitCode.INVALID if found else ExitCode.OK))
    if write:
        try:
            written = write_files(folder, version)
        except ValueError as error:
            raise click.UsageError(str(error)) from None
        for path in written:
            click.echo(f"wrote {path}")
        return
    published = bundled_schemas() / version
    names = sorted(entry.name for entry in published.iterdir() if entry.name.endswith(".json"))
    if list_files:
        for name in names:
            click.echo(name)
        return
    wanted = BUNDLE_SCHEMA if bundle else (file_name or ROOT_SCHEMA)
    if wanted not in names:
        raise click.BadParameter(
            f"no schema file {wanted!r}; the files are: {', '.join(names)}", param_hint="'--file'"
        )
    click.echo((published / wanted).read_text(encoding="utf-8"), nl=False)


def _print_diff(older: str, newer: str) -> None:
    if version_key(older) >= version_key(newer):
        raise click.UsageError(
            f"--diff compares an older version with a newer one, not {older} with {newer}"
        )
    changes = version_changes(older, newer)
    for change in changes:
        click.echo(str(change))
    breaking = [change for change in changes if not change.compatible]
    if breaking:
        click.echo(
            f"{len(changes)} changes, {len(breaking)} breaking: a {older} document is not "
            f"always valid in {newer} without migration; newsmodel migrates it on reading"
        )
    else:
        click.echo(
            f"{len(changes)} changes, none breaking: a valid {older} document, with its "
            f"'$schema' renamed, is a valid {newer} document"
        )
