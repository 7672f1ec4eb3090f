"""``newsmodel fmt``, ``newsmodel schema`` and ``newsmodel rules``."""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import newsmodel
from newsmodel.cli import main
from newsmodel.schema import generated_files
from newsmodel.validation import RULES, catalogue
from newsmodel.versions import CURRENT_VERSION

CORPUS = Path(__file__).parents[1] / "corpus" / CURRENT_VERSION
GOOD = CORPUS / "valid" / "port-authority-signs-deal.json"
COMPACT = CORPUS / "valid" / "compact-not-canonical.json"
SHIFTED = CORPUS / "invalid" / "anchor.text_mismatch--shifted-offset.json"
REPOSITORY = Path(__file__).parents[2]


def run(*arguments: str, stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(main, list(arguments), input=stdin)


def test_fmt_rewrites_in_canonical_form_keeping_permissions(tmp_path: Path) -> None:
    path = tmp_path / "doc.json"
    shutil.copy(COMPACT, path)
    os.chmod(path, 0o640)
    check = run("fmt", "--check", str(path))
    assert check.exit_code == 1
    assert check.stdout == f"would reformat {path}\n"
    assert path.read_bytes() == COMPACT.read_bytes()  # --check writes nothing
    result = run("fmt", str(path))
    assert result.exit_code == 0
    assert path.read_bytes() == newsmodel.dumps(newsmodel.load(path))
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert run("fmt", "--check", str(path)).exit_code == 0
    assert [p.name for p in tmp_path.iterdir()] == ["doc.json"]  # no temporary left behind


def test_fmt_diff_shows_what_would_change(tmp_path: Path) -> None:
    path = tmp_path / "doc.json"
    shutil.copy(COMPACT, path)
    result = run("fmt", "--diff", str(path))
    assert result.exit_code == 1
    assert result.stdout.startswith(f"--- {path} (now)\n+++ {path} (canonical)\n")
    assert path.read_bytes() == COMPACT.read_bytes()


def test_fmt_refuses_to_rewrite_an_invalid_or_unreadable_document(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(json.dumps(json.loads(SHIFTED.read_bytes())).encode())
    before = bad.read_bytes()
    result = run("fmt", str(bad))
    assert result.exit_code == 1
    assert "anchor.text_mismatch" in result.stdout
    assert "not rewritten" in result.stderr
    assert bad.read_bytes() == before
    broken = tmp_path / "broken.json"
    broken.write_bytes(b'{"$schema": ')
    assert run("fmt", str(broken)).exit_code == 3
    assert broken.read_bytes() == b'{"$schema": '
    assert run("fmt", str(tmp_path / "missing.json")).exit_code == 3


def test_fmt_json_lines_is_all_or_nothing(tmp_path: Path) -> None:
    good = json.dumps(json.loads(GOOD.read_bytes()), indent=None)
    path = tmp_path / "docs.jsonl"
    path.write_text(f"{good}\n\n{good}\n")
    assert run("fmt", str(path)).exit_code == 0
    lines = path.read_bytes().splitlines(keepends=True)
    assert len(lines) == 2
    assert json.loads(lines[0]) == json.loads(newsmodel.dumps(newsmodel.load(GOOD)))
    assert run("fmt", "--check", str(path)).exit_code == 0
    bad = json.dumps(json.loads(SHIFTED.read_bytes()))
    path.write_text(f"{good}\n{bad}\n")
    assert run("fmt", str(path)).exit_code == 1
    assert path.read_text() == f"{good}\n{bad}\n"


def test_fmt_standard_input_to_standard_output() -> None:
    result = run("fmt", "-", stdin=COMPACT.read_bytes())
    assert result.exit_code == 0
    assert result.stdout.encode() == newsmodel.dumps(newsmodel.load(COMPACT))


def test_schema_prints_the_root_the_bundle_or_a_file() -> None:
    root = json.loads(run("schema").stdout)
    assert root["$id"] == newsmodel.CURRENT_SCHEMA_URL
    bundle = json.loads(run("schema", "--bundle").stdout)
    assert "$ref" not in json.dumps(bundle).replace('"$ref": "#', "")  # only local references
    assert run("schema", "--file", "times.schema.json").exit_code == 0
    assert run("schema", "--file", "nope.json").exit_code == 2
    assert "article.schema.json" in run("schema", "--list").stdout.split()
    assert run("schema", "--bundle", "--check").exit_code == 2


def test_schema_check_and_write(tmp_path: Path) -> None:
    assert run("schema", "--check", "--dir", str(REPOSITORY / "schemas")).exit_code == 0
    assert run("schema", "--write", "--dir", str(tmp_path)).exit_code == 0
    assert run("schema", "--check", "--dir", str(tmp_path)).exit_code == 0
    written = tmp_path / CURRENT_VERSION / "article.schema.json"
    assert written.read_bytes() == generated_files()["article.schema.json"]
    written.write_text("{}")
    changed = run("schema", "--check", "--dir", str(tmp_path))
    assert changed.exit_code == 1
    assert "article.schema.json: differs" in changed.stdout
    written.unlink()
    missing = run("schema", "--check", "--dir", str(tmp_path))
    assert missing.exit_code == 1
    assert "article.schema.json: missing" in missing.stdout


def test_schema_check_outside_the_repository_says_there_is_no_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("schema", "--check")
    assert result.exit_code == 2
    assert "there is no schemas folder here" in result.stderr
    assert "missing" not in result.output
    assert "differ" not in result.output


def test_rules_lists_every_code_with_its_stage() -> None:
    listed = json.loads(run("rules", "--format", "json").stdout)
    assert [r["code"] for r in listed] == [entry.code for entry in catalogue()]
    assert {(r["code"], r["stage"]) for r in listed} >= {(r.code, "rules") for r in RULES}
    assert ("json.too_large", "json") in {(r["code"], r["stage"]) for r in listed}
    assert len(run("rules").stdout.splitlines()) == len(catalogue())


def test_rules_lists_the_rules_alone_with_stage_rules() -> None:
    listed = json.loads(run("rules", "--stage", "rules", "--format", "json").stdout)
    assert [r["code"] for r in listed] == [r.code for r in RULES]
    assert [r["severity"] for r in listed] == [r.severity.value for r in RULES]


def test_top_level_help_shows_no_commands_exit_codes() -> None:
    text = run("--help").stdout
    assert "Exit status" not in text
    assert "some document is invalid" not in text
    assert "validate --help" in text


def test_help_documents_every_exit_code() -> None:
    for command in (["validate"], ["fmt"]):
        text = run(*command, "--help").stdout
        for code in ("0", "1", "2", "3"):
            assert f"\n    {code}  " in text, (command, code)
