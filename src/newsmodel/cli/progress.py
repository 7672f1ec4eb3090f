"""A progress bar on standard error, only where a person is watching a long run."""

from __future__ import annotations

import sys
from types import TracebackType
from typing import Any, TextIO

import click

#: Show progress when at least this many files are checked ...
MANY_FILES = 20
#: ... or at least this many bytes (a JSON Lines file of many documents).
MANY_BYTES = 4 * 1024 * 1024


class Progress:
    """Counts bytes read against the total; draws a bar only on a terminal.

    Use :meth:`write_out` and :meth:`write_err` for any other output while the bar is
    shown: they clear the bar's line first, so output and bar do not mix on one line.
    """

    def __init__(self, total: int, *, enabled: bool | None, files: int) -> None:
        stream = sys.stderr
        if enabled is None:
            enabled = _isatty(stream) and (files >= MANY_FILES or total >= MANY_BYTES)
        self._stream = stream
        self._bar: Any = (
            click.progressbar(length=max(total, 1), label="checking", file=stream, show_pos=False)
            if enabled
            else None
        )

    def __enter__(self) -> Progress:
        if self._bar is not None:
            self._bar.__enter__()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._bar is not None:
            self._bar.__exit__(kind, error, traceback)

    def advance(self, count: int) -> None:
        if self._bar is not None and count:
            self._bar.update(count)

    def _clear(self) -> None:
        if self._bar is not None:
            self._stream.write("\r\033[K")
            self._stream.flush()

    def write_out(self, text: str) -> None:
        self._clear()
        click.echo(text, nl=False)

    def write_err(self, text: str) -> None:
        self._clear()
        click.echo(text, nl=False, err=True)


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
