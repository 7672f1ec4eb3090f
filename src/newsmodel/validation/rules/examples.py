"""Example violations: typed edits of the small article that make a rule fire.

Each rule's entry in the table carries one or more :class:`Example`. An example changes
the shared small article (:func:`newsmodel.examples.small_article`) through the model's
classes, so a renamed field or enum member is a type error, not a silently stale
example. The bad-input corpus (``tools/make_corpus.py``), the docs' rule catalogue and a
test that every example triggers exactly its codes are all derived from them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

from newsmodel.model import Anchor, Article
from newsmodel.model._fields import identifier_field

Change = Callable[[Article], Article]


@attrs.frozen
class Example:
    """One way to break a rule, as an edit of the small article."""

    slug: str
    """Names the example's file in the bad-input corpus: ``CODE--SLUG.json``."""
    what: str
    """One sentence saying what is changed, shown in the rule catalogue."""
    change: Change
    """The edit: the small article in, the broken article out."""
    also: tuple[str, ...] = ()
    """Codes of other rules the edit breaks too (most examples break only their own)."""


def found(article: Article, identifier: str) -> Any:
    """The object of the article's lists that has ``identifier``."""
    for field in attrs.fields(Article):
        for item in _objects_with_ids(getattr(article, field.name)):
            if item.id == identifier:
                return item
    raise KeyError(identifier)


def _objects_with_ids(value: Any) -> tuple[Any, ...]:
    if not isinstance(value, tuple):
        return ()
    return tuple(item for item in value if identifier_field(type(item)) is not None)


def changed(identifier: str, change: Callable[[Any], Any]) -> Change:
    """The edit that replaces the object with ``identifier`` by ``change(object)``."""

    def edit(article: Article) -> Article:
        target = found(article, identifier)
        for field in attrs.fields(Article):
            value = getattr(article, field.name)
            if target in _objects_with_ids(value):
                replaced: dict[str, Any] = {
                    field.name: tuple(change(item) if item is target else item for item in value)
                }
                return attrs.evolve(article, **replaced)
        raise KeyError(identifier)

    return edit


def setting(identifier: str, **values: Any) -> Change:
    """The edit that sets fields of the object with ``identifier``."""
    return changed(identifier, lambda item: attrs.evolve(item, **values))


def both(*edits: Change) -> Change:
    """The edits one after the other."""

    def edit(article: Article) -> Article:
        for one in edits:
            article = one(article)
        return article

    return edit


def shifted(anchor: Anchor, by: int) -> Anchor:
    """``anchor`` moved ``by`` code points, its exact text kept."""
    return attrs.evolve(anchor, start=anchor.start + by, end=anchor.end + by)
