"""Reading and writing documents: the four functions most users need.

Reading never trusts its input: it parses strictly, validates against the schema and
the rules, and only then structures, so that cattrs never converts a wrong value into a
right-looking one. Writing gives the canonical form, byte for byte the same for equal
articles; ``dumps(loads(b)) == b`` for every canonical document ``b``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from newsmodel._files import write_atomically
from newsmodel.codec import DEFAULT_LIMITS, ReadLimits, parse, structure, unstructure, write
from newsmodel.errors import ValidationError
from newsmodel.model import Article
from newsmodel.validation import validate_parsed


def loads(
    data: bytes | str, *, limits: ReadLimits = DEFAULT_LIMITS, strict: bool = False
) -> Article:
    """Read one document from JSON text.

    Raises :class:`~newsmodel.errors.UnreadableDocumentError` when the input is not
    JSON at all, and :class:`~newsmodel.errors.ValidationError` when it breaks the
    schema or a rule (warnings are errors too when ``strict``).
    """
    return from_json(parse(data, limits=limits), strict=strict)


def from_json(parsed: Any, *, strict: bool = False) -> Article:
    """Validate and structure a document already parsed into Python values."""
    report = validate_parsed(parsed, strict=strict)
    if not report.valid:
        raise ValidationError(report.errors)
    return structure(parsed, Article)


def dumps(article: Article) -> bytes:
    """The canonical JSON bytes of ``article``."""
    return write(unstructure(article))


def load(
    path: str | os.PathLike[str], *, limits: ReadLimits = DEFAULT_LIMITS, strict: bool = False
) -> Article:
    """Read one document from a file; see :func:`loads`."""
    return loads(Path(path).read_bytes(), limits=limits, strict=strict)


def dump(article: Article, path: str | os.PathLike[str]) -> None:
    """Write ``article`` to ``path`` in canonical form, atomically: never half a file."""
    write_atomically(Path(path), dumps(article))
