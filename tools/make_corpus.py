"""Write the validation corpus under ``tests/corpus/<version>/``.

    python tools/make_corpus.py            # rewrite the corpus
    python tools/make_corpus.py --check    # exit 1 if the committed corpus differs

Layout, per version:

- ``valid/``: documents that must validate with no problem at all, even with ``--strict``.
- ``warnings/``: documents that are valid but must give the warnings their name lists
  (and so are invalid with ``--strict``).
- ``invalid/``: documents that must be refused.

A file in ``warnings/`` or ``invalid/`` is named ``CODE[+CODE...]--what-is-wrong.EXT``:
the codes before ``--`` are exactly the set of problem codes it must produce, from the
Python API and from the command line alike. The corpus is checked with the limits in
``LIMITS`` below (``--max-bytes 65536 --max-depth 64 --max-values 5000``), so that
the files that are too large or hold too many values stay small enough to commit.

The documents are made from the shared small article
(:func:`newsmodel.examples.small_article`). The files that break a rule are the rule
table's own examples (each rule's ``examples``), written canonically; the others are
mutations of its JSON form, each one way, with keys taken from the model's fields; and
byte-level cases (an empty file, a byte-order mark, invalid UTF-8) are written as bytes.
Run this after a model change, then review the diff.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

import newsmodel
from newsmodel.codec import unstructure, write, write_line
from newsmodel.codec.converter import DISCRIMINATOR as TYPE
from newsmodel.errors import Severity
from newsmodel.examples import small_article
from newsmodel.model import (
    Anchor,
    Appearance,
    Article,
    Attribution,
    Claim,
    FactCheckReview,
    Factuality,
    Group,
    Organization,
    Quantity,
    Segment,
    SegmentRole,
    TimeExpression,
)
from newsmodel.model.claims import Rating
from newsmodel.validation import RULES
from newsmodel.validation.walk import key_of
from newsmodel.versions import CURRENT_VERSION, schema_url

ROOT = Path(__file__).resolve().parents[1] / "tests" / "corpus" / CURRENT_VERSION

#: The limits the corpus is checked with (``--max-bytes``, ``--max-depth``, ``--max-values``).
LIMITS = {"max_bytes": 65536, "max_depth": 64, "max_values": 5000}

Doc = dict[str, Any]


#: The JSON keys the mutations below use, taken from the model's fields.
SCHEMA, ID, URL, LANGUAGE, TEXT, SEGMENTS, REFUSALS, EXTENSIONS, ENTITIES = (
    key_of(field)
    for field in (
        attrs.fields(Article).schema,
        attrs.fields(Article).id,
        attrs.fields(Article).url,
        attrs.fields(Article).language,
        attrs.fields(Article).text,
        attrs.fields(Article).segments,
        attrs.fields(Article).refusals,
        attrs.fields(Article).extensions,
        attrs.fields(Article).entities,
    )
)
START, END, ROLE = (
    key_of(attrs.fields(Segment).start),
    key_of(attrs.fields(Segment).end),
    key_of(attrs.fields(Segment).role),
)
EXACT = key_of(attrs.fields(Anchor).exact)
CONTENT, NESTED_IN, SOURCES = (
    key_of(attrs.fields(Attribution).content),
    key_of(attrs.fields(Attribution).nested_in),
    key_of(attrs.fields(Attribution).sources),
)
FACTUALITY, STATEMENT, REVIEWS, CLAIMS = (
    key_of(attrs.fields(Claim).factuality),
    key_of(attrs.fields(Claim).statement),
    key_of(attrs.fields(Claim).reviews),
    key_of(attrs.fields(Article).claims),
)
DATE_PUBLISHED, RATING = (
    key_of(attrs.fields(FactCheckReview).date_published),
    key_of(attrs.fields(FactCheckReview).rating),
)
RATING_VALUE = key_of(attrs.fields(Rating).value)
QUANTITY_VALUE, CURRENCY = (
    key_of(attrs.fields(Quantity).value),
    key_of(attrs.fields(Quantity).currency),
)
TIME_VALUE = key_of(attrs.fields(TimeExpression).value)

#: A number in the small article's JSON text that the byte-level mutations replace.
TWELVE = f'"{QUANTITY_VALUE}": 12'.encode()


def base() -> Doc:
    document: Doc = unstructure(small_article())
    return document


def minimal() -> Doc:
    text = "Hello, world."
    article = Article(
        id="urn:newsmodel:corpus:minimal",
        language="en",
        text=text,
        segments=(Segment(role=SegmentRole.PARAGRAPH, start=0, end=len(text)),),
    )
    document: Doc = unstructure(article)
    return document


def item(document: Doc, identifier: str) -> Doc:
    """The object with ``identifier`` in one of the document's top-level lists."""
    for value in document.values():
        if isinstance(value, list):
            for entry in value:
                if isinstance(entry, dict) and entry.get(ID) == identifier:
                    return entry
    raise KeyError(identifier)


