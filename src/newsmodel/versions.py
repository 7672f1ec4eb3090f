"""Schema versions and the URLs that name them.

A document names the schema it follows in ``"$schema"``. The URL is also the schema's
``$id`` and the address where the hosted docs serve the file, so editors and validators
that do fetch schemas find the same bytes that newsmodel bundles. A published version is
frozen: its folder under ``schemas/`` never changes again; a change makes a new version.
"""

from __future__ import annotations

#: Where the hosted documentation serves the schema files.
SCHEMA_BASE_URL = "https://newsmodel.readthedocs.io/en/stable/schemas/"

#: The version of the document format this release writes.
CURRENT_VERSION = "1.0"

#: Every version this release reads, oldest first.
KNOWN_VERSIONS: tuple[str, ...] = ("1.0",)

#: The file name of the root schema, the one a document's ``$schema`` names.
ROOT_SCHEMA = "article.schema.json"

#: The file name of the single-file bundle for tools that resolve no references.
BUNDLE_SCHEMA = "bundle.schema.json"


def schema_url(version: str = CURRENT_VERSION, file_name: str = ROOT_SCHEMA) -> str:
    """The ``$id`` of one schema file of one version."""
    return f"{SCHEMA_BASE_URL}{version}/{file_name}"


#: What ``"$schema"`` says in a document of the current version.
CURRENT_SCHEMA_URL = schema_url()


def version_of_schema_url(url: str) -> str | None:
    """The version a ``"$schema"`` URL names, or None when it names no known version."""
    for version in KNOWN_VERSIONS:
        if url == schema_url(version):
            return version
    return None
