"""Structuring a schema-valid document without checking it a second time.

:func:`~newsmodel.codec.structure` goes through cattrs and the model's constructors,
whose converters check every value's type (see :func:`~newsmodel.model._fields.typed_fields`).
Once the schema stage has passed, those checks are redundant: every value already has
its field's type. This module builds, per model class, one function that reads the
class's keys and sets its fields directly (``object.__new__``, then each field's slot, as
the attrs constructor itself sets them), taking each value only where it is *exactly* what
the checked path would keep unchanged: a ``str`` for a ``str`` field, a list of
``Anchor`` mappings for ``tuple[Anchor, ...]``, an enum's value for the enum. Anything
else (a key the class lacks, a float in an ``int`` field, a tag of no union member)
raises :class:`NotTrusted`, and the caller structures the document by the checked path,
which converts or refuses it exactly as before. So the objects are the same, equal and of
the same types, whichever path made them; the tests compare the two on the examples, the
corpus and generated documents.

While it builds, the structurer records every model object with where it is (a
:class:`~newsmodel.codec.located.Located`: its holder and the key and index it is at),
parents before children and in document order: the order in which
:func:`newsmodel.validation.walk.objects` would find them, so the rules need no second walk.
"""

from __future__ import annotations

import enum
import threading
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import attrs

from newsmodel.codec.converter import DISCRIMINATOR, structure
from newsmodel.codec.located import Located
from newsmodel.model._fields import canonical_number, declared_converter, json_name, type_tag
from newsmodel.model.entities import ENTITY_CLASSES

T = TypeVar("T")

#: The model objects found while structuring, each with where it is, parents first.
Found = list[Located[Any]]
#: A generated function: (JSON object, the Located of the object holding it, the key and
#: index it is at there, the objects found so far) -> model object.
_Structurer = Callable[[Any, "Located[Any] | None", "str | None", "int | None", Found], Any]


class NotTrusted(Exception):
    """The input is not what a schema-valid document holds; use the checked path."""


def structure_trusted(data: Any, cls: type[T], found: Found | None = None) -> T:
    """The model object of class ``cls`` that schema-valid ``data`` describes.

    Appends each model object built, located, to ``found`` when given. Raises
    :class:`NotTrusted` (or the ``KeyError``, ``TypeError`` or ``AttributeError`` of a
    missing key, an unhashable value or a list where an object belongs) where ``data``
    holds anything the checked path would convert or refuse rather than keep.
    """
    result: T = _structurer(cls)(data, None, None, None, [] if found is None else found)
    return result


#: The structurer of each class, once made (read without a lock: only whole sets of
#: finished structurers are added to it).
_STRUCTURERS: dict[type, _Structurer] = {}
#: Those being made, by the one thread that holds the lock.
_PENDING: dict[type, _Structurer] = {}
_MAKING = threading.RLock()


def _structurer(cls: type) -> _Structurer:
    known = _STRUCTURERS.get(cls)
    if known is not None:
        return known
    with _MAKING:
        known = _STRUCTURERS.get(cls) or _PENDING.get(cls)
        if known is not None:
            return known
        outermost = not _PENDING
        # Registered before it is generated, through a forwarder, so that a class that
        # (indirectly) holds itself finds its own structurer.
        cell: list[_Structurer] = []
        _PENDING[cls] = lambda data, holder, key, index, found: cell[0](
            data, holder, key, index, found
        )
        try:
            cell.append(_generate(cls))
            _PENDING[cls] = cell[0]
            if outermost:
                # Published together: no other thread sees a forwarder not yet filled.
                _STRUCTURERS.update(_PENDING)
        finally:
            if outermost:
                _PENDING.clear()
        return cell[0]


def _not_trusted(what: str) -> Any:
    raise NotTrusted(what)


def _generate(cls: type) -> _Structurer:
    """Write, compile and return the structurer of ``cls``."""
    if getattr(cls, "__attrs_post_init__", None) or any(
        field.validator or not field.init for field in attrs.fields(cls)
    ):
        # Such a class does more than convert its fields: it must go through its constructor.
        raise NotImplementedError(
            f"{cls.__qualname__} has a validator, a post-init or a field set outside __init__"
        )
    hints = typing.get_type_hints(cls)
    names: dict[str, Any] = {
        "cls": cls,
        "new": object.__new__,
        "not_trusted": _not_trusted,
        "canonical": canonical_number,
        "located": Located,
    }
    fields = attrs.fields(cls)
    keys = {json_name(field) for field in fields}
    lines = [
        "def structure(data, holder, key, index, found):",
        # (An AttributeError where data is not a mapping.)
        "    if not data.keys() <= keys:",
        "        not_trusted('the keys of ' + cls.__qualname__)",
    ]
    if cls in ENTITY_CLASSES:
        # A union member reads its own tag, as the converter's member hook does.
        keys.add(DISCRIMINATOR)
        names["tag"] = type_tag(cls)
        lines.append(f"    if data.get({DISCRIMINATOR!r}, tag) != tag: not_trusted('tag')")
    names["keys"] = frozenset(keys)
    lines += [
        # Made, and found, before its children: parents come first.
        "    obj = new(cls)",
        "    here = located(obj, holder, key, index)",
        "    found.append(here)",
    ]
    for number, field in enumerate(fields):
        value = f"v{number}"
        key = json_name(field)
        if field.default is attrs.NOTHING:
            lines.append(f"    {value} = data[{key!r}]")
        else:
            names[f"default{number}"], call = _default_of(field)
            lines += [
                f"    {value} = data.get({key!r}, absent)",
                f"    if {value} is absent:",
                f"        {value} = default{number}{call}",
                "    else:",
            ]
        take = _take(hints[field.name], value, repr(key), f"t{number}_", names)
        if field.default is not attrs.NOTHING:
            take = ["    " + line for line in take]
        lines += take
        if declared_converter(field) is not None:
            # The field converts what it is given (one anchor into a tuple of one): as
            # the constructor does, after the value has been structured.
            names[f"convert{number}"] = field.converter
            lines.append(f"    {value} = convert{number}({value})")
        names[f"set{number}"] = _setter(cls, field.name)
        lines.append(f"    set{number}(obj, {value})")
    lines.append("    return obj")
    names["absent"] = _ABSENT
    namespace: dict[str, Any] = {}
    source = "\n".join(lines)
    exec(
        compile(source, f"<newsmodel trusted structure {cls.__qualname__}>", "exec"),
        names,
        namespace,
    )
    structure: _Structurer = namespace["structure"]
    return structure


