"""Stage one: the document against the published JSON Schema of the version it names.

Every ``jsonschema`` error becomes a :class:`~newsmodel.errors.Problem` with the code
its keyword has in the catalogue (``schema.type``, ``schema.required``, ... see
:data:`newsmodel.problems.SCHEMA_KEYWORDS`), a pointer to the offending value and a short
message of newsmodel's own that never quotes more than a few dozen characters of the input.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from newsmodel.errors import Problem, pointer
from newsmodel.model._fields import ID_PATTERN
from newsmodel.model.times import TIMEX_VALUE_PATTERN
from newsmodel.problems import SCHEMA_KEYWORDS, VERSION_MISSING, VERSION_UNKNOWN
from newsmodel.schema.fast_engine import fast_validator
from newsmodel.schema.formats import IRI_FORMATS, MAX_IRI_LENGTH
from newsmodel.schema.registry import registry, validator
from newsmodel.versions import (
    CURRENT_SCHEMA_URL,
    KNOWN_VERSIONS,
    SCHEMA_BASE_URL,
    schema_url,
    version_of_schema_url,
)

if TYPE_CHECKING:
    import jsonschema

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
    if isinstance(value, str) and len(value) > limit:
        value = value[:limit]  # never the repr of a whole megabytes-long string
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


#: Patterns whose regular expression says less to a reader than a name does.
_PATTERN_NAMES = {
    ID_PATTERN: "an id (a letter, then letters, digits, '_', '.', ':' or '-')",
    TIMEX_VALUE_PATTERN: "a TIMEX3 value ('1998', '1999-02-03', 'XXXX-WXX-3', 'P2M', 'PAST_REF')",
}


def _pattern_name(pattern: str) -> str:
    if pattern in _PATTERN_NAMES:
        return _PATTERN_NAMES[pattern]
    return f"the form {pattern}" if len(pattern) <= 60 else "the required form"


def _problems(error: jsonschema.ValidationError, version: str) -> Iterator[Problem]:
    """One problem per thing wrong: a missing key each, an unknown key each."""
    keyword = str(error.validator)
    expected: Any = error.validator_value
    instance: Any = error.instance
    schema: Any = error.schema
    at = tuple(error.absolute_path)
    if "propertyNames" in error.schema_path:
        # The instance is a key, not a value: point at that key's value and name the rule.
        yield SCHEMA_KEYWORDS["propertyNames"].problem(
            pointer=pointer(*at, str(instance)), key=_short(instance)
        )
        return
    kind = SCHEMA_KEYWORDS[keyword]
    if keyword == "required":
        # jsonschema reports each missing key as its own error, with the key only in the
        # English message; the message of ours is built from the one named there.
        missing = [key for key in expected if key not in instance]
        named = [key for key in missing if repr(key) in error.message] or missing
        yield kind.problem(pointer=pointer(*at), key=named[0])
        return
    if keyword == "additionalProperties":
        allowed = schema.get("properties", {})
        for key in (key for key in instance if key not in allowed):
            yield kind.problem(pointer=pointer(*at, key), key=_short(key))
        return
    if keyword in ("minItems", "minProperties", "minLength"):
        # Leaving the key out is only advice where the key may be left out.
        advice = "" if _is_required(error, version) else "; leave the key out instead"
        yield kind.problem(pointer=pointer(*at), limit=expected, advice=advice)
        return
    yield kind.problem(pointer=pointer(*at), **_fields(keyword, expected, instance))


def _is_required(error: jsonschema.ValidationError, version: str) -> bool:
    """Whether the key holding the failing value is one its object must have.

    Found by following the error's schema path, through every ``$ref``, to the schema of
    the object whose ``properties`` hold the key, and reading its ``required``.
    """
    at = tuple(error.absolute_path)
    steps = list(error.absolute_schema_path)
    key = at[-1] if at else None
    ends = [i for i in range(len(steps) - 1) if steps[i] == "properties" and steps[i + 1] == key]
    if not ends:
        return False
    resolved = registry().resolver().lookup(schema_url(version))
    node, resolver = resolved.contents, resolved.resolver
    for step in [*steps[: ends[-1]], None]:
        # The path names a referenced schema's keywords without the "$ref" that led there.
        while isinstance(node, dict) and step not in node and "$ref" in node:
            resolved = resolver.lookup(node["$ref"])
            node, resolver = resolved.contents, resolved.resolver
        if step is not None:
            node = node[step]
    return key in node.get("required", ())


def _fields(keyword: str, expected: Any, instance: Any) -> dict[str, Any]:
    """What the message of ``keyword``'s code names, quoting a few dozen characters at most."""
    value = _short(instance)
    if keyword == "type":
        return {"expected": expected, "found": _JSON_TYPES.get(type(instance), "value")}
    if keyword == "enum":
        return {"value": value, "choices": ", ".join(str(choice) for choice in expected)}
    if keyword == "const":
        return {"expected": _short(expected, 100), "value": value}
    if keyword == "pattern":
        return {"value": value, "form": _pattern_name(expected)}
    if keyword == "format" and expected in IRI_FORMATS and len(instance) > MAX_IRI_LENGTH:
        # Not quoted, not even in part: the point is its length.
        value = f"an address of {len(instance)} characters"
        return {"value": value, "format": f"{expected} (the limit is {MAX_IRI_LENGTH})"}
    if keyword == "format":
        return {"value": value, "format": expected}
    return {"value": value, "limit": expected}


