"""The HTML view without a browser: what the page holds, and that no string escapes escaping."""

from __future__ import annotations

from html.parser import HTMLParser

import attrs
import pytest
from hypothesis import given, settings
from view_hostile_document import hostile_article
from view_layered_document import PERSON, TOOL, layered_article

import newsmodel
from newsmodel.render import Excerpt, render_article
from newsmodel.render.marks import Targets, collect
from newsmodel.strategies import articles

REFERENCE = "space-agency-teams-with-arms-exporter"


class Page(HTMLParser):
    """Every element (with its attributes) and every piece of text of a page."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.texts: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.texts.append(data)

    def tags(self, name: str) -> list[dict[str, str | None]]:
        return [attributes for tag, attributes in self.elements if tag == name]


def test_every_hostile_string_is_text() -> None:
    hostile = hostile_article()
    page = Page(render_article(hostile))
    assert len(page.tags("script")) == 1, "only the view's own script"
    assert page.tags("img") == []
    assert not any(k.startswith("on") for _, a in page.elements for k in a), "event handlers"
    text = "".join(page.texts)
    person = hostile.entities[0]
    assert "<script>window.pwned=1</script>" in text  # the article text, shown as text
    assert '"\'><img src=x onerror="window.pwned=2">' in text
    assert person.name in text  # the entity's name in the panel
    assert "</script><script>window.pwned=1</script>" in text  # an extension's value
    assert page.tags("html")[0]["lang"] == hostile.language  # an attribute, intact
    # An id reaches the page neither as an attribute nor as text: the page numbers things.
    assert not any(person.id in (v or "") for _, a in page.elements for v in a.values())
    # A javascript: address is shown, not linked.
    assert not any((a.get("href") or "").startswith("javascript") for a in page.tags("a"))


def test_the_page_allows_only_its_own_script_and_loads_nothing() -> None:
    page = Page(render_article(newsmodel.examples.load(REFERENCE)))
    (policy,) = [
        m["content"] for m in page.tags("meta") if m.get("http-equiv") == "Content-Security-Policy"
    ]
    assert policy is not None
    assert "default-src 'none'" in policy
    assert "script-src 'sha256-" in policy
    for tag, attributes in page.elements:
        assert "src" not in attributes, tag
        if tag == "link":
            pytest.fail("the page links a resource")


def test_the_text_is_shown_whole_with_chrome_apart() -> None:
    article = newsmodel.examples.load(REFERENCE)
    page = Page(render_article(article))
    text = "".join(page.texts)
    for paragraph in article.paragraphs:
        assert paragraph in text
    chrome = [a for a in page.tags("div") if a.get("class") == "chrome"]
    assert len(chrome) == 1
    assert chrome[0]["role"] == "note"


class Drawn(HTMLParser):
    """The story of a page: its text, and the text each mark (``data-k``) is drawn over."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str | None, bool]] = []
        self.words: dict[str, str] = {}
        self.text = ""
        story = html.split('<article class="story', 1)[1].rsplit("</article>", 1)[0]
        self.feed('<article class="story' + story + "</article>")
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        label = attributes.get("class") == "chrome-label" or any(skip for _, skip in self.open)
        self.open.append((attributes.get("data-k") if tag == "span" else None, label))

    def handle_endtag(self, tag: str) -> None:
        self.open.pop()

    def handle_data(self, data: str) -> None:
        if any(skip for _, skip in self.open):
            return  # the label of the page chrome's box, not the article's text
        self.text += data
        for key in {key for key, _ in self.open if key is not None}:
            self.words[key] = self.words.get(key, "") + data


def assert_drawn_exactly(article: newsmodel.Article) -> None:
    """The page shows the segments' text, and draws each mark over exactly its words."""
    drawn = Drawn(render_article(article))
    segments = sorted(article.segments, key=lambda s: s.start)
    assert drawn.text == "".join(s.text_in(article.text) for s in segments)
    shown = {i for s in segments for i in range(s.start, s.end)}
    marks = collect(article, Targets(article))
    assert len(drawn.words) == len(marks)
    for mark in marks:
        covered = {i for a in mark.anchors for i in range(a.start, a.end)} & shown
        expected = "".join(article.text[i] for i in sorted(covered))
        assert drawn.words[str(mark.key)] == expected, mark


