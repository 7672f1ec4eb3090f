"""The article's text with its annotations drawn on it.

The text is laid out by its segments (headline, paragraphs; page chrome boxed apart and
muted) and cut into runs (:mod:`newsmodel.render.runs`), so that overlapping and nested
anchors are each drawn whole: in every run, one element per mark that covers it,
outermost first, each carrying the number of its mark and of the annotation it belongs
to, never the document's own ids.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from newsmodel.model import Article, Segment, SegmentRole
from newsmodel.model.text import STORY_ROLES
from newsmodel.render.marks import FOCUSABLE, GROUP_OF, NESTING, Group, Kind, Mark
from newsmodel.render.markup import Markup, element, escape, join, start_tag
from newsmodel.render.runs import Span, runs_of_windows

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


def shown_segments(article: Article) -> list[Segment]:
    """The segments to lay out, in order, plus any stretch of visible text that no segment holds."""
    segments = sorted(article.segments, key=lambda s: (s.start, s.end))
    laid: list[Segment] = []
    covered = 0
    for segment in segments:
        if (article.text or "")[covered : segment.start].strip():
            laid.append(Segment(role=SegmentRole.OTHER, start=covered, end=segment.start))
        laid.append(segment)
        covered = max(covered, segment.end)
    if (article.text or "")[covered:].strip():
        laid.append(Segment(role=SegmentRole.OTHER, start=covered, end=len(article.text or "")))
    return laid


def factuality_class(value: str) -> str:
    """'CT+' -> 'ctp', 'PS-' -> 'psm', 'Uu' -> 'uu': a class name for the certainty's colour."""
    return value.lower().replace("+", "p").replace("-", "m")


class Story:
    """The text of one article, with its marks drawn on it."""

    def __init__(
        self, article: Article, marks: Sequence[Mark], layer_numbers: Mapping[str, int]
    ) -> None:
        self.article = article
        self.marks = marks
        self.layer_numbers = layer_numbers

    def entity_colours(self) -> str:
        """One colour per entity, spread around the hue circle (golden angle), as CSS."""
        rules = []
        for number in range(len(self.article.entities)):
            hue = round(number * 137.508) % 360
            rules.append(f".e{number}{{--c:hsl({hue} 70% 38%)}}")
        return "\n" + "\n".join(rules) + "\n"

    def html(self, segments: Sequence[Segment]) -> Markup:
        """The segments as blocks of text, page chrome boxed apart, every mark drawn."""
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

        windows = [(segment.start, segment.end) for segment in segments]
        for segment, runs in zip(segments, runs_of_windows(windows, spans), strict=True):
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
            class_=f"story {groups}",
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
        text = escape((self.article.text or "")[start:end])
        # Joined once: wrapping the text mark by mark copied it once per mark, and a run
        # may lie inside thousands of marks (a chain of nested reports).
        starts = "".join(
            self._start(mark, start == first[mark.key], end == last[mark.key]) for mark in covering
        )
        return Markup(f"{starts}{text}{'</span>' * len(covering)}")

    def _start(self, mark: Mark, is_first: bool, is_last: bool) -> Markup:
        """The start tag of the span that shows ``mark``."""
        classes = ["a", f"a-{mark.kind.value}"]
        if mark.kind in (Kind.MENTION, Kind.ROLE):
            classes.append(f"u{min(mark.level, 5)}")
        if mark.kind is Kind.CLAIM:
            classes.append(f"o{min(mark.level, 5)}")
            if mark.factuality is not None:
                classes.append(f"f-{factuality_class(mark.factuality.value)}")
        if mark.entity is not None:
            classes.append(f"e{mark.entity}")
        if mark.quote is not None:
            classes.append(f"q-{mark.quote.value}")
        if is_last:
            classes.append("last")
        focusable = is_first and mark.kind in FOCUSABLE
        return start_tag(
            "span",
            class_=" ".join(classes),
            data_k=mark.key,
            data_t=mark.target,
            data_g=GROUP_OF[mark.kind].value,
            data_l=None if mark.layer is None else self.layer_numbers[mark.layer],
            data_f=mark.factuality.value if is_last and mark.factuality is not None else None,
            # A time or quantity is a stop for the keyboard: Enter selects it in the panel.
            role="button" if focusable else None,
            tabindex=0 if focusable else None,
            aria_describedby=f"d{mark.key}" if focusable else None,
        )

    def descriptions(self) -> Markup:
        """What each mark says when pointed at, once each, for the tooltip and screen readers."""
        return join(element("span", mark.tip, id=f"d{mark.key}") for mark in self.marks)
