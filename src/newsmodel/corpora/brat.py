"""brat standoff (``.txt`` + ``.ann``) in the PARC scheme, as PolNeAR annotates it; and
writing articles back to brat.

A PARC attribution is a brat event: its trigger (label ``Attribution`` or
``Attribution-no-source``) and its arguments ``Source``, ``Cue`` and ``Content``
(``Content2`` ... for further pieces), each a text-bound annotation whose span may be
discontinuous (``1979 2024;2027 2129``). The labels map to newsmodel's roles through a
table (:data:`POLNEAR`, or one the user passes). Mapping:

- the event -> an :class:`~newsmodel.model.Attribution`; Cue -> ``cue`` (its pieces),
  Content -> ``content`` (every piece of every Content argument, in text order);
- Source -> ``source_anchor`` and a source entity with that one mention. PARC gives the
  source's words, not what it is: the entity is a Person (a pronoun's mention is a
  pronoun mention), and the report says so. An attribution without a source gets an
  :class:`~newsmodel.model.AnonymousSource` without mentions, since newsmodel needs one;
- ``quote`` (direct / mixed / indirect) is read from the quotation marks of the content;
- text-bound annotations no event uses (PolNeAR's ``Discuss`` and ``Discard``) are kept
  verbatim in the article's ``brat:unmapped`` extension, so that export gives them back.

Several annotators' files of one text are read as **one document with one layer per
annotator** (the annotator is named by the file's suffix, ``_4e07.ann``): the text is
one, newsmodel's ``annotator`` field tells the layers apart, and agreement is computed
between layers of one document (:mod:`newsmodel.corpora.interannotator`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from newsmodel.corpora._common import (
    Conversion,
    CorpusError,
    checked_text,
    line_segments,
    read_text,
)
from newsmodel.corpora.fidelity import FidelityReport
from newsmodel.model import (
    Anchor,
    Annotator,
    AnnotatorKind,
    AnonymousSource,
    Article,
    Attribution,
    Mention,
    MentionKind,
    Person,
    QuoteKind,
    SegmentRole,
)

#: PolNeAR's labels -> newsmodel's roles. ``attribution`` and ``attribution-no-source``
#: are event triggers; ``source``, ``cue`` and ``content`` are their arguments. A label
#: missing from the table is kept verbatim, not interpreted.
POLNEAR: Mapping[str, str] = {
    "Attribution": "attribution",
    "Attribution-no-source": "attribution-no-source",
    "Source": "source",
    "Cue": "cue",
    "Content": "content",
}
ROLES = frozenset({"attribution", "attribution-no-source", "source", "cue", "content"})

_PRONOUN = re.compile(
    r"(?i)(?:i|you|he|she|it|we|they|me|him|her|us|them|who|which|this|that|these|those)"
)


@attrs.frozen
class TextBound:
    """A brat text-bound annotation: ``T3  Content 10 20;25 30  words``."""

    id: str
    label: str
    fragments: tuple[tuple[int, int], ...]


@attrs.frozen
class BratEvent:
    """A brat event: ``E1  Attribution:T4 Source:T3 Cue:T1 Content:T2``."""

    id: str
    label: str
    trigger: str
    arguments: tuple[tuple[str, str], ...]


def parse_ann(path: Path, text: str) -> tuple[list[TextBound], list[BratEvent], list[str]]:
    """The text-bound annotations and events of a ``.ann`` file, and its other lines."""
    spans, events, other = [], [], []
    for number, line in enumerate(read_text(path).splitlines(), 1):
        if not line.strip():
            continue
        fields = line.split("\t")
        where = f"line {number}"
        if line.startswith("T") and len(fields) >= 2:
            label, _, offsets = fields[1].partition(" ")
            try:
                fragments = tuple(
                    (int(a), int(b)) for a, b in (part.split() for part in offsets.split(";"))
                )
            except ValueError:
                raise CorpusError(
                    path, f"{where}: offsets {offsets!r} are not 'start end;...'"
                ) from None
            for start, end in fragments:
                if not 0 <= start < end <= len(text):
                    raise CorpusError(path, f"{where}: span {start}..{end} is outside the text")
            words = " ".join(text[s:e] for s, e in fragments)
            if len(fields) >= 3 and fields[2] != words:
                raise CorpusError(
                    path, f"{where}: the text at {offsets} is {words!r}, not {fields[2]!r}"
                )
            spans.append(TextBound(fields[0], label, fragments))
        elif line.startswith("E") and len(fields) >= 2:
            head, *args = fields[1].split()
            label, _, trigger = head.partition(":")
            arguments = tuple(argument.partition(":")[::2] for argument in args)
            if not trigger or any(not ref for _, ref in arguments):
                raise CorpusError(path, f"{where}: an event is 'Label:T1 Role:T2 ...'")
            events.append(BratEvent(fields[0], label, trigger, arguments))
        else:
            other.append(line)
    return spans, events, other


def annotator_of(ann: Path, txt: Path) -> str:
    """The annotator's code: what the ``.ann`` file's name adds to the text's (``4e07``)."""
    rest = ann.stem[len(txt.stem) :].lstrip("_-.")
    return rest or "annotator"


