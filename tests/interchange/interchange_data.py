"""Where the interchange tests find their fixtures and the shared real data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from shared_data import SHARED

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def fixture(name: str) -> Any:
    """The parsed JSON of one of our own fixtures."""
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def shared_files(*folders: str, patterns: tuple[str, ...] = ("*.json", "*.jsonld")) -> list[Path]:
    """The real files under ``../shared/<folder>``; skips the test when they are absent."""
    roots = [SHARED / folder for folder in folders]
    if not all(root.is_dir() for root in roots):
        pytest.skip(f"real data not found in {SHARED} (../shared beside the repository)")
    return sorted(path for root in roots for pattern in patterns for path in root.glob(pattern))
