"""A corpus of JSON Lines shards, validated or formatted on a Dask cluster.

``pip install "newsmodel-py[dask]"``. Each shard is one partition of a ``dask.bag``, read
and checked by a worker exactly as ``newsmodel validate SHARD`` and ``newsmodel fmt
SHARD`` do on one machine (the same code: ``newsmodel.cli.sources``,
``newsmodel.cli.validate.result_of``, ``newsmodel.cli.fmt.format_source``), so the
results are the command line's, in the order of the shards and of their lines. The paths
must be readable by the workers: a shared file system, or the same folder on each machine.
The :doc:`/scaling` page shows how to run it on a cluster.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import attrs
import dask.bag

from newsmodel._files import write_atomically
from newsmodel.cli.fmt import format_source
from newsmodel.cli.output import Result
from newsmodel.cli.sources import Source, entries, expand
from newsmodel.cli.validate import result_of
from newsmodel.validation import Options

__all__ = ["FormattedShard", "format_shards", "validate_shards"]

Paths = Sequence[str | os.PathLike[str]]


def validate_shards(paths: Paths, options: Options | None = None) -> dask.bag.Bag:
    """A bag of :class:`~newsmodel.cli.output.Result`, one per document of every shard.

    The order is the shards', then their lines' (blank lines hold no document and give
    none); a missing shard gives its ``input.not_found`` result, as on the command line.
    """
    return _by_shard(paths).map(_validate_shard, options or Options()).flatten()


@attrs.frozen
class FormattedShard:
    """What formatting one shard gave."""

    source: str
    """The shard, as the command line names it."""
    written: Path | None
    """The canonical shard written, or None when some document forbade it."""
    results: tuple[Result, ...]
    """Every document's result: what forbade writing, if anything did."""


def format_shards(
    paths: Paths, folder: str | os.PathLike[str], options: Options | None = None
) -> dask.bag.Bag:
    """A bag of :class:`FormattedShard`: each shard in canonical form, written to ``folder``.

    ``folder`` must not be where the shards are (a shard would overwrite itself).

    A shard is written (atomically, under its own file name) only when every document in
    it is valid, as ``newsmodel fmt`` rewrites a file; the bytes are those ``fmt`` writes.
    """
    return _by_shard(paths).map(_format_shard, Path(folder), options or Options()).flatten()


def _by_shard(paths: Paths) -> dask.bag.Bag:
    names = [os.fspath(path) for path in paths]
    return dask.bag.from_sequence(names, npartitions=max(1, len(names)))


def _sources(name: str) -> list[Source]:
    # The command line's own reading: a *.jsonl file is JSON Lines, a missing one a problem.
    return expand([name])


def _validate_shard(name: str, options: Options) -> list[Result]:
    results = []
    for source in _sources(name):
        for entry in entries(source, options.limits):
            result = result_of(options, entry)
            if result is not None:
                results.append(result)
    return results


def _format_shard(name: str, folder: Path, options: Options) -> list[FormattedShard]:
    formatted = []
    for source in _sources(name):
        if source.problem is not None or source.path is None:
            problems = () if source.problem is None else (source.problem,)
            result = Result(source.name, None, problems, readable=False)
            formatted.append(FormattedShard(source.name, None, (result,)))
            continue
        outcome = format_source(source, options)
        target = None
        if outcome.canonical is not None:
            target = folder / source.path.name
            write_atomically(target, outcome.canonical)
        formatted.append(FormattedShard(source.name, target, outcome.results))
    return formatted
