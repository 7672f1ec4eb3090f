"""The catalogue of problem codes found before the rules: reading, JSON, schema, structuring.

Each code is a :class:`ProblemCode` written once, here: its stage, its severity, one
sentence of documentation and the template of its message. Every place that reports one
of these problems builds it from its entry (``TOO_LARGE.problem(limit=...)``), so that
a message has one wording wherever it is found. The rules' codes live in the rule table
(``newsmodel.validation.RULES``); :func:`newsmodel.validation.catalogue` lists both,
as ``newsmodel rules`` and the docs do, and a test checks that every code any module
reports is listed.
"""

from __future__ import annotations

import enum
from typing import Any

import attrs

from newsmodel.errors import Problem, Severity


class Stage(enum.Enum):
    """Where in reading and validation a problem is found, in the order they run."""

    INPUT = "input"
    """A path or stream gives no bytes to read (missing, a folder, unreadable)."""
    JSON = "json"
    """The bytes are not strict JSON within the reader's limits."""
    SCHEMA = "schema"
    """The JSON breaks the published schema of the version it names."""
    RULES = "rules"
    """The document breaks a rule a schema cannot state."""
    INTERCHANGE = "interchange"
    """A conversion to or from another format (schema.org, ClaimReview, ninjs) drops or
    approximates a field, or finds the input lacks what a document needs."""
    MODEL = "model"
    """Objects and JSON that do not convert: schema-valid JSON the classes cannot hold (a
    bug of newsmodel's), or objects that cannot be written as JSON."""


@attrs.frozen(kw_only=True)
class ProblemCode:
    """One kind of problem: a stable code and all that is said about it."""

    code: str
    """Stable identifier, such as ``json.too_large``; users filter on it."""
    stage: Stage
    """The stage that finds it."""
    description: str
    """One sentence for the docs and ``newsmodel rules``: what it means."""
    message: str = ""
    """Template of the one-line message, filled from :meth:`problem`'s keywords."""
    severity: Severity = Severity.ERROR
    """Whether it makes a document invalid."""

    def problem(self, *, pointer: str = "", line: int | None = None, **fields: Any) -> Problem:
        """A problem of this kind, its message filled from ``fields``."""
        return Problem(
            code=self.code,
            message=self.message.format(**fields),
            pointer=pointer,
            severity=self.severity,
            line=line,
        )


# --- input: the path or the stream ----------------------------------------------------------

NOT_FOUND = ProblemCode(
    code="input.not_found",
    stage=Stage.INPUT,
    description="A path given to read does not exist.",
    message="no such file or folder",
)
IS_DIRECTORY = ProblemCode(
    code="input.is_directory",
    stage=Stage.INPUT,
    description="A path given as a document is a folder.",
    message="is a folder, not a document",
)
UNREADABLE = ProblemCode(
    code="input.unreadable",
    stage=Stage.INPUT,
    description="A file exists but cannot be read (permissions, a device error).",
    message="cannot be read: {reason}",
)
NO_DOCUMENTS = ProblemCode(
    code="input.no_documents",
    stage=Stage.INPUT,
    description="A folder, or the bundled examples, hold no document to check.",
    message="{source} holds no document",
)

# --- json: the bytes -----------------------------------------------------------------------

