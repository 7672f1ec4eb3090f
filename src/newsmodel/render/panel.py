"""The side panel: each source with everything attributed to it, and every other annotation.

Each item is a button that highlights its annotation's words in the text (the page's
script does it, by the annotation's number).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from newsmodel.model import (
    AnonymousSource,
    Article,
    Attribution,
    Claim,
    ComparisonRelation,
    Entity,
    Event,
    Group,
    Person,
    Quantity,
    Refusal,
    TimeExpression,
)
from newsmodel.render.describe import (
    describe_factuality,
    describe_quantity,
    describe_time,
    entity_kind,
    entity_name,
    time_label,
)
from newsmodel.render.marks import Mark, Targets, source_names
from newsmodel.render.markup import Child, Markup, element, join, link
from newsmodel.render.story import factuality_class

_RELATION_WORDS = {
    ComparisonRelation.LESS: "less than",
    ComparisonRelation.GREATER: "greater than",
    ComparisonRelation.EQUAL: "equal to",
    ComparisonRelation.SIMILAR: "similar to",
    ComparisonRelation.DIFFERENT: "different from",
}
#: Longest extension value shown in the panel, in characters.
_EXTENSION_SHOWN = 200


class Panel:
    """The side panel of one article's page, listing what its marks belong to."""

    def __init__(self, article: Article, targets: Targets, marks: Iterable[Mark]) -> None:
        self.article = article
        self.targets = targets
        self.entities: dict[str, Entity] = {e.id: e for e in article.entities}
        self.times: dict[str, TimeExpression] = {t.id: t for t in article.times}
        self.shown_targets = {mark.target for mark in marks}
        self.by_id = article.by_id()

    def _pick(self, content: Child, items: Iterable[Any]) -> Markup:
        """A button that highlights the words of ``items`` (annotations) in the text."""
        numbers = sorted({self.targets.of(item) for item in items} & self.shown_targets)
        if not numbers:
            return element("span", content, class_="pick-none")
        return element(
            "button",
            content,
            type="button",
            class_="pick",
            data_select=" ".join(map(str, numbers)),
            aria_pressed="false",
        )

    def _shown(self, item: Any) -> bool:
        return self.targets.of(item) in self.shown_targets

    def _words_for(self, identifier: str) -> str:
        """What the panel calls the annotation ``identifier``: its name or its words."""
        item = self.by_id.get(identifier)
        if isinstance(item, Quantity):
            return f"“{item.anchor.exact}”"
        if isinstance(item, Claim):
            return f"“{item.statement or ' … '.join(a.exact for a in item.content)}”"
        if isinstance(item, Event):
            return item.label
        if isinstance(item, TimeExpression):
            return time_label(item.id, self.times)
        if identifier in self.entities:
            return entity_name(self.entities[identifier])
        return identifier

    def html(self) -> Markup:
        sections = [
            self._sources(),
            self._refusals(),
            self._quantities(),
            self._times(),
            self._entities(),
            self._events(),
            self._time_relations(),
        ]
        return element(
            "aside",
            element("h2", "Annotations", id="panel-title"),
            element(
                "p",
                "Select an item to highlight its words in the text; select it again to clear.",
                class_="hint",
            ),
            element("p", role="status", id="status", class_="status"),
            sections,
            id="panel",
            aria_labelledby="panel-title",
            tabindex=-1,
        )

    def _section(self, key: str, title: str, items: Sequence[Child]) -> Markup | None:
        if not items:
            return None
        return element(
            "section",
            element("h2", title, id=f"h-{key}"),
            element("ul", items, class_=f"list {key}"),
            aria_labelledby=f"h-{key}",
        )

    def _sources(self) -> Markup | None:
        article = self.article
        groups: dict[tuple[str, ...], list[Attribution | Refusal]] = {}
        reports: list[Attribution | Refusal] = [*article.attributions, *article.refusals]
        for item in sorted(reports, key=_first_offset):
            if self._shown(item):
                groups.setdefault(tuple(item.sources), []).append(item)
        claims_of: dict[str, list[Claim]] = {}
        writer: list[Claim] = []
        for claim in article.claims:
            if not self._shown(claim):
                continue
            if claim.attribution is None:
                writer.append(claim)
            else:
                claims_of.setdefault(claim.attribution, []).append(claim)
        entries = [self._source(sources, items, claims_of) for sources, items in groups.items()]
        if writer:
            entries.append(
                element(
                    "li",
                    element("h3", self._pick("The writer", writer)),
                    element("p", "claims the story makes on its own authority", class_="about"),
                    element("ul", [element("li", self._claim(c)) for c in writer]),
                    class_="source writer",
                )
            )
        return self._section("sources", "Sources", entries)

    def _source(
        self,
        sources: tuple[str, ...],
        items: Sequence[Attribution | Refusal],
        claims_of: Mapping[str, Sequence[Claim]],
    ) -> Markup:
        reports = []
        for item in items:
            if isinstance(item, Attribution):
                claims = claims_of.get(item.id, ())
                reports.append(
                    element(
                        "li",
                        self._attribution(item),
                        element("ul", [element("li", self._claim(c)) for c in claims])
                        if claims
                        else None,
                    )
                )
            else:
                reports.append(element("li", self._refusal(item, with_source=False)))
        everything = [*items, *(c for i in items for c in claims_of.get(i.id, ()))]
        return element(
            "li",
            element("h3", self._pick(source_names(sources, self.entities), everything)),
            element("p", self._about_source(sources), class_="about"),
            element("ul", reports),
            class_="source",
        )

    def _about_source(self, sources: Sequence[str]) -> str:
        if len(sources) > 1:
            return f"joint source: {len(sources)} speakers together"
        entity = self.entities.get(sources[0]) if sources else None
        if entity is None:
            return "not among the document's entities"
        words = [entity_kind(entity)]
        if isinstance(entity, Person):
            for role in entity.roles:
                where = self.entities.get(role.organization or "")
                words.append(role.title + (f", {entity_name(where)}" if where else ""))
        if isinstance(entity, Group) and entity.members:
            words = [f"joint source: {source_names(entity.members, self.entities)}"]
        if isinstance(entity, AnonymousSource):
            words = ["anonymous source"]
            affiliation = self.entities.get(entity.affiliation or "")
            if affiliation is not None:
                words.append(f"of {entity_name(affiliation)}")
            if entity.anonymity_reason is not None:
                words.append(f"not named because: {entity.anonymity_reason.exact}")
        return "; ".join(words)

    def _attribution(self, attribution: Attribution) -> Markup:
        said = " … ".join(part.exact for part in attribution.content)
        details: list[Child] = [
            element("span", f"{attribution.quote.value} quotation", class_="tag")
        ]
        details.append(element("q", said))
        if attribution.cue:
            cue = " … ".join(part.exact for part in attribution.cue)
            details.append(element("span", f" ({cue})", class_="cue-words"))
        # Looked up, not searched: a chain of nested reports is a list as long as the document.
        outer = self.by_id.get(attribution.nested_in) if attribution.nested_in else None
        if isinstance(outer, Attribution):
            details.append(
                element(
                    "span",
                    f" inside the report by {source_names(outer.sources, self.entities)}",
                    class_="nested",
                )
            )
        return join([self._pick(details, [attribution]), extensions_list(attribution.extensions)])

    def _claim(self, claim: Claim) -> Markup:
        text = claim.statement or " … ".join(part.exact for part in claim.content)
        badge = element(
            "span",
            claim.factuality.value,
            class_=f"badge f-{factuality_class(claim.factuality.value)}",
            title=describe_factuality(claim.factuality),
        )
        label = element(
            "span", f"claim, {describe_factuality(claim.factuality)}: ", class_="visually-hidden"
        )
        reviews = [
            element(
                "li",
                f"{source_names(review.reviewers, self.entities)}: “{review.verdict_text}”",
                f" ({review.verdict.value})" if review.verdict else None,
                " · ",
                link(review.url),
            )
            for review in claim.reviews
        ]
        return join(
            [
                self._pick([badge, " ", label, text], [claim]),
                element("ul", reviews, class_="reviews", aria_label="fact-checks")
                if reviews
                else None,
                extensions_list(claim.extensions),
            ]
        )

    def _refusal(self, refusal: Refusal, *, with_source: bool = True) -> Markup:
        words: list[Child] = [element("span", "refusal", class_="tag")]
        if with_source:
            words.append(source_names(refusal.sources, self.entities) + ": ")
        words.append(refusal.kind.value.replace("_", " "))
        if refusal.topic is not None:
            words.append(f" ({refusal.topic.exact})")
        words.append(element("span", f" “{refusal.anchor.exact}”", class_="quoted"))
        return join([self._pick(words, [refusal]), extensions_list(refusal.extensions)])

    def _refusals(self) -> Markup | None:
        items = [element("li", self._refusal(r)) for r in self.article.refusals if self._shown(r)]
        return self._section("refusals", "Refusals", items)

    def _quantities(self) -> Markup | None:
        items = [
            element(
                "li",
                self._pick(
                    [element("b", q.anchor.exact), ": ", describe_quantity(q, self.times)], [q]
                ),
                extensions_list(q.extensions),
            )
            for q in self.article.quantities
            if self._shown(q)
        ]
        return self._section("quantities", "Quantities", items)

    def _times(self) -> Markup | None:
        items = []
        for time in self.article.times:
            description = describe_time(time, self.times)
            if time.anchor is None:
                role = time.function.value.replace("_", " ").lower() if time.function else "time"
                source = (
                    f", from the {time.provenance.value.replace('_', ' ')}"
                    if time.provenance
                    else ""
                )
                items.append(
                    element(
                        "li",
                        element("span", f"{role}: {description}{source}", class_="document-time"),
                        element("p", time.note, class_="note") if time.note else None,
                        extensions_list(time.extensions),
                    )
                )
            elif self._shown(time):
                items.append(
                    element(
                        "li",
                        self._pick([element("b", time.anchor.exact), ": ", description], [time]),
                        extensions_list(time.extensions),
                    )
                )
        return self._section("times", "Times", items)

    def _entities(self) -> Markup | None:
        items = []
        for number, entity in enumerate(self.article.entities):
            if not self._shown(entity):
                continue
            swatch = element("span", class_=f"swatch e{number}", aria_hidden="true")
            mentions = len(entity.mentions)
            words = f" {entity_name(entity)} ({entity_kind(entity)}, {mentions} mention{'s' * (mentions != 1)})"
            items.append(
                element(
                    "li",
                    self._pick([swatch, words], [entity]),
                    element("p", entity.description, class_="note")
                    if getattr(entity, "description", None)
                    and not isinstance(entity, AnonymousSource)
                    else None,
                    extensions_list(entity.extensions),
                )
            )
        return self._section("entities", "Entities", items)

    def _events(self) -> Markup | None:
        items: list[Child] = []
        for event in self.article.events:
            if not self._shown(event):
                continue
            words: list[Child] = [element("b", event.label)]
            if event.factuality is not None:
                words.append(f" ({describe_factuality(event.factuality)})")
            if event.participants:
                who = ", ".join(
                    f"{self._words_for(p.entity)} ({p.role})" for p in event.participants
                )
                words.append(f": {who}")
            if event.time is not None:
                words.append(f"; when: {self._words_for(event.time)}")
            if event.condition is not None:
                words.append(f"; if: {event.condition.exact}")
            items.append(
                element("li", self._pick(words, [event]), extensions_list(event.extensions))
            )
        for comparison in self.article.comparisons:
            if self._shown(comparison):
                words = [
                    element("b", "comparison"),
                    f" (“{comparison.cue.exact}”): {self._words_for(comparison.subject)} is "
                    f"{_RELATION_WORDS[comparison.relation]} {self._words_for(comparison.standard)}",
                ]
                items.append(
                    element(
                        "li",
                        self._pick(words, [comparison]),
                        extensions_list(comparison.extensions),
                    )
                )
        return self._section("events", "Events and comparisons", items)

    def _time_relations(self) -> Markup | None:
        items = []
        for relation in self.article.time_relations:
            related = [self.by_id.get(relation.subject), self.by_id.get(relation.target)]
            words: list[Child] = [
                self._words_for(relation.subject),
                " ",
                element("b", relation.relation.value),
                " ",
                self._words_for(relation.target),
            ]
            if relation.signal is not None:
                words.append(f" (signal: “{relation.signal.exact}”)")
            items.append(
                element(
                    "li",
                    self._pick(words, [relation, *(item for item in related if item)]),
                    extensions_list(relation.extensions),
                )
            )
        return self._section("time-relations", "Time relations", items)


def _first_offset(item: Attribution | Refusal) -> int:
    if isinstance(item, Attribution):
        anchors = [*item.content, *item.cue, *(a for a in (item.source_anchor,) if a)]
    else:
        anchors = [item.anchor]
    return min(anchor.start for anchor in anchors)


def extensions_list(extensions: Mapping[str, Any]) -> Markup | None:
    """An item's extensions, shown as the data they are (escaped, cut to a readable length)."""
    if not extensions:
        return None
    rows = []
    for key, value in extensions.items():
        shown = json.dumps(value, ensure_ascii=False)
        if len(shown) > _EXTENSION_SHOWN:
            shown = shown[:_EXTENSION_SHOWN] + "…"
        rows.append(element("div", element("dt", key), element("dd", shown)))
    return element("dl", rows, class_="extensions", aria_label="extensions")
