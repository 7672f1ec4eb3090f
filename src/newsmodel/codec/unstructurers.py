"""Unstructuring functions generated per model class, for writing documents fast.

cattrs' generated functions give the JSON values of a model object, but reach every
nested object, sequence and union member through the converter's dispatch, which was
half of :func:`newsmodel.dumps`. The functions made here give the same values (the same
keys in the same order, the same omissions) with that dispatch resolved once, when the
function is generated: a nested class is a direct call, a sequence a list comprehension,
an entity a lookup by class.

They also say whether the values hold a number that orjson writes differently from
``json`` (a float below 1e-4, NaN, infinity), so that the writer need not search the
written bytes for one: each function takes a list, ``odd``, and appends to it on meeting
such a number, or a field whose type it does not know (which cattrs then unstructures,
and the bytes are searched as before).
"""

from __future__ import annotations

import enum
import math
import typing
from collections.abc import Callable, Iterable, Mapping
from types import NoneType, UnionType
from typing import Any

import attrs

from newsmodel.model._fields import canonical_number, json_name, type_tag

#: Unstructures one model object, appending to the list where a number needs ``json``.
Unstructurer = Callable[[Any, list[object]], dict[str, Any]]

#: The smallest magnitude at which orjson and ``json`` write a float alike.
_SMALLEST_ALIKE = 1e-4


def is_odd_number(value: float) -> bool:
    """Whether orjson writes ``value`` differently from ``json``: NaN, an infinity, or
    a magnitude below 1e-4 (where ``json`` writes ``1e-05`` and orjson ``0.00001``)."""
    return not _SMALLEST_ALIKE <= abs(value) < math.inf


def number(value: Any, odd: list[object]) -> Any:
    """A number field's value, ``odd`` told if only ``json`` writes it right."""
    if value.__class__ is float and is_odd_number(value):
        odd.append(value)
    return value


def sorted_json(value: Any, odd: list[object]) -> Any:
    """Free-form JSON (extensions) with every object's keys sorted, its integral floats
    written as integers, and ``odd`` told of a float that only ``json`` writes right."""
    if isinstance(value, Mapping):
        return {key: sorted_json(value[key], odd) for key in sorted(value)}
    if isinstance(value, (list, tuple)):
        return [sorted_json(item, odd) for item in value]
    if isinstance(value, float):
        return number(canonical_number(value), odd)
    return value


def make_unstructurers(
    classes: Iterable[type],
    unions: Iterable[Any],
    discriminator: str,
    fallback: Callable[[Any, Any], Any],
) -> dict[type, Unstructurer]:
    """A function for each attrs class reachable from ``classes``.

    The members of each of ``unions`` are written with ``{discriminator: tag}`` first, as
    the converter's tagged unions write them; ``fallback(value, type)`` unstructures a
    field of a type not known here.
    """
    union_tables = {union: f"__by_class_{index}" for index, union in enumerate(unions)}
    tags = {member: type_tag(member) for union in union_tables for member in typing.get_args(union)}
    namespace: dict[str, Any] = {"__number": number, "__sorted_json": sorted_json}

    def unknown(value: Any, type_: Any, odd: list[object]) -> Any:
        odd.append(type_)  # the written bytes are searched
        return fallback(value, type_)

    namespace["__unknown"] = unknown
    generator = _Generator(namespace, union_tables, tags, discriminator)
    pending = [*classes, *tags]
    sources: dict[type, str] = {}
    while pending:
        cls = pending.pop()
        if cls not in sources:
            sources[cls] = generator.source(cls, pending)
    for cls, source in sources.items():
        exec(compile(source, f"<newsmodel unstructure {cls.__qualname__}>", "exec"), namespace)
    made = {cls: namespace[_function_name(cls)] for cls in sources}
    for union, table in union_tables.items():
        namespace[table] = {member: made[member] for member in typing.get_args(union)}
    return made


def _function_name(cls: type) -> str:
    return f"__u_{cls.__module__.replace('.', '_')}_{cls.__qualname__.replace('.', '_')}"


