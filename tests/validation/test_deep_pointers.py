"""Problems deep in a document are reported at the pointers they have always had.

A located object keeps its holder and the key and index it is at, and a reference the
object that holds it, rather than a whole path each (:mod:`newsmodel.codec.located`):
the path is spelt out only for a problem. These tests break a valid document at places
several levels down (in a list of a list, in a field of one object, past the first items)
and expect the pointers written out here, not ones computed by the code under test, on
every way a document is given (bytes, a parsed value, objects) and with the objects
recorded while structuring as with a walk.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

import newsmodel
from newsmodel.codec import parse, structure, unstructure
from newsmodel.errors import pointer
from newsmodel.model import Article
from newsmodel.validation import DEFAULT_OPTIONS
from newsmodel.validation.rules import Context

REFERENCE = "space-agency-teams-with-arms-exporter"


def broken() -> dict[str, Any]:
    """The reference article, broken in six places deep down."""
    document = unstructure(newsmodel.examples.load(REFERENCE))
    late = document["attributions"][3]  # a-us-earnings: two stretches of content
    late["content"] = list(reversed(late["content"]))
    late["sourceAnchor"] = {**late["sourceAnchor"], "exact": "not these words"}
    document["attributions"][8]["sources"] = ["koptev", "nobody", "koptev"]
    mention = document["entities"][4]["mentions"][10]
    mention["anchor"] = {**mention["anchor"], "exact": "nor these"}
    document["attributions"][11]["nestedIn"] = "a-quota-threat"
    return document


EXPECTED = [
    ("anchor.text_mismatch", "/entities/4/mentions/10/anchor/exact"),
    ("anchor.text_mismatch", "/attributions/3/sourceAnchor/exact"),
    ("anchor.stretch_order", "/attributions/3/content/1"),
    ("ref.dangling", "/attributions/8/sources/1"),
    ("ref.repeated", "/attributions/8/sources/2"),
    ("attribution.nesting_cycle", "/attributions/11/nestedIn"),
]


def where(problems: Any) -> list[tuple[str, str]]:
    return sorted((p.code, p.pointer) for p in problems if p.code != "attribution.nested_outside")


@pytest.mark.parametrize("given", ["bytes", "parsed", "article"])
def test_deep_problems_have_their_pointers(given: str) -> None:
    document = broken()
    inputs = {
        "bytes": lambda: newsmodel.codec.write(document),
        "parsed": lambda: copy.deepcopy(document),
        "article": lambda: structure(document, Article),
    }
    report = newsmodel.validate(inputs[given]())
    assert where(report.problems) == sorted(EXPECTED)


def test_recorded_and_walked_objects_give_the_same_pointers() -> None:
    from newsmodel.codec.trusted import structure_valid

    article, found = structure_valid(parse(newsmodel.codec.write(broken())), Article)
    assert found is not None  # the trusted path took it

    def pointers(context: Context) -> list[tuple[str, str]]:
        return sorted(
            (rule.code, pointer(*path))
            for rule in DEFAULT_OPTIONS.rules
            for path, _ in rule.check(context)
            if rule.code != "attribution.nested_outside"
        )

    assert pointers(Context(article, found)) == sorted(EXPECTED)
    assert pointers(Context(article)) == sorted(EXPECTED)
