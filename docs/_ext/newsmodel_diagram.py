"""A diagram of the model, drawn at build time from the classes, as inline SVG.

Why SVG written here rather than Graphviz: Graphviz needs the ``dot`` program, a system
package that a fresh CI machine, Read the Docs and a contributor's laptop each lack until
someone installs it. The model's shape makes a hand-made layout easy and readable: the
article on the left, what it holds in the middle column, the value types they use on
the right. Lines show containment; references by id are written in the boxes
("attribution → Attribution"), since forty crossing reference lines would hide more than
they show. Every box links to the class's reference.

``.. newsmodel-diagram::`` places the picture.
"""

from __future__ import annotations

import html
import os
import typing
from collections.abc import Iterator
from typing import Any

import attrs
from docutils import nodes
from newsmodel_fields import module_of
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

import newsmodel
from newsmodel.model._fields import json_name, refers_to
from newsmodel.model.entities import AGENTS, ENTITY_CLASSES, Entity

FONT = "ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace"
CHAR = 6.7  # width of one character of the 11px monospace font, generously
ROW = 15
HEADER = 22
PAD = 6
GAP_Y = 12
COLUMN_GAP = 48
INK = "#1f2933"
MUTED = "#6b7280"
LINE = "#8a94a6"
FILL = "#ffffff"
HEAD_FILL = "#e8eefc"
GROUP_FILL = "#f6f7f9"


# --- what the classes say -----------------------------------------------------------------


def _classes_in(hint: Any) -> tuple[type, ...]:
    """The model classes a field of type ``hint`` contains (entities as their union)."""
    if hint is Entity:
        return (Entity,)  # type: ignore[return-value]
    origin = typing.get_origin(hint)
    if origin is not None:
        return tuple(c for arg in typing.get_args(hint) for c in _classes_in(arg))
    return (hint,) if attrs.has(hint) else ()


def _is_list(hint: Any) -> bool:
    origin = typing.get_origin(hint)
    if origin is tuple:
        return True
    return any(_is_list(arg) for arg in typing.get_args(hint)) if origin else False


@attrs.frozen
class Row:
    text: str
    kind: str  # "contains", "refers", "anchor", "more"
    targets: tuple[Any, ...] = ()


def _target_names(classes: tuple[type, ...]) -> str:
    if set(AGENTS) <= set(classes):
        names = ["agent", *(c.__name__ for c in classes if c not in AGENTS)]
    else:
        names = [c.__name__ for c in classes]
    return ", ".join(names)


def rows_of(cls: type) -> list[Row]:
    """The rows a class's box shows: what it contains, refers to and anchors; then a count."""
    hints = typing.get_type_hints(cls)
    rows: list[Row] = []
    others = 0
    for field in attrs.fields(cls):
        key = json_name(field)
        hint = hints[field.name]
        contained = _classes_in(hint)
        many = "[]" if _is_list(hint) else ""
        if refers_to(field):
            rows.append(Row(f"{key}{many} → {_target_names(refers_to(field))}", "refers"))
        elif contained and contained[0] is newsmodel.Anchor:
            rows.append(Row(f"{key}{many} ⚓", "anchor"))
        elif contained:
            name = "Entity" if contained[0] is Entity else contained[0].__name__
            rows.append(Row(f"{key}: {name}{many}", "contains", contained))
        else:
            others += 1
    if others:
        rows.append(Row(f"+ {others} more field{'s' if others > 1 else ''}", "more"))
    return rows


# --- layout -------------------------------------------------------------------------------


@attrs.define
class Box:
    cls: Any
    rows: list[Row]
    x: float = 0
    y: float = 0
    width: float = 0

    @property
    def name(self) -> str:
        return "Entity" if self.cls is Entity else self.cls.__name__

    @property
    def height(self) -> float:
        return HEADER + len(self.rows) * ROW + PAD

    def row_y(self, index: int) -> float:
        return self.y + HEADER + index * ROW + ROW / 2 + 1


def _width(boxes: list[Box]) -> float:
    longest = max(len(r.text) for b in boxes for r in [*b.rows, Row(b.name, "")])
    return longest * CHAR + 2 * PAD + 4


