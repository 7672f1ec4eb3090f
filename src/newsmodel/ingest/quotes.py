"""Quotations found in text: the quoted words, the cue ("said") and the nearest source.

Direct quotations are found by their marks, in the conventions of several languages
(“…”, "…", «…», „…“, 「…」, and the Nordic dash that opens a paragraph of speech);
the cue and the source are looked for in the same sentence, after the closing mark
("…," Koptev added) or before the opening one (Koptev said: "…"). A quotation with no cue
of its own continues the previous speaker's, where there is one. In English, reported
speech without marks is found in the two commonest shapes: "X said (that) …" and
"…, X said."

Regular expressions, not a model: the libraries that find quotations in text (spaCy
pipelines, textacy, the PARC attribution taggers) need trained weights downloaded at
run time, which newsmodel does not do. A draft is for a person to correct; each is
marked as the tool's, with a confidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

from newsmodel.model import QuoteKind

#: Words that report speech, by language; "according to" comes before its source.
CUES = {
    "en": "said|says|told reporters|told|added|noted|stated|explained|insisted|warned|"
    "replied|according to",
    "de": "sagte|sagt|erklärte|erklärt|betonte|fügte hinzu|so|laut|teilte mit",
    "fr": "a déclaré|a dit|a affirmé|affirme|déclare|a ajouté|ajoute|a expliqué|explique|"
    "selon|a indiqué|indique",
    "ja": "と述べた|と語った|と話した|と説明した",
    "zh": "对记者说|对记者表示|说|表示|称",
    "ar": "وقال|قال|وأضاف|أضاف|وأكد|أكد|وفقا ل",
    "sv": "sa|sade|säger|enligt",
    "nb": "sa|sier|ifølge",
    "no": "sa|sier|ifølge",
    "da": "sagde|siger|ifølge",
}
#: Cues whose source follows them rather than going before.
_SOURCE_AFTER = frozenset({"according to", "so", "laut", "selon", "enligt", "ifølge"})

_PAIRS = (
    ("\u201c", "\u201d"),  # “…”
    ('"', '"'),
    ("\u00ab", "\u00bb"),  # «…»
    ("\u201e", "\u201c"),  # „…“
    ("\u300c", "\u300d"),  # 「…」
)
_QUOTED = re.compile(
    "|".join(
        f"{re.escape(o)}(?P<q{i}>[^{re.escape(o + c)}]+){re.escape(c)}"
        for i, (o, c) in enumerate(_PAIRS)
    )
)
#: A paragraph of speech opened by a dash, Nordic style: "\u2013 Det är bra, sa Koptev." The
#: words end at the comma before the cue and its speaker, or at the next dash.
_NORDIC_DASH = re.compile(
    r"^[\u2013\u2014]\s*(?P<q>[^\u2013\u2014]+?)(?:,\s(?=\w+\s+[A-ZÅÄÖÆØ])|\s[\u2013\u2014]\s|$)"
)
#: A name: capitalized words, maybe joined by particles ("Jean de la Fontaine").
_NAME = "[A-ZÀ-ÖØ-Þ][\\w'\u2019-]+(?:\\.[\\w'\u2019-]+)*(?:\\s+(?:(?:de|van|von|la|le|der|bin)\\s+)?[A-ZÀ-ÖØ-Þ][\\w'\u2019-]+){0,3}"
#: Two speakers named together: "Koptev and Rapota said".
JOINED_BY = re.compile(r"\s+(?:and|und|et|och|og)\s+")
_JOINT = rf"{_NAME}\s+(?:and|und|et|och|og)\s+{_NAME}"
_NOMINAL = (
    r"(?:a|an|the|ein|eine|einer|der|die|un|une|le|la|l')\s?[\w-]+(?:\s[\w-]+)?"
    r"(?=[\s,.;:!?]|$)"
)
_PRONOUN = r"\b(?:he|she|they|er|sie|il|elle)\b"
#: What may follow a quotation's inner words before the writer's words resume.
_CLOSING = frozenset(',.;:!?"\u201d\u00bb\u300d\u201c\u3002\u3001 ')
#: The speaker of a Japanese or Chinese quotation: the words opening the sentence, up to
#: the topic or subject particle, or up to the verb of saying.
_CJK_SOURCE = re.compile(r"([^\s、\uff0c。\uff1a:「“”」]{1,20}?)(?:は|が|对记者|说|表示|称)")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”»」]?\s+(?=[\"“„«「A-ZÀ-ÖØ-Þ])|(?<=[。\uff01\uff1f])")


@attrs.frozen
class FoundQuote:
    """A quotation: its content stretches, its kind, cue and source words (offsets)."""

    content: tuple[tuple[int, int], ...]
    quote: QuoteKind
    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    """The words naming the source; None for a continuation that takes the last source's."""
    source_name: str
    """The name the source is known by (the words, or the previous speaker's)."""
    confidence: float


