"""Rule messages say what is wrong in words a user can act on.

An anchor whose exact text is not the text at its offsets shows both texts, around the
place where they first differ, so that a difference near the end of a long anchor is
visible. A message naming a kind of object uses "a" or "an" as English does.
"""

from __future__ import annotations

import attrs
import pytest

import newsmodel
from newsmodel.examples import small_article
from newsmodel.model import Artifact
from newsmodel.model._fields import a_or_an
from newsmodel.validation.rules.examples import found, setting

#: The first claim's words: a whole sentence of the small article.
SENTENCE = found(small_article(), "c-signed").content[0]


def mismatch_message(exact: str) -> str:
    anchor = attrs.evolve(SENTENCE, exact=exact)
    article = setting("c-signed", content=(anchor,))(small_article())
    (problem,) = newsmodel.validate(article).problems
    assert problem.code == "anchor.text_mismatch"
    assert problem.pointer == "/claims/0/content/0/exact"
    return problem.message


def test_a_difference_near_the_end_of_a_long_anchor_is_shown() -> None:
    assert len(SENTENCE.exact) > 100
    message = mismatch_message(SENTENCE.exact.replace("in Tromsø", "in Bergen"))
    assert "container terminal in Tromsø.'" in message
    assert "container terminal in Bergen.'" in message
    assert f"from offset {SENTENCE.start + SENTENCE.exact.index('Tromsø')} on" in message


def test_both_texts_are_shown_when_they_are_short() -> None:
    article = setting(
        "e-signing", anchor=attrs.evolve(found(small_article(), "e-signing").anchor, exact="sealed")
    )(small_article())
    (problem,) = newsmodel.validate(article).problems
    assert problem.message == (
        "the text at 129..135 is 'signed', but the exact text given is 'sealed': "
        "they differ from offset 130 on"
    )


def test_an_exact_text_longer_than_the_text_at_the_offsets() -> None:
    message = mismatch_message(SENTENCE.exact + " Work starts soon.")
    assert "Tromsø. Work starts soon.'" in message
    assert f"from offset {SENTENCE.end} on" in message


@pytest.mark.parametrize(
    ("noun", "expected"),
    [("artifact", "an artifact"), ("attribution", "an attribution"), ("person", "a person")],
)
def test_a_or_an(noun: str, expected: str) -> None:
    assert a_or_an(noun) == expected


def test_a_reference_to_the_wrong_kind_reads_as_english() -> None:
    article = small_article()
    article = attrs.evolve(article, entities=(*article.entities, Artifact(id="deal", name="deal")))
    article = setting("c-orders", attribution="deal")(article)
    article = setting("a-orders", sources=("deal",))(article)
    messages = {p.pointer: p.message for p in newsmodel.validate(article).problems}
    assert messages["/claims/3/attribution"] == (
        "'deal' is an artifact; this refers to an attribution"
    )
    assert messages["/attributions/3/sources/0"] == (
        "'deal' is an artifact; this refers to a person, organization, group, anonymous source or work"
    )
