"""``newsmodel ingest``: pages and texts to documents, with the CLI's exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from newsmodel import loads
from newsmodel.cli import main

PAGE = Path(__file__).parents[1] / "ingest" / "pages" / "harbour-en.html"


def run(*arguments: str) -> Result:
    return CliRunner().invoke(main, ["ingest", *arguments])


def test_a_page_becomes_a_document_written_to_a_file(tmp_path: Path) -> None:
    out = tmp_path / "doc.json"
    result = run(str(PAGE), "--url", "https://example.org/cranes", "--draft", "-o", str(out))
    assert result.exit_code == 0, result.output
    article = loads(out.read_bytes())
    assert article.url == "https://example.org/cranes"
    assert article.attributions
    assert article.annotators[0].name == "newsmodel-drafter"
    assert "interchange.dates_disagree (warning)" in result.stderr


def test_a_text_with_its_metadata(tmp_path: Path) -> None:
    text, meta = tmp_path / "story.txt", tmp_path / "meta.json"
    text.write_text("Port reopens\n\nThe port reopened on Monday.\n", encoding="utf-8")
    meta.write_text(json.dumps({"title": "Port reopens", "language": "en", "date": "2024-05-06"}))
    result = run(str(text), "--meta", str(meta))
    assert result.exit_code == 0, result.output
    assert loads(result.stdout_bytes).times[0].value == "2024-05-06"


def test_a_missing_page_is_unreadable_with_a_code(tmp_path: Path) -> None:
    out = tmp_path / "doc.json"
    result = run(str(tmp_path / "absent.html"), "-o", str(out))
    assert result.exit_code == 3
    assert "input.not_found" in result.stderr
    assert "Traceback" not in result.output
    assert not out.exists()


def test_bad_metadata_and_text_that_is_not_utf8_are_unreadable(tmp_path: Path) -> None:
    text, meta = tmp_path / "story.txt", tmp_path / "meta.json"
    text.write_text("Port reopens\n\nThe port reopened.\n", encoding="utf-8")
    meta.write_text('{"title": "Port", "title": "again"}')
    result = run(str(text), "--meta", str(meta))
    assert (result.exit_code, "json.duplicate_key" in result.stderr) == (3, True)
    meta.write_text("{}")
    text.write_bytes("Caf\u00e9 reopens\n\nIt reopened.\n".encode("latin-1"))
    result = run(str(text), "--meta", str(meta))
    assert (result.exit_code, "json.encoding" in result.stderr) == (3, True)


def test_a_page_with_no_story_is_reported_and_nothing_is_written(tmp_path: Path) -> None:
    page, out = tmp_path / "empty.html", tmp_path / "doc.json"
    page.write_bytes(b"<html><body> </body></html>")
    out.write_bytes(b"kept")
    result = run(str(page), "-o", str(out))
    assert result.exit_code == 1
    assert "interchange.no_story" in result.stderr
    assert out.read_bytes() == b"kept"
