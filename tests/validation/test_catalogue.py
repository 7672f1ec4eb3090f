"""Every problem code is in one catalogue, and every code there is one a module reports."""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import newsmodel
from newsmodel import problems
from newsmodel.problems import CODES, SCHEMA_KEYWORDS, ProblemCode, Stage
from newsmodel.schema import bundled_schemas
from newsmodel.validation import RULES, catalogue

SOURCE = Path(newsmodel.__file__).parent
CORPUS = Path(__file__).resolve().parents[1] / "corpus"
#: A string that reads as a problem code of a stage before or after the rules.
CODE_LIKE = re.compile(r"(input|json|schema|interchange|model)\.[a-z_]+")
#: Keywords that only pass a value on to other schemas and report no error of their own.
DESCENDING_KEYWORDS = {"$ref", "allOf", "if", "then", "else", "items", "properties"}
#: Keywords that annotate and never fail.
ANNOTATIONS = {"$schema", "$id", "$defs", "title", "description", "default"}


def _python_files() -> Iterator[Path]:
    yield from sorted(SOURCE.rglob("*.py"))


def _string_constants(path: Path) -> Iterator[str]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value


def _keywords(schema: Any) -> Iterator[str]:
    if isinstance(schema, dict):
        for key, value in schema.items():
            yield key
            # The keys of these are names (of properties, of definitions), not keywords.
            values = value.values() if key in ("properties", "$defs") else [value]
            for inner in values:
                yield from _keywords(inner)
    elif isinstance(schema, list):
        for item in schema:
            yield from _keywords(item)


def _bundled_keywords() -> set[str]:
    found: set[str] = set()
    for version in bundled_schemas().iterdir():
        if version.is_dir():
            for file in version.iterdir():
                if file.name.endswith(".json"):
                    found.update(_keywords(json.loads(file.read_text(encoding="utf-8"))))
    return found


def test_codes_are_unique_and_the_catalogue_runs_stage_by_stage() -> None:
    codes = [entry.code for entry in catalogue()]
    assert len(codes) == len(set(codes))
    stages = [entry.stage for entry in catalogue()]
    order = list(Stage)
    assert stages == sorted(stages, key=order.index)
    for entry in catalogue():
        if entry.stage is not Stage.RULES:
            assert entry.code.startswith(f"{entry.stage.value}."), entry
        assert entry.description.endswith((".", "...")), entry


def test_the_catalogue_holds_every_rule_from_the_rule_table() -> None:
    listed = [(e.code, e.severity, e.description) for e in catalogue() if e.stage is Stage.RULES]
    assert listed == [(rule.code, rule.severity, rule.summary) for rule in RULES]


def test_no_module_writes_a_code_of_its_own_outside_the_catalogue() -> None:
    # The rules' codes live in the rule table; every other code only in newsmodel.problems.
    for path in _python_files():
        if path == SOURCE / "problems.py":
            continue
        for text in _string_constants(path):
            # A literal that is a code (prose that names one, in a docstring, is fine).
            assert not CODE_LIKE.fullmatch(text), f"{path.relative_to(SOURCE)} writes {text!r}"


def test_every_code_of_the_catalogue_is_reported_by_some_module() -> None:
    # Each entry other than the schema keywords' is used by name outside the catalogue.
    named = {name for name, value in vars(problems).items() if isinstance(value, ProblemCode)}
    assert {getattr(problems, name) for name in named} | set(SCHEMA_KEYWORDS.values()) == set(CODES)
    used: set[str] = set()
    for path in _python_files():
        if path == SOURCE / "problems.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        used.update(node.id for node in ast.walk(tree) if isinstance(node, ast.Name))
        used.update(node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute))
        used.update(
            alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom)
            for alias in node.names
        )
    assert named - used == set()


def test_every_keyword_that_can_fail_in_the_schemas_has_a_code_and_no_other() -> None:
    can_fail = _bundled_keywords() - DESCENDING_KEYWORDS - ANNOTATIONS
    assert can_fail == set(SCHEMA_KEYWORDS)


def test_every_code_the_corpus_expects_is_in_the_catalogue() -> None:
    # The corpus's file names say the codes each bad input gets, "a+b--what.json".
    expected = {
        code
        for path in CORPUS.rglob("*.json*")
        if "--" in path.name
        for code in path.name.split("--")[0].split("+")
    }
    assert expected
    assert expected <= {entry.code for entry in catalogue()}


def test_a_message_is_written_once_and_filled_from_its_fields() -> None:
    problem = problems.TOO_LARGE.problem(limit=10, line=3)
    assert (problem.code, problem.message, problem.line) == (
        "json.too_large",
        "document is over the limit of 10 bytes",
        3,
    )
    assert newsmodel.validate(
        b" " * 11, limits=newsmodel.documents.ReadLimits(max_bytes=10)
    ).problems == (problems.TOO_LARGE.problem(limit=10),)
