"""Lines run in chosen modules, for tests that count work rather than time it."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any


@contextmanager
def counting_lines(*modules: str) -> Iterator[Counter[str]]:
    """Count, by file name, the lines run in files whose paths start with one of
    ``modules`` (a module's file, or a package's folder) while the block runs."""
    steps: Counter[str] = Counter()

    def tracer(frame: FrameType, event: str, argument: Any) -> Any:
        module = frame.f_code.co_filename
        if not module.startswith(modules):
            return None
        if event == "line":
            steps[Path(module).name] += 1
        return tracer

    sys.settrace(tracer)
    try:
        yield steps
    finally:
        sys.settrace(None)
