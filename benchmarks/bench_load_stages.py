"""Where the time of ``newsmodel.loads`` goes: each stage timed apart, and its old way beside it.

Run: ``python benchmarks/bench_load_stages.py [--quick]``. For each bundled example it
times, on the same parsed document, the strict parse, the schema stage, structuring by
the checked path (cattrs and the constructors' checks) and by the trusted path
(``newsmodel.codec.trusted``, which the reader uses once the schema has passed), and the
rules on objects found by a walk and on the objects the trusted path recorded. Times
are CPU time (the best of several rounds), so that other work on a shared machine
weighs less on them; compare rows of one run.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

import newsmodel
from newsmodel.codec import parse, structure
from newsmodel.codec.trusted import structure_valid
from newsmodel.model import Article
from newsmodel.validation import DEFAULT_OPTIONS
from newsmodel.validation.rules import Context
from newsmodel.validation.schema_stage import schema_problems

EXAMPLES = ("space-agency-teams-with-arms-exporter", "unicode-offsets")


def best_milliseconds(function: Callable[[], object], rounds: int, number: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for _ in range(number):
            function()
        best = min(best, (time.process_time() - start) / number)
    return best * 1e3


def run_rules(context_of: Callable[[], Context]) -> None:
    context = context_of()
    for rule in DEFAULT_OPTIONS.rules:
        for _ in rule.check(context):
            pass


def stages(data: bytes) -> list[tuple[str, Callable[[], object]]]:
    parsed: Any = parse(data)
    article, found = structure_valid(parsed, Article)
    return [
        ("newsmodel.loads, in all", lambda: newsmodel.loads(data)),
        ("strict parse", lambda: parse(data)),
        ("schema stage", lambda: list(schema_problems(parsed))),
        ("structure: checked path (cattrs, constructors)", lambda: structure(parsed, Article)),
        ("structure: trusted path, recording objects", lambda: structure_valid(parsed, Article)),
        ("rules: objects found by a walk", lambda: run_rules(lambda: Context(article))),
        (
            "rules: objects the structuring recorded",
            lambda: run_rules(lambda: Context(article, found)),
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="few rounds: a smoke run for CI")
    args = parser.parse_args()
    rounds, number = (2, 3) if args.quick else (9, 30)
    print(f"CPU time, best of {rounds} rounds of {number} calls")
    for name in EXAMPLES:
        data = newsmodel.examples.read_bytes(name)
        print(f"\n{name} ({len(data) / 1000:.1f} KB)")
        for label, function in stages(data):
            print(f"  {label:<52} {best_milliseconds(function, rounds, number):8.3f} ms")


if __name__ == "__main__":
    main()
