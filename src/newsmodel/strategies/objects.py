"""Model objects generated from the classes themselves, inside a document's scope.

One generic builder reads each class the way the schema generator does: its type hints
say which strategy a field takes, and its metadata says the rest (``refers_to``: which
kinds of object a reference may point at; a ``pattern`` or ``format``: which strings are
allowed). A new field therefore gets generated without touching this module. What only
the rules state (bounds in order, a comparator with a value, a TIMEX3 value that fits its
type) is written once per class in :data:`_CONSTRAINTS`; if a rule is added and this
table not updated, the property that every generated document is valid fails and says so.

A :class:`Scope` is what an object may point at: the article's text, and the ids of the
objects of each kind. A reference to an object of the referring object's own kind only
points at an earlier one, so that nesting and anchoring chains never form a cycle.
"""

from __future__ import annotations

import enum
import functools
import operator
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any

import attrs
from hypothesis import strategies as st

from newsmodel.model import (
    Anchor,
    Appearance,
    Claim,
    Commitment,
    Correction,
    CorrectionKind,
    FactCheckReview,
    Organization,
    Provenance,
    Quantity,
    Rating,
    TimeExpression,
    TimexType,
    Work,
)
from newsmodel.model._fields import extra_schema, refers_to, type_tag
from newsmodel.model.entities import ENTITY_CLASSES
from newsmodel.strategies import values
from newsmodel.strategies.text import anchors

#: The referring object's own kind and its index among the objects of that kind.
Own = tuple[str, int]


@attrs.frozen
class Scope:
    """What a generated object may point at: the text, and the ids of each kind in order."""

    text: str
    ids: Mapping[str, tuple[str, ...]]

    def targets(self, allowed: tuple[type, ...], own: Own | None) -> tuple[str, ...]:
        """The ids a reference that ``allowed`` these classes may hold, from an ``own`` object."""
        found: list[str] = []
        for kind in map(type_tag, allowed):
            candidates = self.ids.get(kind, ())
            if own is not None and kind == own[0]:
                candidates = candidates[: own[1]]
            found.extend(candidates)
        return tuple(found)


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _without_none(hint: Any) -> Any:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        rest = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return rest[0] if len(rest) == 1 else functools.reduce(operator.or_, rest)
    return hint


def _optional(field: attrs.Attribute[Any]) -> bool:
    return field.default is not attrs.NOTHING


def _is_tuple(hint: Any) -> bool:
    return typing.get_origin(hint) is tuple


def _item(hint: Any) -> Any:
    return typing.get_args(hint)[0] if _is_tuple(hint) else hint


def satisfiable(cls: type, scope: Scope, own: Own | None) -> bool:
    """Whether every required reference of ``cls`` (nested ones too) has a target in ``scope``."""
    for field in attrs.fields(cls):
        if _optional(field):
            continue
        allowed = refers_to(field)
        if allowed and not scope.targets(allowed, own):
            return False
        nested = _item(_without_none(_hints(cls)[field.name]))
        nested_required = not allowed and attrs.has(nested) and nested is not Anchor
        if nested_required and not satisfiable(nested, scope, own):
            return False
    return True


def _string(schema: Mapping[str, Any]) -> st.SearchStrategy[str]:
    if schema.get("format") == "iri":
        return values.iris()
    if schema.get("format") == "date":
        return values.iso_dates
    if "pattern" in schema:
        return st.from_regex(schema["pattern"], fullmatch=True)
    return values.free_texts


def _number(schema: Mapping[str, Any]) -> st.SearchStrategy[int | float]:
    """Any JSON number, or one within the schema's bounds (a confidence lies in 0..1)."""
    if "minimum" not in schema and "maximum" not in schema:
        return values.numbers
    low, high = schema.get("minimum"), schema.get("maximum")
    return st.one_of(
        st.integers(low, high),
        st.floats(low, high, allow_nan=False, allow_infinity=False),
    )


def _value(hint: Any, schema: Mapping[str, Any], scope: Scope, own: Own | None) -> Any:
    """The strategy for a value of type ``hint`` (not a reference), or None for none."""
    if _is_tuple(hint):
        item = _value(_item(hint), schema.get("items", {}), scope, own)
        return None if item is None else st.lists(item, min_size=1, max_size=3).map(tuple)
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        if set(typing.get_args(hint)) == {int, float}:
            return _number(schema)
        raise TypeError(f"no strategy for the union {hint!r}")
    if hint is Anchor:
        return anchors(scope.text)
    if attrs.has(hint):
        return objects_in(hint, scope, own=own) if satisfiable(hint, scope, own) else None
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return st.sampled_from(hint)
    if hint is bool:
        return st.booleans()
    if hint is str:
        return _string(schema)
    if hint is int:
        return st.integers(schema.get("minimum", 0), values.MAX_EXACT_INTEGER)
    if hint is float:
        return values.numbers.map(float)
    if typing.get_origin(hint) is Mapping or hint is Mapping:
        return values.extensions
    raise TypeError(f"no strategy for {hint!r}")


