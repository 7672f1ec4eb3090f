"""The step every directive that writes reStructuredText shares: parse it in place."""

from __future__ import annotations

from collections.abc import Iterable

from docutils import nodes
from docutils.statemachine import StringList
from sphinx.util.docutils import SphinxDirective
from sphinx.util.nodes import nested_parse_with_titles


def parsed(directive: SphinxDirective, lines: Iterable[str]) -> list[nodes.Node]:
    """The nodes of ``lines`` of reStructuredText, as if written where ``directive`` is.

    Titles are allowed, so generated text may open sections of the page.
    """
    container = nodes.section()  # a throwaway parent; its children are returned
    container.document = directive.state.document
    content = StringList(list(lines), source=directive.get_source_info()[0])
    nested_parse_with_titles(directive.state, content, container)
    return list(container.children)
