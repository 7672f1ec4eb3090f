"""The source distribution builds its own docs, as Read the Docs or a packager would."""

from __future__ import annotations

import subprocess
import sys
import tarfile
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]


def test_the_docs_build_from_the_unpacked_sdist(tmp_path: Path, build_docs: Any) -> None:
    subprocess.run(
        [sys.executable, "-m", "build", "--sdist", "--no-isolation", "--outdir", str(tmp_path)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    (sdist,) = tmp_path.glob("*.tar.gz")
    with tarfile.open(sdist) as archive:
        archive.extractall(tmp_path / "unpacked", filter="data")
    (tree,) = (tmp_path / "unpacked").iterdir()

    result = build_docs(tree / "docs", tmp_path / "html", cwd=tree)

    assert result.returncode == 0, result.stderr[-3000:]
    # The performance page runs the sdist's own benchmark script at build time.
    performance = (tmp_path / "html" / "performance.html").read_text("utf-8")
    assert "newsmodel.loads (parse, schema, rules, structure)" in performance
