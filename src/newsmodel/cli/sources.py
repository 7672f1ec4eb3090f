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

import os
import sys
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import BinaryIO

import attrs

from newsmodel import examples
from newsmodel.codec import ReadLimits
from newsmodel.documents import read_file
from newsmodel.errors import Problem, UnreadableDocumentError
from newsmodel.problems import EMPTY, NO_DOCUMENTS, NOT_FOUND, TOO_LARGE, UNREADABLE

#: The suffixes a folder is searched for.
DOCUMENT_SUFFIXES = (".json", ".jsonl")
#: The suffix of JSON Lines files; any other file holds one document.
LINES_SUFFIX = ".jsonl"
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


def _file(path: Path, name: str) -> Source:
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    return Source(name=name, path=path, lines=path.suffix == LINES_SUFFIX, size=size)


def _walk(folder: Path) -> Iterator[Path]:
    for root, folders, files in os.walk(folder):
        # Hidden folders (.git, .venv, .tox) hold no documents of the user's, and may be huge.
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and name.endswith(DOCUMENT_SUFFIXES):
                yield Path(root) / name


def expand(arguments: Iterable[str], *, stdin_lines: bool = False) -> list[Source]:
    """The sources that the command line's PATH arguments name, in the order given."""
    sources = []
    for argument in arguments:
        if argument == "-":
            sources.append(Source(name=STDIN_NAME, lines=stdin_lines))
            continue
        path = Path(argument)
        if path.is_dir():
            found = [_file(p, str(p)) for p in _walk(path)]
            sources.extend(found)
            if not found:
                problem = NO_DOCUMENTS.problem(source="folder (searched for *.json and *.jsonl)")
                sources.append(Source(name=argument, path=path, problem=problem))
        elif path.exists():
            sources.append(_file(path, argument))
        else:
            problem = NOT_FOUND.problem()
            sources.append(Source(name=argument, path=path, problem=problem))
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
    if source.problem is not None:
        yield Entry(source, None, None, (source.problem,))
    elif source.data is not None:
        yield Entry(source, None, source.data, consumed=len(source.data))
    elif source.lines:
        yield from _lines(source, limits)
    elif source.path is None:
        data = _stdin().read(limits.max_bytes + 1)
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


def _stdin() -> BinaryIO:
    return sys.stdin.buffer


def _lines(source: Source, limits: ReadLimits) -> Iterator[Entry]:
    if source.path is None:
        yield from _read_lines(source, _stdin(), limits)
        return
    try:
        stream = source.path.open("rb")
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
