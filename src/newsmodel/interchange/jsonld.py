"""Reading JSON-LD as publishers write it: nodes whose read keys are tracked.

A :class:`Node` wraps one JSON object of the input with its JSON pointer and remembers
which keys a reader took, so that every key it did not take is reported as dropped:
nothing in the input is lost without a line in the loss report.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from newsmodel.errors import pointer as json_pointer
from newsmodel.interchange.loss import LossReport
from newsmodel.problems import APPROXIMATED, DROPPED

#: Keys that carry no content of their own (the vocabulary, the node's type and name
#: in the graph).
HOUSEKEEPING = frozenset({"@context", "@type", "@id"})


class Node:
    """One JSON object of the input, at ``pointer``."""

    def __init__(self, value: dict[str, Any], pointer: str) -> None:
        self.value = value
        self.pointer = pointer
        self._read: set[str] = set(HOUSEKEEPING)

    def at(self, key: str) -> str:
        """The pointer of ``key`` in this node."""
        return self.pointer + json_pointer(key)

    def get(self, key: str) -> Any:
        """The value at ``key`` (None when absent), marked as read."""
        self._read.add(key)
        return self.value.get(key)

    def node(self, key: str) -> Node | None:
        """The object at ``key`` as a node, or None when it is absent or not an object."""
        value = self.get(key)
        return Node(value, self.at(key)) if isinstance(value, dict) else None

    def nodes(self, key: str) -> Iterator[Node]:
        """The objects at ``key``, one or a list of them (other values are skipped)."""
        value = self.get(key)
        items = value if isinstance(value, list) else [value]
        for index, item in enumerate(items):
            where = self.at(key) + (json_pointer(index) if isinstance(value, list) else "")
            if isinstance(item, dict):
                yield Node(item, where)

    def types(self) -> set[str]:
        """The node's ``@type`` values, lower-cased (publishers write ``creativeWork``)."""
        value = self.value.get("@type")
        values = value if isinstance(value, list) else [value]
        return {v.lower() for v in values if isinstance(v, str)}

    def unread(self) -> Iterator[str]:
        """The keys with a value that no reader took."""
        for key, value in self.value.items():
            if key not in self._read and value not in (None, "", [], {}):
                yield key

    def report_unread(self, losses: LossReport, target: str) -> None:
        """Report each key no reader took as dropped."""
        for key in self.unread():
            losses.add(DROPPED, self.at(key), what=f"{key!r}", target=target)


def text_of(value: Any, where: str, losses: LossReport, what: str) -> str | None:
    """A string value with HTML entities decoded and white space trimmed; a list of
    strings is joined (reported); anything else or an empty string is None."""
    if isinstance(value, list):
        strings = [v for v in value if isinstance(v, str) and v.strip()]
        if not strings:
            return None
        if len(strings) > 1:
            losses.add(APPROXIMATED, where, what=what, how="is a list; its items joined by ' '")
        value = " ".join(strings)
    if not isinstance(value, str):
        return None
    decoded = html.unescape(value).strip()
    if html.unescape(value) != value:
        losses.add(APPROXIMATED, where, what=what, how="had HTML entities, decoded")
    return decoded or None


DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})(.*)$", re.DOTALL)


def day_of(value: Any, where: str, losses: LossReport, what: str) -> str | None:
    """The day (YYYY-MM-DD) a date or date-time string starts with; a time after it is
    reported as dropped. None (reported) for what is not a date."""
    if not isinstance(value, str) or not value.strip():
        return None
    match = DAY.match(value.strip())
    if match is None:
        losses.add(APPROXIMATED, where, what=what, how=f"{value!r} is not a date; left out")
        return None
    if match.group(2).strip():
        losses.add(APPROXIMATED, where, what=what, how=f"{value!r} cut to its day")
    return match.group(1)


def absolute_url(value: Any, where: str, losses: LossReport, what: str) -> str | None:
    """An absolute http(s) URL: as given, or with ``https://`` added to one that starts
    with a host name (reported). None for a relative URL or anything else."""
    if not isinstance(value, str) or not value.strip():
        return None
    url = value.strip()
    parts = urlsplit(url)
    if parts.scheme in ("http", "https") and parts.netloc:
        return url
    if not parts.scheme and not url.startswith("/") and "." in url.split("/", 1)[0]:
        losses.add(APPROXIMATED, where, what=what, how=f"{url!r} has no scheme; read as https")
        return "https://" + url
    return None


def absolute_urls(value: Any, where: str, losses: LossReport, what: str) -> list[str]:
    """The absolute URLs of one URL or a list of them (see :func:`absolute_url`)."""
    if isinstance(value, list):
        found = (
            absolute_url(v, where + json_pointer(i), losses, what) for i, v in enumerate(value)
        )
        return [url for url in found if url]
    url = absolute_url(value, where, losses, what)
    return [url] if url else []
