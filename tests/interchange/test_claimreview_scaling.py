"""Reading ClaimReview markup is linear in its appearances, counted in lines run.

The addresses already taken were gathered again for each appearance of the claim, so a
review listing 20,000 appearances took 13 s, and each doubling four times as long.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from counting_lines import counting_lines
from newsmodel.interchange import claimreview, import_claimreview


def review(appearances: int) -> dict[str, Any]:
    """One ClaimReview whose claim appeared at ``appearances`` addresses, one of them twice."""
    urls = [f"https://social.example/posts/{number}" for number in range(appearances)]
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": "https://checks.example/1",
        "datePublished": "2021-03-12",
        "claimReviewed": "A claim.",
        "author": {"@type": "Organization", "name": "Checks", "url": "https://checks.example/"},
        "reviewRating": {"@type": "Rating", "alternateName": "False"},
        "itemReviewed": {
            "@type": "Claim",
            "appearance": [{"@type": "CreativeWork", "url": url} for url in [*urls, urls[0]]],
        },
    }


def lines_run(appearances: int) -> int:
    """Lines run in the interchange room to read a review of ``appearances`` appearances."""
    with counting_lines(str(Path(claimreview.__file__).parent)) as steps:
        converted = import_claimreview(review(appearances))
    # Each address once: the one given twice is kept once.
    assert len(converted.value.claims[0].appearances) == appearances
    return sum(steps.values())


def test_appearances_are_read_in_linear_work() -> None:
    small, large = lines_run(200), lines_run(400)
    assert large <= 2.2 * small
