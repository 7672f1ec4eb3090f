"""``newsmodel migrate``, ``newsmodel schema --diff``, and reading older documents."""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

from click.testing import CliRunner, Result

import newsmodel
from newsmodel.cli import main
from newsmodel.versions import CURRENT_VERSION, KNOWN_VERSIONS

CORPUS = Path(__file__).parents[1] / "corpus"
OLD = CORPUS / "1.0" / "migration" / "port-authority-signs-deal.json"
MIGRATED = OLD.with_name("port-authority-signs-deal.migrated.json")


def run(*arguments: str, stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(main, list(arguments), input=stdin)


def test_migrate_rewrites_an_older_document_atomically_keeping_permissions(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.json"
    shutil.copy(OLD, path)
    os.chmod(path, 0o640)
    check = run("migrate", "--check", str(path))
    assert check.exit_code == 1
    assert check.stdout == f"would migrate {path} (1.0 to {CURRENT_VERSION})\n"
    assert path.read_bytes() == OLD.read_bytes()  # --check writes nothing
    result = run("migrate", str(path))
    assert result.exit_code == 0, result.output
    assert result.stdout == f"migrated {path} (1.0 to {CURRENT_VERSION})\n"
    assert path.read_bytes() == MIGRATED.read_bytes()
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["old.json"]  # no temporary file left
    again = run("migrate", "--check", str(path))
    assert (again.exit_code, again.stdout) == (0, "")  # already current: nothing to do


def test_migrate_leaves_an_invalid_older_document_untouched(tmp_path: Path) -> None:
    document = json.loads(OLD.read_bytes())
    document["attributions"][0]["cue"]["end"] += 1  # the 1.0 rules still apply: text_mismatch
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    before = path.read_bytes()
    result = run("migrate", str(path))
    assert result.exit_code == 1
    assert "anchor.text_mismatch" in result.output
    assert "/attributions/0/cue/exact" in result.output  # the pointer into the 1.0 document
    assert f"{path}: not migrated, since it is not valid" in result.stderr
    assert path.read_bytes() == before


def test_migrate_writes_standard_input_to_standard_output() -> None:
    result = run("migrate", "-", stdin=OLD.read_bytes())
    assert result.exit_code == 0
    assert result.stdout_bytes == MIGRATED.read_bytes()


def test_fmt_never_changes_a_version(tmp_path: Path) -> None:
    path = tmp_path / "old.json"
    shutil.copy(OLD, path)
    result = run("fmt", str(path))
    assert result.exit_code == 1
    assert "is a newsmodel 1.0 document; 'newsmodel migrate' rewrites it" in result.stderr
    assert path.read_bytes() == OLD.read_bytes()


def test_an_older_document_loads_validates_and_writes_the_current_version() -> None:
    assert newsmodel.validate(OLD.read_bytes()).valid
    article = newsmodel.load(OLD)
    assert article.schema == newsmodel.CURRENT_SCHEMA_URL
    (review,) = [review for claim in article.claims for review in claim.reviews]
    (reviewer,) = review.reviewers
    assert article.by_id()[reviewer].name == "Example Checks"


def test_an_older_document_is_checked_against_its_own_schema() -> None:
    document = json.loads(OLD.read_bytes())
    document["attributions"][0]["cue"] = [document["attributions"][0]["cue"]]  # 2.0's form
    report = newsmodel.validate(json.dumps(document))
    assert [(p.code, p.pointer) for p in report.problems] == [
        ("schema.type", "/attributions/0/cue")
    ]


def test_schema_diff_lists_each_change_with_its_verdict() -> None:
    result = run("schema", "--diff", "1.0", "2.0")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert "BREAKING    Attribution.cue: Anchor -> list of Anchor" in lines
    assert "compatible  Article.text: now optional" in lines
    assert "compatible  Work: new definition" in lines
    assert lines[-1].startswith(f"{len(lines) - 1} changes, ")
    assert "a 1.0 document is not always valid in 2.0 without migration" in lines[-1]


def test_schema_diff_refuses_versions_out_of_order() -> None:
    result = run("schema", "--diff", KNOWN_VERSIONS[-1], KNOWN_VERSIONS[0])
    assert result.exit_code == 2
    assert "compares an older version with a newer one" in result.output
