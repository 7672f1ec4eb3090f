"""The format checker validation uses: the formats newsmodel's schemas name, declared one by one.

Each format is declared here by name, so that a schema using a format nobody declared
fails a test rather than going silently unchecked, and each is a plain predicate in
:data:`FORMATS`, which both the detailed engine (through :func:`format_checker`) and the
fast one (:mod:`newsmodel.schema.fast_engine`, without importing jsonschema) call.
``date`` is jsonschema's own check, restated (a test holds it to jsonschema's). ``iri`` and ``iri-reference`` are newsmodel's own: jsonschema's
``format-nongpl`` extra would check them with ``rfc3987-syntax``, whose Lark grammar costs
over a second to import (jsonschema imports it at its own import time whenever it is
installed, so newsmodel does not depend on that extra) and some 40 ms per address.

A document with a hundred ``sameAs`` links would take seconds that way. RFC 3987
(section 3.1) maps an IRI to a URI by percent-encoding the characters that IRIs add to
URIs (``ucschar`` anywhere a URI allows an unreserved character, ``iprivate`` in the
query); an IRI is valid exactly when that mapping gives a valid URI. This module does
that mapping and checks the result with ``rfc3986-validator``'s regular expression,
which jsonschema uses for ``uri``. A test checks it against ``rfc3987-syntax``.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from rfc3986_validator import validate_rfc3986

if TYPE_CHECKING:
    import jsonschema

#: RFC 3987 ``ucschar``: the non-ASCII characters an IRI allows where a URI allows
#: an unreserved character.
_UCSCHAR = (
    (0xA0, 0xD7FF),
    (0xF900, 0xFDCF),
    (0xFDF0, 0xFFEF),
    *((plane, plane + 0xFFFD) for plane in range(0x10000, 0xE0000, 0x10000)),
    (0xE1000, 0xEFFFD),
)
#: RFC 3987 ``iprivate``: allowed in the query only.
_IPRIVATE = ((0xE000, 0xF8FF), (0xF0000, 0xFFFFD), (0x100000, 0x10FFFD))


def _within(code: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(low <= code <= high for low, high in ranges)


def _as_uri(iri: str) -> str | None:
    """The URI an IRI maps to, or None when it holds a character no IRI may hold there."""
    out = []
    query = False  # iprivate may appear in the query, which runs from "?" to "#"
    for char in iri:
        code = ord(char)
        if char == "?" and not query:
            query = True
        elif char == "#":
            query = False
        if code <= 0x20 or code == 0x7F:
            # No IRI holds a control character or a space; checked here because the
            # validator's regular expression ends in "$", which matches before a final "\n".
            return None
        if code < 0x80:
            out.append(char)
        elif _within(code, _UCSCHAR) or (query and _within(code, _IPRIVATE)):
            out.append("".join(f"%{byte:02X}" for byte in char.encode("utf-8", "surrogatepass")))
        else:
            return None
    return "".join(out)


def is_iri(instance: Any) -> bool:
    """Whether ``instance`` is an IRI (RFC 3987); anything but a string passes, as usual."""
    if not isinstance(instance, str):
        return True
    uri = _as_uri(instance)
    return uri is not None and validate_rfc3986(uri, rule="URI") is not None


def is_iri_reference(instance: Any) -> bool:
    """Whether ``instance`` is an IRI reference (RFC 3987)."""
    if not isinstance(instance, str):
        return True
    uri = _as_uri(instance)
    return uri is not None and validate_rfc3986(uri, rule="URI_reference") is not None


#: jsonschema's ``date``: RFC 3339 ``full-date``, four-digit year, a day that exists.
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$", re.ASCII)


def is_date(instance: Any) -> bool:
    """Whether ``instance`` is an RFC 3339 date, exactly as jsonschema's ``date`` decides."""
    if not isinstance(instance, str):
        return True
    try:
        return bool(_DATE.fullmatch(instance) and datetime.date.fromisoformat(instance))
    except ValueError:
        return False


#: Every format newsmodel's schemas may name, with its check.
FORMATS: dict[str, Callable[[Any], bool]] = {
    "date": is_date,
    "iri": is_iri,
    "iri-reference": is_iri_reference,
}


@functools.cache
def format_checker() -> jsonschema.FormatChecker:
    """A checker of exactly the formats newsmodel's schemas use, and of no other."""
    import jsonschema

    checker = jsonschema.FormatChecker(())
    for name, check in FORMATS.items():
        checker.checks(name)(check)
    return checker
