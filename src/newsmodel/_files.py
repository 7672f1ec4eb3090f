"""Writing files so that no reader ever sees half of one."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


def _mode_for(path: Path) -> int:
    """The permissions the new file gets: the old file's, or what a plain ``open`` would give."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_atomically(path: Path, content: bytes) -> None:
    """Replace ``path`` with ``content`` so that no reader ever sees half a file.

    The content goes to a temporary file in the same folder, which then replaces
    ``path`` in one rename; the file keeps its permissions (``mkstemp`` would otherwise
    leave it readable by its owner only).
    """
    mode = _mode_for(path)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise
