"""The TIMEX3 value grammar is written once, in ``model/times.py``, and its users agree."""

from __future__ import annotations

import re

import pytest

from newsmodel.model.times import (
    PARTS_OF_DAY,
    REFERENCE_POINTS,
    SEASONS,
    TIMEX_EXAMPLES,
    TIMEX_VALUE_PATTERN,
    is_duration,
)
from newsmodel.validation.schema_stage import schema_problems

PATTERN = re.compile(TIMEX_VALUE_PATTERN)


@pytest.mark.parametrize("value", TIMEX_EXAMPLES)
def test_the_examples_the_messages_cite_are_values(value: str) -> None:
    assert PATTERN.fullmatch(value)


@pytest.mark.parametrize(
    "value",
    [
        *REFERENCE_POINTS,
        *(f"1998-{season}" for season in SEASONS),
        *(f"1998-02-03T{part}" for part in PARTS_OF_DAY),
        "P2M",
        "PT1H30M",
        "XXXX-WXX-3",
    ],
)
def test_every_part_of_the_grammar_is_in_the_pattern(value: str) -> None:
    assert PATTERN.fullmatch(value)


def test_a_reference_point_is_not_a_duration() -> None:
    assert is_duration("P2M")
    assert not any(is_duration(value) for value in REFERENCE_POINTS)


def test_a_schema_message_about_a_timex_value_cites_the_examples() -> None:
    from newsmodel.codec import unstructure
    from newsmodel.examples import small_article

    document = unstructure(small_article())
    document["times"][0]["value"] = "Tuesday"
    (problem,) = schema_problems(document)
    assert all(repr(example) in problem.message for example in TIMEX_EXAMPLES), problem.message
