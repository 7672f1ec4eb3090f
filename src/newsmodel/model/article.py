"""The article: the document root that holds the text and every annotation of it.

An article whose text is unknown (one known only from a fact-check's markup) has no
text and no segments: absent means unknown. Its claims then have no words in the text,
only where they appeared and who made them.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from newsmodel.model._fields import EXTENSIONS, LANGUAGE_PATTERN, doc, typed_fields
from newsmodel.model.annotators import Annotator
from newsmodel.model.attribution import Attribution, Refusal
from newsmodel.model.claims import Claim
from newsmodel.model.corrections import Correction
from newsmodel.model.entities import AGENTS, Entity
from newsmodel.model.events import Comparison, Event
from newsmodel.model.quantities import Quantity
from newsmodel.model.text import LanguageSpan, Segment, SegmentRole
from newsmodel.model.times import DocumentFunction, TimeExpression, TimeRelation
from newsmodel.versions import CURRENT_SCHEMA_URL


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Article:
    """One news article: its text, its metadata and every annotation anchored to the text."""

    schema: str = attrs.field(
        default=CURRENT_SCHEMA_URL,
        metadata=doc(
            "URL of the newsmodel schema the document follows; it names the format's version.",
            json_name="$schema",
        ),
    )
    id: str = attrs.field(
        metadata=doc("Identifier of the article, stable across versions of it: a URI or URN.")
    )
    url: str | None = attrs.field(
        default=None,
        metadata=doc("Address of the page the article was read from.", schema={"format": "iri"}),
    )
    language: str = attrs.field(
        metadata=doc(
            "Language of the text as a BCP 47 tag: 'en', 'pt-BR'.",
            schema={"pattern": LANGUAGE_PATTERN},
        )
    )
    authors: tuple[str, ...] = attrs.field(
        default=(),
        metadata=doc("Ids of the people or bodies that wrote the article.", refers_to=AGENTS),
    )
    publisher: str | None = attrs.field(
        default=None,
        metadata=doc("Id of the organization that published it.", refers_to=("Organization",)),
    )
    filed_from: str | None = attrs.field(
        default=None,
        metadata=doc(
            "Id of the place the story was filed from: the dateline's place.",
            refers_to=("Place",),
        ),
    )
    text: str | None = attrs.field(
        default=None,
        metadata=doc(
            "The article's text in canonical form (NFC, LF line breaks), page chrome "
            "included; every offset counts code points of it. Absent when the text is "
            "unknown, as for an article known only from a fact-check."
        ),
    )
    segments: tuple[Segment, ...] = attrs.field(
        default=(),
        metadata=doc(
            "The text divided into headline, paragraphs, page chrome and so on, in order."
        ),
    )
    language_spans: tuple[LanguageSpan, ...] = attrs.field(
        default=(),
        metadata=doc("Stretches of the text in another language than the article's."),
    )
    annotators: tuple[Annotator, ...] = attrs.field(
        default=(),
        metadata=doc("The people, tools and models that made the annotations."),
    )
    times: tuple[TimeExpression, ...] = attrs.field(
        default=(),
        metadata=doc("Time expressions in the text, and the document's own times."),
    )
    entities: tuple[Entity, ...] = attrs.field(
        default=(),
        metadata=doc("People, organizations, places, objects and groups, each with its mentions."),
    )
    attributions: tuple[Attribution, ...] = attrs.field(
        default=(), metadata=doc("Reports of what sources said.")
    )
    refusals: tuple[Refusal, ...] = attrs.field(
        default=(), metadata=doc("Sources' refusals to speak or estimate.")
    )
    claims: tuple[Claim, ...] = attrs.field(
        default=(),
        metadata=doc("Propositions the story asserts or reports, with their certainty."),
    )
    quantities: tuple[Quantity, ...] = attrs.field(
        default=(), metadata=doc("Amounts the text states.")
    )
    comparisons: tuple[Comparison, ...] = attrs.field(
        default=(), metadata=doc("Comparisons the text draws.")
    )
    events: tuple[Event, ...] = attrs.field(default=(), metadata=doc("Events the story reports."))
    time_relations: tuple[TimeRelation, ...] = attrs.field(
        default=(),
        metadata=doc("How events and times stand to each other in time (TimeML TLINK)."),
    )
    corrections: tuple[Correction, ...] = attrs.field(
        default=(),
        metadata=doc("The story's corrections and updates, each tied to what it changes."),
    )
    extensions: Mapping[str, Any] = attrs.field(factory=dict, hash=False, metadata=EXTENSIONS)

    def segments_with_role(self, role: SegmentRole) -> tuple[Segment, ...]:
        """The segments that have ``role``, in text order."""
        return tuple(segment for segment in self.segments if segment.role is role)

    @property
    def headline(self) -> str | None:
        """The text of the first headline segment, or None when the text has none."""
        headlines = self.segments_with_role(SegmentRole.HEADLINE)
        return headlines[0].text_in(self.text) if headlines and self.text else None

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The text of each body paragraph, in order (none when the text is unknown)."""
        text = self.text or ""
        return tuple(s.text_in(text) for s in self.segments_with_role(SegmentRole.PARAGRAPH))

    def document_time(self, function: DocumentFunction) -> TimeExpression | None:
        """The document's own time with ``function`` (creation, publication ...), if recorded."""
        return next((t for t in self.times if t.function is function), None)

    @property
    def created(self) -> TimeExpression | None:
        """When the story was written: what "last year" and "Wednesday" resolve against."""
        return self.document_time(DocumentFunction.CREATION_TIME)

    @property
    def published(self) -> TimeExpression | None:
        """When the story was first published, if recorded."""
        return self.document_time(DocumentFunction.PUBLICATION_TIME)

    @property
    def modified(self) -> TimeExpression | None:
        """When the story or its page was last changed, if recorded."""
        return self.document_time(DocumentFunction.MODIFICATION_TIME)

    def identified(self) -> Iterator[Any]:
        """Every object in the document that has an ``id``, in document order."""
        for collection in (
            self.annotators,
            self.times,
            self.entities,
            self.attributions,
            self.refusals,
            self.claims,
            self.quantities,
            self.comparisons,
            self.events,
            self.time_relations,
            self.corrections,
        ):
            yield from collection

    def by_id(self) -> dict[str, Any]:
        """A map from each ``id`` to its object (the last one, if an id repeats)."""
        return {item.id: item for item in self.identified()}
