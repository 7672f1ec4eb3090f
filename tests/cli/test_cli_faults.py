"""Faults of the environment, hostile file names and signals: honest exit codes, one line each.

Status 3 says "could not check", 1 "invalid"; a signal gives the shell's own code (130 for
Ctrl-C, 141 for a closed pipe, 143 for SIGTERM). None of them prints a traceback.
"""

from __future__ import annotations

import importlib
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import IO, Any

import pytest
from click.testing import CliRunner, Result

from newsmodel.cli import main
from newsmodel.versions import CURRENT_VERSION

#: The module (its name is taken, in the package, by the command it defines).
validate_command = importlib.import_module("newsmodel.cli.validate")

CORPUS = Path(__file__).parents[1] / "corpus" / CURRENT_VERSION
GOOD = CORPUS / "valid" / "port-authority-signs-deal.json"
SHIFTED = CORPUS / "invalid" / "anchor.text_mismatch--shifted-offset.json"


def run(*arguments: str, stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(main, list(arguments), input=stdin)


def newsmodel_process(
    *arguments: str, stdout: Any = subprocess.PIPE, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    """``python -m newsmodel`` in a process of its own, as a shell would run it."""
    return subprocess.run(
        [sys.executable, "-m", "newsmodel", *arguments],
        stdout=stdout,
        stderr=subprocess.PIPE,
        env=env,
        timeout=120,
        check=False,
    )


# --- environment faults: one line, exit 3 -------------------------------------------


def test_closed_standard_input_is_could_not_check() -> None:
    done = subprocess.run(
        ["/bin/sh", "-c", f'exec "{sys.executable}" -m newsmodel validate - <&-'],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 3
    assert b"standard input is closed" in done.stdout
    assert b"Traceback" not in done.stderr


@pytest.mark.parametrize("command", ["validate", "fmt"])
def test_closed_standard_output_is_could_not_check(command: str) -> None:
    done = subprocess.run(
        ["/bin/sh", "-c", f'exec "{sys.executable}" -m newsmodel {command} "{SHIFTED}" >&-'],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 3
    assert done.stderr.decode().splitlines() == ["newsmodel: standard output is closed"]


def test_output_to_a_full_device_is_one_line_and_exit_3() -> None:
    with open("/dev/full", "wb") as full:
        done = newsmodel_process("validate", str(SHIFTED), stdout=full)
    assert done.returncode == 3
    assert done.stderr.decode().splitlines() == ["newsmodel: No space left on device"]


def test_running_out_of_memory_is_one_line_and_exit_3(monkeypatch: pytest.MonkeyPatch) -> None:
    def exhausted(*arguments: Any, **options: Any) -> Any:
        raise MemoryError

    monkeypatch.setattr(validate_command, "check_entry", exhausted)
    result = run("validate", str(GOOD))
    assert (result.exit_code, result.stderr) == (3, "newsmodel: out of memory\n")


def test_an_unreadable_sub_folder_is_reported_not_passed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """os.walk skipped what it could not list, and the run passed (issue 16)."""
    shutil.copy(GOOD, tmp_path / "good.json")
    locked = tmp_path / "locked"
    locked.mkdir()
    scandir = os.scandir

    def refusing(path: Any = ".") -> Any:
        if Path(path) == locked:  # as root, chmod 000 would not stop the walk
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)
    result = run("validate", str(tmp_path))
    assert result.exit_code == 3
    assert f"{locked}: /: input.unreadable cannot be read: Permission denied" in (result.stdout)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder")
def test_a_folder_without_read_permission_exits_3(tmp_path: Path) -> None:
    shutil.copy(GOOD, tmp_path / "good.json")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        assert run("validate", str(tmp_path)).exit_code == 3
    finally:
        locked.chmod(0o755)


def test_a_fifo_in_a_folder_is_skipped_and_said_so(tmp_path: Path) -> None:
    """A FIFO named *.json made validate wait forever (issue 16)."""
    shutil.copy(GOOD, tmp_path / "good.json")
    os.mkfifo(tmp_path / "pipe.json")
    done = newsmodel_process("validate", str(tmp_path))
    assert done.returncode == 0
    assert f"{tmp_path / 'pipe.json'}: skipped: not a regular file (a FIFO)" in (
        done.stderr.decode()
    )
    only = tmp_path / "only"
    only.mkdir()
    os.mkfifo(only / "pipe.json")
    assert newsmodel_process("validate", str(only)).returncode == 3


# --- file names that would break the output -----------------------------------------


def test_file_names_are_escaped_in_every_output_format(tmp_path: Path) -> None:
    """Byte 0xFF made --format json write non-UTF-8; a newline forged a line (issue 16)."""
    folder = os.fsencode(tmp_path)
    for name in (b"bad\xff.json", b"two\nlines.json"):
        with open(os.path.join(folder, name), "wb") as stream:
            stream.write(SHIFTED.read_bytes())
    text = newsmodel_process("validate", str(tmp_path), env={**os.environ, "LC_ALL": "C.UTF-8"})
    assert text.returncode == 1
    lines = text.stdout.decode("utf-8").splitlines()
    assert [line.split(":")[0] for line in lines] == [
        f"{tmp_path}/bad\\xff.json",
        f"{tmp_path}/two\\nlines.json",
    ]
    as_json = newsmodel_process("validate", "--format", "json", str(tmp_path))
    sources = [d["source"] for d in json.loads(as_json.stdout.decode("utf-8"))["documents"]]
    assert sources == [f"{tmp_path}/bad\\xff.json", f"{tmp_path}/two\\nlines.json"]
    github = newsmodel_process("validate", "--format", "github", str(tmp_path))
    assert len(github.stdout.decode("utf-8").splitlines()) == 3  # two problems and a notice


# --- signals -------------------------------------------------------------------------


def read_to_end(stream: IO[bytes], seconds: float) -> bytes:
    """All that ``stream`` gives until its end, failing (not hanging) if it has not ended
    within ``seconds``: a process that outlives the command holds it open."""
    deadline = time.monotonic() + seconds
    chunks = []
    while True:
        ready, _, _ = select.select([stream], [], [], max(deadline - time.monotonic(), 0))
        assert ready, "still open: a process outlived the command and holds it"
        chunk = os.read(stream.fileno(), 1 << 16)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_closed_pipe_ends_by_sigpipe_quietly(tmp_path: Path, jobs: str) -> None:
    """'validate ... | head -1' exited 1, like an invalid document (issue 16); killed by
    SIGPIPE, the shell reports 141. With --jobs, the workers end with the command: they
    held its standard error open, so that the pipeline never ended."""
    lines = tmp_path / "many.jsonl"
    lines.write_bytes(b"{}\n" * 20_000)  # a problem a line: far more than a pipe holds
    process = subprocess.Popen(
        [sys.executable, "-m", "newsmodel", "validate", "--jobs", jobs, str(lines)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    assert process.stderr is not None
    assert process.stdout.read(1)
    process.stdout.close()
    assert process.wait(timeout=120) == -signal.SIGPIPE
    assert read_to_end(process.stderr, 30) == b""


def test_ctrl_c_exits_130_quietly(monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*arguments: Any, **options: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(validate_command, "check_entry", interrupted)
    result = run("validate", str(GOOD))
    assert (result.exit_code, result.output) == (130, "")


SIGTERM_DURING_WRITE = """
import os, signal, sys
from newsmodel.cli import main
real_fsync = os.fsync
def fsync(fd):
    real_fsync(fd)
    os.kill(os.getpid(), signal.SIGTERM)  # the temporary file is full-size by now
os.fsync = fsync
main(["fmt", sys.argv[1]])
"""


def test_sigterm_while_fmt_writes_leaves_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(json.loads(GOOD.read_bytes())))  # compact: fmt rewrites it
    before = path.read_bytes()
    done = subprocess.run(
        [sys.executable, "-c", SIGTERM_DURING_WRITE, str(path)],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 143
    assert [p.name for p in tmp_path.iterdir()] == ["doc.json"]
    assert path.read_bytes() == before
    assert done.stderr == b""
