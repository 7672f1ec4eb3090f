"""Draft annotations: what the drafter finds, how it resolves it, and that it says so."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from newsmodel import examples
from newsmodel.authoring import Draft
from newsmodel.ingest import DRAFTER, add_drafts
from newsmodel.ingest.amounts import find_amounts
from newsmodel.ingest.quotes import find_quotes
from newsmodel.ingest.timex import find_times
from newsmodel.model import AnnotatorKind, Comparator, DocumentFunction, Provenance, QuoteKind

ROOT = Path(__file__).resolve().parents[2]


def _quote(text: str, language: str = "en") -> tuple[str, str | None, str]:
    (found,) = find_quotes(text, [(0, len(text))], language)
    (start, end) = found.content[0]
    cue = text[found.cue[0] : found.cue[1]] if found.cue else None
    return text[start:end], cue, found.source_name


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("“We will win,” Koptev said.", "en", ("We will win", "said", "Koptev")),
        ('"We will win," said Koptev.', "en", ("We will win", "said", "Koptev")),
        (
            "Koptev told reporters: “We will win.”",
            "en",
            ("We will win", "told reporters", "Koptev"),
        ),
        (
            "« Nous allons gagner », a déclaré Koptev.",
            "fr",
            ("Nous allons gagner", "a déclaré", "Koptev"),
        ),
        ("„Wir werden gewinnen“, sagte Koptev.", "de", ("Wir werden gewinnen", "sagte", "Koptev")),
        ("Es gehe um „große Summen“, so ein Sprecher.", "de", None),
        (
            "コプテフ長官は「輸出を補うことができる」と述べた。",
            "ja",
            ("輸出を補うことができる", "と述べた", "コプテフ長官"),
        ),
        ("The plan “will work”, according to Rapota.", "en", None),
        ("— Det är bra, sa Koptev.", "sv", ("Det är bra", "sa", "Koptev")),
    ],
)
def test_direct_quotations_in_several_conventions_with_cue_and_source(
    text: str, language: str, expected: tuple[str, str, str] | None
) -> None:
    if expected is None:  # the writer's words around a quotation: a mixed one
        (found,) = find_quotes(text, [(0, len(text))], language)
        assert found.quote is QuoteKind.MIXED
        assert found.cue is not None
        return
    assert _quote(text, language) == expected


def test_a_quotation_without_a_cue_continues_the_last_speaker() -> None:
    text = '"We will win," Koptev said. "And soon."'
    text += "\n\n" + '"It will take time to get there."'
    found = find_quotes(text, [(0, 37), (39, len(text))])
    assert [q.source_name for q in found] == ["Koptev", "Koptev"]
    assert found[-1].cue is None
    assert found[-1].confidence < found[0].confidence


@pytest.mark.parametrize(
    ("text", "value", "currency", "comparator", "approximate"),
    [
        ("sales of $880 million last year", 880_000_000, "USD", None, False),
        ("a deal worth €2.5bn in all", 2_500_000_000, "EUR", None, False),
        ("some 90 percent of exports", 90, None, None, True),
        ("more than a dozen firms", 12, None, Comparator.MORE_THAN, False),
        ("at least 40 crane operators", 40, None, Comparator.AT_LEAST, False),
        ("about 15% fewer", 15, None, None, True),
        ("insgesamt 1.400 Dateien", 1400, None, None, False),
        ("für 600 US-Dollar gekauft", 600, "USD", None, False),
        ("the Dow fell 1,026.13 points", 1026.13, None, None, False),
        ("ein Minus von 1.026,13 Punkten", 1026.13, None, None, False),
    ],
)
def test_quantities_keep_their_words_value_currency_and_comparator(
    text: str, value: float, currency: str | None, comparator: Comparator | None, approximate: bool
) -> None:
    (found,) = find_amounts(text)
    assert (found.value, found.currency, found.comparator, found.approximate) == (
        value,
        currency,
        comparator,
        approximate,
    )


@pytest.mark.parametrize(
    ("text", "words", "bounds", "unit", "currency", "approximate"),
    [
        (
            "between 5 and 10 per cent of voters",
            "between 5 and 10 per cent",
            (5, 10),
            "%",
            None,
            False,
        ),
        ("a rise of 5-10% this year", "5-10%", (5, 10), "%", None, False),
        ("prices up 5\u201310 % in March", "5\u201310 %", (5, 10), "%", None, False),
        (
            "worth from $1m to $2m each",
            "from $1m to $2m",
            (1_000_000, 2_000_000),
            None,
            "USD",
            False,
        ),
        (
            "some 2,000 to 3,000 people marched",
            "some 2,000 to 3,000 people",
            (2000, 3000),
            None,
            None,
            True,
        ),
        ("a €2-3bn deal", "€2-3bn", (2_000_000_000, 3_000_000_000), None, "EUR", False),
        (
            "zwischen 5 und 10 Prozent der Stimmen",
            "zwischen 5 und 10 Prozent",
            (5, 10),
            "%",
            None,
            False,
        ),
        ("de 5 à 10 % des voix", "de 5 à 10 %", (5, 10), "%", None, False),
    ],
)
def test_ranges_are_one_quantity_with_a_minimum_and_a_maximum(
    text: str,
    words: str,
    bounds: tuple[int, int],
    unit: str | None,
    currency: str | None,
    approximate: bool,
) -> None:
    (found,) = find_amounts(text)
    assert text[found.start : found.end] == words
    assert (found.value, found.minimum, found.maximum) == (None, *bounds)
    assert (found.unit, found.currency, found.approximate) == (unit, currency, approximate)


@pytest.mark.parametrize(
    "text",
    [
        "on 2020-04-28 at noon",  # a date
        "in 1998-1999 the firm",  # a span of years
        "they won 3-1 at home",  # a score
        "from some $880 million last year to $1 billion",  # a change between two amounts
    ],
)
def test_what_only_looks_like_a_range_is_not_one(text: str) -> None:
    assert all(amount.minimum is None for amount in find_amounts(text))


def test_a_drafted_range_is_a_valid_quantity_without_a_value() -> None:
    draft = Draft(
        "Poll\n\nBetween 5 and 10 per cent of voters stayed home.", id="urn:x:poll", language="en"
    )
    add_drafts(draft, reference=None)
    (quantity,) = draft.build().quantities
    assert (quantity.value, quantity.minimum, quantity.maximum) == (None, 5, 10)
    assert quantity.anchor.exact == "Between 5 and 10 per cent"
    assert quantity.annotator == DRAFTER


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Mehr als 1000 interne Unterlagen kursieren", "Mehr als 1000 interne Unterlagen"),
        ("35 offices abroad", "35 offices"),  # a plural in -es, no adjective
        ("5 people 10 dogs", "5 people"),  # the next amount is not taken into this one
    ],
)
def test_a_count_runs_over_a_german_adjective_to_its_noun(text: str, words: str) -> None:
    first = find_amounts(text)[0]
    assert text[first.start : first.end] == words


def test_a_percentage_has_the_ucum_unit_and_money_is_never_a_percentage() -> None:
    (share,) = find_amounts("some 90 percent of exports")
    assert share.unit == "%"
    (money,) = find_amounts("a $880 million% typo")  # found by the property test
    assert (money.currency, money.unit, money.value) == ("USD", None, 880_000_000)


def test_impossible_dates_are_not_resolved() -> None:
    assert [t.value for t in find_times("Stand: 31.02.2020 and 30.02.2021", None)] == [None, None]


def test_years_and_times_of_day_are_not_counts() -> None:
    assert find_amounts("in 1998 at 10:30 the 2024 budget") == []


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        ("on Wednesday", "1999-02", "1999-WXX-3"),
        ("on Wednesday", "2024-03-15", "2024-03-13"),
        ("last year", "1999-02", "1998"),
        ("next month", "1999-12-03", "2000-01"),
        ("yesterday", "2024-03-01", "2024-02-29"),
        ("in the next two months or so", None, "P2M"),
        ("on March 13, 2024", None, "2024-03-13"),
        ("am 28.04.2020 um 18:00 Uhr", None, "2020-04-28T18:00"),
        ("soon", None, "FUTURE_REF"),
        ("on Wednesday", None, None),
        ("last month", "1999", None),
    ],
)
def test_times_resolve_against_the_creation_time_or_stay_unresolved(
    text: str, reference: str | None, value: str | None
) -> None:
    (found,) = find_times(text, reference)
    assert found.value == value


def test_every_draft_annotation_names_the_tool_and_a_confidence() -> None:
    draft = Draft(
        "Port buys cranes\n\n"
        '"These cranes will help," Anna Berg said on Wednesday, after a $48 million deal.',
        id="urn:x:port",
        language="en",
    )
    created = draft.document_time(
        DocumentFunction.CREATION_TIME, "2024-03-15", provenance=Provenance.STORY
    )
    add_drafts(draft, reference=created)
    article = draft.build()
    (annotator,) = article.annotators
    assert (annotator.id, annotator.kind, annotator.version) == (
        DRAFTER,
        AnnotatorKind.TOOL,
        __import__("newsmodel").__version__,
    )
    drafted = [
        *article.attributions,
        *article.quantities,
        *article.entities,
        *(t for t in article.times if t.function is None),
    ]
    assert len(drafted) == 4
    assert all(item.annotator == DRAFTER and 0 < (item.confidence or 0) <= 1 for item in drafted)
    assert article.times[0].annotator is None  # the document's own time is not a draft


def test_a_joint_source_is_each_speaker_and_the_group_its_words_name() -> None:
    draft = Draft(
        "Deal signed\n\nThe aim is to avoid rivalries, Koptev and Rapota said.",
        id="urn:x:deal",
        language="en",
    )
    add_drafts(draft, reference=None)
    article = draft.build()
    (attribution,) = article.attributions
    assert attribution.sources == ("koptev", "rapota")
    assert attribution.source_anchor is not None
    assert attribution.source_anchor.exact == "Koptev and Rapota"
    group = next(e for e in article.entities if e.id not in attribution.sources)
    assert [m.anchor.exact for m in group.mentions] == ["Koptev and Rapota"]


def test_the_benchmark_measures_the_drafts_against_the_reference_article() -> None:
    spec = importlib.util.spec_from_file_location(
        "bench_drafts", ROOT / "benchmarks" / "bench_drafts.py"
    )
    assert spec is not None
    assert spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    gold = examples.load(bench.NAME)
    rows = {name: (d, g, m) for name, d, g, m in bench.compare(gold, bench.drafted(gold))}
    # The gold counts are the reference article's; what is matched can only be drafted.
    assert rows["times: span"][1] == 7
    assert rows["quantities: span"][1] == 8
    assert rows["attributions: content exact"][1] == 12
    assert rows["names: mention span"][1] == 43
    assert all(m <= min(d, g) for d, g, m in rows.values())
    # The docs show the table as the benchmark prints it today.
    docs = (ROOT / "docs" / "ingesting.rst").read_text(encoding="utf-8")
    assert bench.table(list(bench.compare(gold, bench.drafted(gold)))) in docs


def _entities(text: str, language: str = "en") -> dict[str, tuple[str, list[str]]]:
    """The drafted entities of a one-paragraph text: name -> (type, mention words)."""
    draft = Draft("Report\n\n" + text, id="urn:x:names", language=language)
    add_drafts(draft, reference=None, language=language)
    article = draft.build()
    assert all(e.annotator == DRAFTER and e.confidence for e in article.entities)
    return {
        getattr(e, "name", None) or e.id: (type(e).__name__, [m.anchor.exact for m in e.mentions])
        for e in article.entities
    }


def test_a_name_and_its_later_surname_are_one_person() -> None:
    entities = _entities(
        "Jane Smith, who runs the Harbour Authority, met the mayor. Smith later "
        "said little, and the Harbour Authority gave no figures."
    )
    assert entities["Jane Smith"] == ("Person", ["Jane Smith", "Smith"])
    assert entities["Harbour Authority"] == ("Organization", ["Harbour Authority"] * 2)


def test_sentence_openers_titles_and_possessives_are_not_part_of_a_name() -> None:
    entities = _entities(
        "However, U.S. President Bill Clinton's administration said nothing. "
        "Neither Clinton nor Moscow replied, and Moscow's envoy left."
    )
    assert entities["Bill Clinton"] == ("Person", ["Bill Clinton", "Clinton"])
    assert entities["U.S."][1] == ["U.S."]
    assert entities["Moscow"][1] == ["Moscow", "Moscow"]
    assert not {"However", "Neither", "President", "Neither Clinton"} & set(entities)


def test_a_quotation_source_and_the_same_name_found_again_are_one_mention() -> None:
    entities = _entities('"We will build it," Anna Berg said. Anna Berg then left; Berg returned.')
    assert entities["Anna Berg"] == ("Person", ["Anna Berg", "Anna Berg", "Berg"])


def test_in_german_only_a_recurring_surname_makes_a_name_not_every_capitalised_noun() -> None:
    entities = _entities(
        "Der Rüstungskonzern Rheinmetall nennt den Vorfall ernst. Tobias Lindner, "
        "Sprecher der Grünen, sieht den Vorfall anders. Das sagte Lindner am Abend.",
        "de",
    )
    assert entities == {"Tobias Lindner": ("Person", ["Tobias Lindner", "Lindner"])}


def test_a_source_in_a_script_without_capitals_is_a_named_person() -> None:
    entities = _entities("コプテフ長官は「輸出を補うことができる」と述べた。", "ja")
    assert entities == {"コプテフ長官": ("Person", ["コプテフ長官"])}
