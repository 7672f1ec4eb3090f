"""The bundled examples: valid, canonical, reproducible by their builder, and complete.

The reference article must carry everything DOMAIN.md lists for it; the unicode example
must show that offsets in code points, UTF-16 code units and UTF-8 bytes differ.
"""

from __future__ import annotations

import importlib.util
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import pytest

import newsmodel
from newsmodel import examples
from newsmodel.authoring import Draft, SpanNotFoundError
from newsmodel.model import (
    Anchor,
    AnonymousSource,
    Article,
    Artifact,
    Attribution,
    Claim,
    ComparisonRelation,
    DocumentFunction,
    Factuality,
    Group,
    Organization,
    Person,
    Provenance,
    Quantity,
    QuoteKind,
    RefusalKind,
    SegmentRole,
    TimeExpression,
    TimexModifier,
    TimexType,
    is_canonical_text,
)
from newsmodel.offsets import from_utf8, from_utf16, to_utf8, to_utf16

ROOT = Path(__file__).resolve().parents[1]
BUILDER = ROOT / "tools" / "build_examples.py"
CORPUS_TEXT = ROOT / "tools" / "corpus" / "space-agency-teams-with-arms-exporter.txt"

REFERENCE = "space-agency-teams-with-arms-exporter"
UNICODE = "unicode-offsets"
ALL = examples.names()
ORIGINAL_PAGE = (
    "oldtmt.vedomosti.ru/sitemap/free/1999/2/article/"
    "space-agency-teams-with-arms-exporter/280006.html"
)


def load_builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_examples", BUILDER)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def anchors_in(value: Any) -> Iterator[Anchor]:
    """Every anchor inside a model object, however deep."""
    if isinstance(value, Anchor):
        yield value
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            yield from anchors_in(getattr(value, field.name))
    elif isinstance(value, tuple):
        for item in value:
            yield from anchors_in(item)


@pytest.fixture(scope="module")
def reference() -> Article:
    return examples.load(REFERENCE)


@pytest.fixture(scope="module")
def unicode_example() -> Article:
    return examples.load(UNICODE)


# --- every example -----------------------------------------------------------------------


def test_both_examples_are_bundled() -> None:
    assert set(ALL) <= set(examples.names())


@pytest.mark.parametrize("name", ALL)
def test_example_validates_without_errors_or_warnings(name: str) -> None:
    report = newsmodel.validate(examples.read_bytes(name))
    assert [(p.code, p.pointer, p.message) for p in report.problems] == []
    examples.load(name)  # strict enough to read


@pytest.mark.parametrize("name", ALL)
def test_example_round_trips_byte_for_byte(name: str) -> None:
    data = examples.read_bytes(name)
    assert newsmodel.dumps(newsmodel.loads(data)) == data


@pytest.mark.parametrize("name", ALL)
def test_every_anchor_covers_its_exact_text(name: str) -> None:
    article = examples.load(name)
    anchors = list(anchors_in(article))
    assert len(anchors) > 20
    for anchor in anchors:
        assert article.text[anchor.start : anchor.end] == anchor.exact, anchor


def test_the_builder_reproduces_the_committed_files(tmp_path: Path) -> None:
    builder = load_builder()
    written = builder.write_examples(tmp_path)
    assert sorted(path.name for path in written) == sorted(f"{name}.json" for name in ALL)
    for path in written:
        assert path.read_bytes() == examples.read_bytes(path.name.removesuffix(".json")), path.name


def test_the_builder_finds_phrases_only_as_whole_words_within_their_segment() -> None:
    draft = Draft("Koptev said the agency\n\nhe said", id="urn:x", language="en")
    first, second = draft.segments
    assert second.find("he").start == len("Koptev said the agency\n\n")
    with pytest.raises(SpanNotFoundError, match="inside the word 'the'"):
        first.find("he")
    with pytest.raises(SpanNotFoundError, match="occurs 1 time"):
        first.find("said", occurrence=2)  # the second "said" is on the next line


