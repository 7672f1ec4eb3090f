"""The docs' walk-through of a real page shows what ingest gives on it today.

The docs quote a recorded session (``docs/recorded/ingest-tagesschau.txt``); this test
remakes it from the page in ``../shared`` and compares, so that no figure or excerpt
the docs show can go stale. Remake it with ``python tests/ingest/walkthrough.py``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from walkthrough import PAGE, RECORD, ROOT, record

DOCS_PAGE = ROOT / "docs" / "ingesting.rst"


def test_the_recorded_session_is_what_ingest_gives_on_the_real_page() -> None:
    if not (PAGE / "page.html").is_file():
        pytest.skip(f"the tagesschau page is not in {PAGE} (../shared beside the repository)")
    assert record() == RECORD.read_text(encoding="utf-8"), (
        "ingest gives something else on the real page than the docs show: "
        "check the difference, then run python tests/ingest/walkthrough.py"
    )


def test_the_docs_page_shows_every_part_of_the_recorded_session() -> None:
    sections = re.findall(r"^\[(\w+)\]$", RECORD.read_text(encoding="utf-8"), re.MULTILINE)
    shown = re.findall(
        r":start-after: \[(\w+)\]", DOCS_PAGE.read_text(encoding="utf-8"), re.MULTILINE
    )
    assert sections
    assert sorted(shown) == sorted(sections)
    included = Path(DOCS_PAGE.parent, "recorded", RECORD.name)
    assert included == RECORD
