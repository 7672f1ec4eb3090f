"""The MEANTIME CAT reader on a small file of our own."""

from __future__ import annotations

from pathlib import Path

from newsmodel.corpora import Fate
from newsmodel.corpora.cat import join_tokens, read_cat
from newsmodel.model import Factuality, MentionKind, Organization, TemporalRelation
from newsmodel.validation import validate

SMALL = Path(__file__).parent / "fixtures" / "small_cat.xml"


def test_tokens_are_joined_with_spaces_except_around_punctuation_and_clitics() -> None:
    text, offsets = join_tokens(
        ["The", "port", "did", "n't", "close", "(", "5", "%", ")", ",", "it"]
    )
    assert text == "The port didn't close (5%), it"
    assert [text[s:e] for s, e in offsets][3] == "n't"
    quoted, _ = join_tokens(["He", "said", '"', "no", '"', "."])
    assert quoted == 'He said "no".'


def test_text_is_one_line_per_sentence_and_the_document_is_valid() -> None:
    article = read_cat(SMALL).article
    assert article.text == "Port reopens\nMarch 22, 2013\nThe port didn't close (5%), it said."
    assert article.headline == "Port reopens"
    assert article.url == "http://example.org/wiki/Port%20reopens"
    assert validate(article, strict=True).valid


def test_events_get_factbank_values_and_keep_time_in_extensions() -> None:
    events = {e.id: e for e in read_cat(SMALL).article.events}
    assert events["m4"].factuality is Factuality.CERTAIN_NEGATIVE
    assert events["m4"].extensions["meantime:time"] == "NON_FUTURE"
    assert events["m4"].extensions["meantime:instance"] == "m10"
    assert events["m6"].factuality is None  # not annotated in the source
    assert events["m4"].participants[0].entity == "m9"


def test_entities_collect_every_mention_of_a_refers_to() -> None:
    article = read_cat(SMALL).article
    (port,) = article.entities
    assert isinstance(port, Organization)
    assert [(m.anchor.exact, m.kind) for m in port.mentions] == [
        ("The port", MentionKind.NOMINAL),
        ("it", MentionKind.PRONOUN),
    ]
    assert port.same_as == ("http://dbpedia.org/resource/Example",)


def test_times_links_and_the_report() -> None:
    conversion = read_cat(SMALL)
    article = conversion.article
    created = article.created
    assert created is not None
    assert created.anchor_time is None  # anchored to itself in the source
    (relation,) = article.time_relations
    assert (relation.subject, relation.relation, relation.target) == (
        "m7",
        TemporalRelation.INCLUDES,
        "m5",
    )
    kept = {link["r_id"] for link in article.extensions["meantime:links"]}
    assert kept == {"23", "24"}
    fates = {(o.kind, o.source_id): o.fate for o in conversion.report.outcomes}
    assert fates["TIMEX3", "m_id=7"] is Fate.APPROXIMATED
    assert fates["ENTITY_MENTION", "m_id=3"] is Fate.DROPPED
    assert fates["TLINK", "r_id=22"] is Fate.EXACT
    assert fates["TLINK", "r_id=23"] is Fate.APPROXIMATED
    assert article.quantities[0].anchor.exact == "5%"
