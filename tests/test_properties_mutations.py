"""Mutations of valid documents: each is rejected with the code it deserves, none crashes.

A mutation works on the JSON form of a generated valid document and says what it expects:
the code and pointer of the problem it causes, or that the document stays valid (an
anchor moved onto identical words). Where to mutate is found the way the rules find it,
by walking the document with the model classes, so every class and field is a candidate.

Generating an article costs ten times what validating one does, so one property draws
one article per example and applies every mutation, each to its own copy of it; a
mutation that finds no place in that article (no quantity to put out of order) says so
with :class:`NotApplicable`, and the others still run.
"""

from __future__ import annotations

import copy
import enum
import functools
import json
import operator
import types
import typing
from collections.abc import Callable, Collection, Iterator, Mapping
from typing import Any

import attrs
from hypothesis import event, given, settings
from hypothesis import strategies as st

from newsmodel import Anchor, Article, Quantity, ValidationError, from_json, loads
from newsmodel.codec import structure, unstructure
from newsmodel.codec.converter import DISCRIMINATOR
from newsmodel.errors import pointer
from newsmodel.model._fields import extra_schema, json_name, refers_to, type_tag
from newsmodel.model.entities import ENTITY_CLASSES
from newsmodel.strategies import articles, ids
from newsmodel.strategies.values import json_values
from newsmodel.validation import RULES, validate_parsed
from newsmodel.validation.schema_stage import schema_problems
from newsmodel.validation.walk import Path

#: A mutation's promise: the (code, pointer) of a problem it causes, or None for none.
Expected = tuple[str, str] | None
Mutation = Callable[[dict[str, Any], st.DataObject], Expected]

RULE_CODES = frozenset(rule.code for rule in RULES)


class NotApplicable(Exception):
    """The drawn document holds no place for this mutation."""


def _applicable(condition: object) -> None:
    if not condition:
        raise NotApplicable


ENTITY_TAGS = frozenset(type_tag(cls) for cls in ENTITY_CLASSES)


# --- finding places in a document ---------------------------------------------------------


def _hint(cls: type, name: str) -> Any:
    """The type of field ``name`` without ``None`` (``int | float | None`` -> ``int | float``)."""
    hint = typing.get_type_hints(cls)[name]
    if typing.get_origin(hint) in (typing.Union, type(int | None)):
        rest = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return functools.reduce(operator.or_, rest)
    return hint


@functools.cache
def _fields(cls: type) -> list[tuple[str, attrs.Attribute[Any], Any]]:
    """Each field's JSON key, attribute and type without None; worked out once per class."""
    return [(json_name(f), f, _hint(cls, f.name)) for f in attrs.fields(cls)]


@functools.cache
def _required(cls: type) -> list[str]:
    keys = [key for key, field, _ in _fields(cls) if field.default is attrs.NOTHING]
    if cls is Article:
        keys.append("$schema")  # it has a default in Python, but every document names it
    if cls in ENTITY_CLASSES:
        keys.append(DISCRIMINATOR)
    return keys


@functools.cache
def _known_keys(cls: type) -> set[str]:
    keys = {key for key, _, _ in _fields(cls)}
    return keys | {DISCRIMINATOR} if cls in ENTITY_CLASSES else keys


@attrs.frozen
class Located:
    """One model object's JSON value in a document (which may already be mutated), its
    class and where it is. Validation walks objects; a mutation needs the JSON itself."""

    cls: type
    data: Mapping[str, Any]
    path: Path


@attrs.frozen
class Reference:
    """One id held by a reference field, with the classes it may name."""

    target: str
    allowed: tuple[type, ...]
    path: Path


def _model_classes(hint: Any) -> tuple[type, ...]:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return tuple(c for arg in typing.get_args(hint) for c in _model_classes(arg))
    if typing.get_origin(hint) is tuple:
        return _model_classes(typing.get_args(hint)[0])
    return (hint,) if attrs.has(hint) else ()


def objects(document: Mapping[str, Any]) -> Iterator[Located]:
    """Every model object's JSON value, guided by the classes' type hints."""
    stack = [Located(Article, document, ())]
    while stack:
        located = stack.pop()
        yield located
        children = []
        for key, _, hint in _fields(located.cls):
            classes = _model_classes(hint)
            if key not in located.data or not classes:
                continue
            value = located.data[key]
            items = enumerate(value) if isinstance(value, list) else [(None, value)]
            for index, item in items:
                cls = classes[0]
                if len(classes) > 1:
                    cls = next(c for c in classes if type_tag(c) == item[DISCRIMINATOR])
                path = (*located.path, key) if index is None else (*located.path, key, index)
                children.append(Located(cls, item, path))
        stack.extend(reversed(children))


