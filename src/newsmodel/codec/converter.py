"""The one cattrs converter: every conversion between model objects and JSON values.

Configured here and nowhere else:

- keys are camelCase (a field may override its key, as ``schema`` does with ``$schema``);
- absent means unknown: a field equal to its default (None, an empty list or object,
  ``false``) is left out, so a document carries no ``null`` and no empty list;
- entities are a tagged union with the discriminator ``"type"``;
- unknown keys are refused;
- a number has one written form per value: ``2.0`` and ``2`` are both written ``2``, in
  the model's fields (see :func:`~newsmodel.model._fields.canonical_number`) and in
  extensions alike, so that equal articles give equal bytes.

cattrs converts rather than validates (it would turn ``1`` into ``"1"`` for a ``str``
field), so untrusted input is validated against the schema before it reaches
:func:`structure`; see :mod:`newsmodel.documents`.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from newsmodel.codec.unstructurers import Unstructurer, make_unstructurers, sorted_json
from newsmodel.errors import UnwritableDocumentError, pointer
from newsmodel.model._fields import json_name, type_tag
from newsmodel.model.article import Article
from newsmodel.model.entities import ENTITY_CLASSES, Entity
from newsmodel.problems import UNWRITABLE

T = TypeVar("T")

#: The key that names the member of a tagged union.
DISCRIMINATOR = "type"

Number = int | float


def _fields_with_keys(cls: type) -> dict[str, Any]:
    overrides = {}
    for field in attrs.fields(cls):
        key = json_name(field)
        # "$schema" is always written, even though it defaults to the current version,
        # so that every document names the schema it follows.
        always = key == "$schema"
        overrides[field.name] = override(rename=key, omit_if_default=False if always else None)
    return overrides


def _sorted_mapping(mapping: Mapping[str, Any]) -> dict[str, Any]:
    # Extensions are free-form JSON: sorting the keys of every object in them makes the
    # canonical form of a document unique, whatever order they were built in.
    sorted_mapping: dict[str, Any] = sorted_json(mapping, [])
    return sorted_mapping


def _keep_number(value: Any, _: type) -> Number:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"expected a number, got {type(value).__name__}")
    return value


def _register_tagged_union(
    converter: cattrs.Converter, union: Any, members: tuple[type, ...]
) -> None:
    """Write each member with its tag first (``{"type": "person", ...}``); read by the tag.

    The tag belongs to the member, not only to the union: a member written on its own
    carries it too, as its schema definition requires, and reading a member accepts it.
    cattrs' ``configure_tagged_union`` appends the tag last and only in the union; the
    canonical form puts the discriminator first, where a reader looks for it.
    """
    by_tag = {type_tag(member): member for member in members}

    def is_member(type_: Any) -> bool:
        return type_ in members

    # Factories, which cattrs calls on a member's first use: generating all the members'
    # functions at import took a tenth of the command line's start-up.
    def unstructure_factory(member: type) -> Any:
        tag = type_tag(member)
        fields = _fields_with_keys(member)
        plain: Any = make_dict_unstructure_fn(
            member, converter, _cattrs_omit_if_default=True, **fields
        )

        def unstructure_member(value: Any) -> dict[str, Any]:
            return {DISCRIMINATOR: tag, **plain(value)}

        return unstructure_member

    def structure_factory(member: type) -> Any:
        tag = type_tag(member)
        fields = _fields_with_keys(member)
        plain: Any = make_dict_structure_fn(
            member, converter, _cattrs_forbid_extra_keys=True, **fields
        )

        def structure_member(data: Mapping[str, Any], cls: type) -> Any:
            if data.get(DISCRIMINATOR, tag) != tag:
                raise ValueError(f"expected {DISCRIMINATOR} {tag!r}, got {data[DISCRIMINATOR]!r}")
            return plain({k: v for k, v in data.items() if k != DISCRIMINATOR}, cls)

        return structure_member

    converter.register_unstructure_hook_factory(is_member, unstructure_factory)
    converter.register_structure_hook_factory(is_member, structure_factory)

    def unstructure_union(value: Any) -> dict[str, Any]:
        unstructured: dict[str, Any] = converter.unstructure(value, unstructure_as=type(value))
        return unstructured

    def structure_union(data: Mapping[str, Any], _: Any) -> Any:
        return converter.structure(data, by_tag[data[DISCRIMINATOR]])

    converter.register_unstructure_hook(union, unstructure_union)
    converter.register_structure_hook(union, structure_union)


def _make_converter() -> cattrs.Converter:
    converter = cattrs.Converter(omit_if_default=True, forbid_extra_keys=True)

    def unstructure_factory(cls: type) -> Any:
        return make_dict_unstructure_fn(
            cls, converter, _cattrs_omit_if_default=True, **_fields_with_keys(cls)
        )

    def structure_factory(cls: type) -> Any:
        return make_dict_structure_fn(
            cls, converter, _cattrs_forbid_extra_keys=True, **_fields_with_keys(cls)
        )

    converter.register_unstructure_hook_factory(attrs.has, unstructure_factory)
    converter.register_structure_hook_factory(attrs.has, structure_factory)
    converter.register_structure_hook(Number, _keep_number)
    converter.register_structure_hook(
        Number | None, lambda v, _: None if v is None else _keep_number(v, _)
    )

    def is_extensions(type_: Any) -> bool:
        return bool(type_ == Mapping[str, Any])

    converter.register_unstructure_hook_func(is_extensions, _sorted_mapping)
    converter.register_structure_hook_func(is_extensions, lambda value, _: dict(value))
    _register_tagged_union(converter, Entity, ENTITY_CLASSES)
    return converter


#: The converter. Use :func:`structure` and :func:`unstructure` rather than calling it.
converter = _make_converter()


@functools.cache
def _unstructurers() -> dict[type, Unstructurer]:
    # Generated on first use, not at import: a program that only reads never pays for it.
    return make_unstructurers(
        [Article],
        [Entity],
        DISCRIMINATOR,
        lambda value, type_: converter.unstructure(value, unstructure_as=type_),
    )


def unstructure(obj: Any) -> Any:
    """Turn a model object into JSON values (dicts, lists, strings, numbers, booleans).

    Raises :class:`~newsmodel.errors.UnwritableDocumentError`, with the JSON pointer of
    the offending field, when a field holds what its type does not allow.
    """
    return unstructure_for_writing(obj)[0]


def unstructure_for_writing(obj: Any) -> tuple[Any, bool]:
    """:func:`unstructure`, and whether orjson writes every number in the values as
    ``json`` does (see :func:`~newsmodel.codec.write`), which the writer then need not
    search the written bytes for."""
    odd: list[object] = []
    function = _unstructurers().get(type(obj))
    try:
        if function is None:
            return converter.unstructure(obj), False
        return function(obj, odd), not odd
    except (AttributeError, TypeError, ValueError, KeyError) as error:
        found = _first_misfit(obj, ()) if attrs.has(type(obj)) else None
        where, reason = found or ((), f"{type(error).__name__}: {error}")
        problem = UNWRITABLE.problem(pointer=pointer(*where), reason=reason[:300])
        raise UnwritableDocumentError([problem]) from None


def _first_misfit(
    obj: Any, path: tuple[str | int, ...]
) -> tuple[tuple[str | int, ...], str] | None:
    """Where the object graph holds a value its field's type does not allow, and why.

    Constructors refuse such values, so this finds what was set around them (with
    ``object.__setattr__``): each field's own converter says what the field allows.
    """
    for field in attrs.fields(type(obj)):
        value = getattr(obj, field.name)
        where = (*path, json_name(field))
        if field.converter is not None:
            try:
                allowed = field.converter(value)
            except TypeError as error:
                return where, str(error)
            if type(allowed) is not type(value) and not isinstance(value, list):
                return where, (
                    f"{type(obj).__qualname__}.{field.name} holds {type(value).__name__} "
                    f"{value!r:.40}, not {type(allowed).__name__}; build objects with their "
                    "constructors, which convert it"
                )
        items = enumerate(value) if isinstance(value, (tuple, list)) else [(None, value)]
        for index, item in items:
            if attrs.has(type(item)):
                found = _first_misfit(item, where if index is None else (*where, index))
                if found:
                    return found
    return None


def structure(data: Any, cls: type[T]) -> T:
    """Turn schema-valid JSON values into a model object of class ``cls``."""
    return converter.structure(data, cls)
