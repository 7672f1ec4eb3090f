"""How much memory ``newsmodel validate`` takes on the hostile shapes, against the file.

Run: ``python benchmarks/bench_memory.py [--quick]``. Each shape of the hostile probe of
issue 16 (see ``bench_scaling.py``, which builds them) is written to a temporary file and
validated by the command line in a process of its own; the row gives the file's size,
the process's peak resident memory, and their ratio. Issue 16 asks for less than five
times the file for the 30 MB shapes; the interpreter with newsmodel loaded takes some
40 MB (about 21 MB while the first document is parsed, the rest loads after), so a
small file always shows a large ratio.

Where the memory of a large document goes: its bytes, the parser's working copy of them,
and its strings as Python holds them, at one byte a character, or two in a string with
a single character beyond Latin-1 (the anchors shape's text holds an em dash).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from bench_scaling import long_address, mismatched_anchors, nested_chain

#: Runs the command line, then writes the process's peak resident memory (VmHWM, counted
#: from the program's start: the resource module's ru_maxrss would count the memory of
#: the benchmark that forked it) as the last line of standard error.
_MEASURED = """
import atexit, sys
def peak():
    status = open("/proc/self/status").read()
    sys.stderr.write("\\n" + status.split("VmHWM:")[1].split()[0] + "\\n")
atexit.register(peak)
from newsmodel.cli import main
sys.argv = ["newsmodel", "validate", "-q", sys.argv[1]]
main()
"""


def peak_kib(path: Path) -> int:
    """The peak resident memory, in KiB, of ``newsmodel validate -q path``."""
    command = [sys.executable, "-c", _MEASURED, str(path)]
    finished = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return int(finished.stderr.split()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="shapes a tenth of the size")
    args = parser.parse_args()
    scale = 10 if args.quick else 1
    links, anchors, characters = 16_000 // scale, 1000 // scale, 30_000_000 // scale
    shapes: list[tuple[str, Callable[[], str]]] = [
        (f"nested attributions, chain of {links:,}", lambda: nested_chain(links)),
        (
            f"{anchors:,} mismatched anchors in {characters / 1e6:g} MB of text",
            lambda: mismatched_anchors(anchors, characters),
        ),
        (f"one address of {characters / 1e6:g} M characters", lambda: long_address(characters)),
    ]
    print(f"{'shape':<42} {'file MB':>8} {'peak MB':>8} {'ratio':>6}")
    with tempfile.TemporaryDirectory() as folder:
        paths = [Path(folder) / f"shape-{number}.json" for number in range(len(shapes))]
        for path, (_, build) in zip(paths, shapes, strict=True):
            path.write_text(build(), encoding="utf-8")
        for path, (label, _) in zip(paths, shapes, strict=True):
            size = path.stat().st_size
            peak = peak_kib(path) * 1024
            print(f"{label:<42} {size / 1e6:>8.1f} {peak / 1e6:>8.1f} {peak / size:>6.2f}")


if __name__ == "__main__":
    main()
