"""newsmodel against its peers on the same schema: one table of ratios.

Run: ``python benchmarks/bench_peers.py [--quick] [--documents N]`` after
``pip install -e ".[bench]"``. The peers are generated at run time from the published
``schemas/<version>/bundle.schema.json`` by datamodel-code-generator (pydantic v2 and
msgspec models, written to a temporary folder and never committed), so they check the
same shapes as newsmodel, but none of its rules. orjson's bare parse is the floor, and
jsonschema-rs over orjson the fastest schema-only check there is.

Every measure is the median of interleaved rounds (each round times every contender once,
so that a busy machine slows them all alike), and each row gives the ratio the issue's
targets are stated in: newsmodel's throughput over the peer's (above 1.0, newsmodel is
faster). The command-line rows run ``newsmodel validate`` as a user would, start-up
included, on a corpus written to a temporary folder (the bundled examples, each copy with
an id of its own: all valid, the common case of checking a corpus).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson

import newsmodel
from newsmodel.schema.fast_engine import fast_validator
from newsmodel.schema.registry import validator
from newsmodel.validation.schema_stage import schema_problems

REPOSITORY = Path(__file__).resolve().parents[1]
BUNDLE = REPOSITORY / "schemas" / newsmodel.CURRENT_VERSION / "bundle.schema.json"
REFERENCE = "space-agency-teams-with-arms-exporter"
SMALL = "unicode-offsets"
NEWSMODEL = [sys.executable, "-m", "newsmodel"]


def generated_peers(folder: Path) -> tuple[Any, Any]:
    """The pydantic and msgspec models datamodel-code-generator writes for the bundle."""
    for kind, module in [
        ("pydantic_v2.BaseModel", "peer_pydantic"),
        ("msgspec.Struct", "peer_msgspec"),
    ]:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "datamodel_code_generator",
                "--input",
                str(BUNDLE),
                "--input-file-type",
                "jsonschema",
                "--output-model-type",
                kind,
                "--class-name",
                "Document",
                "--formatters",
                "builtin",
                "--output",
                str(folder / f"{module}.py"),
            ],
            check=True,
            capture_output=True,
        )
    sys.path.insert(0, str(folder))
    return importlib.import_module("peer_pydantic"), importlib.import_module("peer_msgspec")


def medians(
    contenders: dict[str, Callable[[], object]], rounds: int, number: int
) -> dict[str, float]:
    """Seconds per call of each contender, the median of interleaved rounds."""
    times: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(rounds):
        for name, function in contenders.items():
            start = time.perf_counter()
            for _ in range(number):
                function()
            times[name].append((time.perf_counter() - start) / number)
    return {name: statistics.median(values) for name, values in times.items()}


def document_rows(
    name: str, pydantic: Any, msgspec_models: Any, rounds: int, number: int
) -> list[list[str]]:
    """Load, dump and schema stage of one bundled example, against the peers."""
    import msgspec

    data = newsmodel.examples.read_bytes(name)
    article = newsmodel.loads(data)
    model = pydantic.Document.model_validate_json(data)
    decoder = msgspec.json.Decoder(msgspec_models.Document)
    struct = decoder.decode(data)
    encoder = msgspec.json.Encoder()
    parsed = json.loads(data)
    fast = fast_validator(newsmodel.CURRENT_VERSION)
    assert fast is not None
    detailed = validator(newsmodel.CURRENT_VERSION)
    loads = medians(
        {
            "newsmodel": lambda: newsmodel.loads(data),
            "pydantic": lambda: pydantic.Document.model_validate_json(data),
            "msgspec": lambda: decoder.decode(data),
            "orjson": lambda: orjson.loads(data),
        },
        rounds,
        number,
    )
    dumps = medians(
        {
            "newsmodel": lambda: newsmodel.dumps(article),
            "pydantic": lambda: model.model_dump_json(exclude_unset=True),
            "msgspec": lambda: encoder.encode(struct),
            "orjson": lambda: orjson.dumps(parsed),
        },
        rounds,
        number,
    )
    schema = medians(
        {
            "newsmodel": lambda: list(schema_problems(parsed)),
            "jsonschema-rs": lambda: fast(parsed),
            "jsonschema": lambda: list(detailed.iter_errors(parsed)),
        },
        rounds,
        max(1, number // 10),
    )
    label = f"{name} ({len(data) / 1000:.1f} KB)"
    return [
        _row(f"validated load, {label}", loads, "pydantic", 0.5),
        _row(f"dump, {label}", dumps, "pydantic", 1.0),
        _row(f"schema stage, {label}", schema, "jsonschema", None),
    ]


def _row(work: str, seconds: dict[str, float], peer: str, goal: float | None) -> list[str]:
    others = ", ".join(f"{n} {s * 1e3:.3f}" for n, s in seconds.items() if n != "newsmodel")
    ratio = seconds[peer] / seconds["newsmodel"]
    return [
        work,
        f"{seconds['newsmodel'] * 1e3:.3f} ms",
        others + " ms",
        f"{ratio:.2f}x {peer}",
        f">= {goal}x" if goal else "",
    ]


def write_corpus(folder: Path, count: int) -> tuple[Path, Path]:
    """``count`` valid documents as a folder of files and as one JSON Lines file."""
    files = folder / "files"
    files.mkdir()
    names = newsmodel.examples.names()
    with (folder / "corpus.jsonl").open("wb") as lines:
        for index in range(count):
            document = json.loads(newsmodel.examples.read_bytes(names[index % len(names)]))
            document["id"] = f"{document['id']}-{index}"
            (files / f"{index:05}.json").write_bytes(newsmodel.codec.write(document))
            lines.write(newsmodel.codec.write_line(document))
    return files, folder / "corpus.jsonl"


def run(command: list[str]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (with its children) and peak RSS in KiB of a command."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(
            f"{command} failed: {process.stderr.read().decode()[-500:] if process.stderr else ''}"
        )
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def loop_rate(paths: list[Path] | Path, check: Callable[[bytes], object]) -> float:
    """Documents per second of ``check`` over the files, or the lines of one file."""
    start = time.perf_counter()
    count = 0
    if isinstance(paths, Path):
        with paths.open("rb") as stream:
            for line in stream:
                check(line)
                count += 1
    else:
        for path in paths:
            check(path.read_bytes())
            count += 1
    return count / (time.perf_counter() - start)


def corpus_rows(folder: Path, count: int, pydantic: Any) -> tuple[list[list[str]], list[str]]:
    files, lines = write_corpus(folder, count)
    paths = sorted(files.iterdir())
    fast = fast_validator(newsmodel.CURRENT_VERSION)
    assert fast is not None
    rows, notes = [], []
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    for label, target in [("folder of files", files), ("JSON Lines", lines)]:
        inputs: list[Path] | Path = paths if target == files else lines
        floor = loop_rate(inputs, orjson.loads)
        peer = loop_rate(inputs, pydantic.Document.model_validate_json)
        schema_only = loop_rate(inputs, lambda data: fast(orjson.loads(data)))
        wall, _, _ = run([*NEWSMODEL, "validate", "--quiet", "--jobs", "1", str(target)])
        rate = count / wall
        rows.append(
            [
                f"newsmodel validate --jobs 1, {count:,} documents, {label}",
                f"{rate:,.0f} docs/s",
                f"orjson {floor:,.0f}, orjson+jsonschema-rs {schema_only:,.0f}, pydantic {peer:,.0f} docs/s",
                f"{rate / floor:.3f}x orjson",
                ">= 0.5x",
            ]
        )
        if cores and cores > 1:
            wall_n, _, _ = run(
                [*NEWSMODEL, "validate", "--quiet", "--jobs", str(cores), str(target)]
            )
            rows.append(
                [
                    f"newsmodel validate --jobs {cores} vs --jobs 1, {label}",
                    f"{count / wall_n:,.0f} docs/s",
                    f"--jobs 1 {rate:,.0f} docs/s",
                    f"{wall / wall_n:.2f}x ({wall / wall_n / cores:.2f} N)",
                    ">= 0.8 N",
                ]
            )
    notes.append(f"cores available: {cores}; load average at the end: {os.getloadavg()[0]:.1f}")
    return rows, notes


def startup_rows(folder: Path) -> list[list[str]]:
    small = folder / "small.json"
    small.write_bytes(newsmodel.examples.read_bytes(SMALL))
    ours = statistics.median(run([*NEWSMODEL, "validate", str(small)])[1] for _ in range(3))
    checker = shutil.which("check-jsonschema", path=str(Path(sys.executable).parent))
    if checker is None:
        return [
            [
                "start-up: newsmodel validate, one small file",
                f"{ours:.2f} CPU s",
                "check-jsonschema not installed",
                "",
                "",
            ]
        ]
    theirs = statistics.median(
        run([checker, "--schemafile", str(BUNDLE), str(small)])[1] for _ in range(3)
    )
    return [
        [
            "start-up: validate one small file",
            f"{ours:.2f} CPU s",
            f"check-jsonschema {theirs:.2f} CPU s",
            f"{theirs / ours:.2f}x check-jsonschema",
            "> 1.0x",
        ]
    ]


def memory_rows(folder: Path, count: int) -> list[list[str]]:
    """Peak RSS of ``newsmodel validate`` on JSON Lines of ``count`` and ten times more documents."""
    document = json.loads(newsmodel.examples.read_bytes(SMALL))
    peaks = []
    for total in (count, count * 10):
        path = folder / f"memory-{total}.jsonl"
        with path.open("wb") as stream:
            for index in range(total):
                document["id"] = f"memory-{index}"
                stream.write(newsmodel.codec.write_line(document))
        peaks.append(run([*NEWSMODEL, "validate", "--quiet", "--jobs", "1", str(path)])[2])
    return [
        [
            f"peak memory, JSON Lines of {count:,} then {count * 10:,} documents",
            f"{peaks[0] / 1024:.0f} MiB, then {peaks[1] / 1024:.0f} MiB",
            "",
            f"{peaks[1] / peaks[0]:.2f}x",
            "<= 1.0x (flat)",
        ]
    ]


def print_table(rows: list[list[str]]) -> None:
    header = ["work", "newsmodel", "peers", "ratio", "target"]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, ["-" * w for w in widths], *rows]:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="a small corpus and few rounds: a smoke run for CI"
    )
    parser.add_argument(
        "--documents", type=int, help="documents in the corpus (default 2000; 100 quick)"
    )
    args = parser.parse_args()
    rounds, number = (3, 3) if args.quick else (9, 20)
    count = args.documents or (100 if args.quick else 2000)
    with tempfile.TemporaryDirectory(prefix="newsmodel-bench-") as temporary:
        folder = Path(temporary)
        pydantic, msgspec_models = generated_peers(folder)
        rows = [
            row
            for name in (REFERENCE, SMALL)
            for row in document_rows(name, pydantic, msgspec_models, rounds, number)
        ]
        rows += startup_rows(folder)
        corpus, notes = corpus_rows(folder, count, pydantic)
        rows += corpus
        rows += memory_rows(folder, max(25, count // 4))
    print(
        f"newsmodel {newsmodel.__version__}, Python {sys.version.split()[0]}; medians of {rounds} interleaved rounds"
    )
    print_table(rows)
    for note in notes:
        print(note)


if __name__ == "__main__":
    main()
