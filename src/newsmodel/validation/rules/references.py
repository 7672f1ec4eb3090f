"""Rules about identifiers and the references between objects: unique, resolved, acyclic."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import attrs

from newsmodel.errors import Severity
from newsmodel.model import Attribution, Group, Organization
from newsmodel.model._fields import a_or_an, identifier_field, type_tag
from newsmodel.validation.cycles import cyclic_components
from newsmodel.validation.rules.context import Context, Finding, Rule
from newsmodel.validation.rules.examples import Example, setting


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
        seen: set[tuple[str, str]] = set()
        for reference in held:
            if reference.index is None:
                continue  # a field of one id: nothing listed twice
            # One holder's references: a list is known by its field's key.
            key = (reference.field.key, reference.target)
            if key in seen:
                yield reference.path, f"{reference.target!r} is already listed here"
            seen.add(key)


def cycles(
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
    yield from cycles(
        context, Attribution, attrs.fields(Attribution).nested_in, "is nested in itself"
    )


def organizations_acyclic(context: Context) -> Iterator[Finding]:
    yield from cycles(context, Organization, attrs.fields(Organization).parent, "is part of itself")


def groups_acyclic(context: Context) -> Iterator[Finding]:
    yield from cycles(context, Group, attrs.fields(Group).members, "is a member of itself")


RULES = (
    Rule(
        code="id.duplicate",
        severity=Severity.ERROR,
        check=ids_unique,
        summary="No two objects in a document have the same id.",
        examples=(
            Example(
                "two-claims-one-id",
                "A claim is given the id of another claim.",
                setting("c-start", id="c-orders"),
            ),
        ),
    ),
    Rule(
        code="ref.dangling",
        severity=Severity.ERROR,
        check=references_resolve,
        summary="Every reference names the id of an object in the document.",
        examples=(
            Example(
                "unknown-speaker",
                "An attribution names a source that the document does not have.",
                setting("a-build", sources=("person-koptev",)),
            ),
        ),
    ),
    Rule(
        code="ref.wrong_type",
        severity=Severity.ERROR,
        check=references_typed,
        summary="Every reference names an object of a kind the field allows (a source is an agent, not a place).",
        examples=(
            Example(
                "speaker-is-a-place",
                "An attribution names a place as its source.",
                setting("a-build", sources=("place-tromso",)),
            ),
        ),
    ),
    Rule(
        code="ref.repeated",
        severity=Severity.WARNING,
        check=references_once,
        summary="A list of references names each object once.",
        examples=(
            Example(
                "source-listed-twice",
                "An attribution lists its source twice.",
                setting("a-orders", sources=("anon-official", "anon-official")),
            ),
        ),
    ),
    Rule(
        code="organization.parent_cycle",
        severity=Severity.ERROR,
        check=organizations_acyclic,
        summary="No organization is part of itself, directly or through others.",
        examples=(
            Example(
                "part-of-itself",
                "The port authority is made part of itself.",
                setting("org-port", parent="org-port"),
            ),
        ),
    ),
    Rule(
        code="group.member_cycle",
        severity=Severity.ERROR,
        check=groups_acyclic,
        summary="No group is a member of itself, directly or through other groups.",
        examples=(
            Example(
                "member-of-itself",
                "A group is listed among its own members.",
                setting("group-reporters", members=("group-reporters",)),
            ),
        ),
    ),
    Rule(
        code="attribution.nesting_cycle",
        severity=Severity.ERROR,
        check=attributions_acyclic,
        summary="No attribution is nested in itself, directly or through others.",
        examples=(
            Example(
                "nested-in-itself",
                "The report that the council backed the plan is nested in itself.",
                setting("a-backed", nested_in="a-backed"),
            ),
            Example(
                "nested-in-each-other",
                "Berg's report of the permits is nested in the report nested in it.",
                setting("a-permits", nested_in="a-backed"),
                also=("attribution.nested_outside",),
            ),
        ),
    ),
)
