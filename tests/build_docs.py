"""Build the HTML docs as an environment holding only ``.[docs]`` would.

Run: ``python tests/build_docs.py SOURCE_DIR OUTPUT_DIR`` (the docs' folder and where the
site goes). The build is the README's (``sphinx-build -n -W``), run in this interpreter,
but any module that this environment has installed and the ``docs`` extra would not
install (hypothesis, for instance, if the extra forgot it) cannot be imported: the build
then fails as it would on Read the Docs, instead of passing because the test
environment happens to hold more than the docs need.

The test suite runs it (``tests/conftest.py``); ``.ci/run`` also builds the docs in a
real, fresh environment with only ``.[docs]``.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.metadata
import sys
import sysconfig
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

#: The import package this project installs (an editable install records no files for it).
OWN_PACKAGE = "newsmodel"


def distribution_name() -> str:
    found = importlib.metadata.packages_distributions().get(OWN_PACKAGE)
    if found:
        return found[0]
    for entry_point in importlib.metadata.entry_points(group="console_scripts"):
        if entry_point.name == OWN_PACKAGE and entry_point.dist is not None:
            return str(entry_point.dist.name)
    raise SystemExit(f"{OWN_PACKAGE} is not installed in this environment")


def installed_by(requirement: str) -> set[str]:
    """The distributions that ``pip install REQUIREMENT`` installs, read from the metadata
    of what this environment holds (every marker evaluated for this Python)."""
    names: set[str] = set()
    todo = [Requirement(requirement)]
    seen: set[tuple[str, frozenset[str]]] = set()
    while todo:
        wanted = todo.pop()
        name = canonicalize_name(wanted.name)
        key = (name, frozenset(wanted.extras))
        if key in seen:
            continue
        seen.add(key)
        names.add(name)
        for line in importlib.metadata.distribution(name).requires or []:
            needed = Requirement(line)
            extras = [*wanted.extras, ""]
            if needed.marker is None or any(needed.marker.evaluate({"extra": e}) for e in extras):
                todo.append(needed)
    return names


def importable_names(distributions: set[str]) -> set[str]:
    allowed = {OWN_PACKAGE}
    for module, owners in importlib.metadata.packages_distributions().items():
        if any(canonicalize_name(owner) in distributions for owner in owners):
            allowed.add(module)
    return allowed


class OnlyTheseDistributions(importlib.abc.MetaPathFinder):
    """Refuses a top-level module that lies in site-packages and is not in ``allowed``."""

    def __init__(self, allowed: set[str]) -> None:
        self.allowed = allowed
        self.site = {Path(sysconfig.get_paths()[key]).resolve() for key in ("purelib", "platlib")}

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if path is not None or fullname in self.allowed:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname)
        if spec is None:
            return None
        places = [spec.origin] if spec.origin else list(spec.submodule_search_locations or [])
        if any(self.site & set(Path(place).resolve().parents) for place in places):
            raise ModuleNotFoundError(
                f"No module named {fullname!r} (installed here, but not by the docs extra)",
                name=fullname,
            )
        return None


def hide_entry_points_of_others(distributions: set[str]) -> None:
    """Entry points that only distributions outside ``distributions`` declare do not exist
    in a docs environment: trio, which selenium brings into the test environment, declares
    a hypothesis plugin that importing hypothesis would otherwise try to load."""
    every = importlib.metadata.entry_points

    def entry_points(**selection: Any) -> Any:
        found = every(**selection)
        if not selection:
            return found
        return importlib.metadata.EntryPoints(
            entry
            for entry in found
            if entry.dist is None or canonicalize_name(entry.dist.name) in distributions
        )

    importlib.metadata.entry_points = entry_points


def main(arguments: list[str]) -> int:
    source, output = arguments
    distributions = installed_by(f"{distribution_name()}[docs]")
    sys.meta_path.insert(0, OnlyTheseDistributions(importable_names(distributions)))
    hide_entry_points_of_others(distributions)

    from sphinx.cmd.build import build_main

    # -E: a fresh environment every time. Sphinx does not see the schema files, the rule
    # table or the lazily imported package as dependencies of its pages, so a site left
    # from an earlier build reports missing targets that a fresh build finds.
    return build_main(["-E", "-n", "-W", "--keep-going", "-q", "-b", "html", source, output])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
