"""A segment begins and ends between words, and takes in no white space at its ends."""

from __future__ import annotations

import json

import pytest

import newsmodel
from newsmodel.validation.boundaries import boundary_fault

TEXT = "Headline\nThe Russian Space Agency said so.\nNext line"
START = TEXT.index("The")
END = TEXT.index("\nNext")


def test_a_segment_on_word_boundaries_is_fine() -> None:
    assert boundary_fault(TEXT, START, END) is None
    assert boundary_fault(TEXT, 0, 8) is None
    assert boundary_fault("é", 0, 1) is None


@pytest.mark.parametrize(
    ("start", "end", "fault"),
    [
        (START + 1, END + 1, "starts inside a word, between 'T' and 'h'"),
        (START, END - 2, "ends inside a word, between 's' and 'o'"),
        (START, END + 1, "ends with white space ('\\n')"),
        (START - 1, END, "starts with white space ('\\n')"),
    ],
)
def test_a_shifted_segment_is_found(start: int, end: int, fault: str) -> None:
    assert boundary_fault(TEXT, start, end) == fault


def test_a_combining_mark_belongs_to_its_word() -> None:
    text = "cafe\u0301 ok"  # 'e' and a combining acute accent
    assert boundary_fault(text, 0, 4) == "ends inside a word, between 'e' and '\u0301'"


def test_the_reference_paragraph_shifted_by_one_is_an_error() -> None:
    """'he Russian Space Agency...' plus the next line's newline passed with a warning (issue 16)."""
    document = json.loads(newsmodel.examples.read_bytes("space-agency-teams-with-arms-exporter"))
    paragraph = next(
        segment
        for segment in document["segments"]
        if document["text"].startswith("The Russian Space Agency", segment["start"])
    )
    paragraph["start"] += 1
    paragraph["end"] += 1
    report = newsmodel.validate(json.dumps(document))
    assert not report.valid
    assert [p.code for p in report.errors] == ["segment.boundary"]
    assert "starts inside a word, between 'T' and 'h'" in report.errors[0].message
