"""The brat/PARC reader, the brat writer and agreement, on small files of our own."""

from __future__ import annotations

import collections
from pathlib import Path

import pytest

from newsmodel.corpora import CorpusError, Fate
from newsmodel.corpora.brat import annotation_files, parse_ann, read_brat, to_brat
from newsmodel.corpora.interannotator import agreement
from newsmodel.model import Anchor, AnonymousSource, Article, MentionKind, Person, QuoteKind
from newsmodel.validation import validate

FIXTURES = Path(__file__).parent / "fixtures"
TEXT = FIXTURES / "port.txt"


def test_each_ann_file_is_a_layer_of_one_valid_document() -> None:
    article = read_brat(TEXT).article
    assert [a.id for a in article.annotators] == ["annotator-aaaa", "annotator-bbbb"]
    assert {a.annotator for a in article.attributions} == {"annotator-aaaa", "annotator-bbbb"}
    assert validate(article, strict=True).valid


def test_discontinuous_content_pronoun_source_and_no_source() -> None:
    article = read_brat(TEXT, [FIXTURES / "port_aaaa.ann"]).article
    by_id = {a.id: a for a in article.attributions}
    first = by_id["annotator-aaaa.E1"]
    assert [c.exact for c in first.content] == ["The port will reopen", '"within days"']
    assert first.quote is QuoteKind.MIXED
    entities = {e.id: e for e in article.entities}
    he = entities[by_id["annotator-aaaa.E2"].sources[0]]
    assert isinstance(he, Person)
    assert he.mentions[0].kind is MentionKind.PRONOUN
    unstated = by_id["annotator-aaaa.E3"]
    assert unstated.source_anchor is None
    assert isinstance(entities[unstated.sources[0]], AnonymousSource)
    assert article.extensions["brat:unmapped"][0]["label"] == "Discuss"


def test_report_counts_spans_and_says_what_was_approximated() -> None:
    report = read_brat(TEXT, [FIXTURES / "port_aaaa.ann"]).report
    fates = {(o.kind, o.source_id): o.fate for o in report.outcomes}
    assert fates["brat:Content", "annotator-aaaa:T3"] is Fate.EXACT
    assert fates["brat:event", "annotator-aaaa:E3"] is Fate.APPROXIMATED
    assert fates["brat:Discuss", "annotator-aaaa:T12"] is Fate.APPROXIMATED


def _spans(path: Path, text: str) -> collections.Counter[tuple[str, tuple[tuple[int, int], ...]]]:
    spans, _, _ = parse_ann(path, text)
    return collections.Counter((s.label, s.fragments) for s in spans)


@pytest.mark.parametrize("code", ["aaaa", "bbbb"])
def test_brat_round_trip_keeps_every_span(code: str, tmp_path: Path) -> None:
    article = read_brat(TEXT).article
    text, ann = to_brat(article, f"annotator-{code}")
    written = tmp_path / "out.ann"
    written.write_text(ann, encoding="utf-8")
    assert _spans(written, text) == _spans(FIXTURES / f"port_{code}.ann", text)


def test_a_user_mapping_reads_other_labels(tmp_path: Path) -> None:
    (tmp_path / "d.txt").write_text("Ann said it rains.\n", encoding="utf-8")
    (tmp_path / "d.ann").write_text(
        "T1\tSpeaker 0 3\tAnn\nT2\tVerb 4 8\tsaid\nT3\tWhat 9 17\tit rains\n"
        "T4\tQuote 4 8\tsaid\nE1\tQuote:T4 Speaker:T1 Verb:T2 What:T3\n",
        encoding="utf-8",
    )
    mapping = {"Quote": "attribution", "Speaker": "source", "Verb": "cue", "What": "content"}
    (attribution,) = read_brat(tmp_path / "d.txt", labels=mapping).article.attributions
    assert attribution.content[0].exact == "it rains"
    assert attribution.cue[0].exact == "said"


def test_agreement_between_layers() -> None:
    result = agreement(read_brat(TEXT).article)
    (pair,) = result.pairs
    assert pair.attributions == (3, 2)
    # E1 matches E1 (overlapping content, same source); aaaa's E2/E3 overlap bbbb's E2.
    assert pair.overlap_f1 == pytest.approx(2 * 2 / 5, abs=1e-3)
    assert pair.exact_f1 == 0.0
    assert pair.source_agreement == pytest.approx(0.5)
    assert pair.factuality_agreement is None


def test_an_offset_outside_the_text_is_a_corpus_error(tmp_path: Path) -> None:
    (tmp_path / "d.txt").write_text("short\n", encoding="utf-8")
    (tmp_path / "d.ann").write_text("T1\tSource 0 99\tshort\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="outside the text"):
        read_brat(tmp_path / "d.txt")


def test_only_the_texts_own_ann_files_are_layers(tmp_path: Path) -> None:
    for name in ("d.txt", "d_x1.ann", "d.ann", "dd_x2.ann", "d_x3_old.ann"):
        (tmp_path / name).write_text("", encoding="utf-8")
    assert [p.name for p in annotation_files(tmp_path / "d.txt")] == ["d.ann", "d_x1.ann"]


def test_any_article_goes_to_brat_and_back_with_its_attribution_spans(tmp_path: Path) -> None:
    from newsmodel import examples

    article = examples.load("space-agency-teams-with-arms-exporter")
    text, ann = to_brat(article)
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "a.ann").write_text(ann, encoding="utf-8")
    again = read_brat(tmp_path / "a.txt").article

    def spans(a: Article) -> list[tuple[object, ...]]:
        def offsets(anchors: tuple[Anchor, ...]) -> tuple[tuple[int, int], ...]:
            return tuple((x.start, x.end) for x in anchors)

        return sorted(
            (offsets(x.content), offsets(x.cue), offsets(tuple(filter(None, [x.source_anchor]))))
            for x in a.attributions
        )

    assert spans(again) == spans(article)
    assert validate(again, strict=True).valid
