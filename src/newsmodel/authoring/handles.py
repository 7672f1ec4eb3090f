"""Handles: what a draft's methods return, and what other annotations refer to.

A handle holds its object's id (fixed when it is added) and the fields given so far,
with words as spans and references as other handles. :meth:`Handle.build` turns it into
the model's object: spans become anchors, handles ids, and lists of words or mentions
are put in text order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from newsmodel.authoring.spans import Span
from newsmodel.model import Anchor, Mention, MentionKind, Name, Person, Role
from newsmodel.model._fields import refers_to, type_tag

if TYPE_CHECKING:
    from newsmodel.authoring.draft import Draft


def allowed(cls: type, field: str) -> tuple[str, ...]:
    """The kinds (type tags) of object the model's ``cls.field`` may refer to, from the
    field itself."""
    return tuple(type_tag(kind) for kind in refers_to(attrs.fields_dict(cls)[field]))


@attrs.define(eq=False)
class Handle:
    """An object added to a draft; pass it wherever another annotation refers to it."""

    draft: Draft = attrs.field(repr=False)
    id: str
    """The object's id in the built document."""
    cls: type = attrs.field(repr=False)
    fields: dict[str, Any] = attrs.field(repr=False)

    @property
    def kind(self) -> str:
        """What the object is, as references name it: ``person``, ``claim`` ..."""
        return type_tag(self.cls)

    def to_model(self) -> Any:
        """The model object this handle stands for, as the draft holds it now."""
        return self.cls(id=self.id, **{k: resolved(v) for k, v in self.fields.items()})

    def annotated(self, by: Handle, *, confidence: float | None = None) -> Handle:
        """Say which annotator (a handle from :meth:`Draft.annotator`) made this annotation,
        and how confident it is, where it says."""
        self.fields["annotator"] = self.draft._need(by, "by=", ("annotator",))
        if confidence is not None:
            self.fields["confidence"] = confidence
        return self


@attrs.define(eq=False)
class EntityHandle(Handle):
    """A person, organization, place, object, group or anonymous source."""

    def mention(self, *spans: Span, kind: MentionKind, metonymy: bool = False) -> EntityHandle:
        """Add mentions of ``kind``; they are put in text order when the article is built."""
        for span in spans:
            self.fields["mentions"].append(
                Mention(anchor=self.draft._anchor(span, "a mention"), kind=kind, metonymy=metonymy)
            )
        return self

    def also_named(
        self,
        value: str,
        *,
        language: str | None = None,
        script: str | None = None,
        transliteration_of: str | None = None,
    ) -> EntityHandle:
        """Add another name of the entity, with its language or script ("李明", "Li Ming")."""
        self.fields.setdefault("alternate_names", []).append(
            Name(
                value=value,
                language=language,
                script=script,
                transliteration_of=transliteration_of,
            )
        )
        return self

    def names(self, *spans: Span, metonymy: bool = False) -> EntityHandle:
        """Add mentions by name ("Koptev"); ``metonymy`` when the name stands for this
        entity ("Washington" for the U.S. government)."""
        return self.mention(*spans, kind=MentionKind.NAME, metonymy=metonymy)

    def nominals(self, *spans: Span) -> EntityHandle:
        """Add mentions by a noun phrase ("the agency")."""
        return self.mention(*spans, kind=MentionKind.NOMINAL)

    def pronouns(self, *spans: Span) -> EntityHandle:
        """Add mentions by a pronoun ("he", "its")."""
        return self.mention(*spans, kind=MentionKind.PRONOUN)

    def role(
        self, title: str, *, of: EntityHandle | None = None, words: Span | None = None
    ) -> EntityHandle:
        """Add a position the person holds ("general director" ``of`` an agency)."""
        if self.cls is not Person:
            raise TypeError(f"only a person has roles, not the {self.kind} {self.id!r}")
        self.fields["roles"].append(
            Role(
                title=title,
                organization=_id(self.draft._ref(of, "of=", allowed(Role, "organization"))),
                anchor=self.draft._optional_anchor(words, "words="),
            )
        )
        return self


@attrs.define(eq=False)
class AttributionHandle(Handle):
    """A report of what a source said."""

    content: tuple[Span, ...] = attrs.field(default=(), repr=False)
    """The words that give what was said, in text order."""

    def claim(self, statement: str, **options: Any) -> Handle:
        """Add the claim this attribution reports: its content, unless ``content=`` is given.

        Takes the options of :meth:`Draft.claim`.
        """
        options.setdefault("content", self.content)
        return self.draft.claim(options.pop("content"), statement, attribution=self, **options)


def _id(handle: Handle | None) -> str | None:
    return None if handle is None else handle.id


def resolved(value: Any) -> Any:
    """A handle's stored field as the model holds it: spans to anchors, handles to ids."""
    if isinstance(value, Handle):
        return value.id
    if isinstance(value, Span):
        return value.anchor
    if isinstance(value, list):
        ordered = sorted(value, key=text_order) if value and _has_position(value[0]) else value
        return tuple(resolved(item) for item in ordered)
    if isinstance(value, tuple):
        return tuple(resolved(item) for item in value)
    return value


def _has_position(value: Any) -> bool:
    return isinstance(value, (Span, Anchor, Mention))


def text_order(value: Any) -> tuple[int, int]:
    anchor = value.anchor if isinstance(value, Mention) else value
    return anchor.start, anchor.end
