"""The codec: model objects to JSON values and back, and JSON values to bytes and back."""

from newsmodel.codec.converter import converter, structure, unstructure, unstructure_for_writing
from newsmodel.codec.json_text import (
    DEFAULT_LIMITS,
    ReadLimits,
    json_value_problems,
    parse,
    write,
    write_line,
)
from newsmodel.codec.positions import line_of, lines_of

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