def find_quotes(
    text: str, paragraphs: Iterable[tuple[int, int]], language: str = "en"
) -> list[FoundQuote]:
    """The quotations of the ``paragraphs`` (offsets into ``text``), in text order."""
    cues = CUES.get(language.split("-")[0], "|".join(CUES.values()))
    cue = re.compile(rf"(?<!\w)(?:{cues})(?!\w)")
    found: list[FoundQuote] = []
    last_source = ""
    for start, end in paragraphs:
        for s_start, s_end in _sentences(text, start, end):
            quotes = _quotes_in(text, s_start, s_end)
            if not quotes and language.startswith("en"):
                indirect = _indirect(text, s_start, s_end)
                if indirect:
                    found.append(indirect)
                    last_source = indirect.source_name
                continue
            for q_start, q_end in quotes:
                quote = _attributed(text, s_start, s_end, q_start, q_end, cue, last_source)
                if quote is not None:
                    found.append(quote)
                    last_source = quote.source_name
    return found


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    bounds, at = [], start
    # The quotation marks since the sentence's start, counted piece by piece as the
    # sentence grows: counting the whole sentence again at each full stop inside an
    # open quotation cost the square of a paragraph whose quotation never closes.
    marks = _QuotationMarks(start)
    for match in _SENTENCE_END.finditer(text, start, end):
        marks.add(text, match.start())
        if marks.open():
            continue
        bounds.append((at, match.start()))
        at = match.end()
        marks = _QuotationMarks(at)
    bounds.append((at, end))
    return [(s, e) for s, e in bounds if text[s:e].strip()]


class _QuotationMarks:
    """The quotation marks of a stretch of text that grows at its end, counted once each."""

    def __init__(self, start: int = 0) -> None:
        self.end = start
        self.counts = dict.fromkeys((mark for pair in _PAIRS for mark in pair), 0)

    def add(self, text: str, end: int) -> None:
        """Take in the text from where the stretch ends to ``end``."""
        piece = text[self.end : end]
        for mark in self.counts:
            self.counts[mark] += piece.count(mark)
        self.end = end

    def open(self) -> bool:
        """Whether a quotation opened in the stretch is still open at its end."""
        counts = self.counts
        return any((counts[o] % 2 == 1) if o == c else counts[o] > counts[c] for o, c in _PAIRS)


