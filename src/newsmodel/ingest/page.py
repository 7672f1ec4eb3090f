"""A web page, or plain text with its metadata, as a newsmodel document.

trafilatura finds the page's main text and metadata; each line it keeps becomes a
segment with a role: the headline (the page's ``<h1>``), the byline (a line naming the
extractor's author), a dateline (a line that is only a date), paragraphs. Lines of the
site's template that the extractor keeps ("Stand: 28.04.2020", a cookie notice, the
title repeated with the site's name) and those it discards but a reader saw ("Last
updated" lines, newsletter prompts, cookie banners) become page-chrome segments, never
paragraphs: the template's lines that the extractor discarded go first, the rest in the
extractor's order.

The document's own times each say where they came from: the page's metadata
(publication), the dateline (creation, the story's own) and the template's "Last
updated" line (modification), each with the precision it was given. When they disagree
(a page "updated" before it was published, a dateline and metadata a day apart) the
conversion reports ``interchange.dates_disagree`` and keeps both: nothing is picked
silently.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import attrs

from newsmodel.authoring import Draft
from newsmodel.errors import ValidationError
from newsmodel.ingest.drafts import add_drafts, whole_characters
from newsmodel.ingest.timex import first_date
from newsmodel.interchange.loss import UNDETERMINED, ConversionError, Converted, LossReport
from newsmodel.model import Article, DocumentFunction, Provenance, SegmentRole
from newsmodel.problems import DATES_DISAGREE, DROPPED, NO_STORY, PAGE_BEYOND_PARSER

#: Lines of a site's template, by what they are: each is page chrome wherever found.
CHROME = re.compile(
    r"\b(?:(?:last updated|updated|aktualisiert|mis à jour|dernière mise à jour|newsletter"
    r"|subscribe|abonnieren|abonnez|inscrivez-vous|cookies?|get the latest updates)\b|stand:)"
    r"|最終更新|最后更新|更新日|ニュースレター|新闻通讯|订阅|آخر تحديث|نشرتنا|اشترك"
    r"|อัปเดตล่าสุด|จดหมายข่าว",
    re.IGNORECASE,
)
#: Template lines that say when the page was last changed.
UPDATED = re.compile(
    r"\b(?:(?:last updated|updated|aktualisiert|mis à jour|dernière mise à jour)\b|stand:)"
    r"|最終更新|最后更新|更新日|آخر تحديث|อัปเดตล่าสุด",
    re.IGNORECASE,
)
#: A byline: "By ...", "Von ...", "Par ...", then names, with no sentence in it.
_BYLINE = re.compile(r"^(?:by|von|par)\s+[A-ZÀ-Þ][^.!?]{2,150}$", re.IGNORECASE)
#: Page elements whose text a reader sees as one line.
_BLOCKS = ("p", "div", "span", "li", "time", "small", "aside", "section", "footer", "header")
_METADATA_DATES = (
    "article:published_time",
    "datePublished",
    "date",
    "DC.date.issued",
    "dc.date",
    "pubdate",
    "og:published_time",
)
_MAX_CHROME_LINE = 200
_NOTE = (
    "Read as {}, but it disagrees with another of the page's dates (interchange.dates_disagree)."
)


@attrs.frozen
class PageTime:
    """One of the document's times as the page gives it."""

    function: DocumentFunction
    value: str
    provenance: Provenance
    segment: int | None = None
    """The index of the segment whose words give it, where the text shows it."""
    offsets: tuple[int, int] = (0, 0)
    """Where in that segment's words."""


