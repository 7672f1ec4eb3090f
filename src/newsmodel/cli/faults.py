"""What the command line does when its environment fails: signals and I/O faults.

A check that could not be made must never look like a verdict. Interrupted by Ctrl-C,
``newsmodel`` exits 130; when the reader of its output goes away (``... | head -1``), it
dies of SIGPIPE, which the shell reports as 141; when terminated (SIGTERM) 143, and when
its terminal hangs up (SIGHUP) 129 (the shell's codes for death by those signals), in each
case printing nothing, and removing any temporary file it was writing. An input or output
that fails (standard output on a full disk, a folder it may not write, memory running
out) gets one line on standard error and exit status 3, "could not check": never a
traceback, and never 1, which says that a document is invalid. This holds from the
first byte written, ``--help`` and ``--version`` included.
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

    def main(self, *args: Any, **kwargs: Any) -> Any:
        if sys.stdout is None:  # started with standard output closed ('>&-')
            _leave(ExitCode.UNREADABLE, "standard output is closed")
        # Outermost, for what click writes itself after parsing: a usage error's message.
        with _signals_as_exits(), _faults_as_exits():
            return super().main(*args, **kwargs)

    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        # Parsing writes too: '--help' and '--version' print as they are parsed, and
        # click itself would turn a closed pipe there into status 1.
        with _faults_as_exits():
            return super().make_context(*args, **kwargs)

    def invoke(self, ctx: click.Context) -> Any:
        # Inside click's own handlers, which would make Ctrl-C "Aborted!" and status 1.
        with _faults_as_exits():
            return super().invoke(ctx)


@contextlib.contextmanager
def _faults_as_exits() -> Iterator[None]:
    """Turn an interruption or an I/O fault into its exit status and at most one line."""
    try:
        try:
            yield
        finally:
            # Output still buffered would fail at exit, past every handler.
            if sys.stdout is not None:
                sys.stdout.flush()
    except KeyboardInterrupt:
        _leave(ExitCode.INTERRUPTED)
    except BrokenPipeError:
        _leave(ExitCode.BROKEN_PIPE)
    except MemoryError:
        _leave(ExitCode.UNREADABLE, "out of memory")
    except SystemError as error:
        # What orjson raises when memory runs out while it reads: "returned a result
        # with an exception set", caused by the MemoryError.
        if not isinstance(error.__cause__, MemoryError):
            raise
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


#: The signals that end a command as an exit, so that ``finally`` clauses run first.
_EXITING_SIGNALS = {signal.SIGTERM: ExitCode.TERMINATED, signal.SIGHUP: ExitCode.HUNG_UP}


@contextlib.contextmanager
def _signals_as_exits() -> Iterator[None]:
    """While a command runs: SIGTERM and SIGHUP become ``SystemExit`` with their status,
    so that the ``finally`` clauses that remove temporary files run before the process
    ends; and SIGPIPE kills it, as it kills ``cat``.

    Python ignores SIGPIPE, and then a write to a pipe whose reader has left may be cut
    short without an error (``BufferedWriter.write`` returns the count written): the
    output would end silently and the status be 0. Killed by SIGPIPE, the process exits
    as every Unix tool does, and the shell reports 141.
    """
    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers can only be set in the main thread
        return

    def leave(signum: int, frame: FrameType | None) -> None:
        raise SystemExit(int(_EXITING_SIGNALS[signal.Signals(signum)]))

    previous = {number: signal.signal(number, leave) for number in _EXITING_SIGNALS}
    previous[signal.SIGPIPE] = signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