@pytest.mark.parametrize("name", newsmodel.examples.names())
def test_each_annotation_of_the_examples_is_drawn_over_exactly_its_words(name: str) -> None:
    assert_drawn_exactly(newsmodel.examples.load(name))


@settings(max_examples=30)  # generating documents is slow; the runs have their own property test
@given(articles())
def test_each_annotation_of_any_document_is_drawn_over_exactly_its_words(
    article: newsmodel.Article,
) -> None:
    assert_drawn_exactly(article)
    assert len(Page(render_article(article)).tags("script")) == 1


def test_the_panel_lists_every_source_and_the_writer() -> None:
    text = "".join(Page(render_article(newsmodel.examples.load(REFERENCE))).texts)
    for name in (
        "Yury Koptev",
        "Grigory Rapota",
        "Yury Koptev and Grigory Rapota",
        "a Rosvooruzheniye official",
        "The writer",
        "not named because: asked not to be identified",
    ):
        assert name in text, name


def test_an_excerpt_shows_only_its_segments_and_what_is_anchored_there() -> None:
    article = newsmodel.examples.load(REFERENCE)
    start = article.text.index("Time will show")
    text = "".join(Page(render_article(article, excerpt=Excerpt(start, start + 1))).texts)
    assert "Time will show how large this supplement may be" in text
    assert "Rapota" not in text  # neither in the text nor in the panel
    assert "Yury Koptev" in text


def test_the_annotators_layers_get_a_switch() -> None:
    article = layered_article()
    assert newsmodel.validate(newsmodel.dumps(article)).valid  # a real 2.0 document
    page = Page(render_article(article))
    radios = [a for a in page.tags("input") if a.get("name") == "layer"]
    assert [r["value"] for r in radios] == ["all", "0", "1"]
    texts = {t.strip() for t in page.texts}
    assert {PERSON, TOOL} <= texts
    # Each mark carries its annotation's layer; what names no annotator carries none.
    drawn = [a for _, a in page.elements if "data-k" in a]
    layer_of = {"a-claim": set(), "a-time": set(), "a-mention": set()}
    for attributes in drawn:
        for kind, layers in layer_of.items():
            if kind in (attributes.get("class") or "").split():
                layers.add(attributes.get("data-l"))
    assert layer_of["a-claim"] == {None, "0"}  # every other claim is Ann's (layer 0)
    assert layer_of["a-time"] == {"1"}  # every time is HeidelTime's
    assert layer_of["a-mention"] == {None}
    assert "Annotator" not in render_article(newsmodel.examples.load("unicode-offsets"))


def test_layers_can_be_given_by_annotation_id() -> None:
    article = newsmodel.examples.load("unicode-offsets")
    ids = [item.id for item in article.identified()]
    layers = {identifier: f"annotator {n % 2 + 1}" for n, identifier in enumerate(ids)}
    page = Page(render_article(article, layers=layers))
    assert len([a for a in page.tags("input") if a.get("name") == "layer"]) == 3


def test_time_relations_are_listed_and_their_signals_drawn() -> None:
    page = Page(render_article(layered_article()))
    text = "".join(page.texts)
    assert "Time relations" in text
    assert "accord signing IS_INCLUDED Wednesday (1999-WXX-3) (signal: “on”)" in text
    signals = [a for _, a in page.elements if "a-signal" in (a.get("class") or "").split()]
    assert len(signals) == 1


def test_an_anchor_outside_the_text_is_refused() -> None:
    article = newsmodel.examples.load("unicode-offsets")
    quantity = attrs.evolve(
        article.quantities[0], anchor=newsmodel.Anchor(start=500, end=510, exact="x")
    )
    broken = attrs.evolve(article, quantities=(quantity, *article.quantities[1:]))
    with pytest.raises(ValueError, match="does not cover"):
        render_article(broken)