# --- the reference article: text and segments ---------------------------------------------


def test_reference_text_is_the_scraped_file_exactly(reference: Article) -> None:
    assert reference.text == CORPUS_TEXT.read_bytes().decode("utf-8")
    assert len(reference.text) == 2781
    assert is_canonical_text(reference.text)
    assert not reference.text.endswith("\n")


def test_reference_segments_are_chrome_headline_and_fifteen_paragraphs(reference: Article) -> None:
    roles = [segment.role for segment in reference.segments]
    assert (
        roles
        == [SegmentRole.PAGE_CHROME] * 2 + [SegmentRole.HEADLINE] + [SegmentRole.PARAGRAPH] * 15
    )
    chrome = [
        s.text_in(reference.text) for s in reference.segments_with_role(SegmentRole.PAGE_CHROME)
    ]
    assert chrome == [
        "Get the latest updates as we post them \u2014 right on your browser",
        ". Last Updated: 07/27/2016",
    ]
    assert reference.headline == "Space Agency Teams With Arms Exporter"
    assert reference.paragraphs[0].startswith("The cash-strapped Russian Space Agency")
    assert reference.paragraphs[-1].endswith("Rapota said.")
    # Each non-blank line is one segment, and the blank lines belong to none.
    lines = [line for line in reference.text.split("\n") if line]
    assert [s.text_in(reference.text) for s in reference.segments] == lines
    between = [
        reference.text[a.end : b.start]
        for a, b in zip(reference.segments, reference.segments[1:], strict=False)
    ]
    assert set(between) == {"\n\n"}


def test_reference_metadata(reference: Article) -> None:
    assert reference.language == "en"
    assert reference.id.startswith("urn:")
    assert reference.url == f"https://{ORIGINAL_PAGE}"


# --- the reference article: time ----------------------------------------------------------


def times_with_text(article: Article, exact: str) -> list[TimeExpression]:
    return [t for t in article.times if t.anchor is not None and t.anchor.exact == exact]


def test_document_times_say_where_they_came_from(reference: Article) -> None:
    created = reference.document_time(DocumentFunction.CREATION_TIME)
    assert created is not None
    assert (created.value, created.provenance, created.anchor) == (
        "1999-02",
        Provenance.ANNOTATOR,
        None,
    )
    assert created.note is not None
    assert ORIGINAL_PAGE in created.note
    published = reference.document_time(DocumentFunction.PUBLICATION_TIME)
    assert published is not None
    assert (published.value, published.provenance) == ("1999-02", Provenance.ANNOTATOR)
    modified = reference.document_time(DocumentFunction.MODIFICATION_TIME)
    assert modified is not None
    assert modified.anchor is not None
    assert modified.anchor.exact == "07/27/2016"
    assert (modified.value, modified.provenance) == ("2016-07-27", Provenance.PAGE_TEMPLATE)
    segment = reference.segments[1]
    assert segment.role is SegmentRole.PAGE_CHROME
    assert segment.start <= modified.anchor.start < modified.anchor.end <= segment.end


def test_last_year_resolves_to_1998_against_the_creation_time(reference: Article) -> None:
    created = reference.document_time(DocumentFunction.CREATION_TIME)
    assert created is not None
    last_years = times_with_text(reference, "last year")
    assert len(last_years) == 2
    for last_year in last_years:
        assert (last_year.type, last_year.value) == (TimexType.DATE, "1998")
        assert last_year.anchor_time == created.id
        assert int(last_year.value) == int(created.value[:4]) - 1
    modified = reference.document_time(DocumentFunction.MODIFICATION_TIME)
    assert modified is not None
    assert all(t.anchor_time != modified.id for t in reference.times)


