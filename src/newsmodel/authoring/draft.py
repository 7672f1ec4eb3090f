"""A draft article: the text first, then annotations added by method calls.

Each method that adds an object returns its *handle*; other annotations refer to it by
passing the handle, never by typing its id. Words are :class:`~newsmodel.authoring.Span`
objects found in the text. The draft keeps what the rules check true by construction:
ids are unique (given, or made readable from the words), mentions and stretches of
content are put in text order, a reference can only name an object of a kind the field
allows. :meth:`Draft.build` validates the result and returns an
:class:`~newsmodel.model.Article`, or raises one :class:`~newsmodel.errors.ValidationError`
listing every problem with its JSON pointer.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TypeVar

import attrs

from newsmodel.authoring.handles import (
    AttributionHandle,
    EntityHandle,
    Handle,
    allowed,
    resolved,
    text_order,
)
from newsmodel.authoring.ids import Ids
from newsmodel.authoring.spans import Span, Text
from newsmodel.errors import ValidationError
from newsmodel.model import (
    Anchor,
    Annotator,
    AnnotatorKind,
    AnonymousSource,
    Appearance,
    Article,
    Artifact,
    Attribution,
    ChangeDirection,
    Claim,
    Commitment,
    Comparator,
    Comparison,
    ComparisonRelation,
    Correction,
    CorrectionKind,
    DocumentFunction,
    Event,
    ExactFraction,
    FactCheckReview,
    Factuality,
    Group,
    LanguageSpan,
    Organization,
    Participant,
    Person,
    Place,
    Provenance,
    Quantity,
    QuoteKind,
    Refusal,
    RefusalKind,
    Segment,
    SegmentRole,
    SpeechAct,
    TemporalRelation,
    TimeExpression,
    TimeRelation,
    TimexModifier,
    TimexType,
    Work,
    WorkKind,
    canonical_text,
)
from newsmodel.model._fields import type_tag

#: Words that make a statement negative. A negative claim is written as its positive
#: statement with a negative factuality (FactBank's way), so a negative factuality on a
#: negative statement would say the opposite of what the author means.
_NEGATION = re.compile(r"\b(?:not|never|no|neither|nor|none)\b|n't\b", re.IGNORECASE)


H = TypeVar("H", bound=Handle)


class Draft:
    """An article being written: its text, its segments, and annotations added to it.

    ``roles`` gives the role of each non-blank line of ``text``, in order; each such line
    becomes a segment. Without it, the first line is the headline and the others are
    paragraphs. The text is put in canonical form (NFC, LF line breaks) first.
    """

    def __init__(
        self,
        text: str,
        *,
        id: str,
        language: str,
        roles: Sequence[SegmentRole] | None = None,
        url: str | None = None,
        extensions: Mapping[str, Any] | None = None,
    ) -> None:
        self.text = canonical_text(text)
        self._text = Text(self.text)
        self._article: dict[str, Any] = {
            "id": id,
            "language": language,
            "url": url,
            "extensions": dict(extensions or {}),
        }
        self._ids = Ids()
        #: The handles of each of the article's collections, in the order they were added.
        self._handles: dict[str, list[Handle]] = {}
        self.segments = self._segment(roles)

    @classmethod
    def from_lines(cls, lines: Sequence[tuple[SegmentRole, str]], **article: Any) -> Draft:
        """A draft whose text is ``lines`` joined by blank lines, each with its role."""
        return cls("\n\n".join(text for _, text in lines), roles=[r for r, _ in lines], **article)

    def _segment(self, roles: Sequence[SegmentRole] | None) -> tuple[Span, ...]:
        lines: list[tuple[int, int]] = []
        offset = 0
        for line in self.text.split("\n"):
            if line.strip():
                lines.append((offset, offset + len(line)))
            offset += len(line) + 1
        if roles is None:
            roles = [SegmentRole.HEADLINE] + [SegmentRole.PARAGRAPH] * (len(lines) - 1)
        if len(roles) != len(lines):
            raise ValueError(
                f"{len(roles)} roles given for the {len(lines)} non-blank lines of the text"
            )
        totals = Counter(roles)  # counted once: counting per role cost the square of the lines
        seen: dict[SegmentRole, int] = {}
        spans = []
        for role, (start, end) in zip(roles, lines, strict=True):
            seen[role] = seen.get(role, 0) + 1
            name = role.value.replace("_", " ")
            where = f"the {name}" if totals[role] == 1 else f"{name} {seen[role]}"
            spans.append(Span(self._text, start, end, where))
        self._text.segments = spans
        self._roles = tuple(roles)
        return tuple(spans)

    def with_role(self, role: SegmentRole) -> tuple[Span, ...]:
        """The segments that have ``role``, in text order."""
        return tuple(s for s, r in zip(self.segments, self._roles, strict=True) if r is role)

    @property
    def headline(self) -> Span:
        """The first headline segment."""
        (first, *_) = self.with_role(SegmentRole.HEADLINE) or (None,)
        if first is None:
            raise ValueError("the draft has no headline segment")
        return first

    @property
    def paragraphs(self) -> tuple[Span, ...]:
        """The body paragraphs, in order (``paragraphs[0]`` is the first)."""
        return self.with_role(SegmentRole.PARAGRAPH)

    @property
    def whole(self) -> Span:
        """The whole text, as one span to search."""
        return Span(self._text, 0, len(self.text), "the text")

    def find(
        self, phrase: str, *, occurrence: int | None = None, after: Span | None = None
    ) -> Span:
        """Find ``phrase`` anywhere in the text; see :meth:`Span.find`."""
        return self.whole.find(phrase, occurrence=occurrence, after=after)

    # --- checking what the methods are given -------------------------------------------

    def _optional_anchor(self, span: Span | None, name: str) -> Anchor | None:
        """``span`` as an anchor (see :meth:`anchor`), or None."""
        return None if span is None else self._anchor(span, name)

    def _anchor(self, span: Span, name: str) -> Anchor:
        """``span`` as an anchor, after checking that it is a span of this draft."""
        if isinstance(span, Span) and span.source is self._text:
            return span.anchor
        if isinstance(span, Span):
            raise TypeError(f"{name} takes a span of this draft, not one found in another text")
        if isinstance(span, str):
            raise TypeError(
                f"{name} takes a span found in the text (draft.find({span!r}) or "
                "segment.find(...)), not a string"
            )
        raise TypeError(f"{name} takes a span found in the text, not {type(span).__name__}")

    def _spans(self, value: Span | Iterable[Span], name: str) -> list[Span]:
        """One span or several, checked, as a list (put in text order when built)."""
        items = [value] if isinstance(value, (Span, str)) else list(value)
        for item in items:
            self._anchor(item, name)
        return items

    def _ref(self, handle: Handle | None, name: str, kinds: tuple[str, ...]) -> Handle | None:
        """``handle``, after checking that it belongs to this draft and is of an allowed kind."""
        if handle is None:
            return None
        wanted = " or ".join(kind.replace("_", " ") for kind in kinds)
        if isinstance(handle, str):
            raise TypeError(
                f"{name} takes a {wanted}: the handle a draft method returned "
                f"(draft.person(...), draft.time(...)), not the id string {handle!r}"
            )
        if isinstance(handle, Span):
            raise TypeError(
                f"{name} takes a {wanted} (a handle a draft method returned), not the words "
                f"{handle.exact!r}"
            )
        if isinstance(handle, (tuple, list)):
            raise TypeError(f"{name} takes one {wanted}, not {len(handle)}")
        if not isinstance(handle, Handle) or handle.draft is not self:
            raise TypeError(f"{name} takes a handle from this draft, not {type(handle).__name__}")
        if handle.kind not in kinds:
            raise TypeError(f"{name} takes a {wanted}, not the {handle.kind} {handle.id!r}")
        return handle

    def _refs(
        self, handles: Handle | Iterable[Handle], name: str, kinds: tuple[str, ...]
    ) -> list[Handle]:
        """One handle or several, each checked as ``_ref`` does."""
        items = [handles] if isinstance(handles, (Handle, str)) else list(handles)
        return [h for h in (self._ref(item, name, kinds) for item in items) if h is not None]

    def _need(self, handle: Handle, name: str, kinds: tuple[str, ...]) -> Handle:
        """``handle`` checked as ``_ref`` does; it may not be None."""
        checked = self._ref(handle, name, kinds)
        if checked is None:
            raise TypeError(f"{name} takes a {' or '.join(kinds)}, not None")
        return checked

    def _add(
        self,
        handle_class: type[H],
        cls: type,
        given: str | None,
        words: str,
        prefix: str,
        **fields: Any,
    ) -> H:
        kind = type_tag(cls)
        what = f"the {kind.replace('_', ' ')} {words[:40]!r}"
        handle = handle_class(
            self,
            self._ids.take(given, kind=kind, prefix=prefix, words=words, what=what),
            cls,
            fields,
        )
        collection = "entities" if handle_class is EntityHandle else _COLLECTIONS[cls]
        self._handles.setdefault(collection, []).append(handle)
        return handle

    # --- entities ----------------------------------------------------------------------

    def _entity(self, cls: type, label: str, id: str | None, **fields: Any) -> EntityHandle:
        return self._add(EntityHandle, cls, id, label, "", mentions=[], **_present(**fields))

    def person(
        self,
        name: str,
        *,
        id: str | None = None,
        description: str | None = None,
        same_as: Sequence[str] = (),
    ) -> EntityHandle:
        """Add a person; add roles and mentions through the handle."""
        return self._entity(
            Person, name, id, name=name, roles=[], description=description, same_as=tuple(same_as)
        )

    def organization(
        self,
        name: str | None,
        *,
        id: str | None = None,
        parent: EntityHandle | None = None,
        description: str | None = None,
        same_as: Sequence[str] = (),
    ) -> EntityHandle:
        """Add an organization, part of ``parent`` where given; one known only by
        description ("this newspaper") has no ``name``, and a ``description``."""
        return self._entity(
            Organization,
            name or description or "organization",
            id,
            name=name,
            description=description,
            same_as=tuple(same_as),
            parent=self._ref(parent, "parent=", allowed(Organization, "parent")),
        )

    def place(
        self,
        name: str,
        *,
        id: str | None = None,
        description: str | None = None,
        same_as: Sequence[str] = (),
    ) -> EntityHandle:
        """Add a place."""
        return self._entity(
            Place, name, id, name=name, description=description, same_as=tuple(same_as)
        )

    def artifact(
        self,
        name: str,
        *,
        id: str | None = None,
        category: str | None = None,
        description: str | None = None,
        same_as: Sequence[str] = (),
    ) -> EntityHandle:
        """Add a made thing: a satellite, a rocket, an accord."""
        return self._entity(
            Artifact,
            name,
            id,
            name=name,
            category=category,
            description=description,
            same_as=tuple(same_as),
        )

    def group(
        self,
        name: str,
        *,
        id: str | None = None,
        members: Iterable[EntityHandle] = (),
        description: str | None = None,
    ) -> EntityHandle:
        """Add several agents taken together, with the members the story names."""
        return self._entity(
            Group,
            name,
            id,
            name=name,
            description=description,
            members=self._refs(members, "members=", allowed(Group, "members")),
        )

    def anonymous_source(
        self,
        description: str,
        *,
        id: str | None = None,
        affiliation: EntityHandle | None = None,
        reason: Span | None = None,
    ) -> EntityHandle:
        """Add a source the story does not name, with the reason it gives for that."""
        return self._entity(
            AnonymousSource,
            description,
            id,
            description=description,
            affiliation=self._ref(
                affiliation, "affiliation=", allowed(AnonymousSource, "affiliation")
            ),
            anonymity_reason=self._optional_anchor(reason, "reason="),
        )

    # --- times -------------------------------------------------------------------------

    def work(
        self,
        kind: WorkKind,
        *,
        title: str | None = None,
        description: str | None = None,
        authors: Iterable[EntityHandle] = (),
        publisher: EntityHandle | None = None,
        date: Handle | None = None,
        url: str | None = None,
        id: str | None = None,
    ) -> EntityHandle:
        """Add a work (a report, a filing, a statement) that can be a source: "the report says"."""
        return self._entity(
            Work,
            title or description or kind.value,
            id,
            kind=kind,
            title=title,
            description=description,
            authors=self._refs(authors, "authors=", allowed(Work, "authors")),
            publisher=self._ref(publisher, "publisher=", allowed(Work, "publisher")),
            date=self._ref(date, "date=", allowed(Work, "date")),
            url=url,
        )

    def annotator(
        self, kind: AnnotatorKind, name: str, *, version: str | None = None, id: str | None = None
    ) -> Handle:
        """Add a person, tool or model that annotates; pass it to :meth:`Handle.annotated`."""
        return self._add(
            Handle, Annotator, id, name, "", kind=kind, name=name, **_present(version=version)
        )

    def time(
        self,
        words: Span,
        value: str | None = None,
        *,
        type: TimexType | None = None,
        modifier: TimexModifier | None = None,
        anchor_time: Handle | None = None,
        quantifier: str | None = None,
        frequency: str | None = None,
        id: str | None = None,
    ) -> Handle:
        """Add a time expression found in the text, with its TIMEX3 ``value`` if resolved.

        ``type`` defaults to DURATION for a value starting with P, TIME for one with a time
        of day, and DATE otherwise. ``anchor_time`` is the time the value was resolved
        against (usually the creation time), as a handle.
        """
        anchor = self._anchor(words, "the time's words")
        return self._time(
            anchor.exact,
            id,
            type,
            value,
            anchor=anchor,
            modifier=modifier,
            anchor_time=self._ref(
                anchor_time, "anchor_time=", allowed(TimeExpression, "anchor_time")
            ),
            quantifier=quantifier,
            frequency=frequency,
        )

    def document_time(
        self,
        function: DocumentFunction,
        value: str,
        *,
        provenance: Provenance,
        words: Span | None = None,
        note: str | None = None,
        id: str | None = None,
    ) -> Handle:
        """Add one of the document's own times (created, published ...) and where it came from."""
        return self._time(
            function.value.split("_")[0].lower(),
            id,
            None,
            value,
            function=function,
            provenance=provenance,
            anchor=self._optional_anchor(words, "words="),
            note=note,
        )

    def _time(
        self, words: str, id: str | None, type: TimexType | None, value: str | None, **fields: Any
    ) -> Handle:
        return self._add(
            Handle,
            TimeExpression,
            id,
            words,
            "t-",
            type=type or _timex_type(value),
            **_present(value=value, **fields),
        )

    # --- attributions, claims, refusals --------------------------------------------------

    def attribution(
        self,
        sources: EntityHandle | Iterable[EntityHandle],
        *,
        content: Span | Iterable[Span],
        quote: QuoteKind,
        source_words: Span | None = None,
        cue: Span | Iterable[Span] = (),
        act: SpeechAct | None = None,
        addressee: EntityHandle | None = None,
        time: Handle | None = None,
        place: EntityHandle | None = None,
        occasion: Handle | None = None,
        nested_in: AttributionHandle | None = None,
        id: str | None = None,
    ) -> AttributionHandle:
        """Add a report of what ``sources`` said (PARC): the words naming the source, the cue
        ("said"), the content (one stretch or several) and the kind of quote.

        A joint source ("Koptev and Rapota said") lists each agent in ``sources``; its
        ``source_words`` are then the mention of the group they form.
        """
        if not isinstance(quote, QuoteKind):
            raise TypeError(
                f"quote= is the kind of quotation (QuoteKind.DIRECT, INDIRECT or MIXED), not "
                f"{quote!r}; the quoted words go in content="
            )
        stretches = self._spans(content, "content=")
        handle = self._add(
            AttributionHandle,
            Attribution,
            id,
            " ".join(s.exact for s in stretches),
            "a-",
            sources=self._refs(sources, "sources", allowed(Attribution, "sources")),
            content=stretches,
            quote=quote,
            cue=self._spans(cue, "cue="),
            **_present(
                source_anchor=self._optional_anchor(source_words, "source_words="),
                act=act,
                addressee=self._ref(addressee, "addressee=", allowed(Attribution, "addressee")),
                time=self._ref(time, "time=", allowed(Attribution, "time")),
                place=self._ref(place, "place=", allowed(Attribution, "place")),
                occasion=self._ref(occasion, "occasion=", allowed(Attribution, "occasion")),
                nested_in=self._ref(nested_in, "nested_in=", allowed(Attribution, "nested_in")),
            ),
        )
        handle.content = tuple(sorted(stretches, key=text_order))
        return handle

    def claim(
        self,
        content: Span | Iterable[Span],
        statement: str,
        *,
        factuality: Factuality = Factuality.CERTAIN_POSITIVE,
        attribution: AttributionHandle | None = None,
        hedges: Span | Iterable[Span] = (),
        quantities: Handle | Iterable[Handle] = (),
        times: Handle | Iterable[Handle] = (),
        writer_commitment: Factuality | None = None,
        commitments: Mapping[EntityHandle, Factuality] | None = None,
        claimant: EntityHandle | None = None,
        appearances: Iterable[Appearance] = (),
        reviews: Iterable[FactCheckReview] = (),
        id: str | None = None,
    ) -> Handle:
        """Add a claim: its words, a statement of it that stands alone, and how committed its
        source is to it. Without ``attribution`` the writer asserts it.

        A negative claim is its positive statement with a negative factuality: "did not
        respond" is ``statement="The ministry responded."`` with
        ``Factuality.CERTAIN_NEGATIVE``. A negative statement with a negative factuality
        (a double negative) is refused.
        """
        if not isinstance(factuality, Factuality):
            raise TypeError(
                f"factuality= takes a Factuality (Factuality.CERTAIN_POSITIVE ...), not {factuality!r}"
            )
        if factuality.polarity == "negative" and _NEGATION.search(statement):
            raise ValueError(
                f"the statement {statement!r} is negative and so is its factuality "
                f"({factuality.value}): state the claim positively ('The ministry responded.') "
                "and let the factuality say it is not so"
            )
        stretches = self._spans(content, "content")
        return self._add(
            Handle,
            Claim,
            id,
            statement,
            "c-",
            content=stretches,
            statement=statement,
            factuality=factuality,
            hedges=self._spans(hedges, "hedges="),
            quantities=self._refs(quantities, "quantities=", allowed(Claim, "quantities")),
            times=self._refs(times, "times=", allowed(Claim, "times")),
            commitments=self._commitments(writer_commitment, commitments or {}),
            appearances=tuple(appearances),
            reviews=tuple(reviews),
            **_present(
                attribution=self._ref(attribution, "attribution=", allowed(Claim, "attribution")),
                claimant=self._ref(claimant, "claimant=", allowed(Claim, "claimant")),
            ),
        )

    def _commitments(
        self, writer: Factuality | None, sources: Mapping[EntityHandle, Factuality]
    ) -> tuple[Commitment, ...]:
        """FactBank's commitments up the chain: the writer's, and each other source's."""
        kinds = allowed(Commitment, "source")
        mine = (Commitment(writer=True, factuality=writer),) if writer is not None else ()
        return mine + tuple(
            Commitment(source=self._need(who, "commitments=", kinds).id, factuality=factuality)
            for who, factuality in sources.items()
        )

    def refusal(
        self,
        sources: EntityHandle | Iterable[EntityHandle],
        kind: RefusalKind,
        words: Span,
        *,
        topic: Span | None = None,
        about: Handle | None = None,
        id: str | None = None,
    ) -> Handle:
        """Add a source's refusal to speak or estimate ("would not elaborate")."""
        anchor = self._anchor(words, "the refusal's words")
        return self._add(
            Handle,
            Refusal,
            id,
            anchor.exact,
            "r-",
            kind=kind,
            anchor=anchor,
            sources=self._refs(sources, "sources", allowed(Refusal, "sources")),
            **_present(
                topic=self._optional_anchor(topic, "topic="),
                about=self._ref(about, "about=", allowed(Refusal, "about")),
            ),
        )

    # --- quantities, comparisons, events --------------------------------------------------

    def quantity(
        self,
        words: Span,
        value: int | float | None = None,
        *,
        minimum: int | float | None = None,
        maximum: int | float | None = None,
        comparator: Comparator | None = None,
        approximate: bool = False,
        unit: str | None = None,
        currency: str | None = None,
        scale_word: str | None = None,
        measured: str | None = None,
        time: Handle | None = None,
        change: ChangeDirection | None = None,
        fraction: tuple[int, int] | None = None,
        id: str | None = None,
    ) -> Handle:
        """Add an amount the text states, in full (880000000 for "$880 million"); a change
        ("fall by about a third") says which way it goes, and an exact ``fraction`` is
        (numerator, denominator)."""
        anchor = self._anchor(words, "the quantity's words")
        return self._add(
            Handle,
            Quantity,
            id,
            anchor.exact,
            "q-",
            anchor=anchor,
            approximate=approximate,
            **_present(
                value=value,
                minimum=minimum,
                maximum=maximum,
                comparator=comparator,
                unit=unit,
                currency=currency,
                scale_word=scale_word,
                measured=measured,
                time=self._ref(time, "time=", allowed(Quantity, "time")),
                change=change,
                fraction=ExactFraction(numerator=fraction[0], denominator=fraction[1])
                if fraction
                else None,
            ),
        )

    def comparison(
        self,
        cue: Span,
        *,
        subject: Handle,
        standard: Handle,
        relation: ComparisonRelation,
        claim: Handle | None = None,
        id: str | None = None,
    ) -> Handle:
        """Add a comparison the text draws between two quantities, claims or events."""
        anchor = self._anchor(cue, "cue")
        kinds = allowed(Comparison, "subject")
        return self._add(
            Handle,
            Comparison,
            id,
            anchor.exact,
            "cmp-",
            cue=anchor,
            relation=relation,
            subject=self._ref(subject, "subject=", kinds),
            standard=self._ref(standard, "standard=", kinds),
            **_present(claim=self._ref(claim, "claim=", allowed(Comparison, "claim"))),
        )

    def event(
        self,
        words: Span,
        label: str,
        *,
        mentions: Span | Iterable[Span] = (),
        participants: Mapping[EntityHandle, str] | Iterable[tuple[EntityHandle, str]] = (),
        time: Handle | None = None,
        factuality: Factuality | None = None,
        condition: Span | None = None,
        id: str | None = None,
    ) -> Handle:
        """Add an event: the words that name it, a label, other mentions of it, and who took
        part in which role (``{koptev: "signatory"}``)."""
        pairs = participants.items() if isinstance(participants, Mapping) else participants
        kinds = allowed(Participant, "entity")
        return self._add(
            Handle,
            Event,
            id,
            label,
            "e-",
            anchor=self._anchor(words, "the event's words"),
            label=label,
            mentions=self._spans(mentions, "mentions="),
            participants=tuple(
                Participant(entity=self._need(who, "participants", kinds).id, role=role)
                for who, role in pairs
            ),
            **_present(
                time=self._ref(time, "time=", allowed(Event, "time")),
                factuality=factuality,
                condition=self._optional_anchor(condition, "condition="),
            ),
        )

    def time_relation(
        self,
        subject: Handle,
        relation: TemporalRelation,
        target: Handle,
        *,
        signal: Span | None = None,
        id: str | None = None,
    ) -> Handle:
        """Add how an event or time stands to another in time (TimeML TLINK)."""
        kinds = allowed(TimeRelation, "subject")
        first = self._need(subject, "subject", kinds)
        second = self._need(target, "target", kinds)
        return self._add(
            Handle,
            TimeRelation,
            id,
            f"{first.id} {relation.value.lower()} {second.id}",
            "r-",
            subject=first,
            relation=relation,
            target=second,
            **_present(signal=self._optional_anchor(signal, "signal=")),
        )

    def correction(
        self,
        kind: CorrectionKind,
        *,
        words: Span | None = None,
        time: Handle | None = None,
        corrects: Iterable[Handle] = (),
        passages: Span | Iterable[Span] = (),
        withdraws: Iterable[Handle] = (),
        id: str | None = None,
    ) -> Handle:
        """Add a correction, clarification, update or retraction, tied to what it changes."""
        return self._add(
            Handle,
            Correction,
            id,
            words.exact if words is not None else kind.value,
            "fix-",
            kind=kind,
            corrects=self._refs(corrects, "corrects=", allowed(Correction, "corrects")),
            passages=self._spans(passages, "passages="),
            withdraws=self._refs(withdraws, "withdraws=", allowed(Correction, "withdraws")),
            **_present(
                anchor=self._optional_anchor(words, "words="),
                time=self._ref(time, "time=", allowed(Correction, "time")),
            ),
        )

    def reserve(self, ids: Iterable[str]) -> None:
        """Keep ``ids`` from the objects added from now on: the ids of a document that
        this draft's objects will join, so that none of them takes one."""
        for taken in ids:
            self._ids.take(taken, kind="reserved", prefix="", words="", what=f"{taken!r}")

    def annotated_by(self, annotator: Handle) -> None:
        """Say that ``annotator`` made every annotation added so far that names none."""
        checked = self._need(annotator, "annotated_by", ("annotator",))
        for handles in self._handles.values():
            for handle in handles:
                if (
                    "annotator" in attrs.fields_dict(handle.cls)
                    and "annotator" not in handle.fields
                ):
                    handle.annotated(checked)

    def in_language(self, words: Span, language: str) -> None:
        """Mark a stretch of the text as being in another language than the article's."""
        self._article.setdefault("language_spans", []).append(
            LanguageSpan(anchor=self._anchor(words, "words"), language=language)
        )

    # --- the article ---------------------------------------------------------------------

    def credit(
        self,
        *,
        authors: Iterable[EntityHandle] = (),
        publisher: EntityHandle | None = None,
        filed_from: EntityHandle | None = None,
    ) -> None:
        """Say who wrote the article, who published it, and where it was filed from."""
        self._article["authors"] = self._refs(authors, "authors=", allowed(Article, "authors"))
        self._article["publisher"] = self._ref(
            publisher, "publisher=", allowed(Article, "publisher")
        )
        self._article["filed_from"] = self._ref(
            filed_from, "filed_from=", allowed(Article, "filed_from")
        )

    def article(self) -> Article:
        """The article as drafted so far, without validating it (see :meth:`build`)."""

        def built(collection: str) -> tuple[Any, ...]:
            return tuple(handle.to_model() for handle in self._handles.get(collection, ()))

        fields: dict[str, Any] = {k: resolved(v) for k, v in self._article.items() if v is not None}
        for collection in (*_COLLECTIONS.values(), "entities"):
            fields[collection] = built(collection)
        segments = zip(self._roles, self.segments, strict=True)
        fields["segments"] = tuple(Segment(role=r, start=s.start, end=s.end) for r, s in segments)
        return Article(text=self.text, **fields)

    def build(self, *, strict: bool = True) -> Article:
        """The validated article.

        Raises :class:`~newsmodel.errors.ValidationError` listing every problem the schema
        and the rules find, each with its JSON pointer; with ``strict`` (the default)
        warnings count, since a draft can always be fixed.
        """
        from newsmodel.validation import validate  # here: importing authoring stays light

        article = self.article()
        report = validate(article, strict=strict)
        if not report.valid:
            raise ValidationError(report.problems)
        return article


#: The article's field that holds each kind of object (entities are one union).
_COLLECTIONS = {
    Annotator: "annotators",
    TimeExpression: "times",
    Attribution: "attributions",
    Refusal: "refusals",
    Claim: "claims",
    Quantity: "quantities",
    Comparison: "comparisons",
    Event: "events",
    TimeRelation: "time_relations",
    Correction: "corrections",
}


def _timex_type(value: str | None) -> TimexType:
    """TIMEX3's type as the value shows it: P... a duration, a time of day a TIME."""
    if value is None or value.endswith("_REF"):
        return TimexType.DATE
    if value.startswith("P"):
        return TimexType.DURATION
    return TimexType.TIME if "T" in value else TimexType.DATE


def _present(**fields: Any) -> dict[str, Any]:
    """The fields that were given: None means 'not said', and the model's default applies."""
    return {k: v for k, v in fields.items() if v is not None}
