"""Writing a document with a draft: handles, ids, order, and the errors a user meets."""

from __future__ import annotations

import pytest

import newsmodel
from newsmodel import (
    Claim,
    DocumentFunction,
    Factuality,
    MentionKind,
    Provenance,
    QuoteKind,
    SegmentRole,
    TimexType,
)
from newsmodel.authoring import Draft

TEXT = (
    "Ministry silent on port deal\n"
    "\n"
    "The ministry did not respond to questions on Tuesday, harbour master Ana Lima said.\n"
    "\n"
    "Lima said she expects more ships next year. She said the port handled 2.5 billion tonnes."
)


def new_draft() -> Draft:
    return Draft(TEXT, id="urn:example:port", language="en")


def test_segments_come_from_the_lines_with_their_roles() -> None:
    draft = Draft.from_lines(
        [
            (SegmentRole.PAGE_CHROME, "Menu"),
            (SegmentRole.HEADLINE, "Port"),
            (SegmentRole.PARAGRAPH, "It opened."),
        ],
        id="urn:x",
        language="en",
    )
    article = draft.build()
    assert article.text == "Menu\n\nPort\n\nIt opened."
    assert [(s.role, s.text_in(article.text)) for s in article.segments] == [
        (SegmentRole.PAGE_CHROME, "Menu"),
        (SegmentRole.HEADLINE, "Port"),
        (SegmentRole.PARAGRAPH, "It opened."),
    ]
    assert new_draft().build().headline == "Ministry silent on port deal"  # first line by default


def test_roles_must_match_the_lines() -> None:
    with pytest.raises(ValueError, match="2 roles given for the 3 non-blank lines"):
        Draft(TEXT, id="urn:x", language="en", roles=[SegmentRole.HEADLINE, SegmentRole.PARAGRAPH])


def test_references_are_handles_and_ids_are_generated_readably() -> None:
    draft = new_draft()
    p1, p2 = draft.paragraphs
    lima = draft.person("Ana Lima").names(p1.find("Ana Lima"), p2.find("Lima"))
    ministry = draft.organization("Ministry of Transport", id="ministry")
    tuesday = draft.time(p1.find("Tuesday"), "XXXX-WXX-2")
    next_year = draft.time(p2.find("next year"))
    said = draft.attribution(
        lima, quote=QuoteKind.INDIRECT, source_words=p2.find("Lima"), cue=p2.find("said", occurrence=1),
        content=p2.find("she expects more ships next year"),
    )  # fmt: skip
    claim = said.claim(
        "More ships will come to the port next year.",
        factuality=Factuality.PROBABLE_POSITIVE,
        hedges=p2.find("expects"),
        times=next_year,
    )
    article = draft.build()
    assert [lima.id, ministry.id, tuesday.id, next_year.id, said.id, claim.id] == [
        "ana-lima",
        "ministry",
        "t-tuesday",
        "t-next-year",
        "a-she-expects-more-ships",
        "c-more-ships-will-come",
    ]
    built = article.by_id()[claim.id]
    assert isinstance(built, Claim)
    # The pitfall: claims repeated an attribution's content through attributions[2].content[0].
    assert built.content == article.by_id()[said.id].content
    assert built.attribution == said.id
    assert built.times == (next_year.id,)
    assert article.by_id()[tuesday.id].type is TimexType.DATE
    # Ids are the same on every run.
    assert new_draft().person("Ana Lima").id == "ana-lima"


def test_a_typed_id_is_refused_where_a_handle_belongs() -> None:
    # The pitfall: hand-typed ids ("t-by-end-2024-latest") whose typos surfaced only later.
    draft = new_draft()
    p1 = draft.paragraphs[0]
    with pytest.raises(TypeError, match="not the id string 't-tuesdy'"):
        draft.time(p1.find("Tuesday"), "XXXX-WXX-2", anchor_time="t-tuesdy")  # type: ignore[arg-type]
    with pytest.raises(
        TypeError,
        match="takes a person or organization or group or anonymous source or work, not the place",
    ):
        draft.attribution(
            draft.place("Port"), quote=QuoteKind.INDIRECT, content=p1.find("The ministry")
        )
    other = Draft(TEXT, id="urn:other", language="en")
    with pytest.raises(TypeError, match="a handle from this draft"):
        draft.claim(
            p1.find("The ministry"),
            "x",
            attribution=other.attribution(
                other.person("A"),
                quote=QuoteKind.DIRECT,
                content=other.paragraphs[0].find("The ministry"),
            ),
        )  # type: ignore[arg-type]


