"""Entities: the people, organizations, places, objects and groups a story talks about.

Each entity lists every mention of it in the text. Entities are a tagged union: in JSON
each carries ``"type"`` (``person``, ``organization``, ...), and the schema dispatches on
it, so an error points at the wrong field rather than at "no branch matched".
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any, Union

import attrs

from newsmodel.model._fields import EXTENSIONS, doc, id_field, typed_fields
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


_MENTIONS = doc("Every place in the text that refers to this entity, in text order.")
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
    extensions: Mapping[str, Any] = attrs.field(factory=dict, hash=False, metadata=EXTENSIONS)


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Organization:
    """A company, agency, government, armed force or other body of people."""

    id: str = id_field("organization")
    name: str = attrs.field(metadata=doc("The organization's name as the story gives it in full."))
    parent: str | None = attrs.field(
        default=None,
        metadata=doc("Id of the organization this one is part of.", refers_to=("Organization",)),
    )
    description: str | None = attrs.field(default=None, metadata=_DESCRIPTION)
    same_as: tuple[str, ...] = attrs.field(default=(), metadata=_SAME_AS)
    mentions: tuple[Mention, ...] = attrs.field(default=(), metadata=_MENTIONS)
    extensions: Mapping[str, Any] = attrs.field(factory=dict, hash=False, metadata=EXTENSIONS)


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Place:
    """A country, city, region or other location."""

    id: str = id_field("place")
    name: str = attrs.field(metadata=doc("The place's name."))
    description: str | None = attrs.field(default=None, metadata=_DESCRIPTION)
    same_as: tuple[str, ...] = attrs.field(default=(), metadata=_SAME_AS)
    mentions: tuple[Mention, ...] = attrs.field(default=(), metadata=_MENTIONS)
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
        metadata=doc("Id of the organization the source belongs to.", refers_to=(Organization,)),
    )
    anonymity_reason: Anchor | None = attrs.field(
        default=None,
        metadata=doc(
            "The words giving the reason the source is not named, where the story gives one."
        ),
    )
    mentions: tuple[Mention, ...] = attrs.field(default=(), metadata=_MENTIONS)
    extensions: Mapping[str, Any] = attrs.field(factory=dict, hash=False, metadata=EXTENSIONS)


#: Any entity; in JSON the ``type`` key says which.
Entity = Union[Person, Organization, Place, Artifact, Group, AnonymousSource]  # noqa: UP007

#: The entity classes in the order the schema lists them.
ENTITY_CLASSES: tuple[type[Entity], ...] = (
    Person,
    Organization,
    Place,
    Artifact,
    Group,
    AnonymousSource,
)

#: Entities that can speak, act or be a source: everything but places and objects.
AGENTS: tuple[type[Entity], ...] = (Person, Organization, Group, AnonymousSource)