def test_time_expressions_in_the_text(reference: Article) -> None:
    created = reference.created
    assert created is not None
    wednesdays = times_with_text(reference, "Wednesday")
    # The creation time (February 1999) fixes the year, not the week.
    assert [(t.value, t.anchor_time) for t in wednesdays] == [("1999-WXX-3", created.id)] * 2
    assert [t.value for t in times_with_text(reference, "1998")] == ["1998"]
    assert [t.value for t in times_with_text(reference, "soon")] == ["FUTURE_REF"]
    # The signal "in" is not part of the expression.
    (window,) = times_with_text(reference, "the next two months or so")
    assert (window.type, window.value, window.modifier, window.anchor_time) == (
        TimexType.DURATION,
        "P2M",
        TimexModifier.APPROX,
        created.id,
    )


# --- the reference article: entities ------------------------------------------------------


def entity(article: Article, identifier: str) -> Any:
    found = article.by_id()[identifier]
    assert hasattr(found, "mentions")
    return found


def mention_texts(item: Any) -> list[str]:
    return [mention.anchor.exact for mention in item.mentions]


def test_people_with_roles_and_later_references(reference: Article) -> None:
    people = {p.name: p for p in reference.entities if isinstance(p, Person)}
    assert set(people) == {"Yury Koptev", "Grigory Rapota", "Bill Clinton"}
    by_id = reference.by_id()
    roles = {
        name: [(r.title, by_id[r.organization].name) for r in person.roles if r.organization]
        for name, person in people.items()
    }
    assert roles == {
        "Yury Koptev": [("general director", "Russian Space Agency")],
        "Grigory Rapota": [("chief", "Rosvooruzheniye")],
        "Bill Clinton": [("President", "United States")],
    }
    koptev = mention_texts(people["Yury Koptev"])
    assert {"Yury Koptev", "Koptev", "the Russian space chief", "he", "his"} <= set(koptev)
    assert koptev.count("he") == 2


def test_organizations_and_their_nominal_mentions(reference: Article) -> None:
    orgs = {o.name: o for o in reference.entities if isinstance(o, Organization)}
    assert {
        "Russian Space Agency",
        "Rosvooruzheniye",
        "Rossiiskiye Tekhnologii",
        "Strategic Missile Forces",
    } <= set(orgs)
    assert {"agency", "the space agency", "his agency"} <= set(
        mention_texts(orgs["Russian Space Agency"])
    )
    assert {"major arms exporter", "his company", "the arms exporter"} <= set(
        mention_texts(orgs["Rosvooruzheniye"])
    )


def test_metonymy_mentions(reference: Article) -> None:
    metonyms = {
        mention.anchor.exact: item.name
        for item in reference.entities
        for mention in item.mentions
        if mention.metonymy
    }
    assert metonyms == {"Washington": "United States government", "Moscow": "Russian government"}


def test_places_and_the_satellite(reference: Article) -> None:
    places = {p.name: mention_texts(p) for p in reference.entities if type(p).__name__ == "Place"}
    assert {"Russia", "Iran", "Sweden", "United States"} <= set(places)
    assert places["Sweden"] == ["Swedish"]
    artifacts = {a.name: a for a in reference.entities if isinstance(a, Artifact)}
    assert artifacts["Astrid II"].category == "satellite"
    # The accord is a thing too, named four ways.
    assert mention_texts(artifacts["the accord"]) == [
        "a cooperation agreement",
        "The accord",
        "the accord",
        "Wednesday's agreement",
    ]


def test_groups(reference: Article) -> None:
    groups = {tuple(mention_texts(g)): g for g in reference.entities if isinstance(g, Group)}
    texts = {text for mentions in groups for text in mentions}
    # Groups the story names only generically are entities too.
    assert {
        "the armed forces of foreign countries",
        "countries developing ballistic missiles and nuclear weapon programs",
        "other countries",
        "military plants",
    } <= texts
    assert {
        "reporters",
        "U.S. space companies",
        "more than a dozen Russian defense and space industry firms",
        "Koptev and Rapota",
    } <= texts


# --- the reference article: attribution, refusals, claims ---------------------------------