def test_given_ids_are_checked_when_given() -> None:
    draft = new_draft()
    draft.person("Ana Lima", id="lima")
    with pytest.raises(ValueError, match="already the id of the person 'Ana Lima'"):
        draft.organization("Lima port", id="lima")
    with pytest.raises(ValueError, match="is not an id"):
        draft.person("Ana", id="2 lima")
    # A generated id steps around a given one.
    assert draft.person("Lima").id == "lima-2"


def test_mentions_are_put_in_text_order_by_construction() -> None:
    draft = new_draft()
    p1, p2 = draft.paragraphs
    lima = draft.person("Ana Lima", id="lima")
    lima.pronouns(p2.find("She"), p2.find("she"))
    lima.names(p2.find("Lima"), p1.find("Ana Lima"))
    article = draft.build()  # strict: the mention.order warning would fail the build
    mentions = article.entities[0].mentions
    assert [m.anchor.exact for m in mentions] == ["Ana Lima", "Lima", "she", "She"]
    assert [m.kind for m in mentions][:2] == [MentionKind.NAME, MentionKind.NAME]


def test_words_must_be_spans_and_names_say_what_they_hold() -> None:
    # The pitfalls: anchor / anchor_time / Anchor, quote holding a kind, time vs times.
    draft = new_draft()
    p1, p2 = draft.paragraphs
    tuesday = draft.time(p1.find("Tuesday"), "XXXX-WXX-2")
    with pytest.raises(
        TypeError, match=r"anchor_time= takes a time expression .* not the words 'Tuesday'"
    ):
        draft.time(p2.find("next year"), anchor_time=p1.find("Tuesday"))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="takes a span found in the text"):
        draft.time("Tuesday", "XXXX-WXX-2")  # type: ignore[arg-type]
    lima = draft.person("Ana Lima")
    with pytest.raises(TypeError, match="quote= is the kind of quotation"):
        draft.attribution(
            lima,
            quote="she expects more ships",
            content=p2.find("she expects more ships next year"),
        )  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="time= takes one time expression, not 2"):
        draft.quantity(p2.find("2.5 billion tonnes"), 2.5e9, time=(tuesday, tuesday))  # type: ignore[arg-type]
    # Plural fields take one handle or several.
    claim = draft.claim(
        p1.find("The ministry did not respond to questions on Tuesday"),
        "The ministry responded to questions.",
        times=tuesday,
        factuality=Factuality.CERTAIN_NEGATIVE,
    )
    assert draft.build().by_id()[claim.id].times == (tuesday.id,)


def test_a_negated_claim_is_its_positive_statement_with_a_negative_factuality() -> None:
    # The pitfall: CT- on "The ministry responded" is how one writes "did not respond".
    draft = new_draft()
    words = draft.paragraphs[0].find("The ministry did not respond to questions on Tuesday")
    with pytest.raises(ValueError, match="negative and so is its factuality"):
        draft.claim(words, "The ministry did not respond.", factuality=Factuality.CERTAIN_NEGATIVE)
    claim = draft.claim(words, "The ministry responded.", factuality=Factuality.CERTAIN_NEGATIVE)
    built = draft.build().by_id()[claim.id]
    assert (built.statement, built.factuality.polarity) == ("The ministry responded.", "negative")


def test_build_raises_one_error_listing_every_problem_with_its_pointer() -> None:
    draft = new_draft()
    p1 = draft.paragraphs[0]
    draft.document_time(
        DocumentFunction.CREATION_TIME, "2024-02-30", provenance=Provenance.ANNOTATOR
    )
    draft.quantity(p1.find("Tuesday"), unit="%", currency="USD")
    with pytest.raises(newsmodel.ValidationError) as caught:
        draft.build()
    found = {(p.code, p.pointer) for p in caught.value.problems}
    assert ("time.invalid_date", "/times/0/value") in found
    assert ("quantity.unit_and_currency", "/quantities/0") in found
    assert "and 1 more error" in str(caught.value)


def test_numbers_have_one_form_in_a_draft_too() -> None:
    draft = new_draft()
    words = draft.paragraphs[1].find("2.5 billion tonnes")
    quantity = draft.quantity(words, 2.5e9, unit="t", scale_word="billion")
    assert draft.build().by_id()[quantity.id].value == 2_500_000_000
