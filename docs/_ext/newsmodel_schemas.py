"""The schema reference, generated from the committed schema files, and the files served.

The files under the repository's ``schemas/<version>/`` are the published contract. This
extension

- documents every file, definition and property of every published version
  (``.. newsmodel-schemas::``), reading the committed files, not the classes, so the
  page shows exactly what validators enforce;
- copies the whole ``schemas/`` folder into the built site, so that each file is served at
  its ``$id`` (``https://newsmodel.readthedocs.io/en/stable/schemas/<version>/<file>``).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from docutils import nodes
from generated_rst import parsed
from sphinx.application import Sphinx
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from newsmodel.codec.converter import DISCRIMINATOR
from newsmodel.model.article import SCHEMA_KEY
from newsmodel.versions import BUNDLE_SCHEMA, ROOT_SCHEMA, SCHEMA_BASE_URL

logger = logging.getLogger(__name__)

#: The repository's committed schemas, beside the docs folder.
SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"

#: Where the schema files go in the built site, relative to its root: the path part of
#: their ``$id`` below the site's base URL.
SITE_FOLDER = "schemas"


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def published_versions(folder: Path = SCHEMAS) -> list[str]:
    """The versions that have a folder of committed schemas, newest first."""
    return sorted(
        (entry.name for entry in folder.iterdir() if entry.is_dir()), key=_version_key, reverse=True
    )


def schema_files(version: str, folder: Path = SCHEMAS) -> list[str]:
    """The schema file names of ``version``: the root first, the bundle last."""
    names = sorted(p.name for p in (folder / version).glob("*.json"))
    first = [ROOT_SCHEMA] if ROOT_SCHEMA in names else []
    last = [BUNDLE_SCHEMA] if BUNDLE_SCHEMA in names else []
    return first + [n for n in names if n not in (ROOT_SCHEMA, BUNDLE_SCHEMA)] + last


def read(version: str, name: str, folder: Path = SCHEMAS) -> dict[str, Any]:
    result: dict[str, Any] = json.loads((folder / version / name).read_text(encoding="utf-8"))
    return result


def definitions(version: str, name: str, folder: Path = SCHEMAS) -> dict[str, dict[str, Any]]:
    """The object, enum and union definitions a file holds, by name (the root as its title)."""
    schema = read(version, name, folder)
    found: dict[str, dict[str, Any]] = {}
    if "properties" in schema:  # the root file is itself the article's definition
        found[ROOT_NAME] = schema
    found.update(schema.get("$defs", {}))
    return found


#: The name the reference gives the root file's own object, the document (it has no
#: ``$defs`` name of its own: other files refer to it by the file's URL).
ROOT_NAME = "document"


def anchor_id(version: str, definition: str, prop: str | None = None) -> str:
    """The HTML id of a definition (or of one of its properties) on the reference page."""
    base = f"schema-{version}-{definition}"
    return base if prop is None else f"{base}-{prop}"


def served_path(version: str, name: str) -> str:
    """Where the built site serves a file, relative to the site's root."""
    return f"{SITE_FOLDER}/{version}/{name}"


# --- rendering ----------------------------------------------------------------------------


def ref_target(version: str, file_name: str, ref: str) -> str:
    """The definition a ``$ref`` (``entities.schema.json#/$defs/Person``, ``#``) names."""
    target_file, _, fragment = ref.partition("#")
    if fragment.startswith("/$defs/"):
        return fragment.removeprefix("/$defs/")
    where = target_file or file_name
    if where == ROOT_SCHEMA or (where == BUNDLE_SCHEMA and not fragment):
        return ROOT_NAME
    return where


def render(version: str, file_name: str, schema: dict[str, Any]) -> str:
    """A property's JSON type as inline reST, with links to the definitions it uses."""
    if "$ref" in schema:
        target = ref_target(version, file_name, schema["$ref"])
        return f":ref:`{target} <{anchor_id(version, target)}>`"
    if "const" in schema:
        return f"``{json.dumps(schema['const'])}``"
    if "enum" in schema:
        return "one of " + ", ".join(f"``{json.dumps(v)}``" for v in schema["enum"])
    kind = schema.get("type")
    if kind == "array":
        return f"array of {render(version, file_name, schema.get('items', {}))}"
    if isinstance(kind, str):
        return kind
    return "any JSON value"


#: Keywords that narrow a value, shown in the constraints column.
CONSTRAINTS = (
    "pattern",
    "format",
    "minimum",
    "maximum",
    "minLength",
    "minItems",
    "minProperties",
    "propertyNames",
    "default",
)


def constraints(schema: dict[str, Any]) -> str:
    shown = []
    for source in (schema, schema.get("items", {})):
        for keyword in CONSTRAINTS:
            if keyword in source:
                value = json.dumps(source[keyword], ensure_ascii=False)
                prefix = "items: " if source is not schema else ""
                shown.append(f"``{prefix}{keyword}: {value}``")
    return ", ".join(shown)