def references(located: Located) -> Iterator[Reference]:
    for key, field, _ in _fields(located.cls):
        allowed = refers_to(field)
        if allowed and key in located.data:
            value = located.data[key]
            for index, target in enumerate(value) if isinstance(value, list) else [(None, value)]:
                path = (*located.path, key) if index is None else (*located.path, key, index)
                yield Reference(target, allowed, path)


def _located(document: dict[str, Any]) -> list[Located]:
    return list(objects(document))


def _ids(document: dict[str, Any]) -> dict[str, Located]:
    return {
        item.data["id"]: item
        for item in _located(document)
        if len(item.path) == 2 and "id" in item.data
    }


def _set(document: Any, path: Path, value: Any) -> None:
    *parents, last = path
    for part in parents:
        document = document[part]
    document[last] = value


def _resolves(document: Any, where: str) -> bool:
    """Whether the JSON pointer ``where`` names a value in ``document``."""
    for token in where.split("/")[1:]:
        key = token.replace("~1", "/").replace("~0", "~")
        if isinstance(document, dict) and key in document:
            document = document[key]
        elif isinstance(document, list) and key.isdigit() and int(key) < len(document):
            document = document[int(key)]
        else:
            return False
    return True


def _json_type(hint: Any) -> str | None:
    """The JSON type the schema gives a field of type ``hint`` (None for enums and consts)."""
    if typing.get_origin(hint) is tuple:
        return "array"
    if set(typing.get_args(hint)) == {int, float}:
        return "number"
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return None
    if attrs.has(hint) or typing.get_origin(hint) is Mapping:
        return "object"
    return {str: "string", bool: "boolean", int: "integer"}[hint]


#: The JSON types, and for each the other types its values also belong to (7 is a number).
_JSON_TYPES = {
    "string": (),
    "integer": ("number",),
    "number": (),
    "boolean": (),
    "null": (),
    "array": (),
    "object": (),
}


def _unused(name: str, taken: Collection[str]) -> str:
    """``name``, or ``name`` made longer until ``taken`` does not hold it.

    Rather than a strategy's filter, which abandons the whole example (and with it every
    other mutation of the same document) when it keeps failing.
    """
    while name in taken:
        name += "x"
    return name


def _value_of(json_type: str) -> Any:
    """A fresh value of ``json_type`` (a new list or dict each time, shared with nothing)."""
    examples = {"string": "text", "integer": 7, "number": 2.5, "boolean": True, "null": None}
    return {"array": [], "object": {}}.get(json_type, examples.get(json_type))


# --- the mutations the issue names, and a few more -------------------------------------------


def drop_required_key(document: dict[str, Any], data: st.DataObject) -> Expected:
    places = [(item, key) for item in _located(document) for key in _required(item.cls)]
    item, key = data.draw(st.sampled_from(places))
    del typing.cast(dict[str, Any], item.data)[key]
    if key == "$schema":
        return "schema.version_missing", ""
    return "schema.required", pointer(*item.path)


def wrong_type(document: dict[str, Any], data: st.DataObject) -> Expected:
    places = [
        (item, key, json_type)
        for item in _located(document)
        for key, _, hint in _fields(item.cls)
        if key in item.data and key != "$schema" and (json_type := _json_type(hint))
    ]
    item, key, json_type = data.draw(st.sampled_from(places))
    wrong = [other for other, also in _JSON_TYPES.items() if json_type not in (other, *also)]
    _set(document, (*item.path, key), _value_of(data.draw(st.sampled_from(wrong))))
    return "schema.type", pointer(*item.path, key)