def attributions_by_content(article: Article) -> dict[str, Attribution]:
    return {" ".join(part.exact for part in a.content): a for a in article.attributions}


def test_the_mixed_and_the_direct_quote(reference: Article) -> None:
    by_content = attributions_by_content(reference)
    by_id = reference.by_id()
    mixed = by_content[
        'The accord "will allow us to supplement" the national space industry\'s exports'
    ]
    assert mixed.quote is QuoteKind.MIXED
    assert [by_id[s].name for s in mixed.sources] == ["Yury Koptev"]
    assert [piece.exact for piece in mixed.cue] == ["told reporters"]
    assert mixed.addressee is not None
    assert mention_texts(by_id[mixed.addressee]) == ["reporters"]
    direct = by_content["Time will show how large this supplement may be"]
    assert direct.quote is QuoteKind.DIRECT
    assert [piece.exact for piece in direct.cue] == ["added"]
    assert [q.quote for q in reference.attributions].count(QuoteKind.INDIRECT) == len(
        reference.attributions
    ) - 2


def test_the_nested_report(reference: Article) -> None:
    by_id = reference.by_id()
    (nested,) = [a for a in reference.attributions if a.nested_in is not None]
    outer = by_id[nested.nested_in]
    assert outer.content[0].start <= nested.content[0].start
    assert nested.content[-1].end <= outer.content[-1].end
    assert nested.source_anchor is not None
    assert nested.source_anchor.exact == "he"
    # PARC content interrupted by source and cue: "which [he said] would give ..."
    assert nested.content[0].exact == "which"
    assert nested.content[-1].exact.startswith("would give the sales added legitimacy")


def test_the_joint_the_anonymous_and_the_writer_sources(reference: Article) -> None:
    by_id = reference.by_id()
    joint = [a for a in reference.attributions if len(a.sources) == 2]
    assert [sorted(by_id[s].name for s in a.sources) for a in joint] == [
        ["Grigory Rapota", "Yury Koptev"]
    ]
    assert joint[0].source_anchor is not None
    assert joint[0].source_anchor.exact == "Koptev and Rapota"

    (anonymous,) = [e for e in reference.entities if isinstance(e, AnonymousSource)]
    assert anonymous.affiliation is not None
    assert by_id[anonymous.affiliation].name == "Rosvooruzheniye"
    assert anonymous.anonymity_reason is not None
    assert anonymous.anonymity_reason.exact == "asked not to be identified"
    assert [
        p.exact for a in reference.attributions if anonymous.id in a.sources for p in a.cue
    ] == ["said"]

    writers = {c.content[0].exact for c in reference.claims if c.asserted_by_writer}
    assert "The Russian Space Agency supervises most of Russia's space industry" in writers
    assert any(text.startswith("Rosvooruzheniye accounts for some 90 percent") for text in writers)
    assert any(text.startswith("Washington has already slapped sanctions") for text in writers)
    assert any(
        [piece.exact for piece in a.cue] == ["said"]
        and a.content[0].exact.startswith("Rosvooruzheniye's successful mediation")
        for a in reference.attributions
    )


def test_both_refusals(reference: Article) -> None:
    by_id = reference.by_id()
    refusals = {r.kind: r for r in reference.refusals}
    assert set(refusals) == {RefusalKind.DECLINED_TO_ESTIMATE, RefusalKind.DECLINED_TO_ELABORATE}
    estimate = refusals[RefusalKind.DECLINED_TO_ESTIMATE]
    assert sorted(by_id[s].name for s in estimate.sources) == ["Grigory Rapota", "Yury Koptev"]
    elaborate = refusals[RefusalKind.DECLINED_TO_ELABORATE]
    assert elaborate.anchor.exact == "would not elaborate"
    assert elaborate.about is not None
    claim = by_id[elaborate.about]
    assert isinstance(claim, Claim)
    assert claim.attribution is not None
    assert by_id[claim.attribution].sources == elaborate.sources
    assert isinstance(by_id[elaborate.sources[0]], AnonymousSource)


