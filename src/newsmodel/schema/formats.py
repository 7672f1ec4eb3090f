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

The work is bounded: an address longer than :data:`MAX_IRI_LENGTH` characters is not
accepted (no real one comes near it), and the mapping works on runs of characters with
regular expressions, never building a string per character.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from rfc3986_validator import validate_rfc3986

if TYPE_CHECKING:
    import jsonschema

#: The longest address newsmodel accepts, in characters. Browsers and servers stop far
#: earlier (RFC 9110 asks only for 8000 octets); the limit keeps a hostile document with a
#: megabytes-long ``url`` from costing more than a glance.
MAX_IRI_LENGTH = 65536

#: The formats whose values are addresses, and so fall under :data:`MAX_IRI_LENGTH`.
IRI_FORMATS = frozenset({"iri", "iri-reference"})

#: ASCII characters no IRI holds anywhere: controls and the space. (Checked here because
#: the validator's regular expression ends in "$", which matches before a final "\n".)
_FORBIDDEN_ASCII = re.compile(r"[\x00-\x20\x7f]")
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
#: RFC 3987 ``ucschar``: the non-ASCII characters an IRI allows where a URI allows
#: an unreserved character.
_UCSCHAR = (
    "\u00a0-\ud7ff\uf900-\ufdcf\ufdf0-\uffef"
    + "".join(f"{chr(plane)}-{chr(plane + 0xFFFD)}" for plane in range(0x10000, 0xE0000, 0x10000))
    + "\U000e1000-\U000efffd"
)
#: RFC 3987 ``iprivate``: allowed in the query only.
_IPRIVATE = "\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd"
_UCSCHAR_RUN = re.compile(f"[{_UCSCHAR}]+")
_QUERY_RUN = re.compile(f"[{_UCSCHAR}{_IPRIVATE}]+")
#: What a run of allowed non-ASCII characters maps to, per character: one percent-encoded
#: octet is valid exactly where the character's own percent-encoding is, and the URI
#: regex does not care how many octets there are.
_ENCODED = "%41"


def _as_uri(iri: str) -> str | None:
    """A URI that is valid exactly when ``iri`` is a valid IRI; None when it cannot be one."""
    if len(iri) > MAX_IRI_LENGTH or _FORBIDDEN_ASCII.search(iri):
        return None
    if iri.isascii():
        return iri
    # iprivate may appear in the query, which runs from the first "?" to the fragment's "#".
    fragment = iri.find("#")
    query_end = fragment if fragment >= 0 else len(iri)
    query_start = iri.find("?", 0, query_end)
    if query_start < 0:
        query_start = query_end
    refused = False

    def encoded(run: re.Match[str]) -> str:
        nonlocal refused
        allowed = _QUERY_RUN if query_start < run.start() < query_end else _UCSCHAR_RUN
        if not allowed.fullmatch(run.group()):
            refused = True
        return _ENCODED * len(run.group())

    uri = _NON_ASCII_RUN.sub(encoded, iri)
    return None if refused else uri


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


def preview(value: Any, limit: int = 40) -> str:
    """At most ``limit`` characters showing ``value``: never the repr of a huge string."""
    if isinstance(value, str) and len(value) > limit:
        return repr(value[: limit - 3]) + "..."
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def format_keyword(
    validator: Any, format_name: str, instance: Any, schema: Any
) -> Iterator[jsonschema.ValidationError]:
    """The ``format`` keyword, as jsonschema's own, but never quoting the whole instance.

    jsonschema's ``FormatChecker.check`` builds ``repr(instance)`` for its message, which for
    a 30-million-character address costs more memory than the whole document.
    """
    import jsonschema

    checker = validator.format_checker
    if checker is None or format_name not in checker.checkers:
        return
    check, raises = checker.checkers[format_name]
    try:
        conforms = check(instance)
    except raises:
        conforms = False
    if not conforms:
        yield jsonschema.ValidationError(f"{preview(instance)} is not a {format_name!r}")


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
