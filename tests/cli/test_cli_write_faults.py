"""Issue 16 re-probed on every command that writes, not only ``validate`` and ``fmt``.

``convert -o``, ``ingest -o``, ``draft -o``, ``render -o`` and ``schema --write`` write
files; every command writes to standard output. Each fault here gave a traceback, a
false status, a lost edit, output cut short with status 0, or a forged line before its
fix.
"""

from __future__ import annotations

import importlib
import json
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from newsmodel.cli import main
from newsmodel.versions import CURRENT_VERSION

GOOD = (
    Path(__file__).parents[1]
    / "corpus"
    / CURRENT_VERSION
    / "valid"
    / "port-authority-signs-deal.json"
)
#: The module (its name is taken, in the package, by the command it defines).
draft_command = importlib.import_module("newsmodel.cli.draft")

#: Runs a command with a signal sent to itself once a temporary file is written in full.
SIGNAL_DURING_WRITE = """
import os, signal, sys
from newsmodel.cli import main
real_fsync = os.fsync
def fsync(fd):
    real_fsync(fd)
    os.kill(os.getpid(), getattr(signal, sys.argv[1]))
os.fsync = fsync
main(sys.argv[2:])
"""


def run(*arguments: str, **options: Any) -> Result:
    return CliRunner().invoke(main, list(arguments), **options)


