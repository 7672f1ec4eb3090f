"""The index of a rendered corpus: one row per document, linking to its view."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from newsmodel.render.assets import asset, content_security_policy
from newsmodel.render.markup import Child, Markup, element, escape, join


@attrs.frozen(kw_only=True)
class IndexEntry:
    """One document of the corpus, as the index lists it."""

    name: str
    """Where the document was read from: its path, and for JSON Lines its line."""
    href: str | None
    """The relative address of its view; None when it could not be rendered."""
    headline: str | None = None
    date: str | None = None
    """When the story was published (or written), as its normalized value."""
    quotations: int | None = None
    claims: int | None = None
    valid: bool = False
    problems: tuple[str, ...] = ()
    """Each problem in one line, 'code pointer: message'; warnings for a valid document."""


def render_index(entries: Sequence[IndexEntry], *, title: str = "Documents") -> str:
    """A self-contained page with a table of ``entries``, each linking to its view."""
    style = asset("index.css")
    rows = [_row(entry) for entry in entries]
    valid = sum(entry.valid for entry in entries)
    head = join(
        [
            Markup('<meta charset="utf-8">'),
            element("meta", name="viewport", content="width=device-width, initial-scale=1"),
            element(
                "meta",
                http_equiv="Content-Security-Policy",
                content=content_security_policy(styles=(style,)),
            ),
            element("title", f"{title} · newsmodel"),
            element("style", Markup(style)),
        ]
    )
    table = element(
        "table",
        element("caption", f"{len(entries)} documents, {valid} valid"),
        element(
            "thead",
            element(
                "tr",
                [
                    element("th", heading, scope="col")
                    for heading in ("Headline", "Date", "Quotations", "Claims", "Validity", "File")
                ],
            ),
        ),
        element("tbody", rows),
    )
    body = element("main", element("h1", title), element("div", table, class_="scroll"))
    return f'<!DOCTYPE html>\n<html lang="en">\n<head>{head}</head>\n<body>{body}</body>\n</html>\n'


def _row(entry: IndexEntry) -> Markup:
    headline: Child = entry.headline or "(no headline)"
    if entry.href is not None:
        headline = element("a", headline, href=entry.href)
    if entry.valid and not entry.problems:
        validity: Child = element("span", "valid", class_="ok")
    elif entry.valid:
        count = len(entry.problems)
        validity = _problems(f"valid, {count} warning{'s' * (count != 1)}", entry.problems, "warn")
    else:
        count = len(entry.problems)
        validity = _problems(f"invalid, {count} problem{'s' * (count != 1)}", entry.problems, "bad")
    cells: list[Child] = [
        element("th", headline, scope="row"),
        element("td", entry.date or "-"),
        element("td", "-" if entry.quotations is None else str(entry.quotations), class_="n"),
        element("td", "-" if entry.claims is None else str(entry.claims), class_="n"),
        element("td", validity),
        element("td", element("code", entry.name)),
    ]
    return element("tr", cells)


def _problems(summary: str, problems: Sequence[str], look: str) -> Markup:
    return element(
        "details",
        element("summary", summary, class_=look),
        element("ul", [element("li", escape(problem)) for problem in problems]),
    )
