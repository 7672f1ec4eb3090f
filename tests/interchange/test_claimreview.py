"""ClaimReview in: every shape fact-checkers publish, and nothing guessed silently."""

from __future__ import annotations

import json
from typing import Any

import pytest
from interchange_data import fixture, shared_files

from newsmodel.interchange import ConversionError, import_claimreview
from newsmodel.model import Group, Organization, Verdict
from newsmodel.validation import validate


def codes(losses: Any) -> list[str]:
    return [problem.code for problem in losses]


def test_a_graph_with_a_reviewer_given_by_id_becomes_a_valid_document() -> None:
    converted = import_claimreview(fixture("graph-with-id-reviewer.jsonld"))
    article = converted.value
    assert validate(article).valid
    assert article.id == "https://checks.example/2021/port-deal"
    [claim] = article.claims
    assert claim.statement == "The Harbor Port Authority & its docks were sold."
    [review] = claim.reviews
    reviewer = article.by_id()[review.reviewers[0]]
    assert isinstance(reviewer, Organization)
    assert reviewer.name == "Example Checks"
    assert article.publisher == reviewer.id
    assert review.verdict_text == "falso"
    assert review.verdict is Verdict.FALSE
    assert review.rating is None  # "" is no rating
    assert review.date_published == "2021-03-12"
    claimant = article.by_id()[claim.claimant or ""]
    assert isinstance(claimant, Group)
    assert claimant.name == "A. User, B. User"
    assert [(a.url, a.first) for a in claim.appearances] == [
        ("https://social.example/posts/0", True),
        ("https://social.example/posts/1", False),
    ]


def test_every_loss_is_reported_with_its_pointer() -> None:
    losses = import_claimreview(fixture("graph-with-id-reviewer.jsonld")).losses
    reported = {(p.code, p.pointer) for p in losses}
    assert ("interchange.dropped", "/@graph/1/image") in reported
    assert ("interchange.dropped", "/@graph/1/itemReviewed/appearance/1") in reported
    assert ("interchange.approximated", "/@graph/1/url") in reported  # no scheme
    assert ("interchange.approximated", "/@graph/1/datePublished") in reported  # time cut
    assert ("interchange.approximated", "/@graph/1/claimReviewed") in reported  # entities
    assert ("interchange.approximated", "") in reported  # language undetermined
    # The claim's date cannot be given to one of several appearances: reported, not guessed.
    assert ("interchange.dropped", "/@graph/1/itemReviewed/datePublished") in reported
    normalized = [p for p in losses if p.code == "interchange.verdict_normalized"]
    assert [p.message for p in normalized] == [
        "verdict 'falso' normalized to FALSE by the label table"
    ]


def test_the_caller_gives_the_language_the_markup_lacks() -> None:
    converted = import_claimreview(fixture("graph-with-id-reviewer.jsonld"), language="pt")
    assert converted.value.language == "pt"
    assert ("interchange.approximated", "") not in {(p.code, p.pointer) for p in converted.losses}


def test_a_verdict_on_a_five_point_scale_says_it_was_read_from_the_scale() -> None:
    data = _review(
        reviewRating={
            "ratingValue": 2,
            "bestRating": "5",
            "worstRating": "1",
            "alternateName": "Ce n'est pas tout à fait ça",
        }
    )
    converted = import_claimreview(data)
    [review] = converted.value.claims[0].reviews
    assert review.verdict is Verdict.MOSTLY_FALSE
    assert "by the rating scale (2 from 1 worst to 5 best)" in converted.losses[-2].message


def test_a_verdict_that_no_table_knows_is_kept_and_not_normalized() -> None:
    data = _review(reviewRating={"alternateName": "Reker hat diesen Satz nie gesagt."})
    converted = import_claimreview(data)
    [review] = converted.value.claims[0].reviews
    assert review.verdict is None
    assert review.verdict_text == "Reker hat diesen Satz nie gesagt."
    assert "interchange.verdict_unnormalized" in codes(converted.losses)