def _field(field: attrs.Attribute[Any], hint: Any, scope: Scope, own: Own | None) -> Any:
    """The strategy for one field, or None when it can only keep its default."""
    allowed = refers_to(field)
    if allowed:
        targets = scope.targets(allowed, own)
        if not targets:
            return None
        if _is_tuple(hint):
            # A few distinct targets: a prefix of a shuffle (cheaper than a unique list draw).
            count = st.integers(1, min(3, len(targets)))
            return st.tuples(count, st.permutations(targets)).map(lambda c: tuple(c[1][: c[0]]))
        return st.sampled_from(targets)
    return _value(_without_none(hint), extra_schema(field), scope, own)


Constraint = Callable[[st.DrawFn, dict[str, Any], Scope], dict[str, Any]]


@st.composite
def objects_in(
    draw: st.DrawFn,
    cls: type,
    scope: Scope,
    *,
    own: Own | None = None,
    fixed: Mapping[str, st.SearchStrategy[Any]] | None = None,
) -> Any:
    """An instance of model class ``cls`` whose anchors and references lie in ``scope``.

    ``own`` is the object's kind and its index among objects of that kind (so that it
    refers only to earlier objects of its own kind); ``fixed`` gives the strategy for some
    fields (an id chosen by the caller, say). An optional field is left out about half
    the time; when present, a list is never empty, as in the canonical form.
    """
    chosen = dict(fixed or {})
    kwargs: dict[str, Any] = {}
    for field in attrs.fields(cls):
        if field.name in chosen:
            kwargs[field.name] = draw(chosen[field.name])
            continue
        strategy = _field(field, _hints(cls)[field.name], scope, own)
        if strategy is None:
            if not _optional(field):
                raise ValueError(f"{cls.__name__}.{field.name} has nothing it may refer to")
            continue
        if _optional(field) and not draw(st.booleans()):
            continue
        kwargs[field.name] = draw(strategy)
    for field in attrs.fields(cls):
        # ref.repeated: a list of references names each object once.
        value = kwargs.get(field.name)
        if refers_to(field) and isinstance(value, tuple):
            kwargs[field.name] = tuple(dict.fromkeys(value))
    for field in attrs.fields(cls):
        # anchor.stretch_order: the stretches of one field in text order, not overlapping.
        stretches = kwargs.get(field.name)
        if _item(_hints(cls)[field.name]) is Anchor and isinstance(stretches, tuple):
            kept: list[Anchor] = []
            for stretch in sorted(stretches, key=lambda a: (a.start, a.end)):
                if not kept or stretch.start >= kept[-1].end:
                    kept.append(stretch)
            kwargs[field.name] = tuple(kept)
    constrain = _CONSTRAINTS.get(cls)
    if constrain is not None:
        kwargs = constrain(draw, kwargs, scope)
    return cls(**kwargs)


# --- what only the rules state ------------------------------------------------------------


def _quantity(draw: st.DrawFn, kwargs: dict[str, Any], _: Scope) -> dict[str, Any]:
    # quantity.bounds: minimum <= value <= maximum, and a comparator only with a value.
    order = ("minimum", "value", "maximum")
    present = [key for key in order if key in kwargs]
    for key, number in zip(present, sorted(kwargs[key] for key in present), strict=True):
        kwargs[key] = number
    if "value" not in kwargs:
        kwargs.pop("comparator", None)
    # quantity.unit_and_currency: one or the other, never both.
    if "unit" in kwargs and "currency" in kwargs:
        del kwargs[draw(st.sampled_from(["unit", "currency"]))]
    # quantity.fraction_value: a value given beside a fraction is that fraction.
    if "fraction" in kwargs and "value" in kwargs:
        for key in ("minimum", "maximum", "comparator"):
            kwargs.pop(key, None)
        kwargs["value"] = kwargs["fraction"].value * (100 if kwargs.get("unit") == "%" else 1)
    return kwargs


