"""The unstructuring functions generated per class: cattrs' values, and odd numbers told.

The model's own classes are compared with cattrs in ``test_canonical_bytes.py``; these
small classes show the cases the model does not have today.
"""

from __future__ import annotations

import datetime
from typing import Any

import attrs

from newsmodel.codec.unstructurers import make_unstructurers


@attrs.frozen
class Point:
    x: int
    y: int


@attrs.frozen
class Shape:
    corner: Point
    when: datetime.date
    corners: tuple[Point, ...] = ()
    weight: int | float | None = None
    label: str | None = None
    ratio: float = 1.0


def fallback(value: Any, type_: Any) -> Any:
    return f"fallback {value} {type_.__name__}"


def test_a_field_of_a_type_not_known_falls_back_and_asks_for_the_search() -> None:
    unstructure = make_unstructurers([Shape], [], "type", fallback)[Shape]
    odd: list[object] = []
    shape = Shape(corner=Point(x=1, y=2), when=datetime.date(2020, 1, 2), weight=0.5)
    assert unstructure(shape, odd) == {
        "corner": {"x": 1, "y": 2},
        "when": "fallback 2020-01-02 date",
        "weight": 0.5,
    }
    assert odd == [datetime.date]


def test_a_small_float_is_told_and_defaults_are_left_out() -> None:
    unstructure = make_unstructurers([Shape], [], "type", fallback)[Shape]
    odd: list[object] = []
    shape = Shape(corner=Point(x=1, y=2), when=datetime.date(2020, 1, 2), weight=1e-5)
    corners = (Point(x=0, y=0),)
    written = unstructure(attrs.evolve(shape, corners=corners, label="a", ratio=2e-7), odd)
    assert list(written) == ["corner", "when", "corners", "weight", "label", "ratio"]
    assert written["corners"] == [{"x": 0, "y": 0}]
    assert odd == [datetime.date, 1e-5, 2e-7]
