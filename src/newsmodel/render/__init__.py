"""See the annotations: an article and everything found in it, as one self-contained HTML page.

:func:`render_article` draws an article's text with its mentions, quotations, claims,
quantities and times, beside a panel that lists each source with what is attributed to
it; :func:`render_index` lists many documents, so that a team can browse a corpus. The
pages load nothing from anywhere: they work offline and can be attached to a CI run.

>>> import newsmodel
>>> from newsmodel.render import render_article
>>> page = render_article(newsmodel.examples.load("unicode-offsets"))
>>> page.startswith("<!DOCTYPE html>")
True
"""

from newsmodel.render.article_page import Excerpt, render_article
from newsmodel.render.index_page import IndexEntry, render_index

__all__ = ["Excerpt", "IndexEntry", "render_article", "render_index"]