def ingest_html(
    data: bytes,
    *,
    url: str | None = None,
    id: str | None = None,
    language: str | None = None,
    draft: bool = False,
) -> Converted[Article]:
    """The document a web page holds: its story, its page chrome and its dates.

    ``data`` is the page's bytes in any encoding (trafilatura detects it). Raises
    :class:`~newsmodel.interchange.ConversionError` when the page has no story, listing
    the problems of the document it would have made where that is not valid.
    ``draft`` adds machine-made draft annotations (see :func:`add_drafts`).
    """
    import trafilatura  # the ingest extra; imported here so the package imports without it

    tree = trafilatura.load_html(data)
    report = LossReport()
    beyond = _beyond_parser_limits()
    if beyond is not None:
        raise report.fail(PAGE_BEYOND_PARSER, "", why=beyond)
    found = trafilatura.bare_extraction(
        tree if tree is not None else data, url=url, with_metadata=True, include_comments=False
    )
    extracted: dict[str, Any] = (
        {} if found is None else dict(found if isinstance(found, dict) else found.as_dict())
    )
    text = str(extracted.get("text") or "")
    if not text.strip():
        raise report.fail(NO_STORY, "", why="the extractor found no main text")
    lines = [line for line in (_clean(line) for line in text.split("\n")) if line]
    seen = {_key(line) for line in lines}
    discarded = [line for line in _template_lines(tree) if _key(line) not in seen]
    authors = [
        a.strip() for a in re.split(r";|,| und | and | et ", str(extracted.get("author") or ""))
    ]
    byline = [] if any(_BYLINE.match(line) for line in lines) else _byline(tree, authors)
    page_url = url or extracted.get("url")
    return _document(
        discarded + lines,
        byline=byline,
        headline=_heading(tree) or str(extracted.get("title") or ""),
        authors=[a for a in authors if a],
        published=_metadata_date(tree) or extracted.get("date"),
        url=page_url,
        id=id or page_url or "urn:newsmodel:ingested",
        language=language or extracted.get("language") or _html_language(tree) or UNDETERMINED,
        report=report,
        draft=draft,
    )


def _beyond_parser_limits() -> str | None:
    """libxml2's words when the page trafilatura just parsed was beyond its limits: it
    then leaves out what lies beyond (a paragraph of over 10 MB, the story of a page
    nested 256 deep) and fails nothing, so its log is the only sign."""
    from trafilatura.utils import HTML_PARSER  # the parser load_html uses

    for error in HTML_PARSER.error_log:
        if error.type_name == "ERR_RESOURCE_LIMIT":
            # "Excessive depth in document: 256, use XML_PARSE_HUGE option": the option
            # is libxml2's, not the user's to give.
            return str(error.message).split(", use ")[0].split(", try ")[0]
    return None


def ingest_text(
    text: str, metadata: Mapping[str, Any], *, draft: bool = False
) -> Converted[Article]:
    """The document of a plain text and its metadata: ``title`` (the headline, added
    first unless the text starts with it; without one, the first line is the headline),
    ``author``, ``date`` (publication), ``url``, ``id``, ``language``. Each non-blank
    line of ``text`` is a line of the story."""
    lines = [line for line in (_clean(line) for line in text.split("\n")) if line]
    title = _clean(str(metadata.get("title") or "")) or (lines[0] if lines else "")
    author = metadata.get("author") or []
    authors = [author] if isinstance(author, str) else [str(a) for a in author]
    url = metadata.get("url")
    return _document(
        lines,
        headline=title,
        authors=authors,
        published=metadata.get("date"),
        url=url,
        id=str(metadata.get("id") or url or "urn:newsmodel:ingested"),
        language=str(metadata.get("language") or UNDETERMINED),
        report=LossReport(),
        draft=draft,
    )


