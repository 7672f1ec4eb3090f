"""The TimeML reader on a small file of our own: text, times, events, links, fidelity."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsmodel.corpora import CorpusError, Fate, read_timeml
from newsmodel.model import DocumentFunction, TemporalRelation
from newsmodel.validation import validate

SMALL = Path(__file__).parent / "fixtures" / "small.tml"


def test_text_is_title_dct_and_body_with_tags_removed() -> None:
    article = read_timeml(SMALL).article
    assert article.text is not None
    assert article.text.startswith("Port reopens\n\nMarch 22, 2013\n\nThe port reopened on Monday")
    assert article.headline == "Port reopens"
    assert validate(article, strict=True).valid


def test_times_keep_value_anchor_time_and_creation_function() -> None:
    article = read_timeml(SMALL).article
    times = {t.id: t for t in article.times}
    assert times["t0"].function is DocumentFunction.CREATION_TIME
    assert times["t0"].anchor is not None
    assert times["t0"].anchor.exact == "March 22, 2013"
    assert (times["t1"].value, times["t1"].anchor_time) == ("2013-03-18", "t0")
    assert times["t2"].value == "P2W"


def test_tlinks_go_through_instances_with_their_signal() -> None:
    conversion = read_timeml(SMALL)
    relations = {r.id: r for r in conversion.article.time_relations}
    assert (relations["l1"].subject, relations["l1"].relation, relations["l1"].target) == (
        "e1",
        TemporalRelation.IS_INCLUDED,
        "t1",
    )
    signal = relations["l1"].signal
    assert signal is not None
    assert signal.exact == "on"
    assert relations["l2"].subject == "t1"
    assert "l4" not in relations  # an instance related to itself
    fates = {(o.kind, o.source_id): o.fate for o in conversion.report.outcomes}
    assert fates["TLINK", "l4"] is Fate.DROPPED
    assert fates["SLINK", "l5"] is Fate.APPROXIMATED
    assert conversion.article.extensions["timeml:links"][0]["lid"] == "l5"


def test_instance_attributes_go_to_the_event_extensions() -> None:
    events = {e.id: e for e in read_timeml(SMALL).article.events}
    assert events["e3"].extensions["timeml:aspect"] == "PERFECTIVE"
    assert events["e2"].extensions["timeml:class"] == "REPORTING"


def test_report_counts_every_markable() -> None:
    totals = read_timeml(SMALL).report.totals()
    assert totals["TIMEX3"] == {"exact": 3, "approximated": 0, "dropped": 0}
    assert totals["EVENT"]["exact"] == 3
    assert totals["TLINK"] == {"exact": 3, "approximated": 0, "dropped": 1}


def test_malformed_xml_is_a_corpus_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tml"
    bad.write_text("<TimeML><TEXT>unclosed</TimeML>", encoding="utf-8")
    with pytest.raises(CorpusError, match="not well-formed XML"):
        read_timeml(bad)
