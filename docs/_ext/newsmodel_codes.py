"""Every problem code, generated from the catalogue ``newsmodel.validation.catalogue()``.

``.. newsmodel-codes::`` writes one table row per code, from reading to the rules, with
its stage, severity and sentence; the rules' rows link to their sections on the rules
page. Nothing here names a code: a code added to the catalogue shows up on its own.
"""

from __future__ import annotations

from collections.abc import Iterator

from docutils import nodes
from generated_rst import parsed
from newsmodel_rules import rule_label
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from newsmodel.problems import Stage
from newsmodel.validation import catalogue


class CodeCatalogue(SphinxDirective):
    has_content = False

    def run(self) -> list[nodes.Node]:
        return parsed(self, self.rst())

    def rst(self) -> Iterator[str]:
        yield ".. list-table::"
        yield "   :header-rows: 1"
        yield "   :widths: 30 10 10 50"
        yield "   :class: newsmodel-table"
        yield ""
        yield "   * - Code"
        yield "     - Stage"
        yield "     - Severity"
        yield "     - What it means"
        for entry in catalogue():
            code = f"``{entry.code}``"
            if entry.stage is Stage.RULES:
                code = f":ref:`{entry.code} <{rule_label(entry.code)}>`"
            yield f"   * - {code}"
            yield f"     - {entry.stage.value}"
            yield f"     - {entry.severity.value}"
            yield f"     - {entry.description}"
        yield ""


def setup(app: Sphinx) -> dict[str, object]:
    app.add_directive("newsmodel-codes", CodeCatalogue)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
