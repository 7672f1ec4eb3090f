"""Where the corpus tests find the shared real data (never committed)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
#: ``$NEWSMODEL_SHARED``, or ``../shared`` beside the repository (a worktree one level
#: further down finds it one level up).
SHARED = next(
    (
        path
        for path in (
            Path(os.environ.get("NEWSMODEL_SHARED", ROOT / "../shared")),
            ROOT.parent.parent / "shared",
        )
        if path.is_dir()
    ),
    ROOT.parent / "shared",
)
ANNOTATIONS = SHARED / "realdata" / "annotations"


def _real_files(folder: str, pattern: str) -> list[Path]:
    """The real files ``../shared/realdata/annotations/<folder>/<pattern>``; skips the
    test with a clear message when they are absent."""
    found = sorted((ANNOTATIONS / folder).glob(pattern))
    if not found:
        pytest.skip(
            f"real annotated data not found in {ANNOTATIONS / folder} (../shared beside the repository)"
        )
    return found


@pytest.fixture
def real_files() -> Callable[[str, str], list[Path]]:
    """Finds real files by folder and pattern, skipping the test when they are absent."""
    return _real_files
