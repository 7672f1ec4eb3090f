"""The view of one article: its text with every annotation drawn on it, beside a side panel.

The page is one self-contained file: the text (:mod:`newsmodel.render.story`), the side
panel (:mod:`newsmodel.render.panel`), the switches above the text, and the view's own
style and script, inlined and allowed by hash in the page's Content-Security-Policy.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import attrs

from newsmodel.coverage import Coverage
from newsmodel.model import Article
from newsmodel.render.assets import asset, content_security_policy
from newsmodel.render.describe import time_value
from newsmodel.render.marks import Group, Mark, Targets, collect
from newsmodel.render.markup import Child, Markup, element, escape, join, link
from newsmodel.render.panel import Panel, extensions_list
from newsmodel.render.story import Story, shown_segments


@attrs.frozen
class Excerpt:
    """A stretch of the article to show alone: the segments that overlap ``start``..``end``."""

    start: int
    end: int


def render_article(
    article: Article,
    *,
    excerpt: Excerpt | None = None,
    layers: Mapping[str, str] | None = None,
) -> str:
    """The article as one self-contained HTML page: text, highlights and side panel.

    Every string from the document is escaped; the page loads nothing (no script, font
    or style from elsewhere), and its Content-Security-Policy runs only its own script.
    With ``excerpt``, only the segments overlapping it are shown, and the panel lists
    only what is anchored there. Where annotations name their annotators (format 2.0's
    ``annotator``), the page offers a switch between annotators' layers; ``layers``
    overrides that, giving the layer of annotations by their ``id`` (an entity's
    mentions are the entity's).

    Raises :class:`ValueError` when an anchor or a segment lies outside the text, which a
    document read by :func:`newsmodel.load` never has.
    """
    targets = Targets(article)
    marks = collect(article, targets)
    _check_offsets(article, marks)
    if layers is None:
        layers = annotator_layers(article)
    if layers:
        marks = [
            attrs.evolve(mark, layer=layers.get(targets.items[mark.target].id)) for mark in marks
        ]
    segments = shown_segments(article)
    if excerpt is not None:
        segments = [s for s in segments if s.start < excerpt.end and s.end > excerpt.start]
    shown = Coverage((s.start, s.end) for s in segments)
    marks = [m for m in marks if any(shown.overlaps(a.start, a.end) for a in m.anchors)]
    layer_names = sorted({m.layer for m in marks if m.layer is not None})
    layer_numbers = {layer: number for number, layer in enumerate(layer_names)}
    story = Story(article, marks, layer_numbers)
    style = asset("view.css") + story.entity_colours()
    script = asset("view.js")
    head = join(
        [
            Markup('<meta charset="utf-8">'),
            element("meta", name="viewport", content="width=device-width, initial-scale=1"),
            element(
                "meta",
                http_equiv="Content-Security-Policy",
                content=content_security_policy(styles=(style,), scripts=(script,)),
            ),
            element("title", f"{article.headline or article.id} · newsmodel view"),
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
                    None if excerpt else _header(article),
                    _controls(layer_numbers),
                    story.html(segments),
                    None if excerpt else _key(),
                    id="main",
                ),
                Panel(article, targets, marks).html(),
                class_="layout",
            ),
            element("div", id="tip", role="tooltip", hidden=True),
            element("div", story.descriptions(), hidden=True),
            element("script", Markup(script)),
        ]
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{escape(article.language)}">\n'
        f"<head>{head}</head>\n<body>{body}</body>\n</html>\n"
    )


def annotator_layers(article: Article) -> dict[str, str]:
    """Each annotation's annotator, named for a reader ('HeidelTime 2.2.1, tool'), by its id."""
    names = {
        annotator.id: ", ".join(
            filter(None, [annotator.name, annotator.version, annotator.kind.value])
        )
        for annotator in article.annotators
    }
    layers = {}
    for item in article.identified():
        # Every kind of annotation has an ``annotator``; the annotators themselves do not.
        annotator = getattr(item, "annotator", None)
        if annotator is not None:
            layers[item.id] = names.get(annotator, annotator)
    return layers


def _check_offsets(article: Article, marks: Iterable[Mark]) -> None:
    length = len(article.text or "")
    for segment in article.segments:
        if not 0 <= segment.start <= segment.end <= length:
            raise ValueError(f"segment {segment.start}..{segment.end} lies outside the text")
    for mark in marks:
        for anchor in mark.anchors:
            if not anchor.matches(article.text or ""):
                raise ValueError(
                    f"anchor {anchor.start}..{anchor.end} does not cover {anchor.exact!r} in the text"
                )


def _header(article: Article) -> Markup:
    facts: list[Child] = [element("span", article.id, class_="doc-id")]
    when = article.published or article.created
    if when is not None and when.value is not None:
        verb = "published" if when is article.published else "written"
        facts.append(f" · {verb} {time_value(when)}")
    if article.url:
        facts.extend([" · from ", link(article.url)])
    counts = (
        f"{len(article.attributions)} quotations, {len(article.claims)} claims, "
        f"{len(article.quantities)} quantities, {len(article.times)} times, "
        f"{len(article.entities)} entities"
    )
    return element(
        "header",
        element("p", facts, class_="doc-facts"),
        element("p", counts, class_="doc-counts"),
        extensions_list(article.extensions),
        class_="doc",
    )


def _controls(layer_numbers: Mapping[str, int]) -> Markup:
    toggles = [
        element(
            "label",
            element("input", type="checkbox", checked=True, value=group.value),
            f" {group.value}",
        )
        for group in Group
    ]
    parts: list[Child] = [element("fieldset", element("legend", "Show"), toggles, class_="toggles")]
    if len(layer_numbers) > 1:
        choices = [
            element(
                "label",
                element("input", type="radio", name="layer", value="all", checked=True),
                " all",
            )
        ]
        for layer, number in layer_numbers.items():
            choices.append(
                element(
                    "label",
                    element("input", type="radio", name="layer", value=number),
                    f" {layer}",
                )
            )
        parts.append(element("fieldset", element("legend", "Annotator"), choices, class_="layers"))
    return element("div", parts, class_="controls")


def _key() -> Markup:
    """Samples of each look, named."""
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