def version_problems(document: Any) -> tuple[str | None, list[Problem]]:
    """The version a parsed document names, or the problem that it names none we know."""
    if not isinstance(document, dict):
        found = _JSON_TYPES.get(type(document), "value")
        return None, [SCHEMA_KEYWORDS["type"].problem(expected="object", found=found)]
    if "$schema" not in document:
        return None, [VERSION_MISSING.problem()]
    named = document["$schema"]
    version = version_of_schema_url(named) if isinstance(named, str) else None
    if version is None:
        known = ", ".join(KNOWN_VERSIONS)
        claimed = _claimed_version(named)
        why = (
            f"names newsmodel version {claimed!r}, which this release does not read (it reads {known})"
            if claimed
            else f"is not the URL of a newsmodel schema, such as {CURRENT_SCHEMA_URL}"
        )
        return None, [VERSION_UNKNOWN.problem(pointer=pointer("$schema"), why=why)]
    return version, []


def version_named(document: Any) -> str:
    """The version a document that passed the schema stage names."""
    version, problems = version_problems(document)
    if version is None:
        raise ValueError(problems[0].message)
    return version


def _claimed_version(named: Any) -> str | None:
    """The version an unknown newsmodel ``$schema`` URL names, for the message only."""
    if not isinstance(named, str) or not named.startswith(SCHEMA_BASE_URL):
        return None
    version = named[len(SCHEMA_BASE_URL) :].split("/", 1)[0]
    return version[:20] or None


def schema_problems(document: Any) -> Iterator[Problem]:
    """Every way ``document`` breaks the schema of the version it names, in document order."""
    version, problems = version_problems(document)
    if version is None:
        yield from problems
        return
    if _passes_fast_engine(version, document):
        return
    errors = sorted(validator(version).iter_errors(document), key=_document_order)
    seen: set[Problem] = set()
    for error in errors:
        for problem in _problems(error, version):
            if problem not in seen:  # two schema paths can find the same fault
                seen.add(problem)
                yield problem


def _passes_fast_engine(version: str, document: Any) -> bool:
    """Whether the fast engine finds ``document`` valid (its verdict equals the detailed one's).

    False also when there is no fast engine or it cannot take the value (a Python object
    JSON has no form for): the detailed engine then decides, and explains.
    """
    is_valid = fast_validator(version)
    if is_valid is None:
        return False
    try:
        return is_valid(document)
    except ValueError:
        return False


def _document_order(error: jsonschema.ValidationError) -> list[tuple[int, int, str]]:
    return [(0, p, "") if isinstance(p, int) else (1, 0, p) for p in error.absolute_path]
