"""Show the reference article's own annotations, read from the shipped example at build time.

::

    .. newsmodel-example:: attributions
       :matching: will allow us to supplement
       :limit: 1
       :trim: 3

shows, as JSON, the items of the document's ``attributions`` list whose JSON holds the
text given in ``:matching:`` (all items without it), at most ``:limit:`` of them, with
lists inside an item cut to ``:trim:`` entries. Nothing is pasted into the docs: when the
example changes, the page changes with it. An option that matches nothing is a build
warning.
"""

from __future__ import annotations

import functools
import json
from typing import Any

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.application import Sphinx
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

import newsmodel.examples
from newsmodel.codec import parse
from newsmodel.errors import pointer

logger = logging.getLogger(__name__)

#: The reference article's example name.
REFERENCE = "space-agency-teams-with-arms-exporter"


@functools.cache
def document(name: str) -> dict[str, Any]:
    result: dict[str, Any] = parse(newsmodel.examples.read_bytes(name))
    return result


def trimmed(value: Any, keep: int | None) -> Any:
    """``value`` with every list cut to ``keep`` entries plus a note of how many were cut."""
    if keep is None:
        return value
    if isinstance(value, dict):
        return {key: trimmed(item, keep) for key, item in value.items()}
    if isinstance(value, list):
        head = [trimmed(item, keep) for item in value[:keep]]
        if len(value) > keep:
            head.append(f"… and {len(value) - keep} more, not shown here")
        return head
    return value


class Example(SphinxDirective):
    required_arguments = 1
    has_content = False
    option_spec = {  # noqa: RUF012 - docutils' own interface
        "matching": directives.unchanged,
        "limit": directives.positive_int,
        "trim": directives.positive_int,
        "name": directives.unchanged,
    }

    def run(self) -> list[nodes.Node]:
        name = self.options.get("name", REFERENCE)
        collection = self.arguments[0]
        data = document(name)
        if collection not in data:
            logger.warning(
                "newsmodel-example: %s has no %r", name, collection, location=self.get_location()
            )
            return []
        value = data[collection]
        items = list(enumerate(value)) if isinstance(value, list) else [(None, value)]
        wanted = self.options.get("matching")
        if wanted:
            items = [
                (i, item) for i, item in items if wanted in json.dumps(item, ensure_ascii=False)
            ]
        if not items:
            logger.warning(
                "newsmodel-example: no item of %s in %s holds %r",
                collection,
                name,
                wanted,
                location=self.get_location(),
            )
            return []
        items = items[: self.options.get("limit", len(items))]
        result: list[nodes.Node] = []
        for index, item in items:
            where = pointer(collection) if index is None else pointer(collection, index)
            shown = trimmed(item, self.options.get("trim"))
            text = json.dumps(shown, indent=2, ensure_ascii=False)
            block = nodes.literal_block(text, text, language="json")
            caption_text = f"{name}.json, at {where}"
            caption = nodes.caption(caption_text, caption_text)
            container = nodes.container(
                "",
                caption,
                block,
                literal_block=True,
                classes=["literal-block-wrapper", "newsmodel-example"],
            )
            result.append(container)
        return result


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("newsmodel-example", Example)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "1"}
