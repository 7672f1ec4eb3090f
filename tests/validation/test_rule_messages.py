"""Rule messages say what is wrong in words a user can act on.

An anchor whose exact text is not the text at its offsets shows both texts, around the
place where they first differ, so that a difference near the end of a long anchor is
visible. A message naming a kind of object uses "a" or "an" as English does.
"""

from __future__ import annotations

import attrs
import pytest

import newsmodel
from newsmodel import Anchor, Article, Claim, Factuality, Segment, SegmentRole
from newsmodel.model import Artifact, Attribution, QuoteKind
from newsmodel.model._fields import a_or_an, type_tag

TEXT = (
    "The port authority said the agreement with the shipbuilder covers the expansion "
    "of the container terminal in the northern harbour."
)


def article_with(exact: str) -> Article:
    anchor = Anchor(start=0, end=len(TEXT), exact=exact)
    return Article(
        id="urn:test:messages",
        language="en",
        text=TEXT,
        segments=(Segment(role=SegmentRole.PARAGRAPH, start=0, end=len(TEXT)),),
        claims=(Claim(id="c", content=(anchor,), factuality=Factuality.CERTAIN_POSITIVE),),
    )


def mismatch_message(exact: str) -> str:
    (problem,) = newsmodel.validate(article_with(exact)).problems
    assert problem.code == "anchor.text_mismatch"
    return problem.message


def test_a_difference_near_the_end_of_a_long_anchor_is_shown() -> None:
    given = TEXT.replace("northern", "southern")
    message = mismatch_message(given)
    assert "the northern harbour.'" in message
    assert "the southern harbour.'" in message
    assert f"from offset {TEXT.index('northern')} on" in message


def test_both_texts_are_shown_when_they_are_short() -> None:
    text = "Berg signed."
    article = attrs.evolve(
        article_with(TEXT),
        text=text,
        segments=(Segment(role=SegmentRole.PARAGRAPH, start=0, end=len(text)),),
        claims=(
            Claim(
                id="c",
                content=(Anchor(start=5, end=11, exact="sealed"),),
                factuality=Factuality.CERTAIN_POSITIVE,
            ),
        ),
    )
    (problem,) = newsmodel.validate(article).problems
    assert problem.message == (
        "the text at 5..11 is 'signed', but the exact text given is 'sealed': "
        "they differ from offset 6 on"
    )


def test_an_exact_text_longer_than_the_text_at_the_offsets() -> None:
    message = mismatch_message(TEXT + " Work starts soon.")
    assert "harbour. Work starts soon.'" in message
    assert f"from offset {len(TEXT)} on" in message


@pytest.mark.parametrize(
    ("noun", "expected"),
    [("artifact", "an artifact"), ("attribution", "an attribution"), ("person", "a person")],
)
def test_a_or_an(noun: str, expected: str) -> None:
    assert a_or_an(noun) == expected


def test_a_reference_to_the_wrong_kind_reads_as_english() -> None:
    article = attrs.evolve(
        article_with(TEXT),
        entities=(Artifact(id="deal", name="the agreement"),),
        attributions=(
            Attribution(
                id="a",
                sources=("deal",),
                content=(Anchor.find(TEXT, "the agreement"),),
                quote=QuoteKind.INDIRECT,
            ),
        ),
    )
    article = attrs.evolve(article, claims=(attrs.evolve(article.claims[0], attribution="deal"),))
    messages = {p.pointer: p.message for p in newsmodel.validate(article).problems}
    assert messages["/claims/0/attribution"] == (
        "'deal' is an artifact; this refers to an attribution"
    )
    assert messages["/attributions/0/sources/0"] == (
        "'deal' is an artifact; this refers to a person, organization, group, anonymous source or work"
    )
    assert type_tag(Artifact) == "artifact"
