"""``newsmodel convert --from timeml|cat|brat``: documents out, the fidelity report on stderr."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner, Result

from newsmodel import loads
from newsmodel.cli import main

FIXTURES = Path(__file__).parent / "fixtures"


def run(*arguments: str) -> Result:
    return CliRunner().invoke(main, ["convert", *arguments])


def test_timeml_document_on_stdout_and_the_fidelity_table_on_stderr() -> None:
    result = run("--from", "timeml", str(FIXTURES / "small.tml"))
    assert result.exit_code == 0, result.output
    assert loads(result.stdout).times[0].id == "t0"
    assert "TLINK" in result.stderr
    row = next(line for line in result.stderr.splitlines() if line.startswith("TLINK"))
    assert row.split() == ["TLINK", "3", "0", "1"]


def test_json_format_gives_every_outcome(tmp_path: Path) -> None:
    out = tmp_path / "port.json"
    result = run("--from", "brat", str(FIXTURES / "port.txt"), "--format", "json", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert loads(out.read_bytes()).attributions
    reports = json.loads(result.stderr[result.stderr.index("\n[") + 1 :])
    (report,) = reports
    assert {o["id"] for o in report["outcomes"] if o["kind"] == "brat:Discuss"} == {
        "annotator-aaaa:T12"
    }


def test_a_broken_file_is_reported_with_a_code_and_nothing_is_written(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text("<Document><token t_id='1'>x</token>", encoding="utf-8")
    out = tmp_path / "out.json"
    result = run("--from", "cat", str(bad), "-o", str(out))
    assert result.exit_code == 3
    assert "interchange.corpus_unreadable" in result.stderr
    assert "Traceback" not in result.output
    assert not out.exists()
