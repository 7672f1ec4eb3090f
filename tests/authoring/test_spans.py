"""Finding spans: whole words, whole characters, one place or an error that lists them all."""

from __future__ import annotations

import pytest

from newsmodel import Anchor
from newsmodel.authoring import AmbiguousSpanError, Draft, SpanNotFoundError

TEXT = (
    "The Grand Hotel reopens\n"
    "\n"
    "The Grand said he would reopen, and he did. He said so twice.\n"
    "\n"
    "Potter B\u1ecd\u0300d\u00e9 Ad\u00e9b\u00e1y\u1ecd\u0300 and Ad\u00e9b\u00e1y\u1ecd arrived \U0001f44d\ufe0f today."
)


@pytest.fixture
def draft() -> Draft:
    return Draft(TEXT, id="urn:example:spans", language="en")


def test_a_short_word_is_not_found_inside_a_longer_one(draft: Draft) -> None:
    # The pitfall: Anchor.find(text, "he", after=...) returned the "he" of "The Grand".
    first = draft.paragraphs[0]
    he = first.find("he", occurrence=1)
    assert (he.exact, first.source.value[he.start - 1 : he.end + 1]) == ("he", " he ")
    assert Anchor.find(TEXT, "he", after=TEXT.index("The Grand said")).start == he.start


def test_a_phrase_that_stops_before_a_combining_mark_is_refused(draft: Draft) -> None:
    # The pitfall: "Adébáyọ" matched the start of "Adébáyọ̀", leaving its grave accent out.
    text = draft.text
    with_accent = text.index("Ad\u00e9b\u00e1y\u1ecd\u0300")
    without = text.index("Ad\u00e9b\u00e1y\u1ecd arrived")
    found = draft.paragraphs[1].find("Ad\u00e9b\u00e1y\u1ecd")
    assert found.start == without  # the one whole occurrence, not the accented name's start
    with pytest.raises(SpanNotFoundError) as caught:
        draft.paragraphs[1].find("B\u1ecd")
    assert "cuts the character" in str(caught.value)
    assert caught.value.candidates == ((text.index("B\u1ecd"), text.index("B\u1ecd") + 2),)
    with pytest.raises(ValueError, match="cuts the character"):
        Anchor.find(text, "Ad\u00e9b\u00e1y\u1ecd", occurrence=2)
    assert with_accent < without


def test_an_emoji_is_not_split_from_its_variation_selector(draft: Draft) -> None:
    emoji = "\U0001f44d"
    with pytest.raises(SpanNotFoundError, match="cuts the character"):
        draft.find(emoji)
    assert draft.find(emoji + "\ufe0f").exact == emoji + "\ufe0f"


def test_a_phrase_is_looked_for_in_its_segment_only(draft: Draft) -> None:
    with pytest.raises(SpanNotFoundError, match="occurs 0 time"):
        draft.headline.find("said", occurrence=1)
    assert draft.headline.find("Grand").start == TEXT.index("Grand")


def test_an_ambiguous_phrase_lists_every_candidate(draft: Draft) -> None:
    paragraph = draft.paragraphs[0]
    with pytest.raises(AmbiguousSpanError) as caught:
        paragraph.find("said")
    starts = [start for start, _ in caught.value.candidates]
    assert starts == [TEXT.index("said"), TEXT.index("said", TEXT.index("said") + 1)]
    message = str(caught.value)
    assert "occurs 2 times in paragraph 1" in message
    assert "occurrence=1" in message
    assert "occurrence=2" in message


def test_occurrence_and_after_pick_one(draft: Draft) -> None:
    paragraph = draft.paragraphs[0]
    second = paragraph.find("said", occurrence=2)
    assert second.start == TEXT.rindex("said")
    did = paragraph.find("did")
    assert paragraph.find("He", after=did).start == TEXT.index("He said")


def test_a_missing_phrase_says_where_it_was_refused(draft: Draft) -> None:
    with pytest.raises(SpanNotFoundError) as caught:
        draft.headline.find("Gran")
    assert "ends inside the word 'Grand'" in str(caught.value)
    with pytest.raises(SpanNotFoundError, match="does not occur as whole words in the headline"):
        draft.headline.find("Closed")


def test_a_span_inside_a_span(draft: Draft) -> None:
    clause = draft.paragraphs[0].find("and he did")
    assert clause.find("he").start == TEXT.index("and he did") + len("and ")


def test_a_phrase_is_put_in_canonical_form_first(draft: Draft) -> None:
    decomposed = "Ade\u0301ba\u0301y\u1ecd"  # e + COMBINING ACUTE, as typed on some keyboards
    assert draft.paragraphs[1].find(decomposed).exact == "Ad\u00e9b\u00e1y\u1ecd"


def test_unspaced_scripts_are_found_between_their_own_letters() -> None:
    draft = Draft(
        "\u5b87\u6cbb\u8336\u307e\u3064\u308a\n\n\u7530\u4e2d\u611b\u5b50\u304c\u6765\u305f",
        id="urn:x",
        language="ja",
    )
    assert draft.paragraphs[0].find("\u7530\u4e2d").exact == "\u7530\u4e2d"


def test_a_phrase_missing_from_its_segment_says_where_it_is() -> None:
    draft = Draft("Head\n\nKoptev said hi.\n\nRapota said no.", id="urn:x", language="en")
    with pytest.raises(SpanNotFoundError, match=r"but it does in paragraph 2 at 23\.\.34"):
        draft.paragraphs[0].find("Rapota said")
