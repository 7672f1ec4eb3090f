"""How much memory ``newsmodel validate`` takes on the hostile shapes, against the file and
against the alternatives, in the same run.

Run: ``python benchmarks/bench_memory.py [--quick]``. Each shape of the hostile probe of
issue 16 (see ``bench_scaling.py``, which builds them), and a text of empty objects
beyond the value limit, is written to a temporary file; each program below checks it in
a process of its own, and the row gives that process's peak resident memory, and its
ratio to the file's size:

- ``newsmodel validate -q``;
- ``orjson.loads`` of the file in a bare interpreter: the floor for any checker that
  first builds the document's value in Python;
- ``check-jsonschema`` with the same schema (the ``bench`` extra installs it), the
  command-line alternative, which checks the schema but none of the rules. Its format
  checks depend on what else is installed: with ``rfc3987-syntax`` (the ``interop``
  extra) its check of one long address once grew past 24 GB on a 3 MB file.

Each process is capped at ``CAP`` of address space and ``SECONDS`` of time; a program
over either is reported so, not waited for. Issue 16 asks for less than five times the
file; the interpreter with newsmodel loaded takes some 40 MB (about 21 MB while the first
document is parsed, the rest loads after), so a small file always shows a large ratio.
Each cell also gives, after a plus, what the program's peak grew by over its peak on a
small document, against the file: the memory the document itself costs.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from bench_scaling import long_address, mismatched_anchors, nested_chain

import newsmodel

BUNDLE = Path(__file__).resolve().parents[1] / "schemas" / newsmodel.CURRENT_VERSION
CAP = 2 << 30
SECONDS = 60

#: Runs a command and writes the peak resident memory of the process it started, in KiB,
#: and whether it ran out of memory, as the last line of standard error: a process of its
#: own, so that the children it counts are that command's alone.
_MEASURED = """
import resource, subprocess, sys
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
exhausted = b"MemoryError" in done.stderr or b"out of memory" in done.stderr
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
sys.stderr.write("\\n%d %d\\n" % (peak, exhausted))
"""


def _capped() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (CAP, CAP))


def peak_kib(command: Sequence[str]) -> int | str:
    """The peak resident memory, in KiB, of ``command``; or why there is none."""
    try:
        finished = subprocess.run(
            [sys.executable, "-c", _MEASURED, *command],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            timeout=SECONDS,
            preexec_fn=_capped,
            check=True,
        )
    except subprocess.TimeoutExpired:
        return f"over {SECONDS} s"
    peak, exhausted = map(int, finished.stderr.split()[-2:])
    return f"over {CAP >> 30} GiB" if exhausted else peak


def contenders() -> dict[str, Callable[[Path], list[str]]]:
    """Each program, as the command that checks a file."""
    found: dict[str, Callable[[Path], list[str]]] = {
        "newsmodel": lambda path: [
            sys.executable,
            "-m",
            "newsmodel",
            "validate",
            "-q",
            str(path),
        ],
        "orjson.loads": lambda path: [
            sys.executable,
            "-c",
            "import orjson, sys; orjson.loads(open(sys.argv[1], 'rb').read())",
            str(path),
        ],
    }
    checker = shutil.which("check-jsonschema", path=str(Path(sys.executable).parent))
    if checker is not None:
        schema = str(BUNDLE / "bundle.schema.json")
        found["check-jsonschema"] = lambda path: [checker, "--schemafile", schema, str(path)]
    return found


def shapes(scale: int) -> list[tuple[str, Callable[[], str]]]:
    links, anchors, characters = 16_000 // scale, 1000 // scale, 30_000_000 // scale
    empties = 20_000_000 // scale
    return [
        (f"nested attributions, chain of {links:,}", lambda: nested_chain(links)),
        (
            f"{anchors:,} mismatched anchors in {characters / 1e6:g} MB of text",
            lambda: mismatched_anchors(anchors, characters),
        ),
        (f"one address of {characters / 1e6:g} M characters", lambda: long_address(characters)),
        (f"{empties / 1e6:g} M empty objects", lambda: "[" + ",".join(["{}"] * empties) + "]"),
    ]


def cell(peak: int | str, start: int | str, size: int) -> str:
    """The peak, and what it grew by over the program's start, against the file's size."""
    if isinstance(peak, str) or isinstance(start, str):
        return str(peak)
    if not size:
        return f"{peak * 1024 / 1e6:.0f} MB"
    grown = max(0, peak - start) * 1024
    return f"{peak * 1024 / 1e6:.0f} MB {peak * 1024 / size:.1f}x (+{grown / size:.1f}x)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="shapes a tenth of the size")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        programs = contenders()
        small = folder / "small.json"
        small.write_bytes(newsmodel.examples.read_bytes("unicode-offsets"))
        starts = [peak_kib(command(small)) for command in programs.values()]
        header = ["shape", "file MB", *programs]
        rows = [["a small document", "", *(cell(start, start, 0) for start in starts)]]
        for label, build in shapes(10 if args.quick else 1):
            path = folder / "shape.json"
            path.write_text(build(), encoding="utf-8")
            size = path.stat().st_size
            peaks = [peak_kib(command(path)) for command in programs.values()]
            cells = (cell(p, s, size) for p, s in zip(peaks, starts, strict=True))
            rows.append([label, f"{size / 1e6:.1f}", *cells])
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    print("peak resident memory, its ratio to the file, and (+) its growth over the program's")
    print("peak on a small document, against the file")
    for row in [header, *rows]:
        print("  ".join(text.ljust(width) for text, width in zip(row, widths, strict=True)))
    if "check-jsonschema" not in programs:
        print("check-jsonschema is not installed (pip install -e '.[bench]')")


if __name__ == "__main__":
    main()
