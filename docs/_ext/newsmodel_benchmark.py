"""``.. newsmodel-benchmark::``: run ``benchmarks/bench_documents.py --quick`` at build
time and show what it printed, so the performance page shows this release's own numbers
rather than numbers pasted from some earlier run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

logger = logging.getLogger(__name__)

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_documents.py"


class Benchmark(SphinxDirective):
    has_content = False

    def run(self) -> list[nodes.Node]:
        self.env.note_dependency(str(SCRIPT))
        result = subprocess.run(
            [sys.executable, str(SCRIPT), "--quick"], capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            logger.warning(
                "newsmodel-benchmark: %s failed: %s",
                SCRIPT.name,
                result.stderr.strip().splitlines()[-1:],
                location=self.get_location(),
            )
            return []
        text = f"$ python benchmarks/{SCRIPT.name} --quick\n{result.stdout.rstrip()}"
        return [nodes.literal_block(text, text, language="console")]


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("newsmodel-benchmark", Benchmark)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "1"}
