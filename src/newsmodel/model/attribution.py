"""Attribution: who said what, in which words, and who refused to say.

An attribution follows the PARC corpus: a **source** (who), a **cue** (the words that
introduce the report: "told reporters", "added", "said") and the **content** (what was
said), with the kind of quote and, for a report inside a report, the attribution it is
nested in. A statement the writer makes on their own authority has no attribution.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

import attrs

from newsmodel.model._fields import EXTENSIONS, doc, id_field, typed_fields
from newsmodel.model.anchor import Anchor
from newsmodel.model.claims import Claim
from newsmodel.model.entities import AGENTS


class QuoteKind(enum.Enum):
    """How closely the content gives the source's own words (PARC)."""

    DIRECT = "direct"
    """The source's words, in quotation marks."""
    INDIRECT = "indirect"
    """The writer's paraphrase of what the source said."""
    MIXED = "mixed"
    """A paraphrase with some of the source's words in quotation marks."""


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Attribution:
    """A report of what a source said, in the PARC source / cue / content form."""

    id: str = id_field("attribution")
    sources: tuple[str, ...] = attrs.field(
        metadata=doc(
            "Ids of the agents the content is attributed to; more than one for a joint "
            "source ('Koptev and Rapota said').",
            refers_to=AGENTS,
        )
    )
    source_anchor: Anchor | None = attrs.field(
        default=None, metadata=doc("The words that name the source in this report.")
    )
    cue: Anchor | None = attrs.field(
        default=None,
        metadata=doc("The words that introduce the report: 'told reporters', 'added', 'said'."),
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
    addressee: str | None = attrs.field(
        default=None,
        metadata=doc("Id of the agent the source spoke to ('reporters').", refers_to=AGENTS),
    )
    nested_in: str | None = attrs.field(
        default=None,
        metadata=doc(
            "Id of the attribution whose content contains this one (a report inside a report).",
            refers_to=("Attribution",),
        ),
    )
    extensions: Mapping[str, Any] = attrs.field(factory=dict, hash=False, metadata=EXTENSIONS)


class RefusalKind(enum.Enum):
    """What a source declined to do."""

    DECLINED_TO_COMMENT = "declined_to_comment"
    """Would not comment at all."""
    DECLINED_TO_ESTIMATE = "declined_to_estimate"
    """Would not give a number or an estimate."""
    DECLINED_TO_ELABORATE = "declined_to_elaborate"
    """Said something but would not say more."""
    DECLINED_TO_CONFIRM = "declined_to_confirm"
    """Would neither confirm nor deny."""


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Refusal:
    """A source's refusal to speak or estimate: a fact about the source, not a claim."""

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
            refers_to=(Claim, Attribution),
        ),
    )
    extensions: Mapping[str, Any] = attrs.field(factory=dict, hash=False, metadata=EXTENSIONS)
