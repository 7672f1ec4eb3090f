"""newsmodel's JSON Schema generator: the model classes in, draft 2020-12 schemas out.

No maintained library turns attrs classes into 2020-12 schemas with renamed keys, tagged
unions, formats and descriptions, so this module does, reading only the classes and the
metadata that :func:`newsmodel.model._fields.doc` puts on their fields.

The output is one file per model module (``entities.schema.json`` holds the entity
classes), with ``article.schema.json`` as the root a document's ``"$schema"`` names, and
a single-file bundle with no external references for tools that resolve none.
"""

from __future__ import annotations

import enum
import inspect
import types
import typing
from collections.abc import Mapping
from typing import Any

import attrs

from newsmodel.codec.converter import DISCRIMINATOR
from newsmodel.model import Article
from newsmodel.model._fields import (
    ID_PATTERN,
    description_of,
    extra_schema,
    json_name,
    refers_to,
    type_tag,
)
from newsmodel.model.entities import ENTITY_CLASSES, Entity
from newsmodel.versions import BUNDLE_SCHEMA, CURRENT_VERSION, ROOT_SCHEMA, schema_url

DRAFT = "https://json-schema.org/draft/2020-12/schema"

#: Names of definitions that are not classes of their own.
_UNION_NAMES: dict[Any, str] = {Entity: "Entity"}
_UNION_MEMBERS: dict[str, tuple[type, ...]] = {"Entity": ENTITY_CLASSES}
_UNION_DESCRIPTIONS = {
    "Entity": "An entity the story refers to; the 'type' key says which kind it is."
}


def _first_line(obj: Any) -> str:
    return (inspect.getdoc(obj) or "").strip().splitlines()[0]


def _file_of(definition: str, owner: Any) -> str:
    """The schema file a definition lives in: the one named after its model module."""
    module = owner.__module__.rsplit(".", 1)[-1]
    return ROOT_SCHEMA if module == "article" else f"{module}.schema.json"


class _Collector:
    """Walks the model from :class:`Article` and gathers every definition it needs."""

    def __init__(self) -> None:
        self.definitions: dict[str, dict[str, Any]] = {}
        self.files: dict[str, str] = {}

    def reference(self, name: str, owner: Any, build: typing.Callable[[], dict[str, Any]]) -> str:
        if name not in self.definitions:
            self.definitions[name] = {}  # reserve first: the model may refer to itself
            self.files[name] = _file_of(name, owner)
            self.definitions[name] = build()
        return name

    def type_schema(self, type_: Any) -> dict[str, Any]:
        origin = typing.get_origin(type_)
        args = typing.get_args(type_)
        if type_ in _UNION_NAMES:
            name = _UNION_NAMES[type_]
            return {"$ref": self.reference(name, ENTITY_CLASSES[0], lambda: self.union(name))}
        if origin in (typing.Union, types.UnionType):
            non_null = [arg for arg in args if arg is not type(None)]
            if set(non_null) == {int, float}:
                return {"type": "number"}
            if len(non_null) == 1:
                return self.type_schema(non_null[0])
            raise TypeError(f"no JSON Schema for the union {type_!r}")
        if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": self.type_schema(args[0]), "minItems": 1}
        if origin in (Mapping, dict) or type_ is Mapping:
            return {"type": "object", "minProperties": 1}
        if type_ is str:
            return {"type": "string", "minLength": 1}
        if type_ is bool:
            return {"type": "boolean"}
        if type_ is int:
            return {"type": "integer"}
        if type_ is float:
            return {"type": "number"}
        if isinstance(type_, type) and issubclass(type_, enum.Enum):
            return {"$ref": self.reference(type_.__name__, type_, lambda: self.enumeration(type_))}
        if attrs.has(type_):
            return {"$ref": self.reference(type_.__name__, type_, lambda: self.object(type_))}
        raise TypeError(f"no JSON Schema for {type_!r}")

    def enumeration(self, cls: type[enum.Enum]) -> dict[str, Any]:
        return {
            "title": cls.__name__,
            "description": _first_line(cls),
            "enum": [member.value for member in cls],
        }

    def object(self, cls: type) -> dict[str, Any]:
        hints = typing.get_type_hints(cls)
        properties: dict[str, Any] = {}
        required: list[str] = []
        if cls in ENTITY_CLASSES:
            properties[DISCRIMINATOR] = {
                "const": type_tag(cls),
                "description": "The kind of entity; it selects the fields that apply.",
            }
            required.append(DISCRIMINATOR)
        for field in attrs.fields(cls):
            key = json_name(field)
            schema = self.type_schema(hints[field.name])
            extra = extra_schema(field)
            if "items" in extra and "items" in schema:
                schema["items"] = {**schema["items"], **extra.pop("items")}
            schema.update(extra)
            if refers_to(field):
                # A reference holds an id: check its form here, its target in the rules.
                target = schema["items"] if schema.get("type") == "array" else schema
                target["pattern"] = ID_PATTERN
            if key == "$schema":
                schema = {"const": None}  # filled in per version by _with_version
            if field.type is not None and hints[field.name] is bool and field.default is False:
                schema["default"] = False
            properties[key] = {"description": description_of(field), **schema}
            if field.default is attrs.NOTHING or key == "$schema":
                required.append(key)
        return {
            "title": cls.__name__,
            "description": _first_line(cls),
            "type": "object",
            "properties": properties,
            "required": required,
            "additionalProperties": False,
        }

    def union(self, name: str) -> dict[str, Any]:
        members = _UNION_MEMBERS[name]
        tags = [type_tag(member) for member in members]
        branches = []
        for member, tag in zip(members, tags, strict=True):
            target = self.type_schema(member)
            # "required" in the "if": without it, an object that lacks the discriminator
            # would match every branch's "if" and get every branch's errors.
            condition = {"properties": {DISCRIMINATOR: {"const": tag}}, "required": [DISCRIMINATOR]}
            branches.append({"if": condition, "then": target})
        return {
            "title": name,
            "description": _UNION_DESCRIPTIONS[name],
            "type": "object",
            "properties": {DISCRIMINATOR: {"enum": tags}},
            "required": [DISCRIMINATOR],
            "allOf": branches,
        }


