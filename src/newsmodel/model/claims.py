"""Claims: propositions the story asserts or reports, with their sources' certainty.

Certainty follows FactBank: how committed a source is to the claim (certain, probable,
possible, unknown) and in which direction (positive, negative, unknown), written as one
of FactBank's eight values. Commitment is relative to a source: the claim's own source
has one, and each source up the chain of reports (the writer included) may have
another. A claim may carry fact-check reviews that map to schema.org ``ClaimReview``;
a claim known only from a fact-check has no words in the text, but says where it
appeared and who made it.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

import attrs

from newsmodel.model._fields import (
    ANNOTATOR,
    CONFIDENCE,
    EXTENSIONS,
    doc,
    id_field,
    typed_fields,
)
from newsmodel.model.anchor import Anchor
from newsmodel.model.entities import AGENTS, SOURCES


class Factuality(enum.Enum):
    """How committed a source is to a claim, on FactBank's scale."""

    CERTAIN_POSITIVE = "CT+"
    """The source is certain that it is so."""
    PROBABLE_POSITIVE = "PR+"
    """The source holds it probable."""
    POSSIBLE_POSITIVE = "PS+"
    """The source holds it possible ('may')."""
    CERTAIN_NEGATIVE = "CT-"
    """The source is certain that it is not so."""
    PROBABLE_NEGATIVE = "PR-"
    """The source holds it probably not so."""
    POSSIBLE_NEGATIVE = "PS-"
    """The source holds it possibly not so."""
    CERTAIN_UNDERSPECIFIED = "CTu"
    """The source is certain, but the story does not say in which direction."""
    UNCOMMITTED = "Uu"
    """The source is not committed either way ('Time will show')."""

    @property
    def certainty(self) -> str:
        """``certain``, ``probable``, ``possible`` or ``unknown``."""
        return _CERTAINTY[self.value[:2]]

    @property
    def polarity(self) -> str:
        """``positive``, ``negative`` or ``unknown``."""
        return _POLARITY[self.value[-1]]

    @property
    def score(self) -> int | None:
        """FactBank's usual numeric mapping, +3 (CT+) to -3 (CT-); None when uncommitted."""
        return _SCORE.get(self.value)


_CERTAINTY = {"CT": "certain", "PR": "probable", "PS": "possible", "Uu": "unknown"}
_POLARITY = {"+": "positive", "-": "negative", "u": "unknown"}
_SCORE = {"CT+": 3, "PR+": 2, "PS+": 1, "PS-": -1, "PR-": -2, "CT-": -3}


