"""Every file of the validation corpus gives exactly its named codes, from the API and the CLI.

The corpus (``tests/corpus/<version>/``) is written by ``tools/make_corpus.py``, whose
docstring describes its layout; a file in ``invalid/`` or ``warnings/`` is named
``CODE[+CODE...]--what.EXT`` and must produce exactly that set of codes.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsmodel
from newsmodel.cli import main
from newsmodel.codec import ReadLimits
from newsmodel.validation import RULES

ROOT = Path(__file__).parent
REPOSITORY = ROOT.parents[1]
#: The limits the corpus is made for (see tools/make_corpus.py).
LIMITS = ReadLimits(max_bytes=65536, max_depth=64, max_values=5000)
LIMIT_OPTIONS = ["--max-bytes", "65536", "--max-depth", "64", "--max-values", "5000"]


def corpus(kind: str) -> list[Path]:
    return sorted(ROOT.glob(f"*/{kind}/*.json*"))


def expected_codes(path: Path) -> set[str]:
    return set(path.name.split("--")[0].split("+"))


def api_codes(path: Path, *, strict: bool = False) -> tuple[set[str], bool]:
    """The codes the Python API gives for a corpus file, and whether all its documents are valid."""
    data = path.read_bytes()
    if path.suffix != ".jsonl":
        report = newsmodel.validate(data, limits=LIMITS, strict=strict)
        return set(report.codes), report.valid
    lines = [(n, line) for n, line in enumerate(data.split(b"\n"), 1) if line.strip()]
    if not lines:
        return {"json.empty"}, False
    codes, valid = set(), True
    for number, line in lines:
        report = newsmodel.validate(line, limits=LIMITS, strict=strict, line=number)
        codes |= set(report.codes)
        valid = valid and report.valid
        assert all(p.line == number for p in report.problems)
    return codes, valid


def cli(*arguments: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["validate", *LIMIT_OPTIONS, *arguments])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.stdout


def cli_codes(output: str) -> set[str]:
    # "file:line: pointer: CODE message" (the pointer has no ": ", the file name none here)
    return {line.split(": ")[2].split(" ")[0] for line in output.splitlines()}


def unreadable(codes: set[str]) -> bool:
    return any(code.startswith(("json.", "input.")) for code in codes)


def test_the_corpus_is_not_empty() -> None:
    assert len(corpus("valid")) >= 4
    assert len(corpus("invalid")) >= 50
    assert len(corpus("warnings")) >= 5


@pytest.mark.parametrize("path", corpus("valid"), ids=lambda p: p.name)
def test_valid_files_have_no_problem(path: Path) -> None:
    assert api_codes(path, strict=True) == (set(), True)
    assert cli("--strict", str(path)) == (0, "")


@pytest.mark.parametrize("path", corpus("warnings"), ids=lambda p: p.name)
def test_warning_files_give_their_warnings_and_fail_only_when_strict(path: Path) -> None:
    assert api_codes(path) == (expected_codes(path), True)
    assert api_codes(path, strict=True) == (expected_codes(path), False)
    status, output = cli(str(path))
    assert status == 0
    assert cli_codes(output) == expected_codes(path)
    assert "(warning)" in output
    assert cli("--strict", str(path))[0] == 1


@pytest.mark.parametrize("path", corpus("invalid"), ids=lambda p: p.name)
def test_invalid_files_give_their_codes(path: Path) -> None:
    codes, valid = api_codes(path)
    assert codes == expected_codes(path)
    assert not valid
    status, output = cli(str(path))
    assert cli_codes(output) == expected_codes(path)
    assert status == (3 if unreadable(expected_codes(path)) else 1)


@pytest.mark.parametrize("path", corpus("invalid"), ids=lambda p: p.name)
def test_loads_raises_newsmodels_own_error_with_the_same_problems(path: Path) -> None:
    if path.suffix == ".jsonl":
        pytest.skip("loads reads one document")
    data = path.read_bytes()
    expected = newsmodel.validate(data, limits=LIMITS).problems
    error_class = (
        newsmodel.UnreadableDocumentError
        if unreadable(expected_codes(path))
        else newsmodel.ValidationError
    )
    with pytest.raises(error_class) as caught:
        newsmodel.loads(data, limits=LIMITS)
    assert caught.value.problems == expected
    assert len(str(caught.value)) < 300  # one line, never the input


def test_every_rule_has_a_corpus_file() -> None:
    named = {
        code for kind in ("invalid", "warnings") for p in corpus(kind) for code in expected_codes(p)
    }
    assert {rule.code for rule in RULES} <= named


def test_the_whole_corpus_at_once_gives_the_worst_status() -> None:
    status, output = cli(str(ROOT))
    assert status == 3
    assert len(output.splitlines()) > 80


def test_the_corpus_is_what_the_generator_makes() -> None:
    result = subprocess.run(
        [sys.executable, str(REPOSITORY / "tools" / "make_corpus.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