def _document(
    lines: Sequence[str],
    *,
    byline: Sequence[str] = (),
    headline: str,
    authors: Sequence[str],
    published: str | None,
    url: str | None,
    id: str,
    language: str,
    report: LossReport,
    draft: bool,
) -> Converted[Article]:
    roles = _roles(lines, headline, authors)
    if SegmentRole.HEADLINE not in roles and headline:
        first_story = next(
            (i for i, r in enumerate(roles) if r is not SegmentRole.PAGE_CHROME), len(roles)
        )
        lines = [*lines[:first_story], headline, *lines[first_story:]]
        roles = [*roles[:first_story], SegmentRole.HEADLINE, *roles[first_story:]]
    if byline and SegmentRole.HEADLINE in roles:  # the byline the extractor left out
        after = roles.index(SegmentRole.HEADLINE) + 1
        lines = [*lines[:after], *byline, *lines[after:]]
        roles = [*roles[:after], *[SegmentRole.BYLINE] * len(byline), *roles[after:]]
    if not any(r is SegmentRole.PARAGRAPH for r in roles):
        raise report.fail(NO_STORY, "", why="no line of the text is a paragraph of the story")
    document = Draft.from_lines(
        list(zip(roles, lines, strict=True)), id=id, language=language, url=url
    )
    times = list(_times(lines, roles, published, day_first=not language.startswith("en")))
    if published and _timex(published) is None:
        report.add(
            DROPPED, "/times", what=f"the page's date {published!r}", target="a TIMEX3 value"
        )
    handles = {}
    disagreements = list(_disagreements(times))
    # A set (of frozen values: two equal ones are the same line), not a search per time.
    earlier_ones = {earlier for earlier, _, _ in disagreements}
    for time in times:
        words = None
        if time.segment is not None:
            line = document.segments[time.segment]
            start, end = time.offsets
            words = whole_characters(line, start, end)
        conflicting = time in earlier_ones
        if time.function in handles or (conflicting and words is not None):
            # A second line of one kind, or a modification earlier than the publication:
            # a document cannot hold both as its own times, so this one is kept as the
            # words it is, with where it came from; the report says they disagree.
            if words is not None:
                kept = document.time(words, time.value)
                kept.fields.update(provenance=time.provenance, note=_NOTE.format(_described(time)))
            continue
        handles[time.function] = document.document_time(
            time.function, time.value, provenance=time.provenance, words=words
        )
    for _, _, problem in disagreements:
        report.add(DATES_DISAGREE, "/times", **problem)
    if draft:
        reference = handles.get(DocumentFunction.CREATION_TIME) or handles.get(
            DocumentFunction.PUBLICATION_TIME
        )
        add_drafts(document, reference=reference, language=language)
    try:
        article = document.build(strict=False)
    except ValidationError as error:
        raise ConversionError((*report.problems, *error.problems)) from error
    return report.converted(article)


def _roles(lines: Sequence[str], headline: str, authors: Sequence[str]) -> list[SegmentRole]:
    roles = []
    given: set[SegmentRole] = set()  # asked of every line: a set, not a search of the list
    head = _key(headline)
    for line in lines:
        key = _key(line)
        if len(line) <= _MAX_CHROME_LINE and CHROME.search(line):
            role = SegmentRole.PAGE_CHROME
        elif head and key == head and SegmentRole.HEADLINE not in given:
            role = SegmentRole.HEADLINE
        elif head and head in key and len(key) < 2 * len(head) + 40:
            # the title again, with the site's name or a kicker around it
            role = (
                SegmentRole.PAGE_CHROME
                if SegmentRole.HEADLINE in given or "|" in line
                else SegmentRole.HEADLINE
            )
        elif _BYLINE.match(line) or (line in authors and SegmentRole.PARAGRAPH not in given):
            role = SegmentRole.BYLINE
        elif (
            len(line) < 60
            and (found := first_date(line))
            and len(line) - (found[1] - found[0]) < 25
        ):
            # a line that is only a date: the story's dateline above the story, the
            # template's time stamp below it
            role = (
                SegmentRole.PAGE_CHROME if SegmentRole.PARAGRAPH in given else SegmentRole.DATELINE
            )
        else:
            role = SegmentRole.PARAGRAPH
        roles.append(role)
        given.add(role)
    return roles


def _times(
    lines: Sequence[str], roles: Sequence[SegmentRole], published: str | None, *, day_first: bool
) -> Iterator[PageTime]:
    if published:
        value = _timex(published)
        if value:
            yield PageTime(DocumentFunction.PUBLICATION_TIME, value, Provenance.PUBLISHER_METADATA)
    for index, (line, role) in enumerate(zip(lines, roles, strict=True)):
        found = first_date(line, day_first=day_first)
        if found is None:
            continue
        start, end, value = found
        if role is SegmentRole.DATELINE:
            yield PageTime(
                DocumentFunction.CREATION_TIME, value, Provenance.STORY, index, (start, end)
            )
        elif role is SegmentRole.PAGE_CHROME and UPDATED.search(line):
            yield PageTime(
                DocumentFunction.MODIFICATION_TIME,
                value,
                Provenance.PAGE_TEMPLATE,
                index,
                (start, end),
            )


