"""Shared test configuration: the hypothesis profiles.

``dev`` (the default) is quick, for running the suite while working. ``ci`` is thorough
and derandomized, so that CI runs the same examples every time and a failure reproduces,
and it keeps no example database (``.ci/run`` selects it with ``HYPOTHESIS_PROFILE=ci``).
In development the database lives in ``.hypothesis/``, which git ignores.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

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
