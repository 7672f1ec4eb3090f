"""The rule catalogue, generated from the rule table ``newsmodel.validation.rules.RULES``.

``.. newsmodel-rules::`` writes a summary table and then, for each rule, its code,
severity and sentence, and its first example violation from the rule table: the edit of
the small article shown as a JSON Patch (:mod:`rule_examples` computes it), with the
problems that the real validator then reports. An example that does not make its rule
fire is a build warning (an error under ``-W``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import rule_examples
from docutils import nodes
from generated_rst import parsed
from sphinx.application import Sphinx
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from newsmodel.validation import RULES, validate_parsed

logger = logging.getLogger(__name__)


def rule_label(code: str) -> str:
    """The reference label of a rule's section: ``rule-anchor.text_mismatch``."""
    return f"rule-{code}"


def indent(text: str, by: str = "   ") -> Iterator[str]:
    for line in text.splitlines():
        yield by + line if line else ""


class RuleCatalogue(SphinxDirective):
    has_content = False

    def run(self) -> list[nodes.Node]:
        return parsed(self, self.rst())

    def warn(self, message: str, *args: Any) -> None:
        logger.warning("newsmodel-rules: " + message, *args, location=self.get_location())

    def rst(self) -> Iterator[str]:
        base = rule_examples.base_document()
        clean = validate_parsed(base)
        if clean.problems:
            self.warn("the base document is not clean: %s", "; ".join(map(str, clean.problems)))
        yield ".. list-table::"
        yield "   :header-rows: 1"
        yield "   :widths: 30 12 58"
        yield "   :class: newsmodel-table"
        yield ""
        yield "   * - Code"
        yield "     - Severity"
        yield "     - What it checks"
        for rule in RULES:
            yield f"   * - :ref:`{rule.code} <{rule_label(rule.code)}>`"
            yield f"     - {rule.severity.value}"
            yield f"     - {rule.summary}"
        yield ""
        for rule in RULES:
            yield from self.rule_section(rule, base)
        yield from self.base_section(base)

    def rule_section(self, rule: Any, base: dict[str, Any]) -> Iterator[str]:
        yield f".. _{rule_label(rule.code)}:"
        yield ""
        yield rule.code
        yield "-" * len(rule.code)
        yield ""
        yield f"**Severity:** {rule.severity.value}. {rule.summary}"
        yield ""
        example = rule.examples[0]
        broken = rule_examples.broken_document(rule)
        report = validate_parsed(broken)
        if rule.code not in report.codes:
            self.warn(
                "the example of %s does not make it fire (it reports: %s)",
                rule.code,
                ", ".join(report.codes) or "nothing",
            )
        operations = list(rule_examples.patch(base, broken))
        yield f"**Example.** {example.what} As a JSON Patch on the :ref:`example document "
        yield "<rule-base-document>`:"
        yield ""
        yield ".. code-block:: json"
        yield ""
        yield from indent(json.dumps(operations, indent=2, ensure_ascii=False))
        yield ""
        yield "What ``newsmodel.validate`` reports (pointer, code, message):"
        yield ""
        yield ".. code-block:: text"
        yield ""
        for problem in report.problems:
            yield f"   {problem.severity.value}: {problem}"
        yield ""

    def base_section(self, base: dict[str, Any]) -> Iterator[str]:
        yield ".. _rule-base-document:"
        yield ""
        title = "The example document"
        yield from (title, "-" * len(title), "")
        yield (
            "Every example above changes this small valid document, which breaks no rule "
            "(:func:`newsmodel.examples.small_article`)."
        )
        yield ""
        yield ".. code-block:: json"
        yield ""
        yield from indent(json.dumps(base, indent=2, ensure_ascii=False))
        yield ""


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("newsmodel-rules", RuleCatalogue)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "1"}
