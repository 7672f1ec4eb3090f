"""What the command line does when its environment fails: signals and I/O faults.

A check that could not be made must never look like a verdict. Interrupted by Ctrl-C,
``newsmodel`` exits 130; when the reader of its output goes away (``... | head -1``), 141;
when terminated (SIGTERM), 143 (the shell's codes for death by SIGINT, SIGPIPE and
SIGTERM), in each case printing nothing, and removing any temporary file ``fmt`` was
writing. An input or output that fails (standard output on a full disk, a folder it may
not write, memory running out) gets one line on standard error and exit status 3, "could
not check": never a traceback, and never 1, which says that a document is invalid.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from collections.abc import Iterator
from types import FrameType
from typing import Any, NoReturn

import click

from newsmodel.cli.options import ExitCode
from newsmodel.errors import printable


class FaultReportingGroup(click.Group):
    """A click group whose commands end with one of :class:`ExitCode`'s statuses, whatever fails."""

    def invoke(self, ctx: click.Context) -> Any:
        if sys.stdout is None:  # started with standard output closed ('>&-')
            _leave(ExitCode.UNREADABLE, "standard output is closed")
        with _terminate_as_exit():
            try:
                try:
                    return super().invoke(ctx)
                finally:
                    # Output still buffered would fail at exit, past every handler.
                    sys.stdout.flush()
            except KeyboardInterrupt:
                _leave(ExitCode.INTERRUPTED)
            except BrokenPipeError:
                _leave(ExitCode.BROKEN_PIPE)
            except MemoryError:
                _leave(ExitCode.UNREADABLE, "out of memory")
            except OSError as error:
                _leave(ExitCode.UNREADABLE, describe(error))


def describe(error: OSError) -> str:
    """One line saying what failed, naming the file when there is one."""
    what = error.strerror or type(error).__name__
    if error.filename is not None:
        return f"{printable(os.fsdecode(error.filename))}: {what}"
    return what


def _leave(code: ExitCode, message: str | None = None) -> NoReturn:
    if message is not None:
        with contextlib.suppress(OSError, ValueError, AttributeError):  # stderr closed too
            sys.stderr.write(f"newsmodel: {message}\n")
            sys.stderr.flush()
    _discard_output()
    raise SystemExit(int(code))


def _discard_output() -> None:
    """Point standard output at /dev/null, so that what is left in its buffer (for a closed
    pipe or a full disk) fails nowhere: Python would otherwise report it at exit, and change
    the exit status to 120."""
    try:
        fileno = sys.stdout.fileno()
    except (OSError, ValueError, AttributeError):
        return  # closed, or not a real file (a test's capture): nothing is flushed at exit
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fileno)
    os.close(devnull)


@contextlib.contextmanager
def _terminate_as_exit() -> Iterator[None]:
    """Turn SIGTERM into ``SystemExit(143)`` while a command runs, so that ``finally``
    clauses (which remove ``fmt``'s temporary file) run before the process ends."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def terminate(signum: int, frame: FrameType | None) -> None:
        raise SystemExit(int(ExitCode.TERMINATED))

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