def read_brat(
    txt: str | Path,
    anns: Sequence[str | Path] | None = None,
    *,
    labels: Mapping[str, str] = POLNEAR,
) -> Conversion:
    """The text ``txt`` with the annotations of every ``.ann`` file (one layer each), as
    an article, with its fidelity report. Without ``anns``, every ``.ann`` file next to
    the text whose name starts with the text's is read."""
    txt = Path(txt)
    text = checked_text(txt, read_text(txt))
    paths = [Path(a) for a in anns] if anns else annotation_files(txt)
    if not paths:
        raise CorpusError(txt, "no .ann file found next to it")
    unknown = set(labels.values()) - ROLES
    if unknown:
        raise CorpusError(
            txt, f"the label mapping names roles {sorted(unknown)}; known: {sorted(ROLES)}"
        )
    report = FidelityReport(str(txt))
    annotators, entities, attributions, unmapped = [], [], [], []
    for ann in paths:
        code = annotator_of(ann, txt)
        layer = _Layer(f"annotator-{code}", text, labels, report)
        spans, events, other = parse_ann(ann, text)
        for line in other:
            report.dropped(
                "brat:other", line.split("\t")[0], "not a text-bound annotation or event"
            )
        layer.read(spans, events)
        annotators.append(Annotator(id=layer.annotator, kind=AnnotatorKind.PERSON, name=code))
        entities += layer.entities
        attributions += layer.attributions
        unmapped += layer.unmapped
    article = Article(
        id=f"urn:brat:{_slug(txt.stem)}",
        language="en",
        text=text,
        segments=line_segments(text, (SegmentRole.HEADLINE,)),
        annotators=tuple(annotators),
        entities=tuple(entities),
        attributions=tuple(attributions),
        extensions={"brat:unmapped": unmapped} if unmapped else {},
    )
    return Conversion(article, report)


def annotation_files(txt: Path) -> list[Path]:
    """The ``.ann`` files of a text: ``NAME.ann``, or ``NAME_CODE.ann`` for one annotator's."""
    return sorted(
        path
        for path in txt.parent.glob("*.ann")
        if path.stem == txt.stem or re.fullmatch(re.escape(txt.stem) + r"[_.-][^_.]+", path.stem)
    )


def _slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.:-]", "-", name)