def layout() -> tuple[
    list[Box], list[tuple[Box, int, Box]], list[tuple[float, float, float, float]], float, float
]:
    """Boxes with positions, containment edges (from box, row, to box), the entity frame."""
    article = Box(newsmodel.Article, rows_of(newsmodel.Article))
    # The middle column: what the article holds, in the order of its fields.
    middle: list[Box] = []
    for row in article.rows:
        for cls in row.targets:
            if cls is Entity:
                middle.extend(Box(c, rows_of(c)) for c in ENTITY_CLASSES)
            else:
                middle.append(Box(cls, rows_of(cls)))
    seen = {b.cls for b in middle} | {newsmodel.Article}
    # The right columns: value types the middle boxes contain, then what those contain.
    right: list[Box] = []
    further: list[Box] = []
    for source, target_list in ((middle, right), (right, further)):
        for box in list(source):
            for row in box.rows:
                for cls in row.targets:
                    if cls not in seen:
                        seen.add(cls)
                        target_list.append(Box(cls, rows_of(cls)))
        if target_list is right:
            anchor = Box(newsmodel.Anchor, rows_of(newsmodel.Anchor))
            seen.add(newsmodel.Anchor)
            right.insert(0, anchor)

    # Types that only value types contain (a review's rating) join the right column,
    # each just under the box that contains it.
    below: dict[Any, Box] = {}
    for box in further:
        for source in right:
            if any(box.cls in row.targets for row in source.rows):
                below[source.cls] = box
                break
    columns = [[article], middle, right + further]
    x = 20.0
    for column in columns:
        if not column:
            continue
        width = _width(column)
        for box in column:
            box.x, box.width = x, width
        x += width + COLUMN_GAP
    total_width = x - COLUMN_GAP + 20

    # Middle column: stacked in order, the entities a little apart inside their frame.
    y = 40.0
    frame = None
    for box in middle:
        first_entity = box.cls is ENTITY_CLASSES[0]
        if first_entity:
            y += 18  # room for the frame's label
        box.y = y
        y += box.height + GAP_Y
        if box.cls is ENTITY_CLASSES[-1]:
            entity_boxes = [b for b in middle if b.cls in ENTITY_CLASSES]
            top = entity_boxes[0].y - 22
            frame = (box.x - 8, top, box.width + 16, y - top - GAP_Y + 8)
            y += 10
    height = y + 20

    edges: list[tuple[Box, int, Box]] = []
    by_class = {b.cls: b for column in columns for b in column}

    def edges_from(box: Box) -> Iterator[tuple[Box, int, Box]]:
        for index, row in enumerate(box.rows):
            for cls in row.targets:
                if cls is Entity:
                    yield (box, index, by_class[ENTITY_CLASSES[0]])
                elif cls in by_class:
                    yield (box, index, by_class[cls])

    # The article sits level with the middle of what it holds.
    article.y = max(40.0, (middle[0].y + middle[-1].y + middle[-1].height) / 2 - article.height / 2)
    # Right columns: each box as close as it can to the rows that contain it, in order.
    for column in (right,):
        wanted = []
        for box in column:
            if box in further:
                continue
            sources = [
                s.row_y(i)
                for c in columns
                for s in c
                for (s_, i, t) in edges_from(s)
                if t is box and s_ is s
            ]
            wanted.append((sum(sources) / len(sources) - HEADER if sources else 40.0, box))
        wanted.sort(key=lambda pair: pair[0])
        floor = 40.0
        for want, box in wanted:
            box.y = max(want, floor)
            floor = box.y + box.height + GAP_Y
            if box.cls in below:
                under = below[box.cls]
                under.y = floor + 8
                floor = under.y + under.height + GAP_Y
        height = max(height, floor + 20)

    for column in columns:
        for box in column:
            edges.extend(edges_from(box))
    boxes = [b for column in columns for b in column]
    return boxes, edges, [frame] if frame else [], total_width, height


# --- drawing ------------------------------------------------------------------------------


def _link(box: Box, from_docname: str) -> str:
    module = module_of(box.name)
    target = f"reference/model/{module}.html"
    here = os.path.dirname(from_docname)
    return f"{os.path.relpath(target, here or '.')}#newsmodel.{box.name}"


