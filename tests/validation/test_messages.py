"""Messages give advice that is true for the field at hand."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

import pytest

import newsmodel
from newsmodel.errors import pointer
from newsmodel.validation.schema_stage import schema_problems

EXAMPLE = json.loads(newsmodel.examples.read_bytes("space-agency-teams-with-arms-exporter"))
EMPTIABLE_CODES = {"schema.min_items", "schema.min_length", "schema.min_properties"}


def keys_with_values(value: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """The path of every non-empty string, list and object held under a key."""
    items = value.items() if isinstance(value, dict) else enumerate(value)
    for key, item in items:
        if isinstance(key, str) and isinstance(item, (str, list, dict)) and item:
            yield (*path, key)
        if isinstance(item, (dict, list)):
            yield from keys_with_values(item, (*path, key))


def one_per_kind_of_key() -> list[tuple[Any, ...]]:
    # The same key in the same kind of object gets the same message; test each once.
    seen, chosen = set(), []
    for path in keys_with_values(EXAMPLE):
        parent = path_value(EXAMPLE, path[:-1])
        holder = next((part for part in reversed(path[:-1]) if isinstance(part, str)), "")
        kind = (holder, parent.get("type"), path[-1])
        if kind not in seen:
            seen.add(kind)
            chosen.append(path)
    return chosen


def path_value(document: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        document = document[part]
    return document


def changed(path: tuple[Any, ...], change: str) -> Any:
    document = copy.deepcopy(EXAMPLE)
    parent = path_value(document, path[:-1])
    if change == "empty":
        parent[path[-1]] = type(parent[path[-1]])()
    else:
        del parent[path[-1]]
    return document


@pytest.mark.parametrize("path", one_per_kind_of_key(), ids=lambda path: pointer(*path))
def test_leave_the_key_out_is_advised_only_where_the_key_may_be_left_out(path: Any) -> None:
    where = pointer(*path)
    said = [
        p.message
        for p in schema_problems(changed(path, "empty"))
        if p.pointer == where and p.code in EMPTIABLE_CODES
    ]
    if not said:
        return  # an empty value is allowed here: no advice to check
    advised = any("leave the key out" in message for message in said)
    without = list(schema_problems(changed(path, "remove")))
    required = any(p.code == "schema.required" for p in without)
    assert advised == (not required), (where, said, [str(p) for p in without])


def test_the_required_cases_that_a_new_user_met() -> None:
    # (Segments were such a case until 2.0, which lets an article whose text is unknown
    # leave out its text and segments; an attribution's content is required still.)
    attribution = {**EXAMPLE["attributions"][0], "content": []}
    content = newsmodel.validate({**EXAMPLE, "attributions": [attribution]})
    language = newsmodel.validate({**EXAMPLE, "language": ""})
    for report in (content, language):
        assert report.problems
        assert all("leave the key out" not in p.message for p in report.problems)