@attrs.define
class _Layer:
    annotator: str
    text: str
    labels: Mapping[str, str]
    report: FidelityReport
    entities: list[Any] = attrs.field(factory=list)
    attributions: list[Attribution] = attrs.field(factory=list)
    unmapped: list[dict[str, Any]] = attrs.field(factory=list)
    _sources: dict[str, str] = attrs.field(factory=dict)

    def id(self, brat_id: str) -> str:
        return f"{self.annotator}.{brat_id}"

    def anchors(self, span: TextBound) -> tuple[Anchor, ...]:
        return tuple(Anchor.of(self.text, s, e) for s, e in span.fragments)

    def read(self, spans: list[TextBound], events: list[BratEvent]) -> None:
        by_id = {s.id: s for s in spans}
        used: set[str] = set()
        for event in events:
            role = self.labels.get(event.label)
            if role not in ("attribution", "attribution-no-source") or event.trigger not in by_id:
                self.report.dropped(
                    "brat:event",
                    f"{self.annotator}:{event.id}",
                    f"label {event.label!r} is not an attribution in the mapping",
                )
                continue
            attribution = self.attribution(event, by_id)
            if attribution is not None:
                self.attributions.append(attribution)
                used |= {event.trigger, *(ref for _, ref in event.arguments)}
        for span in spans:
            if span.id in used:
                continue
            self.unmapped.append(
                {
                    "annotator": self.annotator,
                    "id": span.id,
                    "label": span.label,
                    "spans": [list(f) for f in span.fragments],
                }
            )
            self.report.approximated(
                f"brat:{span.label}",
                f"{self.annotator}:{span.id}",
                "no attribution uses it: kept verbatim in the brat:unmapped extension",
            )

    def attribution(self, event: BratEvent, by_id: dict[str, TextBound]) -> Attribution | None:
        where = f"{self.annotator}:{event.id}"
        parts: dict[str, list[TextBound]] = {}
        for name, ref in event.arguments:
            role = self.labels.get(re.sub(r"\d+$", "", name))
            if ref not in by_id or role not in ("source", "cue", "content"):
                self.report.dropped(
                    "brat:argument",
                    f"{where}:{name}",
                    f"argument {name}:{ref} is not a source, cue or content span",
                )
                continue
            parts.setdefault(role, []).append(by_id[ref])
        if not parts.get("content"):
            self.report.dropped("brat:event", where, "an attribution without a content")
            return None
        content = tuple(
            sorted(
                (a for span in parts["content"] for a in self.anchors(span)), key=lambda a: a.start
            )
        )
        cue = tuple(
            sorted(
                (a for span in parts.get("cue", []) for a in self.anchors(span)),
                key=lambda a: a.start,
            )
        )
        trigger = by_id[event.trigger]
        extensions: dict[str, Any] = {"brat:event": event.id, "brat:label": event.label}
        if trigger.fragments != tuple((a.start, a.end) for a in cue):
            extensions["brat:trigger"] = [list(f) for f in trigger.fragments]
        if len(parts["content"]) > 1:  # Content, Content2 ...: kept apart for export
            extensions["brat:content"] = [
                [list(f) for f in span.fragments] for span in parts["content"]
            ]
        notes = []
        sources = parts.get("source", [])
        if sources:
            source_span = sources[0]
            source_id, source_anchor = self.source(source_span, where)
            for extra in sources[1:]:
                notes.append(f"a further source {extra.id} is not carried (one source anchor)")
        else:
            anonymous = AnonymousSource(
                id=self.id(f"{event.id}.unstated"),
                description="a source the text does not give",
                annotator=self.annotator,
            )
            self.entities.append(anonymous)
            source_id, source_anchor = anonymous.id, None
            notes.append("PARC marks no source: an anonymous source without mentions stands for it")
        for span in sources + parts.get("cue", []) + parts["content"] + [trigger]:
            self.report.exact(f"brat:{span.label}", f"{self.annotator}:{span.id}")
        attribution = Attribution(
            id=self.id(event.id),
            sources=(source_id,),
            source_anchor=source_anchor,
            cue=cue,
            content=content,
            quote=quote_kind(" ".join(a.exact for a in content)),
            annotator=self.annotator,
            extensions=extensions,
        )
        if notes:
            self.report.approximated("brat:event", where, "; ".join(notes))
        else:
            self.report.exact("brat:event", where)
        return attribution

    def source(self, span: TextBound, where: str) -> tuple[str, Anchor]:
        """The entity that stands for a Source span (one per span, shared by the
        attributions that name it), and the span's anchor."""
        anchor = Anchor.of(self.text, span.fragments[0][0], span.fragments[-1][1])
        if span.id not in self._sources:
            words = anchor.exact
            kind = (
                MentionKind.PRONOUN
                if _PRONOUN.fullmatch(words)
                else MentionKind.NAME
                if words[:1].isupper()
                else MentionKind.NOMINAL
            )
            person = Person(
                id=self.id(span.id),
                name=words,
                mentions=(Mention(anchor=anchor, kind=kind),),
                annotator=self.annotator,
                extensions={"brat:untyped": True},
            )
            self.entities.append(person)
            self._sources[span.id] = person.id
            self.report.approximated(
                "source entity",
                f"{self.annotator}:{span.id}",
                "PARC gives the source's words, not what it is: a Person with that one mention",
            )
        return self._sources[span.id], anchor