def test_claims_cover_every_report_with_factuality_and_hedges(reference: Article) -> None:
    reported = {c.attribution for c in reference.claims if c.attribution}
    assert reported == {a.id for a in reference.attributions}
    assert all(c.statement for c in reference.claims)
    hedges = {h.exact for c in reference.claims for h in c.hedges}
    assert {"may", "hopes", "Time will show", "alleged", "some", "or so"} <= hedges
    # A hedge other than an approximation ("some") lowers the source's commitment.
    for claim in reference.claims:
        if {h.exact for h in claim.hedges} - {"some"}:
            assert claim.factuality is not Factuality.CERTAIN_POSITIVE, claim.id
    linked = {q for c in reference.claims for q in c.quantities}
    assert linked == {q.id for q in reference.quantities}


# --- the reference article: quantities, comparison, events ---------------------------------

#: exact text -> (value, currency, unit, approximate, comparator), per DOMAIN.md.
EXPECTED_QUANTITIES = {
    "some 90 percent": (90, None, "%", True, None),
    "35 offices": (35, None, "{office}", False, None),
    "some $880 million": (880_000_000, "USD", None, True, None),
    "$1 billion": (1_000_000_000, "USD", None, False, None),
    "$50 billion": (50_000_000_000, "USD", None, False, None),
    "more than a dozen": (12, None, "{firm}", False, ">"),
    "two months or so": (2, None, "mo", True, None),
    "most": (50, None, "%", False, ">"),
}


def test_every_quantity_domain_names(reference: Article) -> None:
    found = {
        q.anchor.exact: (
            q.value,
            q.currency,
            q.unit,
            q.approximate,
            q.comparator.value if q.comparator else None,
        )
        for q in reference.quantities
    }
    assert found == EXPECTED_QUANTITIES
    quantities = {q.anchor.exact: q for q in reference.quantities}
    by_id = reference.by_id()
    sales = quantities["some $880 million"]
    assert sales.time is not None
    assert (by_id[sales.time].anchor.exact, by_id[sales.time].value) == ("last year", "1998")
    assert quantities["more than a dozen"].scale_word == "dozen"
    window = quantities["two months or so"]
    assert window.time is not None
    assert by_id[window.time].value == "P2M"
    assert all(isinstance(q, Quantity) and q.measured for q in reference.quantities)


def test_the_comparison(reference: Article) -> None:
    by_id = reference.by_id()
    (comparison,) = reference.comparisons
    assert comparison.cue.exact == "dwarfed by"
    assert comparison.relation is ComparisonRelation.LESS
    assert by_id[comparison.subject].anchor.exact == "$1 billion"
    assert by_id[comparison.standard].anchor.exact == "$50 billion"
    assert comparison.claim is not None
    claim = by_id[comparison.claim]
    assert claim.asserted_by_writer
    assert (
        claim.content[0].start <= comparison.cue.start < comparison.cue.end <= claim.content[-1].end
    )


def test_the_events(reference: Article) -> None:
    by_id = reference.by_id()
    events = {e.anchor.exact: e for e in reference.events}
    assert set(events) == {
        "signing",
        "launch",
        "sanctions",
        "reduce the quota",
        "clinch an export deal",
        "reach a deal",
        "sought a deal",
    }

    def parts(exact: str) -> dict[str, str]:
        return {by_id[p.entity].name: p.role for p in events[exact].participants}

    signing = events["signing"]
    assert {"Yury Koptev", "Grigory Rapota"} <= set(parts("signing"))
    assert signing.time is not None
    assert by_id[signing.time].value == "1999-WXX-3"
    # The same signing, told in other words, before and after.
    assert [m.exact for m in signing.mentions] == [
        "clinched",
        "a cooperation agreement",
        "The accord",
        "the accord",
        "Wednesday's agreement",
    ]
    # Deals sources hold possible carry the time the text gives them.
    assert by_id[events["clinch an export deal"].time].value == "P2M"
    assert by_id[events["reach a deal"].time].value == "FUTURE_REF"

    launch = events["launch"]
    assert launch.time is not None
    assert by_id[launch.time].value == "1998"
    assert parts("launch") == {
        "Astrid II": "payload",
        "Strategic Missile Forces": "launcher",
        "Rosvooruzheniye": "mediator",
    }

    assert parts("sanctions")["United States government"] == "imposer"
    cut = events["reduce the quota"]
    assert cut.condition is not None
    assert cut.condition.exact.startswith("if Moscow fails to")
    assert cut.factuality is not Factuality.CERTAIN_POSITIVE