@attrs.define
class _Generator:
    namespace: dict[str, Any]
    union_tables: dict[Any, str]
    tags: dict[type, str]
    discriminator: str

    def source(self, cls: type, pending: list[type]) -> str:
        """The source of the function for ``cls``, keys in the converter's order: the
        fields always written (no default, and "$schema") first, then the others."""
        hints = typing.get_type_hints(cls)
        tag = self.tags.get(cls)
        always = [] if tag is None else [f"{self.discriminator!r}: {tag!r},"]
        optional = []
        for index, field in enumerate(attrs.fields(cls)):
            key = json_name(field)
            value = f"instance.{field.name}"
            expression = self.expression(hints[field.name], value, pending)
            default = field.default
            # "$schema" is always written, though it has a default, as the converter does.
            if default is attrs.NOTHING or key == "$schema":
                always.append(f"{key!r}: {expression},")
                continue
            # Omitted when equal to its default, as cattrs' omit_if_default compares it.
            if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                if default.takes_self:
                    raise TypeError(f"{cls.__qualname__}.{field.name}: a default taking self")
                default = default.factory()
            if field.converter is not None:
                default = field.converter(default)
            optional.append(f"  if {value} {self.differs(default, cls, index)}:")
            optional.append(f"    res[{key!r}] = {expression}")
        return "\n".join(
            [
                f"def {_function_name(cls)}(instance, odd):",
                "  res = {",
                *(f"    {line}" for line in always),
                "  }",
                *optional,
                "  return res",
            ]
        )

    def differs(self, default: Any, cls: type, index: int) -> str:
        """A test that a field's value differs from ``default``: ``!=`` as cattrs tests
        it, but ``is not None`` where the default is None (no model type's ``!=`` with
        None says anything else, and it is quicker), and simple defaults as constants."""
        if default is None:
            return "is not None"
        if type(default) in (bool, str) or (type(default) is tuple and not default):
            return f"!= {default!r}"  # a constant, not a lookup
        name = f"{_function_name(cls)}_default_{index}"
        self.namespace[name] = default
        return f"!= {name}"

    def expression(self, type_: Any, value: str, pending: list[type]) -> str:
        """An expression that unstructures ``value``, of type ``type_``."""
        origin = typing.get_origin(type_)
        arguments = typing.get_args(type_)
        if type_ in _PLAIN:
            return value
        if type_ is float:
            return f"__number({value}, odd)"
        if isinstance(type_, type) and issubclass(type_, enum.Enum):
            # ``_value_`` is what the ``value`` property returns, without the property.
            return f"{value}._value_"
        if attrs.has(type_) and type_ not in self.tags and _all_written(type_):
            # Inlined: a call costs more than building a small dict here (an anchor).
            hints = typing.get_type_hints(type_)
            items = (
                f"{json_name(field)!r}: "
                + self.expression(hints[field.name], f"{value}.{field.name}", pending)
                for field in attrs.fields(type_)
            )
            return "{" + ", ".join(items) + "}"
        if attrs.has(type_):
            pending.append(type_)
            return f"{_function_name(type_)}({value}, odd)"
        if type_ in self.union_tables:
            return f"{self.union_tables[type_]}[{value}.__class__]({value}, odd)"
        if origin in (typing.Union, UnionType):
            members = {member for member in arguments if member is not NoneType}
            if members <= _PLAIN:
                return value
            if members <= {*_PLAIN, float}:
                return f"__number({value}, odd)"
            if len(members) == 1:
                inner = self.expression(members.pop(), value, pending)
                return f"(None if {value} is None else {inner})"
        if origin is tuple and len(arguments) == 2 and arguments[1] is Ellipsis:
            if arguments[0] in _PLAIN:
                return f"list({value})"
            return f"[{self.expression(arguments[0], 'item', pending)} for item in {value}]"
        if origin is Mapping and arguments == (str, Any):
            return f"__sorted_json({value}, odd)"
        # A type not known here: cattrs unstructures it.
        name = f"__type_{len(self.namespace)}"
        self.namespace[name] = type_
        return f"__unknown({value}, {name}, odd)"


def _all_written(cls: type) -> bool:
    """Whether every field of ``cls`` is always written (none has a default to omit)."""
    return all(field.default is attrs.NOTHING for field in attrs.fields(cls))


#: Types whose values are their own JSON values (cattrs unstructures them as they are).
_PLAIN = frozenset({str, int, bool})
