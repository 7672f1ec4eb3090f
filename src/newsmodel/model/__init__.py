"""The newsmodel model: attrs classes that are the single source of truth.

Every type, field, constraint and description is written once, here; the codec, the JSON
Schemas, the validation rules and the docs are derived from these classes.
"""

from newsmodel.model.anchor import Anchor
from newsmodel.model.article import Article
from newsmodel.model.attribution import Attribution, QuoteKind, Refusal, RefusalKind
from newsmodel.model.claims import Claim, FactCheckReview, Factuality, Rating, Verdict
from newsmodel.model.entities import (
    AnonymousSource,
    Artifact,
    Entity,
    Group,
    Mention,
    MentionKind,
    Organization,
    Person,
    Place,
    Role,
)
from newsmodel.model.events import Comparison, ComparisonRelation, Event, Participant
from newsmodel.model.quantities import Comparator, Quantity
from newsmodel.model.text import Segment, SegmentRole, canonical_text, is_canonical_text
from newsmodel.model.times import (
    DocumentFunction,
    Provenance,
    TimeExpression,
    TimexModifier,
    TimexType,
)

__all__ = [
    "Anchor",
    "AnonymousSource",
    "Article",
    "Artifact",
    "Attribution",
    "Claim",
    "Comparator",
    "Comparison",
    "ComparisonRelation",
    "DocumentFunction",
    "Entity",
    "Event",
    "FactCheckReview",
    "Factuality",
    "Group",
    "Mention",
    "MentionKind",
    "Organization",
    "Participant",
    "Person",
    "Place",
    "Provenance",
    "Quantity",
    "QuoteKind",
    "Rating",
    "Refusal",
    "RefusalKind",
    "Role",
    "Segment",
    "SegmentRole",
    "TimeExpression",
    "TimexModifier",
    "TimexType",
    "Verdict",
    "canonical_text",
    "is_canonical_text",
]