def _quotes_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The inner offsets of each quotation of two words or more in text[start:end]."""
    spans = []
    for match in _QUOTED.finditer(text, start, end):
        group = next(g for g, v in match.groupdict().items() if v is not None)
        spans.append(_trimmed(text, match.start(group), match.end(group)))
    dash = _NORDIC_DASH.match(text[start:end])
    if dash:
        spans.append(_trimmed(text, start + dash.start("q"), start + dash.end("q")))
    return [(s, e) for s, e in spans if len(text[s:e].split()) >= 2 or _is_cjk(text[s:e])]


def _is_cjk(words: str) -> bool:
    return any("\u3040" <= ch <= "\u9fff" for ch in words)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Without the spaces and the closing punctuation the convention puts inside the marks."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    if end > start and text[end - 1] == "." and text[start:end].count(".") == 1:
        end -= 1
    return start, end


def _attributed(
    text: str,
    s_start: int,
    s_end: int,
    q_start: int,
    q_end: int,
    cue: re.Pattern[str],
    last_source: str,
) -> FoundQuote | None:
    closing = q_end
    while closing < s_end and text[closing] in _CLOSING:
        closing += 1
    after = cue.search(text, closing, s_end)
    before = None
    for before in cue.finditer(text, s_start, q_start):  # noqa: B007 - the last one is nearest
        continue
    if _is_cjk(text[q_start:q_end]):
        # "コプテフ長官は「…」と述べた", "局长对记者说“…”": the speaker opens the sentence
        found = after or before
        speaker = _CJK_SOURCE.match(text, s_start, q_start)
        if found is None or speaker is None:
            return None
        spoken = (speaker.start(1), speaker.end(1))
        return _made(text, ((q_start, q_end),), QuoteKind.DIRECT, found, spoken, last_source, 0.6)
    source: tuple[int, int] | None
    if after is not None and not _quotes_in(text, closing, after.start()):
        source = _source(text, after, s_start, s_end)
        opening = text[s_start:q_start].strip(' "“„«「\u2013\u2014')
        if opening:  # words of the writer's before the quote: a mixed quotation
            head_end = min(source[0], after.start()) if source else after.start()
            content = _trimmed(text, s_start, head_end)
            return _made(text, (content,), QuoteKind.MIXED, after, source, last_source, 0.6)
        return _made(text, ((q_start, q_end),), QuoteKind.DIRECT, after, source, last_source, 0.8)
    if before is not None:
        source = _source(text, before, s_start, q_start)
        return _made(text, ((q_start, q_end),), QuoteKind.DIRECT, before, source, last_source, 0.7)
    if last_source:  # a continuation: the previous speaker goes on
        return FoundQuote(((q_start, q_end),), QuoteKind.DIRECT, None, None, last_source, 0.4)
    return None


def _made(
    text: str,
    content: tuple[tuple[int, int], ...],
    kind: QuoteKind,
    cue: re.Match[str],
    source: tuple[int, int] | None,
    last_source: str,
    confidence: float,
) -> FoundQuote | None:
    name = text[source[0] : source[1]] if source else last_source
    if not name:
        return None
    if source and re.fullmatch(_PRONOUN, name, re.IGNORECASE) and last_source:
        name = last_source  # "he said": the pronoun is a mention of the last speaker
    return FoundQuote(content, kind, (cue.start(), cue.end()), source, name, confidence)


def _source(text: str, cue: re.Match[str], low: int, high: int) -> tuple[int, int] | None:
    """The words naming the speaker nearest the cue: after "according to", "so", "selon";
    otherwise just before the cue ("Koptev added"), or just after it ("said Koptev")."""
    word = cue.group(0)
    following = re.compile(rf"\s*(?:{_NAME}|{_NOMINAL}|{_PRONOUN})")
    after = following.match(text, cue.end(), high)
    if word in _SOURCE_AFTER:
        return (
            (after.start() + len(after.group(0)) - len(after.group(0).lstrip()), after.end())
            if after
            else None
        )
    preceding = re.compile(rf"(?:{_JOINT}|{_NAME}|{_PRONOUN})\s*$")
    before = preceding.search(text[low : cue.start()])
    if before:
        return low + before.start(), low + len(before.group(0).rstrip()) + before.start()
    if after and re.match(rf"\s*{_NAME}", text[cue.end() : high]):
        return after.end() - len(after.group(0).lstrip()), after.end()
    return None


_SAID = r"said|noted|added|says"
_INDIRECT_FIRST = re.compile(
    rf"(?P<source>{_JOINT}|{_NAME}|{_PRONOUN}) (?:\w+ly )?(?P<cue>{_SAID}) (?:that )?(?P<content>.+?)\.?$"
)
_INDIRECT_LAST = re.compile(
    rf"(?P<content>.+), (?P<source>{_JOINT}|{_NAME}|{_PRONOUN}) (?P<cue>{_SAID})\.$"
)


def _indirect(text: str, start: int, end: int) -> FoundQuote | None:
    """Reported speech with no quotation marks, in its two commonest English shapes."""
    sentence = text[start:end]
    match = _INDIRECT_FIRST.match(sentence) or _INDIRECT_LAST.match(sentence)
    if match is None:
        return None
    return FoundQuote(
        ((start + match.start("content"), start + match.end("content")),),
        QuoteKind.INDIRECT,
        (start + match.start("cue"), start + match.end("cue")),
        (start + match.start("source"), start + match.end("source")),
        match["source"],
        0.5,
    )
