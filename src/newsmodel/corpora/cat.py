"""MEANTIME's CAT XML (NewsReader): token-anchored markables and relations.

The text is rebuilt from the tokens: one line per sentence (sentence 0, the title, is
the headline), tokens separated by one space except where the token's shape says it
hugs its neighbour (see :func:`join_tokens`). Each markable's anchor runs from its
first token's start to its last token's end. Mapping:

- EVENT_MENTION -> :class:`~newsmodel.model.Event`, certainty x polarity -> FactBank
  (:data:`FACTUALITY`); time (FUTURE / NON_FUTURE), tense, aspect, pos, modality and
  special cases go to extensions (``meantime:time`` ...); the EVENT instance it refers
  to is ``meantime:instance``.
- ENTITY (instance) -> Person / Organization / Place, or an Artifact for FIN, PRO and
  MIX; each ENTITY_MENTION that REFERS_TO it is a mention (NAM -> name, NOM/APP/CONJ ->
  nominal, PRO -> pronoun); external_ref -> same_as.
- TIMEX3 -> :class:`~newsmodel.model.TimeExpression`; VALUE -> :class:`~newsmodel.model.Quantity`.
- TLINK -> :class:`~newsmodel.model.TimeRelation` (SIGNAL as its signal); HAS_PARTICIPANT
  -> the event's participants. TLINK MEASURE, SLINK, GLINK and CLINK have no newsmodel
  field: they are kept verbatim in the article's ``meantime:links`` extension.
"""

from __future__ import annotations

import itertools
import re
import urllib.parse
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

from newsmodel.corpora._common import (
    Conversion,
    CorpusError,
    checked_text,
    line_segments,
    namespaced,
    read_xml,
)
from newsmodel.corpora.fidelity import FidelityReport
from newsmodel.model import (
    Anchor,
    Annotator,
    AnnotatorKind,
    Article,
    Artifact,
    DocumentFunction,
    Event,
    Factuality,
    Mention,
    MentionKind,
    Organization,
    Participant,
    Person,
    Place,
    Provenance,
    Quantity,
    SegmentRole,
    TemporalRelation,
    TimeExpression,
    TimeRelation,
    TimexType,
)
from newsmodel.model.times import TIMEX_VALUE_PATTERN

_ANNOTATOR = "meantime-annotators"

#: MEANTIME's certainty x polarity as FactBank values. FactBank has no value for a
#: probable or possible event of unknown polarity, nor for an unknown certainty with a
#: known polarity: those become Uu, and the report says so.
FACTUALITY: dict[tuple[str, str], Factuality] = {
    ("CERTAIN", "POS"): Factuality.CERTAIN_POSITIVE,
    ("CERTAIN", "NEG"): Factuality.CERTAIN_NEGATIVE,
    ("CERTAIN", "UNDERSPECIFIED"): Factuality.CERTAIN_UNDERSPECIFIED,
    ("PROBABLE", "POS"): Factuality.PROBABLE_POSITIVE,
    ("PROBABLE", "NEG"): Factuality.PROBABLE_NEGATIVE,
    ("POSSIBLE", "POS"): Factuality.POSSIBLE_POSITIVE,
    ("POSSIBLE", "NEG"): Factuality.POSSIBLE_NEGATIVE,
    ("UNDERSPECIFIED", "UNDERSPECIFIED"): Factuality.UNCOMMITTED,
}

_MENTION_KINDS = {
    "NAM": MentionKind.NAME,
    "PRE.NAM": MentionKind.NAME,
    "NOM": MentionKind.NOMINAL,
    "APP": MentionKind.NOMINAL,
    "CONJ": MentionKind.NOMINAL,
    "PRO": MentionKind.PRONOUN,
}
_ENTITY_CLASSES: dict[str, type] = {"PER": Person, "ORG": Organization, "LOC": Place}
_LINKS = ("SLINK", "GLINK", "CLINK")

#: Tokens written without a space before them, and tokens written without one after.
_NO_SPACE_BEFORE = re.compile(r"^(?:[,.;:!?%)\]}]+|'s|'|n't|'[a-z]{1,2}|''|\.\.\.)$", re.I)
_NO_SPACE_AFTER = re.compile(r"^(?:[(\[{$]|``)$")


