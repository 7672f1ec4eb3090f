"""``newsmodel convert``: to and from the news world's formats, with validate's handling."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from newsmodel import loads
from newsmodel.cli import main
from newsmodel.cli.convert import READERS, WRITERS
from newsmodel.versions import CURRENT_VERSION

FIXTURES = Path(__file__).parents[1] / "interchange" / "fixtures"
CORPUS = Path(__file__).parents[1] / "corpus" / CURRENT_VERSION
GOOD = CORPUS / "valid" / "port-authority-signs-deal.json"
SHIFTED = CORPUS / "invalid" / "anchor.text_mismatch--shifted-offset.json"
TRUNCATED = CORPUS / "invalid" / "json.syntax--truncated.json"
CLAIMREVIEW = FIXTURES / "graph-with-id-reviewer.jsonld"


def run(*arguments: str, stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(main, ["convert", *arguments], input=stdin)


def test_the_formats_are_one_table_each_way() -> None:
    assert set(WRITERS) == {"schemaorg", "ninjs-3.1", "ninjs-2.2"}
    assert {"claimreview", "ninjs"} <= set(READERS)


def test_to_schemaorg_writes_json_ld_and_reports_losses_as_warnings() -> None:
    result = run("--to", "schemaorg", str(GOOD))
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["@graph"][0]["@type"] == "NewsArticle"
    assert f"{GOOD}: /segments: interchange.approximated (warning)" in result.stderr


def test_from_claimreview_writes_a_valid_document_to_a_file(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    result = run("--from", "claimreview", "--language", "pt", str(CLAIMREVIEW), "-o", str(out))
    assert result.exit_code == 0, result.output
    article = loads(out.read_bytes())
    assert article.language == "pt"
    assert "interchange.verdict_normalized (warning) verdict 'falso'" in result.stderr


def test_a_folder_is_searched_for_the_formats_suffixes_and_several_results_are_json_lines(
    tmp_path: Path,
) -> None:
    (tmp_path / "a.jsonld").write_bytes(CLAIMREVIEW.read_bytes())
    (tmp_path / "b.json").write_bytes((FIXTURES / "fact-check-tools.json").read_bytes())
    result = run("--from", "claimreview", str(tmp_path))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert [loads(line).claims[0].reviews[0].verdict_text for line in lines] == ["falso", "False"]


def test_json_lines_on_standard_input() -> None:
    record = json.dumps(json.loads((FIXTURES / "tiny-ninjs-3.1.json").read_text()))
    result = run("--from", "ninjs", "--jsonl", "-", stdin=f"{record}\n\n{record}\n".encode())
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 2
    assert "<stdin>:3: /copyrightNotice: interchange.dropped" in result.stderr


def test_an_input_that_cannot_be_converted_exits_1_and_the_others_are_written(
    tmp_path: Path,
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"@type": "ClaimReview", "url": "/relative"}')
    result = run("--from", "claimreview", str(bad), str(CLAIMREVIEW), "--format", "json")
    assert result.exit_code == 1
    report = json.loads(result.stderr)
    assert report["summary"]["invalid"] == 1
    assert report["documents"][0]["problems"][0]["code"] == "interchange.missing"
    assert loads(result.stdout).id == "https://checks.example/2021/port-deal"


def test_invalid_and_unreadable_inputs_exit_as_validate_does(tmp_path: Path) -> None:
    assert run("--to", "ninjs-3.1", str(SHIFTED)).exit_code == 1
    assert run("--to", "ninjs-3.1", str(TRUNCATED)).exit_code == 3
    assert run("--to", "ninjs-3.1", "no/such/file.json").exit_code == 3
    result = run("--from", "ninjs", str(TRUNCATED))
    assert result.exit_code == 3
    assert "json.syntax" in result.stderr


def test_nothing_is_written_when_nothing_converts(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    assert run("--to", "schemaorg", str(SHIFTED), "-o", str(out)).exit_code == 1
    assert not out.exists()


def test_exactly_one_direction_is_a_usage_error() -> None:
    assert run(str(GOOD)).exit_code == 2
    assert run("--to", "schemaorg", "--from", "ninjs", str(GOOD)).exit_code == 2
    assert run("--to", "ninjs-4.0", str(GOOD)).exit_code == 2