def shift_offset(document: dict[str, Any], data: st.DataObject) -> Expected:
    text = document["text"]
    anchors = [item for item in _located(document) if item.cls is Anchor]
    _applicable(anchors)
    item = data.draw(st.sampled_from(anchors))
    which = data.draw(st.sampled_from([("start",), ("end",), ("start", "end")]))
    delta = data.draw(st.integers(1, len(text) + 1)) * data.draw(st.sampled_from([1, -1]))
    for key in which:
        _set(document, (*item.path, key), item.data[key] + delta)
    start, end, exact = item.data["start"], item.data["end"], item.data["exact"]
    for key in which:
        if item.data[key] < 0:
            return "schema.minimum", pointer(*item.path, key)
    if not start < end <= len(text):
        return "anchor.out_of_range", pointer(*item.path)
    if text[start:end] != exact:
        return "anchor.text_mismatch", pointer(*item.path, "exact")
    return None  # moved onto the very same words: still right


def alter_exact_text(document: dict[str, Any], data: st.DataObject) -> Expected:
    anchors = [item for item in _located(document) if item.cls is Anchor]
    _applicable(anchors)
    item = data.draw(st.sampled_from(anchors))
    exact = item.data["exact"]
    # Candidates filtered here, not by a strategy's filter: a filter that rejects every
    # try would abandon the example, and with it every other mutation of this document.
    near = [new for new in (exact + exact[-1], exact[1:], exact.upper()) if new and new != exact]
    other = st.text(min_size=1).map(lambda new: new if new != exact else new + "x")
    altered = data.draw(st.one_of(st.sampled_from(near), other) if near else other)
    _set(document, (*item.path, "exact"), altered)
    return "anchor.text_mismatch", pointer(*item.path, "exact")


def dangling_reference(document: dict[str, Any], data: st.DataObject) -> Expected:
    refs = [ref for item in _located(document) for ref in references(item)]
    _applicable(refs)
    ref = data.draw(st.sampled_from(refs))
    existing = _ids(document)
    _set(document, ref.path, _unused(data.draw(ids), existing))
    return "ref.dangling", pointer(*ref.path)


def reference_to_the_wrong_kind(document: dict[str, Any], data: st.DataObject) -> Expected:
    targets = _ids(document)
    pairs = [
        (ref, name)
        for item in _located(document)
        for ref in references(item)
        for name, target in targets.items()
        if target.cls not in ref.allowed
    ]
    _applicable(pairs)
    ref, name = data.draw(st.sampled_from(pairs))
    _set(document, ref.path, name)
    return "ref.wrong_type", pointer(*ref.path)


def unknown_key(document: dict[str, Any], data: st.DataObject) -> Expected:
    item = data.draw(st.sampled_from(_located(document)))
    known = _known_keys(item.cls)
    key = _unused(data.draw(st.text(min_size=1, max_size=8)), known)
    typing.cast(dict[str, Any], item.data)[key] = data.draw(json_values)
    return "schema.additional_properties", pointer(*item.path, key)


def _misspellings(value: str) -> list[str]:
    return [
        value.lower(),
        value.upper(),
        value + "s",
        value[:-1],
        value[1:] + value[:1],
        value.replace("_", "-"),
        " " + value,
    ]


def misspell_enum(document: dict[str, Any], data: st.DataObject) -> Expected:
    places = []
    for item in _located(document):
        for key, _, hint in _fields(item.cls):
            if key in item.data and isinstance(hint, type) and issubclass(hint, enum.Enum):
                places.append((item, key, {member.value for member in hint}))
        if item.cls in ENTITY_CLASSES:
            places.append((item, DISCRIMINATOR, ENTITY_TAGS))
    item, key, allowed = data.draw(st.sampled_from(places))
    misspellings = [v for v in _misspellings(item.data[key]) if v not in allowed]
    _applicable(misspellings)
    misspelt = data.draw(st.sampled_from(misspellings))
    _set(document, (*item.path, key), misspelt)
    return "schema.enum", pointer(*item.path, key)


def duplicate_id(document: dict[str, Any], data: st.DataObject) -> Expected:
    identified = [item for item in _located(document) if len(item.path) == 2 and "id" in item.data]
    _applicable(len(identified) >= 2)
    first, second = sorted(
        data.draw(
            st.lists(st.sampled_from(range(len(identified))), min_size=2, max_size=2, unique=True)
        )
    )
    later = identified[second]
    _set(document, (*later.path, "id"), identified[first].data["id"])
    return "id.duplicate", pointer(*later.path, "id")


