"""The view's work grows linearly with the document, counted in steps rather than seconds.

A chain of nested reports (each attribution ``nestedIn`` the one before, issue 16's
hostile shape) made ``newsmodel render`` quadratic twice over: the text inside every
report's span was copied once per span around it, and each report's outer one was found
by searching every attribution. An article of many short paragraphs, each annotated,
made it quadratic too: every paragraph was cut into runs by reading every anchor of the
document, and every mark was looked for in every paragraph (8,000 paragraphs: 23 s,
16,000: 79 s).
"""

from __future__ import annotations

import copy
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import newsmodel
from counting_lines import counting_lines
from newsmodel import coverage
from newsmodel.render import markup, render_article

#: The modules whose lines are counted: the view's, and the index of what is shown.
COUNTED = (str(Path(markup.__file__).parent), coverage.__file__)


def chain(links: int) -> newsmodel.Article:
    document: dict[str, Any] = json.loads(
        newsmodel.examples.read_bytes("space-agency-teams-with-arms-exporter")
    )
    template = document["attributions"][0]
    for number in range(links):
        attribution = copy.deepcopy(template)
        attribution["id"] = f"chain-{number}"
        attribution.pop("nestedIn", None)
        if number:
            attribution["nestedIn"] = f"chain-{number - 1}"
        document["attributions"].append(attribution)
    return newsmodel.from_json(document)


def paragraphs(count: int) -> newsmodel.Article:
    """The example with ``count`` paragraphs more, each with a claim and a quantity."""
    document: dict[str, Any] = json.loads(
        newsmodel.examples.read_bytes("space-agency-teams-with-arms-exporter")
    )
    paragraph = "Officials said some 35 offices would close."
    text = document["text"]
    for number in range(count):
        start = len(text) + 2
        text += "\n\n" + paragraph
        document["segments"].append({"role": "paragraph", "start": start, "end": len(text)})
        document["claims"].append(
            {
                "id": f"c-{number}",
                "factuality": "CT+",
                "content": [{"start": start, "end": len(text) - 1, "exact": paragraph[:-1]}],
            }
        )
        offices = start + paragraph.index("some")
        document["quantities"].append(
            {
                "id": f"q-{number}",
                "anchor": {"start": offices, "end": offices + 15, "exact": "some 35 offices"},
                "value": 35,
                "approximate": True,
                "unit": "{office}",
            }
        )
    document["text"] = text
    return newsmodel.from_json(document)


def work(article: newsmodel.Article, monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Lines run in each of the view's modules, and characters of HTML built."""
    built: Counter[str] = Counter()

    def counted(cls: type[markup.Markup], value: object = "") -> markup.Markup:
        made = str.__new__(cls, value)
        built["characters of HTML"] += len(made)
        return made

    monkeypatch.setattr(markup.Markup, "__new__", counted)
    with counting_lines(*COUNTED) as steps:
        render_article(article)
    return steps + built


def test_rendering_a_chain_of_nested_reports_is_linear(monkeypatch: pytest.MonkeyPatch) -> None:
    steps, doubled = work(chain(150), monkeypatch), work(chain(300), monkeypatch)
    growth = {what: round(doubled[what] / steps[what], 2) for what in steps}
    assert max(growth.values()) < 2.3, growth


def test_rendering_many_annotated_paragraphs_is_linear(monkeypatch: pytest.MonkeyPatch) -> None:
    steps, doubled = work(paragraphs(200), monkeypatch), work(paragraphs(400), monkeypatch)
    growth = {what: round(doubled[what] / steps[what], 2) for what in steps}
    assert max(growth.values()) < 2.3, growth
