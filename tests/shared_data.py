"""Where tests find the real data written by others (``../shared``), never committed.

``$NEWSMODEL_SHARED`` names it; otherwise it is ``shared/`` beside the repository, or one
level further up for a git worktree. Tests that read it skip, saying so, when it is absent.
(A module of its own, not a conftest: a conftest cannot be imported by name when more than
one folder has one.)
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

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
