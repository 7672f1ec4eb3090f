"""What the view highlights: every anchored annotation of an article, as a :class:`Mark`.

A mark is one thing drawn on the text (a mention, a quotation's content, a claim ...),
with the anchors it covers, the words a reader sees when pointing at it, and the
*target* it belongs to: the annotation (an entity, an attribution, a claim ...) that
the side panel lists and selects. Marks carry a *layer*, the annotator whose work they
are, so that the view can switch between several annotators' layers of one text; a
format 1.0 document has one unnamed layer (``None``).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from newsmodel.model import (
    AnonymousSource,
    Article,
    Attribution,
    Claim,
    Entity,
    Factuality,
    QuoteKind,
)
from newsmodel.model.anchor import Anchor
from newsmodel.render.describe import (
    describe_factuality,
    describe_quantity,
    describe_time,
    entity_kind,
    entity_name,
    time_label,
)


class Kind(enum.Enum):
    """What a mark shows; the value is its CSS class suffix."""

    CLAIM = "claim"
    CONTENT = "content"
    SOURCE = "source"
    CUE = "cue"
    REFUSAL = "refusal"
    TOPIC = "topic"
    REASON = "reason"
    EVENT = "event"
    CONDITION = "condition"
    COMPARISON = "comparison"
    HEDGE = "hedge"
    QUANTITY = "quantity"
    TIME = "time"
    SIGNAL = "signal"
    MENTION = "mention"
    ROLE = "role"


#: Kinds in the order their elements nest, outermost first, so that nesting is stable.
NESTING = tuple(Kind)


class Group(enum.Enum):
    """The kinds a reader turns on and off together; the value is shown as the switch's label."""

    ENTITIES = "entities"
    QUOTATIONS = "quotations"
    CLAIMS = "claims"
    QUANTITIES = "quantities"
    TIMES = "times"
    REFUSALS = "refusals"
    EVENTS = "events"


GROUP_OF: Mapping[Kind, Group] = {
    Kind.MENTION: Group.ENTITIES,
    Kind.ROLE: Group.ENTITIES,
    Kind.REASON: Group.ENTITIES,
    Kind.SOURCE: Group.QUOTATIONS,
    Kind.CUE: Group.QUOTATIONS,
    Kind.CONTENT: Group.QUOTATIONS,
    Kind.CLAIM: Group.CLAIMS,
    Kind.HEDGE: Group.CLAIMS,
    Kind.QUANTITY: Group.QUANTITIES,
    Kind.TIME: Group.TIMES,
    Kind.SIGNAL: Group.TIMES,
    Kind.REFUSAL: Group.REFUSALS,
    Kind.TOPIC: Group.REFUSALS,
    Kind.EVENT: Group.EVENTS,
    Kind.CONDITION: Group.EVENTS,
    Kind.COMPARISON: Group.EVENTS,
}

#: Kinds whose value a keyboard user reaches with Tab, to read it as on hover.
FOCUSABLE = frozenset({Kind.TIME, Kind.QUANTITY})
#: Kinds drawn as stacked lines, which need a level each where they overlap.
_LEVELLED = {Kind.MENTION: "underline", Kind.ROLE: "underline", Kind.CLAIM: "overline"}


@attrs.frozen(kw_only=True)
class Mark:
    """One annotation drawn on the text."""

    key: int
    """The mark's number, unique in the page."""
    kind: Kind
    target: int
    """The number of the annotation it belongs to (see :class:`Targets`)."""
    anchors: tuple[Anchor, ...]
    tip: str
    """What a reader sees when pointing at it."""
    entity: int | None = None
    """The entity's number, which picks its colour, for mentions and roles."""
    level: int = 0
    """Its line's distance from the text, so that overlapping lines stay apart."""
    quote: QuoteKind | None = None
    factuality: Factuality | None = None
    layer: str | None = None

    @property
    def start(self) -> int:
        return min(anchor.start for anchor in self.anchors)

    @property
    def end(self) -> int:
        return max(anchor.end for anchor in self.anchors)


class Targets:
    """The numbering of an article's annotations (everything with an ``id``), in document order.

    The numbers, not the documents' own ids, name annotations in the page: an id is the
    document's to choose, and the page never builds markup or selectors from it.
    """

    def __init__(self, article: Article) -> None:
        self.items: tuple[Any, ...] = tuple(article.identified())
        self._numbers = {id(item): number for number, item in enumerate(self.items)}

    def of(self, item: Any) -> int:
        """The number of ``item``, which must be one of the article's annotations."""
        return self._numbers[id(item)]


def source_names(ids: Sequence[str], entities: Mapping[str, Entity]) -> str:
    """'Yury Koptev', 'Yury Koptev and Grigory Rapota', 'A, B and C'."""
    names = [entity_name(entities[i]) if i in entities else i for i in ids]
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def _levels(marks: Iterable[Mark]) -> dict[int, int]:
    """A level for each mark such that marks that overlap never share one (greedy, by start)."""
    levels: dict[int, int] = {}
    ends: list[int] = []  # ends[level]: where the last mark put on that level ends
    for mark in sorted(marks, key=lambda m: (m.start, -(m.end - m.start), m.key)):
        level = next((i for i, end in enumerate(ends) if end <= mark.start), len(ends))
        if level == len(ends):
            ends.append(mark.end)
        else:
            ends[level] = mark.end
        levels[mark.key] = level
    return levels


