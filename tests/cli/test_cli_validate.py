"""``newsmodel validate``: inputs, output formats, exit codes, progress."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from newsmodel.cli import main
from newsmodel.versions import CURRENT_VERSION

CORPUS = Path(__file__).parents[1] / "corpus" / CURRENT_VERSION
GOOD = CORPUS / "valid" / "port-authority-signs-deal.json"
MINIMAL = CORPUS / "valid" / "minimal.json"
SHIFTED = CORPUS / "invalid" / "anchor.text_mismatch--shifted-offset.json"
WARNED = CORPUS / "warnings" / "anchor.untrimmed--trailing-space.json"
TRUNCATED = CORPUS / "invalid" / "json.syntax--truncated.json"


def line_of_text(path: Path, text: str) -> int:
    """The line of ``path`` on which ``text`` first appears."""
    lines = path.read_text().splitlines()
    return next(number for number, line in enumerate(lines, 1) if text in line)


#: Where the shifted anchor's exact text is (the problem points there).
SHIFTED_LINE = line_of_text(SHIFTED, '"exact": "signed"')


def run(*arguments: str, stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(main, ["validate", *arguments], input=stdin)


def test_valid_files_exit_0_and_say_so_on_stderr() -> None:
    result = run(str(GOOD), str(MINIMAL))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "checked 2 documents in 2 files: 2 valid" in result.stderr


def test_an_invalid_file_exits_1_with_file_line_pointer_code_message() -> None:
    result = run(str(GOOD), str(SHIFTED))
    assert result.exit_code == 1
    (line,) = result.stdout.splitlines()
    assert line.startswith(
        f"{SHIFTED}:{SHIFTED_LINE}: /events/0/anchor/exact: anchor.text_mismatch the text"
    )


def test_unreadable_input_exits_3_even_beside_an_invalid_one() -> None:
    assert run(str(TRUNCATED)).exit_code == 3
    assert run(str(SHIFTED), str(TRUNCATED)).exit_code == 3
    result = run(str(GOOD), "no/such/file.json")
    assert result.exit_code == 3
    assert result.stdout == "no/such/file.json: /: input.not_found no such file or folder\n"


def test_usage_errors_exit_2() -> None:
    assert run().exit_code == 2
    assert run("--disable", "no.such_rule", str(GOOD)).exit_code == 2
    assert run("--format", "xml", str(GOOD)).exit_code == 2
    assert run("--max-depth", "0", str(GOOD)).exit_code == 2
    assert CliRunner().invoke(main, ["frobnicate"]).exit_code == 2


def test_a_folder_is_searched_recursively_skipping_hidden_ones(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    shutil.copy(GOOD, tmp_path / "a" / "b" / "good.json")
    shutil.copy(SHIFTED, tmp_path / ".hidden" / "bad.json")
    (tmp_path / "a" / "notes.txt").write_text("not a document")
    result = run(str(tmp_path))
    assert result.exit_code == 0
    assert "1 document in 1 file" in result.stderr
    shutil.copy(SHIFTED, tmp_path / "a" / "bad.json")
    assert run(str(tmp_path)).exit_code == 1


def test_a_folder_without_documents_is_reported(tmp_path: Path) -> None:
    result = run(str(tmp_path))
    assert result.exit_code == 3
    assert "input.no_documents" in result.stdout


def test_json_lines_report_each_line_and_go_on_after_a_bad_one(tmp_path: Path) -> None:
    good = json.dumps(json.loads(GOOD.read_bytes()))
    bad = json.dumps(json.loads(SHIFTED.read_bytes()))
    path = tmp_path / "many.jsonl"
    path.write_text(f"{good}\n\n{bad}\n{{broken\n{good}\n")
    result = run(str(path))
    assert result.exit_code == 3
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{path}:3: /events/0/anchor/exact: anchor.text_mismatch")
    assert lines[1].startswith(f"{path}:4: /: json.syntax")
    assert len(lines) == 2
    assert "checked 4 documents in 1 file: 2 valid, 1 invalid, 1 unreadable" in result.stderr


def test_a_json_lines_line_over_the_limit_is_skipped_not_held(tmp_path: Path) -> None:
    minimal = json.dumps(json.loads(MINIMAL.read_bytes()))
    path = tmp_path / "long.jsonl"
    path.write_text(f"{minimal}\n[{'1,' * 100_000}1]\n{minimal}\n")
    result = run("--max-bytes", "1000", str(path))
    assert result.exit_code == 3
    assert result.stdout.splitlines() == [
        f"{path}:2: /: json.too_large document is over the limit of 1000 bytes"
    ]
    assert "3 documents in 1 file: 2 valid, 0 invalid, 1 unreadable" in result.stderr


def test_standard_input_as_json_and_as_json_lines() -> None:
    assert run("-", stdin=GOOD.read_bytes()).exit_code == 0
    result = run("-", stdin=SHIFTED.read_bytes())
    assert result.exit_code == 1
    assert result.stdout.startswith(f"<stdin>:{SHIFTED_LINE}: ")
    lines = MINIMAL.read_bytes().replace(b"\n", b"") + b"\n" + b"{}\n"
    result = run("--jsonl", "-", stdin=lines)
    assert result.exit_code == 1
    assert (
        result.stdout
        == "<stdin>:2: /: schema.version_missing the document has no '$schema' naming its newsmodel version\n"
    )
    assert run("-", stdin=b"").exit_code == 3


def test_json_output_for_machines() -> None:
    result = run("--format", "json", str(GOOD), str(SHIFTED), str(TRUNCATED))
    assert result.exit_code == 3
    report = json.loads(result.stdout)
    assert report["valid"] is False
    assert report["exitCode"] == 3
    assert report["summary"] == {
        "documents": 3,
        "files": 3,
        "valid": 1,
        "invalid": 1,
        "unreadable": 1,
        "errors": 2,
        "warnings": 0,
    }
    by_source = {d["source"]: d for d in report["documents"]}
    (problem,) = by_source[str(SHIFTED)]["problems"]
    assert problem == {
        "code": "anchor.text_mismatch",
        "severity": "error",
        "pointer": "/events/0/anchor/exact",
        "line": SHIFTED_LINE,
        "message": problem["message"],
    }
    assert by_source[str(TRUNCATED)]["readable"] is False
    empty = json.loads(run("--format", "json", str(GOOD)).stdout)
    assert empty["valid"] is True
    assert len(empty["documents"]) == 1


def test_github_annotations() -> None:
    result = run("--format", "github", str(SHIFTED))
    first = result.stdout.splitlines()[0]
    assert first.startswith(
        f"::error file={SHIFTED},line={SHIFTED_LINE},title=anchor.text_mismatch::"
    )


def test_warnings_quiet_and_strict() -> None:
    result = run(str(WARNED))
    assert result.exit_code == 0
    assert "anchor.untrimmed (warning)" in result.stdout
    quiet = run("--quiet", str(WARNED))
    assert quiet.exit_code == 0
    assert quiet.stdout == ""
    assert quiet.stderr == ""
    assert run("--strict", str(WARNED)).exit_code == 1
    assert run("--strict", "--disable", "anchor.untrimmed", str(WARNED)).exit_code == 0


def test_rules_can_be_chosen_by_code_pattern_and_comma_list() -> None:
    assert run("--disable", "anchor.text_mismatch", str(SHIFTED)).exit_code == 0
    assert run("--disable", "time.*,anchor.*", str(SHIFTED)).exit_code == 0
    assert run("--enable-only", "ref.dangling", str(SHIFTED)).exit_code == 0
    assert run("--enable-only", "anchor.text_mismatch", str(SHIFTED)).exit_code == 1


def test_the_progress_bar_shows_only_when_asked_or_on_a_terminal(tmp_path: Path) -> None:
    for number in range(25):
        shutil.copy(MINIMAL, tmp_path / f"doc{number}.json")
    piped = run(str(tmp_path))
    assert "checking" not in piped.stderr  # stderr is not a terminal here
    # Forced on, click still draws nothing on a non-terminal: the bar never reaches a pipe.
    assert "[####" not in run("--progress", str(tmp_path)).stderr


@pytest.mark.skipif(shutil.which("script") is None, reason="needs util-linux 'script' for a tty")
def test_the_progress_bar_is_drawn_on_a_terminal(tmp_path: Path) -> None:
    for number in range(25):
        shutil.copy(MINIMAL, tmp_path / f"doc{number}.json")
    command = f"{sys.executable} -m newsmodel validate {tmp_path}"
    typescript = tmp_path / "typescript.out"
    subprocess.run(
        ["script", "-qec", command, str(typescript)],
        check=True,
        capture_output=True,
        env={**os.environ, "COLUMNS": "100"},
    )
    shown = typescript.read_text(errors="replace")
    assert "checking" in shown
    assert "100%" in shown


def test_python_m_newsmodel_and_the_console_script_are_the_same_program() -> None:
    via_module = subprocess.run(
        [sys.executable, "-m", "newsmodel", "validate", str(SHIFTED)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert via_module.returncode == 1
    assert "anchor.text_mismatch" in via_module.stdout
    script = Path(sys.executable).parent / "newsmodel"
    if script.exists():
        via_script = subprocess.run(
            [str(script), "validate", str(SHIFTED)], capture_output=True, text=True, check=False
        )
        assert (via_script.returncode, via_script.stdout) == (1, via_module.stdout)
    assert "Traceback" not in via_module.stderr


def test_keys_that_no_output_can_carry_are_printed_escaped() -> None:
    data = b'{"\\ud800": {"\\udc00": 1}, "line\\nbreak": 2}'
    for output_format in ("text", "json", "github"):
        result = run("--format", output_format, "-", stdin=data)
        assert result.exit_code == 3
        assert result.exception is None or isinstance(result.exception, SystemExit)
    text = run("-", stdin=data).stdout
    assert "/\\ud800: json.surrogate" in text


def test_a_depth_limit_beyond_what_python_reads_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["validate", "--max-depth", "5000", str(tmp_path)])
    assert result.exit_code == 2
    assert "1<=x<=500" in result.output


#: What checking a document needs but reading it does not: loaded only after the first
#: document is parsed, so that they do not add to the memory peak of parsing a large one.
LOADED_AFTER_THE_PARSE = (
    "cattrs",
    "jsonschema",
    "concurrent.futures.process",
    "newsmodel.codec.converter",
    "newsmodel.validation.rules",
    "newsmodel.validation.schema_stage",
)


def test_the_command_parses_the_first_document_before_loading_the_checks() -> None:
    # In a fresh process, as the command starts: this test's own process has loaded all.
    script = f"""
import sys
import newsmodel.cli.validate
import newsmodel.validation

heavy = {LOADED_AFTER_THE_PARSE!r}
print("imported:", sorted(name for name in heavy if name in sys.modules))
parse = newsmodel.validation.parse

def watched_parse(*arguments, **keywords):
    print("at the parse:", sorted(name for name in heavy if name in sys.modules))
    return parse(*arguments, **keywords)

newsmodel.validation.parse = watched_parse
sys.argv = ["newsmodel", "validate", "--jobs", "1", {str(SHIFTED)!r}]
try:
    newsmodel.cli.main()
except SystemExit as end:
    print("exit:", end.code)
    print("rules ran:", "newsmodel.validation.rules" in sys.modules)
"""
    ran = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert ran.stderr.count("Traceback") == 0, ran.stderr
    reported = [line for line in ran.stdout.splitlines() if not line.startswith(str(SHIFTED))]
    assert reported == ["imported: []", "at the parse: []", "exit: 1", "rules ran: True"]
