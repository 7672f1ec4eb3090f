"""newsmodel.dask_bags on a local Dask cluster: the command line's results, shard by shard."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsmodel

pytest.importorskip("dask.bag", reason="the dask extra is not installed")
distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")

from newsmodel.cli import main  # noqa: E402
from newsmodel.dask_bags import format_shards, validate_shards  # noqa: E402

CORPUS = Path(__file__).parent / "corpus" / newsmodel.CURRENT_VERSION


@pytest.fixture(scope="module")
def client() -> object:
    # One in-process worker with two threads: a real scheduler, no processes to start.
    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as connected,
    ):
        yield connected


def line_of(path: Path) -> bytes:
    return json.dumps(json.loads(path.read_bytes()), ensure_ascii=False).encode()


@pytest.fixture
def shards(tmp_path: Path) -> list[Path]:
    valid = [line_of(p) for p in sorted(CORPUS.glob("valid/*.json"))]
    invalid = [line_of(p) for p in sorted(CORPUS.glob("invalid/anchor.*.json"))]
    folder = tmp_path / "shards"
    folder.mkdir()
    contents = [valid, [*invalid, b"", b"{oops"], valid[::-1]]
    paths = []
    for index, lines in enumerate(contents):
        path = folder / f"shard-{index}.jsonl"
        path.write_bytes(b"\n".join(lines) + b"\n")
        paths.append(path)
    return [*paths, folder / "missing.jsonl"]


def test_validating_shards_gives_the_command_lines_results(
    client: object, shards: list[Path]
) -> None:
    results = validate_shards(shards).compute()
    cli = CliRunner().invoke(main, ["validate", "--format", "json", *map(str, shards)])
    expected = json.loads(cli.stdout)["documents"]
    assert [
        {
            "source": r.source,
            "line": r.line,
            "valid": r.valid,
            "readable": r.readable,
            "problems": [p.to_json() for p in r.problems],
        }
        for r in results
    ] == expected
    assert {r.readable for r in results} == {True, False}
    assert {r.valid for r in results} == {True, False}


def test_formatting_shards_writes_what_fmt_writes(
    client: object, shards: list[Path], tmp_path: Path
) -> None:
    out = tmp_path / "canonical"
    out.mkdir()
    formatted = format_shards(shards, out).compute()
    assert [shard.written is not None for shard in formatted] == [True, False, True, False]
    for shard, path in zip(formatted, shards, strict=True):
        if shard.written is None:
            continue
        assert CliRunner().invoke(main, ["fmt", str(path)]).exit_code == 0  # rewrites in place
        assert shard.written.read_bytes() == path.read_bytes()