def bounds_out_of_order(document: dict[str, Any], data: st.DataObject) -> Expected:
    quantities = [item for item in _located(document) if item.cls is Quantity]
    _applicable(quantities)
    item = data.draw(st.sampled_from(quantities))
    high = data.draw(st.integers(-1000, 1000))
    low = high + data.draw(st.integers(1, 1000))
    _set(document, (*item.path, "minimum"), low)
    _set(document, (*item.path, "maximum"), high)
    return "quantity.bounds", pointer(*item.path, "minimum")


def break_a_pattern(document: dict[str, Any], data: st.DataObject) -> Expected:
    """End a value the schema gives a pattern (an id, a reference, a language tag, a TIMEX3
    value, an extension's key) with a line terminator: ECMA-262's "$" and "." refuse it."""
    places: list[tuple[Path, Path]] = []
    for item in _located(document):
        for key, field, _ in _fields(item.cls):
            if key not in item.data:
                continue
            if key == "extensions":
                names = [(*item.path, key, name) for name in item.data[key]]
                places.extend((name, (*item.path, key)) for name in names)
            elif "pattern" in extra_schema(field) or refers_to(field):
                value = item.data[key]
                if isinstance(value, list):
                    places.extend(((*item.path, key, i),) * 2 for i in range(len(value)))
                else:
                    places.append(((*item.path, key),) * 2)
    _applicable(places)
    where, reported = data.draw(st.sampled_from(places))
    ending = data.draw(st.sampled_from(["\n", "\r", "\u2028"]))
    if len(where) >= 2 and where[-2] == "extensions":
        extensions = _get(document, where[:-1])
        extensions[where[-1] + ending] = extensions.pop(where[-1])
        # A key is reported at the value it names, under its own code.
        return "schema.property_names", pointer(*where[:-1], where[-1] + ending)
    _set(document, where, _get(document, where) + ending)
    return "schema.pattern", pointer(*reported)


MUTATIONS: list[Mutation] = [
    drop_required_key,
    wrong_type,
    shift_offset,
    alter_exact_text,
    dangling_reference,
    reference_to_the_wrong_kind,
    unknown_key,
    misspell_enum,
    duplicate_id,
    bounds_out_of_order,
    break_a_pattern,
]


def _check_mutation(mutate: Mutation, article: Article, data: st.DataObject) -> None:
    document = unstructure(article)
    try:
        expected = mutate(document, data)
    except NotApplicable:
        event(f"{mutate.__name__}: no place in this document")
        return
    report = validate_parsed(document)
    found = {(problem.code, problem.pointer) for problem in report.errors}
    if expected is None:
        assert report.valid, (mutate.__name__, report.problems)
    else:
        assert expected in found, (mutate.__name__, expected, report.problems)


# --- no mutation at all makes validation crash ---------------------------------------------


