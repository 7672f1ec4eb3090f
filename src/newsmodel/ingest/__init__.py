"""From a web page, or plain text with its metadata, to a newsmodel document.

:func:`ingest_html` reads a page with trafilatura (the ``ingest`` extra) and
:func:`ingest_text` a text and its metadata; each returns a
:class:`~newsmodel.interchange.Converted` document whose report says where the page's
dates disagree. With ``draft=True``, :func:`add_drafts` adds draft times, quantities
and quotations, each marked as the tool's with a confidence.
"""

from newsmodel.ingest.drafts import DRAFTER, add_drafts
from newsmodel.ingest.page import ingest_html, ingest_text

__all__ = ["DRAFTER", "add_drafts", "ingest_html", "ingest_text"]