def mutated(change: Callable[[Doc], object], start: Callable[[], Doc] = base) -> bytes:
    document = copy.deepcopy(start())
    change(document)
    return write(document)


def _set(path: list[str | int], value: Any) -> Callable[[Doc], None]:
    def change(document: Doc) -> None:
        target: Any = document
        for step in path[:-1]:
            target = (
                target[step]
                if not isinstance(step, str) or step[:1] != "#"
                else item(document, step[1:])
            )
        target[path[-1]] = value

    return change


def _delete(path: list[str | int]) -> Callable[[Doc], None]:
    def change(document: Doc) -> None:
        target: Any = document
        for step in path[:-1]:
            target = (
                target[step]
                if not isinstance(step, str) or step[:1] != "#"
                else item(document, step[1:])
            )
        del target[path[-1]]

    return change


def _all(*changes: Callable[[Doc], object]) -> Callable[[Doc], None]:
    def change(document: Doc) -> None:
        for one in changes:
            one(document)

    return change


def _canonical(document: Doc) -> bytes:
    return write(document)


def _text(document: Doc) -> bytes:
    return json.dumps(document, ensure_ascii=False, indent=2).encode()


def valid_files() -> dict[str, bytes]:
    lines = b"".join(
        write_line(document)
        for document in (base(), minimal(), {**minimal(), ID: "urn:newsmodel:corpus:third"})
    )
    return {
        "port-authority-signs-deal.json": write(base()),
        "minimal.json": write(minimal()),
        "three-documents.jsonl": lines,
        "blank-lines-ignored.jsonl": b"\n" + write_line(minimal()) + b"\n  \n",
        "compact-not-canonical.json": json.dumps(minimal(), separators=(",", ":")).encode(),
        "keys-in-any-order.json": json.dumps(dict(reversed(minimal().items()))).encode(),
        "known-only-from-a-fact-check.json": write(fact_check_only()),
    }


def fact_check_only() -> Doc:
    """A document whose text is unknown: one claim, known from a fact-check's markup."""
    page = "https://checks.example/2021/port-deal"
    article = Article(
        id=page,
        url=page,
        language="en",
        text=None,
        publisher="org-checks",
        entities=(
            Organization(id="org-checks", name="Example Checks"),
            Group(id="group-users", name="social media users"),
        ),
        claims=(
            Claim(
                id="c-port-sold",
                statement="The Harbor Port Authority has been sold to a shipbuilder.",
                claimant="group-users",
                appearances=(
                    Appearance(
                        url="https://social.example/posts/1",
                        medium="Facebook post",
                        date="2021-03-10",
                        first=True,
                    ),
                ),
                factuality=Factuality.CERTAIN_POSITIVE,
                reviews=(
                    FactCheckReview(
                        reviewers=("org-checks",),
                        url=page,
                        verdict_text="Falso",
                        rating=Rating(value=1, best=1, worst=5),
                    ),
                ),
            ),
        ),
    )
    document: Doc = unstructure(article)
    return document


