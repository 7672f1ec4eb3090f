"""From a web page, or plain text with its metadata, to a newsmodel document.

:func:`ingest_html` reads a page with trafilatura (the ``ingest`` extra) and
:func:`ingest_text` a text and its metadata; each returns a
:class:`~newsmodel.interchange.Converted` document whose report says where the page's
dates disagree. With ``draft=True``, :func:`add_drafts` adds draft times, quantities,
quotations and named entities, each marked as the tool's with a confidence;
:func:`draft_article` adds them to a document that already has annotations, keeping
those and never saying one twice.
"""

from newsmodel.ingest.drafts import DRAFTER, add_drafts
from newsmodel.ingest.page import ingest_html, ingest_text
from newsmodel.ingest.redraft import draft_article

__all__ = ["DRAFTER", "add_drafts", "draft_article", "ingest_html", "ingest_text"]