_ABSENT = object()


def _setter(cls: type, name: str) -> Callable[[Any, Any], None]:
    """What sets field ``name`` of a new ``cls`` object, as its constructor would.

    For a slotted class, its slot's own setter, which is a third faster than
    ``object.__setattr__`` (the reference article's 413 objects have 2,165 fields).
    """
    for klass in cls.__mro__:
        slot = klass.__dict__.get(name)
        if isinstance(slot, types.MemberDescriptorType):
            set_slot: Callable[[Any, Any], None] = slot.__set__
            return set_slot
    return lambda obj, value: object.__setattr__(obj, name, value)


def _default_of(field: attrs.Attribute[Any]) -> tuple[Any, str]:
    """What an absent key gives (a value, or a factory and the call that makes one)."""
    default: Any = field.default
    convert: Any = field.converter
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        if default.takes_self:
            raise NotImplementedError(f"{field.name}: a default that takes self")
        made = default.factory()
        if convert is not None and convert(made) is not made:
            raise NotImplementedError(f"{field.name}: its converter changes its default")
        return default.factory, "()"
    converted = convert(default) if convert is not None else default
    return converted, ""


def _take(hint: Any, value: str, key: str, prefix: str, names: dict[str, Any]) -> list[str]:
    """Lines that check ``value`` (a local) against ``hint`` and replace it by what the
    checked path would make of it; ``key`` is the JSON key it is at, as source."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType) and type(None) in args:
        members = tuple(arg for arg in args if arg is not type(None))
        inner = members[0] if len(members) == 1 else typing.Union[members]  # noqa: UP007
        take = _take(inner, value, key, prefix, names)
        return [f"    if {value} is not None:", *("    " + line for line in take)]
    if set(args) == {int, float} and origin in (typing.Union, types.UnionType):
        # One written form per number: 2.0 is held as 2 (canonical_number).
        return [
            f"    if type({value}) is float: {value} = canonical({value})",
            f"    elif type({value}) is not int: not_trusted('a number')",
        ]
    if hint in (str, int, bool):
        names[hint.__name__] = hint
        return [f"    if type({value}) is not {hint.__name__}: not_trusted({hint.__name__!r})"]
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        # A KeyError for a value of no member, as for any missing key.
        names[f"{prefix}members"] = {member.value: member for member in hint}
        return [f"    {value} = {prefix}members[{value}]"]
    if origin in (Mapping, dict) or hint is dict:
        # Extensions: a copy of the JSON object, as the converter makes.
        names["dict"] = dict
        return [
            f"    if type({value}) is not dict: not_trusted('an object')",
            f"    {value} = dict({value})",
        ]
    if attrs.has(hint):
        names[f"{prefix}structure"] = _structurer(hint)
        return [f"    {value} = {prefix}structure({value}, here, {key}, None, found)"]
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return _take_tuple(args[0], value, key, prefix, names)
    raise NotImplementedError(f"no trusted structuring for the type {hint}")


def _take_tuple(item: Any, value: str, key: str, prefix: str, names: dict[str, Any]) -> list[str]:
    check = [f"    if type({value}) is not list: not_trusted('a list')"]
    names["tuple"] = tuple
    if item is str:
        names["str"] = str
        return [
            *check,
            f"    for item in {value}:",
            "        if type(item) is not str: not_trusted('str')",
            f"    {value} = tuple({value})",
        ]
    union = typing.get_origin(item) in (typing.Union, types.UnionType)
    members = typing.get_args(item) if union else (item,)
    if not all(attrs.has(member) for member in members):
        raise NotImplementedError(f"no trusted structuring for a tuple of {item}")
    if len(members) == 1:
        names[f"{prefix}structure"] = _structurer(item)
        build = f"{prefix}structure(item, here, {key}, index, found)"
    else:
        # A tagged union: the member its tag names (a KeyError for no member).
        names[f"{prefix}by_tag"] = {type_tag(member): _structurer(member) for member in members}
        build = f"{prefix}by_tag[item[{DISCRIMINATOR!r}]](item, here, {key}, index, found)"
    names["enumerate"] = enumerate
    return [*check, f"    {value} = tuple([{build} for index, item in enumerate({value})])"]


def structure_valid(data: Any, cls: type[T]) -> tuple[T, Found | None]:
    """The model object of schema-valid ``data``, and the objects found while making it.

    Takes the trusted path (``structure_trusted``) and, where the input holds
    anything that path does not take as it is, the checked one
    (:func:`~newsmodel.codec.structure`), which gives no objects found (None) and raises
    what it raises.
    """
    found: Found = []
    try:
        return structure_trusted(data, cls, found), found
    except (NotTrusted, KeyError, TypeError, AttributeError):
        return structure(data, cls), None
