"""Rules about identifiers and the references between objects: unique, resolved, acyclic."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import attrs

from newsmodel.model import Attribution, Group, Organization, TimeExpression
from newsmodel.model._fields import a_or_an, identifier_field, type_tag
from newsmodel.validation.cycles import cyclic_components
from newsmodel.validation.rules.context import Context, Finding


def ids_unique(context: Context) -> Iterator[Finding]:
    seen: set[str] = set()
    for item in context.with_ids:
        identifier = item.obj.id
        if identifier in seen:
            field = identifier_field(type(item.obj))
            assert field is not None  # with_ids holds only objects that have one
            yield item.at(field), f"id {identifier!r} is already used in this document"
        seen.add(identifier)


def references_resolve(context: Context) -> Iterator[Finding]:
    for _, held in context.referring:
        for reference in held:
            if reference.target not in context.identified:
                yield reference.path, f"{reference.target!r} is the id of nothing in this document"


def references_typed(context: Context) -> Iterator[Finding]:
    for _, held in context.referring:
        for reference in held:
            target = context.identified.get(reference.target)
            if target is not None and type(target.obj) not in reference.allowed:
                # Kinds in words ("anonymous source"), as a reader says them.
                *others, last = (type_tag(cls).replace("_", " ") for cls in reference.allowed)
                allowed = f"{', '.join(others)} or {last}" if others else last
                kind = type_tag(type(target.obj)).replace("_", " ")
                yield (
                    reference.path,
                    f"{reference.target!r} is {a_or_an(kind)}; this refers to {a_or_an(allowed)}",
                )


def references_once(context: Context) -> Iterator[Finding]:
    for _, held in context.referring:
        seen: set[tuple[str | int, ...]] = set()
        for reference in held:
            # A list's items share the path up to the index: the same field, the same list.
            key = (*reference.path[:-1], reference.target)
            if isinstance(reference.path[-1], int) and key in seen:
                yield reference.path, f"{reference.target!r} is already listed here"
            seen.add(key)


def _cycles(
    context: Context, cls: type[Any], field: attrs.Attribute[Any], what: str
) -> Iterator[Finding]:
    """Objects of ``cls`` that reach themselves by following ``field`` (an id or a list of ids).

    Linear in the objects and their references (a chain of 16,000 nested attributions
    once took 89 s, searched from every link): see :mod:`newsmodel.validation.cycles`.
    """
    edges: dict[str, tuple[str, ...]] = {}
    for item in context.of_class(cls):
        targets = getattr(item.obj, field.name)
        edges[item.obj.id] = (
            targets if isinstance(targets, tuple) else (targets,) if targets else ()
        )
    on_cycles = cyclic_components(edges)
    for item in context.of_class(cls):
        size = on_cycles.get(item.obj.id)
        if size is not None:
            how = "directly" if size == 1 else f"through a cycle of {size}"
            yield item.at(field), f"{item.obj.id!r} {what}, {how}"


def attributions_acyclic(context: Context) -> Iterator[Finding]:
    yield from _cycles(
        context, Attribution, attrs.fields(Attribution).nested_in, "is nested in itself"
    )


def time_anchors_acyclic(context: Context) -> Iterator[Finding]:
    yield from _cycles(
        context,
        TimeExpression,
        attrs.fields(TimeExpression).anchor_time,
        "is resolved against itself",
    )


def organizations_acyclic(context: Context) -> Iterator[Finding]:
    yield from _cycles(
        context, Organization, attrs.fields(Organization).parent, "is part of itself"
    )


def groups_acyclic(context: Context) -> Iterator[Finding]:
    yield from _cycles(context, Group, attrs.fields(Group).members, "is a member of itself")
