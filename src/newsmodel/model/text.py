"""The article's text: its canonical form and its division into segments.

The canonical text is defined once, here. It is a Unicode string in Normalization Form C
(NFC) whose only line break is LINE FEED (U+000A): CR LF and lone CR are turned into LF.
Nothing else is changed, so the canonical form of a scraped page keeps every character a
reader saw, page chrome included. Segments then say which stretches are the story
(headline, paragraphs) and which are the site's template (page chrome).
"""

from __future__ import annotations

import enum
import unicodedata
from typing import Final, Literal

import attrs

from newsmodel.model._fields import LANGUAGE_PATTERN, doc, typed_fields
from newsmodel.model.anchor import Anchor

#: The Unicode normalization form of the canonical text.
NORMALIZATION_FORM: Final[Literal["NFC"]] = "NFC"


def canonical_text(raw: str) -> str:
    """Return ``raw`` in canonical form: NFC, with every line break written as LF."""
    unified = raw.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize(NORMALIZATION_FORM, unified)


def is_canonical_text(text: str) -> bool:
    """Whether ``text`` is already in canonical form (``canonical_text(text) == text``)."""
    return "\r" not in text and unicodedata.is_normalized(NORMALIZATION_FORM, text)


class SegmentRole(enum.Enum):
    """What a segment of the text is to the reader."""

    PAGE_CHROME = "page_chrome"
    """Text of the web site's template, not of the story: kept, but apart from it."""
    HEADLINE = "headline"
    """The story's headline."""
    SUBHEADLINE = "subheadline"
    """A deck or subtitle under the headline."""
    BYLINE = "byline"
    """The line naming the writers."""
    DATELINE = "dateline"
    """The line giving the place and date the story was filed from."""
    PARAGRAPH = "paragraph"
    """A paragraph of the story's body."""
    CAPTION = "caption"
    """The caption of a picture or graphic."""
    CORRECTION = "correction"
    """A correction or editor's note appended to the story."""
    OTHER = "other"
    """Any other part of the page."""


#: Roles whose text belongs to the story itself, as opposed to the page around it.
STORY_ROLES = frozenset(
    {
        SegmentRole.HEADLINE,
        SegmentRole.SUBHEADLINE,
        SegmentRole.BYLINE,
        SegmentRole.DATELINE,
        SegmentRole.PARAGRAPH,
        SegmentRole.CAPTION,
        SegmentRole.CORRECTION,
    }
)


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Segment:
    """A stretch of the text with one role: the headline, a paragraph, a line of page chrome."""

    role: SegmentRole = attrs.field(metadata=doc("What this stretch of text is to the reader."))
    start: int = attrs.field(
        metadata=doc("Code point offset where the segment begins.", schema={"minimum": 0})
    )
    end: int = attrs.field(
        metadata=doc(
            "Code point offset just past the segment's end (end exclusive).",
            schema={"minimum": 0},
        )
    )

    def text_in(self, text: str) -> str:
        """The segment's words, taken from the article's ``text``."""
        return text[self.start : self.end]


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class LanguageSpan:
    """A stretch of the text in another language than the article's: a quoted phrase, a
    name in its own script."""

    anchor: Anchor = attrs.field(metadata=doc("The words in the other language."))
    language: str = attrs.field(
        metadata=doc(
            "Their language as a BCP 47 tag: 'ru', 'zh-Hani', 'la'.",
            schema={"pattern": LANGUAGE_PATTERN},
        )
    )
