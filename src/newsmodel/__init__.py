"""newsmodel: one typed, validated and documented shape for a news article and its claims.

The model classes (:mod:`newsmodel.model`) are the single source of truth; the codec,
the JSON Schemas, the validation rules and the docs are derived from them.

>>> import newsmodel
>>> article = newsmodel.examples.load("space-agency-teams-with-arms-exporter")
>>> article.headline
'Space Agency Teams With Arms Exporter'
"""

from newsmodel import examples
from newsmodel._version import __version__
from newsmodel.documents import dump, dumps, from_json, load, loads
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
from newsmodel.validation import Report, validate
from newsmodel.versions import CURRENT_SCHEMA_URL, CURRENT_VERSION

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