def quote_literal(text: str) -> str:
    """``text`` safe inside a list-table cell (which is parsed as reST)."""
    return text.replace("\\", "\\\\").replace("*", "\\*").replace("`", "\\`").replace("|", "\\|")


class SchemaReference(SphinxDirective):
    """``.. newsmodel-schemas::``: every published version, file, definition and property."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        if not SCHEMAS.is_dir():
            logger.warning(
                "newsmodel-schemas: no schemas folder at %s", SCHEMAS, location=self.get_location()
            )
            return []
        for version in published_versions():
            for name in schema_files(version):
                self.env.note_dependency(str(SCHEMAS / version / name))
        return parsed(self, self.rst())

    def up(self) -> str:
        """The way from this page to the site's root."""
        return "../" * self.env.docname.count("/")

    def rst(self) -> Iterator[str]:
        for version in published_versions():
            title = f"Version {version}"
            yield from (title, "-" * len(title), "")
            yield f".. list-table:: The schema files of version {version}"
            yield "   :header-rows: 1"
            yield "   :widths: 25 75"
            yield ""
            yield "   * - File"
            yield "     - What it holds"
            for name in schema_files(version):
                schema = read(version, name)
                what = schema.get("description") or schema.get("title", "")
                if name == ROOT_SCHEMA:
                    what = f'The root: the schema a document\'s ``"{SCHEMA_KEY}"`` names. ' + what
                if name == BUNDLE_SCHEMA:
                    what = (
                        "Every definition in one file with only local references, for "
                        "validators that resolve no ``$ref`` across files."
                    )
                yield f"   * - `{name} <{self.up()}{served_path(version, name)}>`__"
                yield f"     - {what}"
            yield ""
            for name in schema_files(version):
                if name == BUNDLE_SCHEMA:
                    continue
                yield from self.file_section(version, name)

    def file_section(self, version: str, name: str) -> Iterator[str]:
        yield from (name, "~" * len(name), "")
        yield f"Served at ``{SCHEMA_BASE_URL}{version}/{name}``, its ``$id``."
        yield ""
        for definition, body in definitions(version, name).items():
            yield f".. _{anchor_id(version, definition)}:"
            yield ""
            heading = f"{definition} (the root object)" if definition == ROOT_NAME else definition
            yield from (heading, "^" * len(heading), "")
            if body.get("description"):
                yield quote_literal(body["description"])
                yield ""
            if "properties" in body:
                yield from self.properties(version, name, definition, body)
            elif "enum" in body:
                values = ", ".join(f"``{json.dumps(v)}``" for v in body["enum"])
                yield f"One of: {values}."
                yield ""
            if "allOf" in body:
                yield from self.union(version, name, body)

    def properties(
        self, version: str, name: str, definition: str, body: dict[str, Any]
    ) -> Iterator[str]:
        required = set(body.get("required", ()))
        closed = body.get("additionalProperties") is False
        yield f".. list-table:: Properties of {definition}" + (
            " (no others allowed)" if closed else ""
        )
        yield "   :header-rows: 1"
        yield "   :widths: 22 33 45"
        yield "   :class: newsmodel-table"
        yield ""
        yield "   * - Property"
        yield "     - Type and constraints"
        yield "     - Description"
        for prop, schema in body.get("properties", {}).items():
            ident = anchor_id(version, definition, prop)
            yield f"   * - .. _{ident}:"
            yield ""
            yield f"       ``{prop}``"
            yield ""
            yield f"       {'*required*' if prop in required else '*optional*'}"
            yield f"     - {render(version, name, schema)}"
            narrowing = constraints(schema)
            if narrowing:
                yield ""
                yield f"       {narrowing}"
            yield f"     - {quote_literal(schema.get('description', ''))}"
        yield ""

    def union(self, version: str, name: str, body: dict[str, Any]) -> Iterator[str]:
        yield f'Dispatches on ``"{DISCRIMINATOR}"``:'
        yield ""
        for branch in body["allOf"]:
            tag = branch["if"]["properties"][DISCRIMINATOR]["const"]
            yield f'- ``"{tag}"``: {render(version, name, branch["then"])}'
        yield ""


def copy_schemas(app: Sphinx, exception: Exception | None) -> None:
    """Serve every committed schema file at its ``$id`` path in the built HTML site."""
    if exception is not None or app.builder.format != "html":
        return
    target = Path(app.outdir) / SITE_FOLDER
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(SCHEMAS, target, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    logger.info(
        "newsmodel: served the schemas of versions %s under %s/",
        ", ".join(published_versions()),
        SITE_FOLDER,
    )


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("newsmodel-schemas", SchemaReference)
    app.connect("build-finished", copy_schemas)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "1"}