class Verdict(enum.Enum):
    """A fact-checker's verdict, normalized so that reviews from many checkers compare."""

    TRUE = "TRUE"
    """Accurate, with nothing significant missing."""
    MOSTLY_TRUE = "MOSTLY_TRUE"
    """Accurate, but needs clarification or context."""
    MIXTURE = "MIXTURE"
    """Partly accurate and partly not."""
    MOSTLY_FALSE = "MOSTLY_FALSE"
    """Contains an element of truth but is misleading overall."""
    FALSE = "FALSE"
    """Not accurate."""
    UNPROVEN = "UNPROVEN"
    """The evidence neither confirms nor refutes it."""
    OTHER = "OTHER"
    """A verdict that fits none of the above (satire, opinion, outdated)."""


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Rating:
    """A numeric rating on the reviewer's own scale (schema.org ``Rating``).

    Every part is optional, as fact-checkers publish them, and the scale may run either
    way: the best rating may be the lowest number."""

    value: int | float | None = attrs.field(
        default=None,
        metadata=doc("The rating given, where the reviewer gives a number."),
    )
    best: int | float | None = attrs.field(
        default=None,
        metadata=doc("The best rating the scale allows, where given."),
    )
    worst: int | float | None = attrs.field(
        default=None,
        metadata=doc("The worst rating the scale allows, where given."),
    )


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class FactCheckReview:
    """A fact-checker's published review of a claim (schema.org ``ClaimReview``)."""

    reviewers: tuple[str, ...] = attrs.field(
        metadata=doc(
            "Ids of the people or organizations that published the review.",
            refers_to=("Person", "Organization", "Group"),
        )
    )
    url: str = attrs.field(
        metadata=doc("Address of the published review.", schema={"format": "iri"})
    )
    verdict_text: str | None = attrs.field(
        default=None,
        metadata=doc(
            "The verdict as the reviewer published it, kept as given: 'Pants on Fire', "
            "'Mostly true' (schema.org reviewRating.alternateName)."
        ),
    )
    verdict: Verdict | None = attrs.field(
        default=None, metadata=doc("The verdict normalized to newsmodel's scale.")
    )
    rating: Rating | None = attrs.field(
        default=None, metadata=doc("The numeric rating on the reviewer's scale, where given.")
    )
    date_published: str | None = attrs.field(
        default=None,
        metadata=doc("Day the review was published (YYYY-MM-DD).", schema={"format": "date"}),
    )
    claim_reviewed: str | None = attrs.field(
        default=None,
        metadata=doc("The claim as the reviewer worded it, where it differs from the story's."),
    )


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Commitment:
    """How committed one source up the chain of reports is to a claim (FactBank).

    In "Brussels is reported to have asked for ..., according to an official", the
    official is certain and the writer is not: the claim's ``factuality`` is its own
    source's commitment, and a commitment records another source's, the writer's
    included. It names either a source or the writer."""

    source: str | None = attrs.field(
        default=None,
        metadata=doc(
            "Id of the agent or work whose commitment this is; absent when it is the writer's.",
            refers_to=SOURCES,
        ),
    )
    writer: bool = attrs.field(
        default=False,
        metadata=doc("Whether this is the writer's own commitment (FactBank's AUTHOR)."),
    )
    factuality: Factuality = attrs.field(
        metadata=doc("How committed that source is to the claim, on FactBank's scale.")
    )


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Appearance:
    """A place where a claim was published, as a fact-check reports it (schema.org
    ``appearance``)."""

    url: str | None = attrs.field(
        default=None,
        metadata=doc("Address where the claim appeared.", schema={"format": "iri"}),
    )
    medium: str | None = attrs.field(
        default=None,
        metadata=doc("What it appeared in, as a short label: 'Facebook post', 'a speech'."),
    )
    date: str | None = attrs.field(
        default=None,
        metadata=doc("Day it appeared there (YYYY-MM-DD).", schema={"format": "date"}),
    )
    first: bool = attrs.field(
        default=False,
        metadata=doc("Whether this is the claim's first appearance (schema.org firstAppearance)."),
    )


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Claim:
    """A proposition the story asserts or reports, with how committed its source is to it."""

    id: str = id_field("claim")
    content: tuple[Anchor, ...] = attrs.field(
        default=(),
        metadata=doc(
            "The words that state the claim: one stretch, or several in text order where "
            "other words interrupt it; absent for a claim known only from a fact-check."
        ),
    )
    statement: str | None = attrs.field(
        default=None,
        metadata=doc(
            "The claim restated so that it stands alone, with pronouns and ellipses resolved."
        ),
    )
    attribution: str | None = attrs.field(
        default=None,
        metadata=doc(
            "Id of the attribution that reports the claim; a claim without one is asserted "
            "by the writer on their own authority.",
            refers_to=("Attribution",),
        ),
    )
    claimant: str | None = attrs.field(
        default=None,
        metadata=doc(
            "Id of the agent who made a claim that no attribution in the text reports: "
            "a fact-check's claimant ('social media users', a named politician).",
            refers_to=AGENTS,
        ),
    )
    appearances: tuple[Appearance, ...] = attrs.field(
        default=(),
        metadata=doc("Where the claim was published, as a fact-check reports it."),
    )
    factuality: Factuality = attrs.field(
        metadata=doc("How committed the claim's source is to it, on FactBank's scale.")
    )
    commitments: tuple[Commitment, ...] = attrs.field(
        default=(),
        metadata=doc(
            "The commitment of each other source up the chain of reports, the writer "
            "included, where it differs from the claim's own source's."
        ),
    )
    hedges: tuple[Anchor, ...] = attrs.field(
        default=(),
        metadata=doc(
            "Words that weaken or qualify the source's commitment: 'may', 'hopes', 'some'."
        ),
    )
    quantities: tuple[str, ...] = attrs.field(
        default=(), metadata=doc("Ids of the quantities the claim states.", refers_to=("Quantity",))
    )
    times: tuple[str, ...] = attrs.field(
        default=(),
        metadata=doc(
            "Ids of the time expressions the claim contains.", refers_to=("TimeExpression",)
        ),
    )
    reviews: tuple[FactCheckReview, ...] = attrs.field(
        default=(), metadata=doc("Fact-checkers' reviews of the claim.")
    )
    annotator: str | None = attrs.field(default=None, metadata=ANNOTATOR)
    confidence: int | float | None = attrs.field(default=None, metadata=CONFIDENCE)
    extensions: Mapping[str, Any] = attrs.field(factory=dict, hash=False, metadata=EXTENSIONS)

    @property
    def asserted_by_writer(self) -> bool:
        """Whether the writer asserts the claim on their own authority."""
        return self.attribution is None and self.claimant is None

    @property
    def anchored(self) -> bool:
        """Whether the claim has words in the text (not so for one known from a fact-check)."""
        return bool(self.content)
