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
from newsmodel.codec import DEFAULT_LIMITS, ReadLimits, json_value_problems, write
from newsmodel.errors import (
    UnreadableDocumentError,
    UnwritableDocumentError,
    ValidationError,
)
from newsmodel.model import Article
from newsmodel.problems import (
    IS_DIRECTORY,
    NOT_FOUND,
    TOO_LARGE,
    UNREADABLE,
    UNWRITABLE,
)
from newsmodel.validation import Checked, checked


def loads(
    data: bytes | str, *, limits: ReadLimits = DEFAULT_LIMITS, strict: bool = False
) -> Article:
    """Read one document from JSON text.

    Raises :class:`~newsmodel.errors.UnreadableDocumentError` when the input is not
    JSON at all, and :class:`~newsmodel.errors.ValidationError` when it breaks the
    schema or a rule (warnings are errors too when ``strict``). The error carries every
    problem :func:`~newsmodel.validate` reports, with the same codes, pointers and lines.
    Anything but bytes or a string is a :class:`TypeError` (:func:`from_json` takes
    parsed values).
    """
    if not isinstance(data, (bytes, str)):
        raise TypeError(
            f"loads() reads JSON text (bytes or str), not {type(data).__name__}; "
            "from_json() takes a parsed document"
        )
    return article_of(checked(data, limits=limits, strict=strict, keep_value=False))


def from_json(parsed: Any, *, strict: bool = False) -> Article:
    """Validate and structure a document already parsed into Python values; see :func:`loads`."""
    return article_of(checked(parsed, strict=strict, keep_value=False))


def article_of(result: Checked) -> Article:
    """The article a checked document holds; the errors of :func:`loads` if it is not valid."""
    if not result.readable:
        raise UnreadableDocumentError(result.report.problems)
    if not result.report.valid or result.article is None:
        raise ValidationError(result.report.problems)
    return result.article


def dumps(article: Article) -> bytes:
    """The canonical JSON bytes of ``article``.

    Raises :class:`~newsmodel.errors.UnwritableDocumentError`, with the JSON pointer of
    the offending value, when the object graph cannot be written: an extension holding a
    value JSON has no form for (a set, NaN), or a field changed around its constructor.
    It does not validate: see :func:`dump`.
    """
    return _written(*_unstructured(article))


def _unstructured(article: Article) -> tuple[Any, bool]:
    """The article's JSON values, and whether orjson writes their numbers as json does."""
    if not isinstance(article, Article):
        raise TypeError(f"expected an Article, got {type(article).__name__}")
    # Loaded on first use: the command line reads files through this module, and cattrs
    # need not be loaded while a document is parsed (see docs/validating.rst on memory).
    from newsmodel.codec import unstructure_for_writing

    return unstructure_for_writing(article)


def _written(value: Any, numbers_alike: bool = False) -> bytes:
    try:
        return write(value, numbers_alike=numbers_alike)
    except (TypeError, ValueError) as error:
        problems = json_value_problems(value) or [UNWRITABLE.problem(reason=error)]
        raise UnwritableDocumentError(problems) from None


def read_file(path: str | os.PathLike[str], *, limits: ReadLimits = DEFAULT_LIMITS) -> bytes:
    """The bytes of the file at ``path``, or :class:`UnreadableDocumentError` saying why not.

    The file's size is checked before it is read, so a file larger than
    ``limits.max_bytes`` costs no memory. Codes: ``input.not_found``,
    ``input.is_directory``, ``input.unreadable`` (permissions, a device error) and
    ``json.too_large``.
    """
    where = Path(path)
    try:
        if where.is_dir():
            raise UnreadableDocumentError([IS_DIRECTORY.problem()])
        with where.open("rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            if size > limits.max_bytes:
                raise _too_large(limits)
            # A pipe or device reports no size, and a file may grow while it is read:
            # read what the size says, then up to one byte past the limit to tell.
            # (Asking for the limit at once would allocate a buffer of the limit's size.)
            data = stream.read(size + 1) if size else b""
            if not size or len(data) > size:
                data += stream.read(limits.max_bytes + 1 - len(data))
    except FileNotFoundError:
        raise UnreadableDocumentError([NOT_FOUND.problem()]) from None
    except IsADirectoryError:
        raise UnreadableDocumentError([IS_DIRECTORY.problem()]) from None
    except OSError as error:
        raise UnreadableDocumentError([UNREADABLE.problem(reason=error.strerror)]) from None
    if len(data) > limits.max_bytes:
        raise _too_large(limits)
    return data


def _too_large(limits: ReadLimits) -> UnreadableDocumentError:
    return UnreadableDocumentError([TOO_LARGE.problem(limit=limits.max_bytes)])


def load(
    path: str | os.PathLike[str], *, limits: ReadLimits = DEFAULT_LIMITS, strict: bool = False
) -> Article:
    """Read one document from a file; see :func:`loads` and :func:`read_file`."""
    return loads(read_file(path, limits=limits), limits=limits, strict=strict)


def dump(article: Article, path: str | os.PathLike[str], *, validate: bool = True) -> None:
    """Write ``article`` to ``path`` in canonical form, atomically: never half a file.

    The document is validated first (schema and rules; warnings do not stop it) and a
    document that is not valid raises :class:`~newsmodel.errors.ValidationError` and
    writes nothing, since an invalid file is data lost to its next reader. Pass
    ``validate=False`` to write it all the same (a draft, a test fixture).

    An existing file is replaced as ``newsmodel fmt`` replaces it (through a symbolic link,
    keeping permissions, owner and extended attributes); a read-only file, one with
    several hard links, or one of another user's that the process cannot give the new
    file to raises :class:`~newsmodel.errors.UnsafeWriteError`.
    """
    value, numbers_alike = _unstructured(article)
    if validate:
        report = checked(value, keep_value=False).report
        if not report.valid:
            raise ValidationError(report.problems)
    write_atomically(Path(path), _written(value, numbers_alike))
