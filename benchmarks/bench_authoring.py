"""What writing a document with newsmodel.authoring costs, and converting its offsets.

Run: ``python benchmarks/bench_authoring.py [--quick]``. Rows are medians of several
repeats, each with its ratio to the group's first row (the baseline), measured in the
same run on the bundled reference article.

What each comparison answers:

- building: what finding every span, resolving handles and validating cost over reading
  the same document from its JSON (``newsmodel.loads``), and how much of a build is the
  validation that ``Draft.build()`` runs;
- offsets: what converting every anchor of the document to UTF-16 costs with one
  ``OffsetTable`` (``convert_article``) against converting each offset on its own with
  ``to_utf16``, which rescans the text every time (O(n) per offset).
"""

from __future__ import annotations

import argparse
import importlib.util
from pathlib import Path
from typing import Any

from bench_documents import Groups, print_groups

import newsmodel
from newsmodel.model import Anchor, Article
from newsmodel.offsets import convert_article, spans, to_utf16

ROOT = Path(__file__).resolve().parents[1]
NAME = "space-agency-teams-with-arms-exporter"


def load_builder() -> Any:
    spec = importlib.util.spec_from_file_location(
        "build_examples", ROOT / "tools" / "build_examples.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def each_offset_on_its_own(article: Article) -> list[int]:
    return [
        to_utf16(article.text, offset)
        for span in spans(article)
        if isinstance(span, Anchor)
        for offset in (span.start, span.end)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="few repeats: a smoke run for CI")
    args = parser.parse_args()
    repeat, number = (3, 2) if args.quick else (7, 5)

    builder = load_builder()
    text = builder.REFERENCE_TEXT.read_bytes().decode("utf-8")
    data = newsmodel.examples.read_bytes(NAME)
    article = newsmodel.loads(data)
    anchors = len(each_offset_on_its_own(article)) // 2

    groups: Groups = [
        (
            "building the reference article",
            [
                ("newsmodel.loads of its JSON (baseline)", lambda: newsmodel.loads(data)),
                ("authoring: Draft ... build() (find, resolve, validate)", lambda: builder.build_reference(text)),
                # The part of build() that is validation; the rest is finding and resolving.
                ("of which newsmodel.validate of the built Article", lambda: newsmodel.validate(article)),
            ],
        ),
        (
            f"every anchor and segment to UTF-16 ({anchors} anchors)",
            [
                ("convert_article: one table (baseline)", lambda: convert_article(article, to="utf-16")),
                ("to_utf16 for each offset of each anchor", lambda: each_offset_on_its_own(article)),
            ],
        ),
    ]  # fmt: skip
    print(f"document: {NAME} ({len(data):,} bytes); median of {repeat} x {number} calls")
    print_groups(groups, repeat, number, width=56)


if __name__ == "__main__":
    main()
