"""Prove the pre-commit hooks work from another repository, with ``pre-commit try-repo``.

    python tests/interop/try_pre_commit.py --pre-commit PATH

Makes a temporary git repository holding a valid document, runs this repository's
``newsmodel-validate`` hook on it (it must pass), adds an invalid document (the hook must
fail and name the problem), and runs ``newsmodel-fmt`` on a valid but not canonical
document (it must rewrite it, and so fail once, then pass). ``try-repo`` installs
newsmodel from this checkout into an environment of its own, so this needs the package
index; it runs from ``.ci/run``, not in the offline test suite.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from newsmodel.versions import CURRENT_VERSION

REPOSITORY = Path(__file__).resolve().parents[2]
CORPUS = REPOSITORY / "tests" / "corpus" / CURRENT_VERSION


def run(command: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pre-commit", required=True, help="the pre-commit program")
    arguments = parser.parse_args()
    failures = []
    with tempfile.TemporaryDirectory() as temporary:
        root = Path(temporary)
        work = root / "elsewhere"
        work.mkdir()
        env = {
            **os.environ,
            "PRE_COMMIT_HOME": str(root / "cache"),
            "GIT_AUTHOR_NAME": "ci",
            "GIT_AUTHOR_EMAIL": "ci@example.org",
            "GIT_COMMITTER_NAME": "ci",
            "GIT_COMMITTER_EMAIL": "ci@example.org",
        }

        def git(*args: str) -> None:
            subprocess.run(["git", *args], cwd=work, env=env, check=True, capture_output=True)

        def hook(name: str, *files: str) -> subprocess.CompletedProcess[str]:
            command = [arguments.pre_commit, "try-repo", str(REPOSITORY), name, "--files", *files]
            return run(command, work, env)

        def expect(
            what: str, result: subprocess.CompletedProcess[str], status: int, *words: str
        ) -> None:
            output = result.stdout + result.stderr
            ok = result.returncode == status and all(word in output for word in words)
            print(f"{'ok  ' if ok else 'FAIL'} {what} (exit {result.returncode})")
            if not ok:
                failures.append(what)
                print(output[-3000:])

        git("init", "-q")
        shutil.copy(CORPUS / "valid" / "port-authority-signs-deal.json", work / "good.json")
        git("add", "good.json")
        expect(
            "the hook passes a valid document", hook("newsmodel-validate", "good.json"), 0, "Passed"
        )

        shutil.copy(
            CORPUS / "invalid" / "anchor.text_mismatch--shifted-offset.json", work / "bad.json"
        )
        git("add", "bad.json")
        expect(
            "the hook fails an invalid document and names the problem",
            hook("newsmodel-validate", "good.json", "bad.json"),
            1,
            "Failed",
            "/events/0/anchor/exact: anchor.text_mismatch",
        )

        shutil.copy(CORPUS / "valid" / "compact-not-canonical.json", work / "compact.json")
        git("add", "compact.json")
        expect("fmt rewrites a document", hook("newsmodel-fmt", "compact.json"), 1, "reformatted")
        git("add", "compact.json")
        expect("fmt then passes it", hook("newsmodel-fmt", "compact.json"), 0, "Passed")
    print("pre-commit try-repo:", "FAILED" if failures else "all hooks behave")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
