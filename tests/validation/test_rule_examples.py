"""One place per rule: every rule's entry holds an example that breaks exactly that rule.

The examples are edits of the shared small article; the bad-input corpus and the docs'
rule catalogue are made from them, so a rule without a working example cannot ship.
"""

from __future__ import annotations

from typing import Any

import pytest

import newsmodel
from newsmodel.examples import small_article
from newsmodel.validation import RULES

EXAMPLES = [
    pytest.param(rule, example, id=f"{rule.code}--{example.slug}")
    for rule in RULES
    for example in rule.examples
]


def test_the_small_article_breaks_no_rule() -> None:
    assert newsmodel.validate(small_article(), strict=True).problems == ()


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.code)
def test_every_rule_has_an_example_that_breaks_exactly_that_rule(rule: Any) -> None:
    alone = [example for example in rule.examples if not example.also]
    assert alone, f"{rule.code} has no example that breaks it alone"
    report = newsmodel.validate(alone[0].change(small_article()))
    assert set(report.codes) == {rule.code}, report.problems


@pytest.mark.parametrize(("rule", "example"), EXAMPLES)
def test_every_example_breaks_the_rules_it_names_and_no_other(rule: Any, example: Any) -> None:
    report = newsmodel.validate(example.change(small_article()))
    assert set(report.codes) == {rule.code, *example.also}, report.problems


def test_examples_have_distinct_names() -> None:
    names = [(rule.code, example.slug) for rule in RULES for example in rule.examples]
    assert len(names) == len(set(names))