def svg(from_docname: str) -> str:
    boxes, edges, frames, width, height = layout()
    out: list[str] = []
    add = out.append
    add(
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.0f} {height:.0f}" '
        f'style="width: {width:.0f}px; max-width: none" role="img" '
        f'aria-labelledby="newsmodel-diagram-title" font-family="{FONT}" font-size="11">'
    )
    add(
        '<title id="newsmodel-diagram-title">The newsmodel classes: what each contains and '
        "refers to</title>"
    )
    add(f'<rect width="100%" height="100%" rx="8" fill="{GROUP_FILL}"/>')
    add(
        f'<defs><marker id="nm-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" '
        f'markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" '
        f'fill="{LINE}"/></marker></defs>'
    )
    for x, y, w, h in frames:
        add(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{w:.1f}" height="{h:.1f}" rx="6" '
            f'fill="none" stroke="{LINE}" stroke-dasharray="4 3"/>'
        )
        add(
            f'<text x="{x + 8:.1f}" y="{y + 14:.1f}" fill="{MUTED}">Entity: one of these, '
            'by "type"</text>'
        )
    for source, index, target in edges:
        if source.x == target.x:  # in the same column: straight down, box to box
            x1 = source.x + source.width / 2
            add(
                f'<path d="M{x1:.1f},{source.y + source.height:.1f} V{target.y:.1f}" '
                f'stroke="{LINE}" stroke-width="1.2" marker-end="url(#nm-arrow)"/>'
            )
            continue
        x1, y1 = source.x + source.width, source.row_y(index)
        x2, y2 = target.x, target.y + HEADER / 2
        if target.cls is ENTITY_CLASSES[0]:
            x2, y2 = target.x - 8, target.y - 12
        middle = (x1 + x2) / 2
        add(
            f'<path d="M{x1:.1f},{y1:.1f} C{middle:.1f},{y1:.1f} {middle:.1f},{y2:.1f} '
            f'{x2:.1f},{y2:.1f}" fill="none" stroke="{LINE}" stroke-width="1.2" '
            'marker-end="url(#nm-arrow)"/>'
        )
    for box in boxes:
        add(f'<a href="{html.escape(_link(box, from_docname))}">')
        add(
            f'<rect x="{box.x:.1f}" y="{box.y:.1f}" width="{box.width:.1f}" '
            f'height="{box.height:.1f}" rx="4" fill="{FILL}" stroke="{INK}" stroke-width="1"/>'
        )
        add(
            f'<path d="M{box.x:.1f},{box.y + HEADER:.1f} h{box.width:.1f}" stroke="{INK}" '
            'stroke-width="0.6"/>'
        )
        add(
            f'<rect x="{box.x + 0.5:.1f}" y="{box.y + 0.5:.1f}" width="{box.width - 1:.1f}" '
            f'height="{HEADER - 1:.1f}" rx="4" fill="{HEAD_FILL}"/>'
        )
        add(
            f'<text x="{box.x + PAD:.1f}" y="{box.y + 15:.1f}" font-weight="bold" '
            f'font-size="12" fill="{INK}">{html.escape(box.name)}</text>'
        )
        add("</a>")
        for index, row in enumerate(box.rows):
            colour = MUTED if row.kind == "more" else INK
            style = ' font-style="italic"' if row.kind == "more" else ""
            add(
                f'<text x="{box.x + PAD:.1f}" y="{box.row_y(index) + 4:.1f}" fill="{colour}"'
                f"{style}>{html.escape(row.text)}</text>"
            )
    add("</svg>")
    return "\n".join(out)


LEGEND = (
    "Lines: contains (``[]``: a list of). ``→``: refers by id to an object of that class "
    "elsewhere in the document; *agent* is any of Person, Organization, Group and "
    "AnonymousSource. ⚓: an :class:`~newsmodel.Anchor`, words of the text. Click a box for "
    "its reference."
)


class Diagram(SphinxDirective):
    has_content = False

    def run(self) -> list[nodes.Node]:
        picture = nodes.raw("", svg(self.env.docname), format="html")
        container = nodes.container(classes=["newsmodel-diagram"])
        container += picture
        legend = nodes.paragraph()
        inline, messages = self.state.inline_text(LEGEND, self.lineno)
        legend.extend(inline)
        return [container, legend, *messages]


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("newsmodel-diagram", Diagram)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "1"}
