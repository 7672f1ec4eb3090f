"""How fast newsmodel reads, validates and writes a document, against the alternatives.

Run: ``python benchmarks/bench_documents.py [--quick] [--example NAME]``. Every row is
timed in the same run on the same document (by default the bundled reference article,
about 55 KB; ``--example`` names another bundled example), and reported as
the median of several repeats with its ratio to a baseline, so that numbers from
different machines compare by ratio rather than by seconds.

What each comparison answers:

- reading: what the strict reader costs over a bare ``json.loads`` (its fast path, and the
  reference reader that explains a refusal), and what validation (schema and rules) and
  structuring add;
- schema stage: what building a validator per call costs, the mistake newsmodel avoids by
  building validators once (see ``newsmodel.schema.registry``);
- writing: what the canonical form costs over ``json.dumps`` of the same values.
"""

from __future__ import annotations

import argparse
import json
import statistics
import timeit
from collections.abc import Callable

import jsonschema

import newsmodel
from newsmodel.codec import parse, structure, unstructure
from newsmodel.codec.json_text import parse_reference
from newsmodel.model import Article
from newsmodel.schema import registry
from newsmodel.schema.registry import root_schema, validator
from newsmodel.validation import validate_parsed

NAME = "space-agency-teams-with-arms-exporter"


def median_seconds(function: Callable[[], object], repeat: int, number: int) -> float:
    return statistics.median(timeit.repeat(function, repeat=repeat, number=number)) / number


#: Groups of rows to time: a title, then (label, function) rows, the first the baseline.
Groups = list[tuple[str, list[tuple[str, Callable[[], object]]]]]


def print_groups(groups: Groups, repeat: int, number: int, width: int = 52) -> None:
    """Time each row and print it with its ratio to the first row of its group."""
    for title, rows in groups:
        print(f"\n{title}")
        baseline = None
        for label, function in rows:
            seconds = median_seconds(function, repeat, number)
            baseline = baseline or seconds
            print(f"  {label:<{width}} {seconds * 1e3:9.3f} ms  {seconds / baseline:6.2f}x")


def rebuilt_validator_errors(document: object) -> list[object]:
    fresh = jsonschema.Draft202012Validator(
        root_schema(newsmodel.CURRENT_VERSION),
        registry=registry(),
        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
    )
    return list(fresh.iter_errors(document))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="few repeats: a smoke run for CI")
    parser.add_argument("--example", default=NAME, choices=newsmodel.examples.names())
    args = parser.parse_args()
    repeat, number = (3, 3) if args.quick else (7, 20)

    data = newsmodel.examples.read_bytes(args.example)
    parsed = json.loads(data)
    article = newsmodel.loads(data)
    cached = validator(newsmodel.CURRENT_VERSION)

    groups: Groups = [
        (
            "reading bytes into an Article",
            [
                ("json.loads (baseline)", lambda: json.loads(data)),
                ("strict parse", lambda: parse(data)),
                ("strict parse, by the reference reader alone", lambda: parse_reference(data)),
                # Structuring checks each value's type in the constructors: one set lookup
                # per value, since cattrs already gives the right types.
                (
                    "structure of parsed JSON (constructors' checks)",
                    lambda: structure(parsed, Article),
                ),
                (
                    "json.loads + structure, unvalidated",
                    lambda: structure(json.loads(data), Article),
                ),
                (
                    "newsmodel.loads (parse, schema, rules, structure)",
                    lambda: newsmodel.loads(data),
                ),
            ],
        ),
        (
            "schema stage on a parsed document",
            [
                ("validator built once (baseline)", lambda: list(cached.iter_errors(parsed))),
                ("validator rebuilt per call", lambda: rebuilt_validator_errors(parsed)),
                ("schema and rules (validate_parsed)", lambda: validate_parsed(parsed)),
            ],
        ),
        (
            "writing an Article",
            [
                (
                    "json.dumps of unstructured values (baseline)",
                    lambda: json.dumps(unstructure(article)),
                ),
                ("newsmodel.dumps (canonical form)", lambda: newsmodel.dumps(article)),
            ],
        ),
    ]
    print(f"document: {args.example} ({len(data):,} bytes); median of {repeat} x {number} calls")
    print_groups(groups, repeat, number)


if __name__ == "__main__":
    main()