def collect(article: Article, targets: Targets) -> list[Mark]:
    """Every anchored annotation of ``article`` as marks, levels assigned, in document order."""
    entities = {entity.id: entity for entity in article.entities}
    times = {time.id: time for time in article.times}
    attributions = {a.id: a for a in article.attributions}
    marks: list[Mark] = []

    def add(kind: Kind, item: Any, anchors: Sequence[Anchor], tip: str, **more: Any) -> None:
        if anchors:
            marks.append(
                Mark(
                    key=len(marks),
                    kind=kind,
                    target=targets.of(item),
                    anchors=tuple(anchors),
                    tip=tip,
                    **more,
                )
            )

    for number, entity in enumerate(article.entities):
        name = f"{entity_name(entity)} ({entity_kind(entity)})"
        for mention in entity.mentions:
            how = mention.kind.value + (", metonymy" if mention.metonymy else "")
            add(Kind.MENTION, entity, [mention.anchor], f"{name}: {how}", entity=number)
        for role in getattr(entity, "roles", ()):
            if role.anchor is not None:
                tip = f"role of {entity_name(entity)}: {role.title}"
                add(Kind.ROLE, entity, [role.anchor], tip, entity=number)
        if isinstance(entity, AnonymousSource) and entity.anonymity_reason is not None:
            tip = f"why {entity_name(entity)} is not named"
            add(Kind.REASON, entity, [entity.anonymity_reason], tip, entity=number)

    for attribution in article.attributions:
        by = source_names(attribution.sources, entities)
        add(Kind.SOURCE, attribution, _present(attribution.source_anchor), f"source: {by}")
        add(Kind.CUE, attribution, list(attribution.cue), f"cue of a report by {by}")
        add(
            Kind.CONTENT,
            attribution,
            attribution.content,
            _content_tip(attribution, by, attributions, entities),
            quote=attribution.quote,
        )

    for claim in article.claims:
        add(
            Kind.CLAIM,
            claim,
            claim.content,
            _claim_tip(claim, attributions, entities),
            factuality=claim.factuality,
        )
        add(Kind.HEDGE, claim, claim.hedges, "hedge: weakens the source's commitment")

    for quantity in article.quantities:
        tip = f"quantity: {describe_quantity(quantity, times)}"
        add(Kind.QUANTITY, quantity, [quantity.anchor], tip)

    for time in article.times:
        add(Kind.TIME, time, _present(time.anchor), f"time: {describe_time(time, times)}")

    events = {event.id: event.label for event in article.events}
    for relation in article.time_relations:
        subject, target = (
            events.get(i) or time_label(i, times) for i in (relation.subject, relation.target)
        )
        tip = f"signal: {subject} {relation.relation.value} {target}"
        add(Kind.SIGNAL, relation, _present(relation.signal), tip)

    for refusal in article.refusals:
        by = source_names(refusal.sources, entities)
        what = refusal.kind.value.replace("_", " ")
        add(Kind.REFUSAL, refusal, [refusal.anchor], f"refusal: {by} {what}")
        add(Kind.TOPIC, refusal, _present(refusal.topic), f"what {by} would not speak about")

    for event in article.events:
        certainty = f" ({event.factuality.value})" if event.factuality else ""
        add(Kind.EVENT, event, [event.anchor, *event.mentions], f"event: {event.label}{certainty}")
        add(Kind.CONDITION, event, _present(event.condition), f"condition of: {event.label}")

    for comparison in article.comparisons:
        tip = f"comparison: {comparison.relation.value}"
        add(Kind.COMPARISON, comparison, [comparison.cue], tip)

    for lines in ("underline", "overline"):
        levelled = [m for m in marks if _LEVELLED.get(m.kind) == lines]
        for key, level in _levels(levelled).items():
            marks[key] = attrs.evolve(marks[key], level=level)
    return marks


def _present(anchor: Anchor | None) -> list[Anchor]:
    return [] if anchor is None else [anchor]


def _content_tip(
    attribution: Attribution,
    by: str,
    attributions: Mapping[str, Attribution],
    entities: Mapping[str, Entity],
) -> str:
    tip = f"{attribution.quote.value} quotation by {by}"
    outer = attributions.get(attribution.nested_in or "")
    if outer is not None:
        tip += f", inside a report by {source_names(outer.sources, entities)}"
    return tip


def _claim_tip(
    claim: Claim, attributions: Mapping[str, Attribution], entities: Mapping[str, Entity]
) -> str:
    attribution = attributions.get(claim.attribution or "")
    if claim.attribution is None:
        by = "the writer"
    elif attribution is not None:
        by = source_names(attribution.sources, entities)
    else:
        by = claim.attribution
    return f"claim, {describe_factuality(claim.factuality)}, according to {by}"
