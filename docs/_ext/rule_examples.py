"""The rule catalogue's examples, derived from the rule table.

Every rule's entry in ``newsmodel.validation.rules.RULES`` carries its example
violations, typed edits of the shared small article
(:func:`newsmodel.examples.small_article`). The catalogue shows the first one as a JSON
Patch (RFC 6902) computed here by comparing the article's JSON form before and after the
edit, so the patch is never written by hand and cannot drift from the model.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from newsmodel.codec import unstructure
from newsmodel.errors import pointer
from newsmodel.examples import small_article
from newsmodel.validation import Rule

#: The operations of RFC 6902 that a patch here uses.
ADD, REMOVE, REPLACE = "add", "remove", "replace"


def base_document() -> dict[str, Any]:
    """The JSON form of the small article every example changes."""
    result: dict[str, Any] = unstructure(small_article())
    return result


def broken_document(rule: Rule) -> dict[str, Any]:
    """The JSON form of the small article with the rule's first example applied."""
    result: dict[str, Any] = unstructure(rule.examples[0].change(small_article()))
    return result


def patch(before: Any, after: Any, path: tuple[str | int, ...] = ()) -> Iterator[dict[str, Any]]:
    """A JSON Patch that turns ``before`` into ``after``: the smallest of a few simple shapes."""
    if before == after:
        return
    if isinstance(before, dict) and isinstance(after, dict):
        for key in before:
            if key not in after:
                yield _operation(REMOVE, (*path, key))
            else:
                yield from patch(before[key], after[key], (*path, key))
        for key in after:
            if key not in before:
                yield _operation(ADD, (*path, key), after[key])
    elif isinstance(before, list) and isinstance(after, list) and len(before) == len(after):
        for index, (one, other) in enumerate(zip(before, after, strict=True)):
            yield from patch(one, other, (*path, index))
    elif isinstance(before, list) and isinstance(after, list) and len(after) == len(before) - 1:
        gone = next(i for i in range(len(before)) if before[:i] + before[i + 1 :] == after)
        yield _operation(REMOVE, (*path, gone))
    else:
        yield _operation(REPLACE, path, after)


def _operation(op: str, path: tuple[str | int, ...], value: Any = None) -> dict[str, Any]:
    operation: dict[str, Any] = {"op": op, "path": pointer(*path)}
    if op != REMOVE:
        operation["value"] = value
    return operation
