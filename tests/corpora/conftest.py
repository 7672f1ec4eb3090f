"""Where the corpus tests find the shared real data (never committed)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from shared_data import SHARED

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