TOO_LARGE = ProblemCode(
    code="json.too_large",
    stage=Stage.JSON,
    description="A document (a file, or a line of JSON Lines) is larger than the size limit.",
    message="document is over the limit of {limit} bytes",
)
TOO_MANY_VALUES = ProblemCode(
    code="json.too_many_values",
    stage=Stage.JSON,
    description="A document holds more values (arrays, objects, strings, numbers, true, "
    "false, null) than the limit, counted on its text before it is read.",
    message="document holds more than {limit} values",
)
BOM = ProblemCode(
    code="json.bom",
    stage=Stage.JSON,
    description="The text starts with a byte-order mark, which JSON forbids.",
    message="document starts with a byte-order mark, which JSON forbids",
)
ENCODING = ProblemCode(
    code="json.encoding",
    stage=Stage.JSON,
    description="The bytes are not UTF-8.",
    message="not UTF-8: invalid byte at offset {offset}",
)
EMPTY = ProblemCode(
    code="json.empty",
    stage=Stage.JSON,
    description="The input holds no JSON value: empty, white space only, or only blank lines.",
    message="{what} holds no JSON document",
)
SYNTAX = ProblemCode(
    code="json.syntax",
    stage=Stage.JSON,
    description="The text is not JSON: a comment, single quotes, a trailing comma, two documents, cut short...",
    message="{error} ({place})",
)
TOO_DEEP = ProblemCode(
    code="json.too_deep",
    stage=Stage.JSON,
    description="Arrays and objects nest deeper than the depth limit.",
    message="nesting is deeper than {limit}",
)
DUPLICATE_KEY = ProblemCode(
    code="json.duplicate_key",
    stage=Stage.JSON,
    description="An object has the same key twice, where most readers would silently keep the last.",
    message="key {key!r} appears more than once in this object",
)
NUMBER_RANGE = ProblemCode(
    code="json.number_range",
    stage=Stage.JSON,
    description="A number that a double (and JavaScript) cannot hold exactly.",
    message="number {number} does not fit a double: {why}",
)
NON_FINITE = ProblemCode(
    code="json.non_finite",
    stage=Stage.JSON,
    description="NaN or Infinity, which are not JSON.",
    message="{value} is not JSON",
)
NOT_JSON = ProblemCode(
    code="json.not_json",
    stage=Stage.JSON,
    description="A Python value given to validate holds something with no JSON form (a set, a date, a non-string key).",
    message="a {what} of Python type {type} has no JSON form",
)
SURROGATE = ProblemCode(
    code="json.surrogate",
    stage=Stage.JSON,
    description="A string or key holds a lone UTF-16 surrogate, which is not a Unicode character.",
    message="{what} holds a lone UTF-16 surrogate, which is not a Unicode character",
)
NUL = ProblemCode(
    code="json.nul",
    stage=Stage.JSON,
    description="A string holds U+0000, which PostgreSQL's text and jsonb, C strings and many other stores cannot hold; no news text needs it.",
    message="{what} holds U+0000 (NUL), which newsmodel refuses: many stores cannot hold it",
)

# --- schema: the published JSON Schema ------------------------------------------------------

VERSION_MISSING = ProblemCode(
    code="schema.version_missing",
    stage=Stage.SCHEMA,
    description="The document has no '$schema' naming its newsmodel version.",
    message="the document has no '$schema' naming its newsmodel version",
)
VERSION_UNKNOWN = ProblemCode(
    code="schema.version_unknown",
    stage=Stage.SCHEMA,
    description="'$schema' names no newsmodel version this release reads.",
    message="'$schema' {why}",
)
#: One code per JSON Schema keyword the published schemas use, ``schema.<keyword>``.
SCHEMA_KEYWORDS: dict[str, ProblemCode] = {
    keyword: ProblemCode(code=code, stage=Stage.SCHEMA, description=description, message=message)
    for keyword, code, description, message in [
        (
            "type",
            "schema.type",
            "A value of the wrong JSON type (a string where a number belongs, null).",
            "expected {expected}, got {found}",
        ),
        (
            "required",
            "schema.required",
            "An object lacks a key it must have.",
            "missing required key {key!r}",
        ),
        (
            "additionalProperties",
            "schema.additional_properties",
            "An object has a key its schema does not know (often a typo).",
            "unknown key {key}",
        ),
        (
            "propertyNames",
            "schema.property_names",
            "An extension's key is not a namespaced name such as 'acme:score'.",
            "key {key} is not a namespaced name such as 'acme:score'",
        ),
        (
            "enum",
            "schema.enum",
            "A value is not one of the values its field allows.",
            "{value} is not one of: {choices}",
        ),
        (
            "const",
            "schema.const",
            "A value differs from the one value its field allows (an entity's type tag).",
            "expected {expected}, got {value}",
        ),
        (
            "pattern",
            "schema.pattern",
            "A string is not of the form its field requires (an id, a TIMEX3 value, a currency).",
            "{value} is not {form}",
        ),
        (
            "format",
            "schema.format",
            "A string is not a valid value of its format (a date, an IRI).",
            "{value} is not a valid {format}",
        ),
        (
            "minLength",
            "schema.min_length",
            "A string shorter than its field allows: an empty one, where an optional key is left out instead.",
            "must not be an empty string{advice}",
        ),
        (
            "minItems",
            "schema.min_items",
            "A list shorter than its field allows: an empty one, where an optional key is left out instead.",
            "must not be empty{advice}",
        ),
        (
            "minProperties",
            "schema.min_properties",
            "An object with fewer keys than it must have: an empty one, where an optional key is left out instead.",
            "must not be empty{advice}",
        ),
        (
            "minimum",
            "schema.minimum",
            "A number below its field's minimum (a negative offset).",
            "{value} is less than {limit}",
        ),
        (
            "maximum",
            "schema.maximum",
            "A number above its field's maximum (a confidence above 1).",
            "{value} is more than {limit}",
        ),
    ]
}

# --- interchange: conversions to and from other formats -----------------------------------

