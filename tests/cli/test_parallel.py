"""``newsmodel validate --jobs N``: the same output, byte for byte, in input order.

Batches are made small here so that a few dozen documents already spread over several
worker processes; how much faster it runs is measured in ``benchmarks/``, not here.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsmodel
from newsmodel.cli import main, parallel
from newsmodel.cli.parallel import in_order

CORPUS = Path(__file__).parents[1] / "corpus" / newsmodel.CURRENT_VERSION
PARENT = os.getpid()


@pytest.fixture(autouse=True)
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "BATCH_ITEMS", 3)


def double_in_a_worker(number: int) -> tuple[int, bool]:
    return number * 2, os.getpid() != PARENT


def die_in_a_worker_at_7(number: int) -> int:
    if number == 7 and os.getpid() != PARENT:
        os._exit(1)  # a worker killed (out of memory, a signal) in the middle of a batch
    return number * 2


def test_results_come_in_input_order_from_worker_processes() -> None:
    results = list(in_order(double_in_a_worker, range(40), jobs=2))
    assert [(item, doubled) for item, (doubled, _) in results] == [(n, n * 2) for n in range(40)]
    # The first item is checked here (one small file never pays for a pool), or the first
    # batch where workers are spawned rather than forked; the rest in workers.
    forked = parallel._context().get_start_method() == "fork"
    here = 1 if forked else parallel.BATCH_ITEMS
    assert not any(in_worker for _, (_, in_worker) in results[:here])
    assert all(in_worker for _, (_, in_worker) in results[here:])


def test_one_item_is_checked_without_starting_a_pool() -> None:
    results = list(in_order(double_in_a_worker, range(1), jobs=2))
    assert results == [(0, (0, False))]


def test_one_job_checks_everything_here() -> None:
    results = list(in_order(double_in_a_worker, range(10), jobs=1))
    assert results == [(n, (n * 2, False)) for n in range(10)]


def test_what_a_dead_worker_left_undone_is_done_here() -> None:
    results = list(in_order(die_in_a_worker_at_7, range(20), jobs=2))
    assert results == [(n, n * 2) for n in range(20)]


def corpus_copy(folder: Path) -> Path:
    """The corpus's readable documents, and a JSON Lines file with a bad line."""
    for index, path in enumerate(sorted(CORPUS.glob("*/*.json"))):
        if "json." not in path.name and "input." not in path.name:
            shutil.copy(path, folder / f"{index:03}-{path.name}")
    lines = [p.read_bytes().replace(b"\n", b"") for p in sorted(CORPUS.glob("valid/*.json"))]
    (folder / "lines.jsonl").write_bytes(b"\n".join([*lines, b"", b"{oops", *lines]) + b"\n")
    return folder


@pytest.mark.parametrize("output_format", ["text", "json"])
def test_the_output_is_the_same_whatever_the_jobs(tmp_path: Path, output_format: str) -> None:
    folder = corpus_copy(tmp_path)
    runs = [
        CliRunner().invoke(
            main, ["validate", "--format", output_format, "--jobs", jobs, str(folder)]
        )
        for jobs in ("1", "2")
    ]
    assert runs[0].exit_code == runs[1].exit_code == 3  # the bad line is unreadable
    assert runs[0].stdout == runs[1].stdout
    assert runs[0].stderr == runs[1].stderr
    assert runs[0].stdout.count("anchor.text_mismatch") >= 2


def test_github_annotations_are_the_same_whatever_the_jobs(tmp_path: Path) -> None:
    folder = corpus_copy(tmp_path)
    runs = [
        CliRunner().invoke(main, ["validate", "--format", "github", "--jobs", jobs, str(folder)])
        for jobs in ("1", "2")
    ]
    assert runs[0].stdout == runs[1].stdout
    assert runs[0].stdout.count("::error ") >= 3


def test_results_come_in_the_order_of_the_files_and_lines(tmp_path: Path) -> None:
    # Documents that take different times (a large one first) in a folder and in JSON
    # Lines: each is reported where it stands in the input, not when its worker finished.
    large = (CORPUS / "valid").glob("*.json")
    documents = sorted(large, key=lambda path: -path.stat().st_size)
    bad = b'{"$schema": "https://example.org/nothing", "id": 1}'
    lines = [path.read_bytes().replace(b"\n", b"") for path in documents] * 3
    for index, line in enumerate([*lines, bad] * 2):
        (tmp_path / f"{index:03}.json").write_bytes(line)
    (tmp_path / "zz.jsonl").write_bytes(b"\n".join([*lines, bad] * 2) + b"\n")
    result = CliRunner().invoke(
        main, ["validate", "--format", "json", "--jobs", "2", str(tmp_path)]
    )
    reported = [
        (entry["source"], entry["line"]) for entry in json.loads(result.stdout)["documents"]
    ]
    count = 2 * (len(lines) + 1)
    files = [str(tmp_path / f"{index:03}.json") for index in range(count)]
    assert reported == [(name, None) for name in files] + [
        (str(tmp_path / "zz.jsonl"), line) for line in range(1, count + 1)
    ]


def test_json_lines_on_standard_input_is_the_same_whatever_the_jobs() -> None:
    lines = [p.read_bytes().replace(b"\n", b"") for p in sorted(CORPUS.glob("*/*.json"))]
    data = b"\n".join(line for line in lines if line.strip()) + b"\n"
    runs = [
        CliRunner().invoke(main, ["validate", "--jsonl", "--jobs", jobs, "-"], input=data)
        for jobs in ("1", "2")
    ]
    assert runs[0].exit_code == runs[1].exit_code != 0
    assert runs[0].stdout == runs[1].stdout
    assert runs[0].stdout.count("<stdin>:") >= 10
