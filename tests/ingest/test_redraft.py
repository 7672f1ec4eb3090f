"""``newsmodel draft`` and :func:`draft_article`: drafts added to an existing document,
what it holds kept, nothing said twice."""

from __future__ import annotations

from pathlib import Path

import attrs
from click.testing import CliRunner, Result

import newsmodel
from newsmodel import dumps, loads, validate
from newsmodel.cli import main
from newsmodel.ingest import DRAFTER, draft_article, ingest_html, ingest_text
from newsmodel.model import Anchor, Article, Mention, MentionKind, Person, Quantity

PAGE = Path(__file__).resolve().parent / "pages" / "harbour-en.html"


def run(*arguments: str) -> Result:
    return CliRunner().invoke(main, ["draft", *arguments])


def test_drafting_a_document_gives_what_ingest_draft_gives(tmp_path: Path) -> None:
    plain, out = tmp_path / "plain.json", tmp_path / "drafted.json"
    plain.write_bytes(dumps(ingest_html(PAGE.read_bytes()).value))
    result = run(str(plain), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == dumps(ingest_html(PAGE.read_bytes(), draft=True).value)
    drafted = loads(out.read_bytes())
    added = [*drafted.attributions, *drafted.quantities, *drafted.entities]
    assert added
    assert all(item.annotator == DRAFTER and item.confidence for item in added)


def test_drafting_twice_adds_nothing_the_second_time(tmp_path: Path) -> None:
    once, twice = tmp_path / "once.json", tmp_path / "twice.json"
    once.write_bytes(dumps(ingest_html(PAGE.read_bytes(), draft=True).value))
    assert run(str(once), "-o", str(twice)).exit_code == 0
    assert twice.read_bytes() == once.read_bytes()


def _annotated_by_hand() -> Article:
    """A document in which a person annotated a speaker and an amount."""
    article = ingest_text(
        'Port deal\n\n"These cranes will help," Anna Berg said of the $48 million deal.',
        {"language": "en", "id": "urn:x:port"},
    ).value
    text = article.text or ""

    def anchor(words: str) -> Anchor:
        start = text.index(words)
        return Anchor(start=start, end=start + len(words), exact=words)

    berg = Person(
        id="berg",
        name="Anna Berg",
        mentions=(Mention(anchor=anchor("Anna Berg"), kind=MentionKind.NAME),),
    )
    deal = Quantity(id="deal", anchor=anchor("$48 million"), value=48, scale_word="million")
    return attrs.evolve(article, entities=(berg,), quantities=(deal,))


def test_what_the_document_holds_is_kept_and_not_drafted_again() -> None:
    article = _annotated_by_hand()
    drafted = draft_article(article)
    assert validate(drafted).valid
    # The person's quantity (even with a value the drafter would not give) and entity
    # stay as they were, and are not drafted again.
    assert drafted.quantities == article.quantities
    assert drafted.entities == article.entities
    # The drafted quotation names the person's entity as its source.
    (attribution,) = drafted.attributions
    assert (attribution.sources, attribution.annotator) == (("berg",), DRAFTER)
    assert [a.name for a in drafted.annotators] == [DRAFTER]


def test_drafts_of_another_version_of_the_drafter_name_their_own_version() -> None:
    drafted = ingest_html(PAGE.read_bytes(), draft=True).value
    (older,) = drafted.annotators
    # As an older drafter left it, and with its quantities removed by a person.
    article = attrs.evolve(
        drafted, annotators=(attrs.evolve(older, version="0.0.1"),), quantities=()
    )
    again = draft_article(article)
    assert validate(again).valid
    newer = f"{DRAFTER}-{newsmodel.__version__}"
    assert [(a.id, a.version) for a in again.annotators] == [
        (DRAFTER, "0.0.1"),
        (newer, newsmodel.__version__),
    ]
    assert again.quantities
    assert {q.annotator for q in again.quantities} == {newer}
    assert again.attributions == article.attributions


def test_an_invalid_document_is_refused_with_its_problems_and_nothing_written(
    tmp_path: Path,
) -> None:
    document, out = tmp_path / "doc.json", tmp_path / "out.json"
    valid = dumps(ingest_html(PAGE.read_bytes()).value)
    document.write_bytes(valid.replace(b'"language": "en"', b'"language": "not a tag"'))
    result = run(str(document), "-o", str(out))
    assert result.exit_code == 1
    assert "/language" in result.stderr
    assert "Traceback" not in result.output
    assert not out.exists()


def test_an_unreadable_document_or_output_exits_3(tmp_path: Path) -> None:
    result = run(str(tmp_path / "absent.json"))
    assert (result.exit_code, "input.not_found" in result.stderr) == (3, True)
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    result = run(str(tmp_path / "broken.json"))
    assert (result.exit_code, "json.syntax" in result.stderr) == (3, True)
    document = tmp_path / "doc.json"
    document.write_bytes(dumps(ingest_html(PAGE.read_bytes()).value))
    result = run(str(document), "-o", str(tmp_path / "no-such-folder" / "out.json"))
    assert (result.exit_code, "not written" in result.stderr) == (3, True)


def test_the_help_gives_the_exit_statuses() -> None:
    result = CliRunner().invoke(main, ["draft", "--help"])
    assert result.exit_code == 0
    assert "Exit status:" in result.output
    assert "newsmodel-drafter" in result.output