# --- the unicode example -------------------------------------------------------------------


def test_unicode_text_has_characters_of_every_width(unicode_example: Article) -> None:
    text = unicode_example.text
    assert is_canonical_text(text)
    assert any(ord(c) > 0xFFFF for c in text)  # outside the BMP: 2 UTF-16 units
    assert any("\u4e00" <= c <= "\u9fff" for c in text)  # CJK: 3 UTF-8 bytes
    assert any(unicodedata.decomposition(c) and ord(c) < 0x250 for c in text)  # precomposed
    combining = [i for i, c in enumerate(text) if unicodedata.combining(c)]
    assert combining  # a combining mark that NFC could not fold into its base letter
    assert (
        unicodedata.normalize("NFC", text[combining[0] - 1 : combining[0] + 1])
        == text[combining[0] - 1 : combining[0] + 1]
    )


def test_unicode_annotations_lie_after_the_wide_characters(unicode_example: Article) -> None:
    text = unicode_example.text
    last_wide = max(
        i
        for i, c in enumerate(text)
        if ord(c) > 0xFFFF or unicodedata.combining(c) or "\u4e00" <= c <= "\u9fff"
    )
    mentions = [m.anchor for e in unicode_example.entities for m in e.mentions]
    for kind, anchors in {
        "quote": [part for a in unicode_example.attributions for part in a.content],
        "quantity": [q.anchor for q in unicode_example.quantities],
        "mention": mentions,
    }.items():
        assert any(anchor.start > last_wide for anchor in anchors), kind


def test_offsets_after_the_emoji_differ_by_unit_and_convert_back(
    unicode_example: Article,
) -> None:
    text = unicode_example.text
    emoji = next(i for i, c in enumerate(text) if ord(c) > 0xFFFF)
    after = [a for a in anchors_in(unicode_example) if a.start > emoji]
    assert len(after) > 10
    encoded_16 = text.encode("utf-16-le")
    encoded_8 = text.encode("utf-8")
    for anchor in after:
        for offset in (anchor.start, anchor.end):
            units, octets = to_utf16(text, offset), to_utf8(text, offset)
            assert offset < units < octets
            assert from_utf16(text, units) == offset
            assert from_utf8(text, octets) == offset
        start_16, end_16 = to_utf16(text, anchor.start), to_utf16(text, anchor.end)
        assert encoded_16[2 * start_16 : 2 * end_16].decode("utf-16-le") == anchor.exact
        start_8, end_8 = to_utf8(text, anchor.start), to_utf8(text, anchor.end)
        assert encoded_8[start_8:end_8].decode("utf-8") == anchor.exact


# --- the reference article: corrections after a second reading (issue 10) --------------------


def claim_by_id(article: Article, identifier: str) -> Claim:
    found = article.by_id()[identifier]
    assert isinstance(found, Claim)
    return found


def test_a_claim_interrupted_by_its_source_and_cue_is_two_stretches(reference: Article) -> None:
    claim = claim_by_id(reference, "c-us-earnings")
    assert [part.exact for part in claim.content] == [
        "what U.S. space companies earned last year, which",
        "was $50 billion",
    ]
    source_and_cue = reference.text[claim.content[0].end : claim.content[1].start]
    assert source_and_cue.strip() == "the Russian space chief said"