def quote_kind(content: str) -> QuoteKind:
    """Direct when the content is one quotation, mixed when it holds one, else indirect."""
    marks = '"“”'
    stripped = content.strip().rstrip(".,")
    if (
        stripped[:1] in marks
        and stripped[-1:] in marks
        and not any(m in stripped[1:-1] for m in '"”')
    ):
        return QuoteKind.DIRECT
    return QuoteKind.MIXED if any(m in content for m in marks) else QuoteKind.INDIRECT


# --- writing brat ---------------------------------------------------------------------


def to_brat(
    article: Article, annotator: str | None = None, *, labels: Mapping[str, str] = POLNEAR
) -> tuple[str, str]:
    """The article as brat standoff: its text and the ``.ann`` of one layer (``annotator``;
    every attribution when None). Labels are written back through ``labels`` (a role's
    first label in the table)."""
    if article.text is None:
        raise ValueError("an article without text cannot be written as brat standoff")
    text = article.text
    label_of: dict[str, str] = {}
    for label, role in labels.items():
        label_of.setdefault(role, label)
    lines: list[str] = []
    counter = {"T": 0, "E": 0}

    written: dict[tuple[str, tuple[tuple[int, int], ...]], str] = {}

    def text_bound(label: str, fragments: Iterable[tuple[int, int]]) -> str:
        """The id of the annotation of ``label`` over ``fragments``, written once: in
        brat, two attributions with one source share its annotation."""
        parts = [(int(s), int(e)) for s, e in fragments]
        key = (label, tuple(parts))
        if key in written:
            return written[key]
        counter["T"] += 1
        written[key] = f"T{counter['T']}"
        offsets = ";".join(f"{s} {e}" for s, e in parts)
        words = " ".join(text[s:e] for s, e in parts)
        lines.append(f"T{counter['T']}\t{label} {offsets}\t{words}")
        return f"T{counter['T']}"

    for attribution in article.attributions:
        if annotator is not None and attribution.annotator != annotator:
            continue
        ext = attribution.extensions
        event_label = str(
            ext.get("brat:label")
            or label_of["attribution" if attribution.source_anchor else "attribution-no-source"]
        )
        trigger_fragments = (
            ext.get("brat:trigger")
            or [(a.start, a.end) for a in attribution.cue]
            or [(attribution.content[0].start, attribution.content[0].end)]
        )
        trigger = text_bound(event_label, (tuple(f) for f in trigger_fragments))
        arguments = []
        if attribution.source_anchor is not None:
            s = attribution.source_anchor
            arguments.append(f"Source:{text_bound(label_of['source'], [(s.start, s.end)])}")
        if attribution.cue:
            arguments.append(
                f"Cue:{text_bound(label_of['cue'], [(a.start, a.end) for a in attribution.cue])}"
            )
        for number, group in enumerate(_content_groups(attribution), 1):
            name = "Content" if number == 1 else f"Content{number}"
            arguments.append(f"{name}:{text_bound(label_of['content'], group)}")
        counter["E"] += 1
        lines.append(f"E{counter['E']}\t{event_label}:{trigger} " + " ".join(arguments))
    for kept in article.extensions.get("brat:unmapped", ()):
        if annotator is None or kept.get("annotator") == annotator:
            text_bound(kept["label"], (tuple(f) for f in kept["spans"]))
    return text, "\n".join(lines) + ("\n" if lines else "")


def _content_groups(attribution: Attribution) -> list[list[tuple[int, int]]]:
    """The content's pieces grouped into brat spans as the source had them (Content,
    Content2 ... in ``brat:content``), else one span of every piece."""
    groups = attribution.extensions.get("brat:content")
    if groups:
        return [[(s, e) for s, e in group] for group in groups]
    return [[(a.start, a.end) for a in attribution.content]]