def _rewrite_refs(node: Any, target: typing.Callable[[str], str]) -> Any:
    if isinstance(node, dict):
        return {
            key: target(value) if key == "$ref" else _rewrite_refs(value, target)
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_rewrite_refs(item, target) for item in node]
    return node


def _with_version(article: dict[str, Any], version: str) -> dict[str, Any]:
    properties = dict(article["properties"])
    properties["$schema"] = {**properties["$schema"], "const": schema_url(version)}
    return {**article, "properties": properties}


def generate(version: str = CURRENT_VERSION) -> dict[str, dict[str, Any]]:
    """Every schema file of ``version``, keyed by file name, as the current classes define it.

    The result holds the root (:data:`~newsmodel.versions.ROOT_SCHEMA`), one file per
    model module, and the single-file bundle (:data:`~newsmodel.versions.BUNDLE_SCHEMA`).
    """
    collector = _Collector()
    root_name = collector.type_schema(Article)["$ref"]
    definitions = collector.definitions
    files = collector.files

    def cross_file(from_file: str) -> typing.Callable[[str], str]:
        def target(name: str) -> str:
            where = files[name]
            if name == root_name:
                return where if where != from_file else "#"
            prefix = "" if where == from_file else where
            return f"{prefix}#/$defs/{name}"

        return target

    by_file: dict[str, dict[str, Any]] = {}
    for name, definition in definitions.items():
        if name == root_name:
            continue
        file_name = files[name]
        rewritten = _rewrite_refs(definition, cross_file(file_name))
        by_file.setdefault(file_name, {})[name] = rewritten

    output: dict[str, dict[str, Any]] = {}
    root = _with_version(_rewrite_refs(definitions[root_name], cross_file(ROOT_SCHEMA)), version)
    output[ROOT_SCHEMA] = {
        "$schema": DRAFT,
        "$id": schema_url(version, ROOT_SCHEMA),
        **root,
        "title": f"newsmodel {version} document",
        **({"$defs": by_file.pop(ROOT_SCHEMA)} if ROOT_SCHEMA in by_file else {}),
    }
    for file_name in sorted(by_file):
        module = file_name.removesuffix(".schema.json")
        output[file_name] = {
            "$schema": DRAFT,
            "$id": schema_url(version, file_name),
            "title": f"newsmodel {version}: {module}",
            "description": _first_line(_module_of(file_name)),
            "$defs": dict(sorted(by_file[file_name].items())),
        }

    def local(name: str) -> str:
        return "#" if name == root_name else f"#/$defs/{name}"

    bundle_root = _with_version(_rewrite_refs(definitions[root_name], local), version)
    output[BUNDLE_SCHEMA] = {
        "$schema": DRAFT,
        "$id": schema_url(version, BUNDLE_SCHEMA),
        **bundle_root,
        "title": f"newsmodel {version} document (single-file bundle)",
        "$defs": {
            name: _rewrite_refs(definition, local)
            for name, definition in sorted(definitions.items())
            if name != root_name
        },
    }
    return output


def _module_of(file_name: str) -> types.ModuleType:
    import importlib

    return importlib.import_module(f"newsmodel.model.{file_name.removesuffix('.schema.json')}")