DROPPED = ProblemCode(
    code="interchange.dropped",
    stage=Stage.INTERCHANGE,
    description="A conversion left out a field that the target format has no place for.",
    message="{what} has no place in {target}; left out",
    severity=Severity.WARNING,
)
APPROXIMATED = ProblemCode(
    code="interchange.approximated",
    stage=Stage.INTERCHANGE,
    description="A conversion kept a field only approximately (a time cut to its day, a scheme added to a URL).",
    message="{what} {how}",
    severity=Severity.WARNING,
)
VERDICT_NORMALIZED = ProblemCode(
    code="interchange.verdict_normalized",
    stage=Stage.INTERCHANGE,
    description="A fact-checker's verdict label was normalized to newsmodel's scale; the message says by which table or scale.",
    message="verdict {label!r} normalized to {verdict} by {method}",
    severity=Severity.WARNING,
)
VERDICT_UNNORMALIZED = ProblemCode(
    code="interchange.verdict_unnormalized",
    stage=Stage.INTERCHANGE,
    description="A fact-checker's verdict matches no label table and no usable rating scale, so it is kept as published and not normalized.",
    message="verdict {label!r} matches no label table and no usable rating scale; kept as published, not normalized",
    severity=Severity.WARNING,
)
MISSING = ProblemCode(
    code="interchange.missing",
    stage=Stage.INTERCHANGE,
    description="The input lacks something a newsmodel document must have (a review's address, a reviewer).",
    message="{what} is missing: {why}",
)
NOT_THE_FORMAT = ProblemCode(
    code="interchange.not_the_format",
    stage=Stage.INTERCHANGE,
    description="The input is JSON but not in the format it is read as (no ClaimReview in it, not a ninjs item).",
    message="{why}",
)
DATES_DISAGREE = ProblemCode(
    code="interchange.dates_disagree",
    stage=Stage.INTERCHANGE,
    description="An ingested page's own dates disagree (its metadata, its dateline, its template's 'Last updated' line); every one is kept as a document time with its provenance, none is picked.",
    message="{first} {how} {second}; both kept",
    severity=Severity.WARNING,
)
NO_STORY = ProblemCode(
    code="interchange.no_story",
    stage=Stage.INTERCHANGE,
    description="A page or text given to ingest holds no story: the extractor found no main text, or no line of it is a paragraph.",
    message="no story to ingest: {why}",
)
PAGE_BEYOND_PARSER = ProblemCode(
    code="interchange.page_beyond_parser",
    stage=Stage.INTERCHANGE,
    description="A page given to ingest is beyond what the HTML parser (libxml2) reads whole: one text of over 10 MB, or elements nested more than 255 deep. The parser would leave the rest out without failing, so the page is refused rather than ingested in part.",
    message="the page is beyond what the HTML parser reads whole ({why}); not ingested, since part of it would be lost",
)
CORPUS_UNREADABLE = ProblemCode(
    code="interchange.corpus_unreadable",
    stage=Stage.INTERCHANGE,
    description="An annotated-corpus file (TimeML, MEANTIME CAT, brat) cannot be read as its format: not well-formed XML, an offset outside the text, a span whose words differ.",
    message="{why}",
)

# --- model: structuring --------------------------------------------------------------------

STRUCTURE = ProblemCode(
    code="model.structure",
    stage=Stage.MODEL,
    description="Schema-valid JSON that the model classes cannot hold: a gap between schema and classes, to report as a bug.",
    message="schema-valid JSON that the classes cannot hold: {error}",
)
UNWRITABLE = ProblemCode(
    code="model.unwritable",
    stage=Stage.MODEL,
    description="An article that cannot be written as JSON: a field set around its constructor to a value its type does not allow.",
    message="cannot be written as JSON: {reason}",
)

#: Every code of this module, in the order the stages run.
CODES: tuple[ProblemCode, ...] = (
    NOT_FOUND,
    IS_DIRECTORY,
    UNREADABLE,
    NO_DOCUMENTS,
    TOO_LARGE,
    TOO_MANY_VALUES,
    BOM,
    ENCODING,
    EMPTY,
    SYNTAX,
    TOO_DEEP,
    DUPLICATE_KEY,
    NUMBER_RANGE,
    NON_FINITE,
    NOT_JSON,
    SURROGATE,
    NUL,
    VERSION_MISSING,
    VERSION_UNKNOWN,
    *SCHEMA_KEYWORDS.values(),
    DROPPED,
    APPROXIMATED,
    VERDICT_NORMALIZED,
    VERDICT_UNNORMALIZED,
    MISSING,
    NOT_THE_FORMAT,
    DATES_DISAGREE,
    NO_STORY,
    PAGE_BEYOND_PARSER,
    CORPUS_UNREADABLE,
    STRUCTURE,
    UNWRITABLE,
)

#: The stages whose problems mean the input could not be read as JSON at all.
UNREADABLE_STAGES = frozenset({Stage.INPUT, Stage.JSON})
