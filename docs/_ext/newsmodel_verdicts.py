"""The verdict normalization tables, generated from ``newsmodel.interchange.verdicts``.

``.. newsmodel-verdicts::`` writes one row per verdict with the labels that mean it (the
label table), then one row per publisher's own label: the tables the importer uses,
never restated by hand.
"""

from __future__ import annotations

from collections.abc import Iterator

from docutils import nodes
from generated_rst import parsed
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from newsmodel.interchange.verdicts import FIVE_POINTS, LABELS, PUBLISHER_LABELS
from newsmodel.model import Verdict


class VerdictTables(SphinxDirective):
    has_content = False

    def run(self) -> list[nodes.Node]:
        return parsed(self, self.rst())

    def rst(self) -> Iterator[str]:
        yield from _table(
            ("Verdict", "Labels (the label table)", "On a five-point scale"),
            [
                (
                    f"``{verdict.value}``",
                    ", ".join(f"'{label}'" for label, v in LABELS.items() if v is verdict)
                    or "none",
                    next(
                        (
                            f"{p:g} of the way from worst to best"
                            for p, v in FIVE_POINTS.items()
                            if v is verdict
                        ),
                        "none",
                    ),
                )
                for verdict in Verdict
            ],
        )
        yield from _table(
            ("Publisher", "Label", "Verdict"),
            [
                (host, f"'{label}'", f"``{verdict.value}``")
                for host, labels in PUBLISHER_LABELS.items()
                for label, verdict in labels.items()
            ],
        )


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> Iterator[str]:
    yield ".. list-table::"
    yield "   :header-rows: 1"
    yield "   :class: newsmodel-table"
    yield ""
    for row in (header, *rows):
        yield f"   * - {row[0]}"
        for cell in row[1:]:
            yield f"     - {cell}"
    yield ""


def setup(app: Sphinx) -> dict[str, object]:
    app.add_directive("newsmodel-verdicts", VerdictTables)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
