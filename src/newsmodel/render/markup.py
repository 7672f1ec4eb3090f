"""HTML built so that escaping is the default: every string is text unless it is :class:`Markup`.

The view is small enough that a template engine would add a dependency for little gain;
instead each element is built by :func:`element`, which escapes every child and every
attribute value it is given (``html.escape`` with quotes), so a string from a document
can only ever become text. Markup is what :func:`element` returns, and nothing else.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import TypeAlias

#: Elements that have no end tag.
_VOID = frozenset({"meta", "input", "br", "hr", "img", "link"})


class Markup(str):
    """A string that is already HTML, to be inserted as it is."""

    __slots__ = ()


#: What an element may hold: text (escaped), markup, nothing, or a list of these.
Child: TypeAlias = "str | Markup | Iterable[Child] | None"
#: An attribute value: text (escaped), a number, True (a bare attribute) or None/False (none).
AttributeValue: TypeAlias = "str | int | bool | None"


def escape(value: str) -> Markup:
    """``value`` as HTML text: markup passes unchanged, any other string is escaped."""
    if isinstance(value, Markup):
        return value
    return Markup(html.escape(value, quote=True))


def _children(children: Iterable[Child]) -> Iterable[str]:
    for child in children:
        if child is None:
            continue
        if isinstance(child, str):
            yield escape(child)
        else:
            yield from _children(child)


def join(children: Iterable[Child]) -> Markup:
    """The children, escaped where they are text, one after another."""
    return Markup("".join(_children(children)))


def _attribute_name(name: str) -> str:
    """``class_`` -> ``class``, ``aria_label`` -> ``aria-label``."""
    return name.rstrip("_").replace("_", "-")


def element(name: str, /, *children: Child, **attributes: AttributeValue) -> Markup:
    """The element ``name`` with ``attributes`` (keyword names, ``_`` for ``-``) and ``children``."""
    start = start_tag(name, **attributes)
    if name in _VOID:
        return start
    return Markup(f"{start}{join(children)}</{name}>")


def start_tag(name: str, /, **attributes: AttributeValue) -> Markup:
    """The start tag of :func:`element`, for nesting many elements around one content
    without copying the content once per element: ``start_tag`` for each, the content,
    then ``</name>`` for each."""
    parts = [name]
    for key, value in attributes.items():
        if value is None or value is False:
            continue
        if value is True:
            parts.append(_attribute_name(key))
        else:
            parts.append(f'{_attribute_name(key)}="{html.escape(str(value), quote=True)}"')
    return Markup(f"<{' '.join(parts)}>")


def link(address: str) -> Markup:
    """A web address as a link where it is one (http, https); any other (javascript:) as text."""
    if address.startswith(("https://", "http://")):
        return element("a", address, href=address, rel="noreferrer")
    return escape(address)
