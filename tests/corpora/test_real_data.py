"""The 13 real annotated documents: each converts to a valid document, every anchor
covers exactly the words the source marks, and brat round trips keep every span.

The files are read from ``../shared/realdata/annotations/`` at test time; the tests skip
when it is absent.
"""

from __future__ import annotations

import collections
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

from newsmodel.corpora import Fate
from newsmodel.corpora.brat import parse_ann, read_brat, to_brat
from newsmodel.corpora.cat import join_tokens, read_cat
from newsmodel.corpora.interannotator import agreement
from newsmodel.corpora.timeml import read_timeml
from newsmodel.model import Anchor
from newsmodel.validation import validate

TIMEML = "timeml-tempeval3-platinum"
MEANTIME = "timeml-meantime"
POLNEAR = "parc-polnear"
Files = Callable[[str, str], list[Path]]


def _anchors(value: object) -> list[Anchor]:
    """Every anchor anywhere inside a model object."""
    import attrs

    if isinstance(value, Anchor):
        return [value]
    if isinstance(value, (tuple, list)):
        return [a for item in value for a in _anchors(item)]
    if attrs.has(type(value)):
        return [
            a for field in attrs.fields(type(value)) for a in _anchors(getattr(value, field.name))
        ]
    return []


def test_all_thirteen_documents_are_found(real_files: Files) -> None:
    found = (
        real_files(TIMEML, "*.tml") + real_files(MEANTIME, "*.xml") + real_files(POLNEAR, "*.txt")
    )
    assert len(found) == 13


@pytest.mark.parametrize("index", range(3))
def test_timeml_converts_and_every_tagged_stretch_keeps_its_words(
    index: int, real_files: Files
) -> None:
    path = real_files(TIMEML, "*.tml")[index]
    conversion = read_timeml(path)
    article = conversion.article
    assert validate(article, strict=True).valid
    tagged = {
        element.get("tid") or element.get("eid") or element.get("sid"): " ".join(
            "".join(element.itertext()).split()
        )
        for element in ET.parse(path).getroot().iter()
        if element.tag in ("TIMEX3", "EVENT", "SIGNAL")
    }
    for item in (*article.times, *article.events):
        assert item.anchor is not None
        assert " ".join(item.anchor.exact.split()) == tagged[item.id]
    assert all(a.matches(article.text or "") for a in _anchors(article))
    totals = conversion.report.totals()
    assert totals["TIMEX3"]["exact"] == sum(1 for k in tagged if k and k.startswith("t"))


@pytest.mark.parametrize("index", range(6))
def test_meantime_converts_and_every_anchor_is_its_tokens(index: int, real_files: Files) -> None:
    path = real_files(MEANTIME, "*.xml")[index]
    conversion = read_cat(path)
    article = conversion.article
    assert validate(article, strict=True).valid
    root = ET.parse(path).getroot()
    tokens = {t.get("t_id"): t.text or "" for t in root.iter("token")}
    for element in root.find("Markables") or []:
        ids = [t.get("t_id") for t in element.iter("token_anchor")]
        if not ids or element.tag not in ("TIMEX3", "EVENT_MENTION", "VALUE"):
            continue
        words = [tokens[i] for i in ids]
        anchored = article.by_id()[f"m{element.get('m_id')}"].anchor
        # The anchor's words, spaces removed, are the tokens' words: no token lost or added.
        assert anchored.exact.replace(" ", "") == "".join(words) or not _contiguous(ids)
        assert join_tokens(words)[0] in anchored.exact or not _contiguous(ids)
    assert all(a.matches(article.text or "") for a in _anchors(article))
    assert all(
        o.fate is not Fate.DROPPED
        for o in conversion.report.outcomes
        if o.kind in ("TLINK", "TIMEX3", "EVENT_MENTION")
    )


def _contiguous(ids: list[str | None]) -> bool:
    numbers = sorted(int(i or 0) for i in ids)
    return numbers == list(range(numbers[0], numbers[-1] + 1))


@pytest.mark.parametrize("index", range(4))
def test_polnear_converts_and_round_trips_every_span(
    index: int, tmp_path: Path, real_files: Files
) -> None:
    txt = real_files(POLNEAR, "*.txt")[index]
    article = read_brat(txt).article
    assert validate(article, strict=True).valid
    text = article.text or ""
    for ann in sorted(txt.parent.glob(f"{txt.stem}_*.ann")):
        code = ann.stem.rsplit("_", 1)[1]
        _, written = to_brat(article, f"annotator-{code}")
        out = tmp_path / ann.name
        out.write_text(written, encoding="utf-8")
        original, events, _ = parse_ann(ann, text)
        again, events_again, _ = parse_ann(out, text)
        assert collections.Counter((s.label, s.fragments) for s in again) == collections.Counter(
            (s.label, s.fragments) for s in original
        )
        assert _structure(original, events) == _structure(again, events_again)


def _structure(spans: list, events: list) -> collections.Counter:  # type: ignore[type-arg]
    """Each event as its label and its arguments' roles and spans: ids aside."""
    by_id = {s.id: (s.label, s.fragments) for s in spans}
    return collections.Counter(
        (
            event.label,
            by_id[event.trigger],
            frozenset((role, by_id[ref]) for role, ref in event.arguments),
        )
        for event in events
    )


def test_the_six_polnear_annotators_agree_as_measured(real_files: Files) -> None:
    (txt,) = [p for p in real_files(POLNEAR, "*.txt") if "activists" in p.name]
    result = agreement(read_brat(txt).article)
    assert len(result.pairs) == 15
    means = result.means()
    # The numbers the docs quote; annotators disagree, so none of them is 1.
    assert means["overlap_f1"] == pytest.approx(0.86, abs=0.001)
    assert means["exact_f1"] == pytest.approx(0.663, abs=0.001)
    assert means["source_agreement"] == pytest.approx(0.886, abs=0.001)
    assert means["factuality_agreement"] is None
