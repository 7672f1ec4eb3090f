"""How validation time grows with the shapes a hostile document can take.

Run: ``python benchmarks/bench_scaling.py [--quick]``. Each row validates one shape at
size N and at size 2N and prints the seconds of each and their ratio: about 2 means the
work is linear in the document, about 4 quadratic. The shapes are those of the hostile
probe of issue 16, made small enough to run in seconds:

- a chain of nested attributions (each ``nestedIn`` the previous one), which the cycle
  check once followed from every attribution;
- mismatched anchors in a long text, for each of which the hint once searched the whole
  text;
- schema errors spread through a long document, each of whose lines was once found by
  walking the text from its start;
- a long address (``url``), whose check once cost some 120 bytes per character;
- the view of a chain of nested attributions (``newsmodel render``), which once copied
  each run of text once per mark around it and searched for each report's outer one.
"""

from __future__ import annotations

import argparse
import copy
import json
import statistics
import timeit
from collections.abc import Callable
from typing import Any

import newsmodel

NAME = "space-agency-teams-with-arms-exporter"
FILLER = "\n" + ("Lorem ipsum dolor sit amet. " * 40).strip()


def base() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(newsmodel.examples.read_bytes(NAME))
    return document


def nested_chain(links: int) -> str:
    document = base()
    template = document["attributions"][0]
    chain = []
    for number in range(links):
        attribution = copy.deepcopy(template)
        attribution["id"] = f"chain-{number}"
        attribution.pop("nestedIn", None)
        if number:
            attribution["nestedIn"] = f"chain-{number - 1}"
        chain.append(attribution)
    document["attributions"] += chain
    return json.dumps(document, ensure_ascii=False)


def long_text(document: dict[str, Any], characters: int) -> None:
    text = document["text"]
    padding = FILLER * (characters // len(FILLER))
    document["text"] = text + padding
    document["segments"].append(
        {"role": "paragraph", "start": len(text) + 1, "end": len(document["text"])}
    )


def mismatched_anchors(anchors: int, characters: int) -> str:
    document = base()
    long_text(document, characters)
    template = document["attributions"][0]
    for number in range(anchors):
        attribution = copy.deepcopy(template)
        attribution["id"] = f"shifted-{number}"
        attribution.pop("nestedIn", None)
        part = attribution["content"][0]
        part["exact"] = document["text"][part["start"] + 1 : part["end"] + 1]
        document["attributions"].append(attribution)
    return json.dumps(document, ensure_ascii=False, indent=1)


def schema_errors(errors: int, characters: int) -> str:
    document = base()
    long_text(document, characters)
    template = document["attributions"][0]
    for number in range(errors):
        attribution = copy.deepcopy(template)
        attribution["id"] = f"wrong-{number}"
        attribution.pop("nestedIn", None)
        attribution["quote"] = "sometimes"  # not one of the enum's values
        document["attributions"].append(attribution)
    return json.dumps(document, ensure_ascii=False, indent=1)


def long_address(characters: int) -> str:
    document = base()
    document["url"] = "https://example.org/" + "a" * characters
    return json.dumps(document)


def seconds(data: str, repeat: int, work: Callable[[str], object] = newsmodel.validate) -> float:
    return statistics.median(timeit.repeat(lambda: work(data), number=1, repeat=repeat))


def render(data: str) -> str:
    from newsmodel.render import render_article

    return render_article(newsmodel.loads(data))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, fewer repeats")
    args = parser.parse_args()
    scale, repeat = (1, 1) if args.quick else (4, 3)
    rows: list[tuple[str, Callable[[int], str], int, Callable[[str], object]]] = [
        ("nested attributions, chain of N", nested_chain, 1000 * scale, newsmodel.validate),
        (
            "mismatched anchors, N in N x 20 kB of text",
            lambda n: mismatched_anchors(n, n * 20_000),
            50 * scale,
            newsmodel.validate,
        ),
        (
            "schema errors, N in N x 20 kB of text",
            lambda n: schema_errors(n, n * 20_000),
            50 * scale,
            newsmodel.validate,
        ),
        ("one address of N characters", long_address, 1_000_000 * scale, newsmodel.validate),
        ("render: nested attributions, chain of N", nested_chain, 1000 * scale, render),
    ]
    print(f"{'shape':<45} {'N':>10} {'N s':>8} {'2N s':>8} {'ratio':>6}")
    for label, build, size, work in rows:
        small = seconds(build(size), repeat, work)
        large = seconds(build(2 * size), repeat, work)
        print(f"{label:<45} {size:>10} {small:>8.3f} {large:>8.3f} {large / small:>6.2f}")


if __name__ == "__main__":
    main()
