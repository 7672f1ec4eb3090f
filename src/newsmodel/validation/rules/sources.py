"""Rules about who says what: claims' sources and commitments, reviews, works, corrections."""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from newsmodel.model import (
    Attribution,
    Claim,
    Commitment,
    Correction,
    CorrectionKind,
    FactCheckReview,
    Organization,
    Work,
)
from newsmodel.validation.rules.context import Context, Finding
from newsmodel.validation.walk import Located

_CLAIM = attrs.fields(Claim)
_COMMITMENT = attrs.fields(Commitment)

#: How a commitment's holder is named in messages and compared: a source's id, or this.
_WRITER = "the writer"


def claims_anchored_or_sourced(context: Context) -> Iterator[Finding]:
    for item in context.of_class(Claim):
        claim = item.obj
        if not claim.content and not claim.appearances and claim.claimant is None:
            yield (
                item.path,
                "a claim with no words in the text says where it appeared or who made it "
                "(appearances, claimant)",
            )


def claims_sourced_once(context: Context) -> Iterator[Finding]:
    for item in context.of_class(Claim):
        if item.obj.attribution is not None and item.obj.claimant is not None:
            yield (
                item.at(_CLAIM.claimant),
                "a claim names its source by its attribution or by its claimant, not both",
            )


def claims_have_truth_values(context: Context) -> Iterator[Finding]:
    for item in context.of_class(Claim):
        report = context.target(item.obj.attribution, Attribution)
        act = report.obj.act if report is not None else None
        if act is not None and not act.has_truth_value:
            yield (
                item.at(_CLAIM.attribution),
                f"{item.obj.attribution!r} reports a {act.value}, which is neither true nor "
                "false: report it without a claim",
            )


def commitments_name_one_holder(context: Context) -> Iterator[Finding]:
    for item in context.of_class(Commitment):
        if item.obj.writer == (item.obj.source is not None):
            yield (
                item.path,
                "a commitment is either the writer's (writer) or a source's (source), not "
                + ("both" if item.obj.writer else "neither"),
            )


def _holder(commitment: Commitment) -> str | None:
    if commitment.writer and commitment.source is None:
        return _WRITER
    return commitment.source if not commitment.writer else None


def _chain(context: Context, claim: Claim) -> tuple[set[str], set[str]]:
    """The claim's own sources, and the sources up its chain of reports (writer included)."""
    if claim.claimant is not None:
        return {claim.claimant}, {_WRITER}
    report = context.target(claim.attribution, Attribution)
    if report is None:
        return {_WRITER}, set()
    own, above = set(report.obj.sources), {_WRITER}
    seen = {report.obj.id}
    outer = context.target(report.obj.nested_in, Attribution)
    while outer is not None and outer.obj.id not in seen:
        seen.add(outer.obj.id)
        above.update(outer.obj.sources)
        outer = context.target(outer.obj.nested_in, Attribution)
    return own, above


def commitments_up_the_chain(context: Context) -> Iterator[Finding]:
    for item in context.of_class(Claim):
        if not item.obj.commitments:
            continue
        own, above = _chain(context, item.obj)
        listed: set[str] = set()
        for index, commitment in enumerate(item.obj.commitments):
            holder = _holder(commitment)
            if holder is None:
                continue  # commitment.holder says what is wrong
            where = item.at(_CLAIM.commitments, index)
            shown = holder if holder == _WRITER else repr(holder)
            if holder in listed:
                yield where, f"{shown} has a commitment listed already"
            elif holder in own:
                yield (
                    where,
                    f"{shown} is the claim's own source, whose commitment is its factuality",
                )
            elif holder not in above:
                yield where, f"{shown} is not a source up the chain of reports of this claim"
            listed.add(holder)


def reviews_say_something(context: Context) -> Iterator[Finding]:
    for item in context.of_class(FactCheckReview):
        review = item.obj
        rated = review.rating is not None and review.rating.value is not None
        if review.verdict_text is None and review.verdict is None and not rated:
            yield item.path, "a review gives a published label, a verdict or a rating"


def entities_named(context: Context) -> Iterator[Finding]:
    for item in context.of_class(Organization):
        if item.obj.name is None and item.obj.description is None:
            yield item.path, "an organization known by no name has a description ('this newspaper')"
    for located in context.of_class(Work):
        if located.obj.title is None and located.obj.description is None:
            yield located.path, "a work has a title or a description ('an internal review')"


def corrections_point_at_what_they_change(context: Context) -> Iterator[Finding]:
    item: Located[Correction]
    for item in context.of_class(Correction):
        correction = item.obj
        if correction.kind is CorrectionKind.UPDATE:
            continue  # an update may only add: it needs a date, not a target
        if not (correction.corrects or correction.passages or correction.withdraws):
            yield (
                item.path,
                f"a {correction.kind.value} points at what it changes "
                "(corrects, passages or withdraws)",
            )
