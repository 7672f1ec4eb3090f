"""The one way a model field states its documentation and its JSON contract.

Every field of every model class carries its description (and, where it applies, the
kinds of object it refers to and extra JSON Schema keywords) in its attrs ``metadata``.
The schema generator, the rule that checks references and the docs all read it from
there, so each fact about a field is written exactly once.
"""

from __future__ import annotations

import collections.abc
import enum
import functools
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any

import attrs

#: Keys under which :func:`doc` stores its facts in a field's ``metadata``.
DESCRIPTION = "newsmodel.description"
REFERS_TO = "newsmodel.refers_to"
SCHEMA = "newsmodel.schema"
JSON_NAME = "newsmodel.json_name"
IDENTIFIER = "newsmodel.identifier"

#: A JSON value as Python holds it, for extensions that newsmodel carries but does not read.
JSON = Any


def doc(
    description: str,
    *,
    refers_to: tuple[type | str, ...] = (),
    schema: Mapping[str, Any] | None = None,
    json_name: str | None = None,
) -> dict[str, Any]:
    """Build the ``metadata`` of a model field.

    ``description`` is one sentence that the schema and the docs reuse. ``refers_to``
    names the model classes of the objects whose ``id`` this field may hold (the rule
    stage checks it): the classes themselves, or, where a class is not defined yet (it
    is defined later in the module, or its module imports this one), its name, which
    :func:`refers_to` resolves and refuses when it names no model class. ``schema`` adds JSON Schema keywords (a pattern, a minimum) to what
    the generator derives from the type. ``json_name`` overrides the camelCase JSON key.
    """
    metadata: dict[str, Any] = {DESCRIPTION: description}
    if refers_to:
        metadata[REFERS_TO] = refers_to
    if schema:
        metadata[SCHEMA] = dict(schema)
    if json_name:
        metadata[JSON_NAME] = json_name
    return metadata


def description_of(field: attrs.Attribute[Any]) -> str:
    """The documented description of ``field``; every model field has one."""
    return str(field.metadata[DESCRIPTION])


def refers_to(field: attrs.Attribute[Any]) -> tuple[type, ...]:
    """The model classes a reference field may point at; empty when it holds no reference.

    Raises :class:`LookupError` when the field names something that is not a model class,
    so that a typo in a reference fails every use of the field instead of passing quietly.
    """
    return tuple(_model_class(kind) for kind in field.metadata.get(REFERS_TO, ()))


def _model_class(kind: type | str) -> type:
    return model_class_named(kind) if isinstance(kind, str) else _checked_class(kind)


@functools.cache
def model_class_named(name: str) -> type:
    """The model class called ``name`` (``"TimeExpression"``); :class:`LookupError` if none is."""
    import newsmodel.model  # here, not at the top: the model's modules import this one

    found = getattr(newsmodel.model, name, None)
    if not (isinstance(found, type) and attrs.has(found)):
        raise LookupError(f"{name!r} names no model class in newsmodel.model")
    return found


def _checked_class(cls: type) -> type:
    if model_class_named(cls.__name__) is not cls:
        raise LookupError(f"{cls!r} is not a model class of newsmodel.model")
    return cls


def extra_schema(field: attrs.Attribute[Any]) -> dict[str, Any]:
    """JSON Schema keywords the field adds to those its type gives."""
    return dict(field.metadata.get(SCHEMA, {}))


def json_name(field: attrs.Attribute[Any]) -> str:
    """The field's key in JSON: its own override, or its name in camelCase."""
    override = field.metadata.get(JSON_NAME)
    return str(override) if override else camel_case(field.name)


def camel_case(name: str) -> str:
    """``date_published`` -> ``datePublished``."""
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


#: Integers beyond this magnitude lose precision in a double (and in JavaScript).
MAX_EXACT_INTEGER = 2**53


def canonical_number(value: int | float | None) -> int | float | None:
    """The one form newsmodel holds and writes a number in.

    ``2.5e9`` and ``2500000000`` are the same value, so they are the same number: a float
    with an integral value within the doubles' exact range (±2**53) becomes an int, and
    ``-0.0`` becomes ``0``, as RFC 8785 (the JSON Canonicalization Scheme) writes them.
    Other numbers are left as they are: a float is written in its shortest round-trip
    form. None (an unknown amount) passes through.
    """
    if isinstance(value, float) and value.is_integer() and abs(value) <= MAX_EXACT_INTEGER:
        return int(value)
    return value


#: The pattern every ``id`` follows: short, URL- and pointer-safe, unique in a document.
ID_PATTERN = r"^[A-Za-z][A-Za-z0-9_.:-]*$"


def id_field(what: str) -> Any:
    """The ``id`` field every referable object has."""
    metadata = doc(
        f"Identifier of this {what}, unique within the document; other objects refer to it.",
        schema={"pattern": ID_PATTERN},
    )
    return attrs.field(metadata={**metadata, IDENTIFIER: True})


