"""Checking documents on several cores, with results in input order.

:func:`in_order` applies a function to each item of a stream, in worker processes when
``jobs`` is above one, and yields each item with its result in the order the items came,
so that the command's output is byte for byte the same whatever ``jobs`` is. Items go to
the workers in batches (a batch costs one round trip, not one per document), and only a
few batches per worker are in flight at once: memory stays flat however long the stream.

The first item is checked in this process: one small file never waits for a pool, and
that first check warms the caches (validators, the rule table, the converter), which the
workers inherit where processes are forked; forking them then takes milliseconds, so the
pool starts as soon as there is a second item. Where processes are spawned instead
(Windows, macOS), each worker imports newsmodel afresh, a fraction of a second, so a
whole first batch is checked here before a pool is worth starting.
"""

from __future__ import annotations

import collections
import itertools
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

# The pool's machinery (concurrent.futures, multiprocessing's contexts) loads only after
# the first item is checked: that check reads the first document, the memory peak of a
# large one, and what is not loaded yet does not add to it (docs/validating.rst on memory).
if TYPE_CHECKING:
    import multiprocessing.context
    from concurrent.futures import Future, ProcessPoolExecutor

T = TypeVar("T")
R = TypeVar("R")

#: A batch closes at this many items or at this many bytes of input, whichever comes first.
BATCH_ITEMS = 64
BATCH_BYTES = 1 << 20
#: Batches in flight per worker: enough that none waits for work, few enough to bound memory.
IN_FLIGHT_PER_WORKER = 3


def available_cores() -> int:
    """The cores this process may run on (its affinity, not only the machine's count)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def in_order(
    function: Callable[[T], R],
    items: Iterable[T],
    *,
    jobs: int,
    size: Callable[[T], int] = lambda item: 0,
) -> Iterator[tuple[T, R]]:
    """Each item with ``function(item)``, in the order of ``items``.

    With ``jobs`` above one the calls run in that many worker processes, so ``function``
    and the items must pickle (a module-level function, or a ``functools.partial`` of
    one). ``size`` gives an item's weight in bytes, for batching.
    """
    stream = iter(items)
    for item in itertools.islice(stream, 1):
        yield item, function(item)
    context = _context()
    if context.get_start_method() != "fork":
        for item in itertools.islice(stream, BATCH_ITEMS - 1):
            yield item, function(item)
    batches = _batches(stream, size)
    if jobs > 1:
        second = next(batches, None)
        if second is not None:
            yield from _in_pool(function, itertools.chain([second], batches), jobs, context)
        return
    for batch in batches:
        yield from zip(batch, _apply(function, batch), strict=True)


def _apply(function: Callable[[T], R], batch: list[T]) -> list[R]:
    return [function(item) for item in batch]


def _batches(items: Iterable[T], size: Callable[[T], int]) -> Iterator[list[T]]:
    batch: list[T] = []
    weight = 0
    for item in items:
        batch.append(item)
        weight += size(item)
        if len(batch) >= BATCH_ITEMS or weight >= BATCH_BYTES:
            yield batch
            batch, weight = [], 0
    if batch:
        yield batch


def _context() -> multiprocessing.context.BaseContext:
    # Forked workers start at once with this process's warm caches; where fork is not
    # offered (Windows, macOS by default), workers import newsmodel afresh.
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def _in_pool(
    function: Callable[[T], R],
    batches: Iterable[list[T]],
    jobs: int,
    context: multiprocessing.context.BaseContext,
) -> Iterator[tuple[T, R]]:
    from concurrent.futures import ProcessPoolExecutor

    window: collections.deque[tuple[list[T], Future[list[R]] | None]] = collections.deque()
    with ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=context,
        initializer=_end_with_parent,
        initargs=(os.getpid(),),
    ) as pool:
        for batch in batches:
            window.append((batch, _submit(pool, function, batch)))
            if len(window) >= jobs * IN_FLIGHT_PER_WORKER:
                yield from _collect(function, *window.popleft())
        while window:
            yield from _collect(function, *window.popleft())


#: How often a worker looks whether the process that started it is still there, in seconds.
PARENT_POLL_SECONDS = 0.2


def _end_with_parent(parent: int) -> None:
    """Make this worker end when the command that started it has ended.

    The command may die without a word: killed by SIGPIPE when its reader leaves
    (``validate ... | head -1``), or by SIGKILL. A forked worker holds the inherited ends
    of the pool's pipes, so it would wait for work forever, and hold the command's
    standard output and error open, so that the reader of the pipeline never saw them
    end. A thread watches for the parent's end (the worker is then a child of another
    process) and ends the worker at once, as the parent ended.
    """

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL_SECONDS)
        os._exit(0)

    threading.Thread(target=watch, name="newsmodel-parent-watch", daemon=True).start()


def _submit(
    pool: ProcessPoolExecutor, function: Callable[[T], R], batch: list[T]
) -> Future[list[R]] | None:
    from concurrent.futures.process import BrokenProcessPool

    try:
        return pool.submit(_apply, function, batch)
    except BrokenProcessPool:
        return None


def _collect(
    function: Callable[[T], R], batch: list[T], future: Future[list[R]] | None
) -> Iterator[tuple[T, R]]:
    from concurrent.futures.process import BrokenProcessPool

    if future is not None:
        try:
            return zip(batch, future.result(), strict=True)
        except BrokenProcessPool:
            pass
    # A worker died (killed, out of memory): check its batch here instead.
    return zip(batch, _apply(function, batch), strict=True)
