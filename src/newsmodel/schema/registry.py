"""The bundled schemas as a ``referencing.Registry``, and validators built once from it.

The registry holds every published version's files under their ``$id`` URLs and
retrieves nothing else: a ``$ref`` to a URL it does not hold is an error, never a
network fetch. Validators are cached per version, since building one costs several
times what validating a document does.

jsonschema and referencing are imported when a registry or validator is first built, not
with this module: checking a valid document needs only the fast engine
(:mod:`newsmodel.schema.fast_engine`), and a command that checks one small file should
not pay for importing the detailed engine.
"""

from __future__ import annotations

import functools
import json
from typing import TYPE_CHECKING, Any

from newsmodel.schema.files import bundled_schemas
from newsmodel.schema.formats import format_checker
from newsmodel.versions import KNOWN_VERSIONS, ROOT_SCHEMA, schema_url

if TYPE_CHECKING:
    import jsonschema
    import referencing


def _refuse_unknown(uri: str) -> referencing.Resource[Any]:
    import referencing.exceptions

    raise referencing.exceptions.NoSuchResource(uri)


@functools.cache
def registry() -> referencing.Registry[Any]:
    """Every bundled schema file of every known version, keyed by its ``$id``."""
    import referencing
    from referencing.jsonschema import DRAFT202012

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


#: Integers beyond this magnitude are not exact in a double, so not integers to newsmodel.
_MAX_EXACT_INTEGER = 2**53


def _is_integer(checker: Any, instance: Any) -> bool:
    """JSON Schema's "integer" (a number with no fractional part), within double precision.

    The reader refuses integer literals beyond 2**53, but ``1e308`` is a float literal with
    no fractional part, which draft 2020-12 counts as an integer: an offset written so
    would pass the schema and reach the rules as a 309-digit int.
    """
    if isinstance(instance, bool):
        return False
    if isinstance(instance, int):
        return True
    return (
        isinstance(instance, float)
        and instance.is_integer()
        and abs(instance) <= _MAX_EXACT_INTEGER
    )


@functools.cache
def validator(version: str) -> jsonschema.protocols.Validator:
    """The validator for documents of ``version``, with format checking, built once."""
    import jsonschema

    from newsmodel.schema.formats import format_keyword
    from newsmodel.schema.patterns import pattern

    # Draft 2020-12, with ``pattern`` evaluated as the ECMA-262 regex the spec says it is,
    # ``format`` reporting without quoting the whole value, and integers kept exact.
    # (types-jsonschema leaves ``extend`` untyped.)
    checker_class: type[jsonschema.protocols.Validator] = jsonschema.validators.extend(  # type: ignore[no-untyped-call]
        jsonschema.Draft202012Validator,
        validators={"pattern": pattern, "format": format_keyword},
        type_checker=jsonschema.Draft202012Validator.TYPE_CHECKER.redefine("integer", _is_integer),
    )
    return checker_class(
        root_schema(version),
        registry=registry(),
        format_checker=format_checker(),
    )