def identifier_field(cls: type) -> attrs.Attribute[Any] | None:
    """The field of ``cls`` made by :func:`id_field`, by which other objects refer to it."""
    return next((f for f in attrs.fields(cls) if f.metadata.get(IDENTIFIER)), None)


#: The metadata of every ``extensions`` field: the one explicit place for data that
#: newsmodel carries but does not define. (Written out at each use, not wrapped in a
#: helper, so that type checkers see that the field has a default.)
EXTENSIONS = doc(
    "Data outside the newsmodel vocabulary, keyed by a namespaced name such as "
    "'acme:score'; carried through unchanged.",
    schema={"propertyNames": {"pattern": r"^[A-Za-z][A-Za-z0-9_.-]*:.+$"}},
)


#: A BCP 47 language tag: 'en', 'pt-BR', 'zh-Latn'.
LANGUAGE_PATTERN = r"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"

#: The metadata of the ``annotator`` field every kind of annotation has.
ANNOTATOR = doc(
    "Id of the annotator (a person, a tool or a model) that made this annotation; "
    "several annotators' layers of one article are told apart by it.",
    refers_to=("Annotator",),
)

#: The metadata of the ``confidence`` field every kind of annotation has.
CONFIDENCE = doc(
    "How confident the annotator is in this annotation, from 0 to 1, where it says.",
    schema={"minimum": 0, "maximum": 1},
)


def type_tag(cls: type) -> str:
    """The name by which JSON and messages call a model class: ``AnonymousSource`` ->
    ``anonymous_source``. It is the ``type`` discriminator of union members."""
    name = cls.__name__
    return "".join("_" + c.lower() if c.isupper() and i else c.lower() for i, c in enumerate(name))


# Honest constructors ---------------------------------------------------------------------
#
# Every model class is declared ``@attrs.frozen(kw_only=True, field_transformer=typed_fields)``.
# The transformer gives each field a converter derived from the field's own type, so that a
# constructor converts what has one obvious meaning (an enum's JSON value, a list where a
# tuple belongs) and refuses everything else with a TypeError naming the class, the field
# and what was expected, instead of letting a wrong value fail later, far away (in cattrs,
# in ``hash``, in a rule). A field added later gets the same converter without asking.
#
# Structuring schema-valid JSON hands every constructor values of the right type already,
# so the converter's first step is a set lookup of the value's exact type that returns it
# unchanged: reading pays one lookup per value, not a second conversion
# (``benchmarks/bench_documents.py`` measures it).


class _Mismatch(Exception):
    """A value is not of the expected type; turned into a TypeError naming the field."""

    def __init__(self, expected: str, value: Any, where: str = "") -> None:
        super().__init__(expected)
        self.expected = expected
        self.value = value
        self.where = where


@attrs.frozen
class _Expectation:
    """What a field accepts: the exact types it takes as they are, and how to take the rest."""

    #: Types whose values are accepted unchanged (the fast path).
    exact: frozenset[type]
    #: Accepts or converts any value, or raises :class:`_Mismatch`.
    take: Callable[[Any], Any]
    #: For a tuple field, the exact types of the items accepted unchanged.
    items: frozenset[type] | None = None


def a_or_an(noun: str) -> str:
    """``noun`` after its indefinite article, for messages: ``an artifact``, ``a person``."""
    return f"an {noun}" if noun[:1].lower() in "aeiou" else f"a {noun}"


def _shown(value: Any) -> str:
    text = repr(value)
    text = text if len(text) <= 40 else f"{text[:36]}...{text[-1]}"
    return f"{type(value).__name__} {text}"


def _instance_of(kinds: tuple[type, ...]) -> _Expectation:
    names = [kind.__name__ for kind in kinds]
    expected = a_or_an(" or ".join(names))
    # bool is an int in Python, never in JSON: True is not an offset.
    allows_bool = bool in kinds

    # A field that takes both ints and floats holds every number in its one written form
    # (canonical_number): floats leave the fast path so that 2.5e9 becomes 2500000000.
    numbers = int in kinds and float in kinds

    def take(value: Any) -> Any:
        if isinstance(value, kinds) and (allows_bool or not isinstance(value, bool)):
            return canonical_number(value) if numbers and type(value) is float else value
        raise _Mismatch(expected, value)

    exact = frozenset(kinds) - {float} if numbers else frozenset(kinds)
    return _Expectation(exact=exact, take=take)


def _enum_member(kind: type[enum.Enum]) -> _Expectation:
    by_value = {member.value: member for member in kind}
    expected = f"{a_or_an(kind.__name__)} or one of its values " + ", ".join(map(repr, by_value))

    def take(value: Any) -> Any:
        if isinstance(value, kind):
            return value
        # The JSON value names one member, and only one: convert it.
        if isinstance(value, str) and value in by_value:
            return by_value[value]
        raise _Mismatch(expected, value)

    return _Expectation(exact=frozenset({kind}), take=take)


