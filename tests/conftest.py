"""Shared test configuration: the hypothesis profiles and the built docs site.

``dev`` (the default) is quick, for running the suite while working. ``ci`` is thorough
and derandomized, so that CI runs the same examples every time and a failure reproduces,
and it keeps no example database (``.ci/run`` selects it with ``HYPOTHESIS_PROFILE=ci``).
In development the database lives in ``.hypothesis/``, which git ignores.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parents[1]

# Validating a document costs tens of milliseconds (more with many IRIs), and a shared CI
# machine is slower still: a deadline would make the suite flaky, not stricter.
settings.register_profile("dev", max_examples=25, deadline=None)
settings.register_profile(
    "ci",
    max_examples=150,
    derandomize=True,
    database=None,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


@pytest.fixture(scope="session")
def docs_site() -> Path:
    """The HTML docs, built by this test session: no docs test skips for want of a site.

    The build is the README's, as an environment with only the ``docs`` extra would run
    it (``tests/build_docs.py``), into ``docs/_build/html``; Sphinx rebuilds only what
    changed, so a site ``.ci/run`` has just built is reused. ``NEWSMODEL_DOCS_HTML``
    names a site built elsewhere, which is then read as it is.
    """
    given = os.environ.get("NEWSMODEL_DOCS_HTML")
    if given:
        site = Path(given)
        assert (site / "index.html").is_file(), f"NEWSMODEL_DOCS_HTML={given} holds no site"
        return site
    site = ROOT / "docs" / "_build" / "html"
    result = _build_docs(ROOT / "docs", site)
    if result.returncode != 0:
        pytest.fail(f"the docs do not build:\n{result.stdout}\n{result.stderr}")
    return site


@pytest.fixture(name="build_docs", scope="session")
def build_docs_fixture() -> Callable[..., subprocess.CompletedProcess[str]]:
    """:func:`_build_docs`, for tests that build docs of their own (a conftest is not
    importable by name: tests/render has one too)."""
    return _build_docs


def _build_docs(source: Path, output: Path, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """Run ``tests/build_docs.py`` on ``source`` into ``output``."""
    script = Path(__file__).with_name("build_docs.py")
    return subprocess.run(
        [sys.executable, str(script), str(source), str(output)],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        timeout=1800,
    )
