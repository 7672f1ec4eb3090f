"""A fast yes or no on the schema: jsonschema-rs, with newsmodel's formats and patterns.

Checking the reference article with ``jsonschema`` takes tens of milliseconds, most of it
Python descending the bundle; jsonschema-rs, a draft 2020-12 engine in Rust, answers
"valid or not" in a tenth of a millisecond. It only decides: a document it finds invalid
is checked again by the detailed engine (:func:`newsmodel.schema.registry.validator`),
which explains every failure, so a report's problems are the detailed engine's whatever
engine decided. Its verdicts must equal the detailed engine's, and the tests prove it on
the bad-input corpus, the examples and the property tests' mutations.

Where the two could disagree:

- ``pattern``: jsonschema-rs evaluates it as the ECMA-262 regex JSON Schema says it is
  (``.`` refuses CR, LF, U+2028 and U+2029; ``$`` ends the text; ``\\d`` and ``\\w``
  are ASCII), which is what the detailed engine was made to do
  (:mod:`newsmodel.schema.patterns`); the tests hold both to it;
- ``format``: every format the schemas name is checked by the very function the
  detailed engine calls (:data:`~newsmodel.schema.formats.FORMATS`), not by
  jsonschema-rs's built-in checks, whose edge cases differ; a format with no check
  passes, as in the detailed engine;
- ``integer``: the detailed engine counts a float with no fraction as an integer only
  within double precision (``1e308`` is not an offset); jsonschema-rs is given the same
  bound, as ``minimum`` and ``maximum`` beside each ``"type": "integer"``. (An ``int``
  beyond 2**53, which the reader refuses before any schema sees it, is the one value the
  two still judge apart: the fast engine then says invalid, and the detailed one decides.)
- references: the engine is given every bundled schema and a retriever that refuses any
  other URL, so that it never goes to the network.

jsonschema-rs is a dependency of newsmodel, with wheels for every common platform. Where
it cannot be imported (a platform without a wheel, an installation without it), the
detailed engine decides alone: slower, never different.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from typing import Any

from newsmodel.schema.files import bundled_schemas
from newsmodel.schema.formats import FORMATS
from newsmodel.versions import KNOWN_VERSIONS, ROOT_SCHEMA, schema_url

#: Integers beyond this magnitude are not exact in a double (see ``schema/registry.py``).
_MAX_EXACT_INTEGER = 2**53

#: Keywords whose value is data, not a schema: a "format" key in them names no format.
_DATA_KEYWORDS = frozenset({"const", "enum", "default", "examples"})


def _format_names(schema: Any) -> set[str]:
    """Every format named anywhere in ``schema``."""
    if isinstance(schema, list):
        return set().union(*map(_format_names, schema))
    if not isinstance(schema, dict):
        return set()
    found = {schema["format"]} if isinstance(schema.get("format"), str) else set()
    for key, value in schema.items():
        if key not in _DATA_KEYWORDS:
            found |= _format_names(value)
    return found


def _refuse(uri: str) -> Any:
    raise LookupError(f"newsmodel holds no schema at {uri}, and fetches none")


def _with_exact_integers(schema: Any) -> Any:
    """A copy of ``schema`` in which every integer must also lie within double precision."""
    if isinstance(schema, list):
        return [_with_exact_integers(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    copied = {
        key: value if key in _DATA_KEYWORDS else _with_exact_integers(value)
        for key, value in schema.items()
    }
    if schema.get("type") == "integer":
        exact = {"minimum": -_MAX_EXACT_INTEGER, "maximum": _MAX_EXACT_INTEGER}
        copied["allOf"] = [*copied.get("allOf", []), exact]
    return copied


def _anything(instance: Any) -> bool:
    return True


@functools.cache
def fast_validator(version: str) -> Callable[[Any], bool] | None:
    """Whether a parsed document is valid against ``version``'s schema; None without the engine.

    The answer is the detailed engine's verdict, computed faster; built once per version.
    """
    try:
        import jsonschema_rs
    except ImportError:
        return None
    folder = bundled_schemas()
    resources = []
    formats: set[str] = set()
    for known in KNOWN_VERSIONS:
        for entry in (folder / known).iterdir():
            if entry.name.endswith(".json"):
                contents = json.loads(entry.read_text(encoding="utf-8"))
                formats |= _format_names(contents)
                resources.append((schema_url(known, entry.name), _with_exact_integers(contents)))
    root = dict(resources)[schema_url(version, ROOT_SCHEMA)]
    engine = jsonschema_rs.Draft202012Validator(
        root,
        registry=jsonschema_rs.Registry(resources, retriever=_refuse),
        retriever=_refuse,
        formats={name: FORMATS.get(name, _anything) for name in sorted(formats)},
        validate_formats=True,
        ignore_unknown_formats=True,
    )
    is_valid: Callable[[Any], bool] = engine.is_valid
    return is_valid
