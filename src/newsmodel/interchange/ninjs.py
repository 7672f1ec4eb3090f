"""IPTC ninjs out (3.1 and 2.2) and in (3.x, 2.x, 1.x and agency dialects).

ninjs describes a news item for distribution: its identifier, times, language,
headlines, bodies, byline and the people, organisations, places and objects it is
about. It has no place for what newsmodel annotates in the text (claims, quotations,
anchors, roles, times in the text, a date known only to the month) and, from 2.0 on,
no extension point (every object is closed): such fields are reported in the loss
report, each with its pointer. ninjs 2.x writes its keys in lower case
(``versioncreated``), 3.x in camelCase (``versionCreated``); 1.x and agency dialects
carry one ``headline`` and a ``body_text``/``body_html``/``body_xhtml``/``body_html5``.

On import, the body (HTML, XHTML or NITF, else plain text) becomes the canonical text,
after the headline and the byline, with one segment per block.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from typing import Any

from newsmodel.errors import pointer
from newsmodel.interchange.jsonld import Node
from newsmodel.interchange.loss import UNDETERMINED, ConversionError, Converted, LossReport
from newsmodel.interchange.markup import blocks_of, plain_blocks
from newsmodel.model import (
    Article,
    Artifact,
    Entity,
    Organization,
    Person,
    Place,
    Segment,
    SegmentRole,
    TimeExpression,
)
from newsmodel.model._fields import camel_case
from newsmodel.model.times import DocumentFunction, Provenance, TimexType
from newsmodel.problems import APPROXIMATED, DROPPED, MISSING, NOT_THE_FORMAT
from newsmodel.validation import checked

#: The ninjs versions newsmodel writes.
VERSIONS = ("3.1", "2.2")
SCHEMA_URLS = {v: f"http://www.iptc.org/std/ninjs/ninjs-schema_{v}.json" for v in VERSIONS}

#: RFC 3339 date-time, the only form ninjs's ``versionCreated``/``firstCreated`` take.
DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$")

#: ninjs's lists of things, and the newsmodel entity class each holds.
ENTITY_LISTS: dict[str, type] = {
    "people": Person,
    "organisations": Organization,
    "places": Place,
    "objects": Artifact,
}

#: What newsmodel holds that ninjs has no place for, by the document's collection.
UNMAPPED = (
    "claims",
    "attributions",
    "refusals",
    "quantities",
    "comparisons",
    "events",
    "time_relations",
    "corrections",
    "language_spans",
    "annotators",
)


# --- export ---------------------------------------------------------------------------


def export_ninjs(article: Article, version: str = "3.1") -> Converted[dict[str, Any]]:
    """``article`` as a ninjs ``version`` (``"3.1"`` or ``"2.2"``) item, with what it lost."""
    if version not in VERSIONS:
        raise ValueError(f"newsmodel writes ninjs {' and '.join(VERSIONS)}, not {version!r}")
    losses = LossReport()
    target = f"ninjs {version}"
    item: dict[str, Any] = {
        "uri": article.id,
        "standard": {"name": "ninjs", "version": version, "schema": SCHEMA_URLS[version]},
        "type": "text",
    }
    for function, key in (
        (DocumentFunction.CREATION_TIME, "firstCreated"),
        (DocumentFunction.MODIFICATION_TIME, "versionCreated"),
    ):
        time = article.document_time(function)
        if time is None or time.value is None:
            continue
        if DATE_TIME.match(time.value):
            item[key] = time.value
        else:
            where = pointer("times", article.times.index(time))
            losses.add(
                DROPPED, where, what=f"the date {time.value!r}, known only so far", target=target
            )
    published = article.published
    if (
        published is not None
        and "versionCreated" not in item
        and published.value
        and DATE_TIME.match(published.value)
    ):
        item["versionCreated"] = published.value
    item["language"] = article.language
    text = article.text or ""
    headlines = [
        {"role": "main" if s.role is SegmentRole.HEADLINE else "sub", "value": s.text_in(text)}
        for s in article.segments
        if s.role in (SegmentRole.HEADLINE, SegmentRole.SUBHEADLINE)
    ]
    if headlines:
        item["headlines"] = headlines
    paragraphs = article.paragraphs
    if paragraphs:
        item["bodies"] = [
            {"role": "main", "contentType": "text/plain", "value": "\n\n".join(paragraphs)},
            {
                "role": "richtext",
                "contentType": "text/html",
                "value": "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs),
            },
        ]
    bylines = article.segments_with_role(SegmentRole.BYLINE)
    entities = {entity.id: entity for entity in article.entities}
    if bylines:
        item["by"] = " ".join(s.text_in(text) for s in bylines)
    elif article.authors:
        item["by"] = ", ".join(_name(entities.get(a)) or a for a in article.authors)
    if article.filed_from and _name(entities.get(article.filed_from)):
        item["located"] = _name(entities[article.filed_from])
    if article.publisher and _name(entities.get(article.publisher)):
        item["infoSources"] = [{"name": _name(entities[article.publisher]), "role": "publisher"}]
    for index, entity in enumerate(article.entities):
        where = pointer("entities", index)
        list_key = next((k for k, cls in ENTITY_LISTS.items() if isinstance(entity, cls)), None)
        name = _name(entity)
        if list_key is None or name is None:
            losses.add(
                DROPPED,
                where,
                what=f"the {type(entity).__name__.lower()} {name or entity.id!r}",
                target=target,
            )
            continue
        listed: dict[str, Any] = {"name": name, "rel": "mentions"}
        if getattr(entity, "same_as", ()):
            listed["uri"] = entity.same_as[0]  # type: ignore[union-attr]
        item.setdefault(list_key, []).append(listed)
        for part in ("roles", "mentions", "alternate_names"):
            if getattr(entity, part, ()):
                losses.add(
                    DROPPED,
                    f"{where}/{camel_case(part)}",
                    what=f"the {part.replace('_', ' ')} of {name!r}",
                    target=target,
                )
    for collection in UNMAPPED:
        for index, _ in enumerate(getattr(article, collection)):
            losses.add(
                DROPPED,
                pointer(camel_case(collection), index),
                what=f"a {collection[:-1].replace('_', ' ')}",
                target=target,
            )
    for index, time in enumerate(article.times):
        if time.function is None:
            losses.add(
                DROPPED,
                pointer("times", index),
                what="a time expression of the text",
                target=target,
            )
    for index, segment in enumerate(article.segments):
        if segment.role not in _EXPORTED_ROLES:
            losses.add(
                DROPPED,
                pointer("segments", index),
                what=f"a {segment.role.value} segment",
                target=target,
            )
    return losses.converted(_lower_keys(item) if version.startswith("2.") else item)


_EXPORTED_ROLES = frozenset(
    {SegmentRole.HEADLINE, SegmentRole.SUBHEADLINE, SegmentRole.PARAGRAPH, SegmentRole.BYLINE}
)


def _lower_keys(value: Any) -> Any:
    """ninjs 2.x's keys: 3.x's in lower case (``versionCreated`` -> ``versioncreated``)."""
    if isinstance(value, list):
        return [_lower_keys(v) for v in value]
    if isinstance(value, dict):
        return {k.lower(): _lower_keys(v) for k, v in value.items()}
    return value


def _name(entity: Entity | None) -> str | None:
    return getattr(entity, "name", None) if entity is not None else None


# --- import ---------------------------------------------------------------------------

#: 1.x and agency keys for a body, the markup each holds, in order of preference.
OLD_BODIES = (
    ("body_html5", "html"),
    ("body_xhtml", "html"),
    ("body_html", "html"),
    ("body_richtext", "html"),
    ("body_text", "text"),
    ("body_main", "text"),
)
TARGET = "newsmodel"


def import_ninjs(data: Any, *, language: str | None = None) -> Converted[Article]:
    """The newsmodel document of one ninjs item (3.x, 2.x, 1.x or an agency dialect).

    Keys are read case-insensitively, so that 2.x's ``versioncreated`` and 3.x's
    ``versionCreated`` are one field. Raises
    :class:`~newsmodel.interchange.loss.ConversionError` when the item has no ``uri``
    or no text at all.
    """
    losses = LossReport()
    if not isinstance(data, dict):
        raise losses.fail(NOT_THE_FORMAT, "", why="a ninjs item is a JSON object")
    node = Node({k.lower(): v for k, v in data.items()}, "")
    keys: dict[str, str] = {str(k).lower(): str(k) for k in data}

    def at(key: str) -> str:
        """The pointer of ``key``, spelled as the input spells it."""
        return pointer(keys.get(key, key))

    uri = node.get("uri")
    if not isinstance(uri, str) or not uri.strip():
        raise losses.fail(MISSING, at("uri"), what="the item's uri", why="every ninjs item has one")
    node.get("standard")  # the version the item follows: read from its keys instead
    node.get("type")
    blocks: list[tuple[SegmentRole, str]] = []
    headline = _headline(node, at, losses)
    if headline:
        blocks.append((SegmentRole.HEADLINE, headline))
    by = node.get("by") or node.get("byline")
    if isinstance(by, str) and by.strip():
        blocks.append((SegmentRole.BYLINE, " ".join(by.split())))
    body = _body(node, at, losses)
    if not body:
        raise losses.fail(
            MISSING, "", what="the item's text", why="it has no body in any form newsmodel reads"
        )
    blocks += body
    text, segments = _text_of(blocks)
    entities: list[Entity] = []
    for key, cls in ENTITY_LISTS.items():
        for alias in (key, key[:-1] if key != "people" else "person"):
            for index, value in enumerate(node.get(alias) or []):
                entity = _entity(cls, value, f"{at(alias)}/{index}", len(entities) + 1, losses)
                if entity is not None:
                    entities.append(entity)
    filed_from = None
    located = node.get("located")
    if isinstance(located, str) and located.strip():
        filed_from = next(
            (e.id for e in entities if isinstance(e, Place) and e.name == located.strip()), None
        )
        if filed_from is None:
            place = Place(id=f"place-{len(entities) + 1}", name=located.strip())
            entities.append(place)
            filed_from = place.id
    times = _times(node, at, losses)
    if language is None:
        given = node.get("language")
        language = given.strip() if isinstance(given, str) and given.strip() else None
    if language is None:
        language = UNDETERMINED
        losses.add(
            APPROXIMATED,
            "",
            what="the item's language",
            how="is not given; written as 'und' (undetermined)",
        )
    article = Article(
        id=uri.strip(),
        language=language,
        text=text,
        segments=segments,
        filed_from=filed_from,
        entities=tuple(entities),
        times=times,
    )
    for key in node.unread():
        losses.add(DROPPED, pointer(keys[key]), what=f"{keys[key]!r}", target=TARGET)
    report = checked(article, keep_value=False).report
    if not report.valid:
        losses.extend(report.problems)
        raise ConversionError(losses.problems)
    return losses.converted(article)


def _headline(node: Node, at: Callable[[str], str], losses: LossReport) -> str | None:
    headlines = node.get("headlines")
    if isinstance(headlines, list):
        mains = [h for h in headlines if isinstance(h, dict) and isinstance(h.get("value"), str)]
        main = next(
            (h for h in mains if h.get("role") in (None, "main")), mains[0] if mains else None
        )
        for index, h in enumerate(headlines):
            if h is not main:
                losses.add(
                    DROPPED, f"{at('headlines')}/{index}", what="a second headline", target=TARGET
                )
        if main is not None:
            return " ".join(str(main["value"]).split()) or None
    for key in ("headline", "headline_main", "title"):
        headline = node.get(key)
        if isinstance(headline, str) and headline.strip():
            if key == "title":
                losses.add(
                    APPROXIMATED,
                    at(key),
                    what="the item's title",
                    how="is taken as its headline, for want of one",
                )
            return " ".join(headline.split())
    return None


def _body(
    node: Node, at: Callable[[str], str], losses: LossReport
) -> list[tuple[SegmentRole, str]]:
    bodies = node.get("bodies")
    if isinstance(bodies, list):
        typed = [
            (index, b, str(b.get("contentType") or b.get("contenttype") or "").lower())
            for index, b in enumerate(bodies)
            if isinstance(b, dict) and isinstance(b.get("value"), str)
        ]
        chosen = next((t for t in typed if "html" in t[2] or "xml" in t[2] or "nitf" in t[2]), None)
        chosen = chosen or (typed[0] if typed else None)
        for index, _, _ in typed:
            if chosen is None or index != chosen[0]:
                losses.add(
                    APPROXIMATED,
                    f"{at('bodies')}/{index}",
                    what="another form of the body",
                    how="is not read: one body becomes the text",
                )
        if chosen is not None:
            _, body, kind = chosen
            markup = "html" in kind or "xml" in kind or "nitf" in kind
            return blocks_of(body["value"]) if markup else plain_blocks(body["value"])
    for key, kind in OLD_BODIES:
        value = node.get(key)
        if isinstance(value, str) and value.strip():
            for other, _ in OLD_BODIES:
                if other != key and node.value.get(other):
                    losses.add(
                        APPROXIMATED,
                        at(other),
                        what="another form of the body",
                        how="is not read: one body becomes the text",
                    )
            return blocks_of(value) if kind == "html" else plain_blocks(value)
    descriptions = node.get("descriptions")
    if isinstance(descriptions, list):
        for index, description in enumerate(descriptions):
            if isinstance(description, dict) and isinstance(description.get("value"), str):
                losses.add(
                    APPROXIMATED,
                    f"{at('descriptions')}/{index}",
                    what="the item's description",
                    how="becomes its text, for want of a body",
                )
                return plain_blocks(description["value"])
    return []


def _text_of(blocks: list[tuple[SegmentRole, str]]) -> tuple[str, tuple[Segment, ...]]:
    """The canonical text of ``blocks`` (NFC, blank lines between them) and their segments."""
    text = ""
    segments: list[Segment] = []
    for role, words in blocks:
        words = unicodedata.normalize("NFC", words)
        if segments and segments[-1].role is SegmentRole.HEADLINE and role is SegmentRole.HEADLINE:
            role = SegmentRole.SUBHEADLINE  # the body repeats or adds a heading
        if text:
            text += "\n\n"
        segments.append(Segment(role=role, start=len(text), end=len(text) + len(words)))
        text += words
    return text, tuple(segments)


def _entity(cls: type, value: Any, where: str, number: int, losses: LossReport) -> Entity | None:
    if not isinstance(value, dict):
        return None
    item = Node(value, where)
    name = item.get("name")
    uri = item.get("uri")
    code, scheme = item.get("code"), item.get("scheme")
    if uri is None and isinstance(code, str):  # ninjs 1.x: a code, maybe in a scheme
        uri = (scheme if isinstance(scheme, str) else "") + code
    item.get("rel")  # how the item relates to it: mentions, about ... all held as entities
    if not isinstance(name, str) or not name.strip():
        losses.add(DROPPED, where, what=f"a {cls.__name__.lower()} without a name", target=TARGET)
        return None
    same_as = (uri,) if isinstance(uri, str) and re.match(r"^https?://", uri) else ()
    item.report_unread(losses, TARGET)
    kind = cls.__name__.lower()
    entity: Entity = cls(id=f"{kind[:3]}-{number}", name=" ".join(name.split()), same_as=same_as)
    return entity


def _times(node: Node, at: Callable[[str], str], losses: LossReport) -> tuple[TimeExpression, ...]:
    times: list[TimeExpression] = []
    for key, function in (
        ("firstcreated", DocumentFunction.CREATION_TIME),
        ("versioncreated", DocumentFunction.MODIFICATION_TIME),
    ):
        value = node.get(key)
        if not isinstance(value, str) or not value.strip():
            continue
        if not DATE_TIME.match(value.strip()):
            losses.add(DROPPED, at(key), what=f"the time {value!r} (not RFC 3339)", target=TARGET)
            continue
        times.append(
            TimeExpression(
                id=f"t-{function.value.split('_')[0].lower()}",
                type=TimexType.TIME,
                value=value.strip(),
                function=function,
                provenance=Provenance.PUBLISHER_METADATA,
            )
        )
    return tuple(times)
