"""Conveniences on the model classes that users read articles through."""

from __future__ import annotations

import pytest

import newsmodel
from newsmodel.model import Anchor, Factuality, TimeExpression, TimexType, canonical_text


@pytest.mark.parametrize(
    ("value", "precision"),
    [
        ("1998", "year"),
        ("1999-02", "month"),
        ("2016-07-27", "day"),
        ("1999-02-17T10:30", "instant"),
        ("1999-02-17T10:30:00+03:00", "instant"),
        ("XXXX-WXX-3", "other"),
        ("P2M", "other"),
        ("PAST_REF", "other"),
        (None, None),
    ],
)
def test_precision_is_read_from_the_value(value: str | None, precision: str | None) -> None:
    assert TimeExpression(id="t", type=TimexType.DATE, value=value).precision == precision


def test_document_times_of_the_reference_article() -> None:
    article = newsmodel.examples.load("space-agency-teams-with-arms-exporter")
    assert article.created is not None
    assert (article.created.value, article.created.precision) == ("1999-02", "month")
    assert article.modified is not None
    assert article.modified.anchor is not None
    assert article.modified.anchor.exact == "07/27/2016"
    assert article.headline == "Space Agency Teams With Arms Exporter"
    assert len(article.paragraphs) == 15


@pytest.mark.parametrize(
    ("value", "certainty", "polarity", "score"),
    [
        (Factuality.CERTAIN_POSITIVE, "certain", "positive", 3),
        (Factuality.POSSIBLE_NEGATIVE, "possible", "negative", -1),
        (Factuality.CERTAIN_UNDERSPECIFIED, "certain", "unknown", None),
        (Factuality.UNCOMMITTED, "unknown", "unknown", None),
    ],
)
def test_factuality_reads_as_certainty_and_polarity(
    value: Factuality, certainty: str, polarity: str, score: int | None
) -> None:
    assert (value.certainty, value.polarity, value.score) == (certainty, polarity, score)


def test_anchor_find_counts_occurrences_and_refuses_missing_words() -> None:
    text = "said he, and he said"
    assert Anchor.find(text, "said", occurrence=2) == Anchor(start=16, end=20, exact="said")
    assert Anchor.find(text, "he", after=6).start == 13
    with pytest.raises(ValueError, match="does not occur"):
        Anchor.find(text, "she")
    assert Anchor.find(text, "he").matches(text)


def test_canonical_text_is_nfc_with_lf_line_breaks() -> None:
    assert canonical_text("Cafe\u0301\r\nline\rend") == "Café\nline\nend"
    # A combining mark with no precomposed form stays two code points.
    assert canonical_text("o\u0323\u0300") == "\u1ecd\u0300"
