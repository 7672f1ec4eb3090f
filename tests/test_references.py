"""References name model classes: every one resolves, and a typo fails loudly.

A reference field says which classes of object its ids may name (``refers_to`` in its
metadata). A name that is no model class (``"Evnet"``) would make every valid document
that uses the field invalid, so it must fail here, not pass quietly.
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest

import newsmodel.model
from newsmodel.model._fields import REFERS_TO, doc, refers_to


def model_classes() -> list[type]:
    found = (getattr(newsmodel.model, name) for name in newsmodel.model.__all__)
    return [obj for obj in found if isinstance(obj, type) and attrs.has(obj)]


def reference_fields() -> list[Any]:
    return [
        pytest.param(field, id=f"{cls.__name__}.{field.name}")
        for cls in model_classes()
        for field in attrs.fields(cls)
        if field.metadata.get(REFERS_TO)
    ]


@pytest.mark.parametrize("field", reference_fields())
def test_every_reference_names_model_classes(field: attrs.Attribute[Any]) -> None:
    classes = refers_to(field)
    assert classes
    assert all(cls in model_classes() for cls in classes)


def test_the_model_has_references_to_check() -> None:
    assert len(reference_fields()) >= 20


def test_a_reference_to_a_misspelt_class_fails() -> None:
    @attrs.frozen(kw_only=True)
    class Comparison:
        subject: str = attrs.field(metadata=doc("What.", refers_to=("Quantity", "Evnet")))

    with pytest.raises(LookupError, match="'Evnet' names no model class"):
        refers_to(attrs.fields(Comparison).subject)


def test_a_reference_to_a_class_outside_the_model_fails() -> None:
    @attrs.frozen
    class Event:
        id: str

    @attrs.frozen(kw_only=True)
    class Comparison:
        subject: str = attrs.field(metadata=doc("What.", refers_to=(Event,)))

    with pytest.raises(LookupError, match="is not a model class"):
        refers_to(attrs.fields(Comparison).subject)
