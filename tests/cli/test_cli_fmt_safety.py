"""``newsmodel fmt`` loses nothing: not an edit saved meanwhile, nor what surrounds the bytes."""

from __future__ import annotations

import errno
import importlib
import json
import os
import stat
import tempfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

import newsmodel
from newsmodel.cli import main
from newsmodel.versions import CURRENT_VERSION

CORPUS = Path(__file__).parents[1] / "corpus" / CURRENT_VERSION
GOOD = CORPUS / "valid" / "port-authority-signs-deal.json"
#: The module (its name is taken, in the package, by the command it defines).
fmt_command = importlib.import_module("newsmodel.cli.fmt")


def run(*arguments: str) -> Result:
    return CliRunner().invoke(main, list(arguments))


@pytest.fixture
def compact(tmp_path: Path) -> Path:
    """A valid document that is not canonical, so that fmt rewrites it."""
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(json.loads(GOOD.read_bytes())))
    return path


CANONICAL = newsmodel.dumps(newsmodel.load(GOOD))


def test_an_edit_saved_while_fmt_runs_is_kept(
    compact: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """fmt read, validated for seconds, then replaced the file blindly (issue 16)."""
    edited = compact.read_bytes().replace(b"Port Authority", b"Port Authority (edited)", 1)
    article_of = fmt_command.article_of

    def saved_meanwhile(*arguments: Any) -> Any:
        compact.write_bytes(edited)  # an editor saves while the document is checked
        return article_of(*arguments)

    monkeypatch.setattr(fmt_command, "article_of", saved_meanwhile)
    result = run("fmt", str(compact))
    assert result.exit_code == 3
    assert (
        result.stderr
        == f"{compact}: not rewritten: changed since it was read (an edit saved meanwhile is kept)\n"
    )
    assert compact.read_bytes() == edited


def test_through_a_symlink_the_target_is_rewritten_and_the_link_kept(compact: Path) -> None:
    link = compact.parent / "link.json"
    link.symlink_to(compact.name)
    assert run("fmt", str(link)).exit_code == 0
    assert link.is_symlink()
    assert compact.read_bytes() == CANONICAL
    assert sorted(p.name for p in compact.parent.iterdir()) == ["doc.json", "link.json"]


def test_a_file_with_hard_links_is_left_whole(compact: Path) -> None:
    other = compact.parent / "other.json"
    os.link(compact, other)
    before = compact.read_bytes()
    result = run("fmt", str(compact))
    assert result.exit_code == 3
    assert "has 2 hard links" in result.stderr
    assert compact.read_bytes() == other.read_bytes() == before
    assert compact.stat().st_ino == other.stat().st_ino


def test_a_read_only_file_is_refused(compact: Path) -> None:
    compact.chmod(0o444)
    before = compact.read_bytes()
    result = run("fmt", str(compact))
    assert result.exit_code == 3
    assert result.stderr == f"{compact}: not rewritten: the file is read-only\n"
    assert compact.read_bytes() == before
    assert stat.S_IMODE(compact.stat().st_mode) == 0o444


def test_extended_attributes_are_kept(compact: Path) -> None:
    try:
        os.setxattr(compact, "user.newsmodel.test", b"kept")
    except OSError as error:
        pytest.skip(f"this file system keeps no user extended attributes: {error.strerror}")
    assert run("fmt", str(compact)).exit_code == 0
    assert compact.read_bytes() == CANONICAL
    assert os.getxattr(compact, "user.newsmodel.test") == b"kept"


@pytest.mark.skipif(os.geteuid() != 0, reason="only root may give a file to another user")
def test_the_owner_is_kept(compact: Path) -> None:
    os.chown(compact, 4321, 4321)
    assert run("fmt", str(compact)).exit_code == 0
    assert compact.read_bytes() == CANONICAL
    assert (compact.stat().st_uid, compact.stat().st_gid) == (4321, 4321)


@pytest.mark.parametrize(
    ("failing", "fault"),
    [
        ("mkstemp", PermissionError(errno.EACCES, "Permission denied")),
        ("fsync", OSError(errno.ENOSPC, "No space left on device")),
    ],
)
def test_a_folder_it_may_not_write_or_a_full_disk_is_exit_3(
    compact: Path, monkeypatch: pytest.MonkeyPatch, failing: str, fault: OSError
) -> None:
    def fail(*arguments: Any, **options: Any) -> Any:
        raise fault

    monkeypatch.setattr(tempfile if failing == "mkstemp" else os, failing, fail)
    before = compact.read_bytes()
    result = run("fmt", str(compact))
    assert result.exit_code == 3
    assert result.stderr == f"{compact}: not rewritten: {fault.strerror}\n"
    assert compact.read_bytes() == before
    assert [p.name for p in compact.parent.iterdir()] == ["doc.json"]
