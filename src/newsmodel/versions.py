"""Schema versions and the URLs that name them.

A document names the schema it follows in ``"$schema"``. The URL is also the schema's
``$id`` and the address where the hosted docs serve the file, so editors and validators
that do fetch schemas find the same bytes that newsmodel bundles.

The versions are the folders of the bundled schemas: ``schemas/<major>.<minor>/`` in the
repository, ``newsmodel/_schemas/<major>.<minor>/`` in the wheel. The newest is the
current version, the one the classes generate and writing uses; each older one is
frozen, its bytes pinned by ``schemas/checksums.json``. Adding a version is therefore
writing its folder (``tools/new_version.py`` does that and everything that goes with it);
nothing else registers it.
"""

from __future__ import annotations

import re
import sys
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    if sys.version_info >= (3, 11):
        from importlib.resources.abc import Traversable
    else:
        from importlib.abc import Traversable

#: Where the hosted documentation serves the schema files.
SCHEMA_BASE_URL = "https://newsmodel.readthedocs.io/en/stable/schemas/"

#: The file name of the root schema, the one a document's ``$schema`` names.
ROOT_SCHEMA = "article.schema.json"

#: The file name of the single-file bundle for tools that resolve no references.
BUNDLE_SCHEMA = "bundle.schema.json"

#: The file, beside the version folders, that pins the bytes of every frozen version.
CHECKSUMS = "checksums.json"

#: The repository's ``schemas/`` folder, when running from a source checkout.
SOURCE_SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"

_VERSION_NAME = re.compile(r"[0-9]+\.[0-9]+")


def bundled_schemas() -> Traversable:
    """The folder that holds one sub-folder of schema files per published version."""
    packaged = resources.files("newsmodel") / "_schemas"
    if packaged.is_dir():
        return packaged
    return SOURCE_SCHEMAS


def version_key(version: str) -> tuple[int, int]:
    """``"1.10"`` -> ``(1, 10)``: versions sort by number, not as text."""
    major, minor = version.split(".")
    return int(major), int(minor)


def is_major_step(older: str, newer: str) -> bool:
    """Whether going from ``older`` to ``newer`` changes the major number."""
    return version_key(newer)[0] != version_key(older)[0]


def _discover() -> tuple[str, ...]:
    folder = bundled_schemas()
    found = [e.name for e in folder.iterdir() if e.is_dir() and _VERSION_NAME.fullmatch(e.name)]
    return tuple(sorted(found, key=version_key))


#: Every version this release reads, oldest first.
KNOWN_VERSIONS: tuple[str, ...] = _discover()

#: The version of the document format this release writes: the newest it knows.
CURRENT_VERSION = KNOWN_VERSIONS[-1]


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
