"""What starting newsmodel costs: ``import newsmodel`` and ``newsmodel --help``.

Run: ``python benchmarks/bench_import.py [--quick]``. Each row starts a fresh Python
process, as a command, a pre-commit hook or a subprocess test does, and reports the
median CPU time (user and system) of the process over several runs, with its ratio to
``import jsonschema`` timed in the same run: newsmodel validates with jsonschema, so that
is the floor it is measured against. The target is at most 3x for both newsmodel rows.

``import hypothesis`` is timed too: hypothesis runs newsmodel's entry point whenever it is
imported where newsmodel is installed, so the entry point must not load newsmodel's
heavy parts (cattrs, jsonschema, the schemas) before a test asks for a newsmodel type.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys

#: The commands timed, each a fresh process.
ROWS = [
    ("python -c pass", [sys.executable, "-c", "pass"]),
    ("import jsonschema", [sys.executable, "-c", "import jsonschema"]),
    ("import newsmodel", [sys.executable, "-c", "import newsmodel"]),
    ("newsmodel --help", [sys.executable, "-m", "newsmodel", "--help"]),
    ("import hypothesis", [sys.executable, "-c", "import hypothesis"]),
]
BASELINE = "import jsonschema"
TARGET_RATIO = 3.0


def cpu_seconds(command: list[str]) -> float:
    """User plus system CPU time of one run of ``command``, which must succeed."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed with exit status {process.returncode}")
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="few repeats: a smoke run for CI")
    args = parser.parse_args()
    repeat = 3 if args.quick else 11

    medians = {}
    for name, command in ROWS:
        cpu_seconds(command)  # warm the file system cache and the bytecode cache
        medians[name] = statistics.median(cpu_seconds(command) for _ in range(repeat))
    if importlib.util.find_spec("rfc3987_syntax") is not None:
        print(
            "note: rfc3987-syntax is installed here, and jsonschema imports it (over a "
            "second) at its own import: every row that imports jsonschema pays for it"
        )
    print(f"{'start-up (fresh process)':<28}{'CPU median':>12}{'ratio':>10}")
    for name, seconds in medians.items():
        ratio = seconds / medians[BASELINE]
        print(f"{name:<28}{seconds * 1000:>9.0f} ms{ratio:>9.2f}x")
    print(f"target: newsmodel rows at most {TARGET_RATIO:.0f}x {BASELINE}")


if __name__ == "__main__":
    main()
