"""TimeML (TempEval-3 ``.tml``): the text, its TIMEX3, EVENT/MAKEINSTANCE and links.

The document's text is the TITLE (the headline), the DCT's words (a dateline) and the
TEXT, each separated by a blank line; tags are removed and every tagged stretch becomes
an anchor at the offsets it had in that text. Mapping:

- TIMEX3 -> :class:`~newsmodel.model.TimeExpression` (``tid`` is the id; type, value,
  mod, anchorTimeID, functionInDocument, quant, freq); the DCT's is the creation time.
- EVENT -> :class:`~newsmodel.model.Event`; its MAKEINSTANCE's tense, aspect, polarity,
  modality and part of speech, which newsmodel has no field for, go to the event's
  extensions (``timeml:tense`` ...). TimeML annotates no factuality.
- TLINK -> :class:`~newsmodel.model.TimeRelation`, with its SIGNAL as the signal.
- SLINK and ALINK (subordination and aspect between events) have no newsmodel field:
  they are kept verbatim in the article's ``timeml:links`` extension.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

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
    DocumentFunction,
    Event,
    Provenance,
    SegmentRole,
    TemporalRelation,
    TimeExpression,
    TimeRelation,
    TimexModifier,
    TimexType,
)
from newsmodel.model.times import TIMEX_VALUE_PATTERN

_VALUE = re.compile(TIMEX_VALUE_PATTERN)
_ANNOTATOR = "timeml-annotators"


def read_timeml(path: str | Path, *, annotator: str = "TimeML annotators") -> Conversion:
    """The TimeML file at ``path`` as an article, with its fidelity report."""
    path = Path(path)
    root = read_xml(path)
    report = FidelityReport(str(path))
    doc_id = (root.findtext("DOCID") or path.stem).strip()
    title = " ".join((root.findtext("TITLE") or "").split())
    dct = root.find("DCT/TIMEX3")
    body = root.find("TEXT")
    if body is None:
        raise CorpusError(path, "no TEXT element")
    parts: list[str] = []
    tagged: list[tuple[ET.Element, int, int]] = []
    roles = []
    if title:
        parts.append(title)
        roles.append(SegmentRole.HEADLINE)
    if dct is not None:
        start = len("\n\n".join(parts)) + (2 if parts else 0)
        parts.append(dct.text or "")
        tagged.append((dct, start, start + len(dct.text or "")))
        roles.append(SegmentRole.DATELINE)
    prefix = "\n\n".join(parts) + ("\n\n" if parts else "")
    raw, spans = _flatten(body)
    lead = len(raw) - len(raw.lstrip())
    text = checked_text(path, prefix + raw.strip())
    shift = len(prefix) - lead
    tagged += [(element, s + shift, e + shift) for element, s, e in spans]

    anchors = {_id(el): Anchor.of(text, s, e) for el, s, e in tagged if s < e}
    times: list[TimeExpression] = []
    events: dict[str, Event] = {}
    for element, _, _ in tagged:
        if element.tag == "TIMEX3":
            times.append(_timex(element, anchors, report, is_dct=element is dct))
        elif element.tag == "EVENT":
            eid = element.get("eid", "")
            if eid not in anchors:
                report.dropped("EVENT", eid, "it covers no words")
                continue
            events[eid] = Event(
                id=eid,
                anchor=anchors[eid],
                label=anchors[eid].exact,
                annotator=_ANNOTATOR,
                extensions=namespaced("timeml", dict(element.attrib), skip=("eid",)),
            )
            report.exact("EVENT", eid)
    instances = _instances(root, events, report)
    relations = _tlinks(root, instances, {t.id for t in times}, anchors, report)
    links = []
    for element in (*root.iter("SLINK"), *root.iter("ALINK")):
        links.append({"element": element.tag, **element.attrib})
        report.approximated(
            element.tag,
            element.get("lid", ""),
            "kept verbatim in the article's timeml:links extension: newsmodel has no "
            "field for subordination or aspect between events",
        )
    used_signals = {link.get("signalID", "") for link in root.iter("TLINK")}
    for element, _, _ in tagged:
        if element.tag == "SIGNAL" and element.get("sid") in used_signals:
            report.exact("SIGNAL", element.get("sid", ""))
        elif element.tag == "SIGNAL":
            report.dropped("SIGNAL", element.get("sid", ""), "no TLINK uses it")
        elif element.tag not in ("TIMEX3", "EVENT"):
            report.dropped(element.tag, _id(element), "not a TimeML markable this reader knows")
    article = Article(
        id=f"urn:timeml:{doc_id}" if _is_id(doc_id) else f"urn:timeml:{path.stem}",
        language="en",
        text=text,
        segments=line_segments(text, roles),
        annotators=(Annotator(id=_ANNOTATOR, kind=AnnotatorKind.PERSON, name=annotator),),
        times=tuple(times),
        events=tuple(events.values()),
        time_relations=tuple(relations),
        extensions={"timeml:links": links} if links else {},
    )
    return Conversion(article, report)


def _flatten(element: ET.Element) -> tuple[str, list[tuple[ET.Element, int, int]]]:
    """The text inside ``element`` without tags, and each descendant with its offsets."""
    out: list[str] = []
    spans: list[tuple[ET.Element, int, int]] = []
    length = 0

    def walk(node: ET.Element) -> None:
        nonlocal length
        if node.text:
            out.append(node.text)
            length += len(node.text)
        for child in node:
            start = length
            walk(child)
            spans.append((child, start, length))
            if child.tail:
                out.append(child.tail)
                length += len(child.tail)

    walk(element)
    spans.sort(key=lambda item: (item[1], -item[2]))
    return "".join(out), spans


def _id(element: ET.Element) -> str:
    return element.get("tid") or element.get("eid") or element.get("sid") or ""


def _is_id(value: str) -> bool:
    return re.fullmatch(r"[A-Za-z0-9_.:-]+", value) is not None


def _timex(
    element: ET.Element, anchors: dict[str, Anchor], report: FidelityReport, *, is_dct: bool
) -> TimeExpression:
    tid = element.get("tid", "")
    value = element.get("value")
    notes = []
    if value is not None and not _VALUE.fullmatch(value):
        notes.append(f"value {value!r} is not a TIMEX3 value newsmodel accepts: kept in extensions")
        value = None
    modifier = element.get("mod")
    if modifier and modifier not in TimexModifier.__members__:
        notes.append(f"mod {modifier!r} is not TimeML's: kept in extensions")
        modifier = None
    function = element.get("functionInDocument")
    document_function = (
        DocumentFunction(function) if function in DocumentFunction.__members__ else None
    )
    if function and function != "NONE" and document_function is None:
        notes.append(f"functionInDocument {function!r} has no newsmodel value")
    anchor_time = element.get("anchorTimeID") or None
    if anchor_time == tid:
        notes.append("anchored to itself: anchorTimeID left out")
        anchor_time = None
    kept = namespaced(
        "timeml",
        dict(element.attrib),
        skip=("tid", "type", "functionInDocument", "anchorTimeID", "quant", "freq")
        + (("value",) if value is not None else ())
        + (("mod",) if modifier else ()),
    )
    time = TimeExpression(
        id=tid,
        type=TimexType(element.get("type", "DATE")),
        anchor=anchors.get(tid),
        value=value,
        modifier=TimexModifier(modifier) if modifier else None,
        anchor_time=anchor_time,
        quantifier=element.get("quant") or None,
        frequency=element.get("freq") or None,
        function=document_function,
        provenance=Provenance.STORY if document_function else None,
        annotator=_ANNOTATOR,
        extensions=kept,
    )
    if notes:
        report.approximated("TIMEX3", tid, "; ".join(notes))
    else:
        report.exact("TIMEX3", tid)
    return time


def _instances(
    root: ET.Element, events: dict[str, Event], report: FidelityReport
) -> dict[str, str]:
    """A map from each MAKEINSTANCE's eiid to its event's id; its attributes go to the
    event's extensions."""
    instances: dict[str, str] = {}
    counts: dict[str, int] = {}
    for element in root.iter("MAKEINSTANCE"):
        eiid, eid = element.get("eiid", ""), element.get("eventID", "")
        if eid not in events:
            report.dropped("MAKEINSTANCE", eiid, f"its event {eid!r} is not in the text")
            continue
        instances[eiid] = eid
        counts[eid] = counts.get(eid, 0) + 1
        event = events[eid]
        extra = namespaced("timeml", dict(element.attrib), skip=("eiid", "eventID"))
        events[eid] = attrs.evolve(event, extensions={**event.extensions, **extra})
        if counts[eid] > 1:
            report.approximated(
                "MAKEINSTANCE",
                eiid,
                f"a further instance of {eid}: its links go to the event, its attributes "
                "overwrite the first instance's",
            )
        else:
            report.approximated(
                "MAKEINSTANCE",
                eiid,
                "folded into its event; tense, aspect, polarity, modality and pos kept "
                "in the event's timeml:* extensions (newsmodel has no field for them)",
            )
    return instances


