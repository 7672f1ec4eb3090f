"""How ``newsmodel validate --jobs N`` scales, measured so that a busy machine cannot hide it.

Run: ``python benchmarks/bench_jobs.py [--documents 2000] [--jobs N] [--quick]``.

On a machine whose cores other work uses, the wall-clock ratio of ``--jobs N`` to
``--jobs 1`` says how much of the cores a run was given, not how the runner scales. So
each run here also counts CPU time, process by process: the main process's before the
pool starts (checking the first document, warming the caches the workers inherit) and
after (feeding the pool, writing results), and each worker's. The row's "idle cores"
figure is what those make on N idle cores: the time before the pool, plus the busiest
worker, plus the main process's share of the rest. Both are printed, with the load
average, so that the reader can tell which one the machine allowed.

Each run is a fresh process (``--run``), as the command line's would be; the corpus is the
peers benchmark's (copies of the bundled examples, all valid).
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench_peers import write_corpus


def timed(options: Any, work: Any) -> tuple[Any, int, float]:
    """The result of checking ``work``, with the process that checked it and its CPU time."""
    from newsmodel.cli.validate import result_of

    return result_of(options, work), os.getpid(), time.process_time()


def run_once(target: str, jobs: int) -> dict[str, Any]:
    """Check ``target`` as ``newsmodel validate --jobs`` does, counting each process's CPU."""
    from newsmodel.cli.parallel import in_order
    from newsmodel.cli.sources import expand
    from newsmodel.cli.validate import size, work
    from newsmodel.validation import Options

    main_pid = os.getpid()
    options = Options()
    sources = expand([target])
    workers: dict[int, float] = {}
    pool_started: float | None = None
    count = 0
    checks = in_order(
        functools.partial(timed, options), work(sources, options), jobs=jobs, size=size
    )
    for _, (_, pid, cpu) in checks:
        count += 1
        if pid != main_pid:
            workers[pid] = max(workers.get(pid, 0.0), cpu)
        elif count == 1:
            pool_started = time.process_time()
    main = time.process_time()
    before = pool_started if workers and pool_started is not None else main
    return {
        "documents": count,
        "main_before_pool": before,
        "main_after": main - before,
        "workers": sorted(workers.values()),
    }


def measure(target: Path, jobs: int) -> dict[str, Any]:
    """One run in a fresh process; its CPU times count its imports, as the command's do."""
    wall = time.perf_counter()
    output = subprocess.run(
        [sys.executable, __file__, "--run", str(target), str(jobs)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    measured: dict[str, Any] = json.loads(output)
    measured["wall"] = time.perf_counter() - wall
    return measured


def idle_cores_seconds(run: dict[str, Any], jobs: int) -> float:
    workers = run["workers"] or [0.0]
    return float(run["main_before_pool"] + max(workers) + run["main_after"] / jobs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, help="documents in the corpus (default 2000)")
    parser.add_argument("--jobs", type=int, default=2, help="N to compare with --jobs 1")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved runs of each")
    parser.add_argument("--quick", action="store_true", help="200 documents, one round")
    parser.add_argument("--run", nargs=2, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.run:
        print(json.dumps(run_once(arguments.run[0], int(arguments.run[1]))))
        return
    count = arguments.documents or (200 if arguments.quick else 2000)
    rounds = 1 if arguments.quick else arguments.rounds
    jobs = arguments.jobs
    with tempfile.TemporaryDirectory() as temporary:
        files, lines = write_corpus(Path(temporary), count)
        for label, target in [("folder of files", files), ("JSON Lines", lines)]:
            runs: dict[int, list[dict[str, Any]]] = {1: [], jobs: []}
            for _ in range(rounds):
                for n in runs:
                    runs[n].append(measure(target, n))
            one = min(runs[1], key=lambda run: run["wall"])
            many = min(runs[jobs], key=lambda run: idle_cores_seconds(run, jobs))
            serial = one["main_before_pool"]
            parallel = idle_cores_seconds(many, jobs)
            workers_cpu = sum(many["workers"])
            total = many["main_before_pool"] + many["main_after"] + workers_cpu
            print(f"{label}, {count:,} documents:")
            print(f"  --jobs 1: {serial:.2f} CPU s, {min(r['wall'] for r in runs[1]):.2f} s wall")
            print(
                f"  --jobs {jobs}: {total:.2f} CPU s ({total / serial - 1:+.0%}): main "
                f"{many['main_before_pool']:.2f} before the pool, {many['main_after']:.2f} "
                f"after; workers {', '.join(f'{w:.2f}' for w in many['workers'])}"
            )
            print(
                f"  on {jobs} idle cores: {parallel:.2f} s, {serial / parallel:.2f}x "
                f"({serial / parallel / jobs:.2f} N); measured wall "
                f"{min(r['wall'] for r in runs[jobs]):.2f} s, "
                f"{min(r['wall'] for r in runs[1]) / min(r['wall'] for r in runs[jobs]):.2f}x"
            )
    print(f"cores available: {os.cpu_count()}; load average at the end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
