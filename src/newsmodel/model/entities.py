"""Entities: the people, organizations, places, objects, groups and works a story talks about.

Each entity lists every mention of it in the text, and may carry the other names it is
known by (in another language or script). A work (a report, a filing, a statement) is
an entity too, since it can be the source of an attribution ("the report says"). Entities are a tagged union: in JSON
each carries ``"type"`` (``person``, ``organization``, ...), and the schema dispatches on
it, so an error points at the wrong field rather than at "no branch matched".
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any, Union

import attrs

from newsmodel.model._fields import (
    ANNOTATOR,
    CONFIDENCE,
    EXTENSIONS,
    LANGUAGE_PATTERN,
    doc,
    id_field,
    typed_fields,
)
from newsmodel.model.anchor import Anchor


class MentionKind(enum.Enum):
    """How a mention refers to its entity (the ACE distinction)."""

    NAME = "name"
    """By a proper name: "Yury Koptev", "Rosvooruzheniye"."""
    NOMINAL = "nominal"
    """By a common noun phrase: "the agency", "the Russian space chief"."""
    PRONOUN = "pronoun"
    """By a pronoun: "he", "his"."""


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Mention:
    """One place in the text that refers to an entity."""

    anchor: Anchor = attrs.field(metadata=doc("The words of the mention."))
    kind: MentionKind = attrs.field(
        metadata=doc("Whether the mention is a name, a noun phrase or a pronoun.")
    )
    metonymy: bool = attrs.field(
        default=False,
        metadata=doc(
            "Whether the words literally name something else that stands for this entity, "
            "as 'Washington' stands for the U.S. government."
        ),
    )


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Role:
    """A position a person holds, as the story gives it: "general director" of an agency."""

    title: str = attrs.field(metadata=doc("The position, as a noun phrase: 'general director'."))
    organization: str | None = attrs.field(
        default=None,
        metadata=doc(
            "Id of the organization or place in which the position is held.",
            refers_to=("Organization", "Place"),
        ),
    )
    anchor: Anchor | None = attrs.field(
        default=None, metadata=doc("The words that give the role, where the text gives them.")
    )


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Name:
    """A name an entity is also known by, with its language or script: "李明", "Li Ming"."""

    value: str = attrs.field(metadata=doc("The name, as written: '李明', 'Li Ming'."))
    language: str | None = attrs.field(
        default=None,
        metadata=doc(
            "Language of the name as a BCP 47 tag: 'zh', 'ru', 'zh-Latn'.",
            schema={"pattern": LANGUAGE_PATTERN},
        ),
    )
    script: str | None = attrs.field(
        default=None,
        metadata=doc(
            "Script of the name as an ISO 15924 code: 'Hani', 'Latn', 'Cyrl'.",
            schema={"pattern": "^[A-Z][a-z]{3}$"},
        ),
    )
    transliteration_of: str | None = attrs.field(
        default=None,
        metadata=doc("The name this one transliterates or romanizes, where it does: '李明'."),
    )


_MENTIONS = doc("Every place in the text that refers to this entity, in text order.")
_ALTERNATE_NAMES = doc(
    "Other names of the entity: in other languages or scripts, former names, abbreviations."
)
_SAME_AS = doc(
    "URLs of the same entity in other knowledge bases (Wikidata, an authority file).",
    schema={"items": {"format": "iri"}},
)
_DESCRIPTION = doc("A short description for readers, in the article's language.")


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Person:
    """A human being the story names or refers to."""

    id: str = id_field("person")
    name: str = attrs.field(metadata=doc("The person's name as the story gives it in full."))
    roles: tuple[Role, ...] = attrs.field(
        default=(), metadata=doc("Positions the story says the person holds.")
    )
    description: str | None = attrs.field(default=None, metadata=_DESCRIPTION)
    same_as: tuple[str, ...] = attrs.field(default=(), metadata=_SAME_AS)
    mentions: tuple[Mention, ...] = attrs.field(default=(), metadata=_MENTIONS)
    alternate_names: tuple[Name, ...] = attrs.field(default=(), metadata=_ALTERNATE_NAMES)
    annotator: str | None = attrs.field(default=None, metadata=ANNOTATOR)
    confidence: int | float | None = attrs.field(default=None, metadata=CONFIDENCE)
    extensions: Mapping[str, Any] = attrs.field(factory=dict, hash=False, metadata=EXTENSIONS)


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Organization:
    """A company, agency, government, armed force or other body of people."""

    id: str = id_field("organization")
    name: str | None = attrs.field(
        default=None,
        metadata=doc(
            "The organization's name as the story gives it in full; absent for one known "
            "only by description ('this newspaper')."
        ),
    )
    parent: str | None = attrs.field(
        default=None,
        metadata=doc("Id of the organization this one is part of.", refers_to=("Organization",)),
    )
    description: str | None = attrs.field(default=None, metadata=_DESCRIPTION)
    same_as: tuple[str, ...] = attrs.field(default=(), metadata=_SAME_AS)
    mentions: tuple[Mention, ...] = attrs.field(default=(), metadata=_MENTIONS)
    alternate_names: tuple[Name, ...] = attrs.field(default=(), metadata=_ALTERNATE_NAMES)
    annotator: str | None = attrs.field(default=None, metadata=ANNOTATOR)
    confidence: int | float | None = attrs.field(default=None, metadata=CONFIDENCE)
    extensions: Mapping[str, Any] = attrs.field(factory=dict, hash=False, metadata=EXTENSIONS)


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Place:
    """A country, city, region or other location."""

    id: str = id_field("place")
    name: str = attrs.field(metadata=doc("The place's name."))
    description: str | None = attrs.field(default=None, metadata=_DESCRIPTION)
    same_as: tuple[str, ...] = attrs.field(default=(), metadata=_SAME_AS)
    mentions: tuple[Mention, ...] = attrs.field(default=(), metadata=_MENTIONS)
    alternate_names: tuple[Name, ...] = attrs.field(default=(), metadata=_ALTERNATE_NAMES)
    annotator: str | None = attrs.field(default=None, metadata=ANNOTATOR)
    confidence: int | float | None = attrs.field(default=None, metadata=CONFIDENCE)
    extensions: Mapping[str, Any] = attrs.field(factory=dict, hash=False, metadata=EXTENSIONS)


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Artifact:
    """A made thing the story names: a satellite, a rocket, a product."""

    id: str = id_field("artifact")
    name: str = attrs.field(metadata=doc("The object's name."))
    category: str | None = attrs.field(
        default=None, metadata=doc("What kind of thing it is, as a common noun: 'satellite'.")
    )
    description: str | None = attrs.field(default=None, metadata=_DESCRIPTION)
    same_as: tuple[str, ...] = attrs.field(default=(), metadata=_SAME_AS)
    mentions: tuple[Mention, ...] = attrs.field(default=(), metadata=_MENTIONS)
    alternate_names: tuple[Name, ...] = attrs.field(default=(), metadata=_ALTERNATE_NAMES)
    annotator: str | None = attrs.field(default=None, metadata=ANNOTATOR)
    confidence: int | float | None = attrs.field(default=None, metadata=CONFIDENCE)
    extensions: Mapping[str, Any] = attrs.field(factory=dict, hash=False, metadata=EXTENSIONS)


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Group:
    """Several agents taken together: "Koptev and Rapota", "U.S. space companies"."""

    id: str = id_field("group")
    name: str = attrs.field(metadata=doc("A label for the group: 'U.S. space companies'."))
    members: tuple[str, ...] = attrs.field(
        default=(),
        metadata=doc(
            "Ids of the members the story names; unnamed members are not listed.",
            refers_to=("Person", "Organization", "Group", "AnonymousSource"),
        ),
    )
    description: str | None = attrs.field(default=None, metadata=_DESCRIPTION)
    mentions: tuple[Mention, ...] = attrs.field(default=(), metadata=_MENTIONS)
    annotator: str | None = attrs.field(default=None, metadata=ANNOTATOR)
    confidence: int | float | None = attrs.field(default=None, metadata=CONFIDENCE)
    extensions: Mapping[str, Any] = attrs.field(factory=dict, hash=False, metadata=EXTENSIONS)


class WorkKind(enum.Enum):
    """What kind of work a work is."""

    REPORT = "report"
    """A report, review or audit: 'an internal review', 'the inspectors' report'."""
    STUDY = "study"
    """A study, survey or paper: 'a study published in The Lancet'."""
    STATEMENT = "statement"
    """A written statement or press release: 'a statement from the ministry'."""
    FILING = "filing"
    """A court, regulatory or legislative document: 'according to court documents'."""
    LETTER = "letter"
    """A letter, memo or e-mail: 'a memo seen by this newspaper'."""
    DATA = "data"
    """A data set or statistics: 'official figures'."""
    PUBLICATION = "publication"
    """An article, book, broadcast or post: 'a Facebook post', 'an interview on TV'."""
    OTHER = "other"
    """Any other work."""


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Work:
    """A document, report, study, statement or filing: a source that is not an agent."""

    id: str = id_field("work")
    kind: WorkKind = attrs.field(metadata=doc("What kind of work it is: report, filing ..."))
    title: str | None = attrs.field(
        default=None, metadata=doc("The work's title, where the story or the work gives one.")
    )
    authors: tuple[str, ...] = attrs.field(
        default=(),
        metadata=doc(
            "Ids of the agents that wrote or issued the work.",
            refers_to=("Person", "Organization", "Group", "AnonymousSource"),
        ),
    )
    publisher: str | None = attrs.field(
        default=None,
        metadata=doc("Id of the organization that published it.", refers_to=("Organization",)),
    )
    date: str | None = attrs.field(
        default=None,
        metadata=doc(
            "Id of the time expression giving when the work was issued.",
            refers_to=("TimeExpression",),
        ),
    )
    url: str | None = attrs.field(
        default=None, metadata=doc("Address of the work, where known.", schema={"format": "iri"})
    )
    description: str | None = attrs.field(
        default=None,
        metadata=doc("How the story describes the work: 'an internal review', 'court documents'."),
    )
    alternate_names: tuple[Name, ...] = attrs.field(default=(), metadata=_ALTERNATE_NAMES)
    same_as: tuple[str, ...] = attrs.field(default=(), metadata=_SAME_AS)
    mentions: tuple[Mention, ...] = attrs.field(default=(), metadata=_MENTIONS)
    annotator: str | None = attrs.field(default=None, metadata=ANNOTATOR)
    confidence: int | float | None = attrs.field(default=None, metadata=CONFIDENCE)
    extensions: Mapping[str, Any] = attrs.field(factory=dict, hash=False, metadata=EXTENSIONS)


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class AnonymousSource:
    """A source the story does not name: "a Rosvooruzheniye official"."""

    id: str = id_field("anonymous source")
    description: str = attrs.field(
        metadata=doc("How the story describes the source: 'a Rosvooruzheniye official'.")
    )
    affiliation: str | None = attrs.field(
        default=None,
        metadata=doc("Id of the organization the source belongs to.", refers_to=("Organization",)),
    )
    anonymity_reason: Anchor | None = attrs.field(
        default=None,
        metadata=doc(
            "The words giving the reason the source is not named, where the story gives one."
        ),
    )
    mentions: tuple[Mention, ...] = attrs.field(default=(), metadata=_MENTIONS)
    annotator: str | None = attrs.field(default=None, metadata=ANNOTATOR)
    confidence: int | float | None = attrs.field(default=None, metadata=CONFIDENCE)
    extensions: Mapping[str, Any] = attrs.field(factory=dict, hash=False, metadata=EXTENSIONS)


#: Any entity; in JSON the ``type`` key says which.
Entity = Union[Person, Organization, Place, Artifact, Group, AnonymousSource, Work]  # noqa: UP007

#: The entity classes in the order the schema lists them.
ENTITY_CLASSES: tuple[type[Entity], ...] = (
    Person,
    Organization,
    Place,
    Artifact,
    Group,
    AnonymousSource,
    Work,
)

#: Entities that can speak, act or be a source: people and bodies of people.
AGENTS: tuple[type[Entity], ...] = (Person, Organization, Group, AnonymousSource)

#: What a report can be attributed to: an agent, or a work ("the report says").
SOURCES: tuple[type[Entity], ...] = (*AGENTS, Work)
