"""Pages become valid documents: the story in segments, the template apart, the dates
with where they came from; in any encoding and script, with offsets into the text."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from newsmodel.ingest import DRAFTER, ingest_html, ingest_text
from newsmodel.interchange import ConversionError
from newsmodel.model import Article, DocumentFunction, Provenance, SegmentRole
from newsmodel.validation import validate
from shared_data import SHARED

PAGES = Path(__file__).resolve().parent / "pages"
ARTICLES = SHARED / "realdata" / "articles"
#: Our own pages in other scripts, each in a legacy encoding its meta tag names.
SCRIPTS = {
    "ar-windows-1256.html": "windows-1256",
    "ja-shift_jis.html": "shift_jis",
    "zh-gbk.html": "gbk",
    "th-windows-874.html": "cp874",
}


def _words(article: Article, *roles: SegmentRole) -> list[str]:
    return [s.text_in(article.text) for s in article.segments if s.role in roles]


def _story(article: Article) -> str:
    return "\n".join(_words(article, SegmentRole.PARAGRAPH))


def _real_pages() -> list[Path]:
    if not ARTICLES.is_dir():
        return []
    return sorted(ARTICLES.glob("trafilatura_*"))


@pytest.fixture(params=_real_pages() or [None], ids=lambda p: p.name if p else "absent")
def real_page(request: pytest.FixtureRequest) -> Path:
    if request.param is None:
        pytest.skip(f"real pages not found in {ARTICLES} (../shared beside the repository)")
    path: Path = request.param
    return path


def test_a_real_page_gives_the_story_the_extractor_expects_and_the_chrome_apart(
    real_page: Path,
) -> None:
    expected = json.loads((real_page / "expected_evaldata.json").read_text(encoding="utf-8"))
    extracted = json.loads((real_page / "trafilatura_extract.json").read_text(encoding="utf-8"))
    article = ingest_html((real_page / "page.html").read_bytes(), draft=True).value
    assert validate(article).valid
    story = _story(article)
    for snippet in expected["with"]:
        assert snippet in story
    for snippet in expected["without"]:
        assert snippet not in story
    # Every word the extractor kept is in the document, in a segment of one role or another.
    flat = re.sub(r"\s+", " ", " ".join(s.text_in(article.text) for s in article.segments))
    for line in extracted["text"].split("\n"):
        assert re.sub(r"\s+", " ", line).strip() in flat
    chrome = _words(article, SegmentRole.PAGE_CHROME)
    assert chrome, "the template lines the extractor kept are page chrome"
    assert not any(line in story for line in chrome)
    assert all(
        item.annotator == DRAFTER and item.confidence is not None
        for item in (*article.attributions, *article.quantities, *article.entities)
    )


def test_the_german_page_keeps_its_stand_line_as_template_and_says_the_dates_disagree() -> None:
    page = ARTICLES / "trafilatura_de_tagesschau-2020-rheinmetall" / "page.html"
    if not page.is_file():
        pytest.skip(f"real pages not found in {ARTICLES}")
    converted = ingest_html(page.read_bytes())
    article = converted.value
    assert "Stand: 28.04.2020 18:00 Uhr" in _words(article, SegmentRole.PAGE_CHROME)
    assert _words(article, SegmentRole.BYLINE) == [
        "Von Volkmar Kabisch, Jan Lukas Strozyk und Benedikt Strunz, NDR"
    ]
    published = next(t for t in article.times if t.function is DocumentFunction.PUBLICATION_TIME)
    assert (published.value, published.provenance) == (
        "2020-04-29T11:52:23",
        Provenance.PUBLISHER_METADATA,
    )
    stand = next(t for t in article.times if t.provenance is Provenance.PAGE_TEMPLATE)
    assert stand.value == "2020-04-28T18:00"
    assert stand.anchor is not None
    assert stand.anchor.exact == "28.04.2020 18:00 Uhr"
    assert [p.code for p in converted.losses] == ["interchange.dates_disagree"]


@pytest.mark.parametrize(("name", "encoding"), SCRIPTS.items())
@pytest.mark.parametrize("draft", [False, True])
def test_pages_in_other_scripts_and_encodings_give_valid_documents_with_offsets(
    name: str, encoding: str, draft: bool
) -> None:
    data = (PAGES / name).read_bytes()
    source = data.decode(encoding)
    paragraphs = [html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", source)]
    heading = re.search(r"<h1>(.*?)</h1>", source)
    assert heading is not None
    article = ingest_html(data, draft=draft).value
    assert validate(article, strict=True).valid
    assert _words(article, SegmentRole.HEADLINE) == [heading[1]]
    # Every paragraph of the page is a segment whose offsets give its words exactly.
    segments = {s.text_in(article.text): s for s in article.segments}
    for paragraph in paragraphs:
        assert paragraph in segments
        segment = segments[paragraph]
        assert article.text[segment.start : segment.end] == paragraph
    # The "last updated" and newsletter lines are page chrome, never story.
    chrome = _words(article, SegmentRole.PAGE_CHROME)
    assert len(chrome) == 2
    assert not set(chrome) & set(_words(article, SegmentRole.PARAGRAPH))
    for anchor in (*(q.anchor for q in article.quantities), *(t.anchor for t in article.times)):
        if anchor is not None:
            assert article.text[anchor.start : anchor.end] == anchor.exact


def test_the_walkthrough_page_has_every_role_and_keeps_disagreeing_dates() -> None:
    converted = ingest_html((PAGES / "harbour-en.html").read_bytes(), draft=True)
    article = converted.value
    assert _words(article, SegmentRole.BYLINE) == ["By Maria Lindqvist"]
    assert _words(article, SegmentRole.DATELINE) == ["March 13, 2024"]
    assert _words(article, SegmentRole.PAGE_CHROME) == [
        "We use cookies to improve your experience. Accept all cookies",
        "Sign up for our morning newsletter and get the day's news in your inbox.",
        "Last updated: March 12, 2024 18:05",
    ]
    by_function = {t.function: t for t in article.times if t.function}
    assert by_function[DocumentFunction.CREATION_TIME].value == "2024-03-13"
    assert by_function[DocumentFunction.CREATION_TIME].provenance is Provenance.STORY
    assert by_function[DocumentFunction.PUBLICATION_TIME].value == "2024-03-14T09:30:00+00:00"
    # "Last updated" before the story was written: kept with its words, not as the
    # document's modification time, and reported.
    assert DocumentFunction.MODIFICATION_TIME not in by_function
    updated = next(t for t in article.times if t.provenance is Provenance.PAGE_TEMPLATE)
    assert (updated.value, updated.function) == ("2024-03-12T18:05", None)
    messages = [p.message for p in converted.losses]
    assert all(p.code == "interchange.dates_disagree" for p in converted.losses)
    assert any(
        "2024-03-12T18:05 (page template) is earlier than the creation" in m for m in messages
    )
    # Relative times resolve against the dateline's creation time.
    wednesday = next(t for t in article.times if t.anchor and t.anchor.exact == "Wednesday")
    assert (wednesday.value, wednesday.anchor_time) == ("2024-03-13", "t-creation")


def test_a_text_with_metadata_is_a_document() -> None:
    article = ingest_text(
        "Port reopens\r\n\r\nThe port reopened on Monday, officials said.\r\n",
        {"title": "Port reopens", "date": "2024-05-06", "language": "en", "id": "urn:x:port"},
        draft=True,
    ).value
    assert article.text == "Port reopens\n\nThe port reopened on Monday, officials said."
    assert [s.role for s in article.segments] == [SegmentRole.HEADLINE, SegmentRole.PARAGRAPH]
    published = article.times[0]
    assert (published.function, published.value) == (
        DocumentFunction.PUBLICATION_TIME,
        "2024-05-06",
    )
    monday = next(t for t in article.times if t.anchor and t.anchor.exact == "Monday")
    assert monday.value == "2024-05-06"


def test_a_text_without_a_title_has_its_first_line_as_headline() -> None:
    article = ingest_text("Port reopens\n\nThe port reopened.", {}).value
    assert _words(article, SegmentRole.HEADLINE) == ["Port reopens"]
    assert article.language == "und"


def test_text_is_put_in_nfc() -> None:
    decomposed = "Cafe\u0301 owners protest\n\nThe owners of the cafe\u0301 protested on Friday."
    article = ingest_text(decomposed, {"language": "en"}).value
    assert "Café owners protest" in article.text
    assert "\u0301" not in article.text


def test_a_page_without_a_story_is_an_error_with_a_code() -> None:
    with pytest.raises(ConversionError) as raised:
        ingest_html(b"<html><head><title></title></head><body>  </body></html>")
    assert [p.code for p in raised.value.problems] == ["interchange.no_story"]


def test_a_page_date_ending_in_a_combining_mark_is_anchored_on_whole_characters() -> None:
    # Found by the property test: the dateline's time ended inside the character "4\u0301".
    converted = ingest_text("Headline\n\n12/03/2024\u0301\nThe port reopened.", {"language": "en"})
    (created,) = converted.value.times
    assert created.anchor is not None
    assert created.anchor.exact == "12/03/2024\u0301"


@pytest.mark.parametrize(
    ("page", "why"),
    [
        (
            b"<html><body><article><h1>Deep</h1>"
            + b"<div>" * 300
            + b"<p>The story, three hundred elements down, which the parser left out.</p>"
            + b"</div>" * 300
            + b"</article></body></html>",
            "Excessive depth in document: 256",
        ),
        (
            b"<html><body><article><h1>Long</h1><p>A short paragraph first.</p><p>"
            + b"word " * 2_100_000
            + b"</p></article></body></html>",
            "Buffer size limit exceeded",
        ),
    ],
    ids=["nested-300-deep", "paragraph-of-10.5-MB"],
)
def test_a_page_beyond_the_html_parser_is_refused_not_cut(page: bytes, why: str) -> None:
    """libxml2 left out what lay beyond its limits without failing: the deep page lost
    its story (and was said to have none), the long paragraph was dropped silently."""
    with pytest.raises(ConversionError) as raised:
        ingest_html(page)
    (problem,) = raised.value.problems
    assert problem.code == "interchange.page_beyond_parser"
    assert why in problem.message
    assert "XML_PARSE_HUGE" not in problem.message
