"""Attribution: who said what, in which words, and who refused to say.

An attribution follows the PARC corpus: a **source** (who, or which work), a **cue**
(the words that introduce the report: "told reporters", "added", "put ... at") and the
**content** (what was said), with the kind of quote, the kind of speech act (an
assertion, a denial, a question ...), when and where it was said and, for a report
inside a report, the attribution it is nested in. A statement the writer makes on their
own authority has no attribution.

A refusal records that a source declined to speak, or did not answer at all.
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
from newsmodel.model.anchor import Anchor, stretches
from newsmodel.model.entities import AGENTS, SOURCES


class QuoteKind(enum.Enum):
    """How closely the content gives the source's own words (PARC)."""

    DIRECT = "direct"
    """The source's words, in quotation marks."""
    INDIRECT = "indirect"
    """The writer's paraphrase of what the source said."""
    MIXED = "mixed"
    """A paraphrase with some of the source's words in quotation marks."""


class SpeechAct(enum.Enum):
    """What kind of speech act an attribution reports."""

    ASSERTION = "assertion"
    """A statement that something is so: 'said', 'told reporters'."""
    DENIAL = "denial"
    """A statement that something is not so: 'denied', 'rejected reports that'."""
    ESTIMATE = "estimate"
    """A figure given as an estimate: 'estimates', 'put the cost at'."""
    PREDICTION = "prediction"
    """A statement about what will happen: 'expects', 'forecast'."""
    CONFIRMATION = "confirmation"
    """A confirmation of what was said or reported before: 'confirmed'."""
    ADMISSION = "admission"
    """An acknowledgement against the source's interest: 'admitted', 'conceded'."""
    ACCUSATION = "accusation"
    """A charge against someone: 'accused', 'alleged'."""
    REQUEST = "request"
    """A request, demand or order: 'asked for', 'called on'. It has no truth value."""
    QUESTION = "question"
    """A question: 'asked whether'. It has no truth value."""
    PROMISE = "promise"
    """A commitment to act: 'promised', 'pledged'."""
    THREAT = "threat"
    """A conditional commitment to harm: 'threatened to reduce the quota'."""
    WARNING = "warning"
    """A statement that something bad may happen: 'warned'."""
    OTHER = "other"
    """Any other kind of speech act."""

    @property
    def has_truth_value(self) -> bool:
        """Whether what is said can be true or false: not so for a request or a question."""
        return self not in (SpeechAct.REQUEST, SpeechAct.QUESTION)


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Attribution:
    """A report of what a source said, in the PARC source / cue / content form."""

    id: str = id_field("attribution")
    sources: tuple[str, ...] = attrs.field(
        metadata=doc(
            "Ids of the agents or works the content is attributed to ('the report says'); "
            "a joint source ('Koptev and Rapota said') lists each of its members, and its "
            "source words are the mention of the group they form.",
            refers_to=SOURCES,
        )
    )
    source_anchor: Anchor | None = attrs.field(
        default=None, metadata=doc("The words that name the source in this report.")
    )
    cue: tuple[Anchor, ...] = attrs.field(
        default=(),
        converter=stretches,
        metadata=doc(
            "The words that introduce the report ('told reporters', 'said'): one stretch, "
            "or several in text order where the cue comes in pieces ('put ... at', 'is "
            "reported to have ... according to')."
        ),
    )
    content: tuple[Anchor, ...] = attrs.field(
        metadata=doc(
            "The words that give what was said: one stretch, or several in text order where "
            "the source and cue interrupt it ('which ... said was $50 billion')."
        )
    )
    quote: QuoteKind = attrs.field(
        metadata=doc("Whether the content is a direct, indirect or mixed quotation.")
    )
    act: SpeechAct | None = attrs.field(
        default=None,
        metadata=doc(
            "The kind of speech act reported: assertion, denial, estimate, request, question ..."
        ),
    )
    addressee: str | None = attrs.field(
        default=None,
        metadata=doc("Id of the agent the source spoke to ('reporters').", refers_to=AGENTS),
    )
    time: str | None = attrs.field(
        default=None,
        metadata=doc(
            "Id of the time expression saying when it was said ('said on Tuesday'), as "
            "distinct from the times inside what was said.",
            refers_to=("TimeExpression",),
        ),
    )
    place: str | None = attrs.field(
        default=None,
        metadata=doc(
            "Id of the place where it was said ('told a press conference in Valletta').",
            refers_to=("Place",),
        ),
    )
    occasion: str | None = attrs.field(
        default=None,
        metadata=doc(
            "Id of the event at which it was said ('a press conference').", refers_to=("Event",)
        ),
    )
    nested_in: str | None = attrs.field(
        default=None,
        metadata=doc(
            "Id of the attribution whose content contains this one (a report inside a report).",
            refers_to=("Attribution",),
        ),
    )
    annotator: str | None = attrs.field(default=None, metadata=ANNOTATOR)
    confidence: int | float | None = attrs.field(default=None, metadata=CONFIDENCE)
    extensions: Mapping[str, Any] = attrs.field(factory=dict, hash=False, metadata=EXTENSIONS)


class RefusalKind(enum.Enum):
    """What a source declined to do, or that it did not answer at all."""

    DECLINED_TO_COMMENT = "declined_to_comment"
    """Would not comment at all."""
    DECLINED_TO_ESTIMATE = "declined_to_estimate"
    """Would not give a number or an estimate."""
    DECLINED_TO_ELABORATE = "declined_to_elaborate"
    """Said something but would not say more."""
    DECLINED_TO_CONFIRM = "declined_to_confirm"
    """Would neither confirm nor deny."""
    DECLINED_TO_IDENTIFY = "declined_to_identify"
    """Would not say who: 'declined to identify the buyers', 'declined to say who ...'."""
    NO_RESPONSE = "no_response"
    """Did not answer a request for comment: no refusal happened, only silence."""
    NOT_REACHED = "not_reached"
    """Could not be reached for comment: nobody was asked."""

    @property
    def refused(self) -> bool:
        """Whether the source actually refused; not so for a non-response."""
        return self not in (RefusalKind.NO_RESPONSE, RefusalKind.NOT_REACHED)


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Refusal:
    """A source's refusal to speak or estimate, or its silence: a fact about the source,
    not a claim. Its ``kind`` tells a refusal from a non-response."""

    id: str = id_field("refusal")
    sources: tuple[str, ...] = attrs.field(
        metadata=doc("Ids of the agents who refused.", refers_to=AGENTS)
    )
    kind: RefusalKind = attrs.field(metadata=doc("What the sources declined to do."))
    anchor: Anchor = attrs.field(metadata=doc("The words that report the refusal."))
    topic: Anchor | None = attrs.field(
        default=None,
        metadata=doc("The words naming what the sources would not speak about, where given."),
    )
    about: str | None = attrs.field(
        default=None,
        metadata=doc(
            "Id of the claim or attribution the refusal follows up ('but would not elaborate').",
            refers_to=("Claim", "Attribution"),
        ),
    )
    annotator: str | None = attrs.field(default=None, metadata=ANNOTATOR)
    confidence: int | float | None = attrs.field(default=None, metadata=CONFIDENCE)
    extensions: Mapping[str, Any] = attrs.field(factory=dict, hash=False, metadata=EXTENSIONS)