def rule_files() -> dict[str, dict[str, bytes]]:
    """Each rule example of the rule table, by folder: ``warnings`` when every code it
    breaks is a warning, ``invalid`` otherwise."""
    severity = {rule.code: rule.severity for rule in RULES}
    folders: dict[str, dict[str, bytes]] = {"warnings": {}, "invalid": {}}
    article = small_article()
    for rule in RULES:
        for example in rule.examples:
            codes = (rule.code, *example.also)
            errors = any(severity[code] is Severity.ERROR for code in codes)
            name = f"{'+'.join(codes)}--{example.slug}.json"
            folders["invalid" if errors else "warnings"][name] = write(
                unstructure(example.change(article))
            )
    return folders


def invalid_files() -> dict[str, bytes]:
    good = write(base())
    deep: Any = "bottom"
    for _ in range(LIMITS["max_depth"] + 5):
        deep = [deep]
    long_text = "word " * (LIMITS["max_bytes"] // 5 + 100)
    many_values = [{}] * LIMITS["max_values"]

    return {
        # --- not JSON at all
        "json.empty--empty-file.json": b"",
        "json.empty--only-white-space.json": b" \n\t\n",
        "json.empty--empty-file.jsonl": b"",
        "json.syntax--truncated.json": good[: len(good) // 2],
        "json.syntax--trailing-comma.json": b'{"a": 1,}',
        "json.syntax--comment.json": b"// a comment\n{}",
        "json.syntax--single-quotes.json": f"{{'{ID}': 'x'}}".encode(),
        "json.syntax--two-documents.json": good + good,
        "json.encoding--latin-1.json": mutated(lambda d: None, minimal).replace(
            b"Hello", "Hélló".encode("latin-1")
        ),
        "json.bom--byte-order-mark.json": b"\xef\xbb\xbf" + write(minimal()),
        "json.non_finite--nan.json": good.replace(TWELVE, TWELVE[:-2] + b"NaN", 1),
        "json.non_finite--infinity.json": good.replace(TWELVE, TWELVE[:-2] + b"Infinity", 1),
        "json.non_finite--negative-infinity.json": good.replace(
            TWELVE, TWELVE[:-2] + b"-Infinity", 1
        ),
        "json.duplicate_key--id-twice.json": good.replace(
            f'  "{ID}": "urn'.encode(), f'  "{ID}": "urn:first",\n  "{ID}": "urn'.encode(), 1
        ),
        "json.number_range--integer-beyond-double.json": good.replace(
            TWELVE, TWELVE[:-2] + b"9007199254740993", 1
        ),
        "json.number_range--five-thousand-digits.json": good.replace(
            TWELVE, TWELVE[:-2] + b"9" * 5000, 1
        ),
        "json.number_range--too-many-digits.json": good.replace(
            TWELVE, TWELVE + b".000000000000000000001", 1
        ),
        "json.number_range--exponent-overflow.json": good.replace(
            TWELVE, TWELVE[:-2] + b"1e400", 1
        ),
        "json.surrogate--lone-surrogate.json": write(minimal()).replace(b"Hello", b"\\ud800ello"),
        "json.too_deep--deep-nesting.json": mutated(
            _set([EXTENSIONS], {"corpus:deep": deep}), minimal
        ),
        "json.too_large--over-the-limit.json": mutated(_set([TEXT], long_text), minimal),
        "json.too_many_values--five-thousand-empty-objects.json": mutated(
            _set([EXTENSIONS], {"corpus:many": many_values}), minimal
        ),
        "json.syntax+schema.required--one-bad-line-among-good.jsonl": (
            write_line(minimal())
            + f'{{"{ID}": "truncated\n'.encode()
            + f'{{"{SCHEMA}": "'.encode()
            + newsmodel.CURRENT_SCHEMA_URL.encode()
            + b'"}\n'
        ),
        # --- JSON, but not a document
        "schema.type--array-not-object.json": b"[]\n",
        "schema.type--string-not-object.json": b'"an article"\n',
        "schema.type--null-not-object.json": b"null\n",
        "schema.version_missing--no-schema.json": mutated(_delete([SCHEMA]), minimal),
        "schema.version_unknown--future-version.json": mutated(
            _set([SCHEMA], schema_url("9.0")), minimal
        ),
        "schema.version_unknown--other-schema.json": mutated(
            _set([SCHEMA], "http://json-schema.org/draft-07/schema#"), minimal
        ),
        "schema.version_unknown--schema-not-a-string.json": mutated(_set([SCHEMA], 1), minimal),
        "schema.type--offset-as-string.json": mutated(_set([SEGMENTS, 0, START], "0")),
        "schema.type--null-value.json": mutated(_set([URL], None)),
        "schema.type--list-where-object-belongs.json": mutated(
            _set(["#a-build", CONTENT, 0], ["the", "words"])
        ),
        "schema.additional_properties--unknown-key.json": mutated(
            _set([SegmentRole.HEADLINE.value], "A title")
        ),
        "schema.additional_properties--typo-in-nested-key.json": mutated(
            _set(["#a-build", NESTED_IN[:-2] + NESTED_IN[-2:].upper()], "a-permits")
        ),
        "schema.required--missing-language.json": mutated(_delete([LANGUAGE])),
        "schema.required--anchor-without-exact.json": mutated(
            _delete(["#a-build", CONTENT, 0, EXACT])
        ),
        "schema.required--entity-without-type.json": mutated(_delete([ENTITIES, 0, TYPE])),
        "schema.enum--unknown-segment-role.json": mutated(_set([SEGMENTS, 0, ROLE], "sidebar")),
        "schema.enum--unknown-entity-type.json": mutated(_set([ENTITIES, 0, TYPE], "robot")),
        "schema.enum--unknown-factuality.json": mutated(_set(["#c-orders", FACTUALITY], "likely")),
        "schema.pattern--id-with-space.json": mutated(_set(["#c-orders", ID], "c orders")),
        "schema.pattern--not-a-timex-value.json": mutated(
            _set(["#t-tuesday", TIME_VALUE], "Tuesday")
        ),
        "schema.pattern--currency-lower-case.json": mutated(_set(["#q-orders", CURRENCY], "usd")),
        "schema.format--url-with-spaces.json": mutated(_set([URL], "not a url")),
        "schema.format--no-such-day.json": mutated(
            _set([CLAIMS, 0, REVIEWS, 0, DATE_PUBLISHED], "2021-02-30")
        ),
        "schema.min_items--empty-list.json": mutated(_set([REFUSALS], [])),
        "schema.min_length--empty-string.json": mutated(_set(["#c-signed", STATEMENT], "")),
        "schema.minimum--negative-offset.json": mutated(_set([SEGMENTS, 0, START], -1)),
        "schema.property_names--extension-without-namespace.json": mutated(
            _set([EXTENSIONS], {"purpose": "tests"})
        ),
        "schema.type+schema.required--two-problems.json": mutated(
            _all(_set([LANGUAGE], 1), _delete([SEGMENTS, 0, END]))
        ),
    }


def files() -> dict[Path, bytes]:
    out: dict[Path, bytes] = {}
    by_rule = rule_files()
    for folder, contents in (
        ("valid", valid_files()),
        ("warnings", by_rule["warnings"]),
        ("invalid", {**invalid_files(), **by_rule["invalid"]}),
    ):
        for name, data in contents.items():
            out[ROOT / folder / name] = data
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    arguments = parser.parse_args()
    expected = files()
    present = {p for p in ROOT.rglob("*") if p.is_file() and p.name != "README.md"}
    stale = sorted(present - set(expected))
    changed = [p for p, data in expected.items() if not p.is_file() or p.read_bytes() != data]
    if arguments.check:
        for path in [*changed, *stale]:
            print(f"{path.relative_to(ROOT.parents[2])}: differs from tools/make_corpus.py")
        return 1 if changed or stale else 0
    for path in stale:
        path.unlink()
    for path in changed:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(expected[path])
    print(f"{len(changed)} written, {len(stale)} removed, {len(expected)} in the corpus")
    return 0


if __name__ == "__main__":
    sys.exit(main())
