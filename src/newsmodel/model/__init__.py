"""The newsmodel model: attrs classes that are the single source of truth.

Every type, field, constraint and description is written once, here; the codec, the JSON
Schemas, the validation rules and the docs are derived from these classes.
"""

from newsmodel.model.anchor import Anchor
from newsmodel.model.annotators import Annotator, AnnotatorKind
from newsmodel.model.article import Article
from newsmodel.model.attribution import Attribution, QuoteKind, Refusal, RefusalKind, SpeechAct
from newsmodel.model.claims import (
    Appearance,
    Claim,
    Commitment,
    FactCheckReview,
    Factuality,
    Rating,
    Verdict,
)
from newsmodel.model.corrections import Correction, CorrectionKind
from newsmodel.model.entities import (
    AnonymousSource,
    Artifact,
    Entity,
    Group,
    Mention,
    MentionKind,
    Name,
    Organization,
    Person,
    Place,
    Role,
    Work,
    WorkKind,
)
from newsmodel.model.events import Comparison, ComparisonRelation, Event, Participant
from newsmodel.model.quantities import ChangeDirection, Comparator, ExactFraction, Quantity
from newsmodel.model.text import (
    LanguageSpan,
    Segment,
    SegmentRole,
    canonical_text,
    is_canonical_text,
)
from newsmodel.model.times import (
    DocumentFunction,
    Provenance,
    TemporalRelation,
    TimeExpression,
    TimeRelation,
    TimexModifier,
    TimexType,
)

__all__ = [
    "Anchor",
    "Annotator",
    "AnnotatorKind",
    "AnonymousSource",
    "Appearance",
    "Article",
    "Artifact",
    "Attribution",
    "ChangeDirection",
    "Claim",
    "Commitment",
    "Comparator",
    "Comparison",
    "ComparisonRelation",
    "Correction",
    "CorrectionKind",
    "DocumentFunction",
    "Entity",
    "Event",
    "ExactFraction",
    "FactCheckReview",
    "Factuality",
    "Group",
    "LanguageSpan",
    "Mention",
    "MentionKind",
    "Name",
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
    "SpeechAct",
    "TemporalRelation",
    "TimeExpression",
    "TimeRelation",
    "TimexModifier",
    "TimexType",
    "Verdict",
    "Work",
    "WorkKind",
    "canonical_text",
    "is_canonical_text",
]
