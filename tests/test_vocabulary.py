"""No newsmodel JSON key, enum value or type tag is written as a literal outside the model.

Validation, the strategies, the tools and the docs' extensions take the vocabulary from
the model (fields by attribute, keys through ``json_name``, enum members, ``type_tag``),
so that mypy and the tests see a rename. This test searches their source for quoted
vocabulary. Words that are also JSON Schema keywords (``type``, ``minimum`` ...), JSON
Patch keys (``value``), or names of the model's modules (``text``, ``events`` ...) are
left out of the search: there they mean something else.
"""

from __future__ import annotations

import enum
import re
from pathlib import Path

import attrs

import newsmodel.model
from newsmodel.model._fields import json_name, type_tag
from newsmodel.model.times import PARTS_OF_DAY, REFERENCE_POINTS, SEASONS

ROOT = Path(__file__).resolve().parents[1]
SEARCHED = ["src/newsmodel/validation", "src/newsmodel/strategies", "tools", "docs/_ext"]
#: Words of the vocabulary that these modules use in another sense.
OTHER_SENSES = {
    # JSON Schema keywords, JSON Patch keys, docutils and click option names
    *("type", "value", "description", "minimum", "maximum", "title", "name"),
    # the model's module names, by which the docs group classes
    *("anchor", "text", "article", "attribution", "entities", "claims", "quantities"),
    *("times", "events"),
    # a JSON Schema format, a Sphinx extension's metadata key, a participant's role word
    *("date", "version", "target"),
}


def vocabulary() -> set[str]:
    words: set[str] = {*REFERENCE_POINTS, *SEASONS, *PARTS_OF_DAY}
    for name in newsmodel.model.__all__:
        obj = getattr(newsmodel.model, name)
        if isinstance(obj, type) and attrs.has(obj):
            words.add(type_tag(obj))
            words.update(json_name(field) for field in attrs.fields(obj))
        elif isinstance(obj, type) and issubclass(obj, enum.Enum):
            words.update(str(member.value) for member in obj)
    return words - OTHER_SENSES


def test_no_vocabulary_is_written_as_a_literal() -> None:
    words = "|".join(map(re.escape, sorted(vocabulary(), key=len, reverse=True)))
    literal = re.compile(f"\"({words})\"|'({words})'")
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for folder in SEARCHED
        for path in sorted((ROOT / folder).rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if literal.search(line)
    ]
    assert found == []


def test_the_search_finds_what_it_looks_for() -> None:
    assert {"nestedIn", "anchorTime", "PUBLICATION_TIME", "page_template", "DURATION"} <= (
        vocabulary()
    )
