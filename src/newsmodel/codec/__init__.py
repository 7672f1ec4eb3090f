"""The codec: model objects to JSON values and back, and JSON values to bytes and back.

Reading JSON text (``newsmodel.codec.json_text``) does not need cattrs or the
converter, so they load on first use of a name that does (PEP 562): ``newsmodel
validate`` parses a document before the rest is imported, which keeps its memory peak
low (:doc:`/validating`, on the memory reading takes).
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

from newsmodel.codec.json_text import (
    DEFAULT_LIMITS,
    ReadLimits,
    json_value_problems,
    parse,
    write,
    write_line,
)
from newsmodel.codec.positions import line_of, lines_of

if TYPE_CHECKING:
    from newsmodel.codec.converter import (
        converter,
        structure,
        unstructure,
        unstructure_for_writing,
    )

#: The names that need cattrs and the whole model, loaded on first use.
_CONVERTER_NAMES = frozenset({"converter", "structure", "unstructure", "unstructure_for_writing"})

__all__ = [
    "DEFAULT_LIMITS",
    "ReadLimits",
    "converter",
    "json_value_problems",
    "line_of",
    "lines_of",
    "parse",
    "structure",
    "unstructure",
    "unstructure_for_writing",
    "write",
    "write_line",
]


def __getattr__(name: str) -> Any:
    """Load a converter name on first use (PEP 562); submodules load as usual."""
    if name not in _CONVERTER_NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module("newsmodel.codec.converter"), name)


class _Codec(types.ModuleType):
    """This package, whose name ``converter`` stays the cattrs converter once loaded.

    Importing the submodule :mod:`newsmodel.codec.converter` sets the package's
    attribute of that name to the submodule; the name has always meant the converter
    object, so the object is kept instead, as the eager import used to leave it.
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "converter" and isinstance(value, types.ModuleType):
            for loaded in _CONVERTER_NAMES:
                super().__setattr__(loaded, getattr(value, loaded))
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Codec


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