def newsmodel_process(
    *arguments: str, stdout: Any = subprocess.PIPE
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newsmodel", *arguments],
        stdout=stdout,
        stderr=subprocess.PIPE,
        timeout=120,
        check=False,
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A valid document, a page, and a text with its metadata."""
    (tmp_path / "doc.json").write_bytes(GOOD.read_bytes())
    (tmp_path / "story.txt").write_text("Port reopens\n\nThe port reopened on Monday.\n")
    (tmp_path / "meta.json").write_text(json.dumps({"title": "Port reopens", "language": "en"}))
    return tmp_path


#: Every command that writes a file, as arguments run in ``folder``; 'OUT' is the file.
WRITING_COMMANDS = {
    "convert": ["convert", "--to", "schemaorg", "doc.json", "-o", "OUT"],
    "ingest": ["ingest", "story.txt", "--meta", "meta.json", "-o", "OUT"],
    "draft": ["draft", "doc.json", "-o", "OUT"],
    "render": ["render", "doc.json", "-o", "OUT"],
    "schema": ["schema", "--write", "--dir", "OUT"],
}


# --- signals ---------------------------------------------------------------------------


@pytest.mark.parametrize("command", sorted(WRITING_COMMANDS))
@pytest.mark.parametrize(("name", "status"), [("SIGTERM", 143), ("SIGHUP", 129)])
def test_a_signal_while_writing_leaves_no_temporary_file(
    folder: Path, command: str, name: str, status: int
) -> None:
    """SIGHUP (the terminal closed) left a full-size hidden temporary file, as SIGTERM
    once did for fmt (issue 16)."""
    before = sorted(p.name for p in folder.iterdir())
    arguments = [a.replace("OUT", "out") for a in WRITING_COMMANDS[command]]
    done = subprocess.run(
        [sys.executable, "-c", SIGNAL_DURING_WRITE, name, *arguments],
        cwd=folder,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == status, done.stderr
    left = [str(p.relative_to(folder)) for p in folder.rglob("*.tmp")]
    assert left == []
    assert sorted(p.name for p in folder.iterdir() if p.name != "out") == before
    assert b"Traceback" not in done.stderr


@pytest.mark.parametrize(
    "arguments",
    [["schema", "--bundle"], ["convert", "--to", "schemaorg", "many.jsonl"]],
    ids=["schema", "convert"],
)
def test_output_cut_short_by_a_closed_pipe_is_never_status_0(
    folder: Path, arguments: list[str]
) -> None:
    """'... | head -c 1' of more than a pipe holds exited 0: Python ignores SIGPIPE, and
    a write cut short by the reader leaving returned no error (issue 16)."""
    compact = json.dumps(json.loads(GOOD.read_bytes()))
    (folder / "many.jsonl").write_text((compact + "\n") * 40)  # 340 KB as JSON-LD
    process = subprocess.Popen(
        [sys.executable, "-m", "newsmodel", *arguments],
        cwd=folder,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert process.stdout is not None
    assert process.stdout.read(1)
    process.stdout.close()
    assert process.wait(timeout=120) == -signal.SIGPIPE  # the shell's 141


# --- the first bytes written: help, version, usage errors ----------------------------------


@pytest.mark.parametrize("option", ["--help", "--version"])
def test_help_and_version_on_a_full_device_are_one_line_and_exit_3(option: str) -> None:
    """They printed a traceback and exited 1, like an invalid document (issue 16)."""
    with open("/dev/full", "wb") as full:
        done = newsmodel_process(option, stdout=full)
    assert done.returncode == 3
    assert done.stderr.decode().splitlines() == ["newsmodel: No space left on device"]


def test_help_with_standard_output_closed_is_exit_3() -> None:
    """It exited 0 having printed nothing (issue 16)."""
    done = subprocess.run(
        ["/bin/sh", "-c", f'exec "{sys.executable}" -m newsmodel --help >&-'],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 3
    assert done.stderr.decode().splitlines() == ["newsmodel: standard output is closed"]


# --- the file written ------------------------------------------------------------------


def test_draft_over_itself_keeps_an_edit_saved_meanwhile(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'draft DOC.json -o DOC.json' replaced an editor's save made while it drafted (issue 16)."""
    path = folder / "doc.json"
    import newsmodel.ingest

    real = newsmodel.ingest.draft_article

    def drafting_while_an_editor_saves(article: Any) -> Any:
        path.write_bytes(path.read_bytes() + b"\n")
        return real(article)

    monkeypatch.setattr(newsmodel.ingest, "draft_article", drafting_while_an_editor_saves)
    result = run("draft", str(path), "-o", str(path))
    assert result.exit_code == 3
    assert "changed since it was read" in result.stderr
    assert path.read_bytes() == GOOD.read_bytes() + b"\n"


def test_draft_over_itself_unchanged_is_written(folder: Path) -> None:
    path = folder / "doc.json"
    result = run("draft", str(path), "-o", str(path))
    assert result.exit_code == 0, result.output
    assert path.read_bytes() != GOOD.read_bytes()


@pytest.mark.parametrize(
    "arguments",
    [
        ["convert", "--to", "schemaorg", "doc.json", "-o", "doc.json"],
        ["convert", "--to", "schemaorg", "link.json", "-o", "doc.json"],
        ["ingest", "story.txt", "--meta", "meta.json", "-o", "meta.json"],
        ["render", "doc.json", "-o", "doc.json"],
    ],
    ids=["convert", "convert-through-a-link", "ingest-metadata", "render"],
)
def test_an_output_that_is_also_an_input_is_refused(
    folder: Path, arguments: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Written over its input, a conversion lost the original and any edit saved to it
    meanwhile (issue 16)."""
    (folder / "link.json").symlink_to("doc.json")
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    monkeypatch.chdir(folder)
    result = run(*arguments)
    assert result.exit_code == 2
    assert "is also an input; write to another file" in result.stderr
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_convert_to_a_file_it_may_not_write_is_exit_3_not_a_usage_error(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """click's own check made a read-only -o file status 2 for convert alone (issue 16)."""
    out = folder / "out.json"
    out.write_text("{}")
    access = os.access

    def read_only(path: Any, mode: int, **options: Any) -> bool:
        if mode & os.W_OK and os.fspath(path) == str(out):
            return False  # as root, chmod 444 would not stop the check
        return access(path, mode, **options)

    monkeypatch.setattr(os, "access", read_only)
    result = run("convert", "--to", "schemaorg", str(folder / "doc.json"), "-o", str(out))
    assert result.exit_code == 3
    assert f"{out}: not written: the file is read-only" in result.stderr
    assert out.read_text() == "{}"


def test_render_a_page_it_cannot_write_is_one_line_naming_the_page(folder: Path) -> None:
    """The message named render's hidden temporary file, not the page (issue 16)."""
    page = folder / "absent" / "page.html"
    result = run("render", str(folder / "doc.json"), "-o", str(page))
    assert result.exit_code == 3
    assert result.stderr == f"{page}: not written: No such file or directory\n"


# --- hostile file names ------------------------------------------------------------------


@pytest.fixture
def hostile(tmp_path: Path) -> tuple[Path, list[bytes]]:
    """Documents, a text and its metadata whose names hold byte 0xFF and a newline."""
    stems = [b"bad\xff", b"two\nlines"]
    folder = os.fsencode(tmp_path)
    for stem in stems:
        for suffix, data in [
            (b".json", GOOD.read_bytes()),
            (b".txt", b"Port reopens\n\nThe port reopened on Monday.\n"),
        ]:
            with open(os.path.join(folder, stem + suffix), "wb") as stream:
                stream.write(data)
    return tmp_path, stems


def _named(folder: Path, stem: bytes, suffix: str) -> str:
    return os.fsdecode(os.path.join(os.fsencode(folder), stem + suffix.encode()))


@pytest.mark.parametrize("command", ["draft", "ingest"])
def test_ingest_and_draft_escape_file_names_in_every_format(
    hostile: tuple[Path, list[bytes]], command: str
) -> None:
    """A newline in the name forged a line, byte 0xFF made --format json hold a lone
    surrogate (not JSON any strict reader takes), as validate's once did (issue 16)."""
    folder, stems = hostile
    suffix = ".json" if command == "draft" else ".txt"
    for stem, shown in zip(stems, ["bad\\xff", "two\\nlines"], strict=True):
        path = _named(folder, stem, suffix)
        written = str(folder / "written.json")
        text = newsmodel_process(command, path, "-o", written, "--format", "json")
        documents = json.loads(text.stderr.decode("utf-8"))["documents"]
        assert [d["source"] for d in documents] == [f"{folder}/{shown}{suffix}"]
        out = _named(folder, stem, ".out/x.json")  # a folder that is not there
        failed = newsmodel_process(command, path, "-o", out)
        assert failed.returncode == 3
        assert f"{folder}/{shown}.out/x.json: not written" in failed.stderr.decode("utf-8")


def test_render_of_a_folder_with_hostile_names_writes_an_index(
    hostile: tuple[Path, list[bytes]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    """The index could not be encoded: a traceback, status 1 (issue 16)."""
    folder, _ = hostile
    out = tmp_path_factory.mktemp("rendered")
    done = newsmodel_process("render", str(folder), "-o", str(out))
    assert done.returncode == 0, done.stderr
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="bad%FF.html"' in index  # the page's file name, byte for byte
    assert 'href="two%0Alines.html"' in index
    assert "two\\nlines.json" in index
    assert os.path.exists(os.path.join(os.fsencode(out), b"bad\xff.html"))


# --- folders -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("arguments", "fifo"),
    [
        (["render", "FOLDER", "-o", "OUT"], "pipe.json"),
        (["convert", "--from", "timeml", "FOLDER"], "pipe.tml"),
    ],
    ids=["render", "convert-corpus"],
)
def test_a_fifo_in_a_folder_is_skipped_and_said_so(
    folder: Path, tmp_path_factory: pytest.TempPathFactory, arguments: list[str], fifo: str
) -> None:
    """render and convert's corpus formats passed over it without a word (issue 16)."""
    os.mkfifo(folder / fifo)
    out = tmp_path_factory.mktemp("out")
    concrete = [str(folder) if a == "FOLDER" else str(out) if a == "OUT" else a for a in arguments]
    done = newsmodel_process(*concrete)
    assert f"{folder / fifo}: skipped: not a regular file (a FIFO)" in done.stderr.decode()


def _memory_capped_at_one_gib() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))


@pytest.mark.parametrize("meta", [False, True], ids=["page", "metadata"])
def test_ingest_reads_within_the_size_limit(folder: Path, meta: bool) -> None:
    """'ingest /dev/zero' read until memory ran out: every byte of the machine's, without
    a cap (issue 16's 'bounded memory', for the command that reads pages)."""
    arguments = ["story.txt", "--meta", "/dev/zero"] if meta else ["/dev/zero"]
    done = subprocess.run(
        [sys.executable, "-m", "newsmodel", "ingest", *arguments],
        capture_output=True,
        timeout=120,
        check=False,
        cwd=folder,
        preexec_fn=_memory_capped_at_one_gib,
    )
    assert done.returncode == 3
    assert b"/dev/zero: /: json.too_large document is over the limit" in done.stderr


def test_convert_from_brat_reads_within_the_size_limit(folder: Path) -> None:
    """'convert --from brat /dev/zero' read until memory ran out."""
    done = subprocess.run(
        [sys.executable, "-m", "newsmodel", "convert", "--from", "brat", "/dev/zero"],
        capture_output=True,
        timeout=120,
        check=False,
        preexec_fn=_memory_capped_at_one_gib,
    )
    assert done.returncode == 3
    assert b"corpus_unreadable zero: document is over the limit" in done.stderr


def test_convert_from_brat_with_an_annotation_file_not_utf8_is_one_problem(folder: Path) -> None:
    """A .ann file that is not UTF-8 was a traceback, status 1."""
    (folder / "story.ann").write_bytes(b"T1\tSource 0 4\tPort\xff\n")
    result = run("convert", "--from", "brat", str(folder / "story.txt"))
    assert result.exit_code == 3
    assert "interchange.corpus_unreadable story.ann: not UTF-8" in result.stderr


@pytest.mark.parametrize("command", ["fmt", "draft"])
def test_a_file_of_another_user_is_not_made_the_users(
    folder: Path, command: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As a user who may write a group-writable file of someone else's, fmt replaced it
    with a file of the user's own: its owner changed without a word (issue 16)."""
    path = folder / "doc.json"
    path.write_text(json.dumps(json.loads(GOOD.read_bytes())))  # compact: fmt rewrites it
    os.chown(path, 4321, 4321)
    before = path.read_bytes()

    def not_root(*arguments: Any) -> None:
        raise PermissionError(1, "Operation not permitted")  # as for anyone but root

    monkeypatch.setattr(os, "chown", not_root)
    arguments = ["fmt", str(path)] if command == "fmt" else ["draft", str(path), "-o", str(path)]
    result = run(*arguments)
    assert result.exit_code == 3
    assert "the file belongs to another user or group" in result.stderr
    assert path.read_bytes() == before
    assert (path.stat().st_uid, path.stat().st_gid) == (4321, 4321)
    assert [p.name for p in folder.iterdir() if p.name.endswith(".tmp")] == []


SIGNAL_AS_THE_TEMPORARY_FILE_IS_MADE = """
import os, signal, sys, tempfile
from newsmodel.cli import main
real_mkstemp = tempfile.mkstemp
def mkstemp(*arguments, **options):
    made = real_mkstemp(*arguments, **options)
    os.kill(os.getpid(), signal.SIGTERM)  # the file exists; its name is not returned yet
    return made
tempfile.mkstemp = mkstemp
main(sys.argv[1:])
"""


def test_a_signal_as_the_temporary_file_is_made_leaves_none(folder: Path) -> None:
    """Between mkstemp and the cleanup that removes its file, SIGTERM left the file."""
    path = folder / "doc.json"
    path.write_text(json.dumps(json.loads(GOOD.read_bytes())))  # compact: fmt rewrites it
    done = subprocess.run(
        [sys.executable, "-c", SIGNAL_AS_THE_TEMPORARY_FILE_IS_MADE, "fmt", str(path)],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 143, done.stderr
    assert [p.name for p in folder.iterdir() if p.name.endswith(".tmp")] == []
