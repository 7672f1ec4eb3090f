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
  each run of text once per mark around it and searched for each report's outer one;
- the view of many short annotated paragraphs, each of which once read every anchor of
  the document;
- ``newsmodel fmt`` on a JSON Lines file, whose canonical form was once added to line by
  line, copying the whole so far each time;
- ``newsmodel draft`` on a drafted document, whose every drafted attribution was once
  compared with every attribution of the document;
- a ClaimReview whose claim appeared at many addresses, each once compared with every
  address taken before;
- a plain text of many date lines (``newsmodel ingest``), each date once compared with
  every other;
- one paragraph of many dates and amounts, each of which the drafter once compared with
  every one found before;
- one paragraph of many sentences inside a quotation that never closes, whose quotation
  marks the drafter once counted again at each full stop.
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


PARAGRAPH = 'Yury Koptev said "some 35 offices will close in May," and Grigory Rapota agreed.'


def annotated_paragraphs(count: int) -> str:
    """The example with ``count`` paragraphs more, each with a claim and a quantity."""
    document = base()
    text = document["text"]
    for number in range(count):
        start = len(text) + 2
        text += "\n\n" + PARAGRAPH
        document["segments"].append({"role": "paragraph", "start": start, "end": len(text)})
        document["claims"].append(
            {
                "id": f"c-{number}",
                "factuality": "CT+",
                "content": [{"start": start, "end": len(text), "exact": PARAGRAPH}],
            }
        )
        offices = start + PARAGRAPH.index("some")
        document["quantities"].append(
            {
                "id": f"q-{number}",
                "anchor": {"start": offices, "end": offices + 15, "exact": "some 35 offices"},
                "value": 35,
                "approximate": True,
                "unit": "{office}",
            }
        )
    document["text"] = text
    return json.dumps(document, ensure_ascii=False)


def json_lines(count: int) -> str:
    """``count`` copies of the example, one a line, each with a space before it."""
    return f" {json.dumps(base(), ensure_ascii=False)}\n" * count


def format_lines(data: str) -> bytes | None:
    """``newsmodel fmt``'s work on a JSON Lines file holding ``data``."""
    from newsmodel.cli.fmt import format_source
    from newsmodel.cli.sources import Source
    from newsmodel.validation import Options

    source = Source("lines.jsonl", lines=True, data=data.encode("utf-8"))
    return format_source(source, Options()).canonical


def drafted_text(count: int) -> str:
    """A document drafted from ``count`` lines, each a quotation with its source."""
    from newsmodel.ingest import ingest_text

    metadata = {"title": "Offices close", "language": "en"}
    drafted = ingest_text("\n".join([PARAGRAPH] * count), metadata, draft=True)
    return newsmodel.dumps(drafted.value).decode("utf-8")


def draft_again(data: str) -> object:
    from newsmodel.ingest import draft_article

    return draft_article(newsmodel.loads(data))


def appearances(count: int) -> str:
    """A ClaimReview whose claim appeared at ``count`` addresses."""
    urls = [{"@type": "CreativeWork", "url": f"https://social.example/{n}"} for n in range(count)]
    return json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": "https://checks.example/1",
            "claimReviewed": "A claim.",
            "author": {"@type": "Organization", "name": "Checks"},
            "reviewRating": {"@type": "Rating", "alternateName": "False"},
            "itemReviewed": {"@type": "Claim", "appearance": urls},
        }
    )


def import_claimreview(data: str) -> object:
    from newsmodel.interchange import import_claimreview

    return import_claimreview(json.loads(data))


def date_lines(count: int) -> str:
    dates = "".join(f"{1 + n % 28} March {1990 + n % 30}\n" for n in range(count))
    return f"Offices close\n{dates}{PARAGRAPH}\n"


def ingest_text(data: str) -> object:
    from newsmodel.ingest import ingest_text

    return ingest_text(data, {"language": "en", "date": "2021-03-12"})


def dates_and_amounts(count: int) -> str:
    return " ".join(f"On 5 March {1900 + n % 100}, {n + 1} million dollars." for n in range(count))


def find_dates_and_amounts(data: str) -> object:
    from newsmodel.ingest.amounts import find_amounts
    from newsmodel.ingest.timex import find_times

    return find_times(data, "2021-03-12"), find_amounts(data)


def open_quotation(count: int) -> str:
    return '"' + "The port will reopen. " * count


def find_quotations(data: str) -> object:
    from newsmodel.ingest.quotes import find_quotes

    return find_quotes(data, [(0, len(data))])


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
        ("render: N annotated paragraphs", annotated_paragraphs, 1000 * scale, render),
        ("fmt: JSON Lines of N documents", json_lines, 200 * scale, format_lines),
        ("draft: a drafted document of N quotations", drafted_text, 500 * scale, draft_again),
        (
            "convert --from claimreview: N appearances",
            appearances,
            2000 * scale,
            import_claimreview,
        ),
        ("ingest: a text of N date lines", date_lines, 500 * scale, ingest_text),
        (
            "drafter: N dates and amounts in a paragraph",
            dates_and_amounts,
            2000 * scale,
            find_dates_and_amounts,
        ),
        (
            "drafter: N sentences in an open quotation",
            open_quotation,
            20_000 * scale,
            find_quotations,
        ),
    ]
    print(f"{'shape':<45} {'N':>10} {'N s':>8} {'2N s':>8} {'ratio':>6}")
    for label, build, size, work in rows:
        # Untimed, a tenth of the size: what the work loads on first use (the rules, the
        # detailed schema engine) would otherwise count against size N alone.
        work(build(max(1, size // 10)))
        small = seconds(build(size), repeat, work)
        large = seconds(build(2 * size), repeat, work)
        print(f"{label:<45} {size:>10} {small:>8.3f} {large:>8.3f} {large / small:>6.2f}")


if __name__ == "__main__":
    main()
