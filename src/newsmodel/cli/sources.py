"""Where the command line's documents come from: files, folders, JSON Lines, standard input.

A path given on the command line is a :class:`Source`: a file (``*.jsonl`` is JSON
Lines, anything else one JSON document), every ``*.json`` and ``*.jsonl`` file under a
folder (recursively, in sorted order, skipping hidden files and folders), ``-`` for
standard input, or the bundled examples. Reading a source gives :class:`Entry` items,
one per document, each either the document's bytes or the problem that kept it from
being read. Memory stays bounded by the size limit: a JSON file is sized before it is
read, and a JSON Lines file is read one line at a time.
"""

from __future__ import annotations

import io
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import BinaryIO

import attrs

from newsmodel import examples
from newsmodel.codec import ReadLimits
from newsmodel.documents import read_file
from newsmodel.errors import Problem, UnreadableDocumentError, printable
from newsmodel.problems import EMPTY, NO_DOCUMENTS, NOT_FOUND, TOO_LARGE, UNREADABLE

#: The suffixes a folder is searched for.
DOCUMENT_SUFFIXES = (".json", ".jsonl")
#: The suffix of JSON Lines files; any other file holds one document.
LINES_SUFFIX = ".jsonl"
#: Bytes read at a time from a JSON Lines file.
LINES_BUFFER = 1 << 20
#: What standard input is called in reports.
STDIN_NAME = "<stdin>"


@attrs.frozen
class Source:
    """One file (or standard input) to read documents from."""

    name: str
    """How reports name it: the path as found, ``<stdin>``, ``examples/NAME.json``."""
    path: Path | None = None
    """The file, or None for standard input and bundled examples."""
    lines: bool = False
    """Whether it is JSON Lines (one document per line) rather than one document."""
    size: int = 0
    """Its size in bytes where known, for the progress bar."""
    data: bytes | None = None
    """The contents, for a bundled example."""
    problem: Problem | None = None
    """Why the path gives no document at all (missing, an empty folder), if it does not."""
    skipped: str | None = None
    """Why a file found in a folder is passed over (a FIFO, a device), if it is."""
    regular: bool = False
    """Whether it is a regular file, which any process can open and read again (not a
    pipe such as ``<(cmd)``, which only one reader can read once)."""


@attrs.frozen
class Entry:
    """One document read from a source: its bytes, or why they could not be read."""

    source: Source
    line: int | None
    """The line it is on, for JSON Lines; None for a whole-file document."""
    data: bytes | None
    problems: tuple[Problem, ...] = ()
    """Set when ``data`` is None: what kept the document from being read."""
    consumed: int = 0
    """Bytes of the source read for this entry, for the progress bar."""


def _file(path: Path, *, found_in_folder: bool = False) -> Source:
    name = printable(str(path))
    try:
        status = path.stat()
    except OSError:
        status = None
    if found_in_folder and status is not None and not stat.S_ISREG(status.st_mode):
        # A FIFO named *.json would block the walk forever; a device is nobody's document.
        # Named on the command line, such a file is read: '<(cmd)' is a pipe.
        return Source(name=name, path=path, skipped=f"not a regular file ({_kind(status)})")
    size = status.st_size if status is not None else 0
    regular = status is not None and stat.S_ISREG(status.st_mode)
    lines = path.suffix == LINES_SUFFIX
    return Source(name=name, path=path, lines=lines, size=size, regular=regular)


def _kind(status: os.stat_result) -> str:
    if stat.S_ISFIFO(status.st_mode):
        return "a FIFO"
    if stat.S_ISSOCK(status.st_mode):
        return "a socket"
    if stat.S_ISCHR(status.st_mode) or stat.S_ISBLK(status.st_mode):
        return "a device"
    return "not a file"


def _walk(folder: Path, suffixes: tuple[str, ...] = DOCUMENT_SUFFIXES) -> Iterator[Source]:
    unreadable: list[OSError] = []
    for root, folders, files in os.walk(folder, onerror=unreadable.append):
        yield from _unreadable_folders(unreadable)
        # Hidden folders (.git, .venv, .tox) hold no documents of the user's, and may be huge.
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and name.endswith(suffixes):
                yield _file(Path(root) / name, found_in_folder=True)
    yield from _unreadable_folders(unreadable)


def _unreadable_folders(errors: list[OSError]) -> Iterator[Source]:
    """A folder the walk could not list: a problem, never a silent pass (exit 3)."""
    while errors:
        error = errors.pop(0)
        name = printable(str(error.filename))
        problem = UNREADABLE.problem(reason=error.strerror)
        yield Source(name=name, path=Path(error.filename), problem=problem)


