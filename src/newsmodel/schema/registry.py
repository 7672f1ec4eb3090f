"""The bundled schemas as a ``referencing.Registry``, and validators built once from it.

The registry holds every published version's files under their ``$id`` URLs and
retrieves nothing else: a ``$ref`` to a URL it does not hold is an error, never a
network fetch. Validators are cached per version, since building one costs several
times what validating a document does.
"""

from __future__ import annotations

import functools
import json
from typing import Any

import jsonschema
import referencing
import referencing.exceptions
from referencing.jsonschema import DRAFT202012

from newsmodel.schema.files import bundled_schemas
from newsmodel.schema.formats import format_checker, format_keyword
from newsmodel.schema.patterns import pattern
from newsmodel.versions import KNOWN_VERSIONS, ROOT_SCHEMA, schema_url


def _refuse_unknown(uri: str) -> referencing.Resource[Any]:
    raise referencing.exceptions.NoSuchResource(uri)


@functools.cache
def registry() -> referencing.Registry[Any]:
    """Every bundled schema file of every known version, keyed by its ``$id``."""
    folder = bundled_schemas()
    resources = []
    for version in KNOWN_VERSIONS:
        for entry in (folder / version).iterdir():
            if entry.name.endswith(".json"):
                contents = json.loads(entry.read_text(encoding="utf-8"))
                resource = DRAFT202012.create_resource(contents)
                resources.append((schema_url(version, entry.name), resource))
    # ``retrieve`` is the public alias of a private attrs field, which mypy does not see.
    empty = referencing.Registry(retrieve=_refuse_unknown)  # type: ignore[call-arg]
    return empty.with_resources(resources).crawl()


def root_schema(version: str) -> dict[str, Any]:
    """The root schema of ``version``."""
    contents: dict[str, Any] = registry()[schema_url(version, ROOT_SCHEMA)].contents
    return contents


#: Draft 2020-12, with ``pattern`` evaluated as the ECMA-262 regex the spec says it is,
#: and ``format`` reporting without quoting the whole value.
# (types-jsonschema leaves ``extend`` untyped.)
_Validator: type[jsonschema.protocols.Validator] = jsonschema.validators.extend(  # type: ignore[no-untyped-call]
    jsonschema.Draft202012Validator, validators={"pattern": pattern, "format": format_keyword}
)


@functools.cache
def validator(version: str) -> jsonschema.protocols.Validator:
    """The validator for documents of ``version``, with format checking, built once."""
    return _Validator(
        root_schema(version),
        registry=registry(),
        format_checker=format_checker(),
    )
