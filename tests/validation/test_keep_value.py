"""``checked(..., keep_value=False)`` lets the parsed document go before the rules run.

The parsed JSON value of a large document takes several times the memory of its text;
the rules run on the model objects, so a caller that does not want the value (``validate``,
``loads``, the command line) has it freed before the rules allocate theirs. Nothing else
about the result changes, and a value the caller passed in is never touched.
"""

from __future__ import annotations

import copy
import gc
import json
from pathlib import Path
from typing import Any

import pytest

import newsmodel
from newsmodel.codec import unstructure, write
from newsmodel.migrations import migrate
from newsmodel.validation import checked
from newsmodel.validation.schema_stage import version_named

REFERENCE = "space-agency-teams-with-arms-exporter"
OLDER = (
    Path(__file__).parents[1]
    / "corpus/1.0/migration/example-space-agency-teams-with-arms-exporter.json"
)


def document() -> dict[str, Any]:
    value: dict[str, Any] = unstructure(newsmodel.examples.load(REFERENCE))
    return value


def with_a_problem() -> dict[str, Any]:
    value = document()
    value["attributions"][2]["sources"] = ["nobody"]
    return value


def older_with_a_problem() -> dict[str, Any]:
    """A document of version 1.0, whose pointers are mapped back through its migration."""
    value: dict[str, Any] = json.loads(OLDER.read_text(encoding="utf-8"))
    value["attributions"][5]["cue"]["exact"] = "told"
    return value


def test_a_pointer_is_mapped_back_into_an_older_document() -> None:
    report = checked(write(older_with_a_problem()), keep_value=False).report
    assert [(p.code, p.pointer) for p in report.problems] == [
        ("anchor.text_mismatch", "/attributions/5/cue/exact")
    ]


@pytest.mark.parametrize("make", [document, with_a_problem, older_with_a_problem])
@pytest.mark.parametrize("given", ["bytes", "parsed", "article"])
def test_the_result_is_the_same_without_the_value(make: Any, given: str) -> None:
    value = make()
    if given == "bytes":
        document: Any = write(value)
    elif given == "parsed":
        document = value
    else:  # objects are of the current version
        current = migrate(value, version_named(value))
        document = newsmodel.codec.structure(current, newsmodel.Article)
    before = copy.deepcopy(value)
    kept = checked(document)
    let_go = checked(document, keep_value=False)
    assert let_go.value is None
    assert kept.value is not None
    assert (let_go.report, let_go.version, let_go.article, let_go.readable) == (
        kept.report,
        kept.version,
        kept.article,
        kept.readable,
    )
    assert value == before  # the caller's value is not changed


def _alive(identifier: str) -> bool:
    """Whether a parsed document with ``identifier`` as its id is still in memory."""
    gc.collect()
    return any(
        type(obj) is dict and obj.get("id") == identifier and "$schema" in obj
        for obj in gc.get_objects()
    )


@pytest.mark.parametrize("keep_value", [True, False])
def test_the_parsed_document_is_let_go_before_the_rules(
    keep_value: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    value = document()
    identifier = "urn:newsmodel:test:let-go"
    value["id"] = identifier
    text = write(value)
    del value
    seen: list[bool] = []
    from newsmodel.validation import _Stages

    report = _Stages.report

    def spying(self: _Stages, *args: Any, **kwargs: Any) -> Any:
        seen.append(_alive(identifier))
        return report(self, *args, **kwargs)

    monkeypatch.setattr(_Stages, "report", spying)
    result = checked(text, keep_value=keep_value)
    assert result.report.valid
    assert seen == [keep_value]
