"""Every install line a user can copy installs this project, under its name on PyPI.

The import package and the command are ``newsmodel``, but that name on PyPI belongs to an
unrelated project: a ``pip install newsmodel`` anywhere in the README, the docs or an
error message would install somebody else's code.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - the test extra installs tomli on 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]

#: Other projects' tools that the docs tell users to install, by their own names.
OTHER_TOOLS = {"pip", "check-jsonschema", "pre-commit"}

#: A ``pip install`` command, up to the end of its line, a closing quote or backtick.
PIP_INSTALL = re.compile(r"pip install ([^\n`]*)")
#: pre-commit's ``additional_dependencies: [...]``, which pip installs too.
ADDITIONAL_DEPENDENCIES = re.compile(r"additional_dependencies:\s*\[([^\]]*)\]")


def distribution_name() -> str:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    return str(project["name"])


def user_facing_files() -> list[Path]:
    files = [ROOT / "README.md", ROOT / ".pre-commit-hooks.yaml"]
    files += sorted((ROOT / "docs").rglob("*.rst"))
    files += sorted((ROOT / "docs" / "_ext").glob("*.py"))
    files += sorted((ROOT / "src" / "newsmodel").rglob("*.py"))
    return files


def requirements_in(text: str) -> list[str]:
    """The requirement strings of every install line in ``text`` (options and paths left out)."""
    found = []
    for command in PIP_INSTALL.findall(text):
        # The command ends where the shell starts another one.
        for word in re.split(r"&&|\|\||[;|]", command)[0].split():
            word = word.strip("\"'.,;:)")
            if not word or word.startswith(("-", ".", "/", "$")) or "[" in word[:1]:
                continue
            found.append(word)
    for listed in ADDITIONAL_DEPENDENCIES.findall(text):
        found += [item.strip().strip("\"'") for item in listed.split(",") if item.strip()]
    return found


def named_project(requirement: str) -> str:
    try:
        return canonicalize_name(Requirement(requirement).name)
    except InvalidRequirement:
        pytest.fail(f"install line names something pip cannot read: {requirement!r}")


def test_the_distribution_is_not_called_like_the_unrelated_pypi_project() -> None:
    assert canonicalize_name(distribution_name()) != "newsmodel"


def test_the_docs_say_how_to_install_it() -> None:
    # Guards the test below against finding nothing to check.
    assert distribution_name() in requirements_in((ROOT / "docs" / "quickstart.rst").read_text())


@pytest.mark.parametrize("path", user_facing_files(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_install_line_names_this_distribution(path: Path) -> None:
    ours = canonicalize_name(distribution_name())
    wrong = [
        requirement
        for requirement in requirements_in(path.read_text("utf-8"))
        if named_project(requirement) not in OTHER_TOOLS | {ours}
    ]
    assert not wrong, f"{path.name}: install lines that name another project: {wrong}"


def test_the_extras_refer_to_this_distribution() -> None:
    # An extra that pulls in another extra names the project itself ("NAME[hypothesis]").
    optional = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"][
        "optional-dependencies"
    ]
    own = {named_project(req) for reqs in optional.values() for req in reqs if "[" in req}
    assert own == {canonicalize_name(distribution_name())}
