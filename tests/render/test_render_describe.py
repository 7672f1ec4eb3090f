"""The words the view uses for values: TIMEX3 values read out, quantities, certainty."""

from __future__ import annotations

import pytest

import newsmodel
from newsmodel.render.describe import describe_factuality, quantity_value, time_gloss


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("1998", "the year 1998"),
        ("1999-02", "February 1999"),
        ("2016-07-27", "27 July 2016"),
        ("XXXX-WXX-3", "a Wednesday, week unknown"),
        ("1999-WXX-3", "a Wednesday in 1999, week unknown"),
        ("1999-W06-3", "a Wednesday, week 6 of 1999"),
        ("P2M", "2 months"),
        ("P1Y", "1 year"),
        ("FUTURE_REF", "the future"),
        ("1999-13", None),  # not a month: no reading rather than a wrong one
        ("1999-Q1", None),  # a shape without a reading: the value alone is shown
    ],
)
def test_timex_values_read_out(value: str, words: str | None) -> None:
    assert time_gloss(value) == words


def test_quantities_in_words() -> None:
    article = newsmodel.examples.load("space-agency-teams-with-arms-exporter")
    shown = {q.anchor.exact: quantity_value(q) for q in article.quantities}
    assert shown["some $880 million"] == "about 880,000,000 USD"
    assert shown["more than a dozen"] == "more than 12 firms"
    assert shown["35 offices"] == "35 offices"


def test_certainty_in_words() -> None:
    assert describe_factuality(newsmodel.Factuality.POSSIBLE_POSITIVE) == "possible, positive (PS+)"
    assert describe_factuality(newsmodel.Factuality.UNCOMMITTED) == "uncommitted (Uu)"
