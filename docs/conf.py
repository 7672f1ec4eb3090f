"""Sphinx configuration for the newsmodel documentation.

The build is offline and strict: ``sphinx-build -n -W`` must pass with no network, so
there is no intersphinx, and references to other projects' types (which no offline
inventory can resolve) are ignored by name below, never our own.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "_ext"))

import newsmodel  # noqa: E402 - after the path set-up above

project = "newsmodel"
author = "newsmodel developers"
copyright = "newsmodel developers"
release = newsmodel.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx_click",
    # The project's own extensions, in docs/_ext: each reads the code or the committed
    # schemas at build time, so nothing about a field or a rule is written twice.
    "newsmodel_aliases",
    "newsmodel_fields",
    "newsmodel_schemas",
    "newsmodel_rules",
    "newsmodel_codes",
    "newsmodel_diagram",
    "newsmodel_example",
    "newsmodel_rendered",
    "newsmodel_cli",
    "newsmodel_benchmark",
    "newsmodel_verdicts",
]

root_doc = "index"
exclude_patterns = ["_build"]
templates_path: list[str] = []

# -- strictness ----------------------------------------------------------------------
nitpicky = True
# Types from the standard library and from other projects: with no network there is no
# inventory to link them to. Only names outside newsmodel are listed here.
nitpick_ignore_regex = [
    (r"py:(class|obj|data|exc)", r"(collections\.abc|typing|os|pathlib|importlib)\..*"),
    (r"py:(class|obj)", r"(attrs|cattrs|jsonschema|referencing|hypothesis|st|dask)\..*"),
    (r"py:(class|obj)", r"Own"),
    (r"py:(class|obj)", r"(Mapping|Iterable|Iterator|Sequence|Callable|Any|T|PathLike)"),
    (r"py:(class|obj)", r"(os\.)?PathLike\[str\]"),
    (r"py:(class|obj)", r"Traversable"),
    # Type variables in signatures are not objects to link to.
    (r"py:(class|obj)", r"newsmodel\..*\.T"),
]

# -- autodoc -------------------------------------------------------------------------
# Classes are shown without their (long, keyword-only) constructor signature: the field
# table under each model class says what the constructor takes.
autodoc_class_signature = "mixed"
autodoc_member_order = "bysource"
autodoc_typehints = "signature"
# Defaults as written in the source ("DEFAULT_LIMITS", not its repr); attrs classes, whose
# generated __init__ has no source to read, get theirs from newsmodel_fields.
autodoc_preserve_defaults = True
# newsmodel.dask_bags needs the dask extra, which a docs-only environment lacks.
autodoc_mock_imports = ["dask", "distributed"]
python_use_unqualified_type_names = True
add_module_names = False
toc_object_entries_show_parents = "hide"

# Curly quotes and ellipses, but no dashes: "--strict" in the command line's help stays
# two hyphens that a reader can copy, not an en dash.
smartquotes_action = "qe"

# -- doctest -------------------------------------------------------------------------
doctest_global_setup = """
import newsmodel
"""

# -- HTML ----------------------------------------------------------------------------
html_theme = "furo"
html_title = f"newsmodel {release}"
html_static_path = ["_static"]
html_css_files = ["newsmodel.css"]
html_theme_options = {"navigation_with_keys": True}
html_show_sourcelink = False


#: Written in a page (code blocks and examples included), it stands for the format version
#: this release writes, so that no page hard-codes a version where it means the current one.
CURRENT_VERSION_PLACEHOLDER = "{current-version}"


def _current_version(_app: object, _docname: str, source: list[str]) -> None:
    source[0] = source[0].replace(CURRENT_VERSION_PLACEHOLDER, newsmodel.CURRENT_VERSION)


def setup(app: Any) -> None:
    app.connect("source-read", _current_version)
