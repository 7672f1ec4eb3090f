"""Where a model object is in its document: the object that holds it, and at which key.

Structuring records every model object of a document (:mod:`newsmodel.codec.trusted`)
and the rules find them again (:mod:`newsmodel.validation.walk`), each to report a JSON
pointer for the few that break a rule. A large document holds tens of thousands of
objects, and a path tuple for each cost more memory than the objects themselves: so a
:class:`Located` keeps only a link to its holder and the key (and index) it is at there,
and its :attr:`~Located.path` is spelt out when it is asked for, by following the links
to the root.
"""

from __future__ import annotations

import functools
from typing import Any, Generic, TypeVar

import attrs

from newsmodel.model._fields import json_name

#: A path from the document's root: JSON keys and list indices.
Path = tuple[str | int, ...]
T = TypeVar("T")


@functools.cache
def key_of(field: attrs.Attribute[Any]) -> str:
    """The JSON key of ``field`` (cached: the rules ask for it for every finding)."""
    return json_name(field)


# Not frozen, and without a slot for weak references: one is made for every object of
# every document checked, a frozen class's constructor costs three times as much, and
# the slot would add 8 bytes to each. Nothing changes one once made.
@attrs.define(weakref_slot=False)
class Located(Generic[T]):
    """One model object found in a document, and where it is.

    The root object has no holder. Any other is at ``key`` of the object that
    ``holder`` locates, and at ``index`` of the list there when that key holds a list.
    """

    obj: T
    # Not in the repr, which would otherwise hold every object up to the whole article.
    holder: Located[Any] | None = attrs.field(default=None, repr=False)
    key: str | None = None
    index: int | None = None

    # Spelt out rather than Path, which the docs cannot link to.
    @property
    def path(self) -> tuple[str | int, ...]:
        """The JSON keys and list indices from the document's root to this object."""
        steps: list[str | int] = []
        here: Located[Any] = self
        while here.holder is not None:
            if here.index is not None:
                steps.append(here.index)
            assert here.key is not None  # an object with a holder is at one of its keys
            steps.append(here.key)
            here = here.holder
        steps.reverse()
        return tuple(steps)

    @property
    def in_root(self) -> bool:
        """Whether the object is held by the root object itself."""
        return self.holder is not None and self.holder.holder is None

    def at(self, field: attrs.Attribute[Any], *rest: str | int) -> tuple[str | int, ...]:
        """The path to ``field`` of this object (and on into its value by ``rest``)."""
        return (*self.path, key_of(field), *rest)