def _disagreements(
    times: Sequence[PageTime],
) -> Iterator[tuple[PageTime, PageTime, dict[str, str]]]:
    """Each pair of the document's times that cannot both be right, the one that cannot
    be the document's own first: a modification earlier than the creation or publication,
    a creation later than the publication, two of one kind that differ (compared at the
    precision both have, to the day).

    Each time is compared with the first of each kind, which are the document's own
    times, not with every other: a page of n dates gives at most 3n pairs, not n²/2
    (1,000 date lines gave half a million warnings)."""
    modified = DocumentFunction.MODIFICATION_TIME
    firsts: dict[DocumentFunction, int] = {}
    for index, time in enumerate(times):
        firsts.setdefault(time.function, index)
    kept = sorted(firsts.values())
    for index, first in enumerate(times):
        others = range(index + 1, len(times)) if index in kept else [k for k in kept if k > index]
        for second in (times[other] for other in others):
            common = min(len(first.value), len(second.value), 10)
            if (first.function is modified) != (second.function is modified):
                earlier, later = (first, second) if first.function is modified else (second, first)
                if earlier.value[:common] < later.value[:common]:
                    how = "is earlier than"
                    yield earlier, later, _pair(earlier, how, later)
            elif first.function is second.function:
                if first.value[:common] != second.value[:common]:
                    yield second, first, _pair(second, "differs from", first)
            else:  # a creation and a publication: written before it was published
                created, published = (
                    (first, second)
                    if first.function is DocumentFunction.CREATION_TIME
                    else (second, first)
                )
                if created.value[:common] > published.value[:common]:
                    yield created, published, _pair(created, "is later than", published)


def _pair(first: PageTime, how: str, second: PageTime) -> dict[str, str]:
    return {"first": _described(first), "how": how, "second": _described(second)}


def _described(time: PageTime) -> str:
    where = time.provenance.value.replace("_", " ")
    return f"the {time.function.value.split('_')[0].lower()} time {time.value} ({where})"


def _timex(value: str) -> str | None:
    """A metadata date ('2020-04-29T11:52:23', '2020-04-29') as a TIMEX3 value."""
    match = re.match(
        r"(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(Z|[+-]\d{2}:?\d{2})?)?", value.strip()
    )
    if match is None:
        return None
    return match[1] + (f"T{match[2]}{match[3] or ''}" if match[2] else "")


def _clean(line: str) -> str:
    """A line as it reads: NFC, spaces run together, no spaces at its ends."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", line)).strip()


def _key(line: str) -> str:
    return _clean(line).casefold()


def _heading(tree: Any) -> str | None:
    if tree is None:
        return None
    for heading in tree.iter("h1"):
        text = _clean(
            heading.text_content()
            if hasattr(heading, "text_content")
            else "".join(heading.itertext())
        )
        if text:
            return text
    return None


def _html_language(tree: Any) -> str | None:
    if tree is None:
        return None
    value = (tree.get("lang") or "").replace("_", "-")  # "en_US", as pages write it
    return value if re.fullmatch(r"[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*", value) else None


def _metadata_date(tree: Any) -> str | None:
    """The page's publication date from its meta tags, at the precision they give."""
    if tree is None:
        return None
    for meta in tree.iter("meta"):
        name = meta.get("property") or meta.get("name") or meta.get("itemprop") or ""
        if name in _METADATA_DATES and meta.get("content"):
            return str(meta.get("content"))
    return None


def _template_lines(tree: Any) -> list[str]:
    """Short lines of the page's template a reader sees: 'Last updated', cookie and
    newsletter notices, each the innermost element holding it, in page order."""
    if tree is None:
        return []
    found: list[str] = []
    for element in tree.iter(*_BLOCKS):
        if _hidden(element):
            continue
        text = _clean("".join(element.itertext()))
        if not text or len(text) > _MAX_CHROME_LINE or not CHROME.search(text):
            continue
        if any(
            CHROME.search(_clean("".join(child.itertext())))
            for child in element.iter(*_BLOCKS)
            if child is not element
        ):
            continue  # an inner element holds the line
        if _key(text) not in {_key(f) for f in found}:
            found.append(text)
    return found


def _byline(tree: Any, authors: Sequence[str]) -> list[str]:
    """The page's byline ("By Maria Lindqvist") naming one of the extractor's authors."""
    if tree is None or not authors:
        return []
    for element in tree.iter(*_BLOCKS):
        text = _clean("".join(element.itertext()))
        if _BYLINE.match(text) and not _hidden(element) and any(a in text for a in authors):
            return [text]
    return []


def _hidden(element: Any) -> bool:
    for ancestor in element.iterancestors():
        if ancestor.tag in ("script", "style", "noscript", "template", "head"):
            return True
    return False
