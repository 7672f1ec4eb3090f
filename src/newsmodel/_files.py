"""Writing files so that no reader ever sees half of one, and nothing around them is lost."""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from newsmodel.errors import UnsafeWriteError, printable


def _new_file_mode() -> int:
    """The permissions a plain ``open`` would give a new file."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomically(path: Path, content: bytes, *, expected: bytes | None = None) -> None:
    """Replace the file at ``path`` with ``content`` so that no reader ever sees half a file.

    The content goes to a temporary file in the same folder, which then replaces the file
    in one rename. What surrounds the bytes is kept: a symbolic link is followed and its
    target replaced (the link stays a link); the file keeps its permissions, its owner and
    group, and its extended attributes (ACLs, SELinux labels) where the file system and
    the process allow. On any failure or interruption the temporary file is removed and
    the file is as it was.

    Raises :class:`UnsafeWriteError` rather than lose something: when the file is
    read-only, when it has several hard links (a rename would split them), when it
    belongs to a user or group the process cannot give the new file to (a rename would
    change its owner), or when ``expected`` is given and the file no longer holds it
    (an edit saved meanwhile).
    """
    target = Path(os.path.realpath(path))
    try:
        status: os.stat_result | None = target.stat()
    except FileNotFoundError:
        status = None
    if status is not None:
        _refuse_unsafe(target, status)
    temporary: str | None = None
    try:
        with _signals_held():  # so that no signal comes between its making and its name
            handle, temporary = tempfile.mkstemp(
                dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
            )
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        if status is None:
            os.chmod(temporary, _new_file_mode())  # mkstemp makes it private to its owner
        else:
            _copy_metadata(target, status, temporary)
        if expected is not None and target.read_bytes() != expected:
            raise UnsafeWriteError(
                errno.EBUSY,
                "changed since it was read (an edit saved meanwhile is kept)",
                printable(str(path)),
            )
        os.replace(temporary, target)
    except BaseException:
        if temporary is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
        raise


#: The signals that end a write early (the command line turns them into exits).
_ENDING_SIGNALS = {signal.SIGINT, signal.SIGTERM, getattr(signal, "SIGHUP", signal.SIGTERM)}


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold back the signals that end a command while a temporary file is made, so that
    none is handled between the file's creation and the cleanup taking charge of it."""
    mask = getattr(signal, "pthread_sigmask", None)
    if mask is None:  # Windows
        yield
        return
    previous = mask(signal.SIG_BLOCK, _ENDING_SIGNALS)
    try:
        yield
    finally:
        mask(signal.SIG_SETMASK, previous)


def _refuse_unsafe(target: Path, status: os.stat_result) -> None:
    name = printable(str(target))
    if not stat.S_ISREG(status.st_mode):
        raise UnsafeWriteError(errno.EINVAL, "not a regular file", name)
    if not status.st_mode & 0o222 or not os.access(target, os.W_OK):
        # Root may write anything; a file nobody may write was made so on purpose.
        raise UnsafeWriteError(errno.EACCES, "the file is read-only", name)
    if status.st_nlink > 1:
        raise UnsafeWriteError(
            errno.EMLINK,
            f"the file has {status.st_nlink} hard links, which replacing it would split",
            name,
        )


def _copy_metadata(target: Path, status: os.stat_result, temporary: str) -> None:
    os.chmod(temporary, stat.S_IMODE(status.st_mode))
    if (status.st_uid, status.st_gid) != (os.getuid(), os.getgid()):
        # Only root may give a file away; anyone may keep a group they belong to. A
        # file that would change hands (another user's, writable by a group) is left.
        try:
            os.chown(temporary, status.st_uid, status.st_gid)
        except PermissionError:
            raise UnsafeWriteError(
                errno.EPERM,
                "the file belongs to another user or group, which replacing it would change",
                printable(str(target)),
            ) from None
    try:
        names = os.listxattr(target)
    except (OSError, AttributeError):  # a file system, or a platform, without them
        names = []
    for name in names:
        # Some namespaces (trusted.*, security.*) only root may set: kept where allowed.
        with contextlib.suppress(OSError):
            os.setxattr(temporary, name, os.getxattr(target, name))
