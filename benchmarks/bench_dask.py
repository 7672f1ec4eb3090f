"""Throughput of ``newsmodel.dask_bags.validate_shards`` per Dask worker.

Run: ``python benchmarks/bench_dask.py [--quick] [--workers N] [--scheduler ADDRESS]``
after ``pip install -e ".[dask]"``. It writes JSON Lines shards of the bundled examples
(valid documents, each with an id of its own) to a temporary folder, validates them on a
Dask cluster, and prints documents per second in all and per worker. Without
``--scheduler`` the cluster is a ``LocalCluster`` of ``--workers`` processes with one
thread each (newsmodel's checks hold the GIL, so threads do not add throughput); with it,
the shards must be on a file system the workers share, given by ``--folder``.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import distributed

import newsmodel
from newsmodel.dask_bags import validate_shards


def write_shards(folder: Path, shards: int, per_shard: int) -> list[Path]:
    names = newsmodel.examples.names()
    paths = []
    for shard in range(shards):
        path = folder / f"shard-{shard:04}.jsonl"
        with path.open("wb") as stream:
            for index in range(per_shard):
                name = names[index % len(names)]
                document = json.loads(newsmodel.examples.read_bytes(name))
                document["id"] = f"{document['id']}-{shard}-{index}"
                stream.write(newsmodel.codec.write_line(document))
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a few small shards: a smoke run")
    parser.add_argument("--workers", type=int, default=2, help="local worker processes")
    parser.add_argument("--scheduler", help="the address of a running cluster's scheduler")
    parser.add_argument("--folder", type=Path, help="where to write the shards (shared)")
    args = parser.parse_args()
    shards, per_shard = (4, 25) if args.quick else (16, 125)
    with tempfile.TemporaryDirectory(prefix="newsmodel-dask-", dir=args.folder) as temporary:
        paths = write_shards(Path(temporary), shards, per_shard)
        if args.scheduler:
            client = distributed.Client(args.scheduler)
        else:
            cluster = distributed.LocalCluster(
                n_workers=args.workers, threads_per_worker=1, dashboard_address=None
            )
            client = distributed.Client(cluster)
        with client:
            workers = len(client.scheduler_info()["workers"])
            validate_shards(paths[:1]).compute()  # warm every worker's imports once
            client.run(lambda: newsmodel.validate(newsmodel.examples.read_bytes("unicode-offsets")))
            start = time.perf_counter()
            results = validate_shards(paths).compute()
            seconds = time.perf_counter() - start
        assert len(results) == shards * per_shard
        assert all(r.valid for r in results)
    rate = len(results) / seconds
    print(
        f"{len(results):,} documents in {shards} shards on {workers} worker(s): "
        f"{rate:,.0f} docs/s, {rate / workers:,.0f} docs/s per worker"
    )


if __name__ == "__main__":
    main()