def expand(
    arguments: Iterable[str],
    *,
    stdin_lines: bool = False,
    suffixes: tuple[str, ...] = DOCUMENT_SUFFIXES,
) -> list[Source]:
    """The sources that the command line's PATH arguments name, in the order given.

    A folder is searched for files ending in one of ``suffixes`` (other formats than
    newsmodel's have other suffixes: ``.jsonld``, ``.tml``).
    """
    sources = []
    for argument in arguments:
        if argument == "-":
            sources.append(Source(name=STDIN_NAME, lines=stdin_lines))
            continue
        path = Path(argument)
        if path.is_dir():
            found = list(_walk(path, suffixes))
            sources.extend(found)
            if all(source.skipped for source in found):
                searched = " and ".join(f"*{suffix}" for suffix in suffixes)
                problem = NO_DOCUMENTS.problem(source=f"folder (searched for {searched})")
                sources.append(Source(name=printable(argument), path=path, problem=problem))
        elif path.exists():
            sources.append(attrs.evolve(_file(path), name=printable(argument)))
        else:
            problem = NOT_FOUND.problem()
            sources.append(Source(name=printable(argument), path=path, problem=problem))
    return sources


def bundled_examples() -> list[Source]:
    """The examples shipped with newsmodel, as sources named ``examples/NAME.json``."""
    folder = resources.files(examples)
    sources = []
    for name in examples.names():
        data = (folder / f"{name}.json").read_bytes()
        sources.append(Source(name=f"examples/{name}.json", size=len(data), data=data))
    if not sources:
        problem = NO_DOCUMENTS.problem(source="this installation's examples folder")
        sources.append(Source(name="examples", problem=problem))
    return sources


def entries(source: Source, limits: ReadLimits) -> Iterator[Entry]:
    """Every document in ``source``, read within ``limits``."""
    if source.skipped is not None:
        return
    if source.problem is not None:
        yield Entry(source, None, None, (source.problem,))
    elif source.data is not None and source.lines:
        yield from _read_lines(source, io.BytesIO(source.data), limits)
    elif source.data is not None:
        yield Entry(source, None, source.data, consumed=len(source.data))
    elif source.lines:
        yield from _lines(source, limits)
    elif source.path is None:
        stdin = _stdin()
        if stdin is None:
            yield Entry(source, None, None, (_STDIN_CLOSED,))
            return
        data = stdin.read(limits.max_bytes + 1)
        if len(data) > limits.max_bytes:
            problem = TOO_LARGE.problem(limit=limits.max_bytes)
            yield Entry(source, None, None, (problem,))
        else:
            yield Entry(source, None, data, consumed=len(data))
    else:
        try:
            data = read_file(source.path, limits=limits)
        except UnreadableDocumentError as error:
            yield Entry(source, None, None, error.problems, consumed=source.size)
        else:
            yield Entry(source, None, data, consumed=len(data))


#: What reading '-' gives when the shell closed standard input ('<&-').
_STDIN_CLOSED = UNREADABLE.problem(reason="standard input is closed")


def _stdin() -> BinaryIO | None:
    """Standard input's bytes, or None when the process was started without one."""
    return sys.stdin.buffer if sys.stdin is not None else None


def _lines(source: Source, limits: ReadLimits) -> Iterator[Entry]:
    if source.path is None:
        stdin = _stdin()
        if stdin is None:
            yield Entry(source, None, None, (_STDIN_CLOSED,))
        else:
            yield from _read_lines(source, stdin, limits)
        return
    try:
        # A buffer of 1 MiB rather than 8 KiB: lines of news documents run to tens of
        # kilobytes, and reading them 8 KiB at a time took three times as long.
        stream = source.path.open("rb", buffering=LINES_BUFFER)
    except OSError as error:
        if isinstance(error, FileNotFoundError):
            problem = NOT_FOUND.problem()
        else:
            problem = UNREADABLE.problem(reason=error.strerror)
        yield Entry(source, None, None, (problem,))
        return
    with stream:
        yield from _read_lines(source, stream, limits)


def _read_lines(source: Source, stream: BinaryIO, limits: ReadLimits) -> Iterator[Entry]:
    """One entry per non-blank line; a line over the size limit is skipped, not held."""
    number = 0
    documents = 0
    while True:
        line = stream.readline(limits.max_bytes + 2)  # room for "\r\n" after a full line
        if not line:
            break
        number += 1
        consumed = len(line)
        if not line.endswith(b"\n") and len(line) > limits.max_bytes:
            while not line.endswith(b"\n"):  # skip the rest of the line, a chunk at a time
                line = stream.readline(1 << 20)
                consumed += len(line)
                if not line:
                    break
            documents += 1
            problem = TOO_LARGE.problem(line=number, limit=limits.max_bytes)
            yield Entry(source, number, None, (problem,), consumed=consumed)
            continue
        if not line.strip():
            # Blank lines are ignored: many tools end a file with one, or separate
            # records with them, and they hold no document to check.
            yield Entry(source, number, None, (), consumed=consumed)
            continue
        documents += 1
        yield Entry(source, number, line.rstrip(b"\r\n"), consumed=consumed)
    if documents == 0:
        problem = EMPTY.problem(what="the JSON Lines input")
        yield Entry(source, None, None, (problem,))