def join_tokens(tokens: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """One sentence's tokens as text, and each token's offsets in it.

    One space goes between two tokens unless the second is closing punctuation or a
    clitic (``, . ; : ! ? % ) 's n't``) or the first opens (``( [ $``). Straight double
    quotes alternate: an opening one hugs the next token, a closing one the previous.
    """
    text = ""
    offsets = []
    open_quote = False
    glue_next = True
    for token in tokens:
        glue = glue_next or bool(_NO_SPACE_BEFORE.match(token))
        if token == '"':
            glue = glue_next or open_quote
        if not glue:
            text += " "
        offsets.append((len(text), len(text) + len(token)))
        text += token
        glue_next = bool(_NO_SPACE_AFTER.match(token))
        if token == '"':
            glue_next = not open_quote
            open_quote = not open_quote
    return text, offsets


def read_cat(path: str | Path, *, annotator: str = "MEANTIME annotators") -> Conversion:
    """The MEANTIME CAT XML file at ``path`` as an article, with its fidelity report."""
    path = Path(path)
    root = read_xml(path)
    report = FidelityReport(str(path))
    text, token_offsets = _text(path, root)
    markables = root.find("Markables")
    relations = root.find("Relations")
    if markables is None:
        raise CorpusError(path, "no Markables element")
    spans: dict[str, tuple[Anchor, bool]] = {}
    by_id: dict[str, ET.Element] = {}
    for element in markables:
        m_id = element.get("m_id", "")
        by_id[m_id] = element
        tokens = [t.get("t_id", "") for t in element.iter("token_anchor")]
        if tokens:
            spans[m_id] = _anchor(path, text, token_offsets, tokens)
    links = list(relations) if relations is not None else []
    # A REFERS_TO names every mention of one instance as its sources.
    refers = {
        source.get("m_id", ""): _end(link, "target")
        for link in links
        if link.tag == "REFERS_TO"
        for source in link.iter("source")
    }
    used_signals = {link.get("signalID") or link.get("c-signalID") for link in links}

    times = _times(markables, spans, report)
    entities, entity_of_mention = _entities(markables, spans, refers, report)
    events = _events(markables, spans, refers, report)
    quantities = _quantities(markables, spans, report)
    for element in markables.iter("SIGNAL"):
        m_id = element.get("m_id", "")
        if m_id in used_signals and m_id in spans:
            report.exact("SIGNAL", f"m_id={m_id}")
        else:
            report.dropped("SIGNAL", f"m_id={m_id}", "no TLINK uses it, or it has no tokens")

    time_relations, kept = _relations(
        links, events, {t.id for t in times}, entity_of_mention, spans, report
    )
    article = Article(
        id=f"urn:meantime:{root.get('doc_id', path.stem)}",
        url=_iri(root.get("url")),
        language=root.get("lang", "en"),
        text=text,
        segments=line_segments(text, (SegmentRole.HEADLINE, SegmentRole.DATELINE)),
        annotators=(Annotator(id=_ANNOTATOR, kind=AnnotatorKind.PERSON, name=annotator),),
        times=tuple(times),
        entities=tuple(entities),
        events=tuple(events.values()),
        quantities=tuple(quantities),
        time_relations=tuple(time_relations),
        extensions={"meantime:links": kept} if kept else {},
    )
    return Conversion(article, report)


def _iri(url: str | None) -> str | None:
    """The document's address with the characters an IRI may not hold percent-encoded."""
    return urllib.parse.quote(url, safe=":/?#[]@!$&'()*+,;=%~") if url else None


def _text(path: Path, root: ET.Element) -> tuple[str, dict[str, tuple[int, int]]]:
    sentences: dict[int, list[ET.Element]] = {}
    for token in root.iter("token"):
        sentences.setdefault(int(token.get("sentence", "0")), []).append(token)
    lines = []
    offsets: dict[str, tuple[int, int]] = {}
    position = 0
    for number in sorted(sentences):
        tokens = sorted(sentences[number], key=lambda t: int(t.get("number", "0")))
        line, spans = join_tokens([t.text or "" for t in tokens])
        for token, (start, end) in zip(tokens, spans, strict=True):
            offsets[token.get("t_id", "")] = (position + start, position + end)
        lines.append(line)
        position += len(line) + 1
    if not lines:
        raise CorpusError(path, "no tokens")
    return checked_text(path, "\n".join(lines)), offsets


def _anchor(
    path: Path, text: str, offsets: dict[str, tuple[int, int]], tokens: list[str]
) -> tuple[Anchor, bool]:
    """The anchor from the first token to the last, and whether the tokens are contiguous."""
    try:
        places = sorted(offsets[t] for t in tokens)
    except KeyError as error:
        raise CorpusError(
            path, f"a markable names token {error.args[0]!r}, which is not in the text"
        ) from None
    anchor = Anchor.of(text, places[0][0], places[-1][1])
    gaps = any(text[a[1] : b[0]].strip() for a, b in itertools.pairwise(places))
    return anchor, not gaps


def _end(link: ET.Element, which: str) -> str:
    end = link.find(which)
    return "" if end is None else end.get("m_id", "")


def _times(
    markables: ET.Element, spans: dict[str, tuple[Anchor, bool]], report: FidelityReport
) -> list[TimeExpression]:
    pattern = re.compile(TIMEX_VALUE_PATTERN)
    times = []
    for element in markables.iter("TIMEX3"):
        m_id = element.get("m_id", "")
        notes = []
        value = element.get("value") or None
        if value is not None and not pattern.fullmatch(value):
            notes.append(f"value {value!r} is not a TIMEX3 value: kept in extensions")
            value = None
        anchor_time = element.get("anchorTimeID") or None
        if anchor_time == m_id:
            notes.append("anchored to itself: the anchor time is left out")
            anchor_time = None
        function = element.get("functionInDocument", "NONE")
        document_function = (
            DocumentFunction[function] if function in DocumentFunction.__members__ else None
        )
        anchor, whole = spans.get(m_id, (None, True))
        if not whole:
            notes.append("its tokens are not contiguous: the anchor covers the words between")
        times.append(
            TimeExpression(
                id=f"m{m_id}",
                type=TimexType(element.get("type") or "DATE"),
                anchor=anchor,
                value=value,
                anchor_time=f"m{anchor_time}" if anchor_time else None,
                function=document_function,
                provenance=Provenance.STORY if document_function else None,
                annotator=_ANNOTATOR,
                extensions=namespaced(
                    "meantime",
                    dict(element.attrib),
                    skip=("m_id", "type", "anchorTimeID", "functionInDocument", "comment")
                    + (("value",) if value else ()),
                ),
            )
        )
        _record(report, "TIMEX3", m_id, notes)
    return times


def _record(report: FidelityReport, kind: str, m_id: str, notes: list[str]) -> None:
    if notes:
        report.approximated(kind, f"m_id={m_id}", "; ".join(notes))
    else:
        report.exact(kind, f"m_id={m_id}")


def _entities(
    markables: ET.Element,
    spans: dict[str, tuple[Anchor, bool]],
    refers: dict[str, str],
    report: FidelityReport,
) -> tuple[list[Any], dict[str, str]]:
    mentions: dict[str, list[Mention]] = {}
    entity_of_mention: dict[str, str] = {}
    instances = {e.get("m_id", "") for e in markables.iter("ENTITY")}
    for element in markables.iter("ENTITY_MENTION"):
        m_id = element.get("m_id", "")
        target = refers.get(m_id)
        if m_id not in spans:
            report.dropped("ENTITY_MENTION", f"m_id={m_id}", "it has no tokens")
            continue
        if target not in instances:
            report.dropped("ENTITY_MENTION", f"m_id={m_id}", "it refers to no ENTITY")
            continue
        anchor, whole = spans[m_id]
        syntactic = element.get("syntactic_type", "")
        notes = []
        if syntactic not in _MENTION_KINDS:
            notes.append(f"syntactic type {syntactic!r} has no newsmodel kind: taken as nominal")
        elif syntactic in ("APP", "CONJ", "PRE.NAM"):
            notes.append(f"syntactic type {syntactic} taken as {_MENTION_KINDS[syntactic].value}")
        if not whole:
            notes.append("its tokens are not contiguous: the anchor covers the words between")
        kind = _MENTION_KINDS.get(syntactic, MentionKind.NOMINAL)
        mentions.setdefault(f"m{target}", []).append(Mention(anchor=anchor, kind=kind))
        entity_of_mention[m_id] = f"m{target}"
        _record(report, "ENTITY_MENTION", m_id, notes)
    entities = []
    for element in markables.iter("ENTITY"):
        m_id = element.get("m_id", "")
        ent_type = element.get("ent_type", "")
        name = element.get("TAG_DESCRIPTOR") or ent_type
        fields: dict[str, Any] = {
            "id": f"m{m_id}",
            "name": name,
            "mentions": tuple(
                sorted(mentions.get(f"m{m_id}", []), key=lambda m: (m.anchor.start, m.anchor.end))
            ),
            "same_as": (element.get("external_ref"),) if element.get("external_ref") else (),
            "annotator": _ANNOTATOR,
            "extensions": namespaced(
                "meantime", {"ent_type": ent_type, "instance_id": element.get("instance_id", "")}
            ),
        }
        cls = _ENTITY_CLASSES.get(ent_type)
        if cls is None:
            entities.append(Artifact(category=ent_type.lower() or None, **fields))
            report.approximated(
                "ENTITY", f"m_id={m_id}", f"type {ent_type!r} has no newsmodel class: an artifact"
            )
        else:
            entities.append(cls(**fields))
            report.exact("ENTITY", f"m_id={m_id}")
    return entities, entity_of_mention


def _events(
    markables: ET.Element,
    spans: dict[str, tuple[Anchor, bool]],
    refers: dict[str, str],
    report: FidelityReport,
) -> dict[str, Event]:
    instances = {e.get("m_id", ""): e for e in markables.iter("EVENT")}
    events: dict[str, Event] = {}
    for element in markables.iter("EVENT_MENTION"):
        m_id = element.get("m_id", "")
        if m_id not in spans:
            report.dropped("EVENT_MENTION", f"m_id={m_id}", "it has no tokens")
            continue
        anchor, whole = spans[m_id]
        certainty, polarity = element.get("certainty", ""), element.get("polarity", "")
        notes = []
        factuality = FACTUALITY.get((certainty, polarity))
        if factuality is None and (certainty or polarity):
            factuality = Factuality.UNCOMMITTED
            notes.append(
                f"certainty {certainty or '-'} x polarity {polarity or '-'} has no FactBank value: Uu"
            )
        if not whole:
            notes.append("its tokens are not contiguous: the anchor covers the words between")
        instance = refers.get(m_id, "")
        extra = {"instance": f"m{instance}" if instance in instances else ""}
        if instance in instances:
            extra["class"] = instances[instance].get("class", "")
        events[m_id] = Event(
            id=f"m{m_id}",
            anchor=anchor,
            label=(element.get("pred") or anchor.exact).strip(),
            factuality=factuality,
            annotator=_ANNOTATOR,
            extensions=namespaced(
                "meantime",
                {**dict(element.attrib), **extra},
                skip=("m_id", "certainty", "polarity", "pred", "comment"),
            ),
        )
        _record(report, "EVENT_MENTION", m_id, notes)
    for m_id in instances:
        report.approximated(
            "EVENT (instance)",
            f"m_id={m_id}",
            "coreference kept as meantime:instance on each mention's event",
        )
    return events


def _quantities(
    markables: ET.Element, spans: dict[str, tuple[Anchor, bool]], report: FidelityReport
) -> list[Quantity]:
    quantities = []
    for element in markables.iter("VALUE"):
        m_id = element.get("m_id", "")
        if m_id not in spans:
            report.dropped("VALUE", f"m_id={m_id}", "it has no tokens")
            continue
        anchor, _ = spans[m_id]
        kind = element.get("type", "")
        quantities.append(
            Quantity(
                id=f"m{m_id}",
                anchor=anchor,
                unit="%" if kind == "PERCENT" else None,
                annotator=_ANNOTATOR,
                extensions=namespaced("meantime", {"type": kind}),
            )
        )
        report.approximated(
            "VALUE",
            f"m_id={m_id}",
            "MEANTIME gives no amount: the words and the type only (unit % for PERCENT)",
        )
    return quantities


def _relations(
    links: list[ET.Element],
    events: dict[str, Event],
    times: set[str],
    entity_of_mention: dict[str, str],
    spans: dict[str, tuple[Anchor, bool]],
    report: FidelityReport,
) -> tuple[list[TimeRelation], list[dict[str, str]]]:
    relations = []
    kept = []
    participants: dict[str, list[Participant]] = {}
    for link in links:
        r_id, source, target = link.get("r_id", ""), _end(link, "source"), _end(link, "target")
        where = f"r_id={r_id}"
        if link.tag == "REFERS_TO":
            continue  # consumed by the entities' mentions and the events' instances
        if link.tag == "HAS_PARTICIPANT":
            entity = entity_of_mention.get(target)
            if source in events and entity is not None:
                participants.setdefault(source, []).append(
                    Participant(entity=entity, role=link.get("sem_role") or "participant")
                )
                report.exact("HAS_PARTICIPANT", where)
            else:
                report.dropped("HAS_PARTICIPANT", where, "its target is no entity's mention")
            continue
        rel = link.get("reltype", "")
        ends = [f"m{m}" if m in events or f"m{m}" in times else None for m in (source, target)]
        if link.tag == "TLINK" and rel in TemporalRelation.__members__ and None not in ends:
            signal = link.get("signalID") or ""
            relations.append(
                TimeRelation(
                    id=f"r{r_id}",
                    subject=str(ends[0]),
                    relation=TemporalRelation(rel),
                    target=str(ends[1]),
                    signal=spans[signal][0] if signal in spans else None,
                    annotator=_ANNOTATOR,
                )
            )
            report.exact("TLINK", where)
        elif link.tag in (*_LINKS, "TLINK"):
            kept.append({"element": link.tag, "source": source, "target": target, **link.attrib})
            why = f"reltype {rel}" if link.tag == "TLINK" else link.tag
            report.approximated(
                link.tag, where, f"{why} has no newsmodel field: kept in meantime:links"
            )
        else:
            report.dropped(link.tag, where, "not a relation this reader knows")
    for m_id, found in participants.items():
        events[m_id] = attrs.evolve(events[m_id], participants=tuple(found))
    return relations, kept
