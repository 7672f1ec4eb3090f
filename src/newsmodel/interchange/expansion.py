"""Expanding newsmodel's JSON-LD with a real JSON-LD processor (pyld), offline.

pyld would fetch ``https://schema.org`` to expand a document that names it; newsmodel
gives it a document loader that never touches the network. No offline copy of
schema.org's own context ships with a well-kept package, so the loader serves a minimal
local context (``schemaorg-context.jsonld``) that maps each term newsmodel writes to its
``https://schema.org/`` IRI, and nothing else: a term newsmodel wrote without mapping it
would be dropped by expansion, which :func:`dropped_terms` detects. Needs the
``interchange`` extra (``pip install newsmodel-py[interchange]``).
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

#: The addresses under which the schema.org context is asked for.
SCHEMA_ORG_CONTEXTS = frozenset(
    {"https://schema.org", "https://schema.org/", "http://schema.org", "http://schema.org/"}
)


@functools.cache
def local_context() -> dict[str, Any]:
    """The minimal schema.org context newsmodel's export uses, from the package."""
    text = resources.files("newsmodel.interchange").joinpath("schemaorg-context.jsonld")
    loaded: dict[str, Any] = json.loads(text.read_text(encoding="utf-8"))
    return loaded


def load_offline(url: str, options: Any = None) -> dict[str, Any]:
    """pyld's document loader: the local schema.org context, and refusal for any other URL."""
    from pyld import jsonld  # type: ignore[import-untyped]

    if url in SCHEMA_ORG_CONTEXTS:
        return {"contextUrl": None, "documentUrl": url, "document": local_context()}
    raise jsonld.JsonLdError(
        f"newsmodel loads no remote document ({url}): only the schema.org context is local",
        "jsonld.LoadDocumentError",
        code="loading document failed",
    )


def expand(document: dict[str, Any]) -> list[Any]:
    """``document`` expanded by pyld with the offline loader; pyld's errors pass through."""
    from pyld import jsonld

    expanded: list[Any] = jsonld.expand(document, {"documentLoader": load_offline})
    return expanded


def dropped_terms(compact: Any, expanded: Any) -> int:
    """How many property values expansion dropped: the count of keys with a value in the
    compact form less the count of properties in the expanded form."""
    return _properties(compact) - _properties(expanded)


def _properties(value: Any) -> int:
    if isinstance(value, list):
        return sum(_properties(item) for item in value)
    if not isinstance(value, dict):
        return 0
    own = sum(1 for key in value if not key.startswith("@"))
    return own + sum(_properties(item) for key, item in value.items() if key != "@context")
