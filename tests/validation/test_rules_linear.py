"""Every rule is linear in the document: doubling a hostile shape at most doubles the work.

The work is counted, never timed: lines of newsmodel's validation code run (which counts
a search from every node of a chain, however fast), and characters searched for where a
mismatched anchor's text really is.
"""

from __future__ import annotations

import copy
import json
import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

import newsmodel
from newsmodel.validation import nearby
from newsmodel.versions import CURRENT_VERSION

CORPUS = Path(__file__).parents[1] / "corpus" / CURRENT_VERSION
ARTICLE: dict[str, Any] = json.loads(
    (CORPUS / "valid" / "port-authority-signs-deal.json").read_bytes()
)
VALIDATION = str(Path(newsmodel.__file__).parent / "validation")


def lines_run(function: Callable[[], object]) -> int:
    """How many lines of ``newsmodel.validation`` running ``function`` executes."""
    count = 0

    def in_frame(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return in_frame

    def on_call(frame: FrameType, event: str, arg: Any) -> Any:
        return in_frame if frame.f_code.co_filename.startswith(VALIDATION) else None

    previous = sys.gettrace()
    sys.settrace(on_call)
    try:
        function()
    finally:
        sys.settrace(previous)
    return count


def chained(
    field: str, make: Callable[[dict[str, Any], int], dict[str, Any]], links: int
) -> dict[str, Any]:
    """The corpus article with ``links`` more objects in ``field``, each pointing at the previous."""
    document = copy.deepcopy(ARTICLE)
    document[field] = document[field] + [make(document, number) for number in range(links)]
    return document


def nested_attribution(document: dict[str, Any], number: int) -> dict[str, Any]:
    attribution = copy.deepcopy(document["attributions"][0])
    attribution["id"] = f"chain-{number}"
    if number:
        attribution["nestedIn"] = f"chain-{number - 1}"
    return attribution


def parent_organization(document: dict[str, Any], number: int) -> dict[str, Any]:
    organization = {"type": "organization", "id": f"chain-{number}", "name": f"Unit {number}"}
    if number:
        organization["parent"] = f"chain-{number - 1}"
    return organization


def anchored_time(document: dict[str, Any], number: int) -> dict[str, Any]:
    time = {"id": f"chain-{number}", "type": "DATE", "value": "2021-03-09"}
    if number:
        time["anchorTime"] = f"chain-{number - 1}"
    return time


@pytest.mark.parametrize(
    ("code", "field", "make"),
    [
        ("attribution.nesting_cycle", "attributions", nested_attribution),
        ("organization.parent_cycle", "entities", parent_organization),
        ("time.anchor_cycle", "times", anchored_time),
    ],
)
def test_a_long_chain_of_references_is_checked_in_linear_work(
    code: str, field: str, make: Callable[[dict[str, Any], int], dict[str, Any]]
) -> None:
    """A valid chain of 16,000 nested attributions took 89 s: a search from every link (issue 16)."""

    def work(links: int) -> int:
        document = chained(field, make, links)
        report: list[newsmodel.Report] = []
        count = lines_run(lambda: report.append(newsmodel.validate(document, enable_only=[code])))
        assert report[0].valid, report[0].problems[:3]
        return count

    small, large = work(200), work(400)
    assert large <= 2.2 * small


def test_a_cycle_is_still_reported_once_per_object_on_it() -> None:
    document = chained("attributions", nested_attribution, 5)
    document["attributions"][-5]["nestedIn"] = "chain-4"
    report = newsmodel.validate(document, enable_only=["attribution.nesting_cycle"])
    assert [p.pointer for p in report.problems] == [
        f"/attributions/{index}/nestedIn"
        for index in range(len(document["attributions"]) - 5, len(document["attributions"]))
    ]
    assert "a cycle of 5" in report.problems[0].message


def dated_lines(lines: int) -> dict[str, Any]:
    """The corpus article with ``lines`` more paragraphs, each holding a date of the story."""
    document = copy.deepcopy(ARTICLE)
    for number in range(lines):
        start = len(document["text"]) + 1
        document["text"] += f"\nLine {number} was written on Tuesday."
        day = document["text"].index("Tuesday", start)
        document["segments"].append(
            {"role": "paragraph", "start": start, "end": len(document["text"])}
        )
        document["times"].append(
            {
                "id": f"line-{number}",
                "type": "DATE",
                "anchor": {"start": day, "end": day + 7, "exact": "Tuesday"},
                "value": "2021-03-09",
                "anchorTime": f"line-{number - 1}" if number else "t-created",
                "provenance": "story",
            }
        )
    return document


@pytest.mark.parametrize("code", ["time.provenance_mismatch", "time.resolved_against_page_chrome"])
def test_finding_the_segments_of_each_time_is_linear(code: str) -> None:
    """Each time's segments were looked for among all the segments before it."""

    def work(lines: int) -> int:
        document = dated_lines(lines)
        report: list[newsmodel.Report] = []
        count = lines_run(lambda: report.append(newsmodel.validate(document, enable_only=[code])))
        assert report[0].valid, report[0].problems[:3]
        return count

    small, large = work(200), work(400)
    assert large <= 2.2 * small


class CountingNearbyText(nearby.NearbyText):
    made: list[CountingNearbyText] = []  # noqa: RUF012 (a test's record)
    searches = 0

    def __init__(self, text: str, **options: Any) -> None:
        super().__init__(text, **options)
        CountingNearbyText.made.append(self)

    def find_near(self, needle: str, around: int) -> int | None:
        CountingNearbyText.searches += 1
        return super().find_near(needle, around)


def shifted_anchors(anchors: int, characters: int) -> dict[str, Any]:
    """The corpus article with ``characters`` more text and ``anchors`` anchors shifted by one."""
    document = copy.deepcopy(ARTICLE)
    text = document["text"]
    filler = "\n" + ("Lorem ipsum dolor sit amet. " * 40).strip()
    document["text"] = text + filler * (characters // len(filler))
    document["segments"].append(
        {"role": "paragraph", "start": len(text) + 1, "end": len(document["text"])}
    )
    for number in range(anchors):
        attribution = copy.deepcopy(document["attributions"][0])
        attribution["id"] = f"shifted-{number}"
        part = attribution["content"][0]
        part["exact"] = document["text"][part["start"] + 1 : part["end"] + 1]
        document["attributions"].append(attribution)
    return document


def test_mismatched_anchors_are_searched_for_in_bounded_work(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each mismatched anchor searched the whole text: 30 MB, 1000 anchors, 106 s (issue 16)."""
    monkeypatch.setattr(nearby, "NearbyText", CountingNearbyText)

    def scanned(anchors: int, characters: int) -> int:
        CountingNearbyText.made.clear()
        CountingNearbyText.searches = 0
        report = newsmodel.validate(
            shifted_anchors(anchors, characters), enable_only=["anchor.text_mismatch"]
        )
        assert len(report.problems) == anchors
        assert CountingNearbyText.searches == anchors
        return sum(search.scanned for search in CountingNearbyText.made)

    small, large = scanned(100, 500_000), scanned(200, 1_000_000)
    assert large <= 2.05 * small
