"""The ``pattern`` keyword with the meaning JSON Schema gives it: an ECMA-262 regex.

jsonschema evaluates ``pattern`` with Python's ``re.search``, and the two dialects differ
exactly where it matters for newsmodel's patterns: Python's ``$`` also matches before a
final newline, and its ``.`` matches CR, U+2028 and U+2029. So ``"en\\n"`` passed as a
language tag and ``"1998\\n"`` as a TIMEX3 value, which ECMA-262 validators (ajv, and
editors built on it) reject. Each pattern is translated once into the Python regex that
means the same: ``$`` becomes ``\\Z`` and ``.`` a class without the line terminators. The
escapes whose meaning also differs (``\\d``, ``\\w``, ``\\s``, ``\\b``) are left alone: no
newsmodel pattern uses them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

import jsonschema

from newsmodel.schema.formats import preview

#: ECMA-262's ``.`` without the ``s`` flag: any character but a line terminator.
_ECMA_DOT = "[^\\n\\r\\u2028\\u2029]"


@functools.cache
def ecma_regex(pattern: str) -> re.Pattern[str]:
    """The compiled Python regex that matches what ECMA-262 ``pattern`` (no flags) matches."""
    translated = []
    in_class = False
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            translated.append(pattern[index : index + 2])
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "$":
            char = r"\Z"
        elif char == ".":
            char = _ECMA_DOT
        translated.append(char)
        index += 1
    return re.compile("".join(translated))


def pattern(
    validator: Any, regex: str, instance: Any, schema: Any
) -> Iterator[jsonschema.ValidationError]:
    """The ``pattern`` keyword, as jsonschema's own but with ECMA-262 semantics."""
    if validator.is_type(instance, "string") and not ecma_regex(regex).search(instance):
        yield jsonschema.ValidationError(f"{preview(instance)} does not match {regex!r}")
