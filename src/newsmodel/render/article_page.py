"""The view of one article: its text with every annotation drawn on it, and a side panel.

The text is laid out by its segments (headline, paragraphs; page chrome boxed apart and
muted), and cut into runs (:mod:`newsmodel.render.runs`) so that overlapping and nested
anchors are each drawn whole: in every run, one element per annotation that covers it.
The side panel lists each source with what is attributed to it, each refusal, quantity,
time, entity and event; selecting one highlights its words.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from newsmodel.model import (
    AnonymousSource,
    Article,
    Attribution,
    Claim,
    Entity,
    Person,
    Refusal,
    Segment,
    SegmentRole,
    TimeExpression,
)
from newsmodel.model.text import STORY_ROLES
from newsmodel.render.assets import asset, content_security_policy
from newsmodel.render.describe import (
    describe_factuality,
    describe_quantity,
    describe_time,
    entity_kind,
    entity_name,
    time_value,
)
from newsmodel.render.marks import (
    FOCUSABLE,
    GROUP_OF,
    NESTING,
    Group,
    Kind,
    Mark,
    Targets,
    collect,
    source_names,
)
from newsmodel.render.markup import Child, Markup, element, escape, join
from newsmodel.render.runs import Span, split_runs

#: How each segment role is laid out: the element, and a class for its look.
_BLOCKS: Mapping[SegmentRole, tuple[str, str]] = {
    SegmentRole.HEADLINE: ("h1", "headline"),
    SegmentRole.SUBHEADLINE: ("p", "subheadline"),
    SegmentRole.BYLINE: ("p", "byline"),
    SegmentRole.DATELINE: ("p", "dateline"),
    SegmentRole.PARAGRAPH: ("p", "paragraph"),
    SegmentRole.CAPTION: ("p", "caption"),
    SegmentRole.CORRECTION: ("p", "correction"),
    SegmentRole.OTHER: ("p", "other"),
    SegmentRole.PAGE_CHROME: ("p", "chrome-line"),
}
_NEST_ORDER = {kind: position for position, kind in enumerate(NESTING)}
#: Longest extension value shown in the panel, in characters.
_EXTENSION_SHOWN = 200


@attrs.frozen
class Excerpt:
    """A stretch of the article to show alone: the segments that overlap ``start``..``end``."""

    start: int
    end: int


def render_article(
    article: Article,
    *,
    excerpt: Excerpt | None = None,
    layers: Mapping[int, str] | None = None,
) -> str:
    """The article as one self-contained HTML page: text, highlights and side panel.

    Every string from the document is escaped; the page loads nothing (no script, font
    or style from elsewhere), and its Content-Security-Policy runs only its own script.
    With ``excerpt``, only the segments overlapping it are shown, and the panel lists
    only what is anchored there. ``layers`` names the annotator layer of marks by their
    number, for documents that hold several annotators' work; the page then offers a
    switch between layers.

    Raises :class:`ValueError` when an anchor or a segment lies outside the text, which a
    document read by :func:`newsmodel.load` never has.
    """
    targets = Targets(article)
    marks = collect(article, targets)
    _check_offsets(article, marks)
    if layers:
        marks = [attrs.evolve(mark, layer=layers.get(mark.key)) for mark in marks]
    segments = _shown_segments(article, excerpt)
    window = (min(s.start for s in segments), max(s.end for s in segments)) if segments else (0, 0)
    marks = [m for m in marks if any(a.start < window[1] and a.end > window[0] for a in m.anchors)]
    view = _View(article, targets, marks)
    style = asset("view.css") + view.entity_colours()
    script = asset("view.js")
    title = f"{article.headline or article.id} · newsmodel view"
    head = join(
        [
            Markup('<meta charset="utf-8">'),
            element("meta", name="viewport", content="width=device-width, initial-scale=1"),
            element(
                "meta",
                http_equiv="Content-Security-Policy",
                content=content_security_policy(styles=(style,), scripts=(script,)),
            ),
            element("title", title),
            element("style", Markup(style)),
        ]
    )
    body = join(
        [
            element("a", "Skip to the annotations", href="#panel", class_="skip"),
            element(
                "div",
                element(
                    "main",
                    # An excerpt is shown inside other pages, which say what it is from.
                    None if excerpt else view.header(),
                    view.controls(),
                    view.story(segments, excerpt is not None),
                    None if excerpt else view.key(),
                    id="main",
                ),
                view.panel(),
                class_="layout",
            ),
            element("div", id="tip", role="tooltip", hidden=True),
            element("div", view.descriptions(), hidden=True),
            element("script", Markup(script)),
        ]
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{escape(article.language)}">\n'
        f"<head>{head}</head>\n<body>{body}</body>\n</html>\n"
    )


def _check_offsets(article: Article, marks: Iterable[Mark]) -> None:
    length = len(article.text)
    for segment in article.segments:
        if not 0 <= segment.start <= segment.end <= length:
            raise ValueError(f"segment {segment.start}..{segment.end} lies outside the text")
    for mark in marks:
        for anchor in mark.anchors:
            if not anchor.matches(article.text):
                raise ValueError(
                    f"anchor {anchor.start}..{anchor.end} does not cover {anchor.exact!r} in the text"
                )


def _shown_segments(article: Article, excerpt: Excerpt | None) -> list[Segment]:
    """The segments to lay out, plus any stretch of visible text that no segment holds."""
    segments = sorted(article.segments, key=lambda s: (s.start, s.end))
    laid: list[Segment] = []
    covered = 0
    for segment in segments:
        if article.text[covered : segment.start].strip():
            laid.append(Segment(role=SegmentRole.OTHER, start=covered, end=segment.start))
        laid.append(segment)
        covered = max(covered, segment.end)
    if article.text[covered:].strip():
        laid.append(Segment(role=SegmentRole.OTHER, start=covered, end=len(article.text)))
    if excerpt is not None:
        laid = [s for s in laid if s.start < excerpt.end and s.end > excerpt.start]
    return laid


class _View:
    """The parts of one article's page, built from its marks."""

    def __init__(self, article: Article, targets: Targets, marks: Sequence[Mark]) -> None:
        self.article = article
        self.targets = targets
        self.marks = marks
        self.entities: dict[str, Entity] = {e.id: e for e in article.entities}
        self.times: dict[str, TimeExpression] = {t.id: t for t in article.times}
        self.shown_targets = {mark.target for mark in marks}
        layers = sorted({m.layer for m in marks if m.layer is not None})
        self.layer_numbers = {layer: number for number, layer in enumerate(layers)}

    # -- the text ---------------------------------------------------------------------

    def entity_colours(self) -> str:
        """One colour per entity, spread around the hue circle (golden angle), as CSS."""
        rules = []
        for number in range(len(self.article.entities)):
            hue = round(number * 137.508) % 360
            rules.append(f".e{number}{{--c:hsl({hue} 70% 38%);--t:hsl({hue} 80% 45% / .13)}}")
        return "\n" + "\n".join(rules) + "\n"

    def story(self, segments: Sequence[Segment], excerpt: bool) -> Markup:
        spans = [Span(a.start, a.end, m.key) for m in self.marks for a in m.anchors]
        first = {m.key: m.start for m in self.marks}
        last = {m.key: m.end for m in self.marks}
        by_key = {m.key: m for m in self.marks}
        blocks: list[Markup] = []
        chrome: list[Markup] = []

        def flush_chrome() -> None:
            if chrome:
                label = element(
                    "p",
                    "Page chrome: the web site's template, not the story",
                    class_="chrome-label",
                )
                blocks.append(
                    element(
                        "div",
                        label,
                        chrome,
                        class_="chrome",
                        role="note",
                        aria_label="Page chrome, not part of the story",
                    )
                )
                chrome.clear()

        for segment in segments:
            runs = split_runs(segment.start, segment.end, spans)
            content = [self._run(r.start, r.end, r.keys, by_key, first, last) for r in runs]
            name, look = _BLOCKS[segment.role]
            block = element(name, content, class_=f"block {look}")
            if segment.role in STORY_ROLES:
                flush_chrome()
                blocks.append(block)
            else:
                chrome.append(block)
        flush_chrome()
        groups = " ".join(f"show-{group.value}" for group in Group)
        return element(
            "article",
            blocks,
            class_=f"story {groups}" + (" excerpt" if excerpt else ""),
            lang=self.article.language,
            aria_label="Article text with annotations",
        )

    def _run(
        self,
        start: int,
        end: int,
        keys: Iterable[int],
        by_key: Mapping[int, Mark],
        first: Mapping[int, int],
        last: Mapping[int, int],
    ) -> Markup:
        """One run: its text inside one element per covering mark, outermost first."""
        covering = sorted(
            (by_key[key] for key in keys),
            key=lambda m: (_NEST_ORDER[m.kind], -(m.end - m.start), m.key),
        )
        html = escape(self.article.text[start:end])
        for mark in reversed(covering):
            html = self._wrap(mark, html, start == first[mark.key], end == last[mark.key])
        return html

    def _wrap(self, mark: Mark, inner: Markup, is_first: bool, is_last: bool) -> Markup:
        classes = ["a", f"a-{mark.kind.value}"]
        if mark.kind in (Kind.MENTION, Kind.ROLE):
            classes.append(f"u{min(mark.level, 5)}")
        if mark.kind is Kind.CLAIM:
            classes.append(f"o{min(mark.level, 5)}")
            if mark.factuality is not None:
                classes.append(f"f-{_factuality_class(mark.factuality.value)}")
        if mark.entity is not None:
            classes.append(f"e{mark.entity}")
        if mark.quote is not None:
            classes.append(f"q-{mark.quote.value}")
        if is_last:
            classes.append("last")
        focusable = is_first and mark.kind in FOCUSABLE
        return element(
            "span",
            inner,
            class_=" ".join(classes),
            data_k=mark.key,
            data_t=mark.target,
            data_g=GROUP_OF[mark.kind].value,
            data_l=None if mark.layer is None else self.layer_numbers[mark.layer],
            data_f=mark.factuality.value if is_last and mark.factuality is not None else None,
            tabindex=0 if focusable else None,
            aria_describedby=f"d{mark.key}" if focusable else None,
        )

    def descriptions(self) -> Markup:
        """What each mark says when pointed at, once each, for the tooltip and screen readers."""
        return join(element("span", mark.tip, id=f"d{mark.key}") for mark in self.marks)

    # -- around the text --------------------------------------------------------------

    def header(self) -> Markup:
        article = self.article
        facts: list[Child] = [element("span", article.id, class_="doc-id")]
        when = article.published or article.created
        if when is not None and when.value is not None:
            facts.append(
                f" · {when.function.value.split('_')[0].lower() if when.function else 'dated'} {time_value(when)}"
            )
        if article.url:
            address: Child = article.url
            if article.url.startswith(("https://", "http://")):
                address = element("a", article.url, href=article.url, rel="noreferrer")
            facts.append(" · from ")
            facts.append(address)
        counts = (
            f"{len(article.attributions)} quotations, {len(article.claims)} claims, "
            f"{len(article.quantities)} quantities, {len(article.times)} times, "
            f"{len(article.entities)} entities"
        )
        return element(
            "header",
            element("p", facts, class_="doc-facts"),
            element("p", counts, class_="doc-counts"),
            _extensions(article.extensions),
            class_="doc",
        )

    def controls(self) -> Markup:
        toggles = [
            element(
                "label",
                element("input", type="checkbox", checked=True, value=group.value),
                f" {group.value}",
            )
            for group in Group
        ]
        parts: list[Child] = [
            element("fieldset", element("legend", "Show"), toggles, class_="toggles")
        ]
        if len(self.layer_numbers) > 1:
            choices = [
                element(
                    "label",
                    element("input", type="radio", name="layer", value="all", checked=True),
                    " all",
                )
            ]
            for layer, number in self.layer_numbers.items():
                choices.append(
                    element(
                        "label",
                        element("input", type="radio", name="layer", value=number),
                        f" {layer}",
                    )
                )
            parts.append(
                element("fieldset", element("legend", "Annotator"), choices, class_="layers")
            )
        return element("div", parts, class_="controls")

    def key(self) -> Markup:
        samples = [
            ("a a-content q-direct", "direct quotation"),
            ("a a-content q-indirect", "indirect or mixed quotation"),
            ("a a-source", "source"),
            ("a a-cue", "cue"),
            ("a a-claim o0 f-ctp", "claim (line colour: certainty)"),
            ("a a-hedge", "hedge"),
            ("a a-quantity", "quantity"),
            ("a a-time", "time"),
            ("a a-refusal", "refusal"),
            ("a a-event", "event"),
            ("a a-mention u0 e0", "entity mention (a colour per entity)"),
        ]
        items = [element("li", element("span", text, class_=look)) for look, text in samples]
        return element(
            "section",
            element("h2", "Key", class_="visually-hidden", id="key-title"),
            element("ul", items, class_="key story " + " ".join(f"show-{g.value}" for g in Group)),
            aria_labelledby="key-title",
            class_="key-box",
        )

    # -- the side panel ---------------------------------------------------------------

    def _pick(self, content: Child, items: Iterable[Any], *, look: str = "") -> Markup:
        """A button that highlights the words of ``items`` (annotations) in the text."""
        numbers = sorted({self.targets.of(item) for item in items} & self.shown_targets)
        if not numbers:
            return element("span", content, class_=f"pick-none {look}".strip())
        return element(
            "button",
            content,
            type="button",
            class_=f"pick {look}".strip(),
            data_select=" ".join(map(str, numbers)),
            aria_pressed="false",
        )

    def _shown(self, item: Any) -> bool:
        return self.targets.of(item) in self.shown_targets

    def panel(self) -> Markup:
        sections = [
            self._sources(),
            self._refusals(),
            self._quantities(),
            self._times(),
            self._entities(),
            self._events(),
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
        if attribution.cue is not None:
            details.append(element("span", f" ({attribution.cue.exact})", class_="cue-words"))
        outer = next((a for a in self.article.attributions if a.id == attribution.nested_in), None)
        if outer is not None:
            details.append(
                element(
                    "span",
                    f" inside the report by {source_names(outer.sources, self.entities)}",
                    class_="nested",
                )
            )
        return join([self._pick(details, [attribution]), _extensions(attribution.extensions)])

    def _claim(self, claim: Claim) -> Markup:
        text = claim.statement or " … ".join(part.exact for part in claim.content)
        badge = element(
            "span",
            claim.factuality.value,
            class_=f"badge f-{_factuality_class(claim.factuality.value)}",
            title=describe_factuality(claim.factuality),
        )
        label = element(
            "span", f"claim, {describe_factuality(claim.factuality)}: ", class_="visually-hidden"
        )
        return join([self._pick([badge, " ", label, text], [claim]), _extensions(claim.extensions)])

    def _refusal(self, refusal: Refusal, *, with_source: bool = True) -> Markup:
        words: list[Child] = [element("span", "refusal", class_="tag")]
        if with_source:
            words.append(source_names(refusal.sources, self.entities) + ": ")
        words.append(refusal.kind.value.replace("_", " "))
        if refusal.topic is not None:
            words.append(f" ({refusal.topic.exact})")
        words.append(element("span", f" “{refusal.anchor.exact}”", class_="quoted"))
        return join([self._pick(words, [refusal]), _extensions(refusal.extensions)])

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
                _extensions(q.extensions),
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
                        _extensions(time.extensions),
                    )
                )
            elif self._shown(time):
                items.append(
                    element(
                        "li",
                        self._pick([element("b", time.anchor.exact), ": ", description], [time]),
                        _extensions(time.extensions),
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
                    _extensions(entity.extensions),
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
                    f"{entity_name(self.entities[p.entity]) if p.entity in self.entities else p.entity} ({p.role})"
                    for p in event.participants
                )
                words.append(f": {who}")
            if event.time is not None:
                words.append(
                    f"; when: {describe_time(self.times[event.time], self.times) if event.time in self.times else event.time}"
                )
            if event.condition is not None:
                words.append(f"; if: {event.condition.exact}")
            items.append(element("li", self._pick(words, [event]), _extensions(event.extensions)))
        for comparison in self.article.comparisons:
            if self._shown(comparison):
                words = [
                    element("b", "comparison"),
                    f": “{comparison.cue.exact}”, {comparison.subject} is {comparison.relation.value} than {comparison.standard}",
                ]
                items.append(
                    element(
                        "li", self._pick(words, [comparison]), _extensions(comparison.extensions)
                    )
                )
        return self._section("events", "Events and comparisons", items)


def _first_offset(item: Attribution | Refusal) -> int:
    if isinstance(item, Attribution):
        anchors = [*item.content, *(a for a in (item.source_anchor, item.cue) if a)]
    else:
        anchors = [item.anchor]
    return min(anchor.start for anchor in anchors)


def _factuality_class(value: str) -> str:
    """'CT+' -> 'ctp', 'PS-' -> 'psm', 'Uu' -> 'uu': a class name for the certainty's colour."""
    return value.lower().replace("+", "p").replace("-", "m")


def _extensions(extensions: Mapping[str, Any]) -> Markup | None:
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
