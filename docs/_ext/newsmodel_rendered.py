"""Show the reference article as ``newsmodel render`` draws it, rendered at build time.

::

    .. newsmodel-rendered:: will allow us to supplement

shows the paragraph(s) of the shipped reference article that hold the phrase, with their
annotations and a side panel, as the HTML view renders them (in a sandboxed frame, so
that the view's own style and script stay its own). ``:through:`` extends the excerpt to
a later phrase; ``:name:`` picks another bundled example; ``:full:`` shows the whole article, and also writes it to ``_views/NAME.html``
in the built site, to be opened on its own. A phrase that is not in the text is a build
warning.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.application import Sphinx
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

import newsmodel.examples
from newsmodel.render import Excerpt, render_article

logger = logging.getLogger(__name__)

REFERENCE = "space-agency-teams-with-arms-exporter"
#: Where ``:full:`` views are written, inside the built site.
VIEWS = "_views"


class Rendered(SphinxDirective):
    optional_arguments = 1
    final_argument_whitespace = True
    has_content = False
    option_spec = {  # noqa: RUF012 - docutils' own interface
        "name": directives.unchanged,
        "through": directives.unchanged,
        "full": directives.flag,
    }

    def run(self) -> list[nodes.Node]:
        name = self.options.get("name", REFERENCE)
        article = newsmodel.examples.load(name)
        full = "full" in self.options
        if full:
            excerpt = None
            what = f"{name}.json, the whole article"
            _views(self.env).setdefault(self.env.docname, set()).add(name)
        else:
            phrase = " ".join(self.arguments)
            last = self.options.get("through", phrase)
            start = article.text.find(phrase) if phrase else -1
            end = article.text.find(last, max(start, 0))
            if start < 0 or end < 0:
                logger.warning(
                    "newsmodel-rendered: %r or %r is not in %s",
                    phrase,
                    last,
                    name,
                    location=self.get_location(),
                )
                return []
            excerpt = Excerpt(start, end + len(last))
            what = f"{name}.json, around “{phrase}”"
        page = render_article(article, excerpt=excerpt)
        frame = (
            f'<iframe class="newsmodel-rendered{" full" if full else ""}" sandbox="allow-scripts" '
            f'title="{html.escape(f"The annotations of {what}")}" '
            f'srcdoc="{html.escape(page, quote=True)}"></iframe>'
        )
        caption = f"As <code>newsmodel render</code> shows it: {html.escape(what)}."
        if full:
            depth = self.env.docname.count("/")
            href = f"{'../' * depth}{VIEWS}/{name}.html"
            caption += f' <a href="{href}">Open it on a page of its own.</a>'
        figure = (
            f'<figure class="newsmodel-rendered">{frame}<figcaption>{caption}</figcaption></figure>'
        )
        return [nodes.raw("", figure, format="html")]


def _views(env: Any) -> dict[str, set[str]]:
    """The examples each document shows whole, kept in the environment between builds."""
    if not hasattr(env, "newsmodel_views"):
        env.newsmodel_views = {}
    views: dict[str, set[str]] = env.newsmodel_views
    return views


def write_views(app: Sphinx, exception: Exception | None) -> None:
    """Write each article shown whole as a page of its own, beside the site."""
    if exception is not None or app.builder.format != "html":
        return
    folder = Path(app.outdir) / VIEWS
    for name in sorted(set().union(*_views(app.env).values())):
        folder.mkdir(parents=True, exist_ok=True)
        page = render_article(newsmodel.examples.load(name))
        (folder / f"{name}.html").write_text(page, encoding="utf-8")


def merge_views(app: Sphinx, env: Any, docnames: Any, other: Any) -> None:
    _views(env).update(_views(other))


def purge_views(app: Sphinx, env: Any, docname: str) -> None:
    _views(env).pop(docname, None)


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("newsmodel-rendered", Rendered)
    app.connect("build-finished", write_views)
    app.connect("env-merge-info", merge_views)
    app.connect("env-purge-doc", purge_views)
    # env_version: the environment holds newsmodel_views; a change of its shape rebuilds it.
    return {
        "parallel_read_safe": True,
        "parallel_write_safe": True,
        "version": "1",
        "env_version": 2,
    }