def _tuple_of(item: _Expectation, item_name: str) -> _Expectation:
    expected = f"a tuple of {item_name}"

    def take(value: Any) -> Any:
        if isinstance(value, (str, bytes)):
            # A string is a sequence of characters, never a sequence of ids.
            raise _Mismatch(f"{expected}, not a single one: write a tuple of one", value)
        if not isinstance(value, (tuple, list)):
            raise _Mismatch(f"{expected} (or a list, which becomes one)", value)
        items = []
        for index, element in enumerate(value):
            try:
                items.append(item.take(element))
            except _Mismatch as mismatch:
                where = f"[{index}]{mismatch.where}"
                raise _Mismatch(mismatch.expected, mismatch.value, where) from None
        return tuple(items)

    return _Expectation(exact=frozenset(), take=take, items=item.exact)


def _optional(inner: _Expectation) -> _Expectation:
    def take(value: Any) -> Any:
        if value is None:
            return None
        try:
            return inner.take(value)
        except _Mismatch as mismatch:
            raise _Mismatch(f"{mismatch.expected}, or None", value, mismatch.where) from None

    return attrs.evolve(inner, exact=inner.exact | {type(None)}, take=take)


def _mapping(value: Any) -> Any:
    if isinstance(value, Mapping):
        return value
    raise _Mismatch("a mapping", value)


def _anything(value: Any) -> Any:
    return value


def _type_name(hint: Any) -> str:
    if isinstance(hint, type):
        return hint.__name__
    members = [_type_name(arg) for arg in typing.get_args(hint) if arg is not type(None)]
    return " or ".join(members) if members else str(hint)


def _expectation(hint: Any) -> _Expectation:
    """What a field of type ``hint`` accepts, and what it converts."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        members = tuple(arg for arg in args if arg is not type(None))
        if len(members) == 1:
            inner = _expectation(members[0])
        elif all(isinstance(member, type) for member in members):
            inner = _instance_of(members)
        else:
            raise NotImplementedError(f"no constructor check for the type {hint}")
        return _optional(inner) if len(members) < len(args) else inner
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return _tuple_of(_expectation(args[0]), _type_name(args[0]))
    if origin in (dict, collections.abc.Mapping) or hint in (dict, Mapping):
        return _Expectation(exact=frozenset({dict}), take=_mapping)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return _enum_member(hint)
    if isinstance(hint, type) and hint is not object:
        return _instance_of((hint,))
    if hint is Any:
        return _Expectation(exact=frozenset(), take=_anything)
    raise NotImplementedError(f"no constructor check for the type {hint}")


def _typed_converter(owner: type, field_name: str) -> Callable[[Any], Any]:
    where = f"{owner.__qualname__}.{field_name}"
    # Empty until the first value arrives: the annotation is resolved then, when every
    # class it names exists (a module's classes may refer to ones defined after them).
    exact: frozenset[type] = frozenset()
    items: frozenset[type] | None = None
    take: Callable[[Any], Any] | None = None

    def convert(value: Any) -> Any:
        kind = type(value)
        if kind in exact:
            return value
        if kind is tuple and items is not None:
            for item in value:
                if type(item) not in items:
                    break
            else:
                return value
        return convert_slowly(value)

    def convert_slowly(value: Any) -> Any:
        nonlocal exact, items, take
        if take is None:
            expectation = _expectation(typing.get_type_hints(owner)[field_name])
            exact, items, take = expectation.exact, expectation.items, expectation.take
        try:
            return take(value)
        except _Mismatch as mismatch:
            raise TypeError(
                f"{where}{mismatch.where}: expected {mismatch.expected}, "
                f"got {_shown(mismatch.value)}"
            ) from None

    convert.__newsmodel_typed__ = True  # type: ignore[attr-defined]
    return convert


def typed_fields(cls: type, fields: list[attrs.Attribute[Any]]) -> list[attrs.Attribute[Any]]:
    """The attrs ``field_transformer`` of every model class: see the note above."""
    transformed = []
    for field in fields:
        converter: Any = _typed_converter(cls, field.name)
        if field.converter is not None:
            # The field's own converter first (a cue given as one anchor becomes a tuple
            # of one), then the check every field gets.
            declared = field.converter
            converter = attrs.converters.pipe(declared, converter)
            converter.__newsmodel_typed__ = True
            converter.__newsmodel_declared__ = declared
        transformed.append(field.evolve(converter=converter))
    return transformed


def is_typed(field: attrs.Attribute[Any]) -> bool:
    """Whether ``field`` got its converter from :func:`typed_fields`."""
    return bool(getattr(field.converter, "__newsmodel_typed__", False))


def declared_converter(field: attrs.Attribute[Any]) -> Callable[[Any], Any] | None:
    """The converter ``field`` declared itself, which :func:`typed_fields` runs before its
    type check; None for a field that declared none."""
    declared: Callable[[Any], Any] | None = getattr(field.converter, "__newsmodel_declared__", None)
    return declared
