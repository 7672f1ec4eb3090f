"""Walking a document's JSON form together with the model classes that describe it.

Rules work on the JSON form (so that every finding has an exact JSON pointer) but need
to know what each object is: an anchor, a reference field, an entity. :func:`objects`
descends the data guided by the classes' type hints, so a new model class or field is
walked without touching this module.
"""

from __future__ import annotations

import functools
import types
import typing
from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from newsmodel.model import Article
from newsmodel.model._fields import json_name, refers_to, type_tag
from newsmodel.model.entities import ENTITY_CLASSES, Entity

Path = tuple[str | int, ...]


@attrs.frozen
class Located:
    """One model object found in a document: its class, its JSON value, where it is."""

    cls: type
    data: Mapping[str, Any]
    path: Path


@attrs.frozen
class Reference:
    """One id held by a reference field, with the kinds of object it may point at."""

    target: str
    allowed: tuple[str, ...]
    path: Path


@functools.cache
def _fields(cls: type) -> tuple[tuple[str, Any, tuple[str, ...]], ...]:
    """(JSON key, type hint, referable kinds) for each field of ``cls``."""
    hints = typing.get_type_hints(cls)
    return tuple((json_name(f), hints[f.name], refers_to(f)) for f in attrs.fields(cls))


def _model_classes(hint: Any) -> tuple[type, ...]:
    """The model classes a value of type ``hint`` may be an instance of (or the empty tuple)."""
    if hint is Entity:
        return ENTITY_CLASSES
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return tuple(c for arg in typing.get_args(hint) for c in _model_classes(arg))
    if origin is tuple:
        return _model_classes(typing.get_args(hint)[0])
    return (hint,) if attrs.has(hint) else ()


_BY_TAG = {type_tag(cls): cls for cls in ENTITY_CLASSES}


def objects(document: Mapping[str, Any], root: type = Article) -> Iterator[Located]:
    """Every model object in a schema-valid ``document``, parents before children."""
    stack: list[Located] = [Located(root, document, ())]
    while stack:
        located = stack.pop()
        yield located
        children = []
        for key, hint, _ in _fields(located.cls):
            if key not in located.data:
                continue
            classes = _model_classes(hint)
            if not classes:
                continue
            value = located.data[key]
            items = enumerate(value) if isinstance(value, list) else [(None, value)]
            for index, item in items:
                cls = _BY_TAG[item["type"]] if len(classes) > 1 else classes[0]
                path = (*located.path, key) if index is None else (*located.path, key, index)
                children.append(Located(cls, item, path))
        stack.extend(reversed(children))


def references(located: Located) -> Iterator[Reference]:
    """The ids that ``located`` refers to, one per reference it holds."""
    for key, _, allowed in _fields(located.cls):
        if not allowed or key not in located.data:
            continue
        value = located.data[key]
        if isinstance(value, list):
            for index, target in enumerate(value):
                yield Reference(target, allowed, (*located.path, key, index))
        else:
            yield Reference(value, allowed, (*located.path, key))


def kind_of(located: Located) -> str:
    """The name references use for the kind of ``located``: ``person``, ``claim`` ..."""
    return type_tag(located.cls)