def test_a_scale_whose_best_is_its_worst_is_left_out_and_reported() -> None:
    data = _review(
        reviewRating={
            "ratingValue": "-1",
            "bestRating": "-1",
            "worstRating": "-1",
            "alternateName": "really_false",
        }
    )
    converted = import_claimreview(data)
    [review] = converted.value.claims[0].reviews
    assert review.rating is not None
    assert (review.rating.best, review.rating.worst) == (None, None)
    assert review.verdict is Verdict.FALSE
    assert ("interchange.dropped", "/reviewRating/bestRating") in {
        (p.code, p.pointer) for p in converted.losses
    }


@pytest.mark.parametrize(
    ("data", "code", "pointer"),
    [
        ({"@type": "NewsArticle", "url": "https://x.example/"}, "interchange.not_the_format", ""),
        (
            {
                "@type": "ClaimReview",
                "url": "/relative",
                "author": {"@type": "Organization", "name": "C"},
            },
            "interchange.missing",
            "/url",
        ),
        (
            {
                "@type": "ClaimReview",
                "url": "https://x.example/r",
                "author": {"@type": "Person", "url": "https://x.example/"},
            },
            "interchange.missing",
            "/author",
        ),
        (
            {
                "@type": "ClaimReview",
                "url": "https://x.example/r",
                "author": {"@type": "Organization", "name": "C"},
            },
            "claim.unanchored",
            "/claims/0",
        ),
    ],
    ids=["no-review", "relative-url", "nameless-person-reviewer", "no-claimant-nor-appearance"],
)
def test_what_cannot_become_a_document_is_a_coded_error(data: Any, code: str, pointer: str) -> None:
    with pytest.raises(ConversionError) as caught:
        import_claimreview(data)
    error = caught.value.errors[0]
    assert (error.code, error.pointer) == (code, pointer)


def test_the_fact_check_tools_api_shape() -> None:
    converted = import_claimreview(fixture("fact-check-tools.json"))
    article = converted.value
    assert article.language == "ur"
    [claim] = article.claims
    assert claim.statement == "A doctor beats a patient in Kanpur"
    assert claim.appearances[0].date == "2019-06-20"
    [review] = claim.reviews
    assert (review.verdict, review.date_published) == (Verdict.FALSE, "2019-06-20")
    reviewer = article.by_id()[review.reviewers[0]]
    assert isinstance(reviewer, Organization)
    assert reviewer.same_as == ("https://checks.example",)
    assert ("interchange.dropped", "/claimReview/0/title") in {
        (p.code, p.pointer) for p in converted.losses
    }


def test_the_real_claimreview_items_give_documents_or_coded_errors() -> None:
    files = shared_files("realdata/claimreview", "interop/claimreview")
    assert len(files) == 30
    valid, refused = [], []
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        try:
            converted = import_claimreview(data)
        except ConversionError as error:
            refused.append((path.name, error.errors[0].code))
            continue
        assert validate(converted.value).valid, path.name
        valid.append(path.name)
    # Measured: 27 documents; 3 refusals, each saying what is missing.
    assert len(valid) == 27, refused
    assert sorted(refused) == [
        ("meedan-fetch_estadao_pt.jsonld", "interchange.missing"),  # relative url, no base
        ("meedan-fetch_tfc-taiwan-incomplete_zh.jsonld", "claim.unanchored"),  # no claimant
        ("schemaorg-eg-0325_clip_claimreview.jsonld", "interchange.missing"),  # nameless reviewer
    ]


def _review(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": "https://checks.example/r",
        "author": {"@type": "Organization", "name": "Example Checks"},
        "claimReviewed": "It is so.",
        "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "A. Politician"}},
    }
    for key, value in fields.items():
        base[key] = {"@type": "Rating", **value} if key == "reviewRating" else value
    return base