def _places(node: Any, path: Path = ()) -> list[Path]:
    """Every value in a JSON tree, by its path (the root is the empty path)."""
    found = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            found.extend(_places(value, (*path, key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(_places(value, (*path, index)))
    return found


def _get(document: Any, path: Path) -> Any:
    for part in path:
        document = document[part]
    return document


#: Values an edit may put anywhere: any JSON, integral floats (JSON does not tell 3 from
#: 3.0), integers a double cannot hold, ids that exist and do not.
_ANY_VALUES = st.one_of(
    json_values,
    st.integers(-100, 10**20).map(float),
    st.integers(-(2**64), 2**64),
    ids,
    st.sampled_from(["", "\r\n", "1998-02-30", "P", "https://", "CT+"]),
)


def random_edit(document: dict[str, Any], data: st.DataObject) -> dict[str, Any]:
    """One edit anywhere in ``document``; returns the (possibly new) root."""
    path = data.draw(st.sampled_from(_places(document)))
    value = _get(document, path)
    action = data.draw(st.sampled_from(["replace", "delete", "add", "nudge"]))
    if action == "replace" or (not path and action == "delete"):
        new = data.draw(_ANY_VALUES)
        if not path:
            return typing.cast(dict[str, Any], new)
        _set(document, path, new)
    elif action == "delete":
        parent = _get(document, path[:-1])
        del parent[path[-1]]
    elif action == "add" and isinstance(value, dict):
        value[data.draw(st.text(max_size=6))] = data.draw(_ANY_VALUES)
    elif action == "add" and isinstance(value, list):
        copied = copy.deepcopy(data.draw(st.sampled_from(value))) if value else None
        value.append(copied if value else data.draw(_ANY_VALUES))
    elif action == "nudge" and isinstance(value, (int, float)) and not isinstance(value, bool):
        nudged = data.draw(st.sampled_from([value + 1, value - 1, float(value), -value]))
        _set(document, path, nudged)
    elif action == "nudge" and isinstance(value, str):
        _set(document, path, data.draw(st.sampled_from([value + "x", value[1:], value.upper()])))
    return document


def _read(read: Callable[[], Article]) -> Article | ValidationError:
    """What reading gives: the article, or newsmodel's own error (anything else escapes)."""
    try:
        return read()
    except ValidationError as error:
        return error


def _check_random_edits(article: Article, data: st.DataObject) -> None:
    """No edit at all makes validation crash, or report a pointer to nothing."""
    document: Any = unstructure(article)
    for _ in range(data.draw(st.integers(1, 3))):
        document = random_edit(document, data)
    report = validate_parsed(document)  # never raises
    for problem in report.problems:
        assert problem.code.startswith("schema.") or problem.code in RULE_CODES
        assert _resolves(document, problem.pointer), problem
    try:
        written = json.dumps(document, ensure_ascii=False, allow_nan=False).encode()
    except ValueError:
        return  # NaN or infinity: no JSON text to read
    outcome = _read(lambda: loads(written))  # UnreadableDocumentError is a ValidationError
    assert isinstance(outcome, Article) or outcome.problems


# --- what the schema accepts always structures ------------------------------------------------


def _schema_preserving_edit(document: dict[str, Any], data: st.DataObject) -> None:
    """An edit the schema cannot see: only the rules (if anything) reject the result."""
    located = _located(document)
    edit = data.draw(
        st.sampled_from(["rule_mutation", "integral_float", "explicit_default", "drop_optional"])
    )
    if edit == "rule_mutation":
        mutate = data.draw(
            st.sampled_from(
                [
                    alter_exact_text,
                    dangling_reference,
                    reference_to_the_wrong_kind,
                    duplicate_id,
                    bounds_out_of_order,
                ]
            )
        )
        mutate(document, data)
    elif edit == "integral_float":
        # 3.0 is an integer to JSON Schema; the rules and the codec must agree.
        numbers = [
            (*item.path, key)
            for item in located
            for key, value in item.data.items()
            if isinstance(value, int) and not isinstance(value, bool)
        ]
        _applicable(numbers)
        where = data.draw(st.sampled_from(numbers))
        _set(document, where, float(_get(document, where)))
    elif edit == "explicit_default":
        places = [
            (item, key)
            for item in located
            for key, field, hint in _fields(item.cls)
            if hint is bool and field.default is False and key not in item.data
        ]
        _applicable(places)
        item, key = data.draw(st.sampled_from(places))
        typing.cast(dict[str, Any], item.data)[key] = False
    else:
        places = [
            (item, key)
            for item in located
            for key, field, _ in _fields(item.cls)
            if key in item.data and field.default is not attrs.NOTHING and key != "$schema"
        ]
        _applicable(places)
        item, key = data.draw(st.sampled_from(places))
        del typing.cast(dict[str, Any], item.data)[key]


def _check_schema_preserving_edits(article: Article, data: st.DataObject) -> None:
    """What the schema accepts always structures, or gets a rule's code."""
    document = unstructure(article)
    for _ in range(data.draw(st.integers(1, 3))):
        try:
            _schema_preserving_edit(document, data)
        except NotApplicable:
            event("schema-preserving edit: no place in this document")
    assert list(schema_problems(document)) == []
    structured = structure(copy.deepcopy(document), Article)
    assert list(schema_problems(unstructure(structured))) == []
    outcome = _read(lambda: from_json(document))
    if isinstance(outcome, Article):
        assert outcome == structured
    else:
        assert outcome.problems
        assert set(outcome.codes) <= RULE_CODES


# --- one article per example, every check on a copy of it ------------------------------------


# A mutation finds no place in about one document in six (no quantity to put out of
# order): a fifth more examples keeps each mutation at the profile's count, or more.
@settings(max_examples=settings.default.max_examples * 6 // 5)
@given(article=articles(), data=st.data())
def test_every_mutation_of_a_valid_document_is_caught_and_none_crashes(
    article: Article, data: st.DataObject
) -> None:
    for mutate in MUTATIONS:
        _check_mutation(mutate, article, data)
    _check_random_edits(article, data)
    _check_schema_preserving_edits(article, data)