def _rating(draw: st.DrawFn, kwargs: dict[str, Any], _: Scope) -> dict[str, Any]:
    # rating.out_of_scale: with a whole scale, the value lies between the worst and the
    # best; every part is optional, and a scale without both ends is not checked.
    parts = ("value", "best", "worst")
    if not all(part in kwargs for part in parts):
        return kwargs
    low, middle, high = sorted(kwargs[part] for part in parts)
    if low == high:  # a scale needs two different ends
        high = low + 1
    best, worst = draw(st.sampled_from([(high, low), (low, high)]))
    return {**kwargs, "value": middle, "best": best, "worst": worst}


def _time_expression(draw: st.DrawFn, kwargs: dict[str, Any], _: Scope) -> dict[str, Any]:
    if kwargs.get("function") is not None:
        # A document's own time is a day or a moment, and says where it came from
        # (time.unsourced_document_time).
        kwargs["type"] = draw(st.sampled_from([TimexType.DATE, TimexType.TIME]))
        if "value" in kwargs:
            kwargs["value"] = draw(values.document_time_values(kwargs["type"]))
        if kwargs.get("provenance") is None:
            kwargs["provenance"] = draw(st.sampled_from(Provenance))
    elif "value" in kwargs:
        # time.value_type and time.invalid_date: a well-formed value that fits the type.
        kwargs["value"] = draw(values.timex_values(kwargs["type"]))
    if kwargs["type"] is not TimexType.SET:
        # time.set_only: only a SET recurs.
        kwargs.pop("quantifier", None)
        kwargs.pop("frequency", None)
    return kwargs


def _named(field: str) -> Constraint:
    def constrain(draw: st.DrawFn, kwargs: dict[str, Any], scope: Scope) -> dict[str, Any]:
        # entity.nameless: an organization or a work is named or described.
        if kwargs.get(field) is None and kwargs.get("description") is None:
            kwargs[field] = draw(values.free_texts)
        return _entity(draw, kwargs, scope)

    return constrain


def _claim(draw: st.DrawFn, kwargs: dict[str, Any], _: Scope) -> dict[str, Any]:
    # claim.two_sources: an attribution or a claimant, not both.
    if "attribution" in kwargs and "claimant" in kwargs:
        del kwargs[draw(st.sampled_from(["attribution", "claimant"]))]
    # claim.unanchored: a claim with no words in the text says where it appeared.
    if not kwargs.get("content") and "claimant" not in kwargs and "appearances" not in kwargs:
        kwargs["appearances"] = (Appearance(url=draw(values.iris())),)
    # commitment.chain: the writer's commitment, once, and only where the writer is not
    # the claim's own source (sources up a chain of reports are left to _settled).
    writer = [c for c in kwargs.get("commitments", ()) if c.writer]
    reported = "attribution" in kwargs or "claimant" in kwargs
    kwargs["commitments"] = tuple(writer[:1]) if reported else ()
    return kwargs


def _commitment(_: st.DrawFn, kwargs: dict[str, Any], __: Scope) -> dict[str, Any]:
    # commitment.holder: the writer's or one source's.
    kwargs["writer"] = kwargs.get("source") is None
    return kwargs


def _review(draw: st.DrawFn, kwargs: dict[str, Any], _: Scope) -> dict[str, Any]:
    # review.empty: a review says something.
    rated = kwargs.get("rating") is not None and kwargs["rating"].value is not None
    if kwargs.get("verdict_text") is None and kwargs.get("verdict") is None and not rated:
        kwargs["verdict_text"] = draw(values.free_texts)
    return kwargs


def _correction(_: st.DrawFn, kwargs: dict[str, Any], __: Scope) -> dict[str, Any]:
    # correction.nothing_corrected: only an update may point at nothing.
    if not any(kwargs.get(key) for key in ("corrects", "passages", "withdraws")):
        kwargs["kind"] = CorrectionKind.UPDATE
    return kwargs


def _entity(_: st.DrawFn, kwargs: dict[str, Any], __: Scope) -> dict[str, Any]:
    # mention.order: mentions in text order.
    if "mentions" in kwargs:
        kwargs["mentions"] = tuple(
            sorted(kwargs["mentions"], key=lambda m: (m.anchor.start, m.anchor.end))
        )
    return kwargs


_CONSTRAINTS: dict[type, Constraint] = {
    Quantity: _quantity,
    Rating: _rating,
    TimeExpression: _time_expression,
    **dict.fromkeys(ENTITY_CLASSES, _entity),
    Organization: _named("name"),
    Work: _named("title"),
    Claim: _claim,
    Commitment: _commitment,
    FactCheckReview: _review,
    Correction: _correction,
}
