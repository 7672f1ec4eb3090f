"""Walking a document's model objects, each located (see :mod:`newsmodel.codec.located`).

Rules work on the typed objects (so that the model's fields and enums are used by
attribute) but report JSON pointers, so every object is found together with where it
is, from the fields' own JSON keys. What a class holds (which of its fields hold
model objects, which hold references, its JSON keys) is read from the class once and
cached, so a new model class or field is walked without touching this module.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from newsmodel.codec.located import Located, Path, key_of
from newsmodel.model import Article
from newsmodel.model._fields import identifier_field, refers_to

__all__ = ["Located", "Path", "Reference", "key_of", "objects", "references"]


# Not frozen, and without a weak reference slot, as Located (see there): one is made
# for every reference of every document checked.
@attrs.define(weakref_slot=False)
class Reference:
    """One id held by a reference field of an object, and where it is held.

    Its path is spelt out only when asked for (a problem is reported), as a
    :class:`Located`'s is.
    """

    target: str
    field: _Field
    holder: Located[Any]
    index: int | None
    """The index in the field's list of ids, or None for a field of one id."""

    @property
    def allowed(self) -> tuple[type, ...]:
        """The classes of object the reference may point at."""
        return self.field.refers_to

    @property
    def path(self) -> Path:
        """The JSON keys and list indices from the document's root to the id."""
        where = (*self.holder.path, self.field.key)
        return where if self.index is None else (*where, self.index)


@attrs.frozen
class _Field:
    """What the walk needs to know about one field of a model class."""

    name: str
    key: str
    holds_objects: bool
    refers_to: tuple[type, ...]


_FIELDS: dict[type, tuple[_Field, ...]] = {}


def _fields(cls: type) -> tuple[_Field, ...]:
    """The fields of ``cls`` that hold model objects or references, read once per class."""
    known = _FIELDS.get(cls)
    if known is None:
        hints = typing.get_type_hints(cls)
        found = (
            _Field(f.name, key_of(f), bool(_model_classes(hints[f.name])), refers_to(f))
            for f in attrs.fields(cls)
        )
        known = _FIELDS[cls] = tuple(f for f in found if f.holds_objects or f.refers_to)
    return known


def _model_classes(hint: Any) -> tuple[type, ...]:
    """The model classes a value of type ``hint`` may be an instance of (or the empty tuple)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return tuple(c for arg in typing.get_args(hint) for c in _model_classes(arg))
    if origin is tuple:
        return _model_classes(typing.get_args(hint)[0])
    return (hint,) if attrs.has(hint) else ()


_IDENTIFIED: dict[type, bool] = {}


def identified_class(cls: type) -> bool:
    """Whether objects of ``cls`` have an id that references name."""
    known = _IDENTIFIED.get(cls)
    if known is None:
        known = _IDENTIFIED[cls] = identifier_field(cls) is not None
    return known


def _object_fields(cls: type) -> tuple[tuple[str, str], ...]:
    """The (attribute, JSON key) of each field of ``cls`` that holds model objects, last first."""
    known = _OBJECT_FIELDS.get(cls)
    if known is None:
        held = [(f.name, f.key) for f in _fields(cls) if f.holds_objects]
        known = _OBJECT_FIELDS[cls] = tuple(reversed(held))
    return known


_OBJECT_FIELDS: dict[type, tuple[tuple[str, str], ...]] = {}


def objects(root: Article) -> Iterator[Located[Any]]:
    """Every model object in ``root``, itself first, parents before children."""
    # Depth-first with a stack: children are pushed last field first, last item first,
    # so that they come off in document order. (This runs for every document checked.)
    stack: list[Located[Any]] = [Located(root)]
    while stack:
        located = stack.pop()
        yield located
        obj = located.obj
        for name, key in _object_fields(type(obj)):
            value = getattr(obj, name)
            if isinstance(value, tuple):
                stack.extend(
                    Located(value[index], located, key, index)
                    for index in range(len(value) - 1, -1, -1)
                )
            elif value is not None:
                stack.append(Located(value, located, key))


_REFERENCE_FIELDS: dict[type, tuple[_Field, ...]] = {}


def reference_fields(cls: type) -> tuple[_Field, ...]:
    """The fields of ``cls`` that hold references (most classes have none)."""
    known = _REFERENCE_FIELDS.get(cls)
    if known is None:
        known = _REFERENCE_FIELDS[cls] = tuple(f for f in _fields(cls) if f.refers_to)
    return known


def held_references(
    items: Iterable[Located[Any]],
) -> Iterator[tuple[Located[Any], tuple[Reference, ...]]]:
    """Each of ``items`` that holds references, with them, in the order of ``items``."""
    known = _REFERENCE_FIELDS
    for item in items:
        cls = type(item.obj)
        # Looked up inline: most objects (anchors, mentions) hold no reference.
        fields = known.get(cls)
        if fields is None:
            fields = reference_fields(cls)
        if fields:
            held = _held(item, fields)
            if held:
                yield item, held


def _held(located: Located[Any], fields: tuple[_Field, ...]) -> tuple[Reference, ...]:
    held = []
    obj = located.obj
    for field in fields:
        value = getattr(obj, field.name)
        if isinstance(value, tuple):
            for index, target in enumerate(value):  # most lists of ids are empty
                held.append(Reference(target, field, located, index))
        elif value is not None:
            held.append(Reference(value, field, located, None))
    return tuple(held)


def references(located: Located[Any]) -> Iterator[Reference]:
    """The ids that ``located`` refers to, one per reference it holds."""
    return iter(_held(located, reference_fields(type(located.obj))))