def test_an_uncommitted_claim_does_not_predict_what_its_source_left_open(
    reference: Article,
) -> None:
    claim = claim_by_id(reference, "c-supplement-size")
    assert claim.factuality is Factuality.UNCOMMITTED
    assert claim.statement is not None
    assert "will be large" not in claim.statement
    assert claim.statement.startswith("Time will show how large")


def test_the_writer_calls_rosvooruzheniye_a_major_arms_exporter(reference: Article) -> None:
    claim = claim_by_id(reference, "c-major-arms-exporter")
    assert claim.asserted_by_writer
    assert [part.exact for part in claim.content] == ["major arms exporter Rosvooruzheniye"]


def test_an_example_uses_each_thing_format_2_0_added() -> None:
    """Each of the twelve additions of 2.0 is used in a bundled example, as written."""
    added = examples.load("what-2-0-adds")
    reference = examples.load(REFERENCE)
    by_id = added.by_id()
    # 1. a work as a source; 12. an organization known only by description
    (estimate,) = [a for a in added.attributions if a.act is newsmodel.SpeechAct.ESTIMATE]
    assert isinstance(by_id[estimate.sources[0]], newsmodel.Work)
    assert by_id["this-newspaper"].name is None
    # 2. the writer's commitment differs from the source's
    (commitment,) = by_id["c-asked-potters"].commitments
    assert commitment.writer
    assert commitment.factuality is newsmodel.Factuality.UNCOMMITTED
    # 3. speech acts, a request that reports no claim; the threat in the reference article
    request = by_id["a-cups"]
    assert request.act is newsmodel.SpeechAct.REQUEST
    assert not [c for c in added.claims if c.attribution == request.id]
    assert reference.by_id()["a-quota-threat"].act is newsmodel.SpeechAct.THREAT
    # 4. when and where it was said; 5. a cue in pieces
    closing = by_id["a-closing"]
    assert (closing.time, closing.place, closing.occasion) == (
        "t-sunday",
        "kyoto",
        "e-press-conference",
    )
    assert [piece.exact for piece in estimate.cue] == ["puts", "at"]
    # 6. a refusal and a non-response, told apart by kind
    assert {r.kind.refused for r in added.refusals} == {True, False}
    # 7. another name in Japanese, and a stretch of the text in Japanese
    assert by_id["tanaka"].alternate_names[0].language == "ja"
    assert [span.language for span in added.language_spans] == ["ja"]
    # 8. TLINKs, a SET with a quantifier, a decade
    assert {r.relation for r in added.time_relations} == {
        newsmodel.TemporalRelation.BEFORE,
        newsmodel.TemporalRelation.IS_INCLUDED,
    }
    assert by_id["t-spring"].quantifier == "EVERY"
    assert by_id["t-1990s"].precision == "decade"
    # 9. an update with its date, a correction tied to what it corrects and withdraws
    update, correction = added.corrections
    assert update.time == "t-march-16"
    assert (correction.corrects, correction.withdraws) == (
        ("q-attendance",),
        ("q-wrong-attendance",),
    )
    # 10. a claim known only from a fact-check
    cancelled = by_id["c-cancelled"]
    assert not cancelled.anchored
    assert cancelled.claimant
    assert cancelled.appearances[0].first
    # 11. two annotators, a person's layer and a model's, with a confidence
    assert {a.kind for a in added.annotators} == {
        newsmodel.AnnotatorKind.PERSON,
        newsmodel.AnnotatorKind.MODEL,
    }
    assert (by_id["kyoto"].annotator, by_id["kyoto"].confidence) == ("annotator-ner", 0.87)
    # 12. a change with its direction, an exact fraction, the place it was filed from
    rise = by_id["q-rise"]
    assert rise.change is newsmodel.ChangeDirection.INCREASE
    assert rise.fraction is not None
    assert added.filed_from == "kyoto"
