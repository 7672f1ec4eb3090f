"""newsmodel: one typed, validated and documented shape for a news article and its claims.

The model classes (:mod:`newsmodel.model`) are the single source of truth; the codec,
the JSON Schemas, the validation rules and the docs are derived from them.

>>> import newsmodel
>>> article = newsmodel.examples.load("space-agency-teams-with-arms-exporter")
>>> article.headline
'Space Agency Teams With Arms Exporter'

Importing the package loads the model and the errors only; reading, writing and
validation (cattrs, jsonschema, the schemas) load when first used, so that whatever
imports a model class (hypothesis's entry point, ``newsmodel --help``) stays quick.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import TYPE_CHECKING, Any

from newsmodel._version import __version__
from newsmodel.errors import (
    NewsmodelError,
    Problem,
    Severity,
    UnreadableDocumentError,
    UnwritableDocumentError,
    ValidationError,
)
from newsmodel.model import *  # noqa: F403 - the model classes are the public API
from newsmodel.model import __all__ as _model_names
from newsmodel.versions import CURRENT_SCHEMA_URL, CURRENT_VERSION

if TYPE_CHECKING:
    from newsmodel import examples
    from newsmodel.documents import dump, dumps, from_json, load, loads
    from newsmodel.validation import Report, validate

#: The public names loaded on first use, and the module each comes from.
_LAZY = {
    "examples": "newsmodel.examples",
    "dump": "newsmodel.documents",
    "dumps": "newsmodel.documents",
    "from_json": "newsmodel.documents",
    "load": "newsmodel.documents",
    "loads": "newsmodel.documents",
    "Report": "newsmodel.validation",
    "validate": "newsmodel.validation",
}

__all__ = [
    "CURRENT_SCHEMA_URL",
    "CURRENT_VERSION",
    "NewsmodelError",
    "Problem",
    "Report",
    "Severity",
    "UnreadableDocumentError",
    "UnwritableDocumentError",
    "ValidationError",
    "__version__",
    "dump",
    "dumps",
    "examples",
    "from_json",
    "load",
    "loads",
    "validate",
    *_model_names,
]


def __getattr__(name: str) -> Any:
    """Load a public name of :data:`_LAZY`, or a submodule, on first use (PEP 562).

    Submodules too, as ``newsmodel.documents`` worked without importing it when this
    package imported everything eagerly.
    """
    if name in _LAZY:
        module = importlib.import_module(_LAZY[name])
        value = module if module.__name__ == f"{__name__}.{name}" else getattr(module, name)
    elif not name.startswith("_") and importlib.util.find_spec(f"{__name__}.{name}") is not None:
        value = importlib.import_module(f"{__name__}.{name}")
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