def _tlinks(
    root: ET.Element,
    instances: dict[str, str],
    times: set[str],
    anchors: dict[str, Anchor],
    report: FidelityReport,
) -> list[TimeRelation]:
    relations = []
    for element in root.iter("TLINK"):
        lid = element.get("lid", "")
        subject = _end(element, "eventInstanceID", "timeID", instances, times)
        target = _end(element, "relatedToEventInstance", "relatedToTime", instances, times)
        rel = element.get("relType", "")
        signal = element.get("signalID")
        if subject is None or target is None:
            report.dropped("TLINK", lid, "an end names no event instance or time of the text")
            continue
        if rel not in TemporalRelation.__members__:
            report.dropped("TLINK", lid, f"relType {rel!r} is not a TimeML relation")
            continue
        if subject == target:
            report.dropped("TLINK", lid, f"relates {subject} to itself: newsmodel refuses that")
            continue
        relations.append(
            TimeRelation(
                id=lid,
                subject=subject,
                relation=TemporalRelation(rel),
                target=target,
                signal=anchors.get(signal) if signal else None,
                annotator=_ANNOTATOR,
                extensions=namespaced("timeml", {"origin": element.get("origin", "")}),
            )
        )
        report.exact("TLINK", lid)
    return relations


def _end(
    element: ET.Element,
    instance_key: str,
    time_key: str,
    instances: dict[str, str],
    times: set[str],
) -> str | None:
    instance, time = element.get(instance_key), element.get(time_key)
    if instance is not None:
        return instances.get(instance)
    return time if time in times else None
