"""Rules about who says what: claims' sources and commitments, reviews, works, corrections."""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from newsmodel.errors import Severity
from newsmodel.model import (
    Article,
    Attribution,
    Claim,
    Commitment,
    Correction,
    CorrectionKind,
    FactCheckReview,
    Factuality,
    Organization,
    SpeechAct,
    Work,
)
from newsmodel.validation.rules.context import Context, Finding, Rule
from newsmodel.validation.rules.examples import Example, changed, setting
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
            shown = holder if holder == _WRITER else repr(holder)
            fault = None
            if holder in listed:
                fault = f"{shown} has a commitment listed already"
            elif holder in own:
                fault = f"{shown} is the claim's own source, whose commitment is its factuality"
            elif holder not in above:
                fault = f"{shown} is not a source up the chain of reports of this claim"
            if fault is not None:
                yield item.at(_CLAIM.commitments, index), fault
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


def _official_commits(*, writer: bool) -> Commitment:
    return Commitment(
        source="anon-official", writer=writer, factuality=Factuality.PROBABLE_POSITIVE
    )


def _review_says_nothing(claim: Claim) -> Claim:
    review = attrs.evolve(claim.reviews[0], verdict_text=None, verdict=None, rating=None)
    return attrs.evolve(claim, reviews=(review, *claim.reviews[1:]))


def _correction_of_nothing(article: Article) -> Article:
    correction = Correction(id="fix-1", kind=CorrectionKind.CORRECTION)
    return attrs.evolve(article, corrections=(correction,))


RULES = (
    Rule(
        code="claim.unanchored",
        severity=Severity.ERROR,
        check=claims_anchored_or_sourced,
        summary="A claim with no words in the text (known from a fact-check) says where it appeared or who made it.",
        examples=(
            Example(
                "no-words-no-appearance",
                "A claim reported by an attribution loses its words, and says nowhere where it appeared.",
                setting("c-start", content=()),
            ),
        ),
    ),
    Rule(
        code="claim.two_sources",
        severity=Severity.ERROR,
        check=claims_sourced_once,
        summary="A claim names its source by its attribution or by its claimant, not both.",
        examples=(
            Example(
                "attribution-and-claimant",
                "A claim reported by an attribution is also given a claimant.",
                setting("c-start", claimant="person-berg"),
            ),
        ),
    ),
    Rule(
        code="claim.no_truth_value",
        severity=Severity.WARNING,
        check=claims_have_truth_values,
        summary="No claim is reported by the attribution of a request or a question, which is neither true nor false.",
        examples=(
            Example(
                "claim-of-a-question",
                "The attribution that reports a claim is made a question.",
                setting("a-start", act=SpeechAct.QUESTION),
            ),
        ),
    ),
    Rule(
        code="commitment.holder",
        severity=Severity.ERROR,
        check=commitments_name_one_holder,
        summary="A commitment is the writer's or one source's: it names exactly one of them.",
        examples=(
            Example(
                "writer-and-source",
                "A commitment names both the writer and a source as its holder.",
                setting("c-orders", commitments=(_official_commits(writer=True),)),
            ),
        ),
    ),
    Rule(
        code="commitment.chain",
        severity=Severity.WARNING,
        check=commitments_up_the_chain,
        summary="A claim's commitments are those of sources up its chain of reports (the sources of the reports it is nested in, and the writer), each once, and not its own source's.",
        examples=(
            Example(
                "own-source-listed",
                "A claim lists the commitment of its own source, the one who makes it.",
                setting("c-orders", commitments=(_official_commits(writer=False),)),
            ),
        ),
    ),
    Rule(
        code="entity.nameless",
        severity=Severity.ERROR,
        check=entities_named,
        summary="An organization has a name or a description, and a work a title or a description.",
        examples=(
            Example(
                "organization-without-name",
                "The city council loses its name, and has no description.",
                setting("org-council", name=None),
            ),
        ),
    ),
    Rule(
        code="correction.nothing_corrected",
        severity=Severity.ERROR,
        check=corrections_point_at_what_they_change,
        summary="A correction, clarification or retraction points at the claims, quantities or passages it changes.",
        examples=(
            Example(
                "correction-of-nothing",
                "A correction is added that points at no claim, quantity or passage.",
                _correction_of_nothing,
            ),
        ),
    ),
    Rule(
        code="review.empty",
        severity=Severity.ERROR,
        check=reviews_say_something,
        summary="A fact-check review gives its published label, a verdict or a rating.",
        examples=(
            Example(
                "no-label-no-rating",
                "The fact-check review loses its published label, its verdict and its rating.",
                changed("c-signed", _review_says_nothing),
            ),
        ),
    ),
)
