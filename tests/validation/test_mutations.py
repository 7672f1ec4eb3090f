"""A mutated copy of a good document is caught with the right code.

The mutations run over the corpus article and over every bundled example (the reference
article among them, once it ships), so that each new example is checked the same way.
Each mutation finds its target generically (the first anchor, the first reference), so
it needs nothing from the document but that it is valid and has one.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import newsmodel
from newsmodel.codec import parse, structure, unstructure
from newsmodel.model import Anchor, Article
from newsmodel.validation.rules import Context
from newsmodel.validation.walk import references

CORPUS = Path(__file__).parents[1] / "corpus"


def documents() -> list[Any]:
    found = [
        pytest.param(parse(path.read_bytes()), id=path.stem)
        for path in sorted(CORPUS.glob("*/valid/port-authority-signs-deal.json"))
    ]
    found += [
        pytest.param(unstructure(newsmodel.examples.load(name)), id=f"example:{name}")
        for name in newsmodel.examples.names()
    ]
    return found


def first_anchor(document: dict[str, Any]) -> dict[str, Any]:
    context = Context(structure(document, Article))
    anchors = [located(document, item.path) for item in context.of_class(Anchor)]
    assert anchors, "the document has no anchor to mutate"
    # The anchor whose shifted copy cannot cover the same words: its text is not one
    # character repeated.
    return next(a for a in anchors if len(set(a["exact"])) > 1)


def located(document: dict[str, Any], path: tuple[Any, ...]) -> Any:
    target = document
    for step in path:
        target = target[step]
    return target


Mutation = Callable[[dict[str, Any]], str]


def shift_offset(document: dict[str, Any]) -> str:
    anchor = first_anchor(document)
    anchor["start"] += 1
    anchor["end"] += 1
    return "anchor.text_mismatch"


def change_exact(document: dict[str, Any]) -> str:
    anchor = first_anchor(document)
    anchor["exact"] = anchor["exact"][::-1] if anchor["exact"] != anchor["exact"][::-1] else "X"
    return "anchor.text_mismatch"


def dangle_reference(document: dict[str, Any]) -> str:
    context = Context(structure(document, Article))
    reference = next(ref for item in context.located for ref in references(item))
    parent = located(document, reference.path[:-1])
    parent[reference.path[-1]] = "no-such-object"
    return "ref.dangling"


def add_unknown_key(document: dict[str, Any]) -> str:
    document["segments"][0]["colour"] = "red"
    return "schema.additional_properties"


def drop_required_field(document: dict[str, Any]) -> str:
    first_anchor(document).pop("end")
    return "schema.required"


MUTATIONS = [shift_offset, change_exact, dangle_reference, add_unknown_key, drop_required_field]


@pytest.mark.parametrize("document", documents())
def test_the_unmutated_document_is_valid(document: dict[str, Any]) -> None:
    report = newsmodel.validate(document)
    assert report.valid, report.problems


@pytest.mark.parametrize("mutation", MUTATIONS, ids=lambda m: m.__name__)
@pytest.mark.parametrize("document", documents())
def test_a_mutation_is_caught_with_its_code(document: dict[str, Any], mutation: Mutation) -> None:
    mutant = copy.deepcopy(document)
    code = mutation(mutant)
    for form in (mutant, json.dumps(mutant), json.dumps(mutant).encode()):
        report = newsmodel.validate(form)
        assert not report.valid
        assert code in report.codes
    with pytest.raises(newsmodel.ValidationError) as caught:
        newsmodel.loads(json.dumps(mutant))
    assert code in caught.value.codes
