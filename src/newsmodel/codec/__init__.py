"""The codec: model objects to JSON values and back, and JSON values to bytes and back."""

from newsmodel.codec.converter import converter, structure, unstructure
from newsmodel.codec.json_text import DEFAULT_LIMITS, ReadLimits, parse, write

__all__ = [
    "DEFAULT_LIMITS",
    "ReadLimits",
    "converter",
    "parse",
    "structure",
    "unstructure",
    "write",
]
