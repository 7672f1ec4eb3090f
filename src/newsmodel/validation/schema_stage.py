"""Stage one: the document against the published JSON Schema of the version it names.

Every ``jsonschema`` error becomes a :class:`~newsmodel.errors.Problem` with the code
``schema.<keyword>`` (``schema.type``, ``schema.required``, ...), a pointer to the
offending value and a short message of newsmodel's own that never quotes more than a
few dozen characters of the input.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import jsonschema

from newsmodel.errors import Problem, pointer
from newsmodel.schema.registry import validator
from newsmodel.versions import KNOWN_VERSIONS, version_of_schema_url

_JSON_TYPES = {
    dict: "object",
    list: "array",
    str: "string",
    bool: "boolean",
    int: "integer",
    float: "number",
    type(None): "null",
}


def _short(value: Any, limit: int = 40) -> str:
    if isinstance(value, (dict, list)):
        return _JSON_TYPES[type(value)]
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _snake(keyword: str) -> str:
    return re.sub(r"(?<!^)([A-Z])", r"_\1", keyword).lower()


def _message(error: jsonschema.ValidationError) -> tuple[str, tuple[str | int, ...]]:
    """A one-line message and any path to add below the error's own location."""
    keyword = error.validator
    expected: Any = error.validator_value
    instance: Any = error.instance
    schema: Any = error.schema
    if keyword == "required":
        missing = [key for key in expected if key not in instance]
        return f"missing required key {missing[0]!r}", ()
    if keyword == "additionalProperties":
        allowed = schema.get("properties", {})
        unknown = sorted(key for key in instance if key not in allowed)
        return f"unknown key {unknown[0]!r}", (unknown[0],)
    if keyword == "type":
        return f"expected {expected}, got {_JSON_TYPES.get(type(instance), 'value')}", ()
    if keyword == "enum":
        choices = ", ".join(str(choice) for choice in expected)
        return f"{_short(instance)} is not one of: {choices}", ()
    if keyword == "const":
        return f"expected {expected!r}, got {_short(instance)}", ()
    if keyword == "pattern":
        return f"{_short(instance)} does not have the required form ({expected})", ()
    if keyword == "format":
        return f"{_short(instance)} is not a valid {expected}", ()
    if keyword in ("minItems", "minProperties") and expected == 1:
        return "must not be empty; leave the key out instead", ()
    if keyword == "minLength" and expected == 1:
        return "must not be an empty string; leave the key out instead", ()
    if keyword == "minimum":
        return f"{_short(instance)} is less than {expected}", ()
    return f"{_short(instance)} fails {keyword} {_short(expected)}", ()


def _problem(error: jsonschema.ValidationError) -> Problem:
    message, below = _message(error)
    return Problem(
        code=f"schema.{_snake(str(error.validator))}",
        message=message,
        pointer=pointer(*error.absolute_path, *below),
    )


def version_problems(document: Any) -> tuple[str | None, list[Problem]]:
    """The version a parsed document names, or the problem that it names none we know."""
    if not isinstance(document, dict):
        found = _JSON_TYPES.get(type(document), "value")
        return None, [Problem(code="schema.type", message=f"expected object, got {found}")]
    if "$schema" not in document:
        return None, [
            Problem(
                code="schema.version_missing",
                message="the document has no '$schema' naming its newsmodel version",
            )
        ]
    named = document["$schema"]
    version = version_of_schema_url(named) if isinstance(named, str) else None
    if version is None:
        known = ", ".join(KNOWN_VERSIONS)
        return None, [
            Problem(
                code="schema.version_unknown",
                message=f"'$schema' names no newsmodel version this release reads ({known})",
                pointer=pointer("$schema"),
            )
        ]
    return version, []


def schema_problems(document: Any) -> Iterator[Problem]:
    """Every way ``document`` breaks the schema of the version it names, in document order."""
    version, problems = version_problems(document)
    if version is None:
        yield from problems
        return
    errors = sorted(validator(version).iter_errors(document), key=_document_order)
    for error in errors:
        yield _problem(error)


def _document_order(error: jsonschema.ValidationError) -> list[tuple[int, int, str]]:
    return [(0, p, "") if isinstance(p, int) else (1, 0, p) for p in error.absolute_path]
