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
``LIMITS`` below (``--max-bytes 65536 --max-depth 64``), so that the file that is too
large stays small enough to commit.

The documents are made from the small article in ``corpus_article.py``, mutated one way
each; byte-level cases (an empty file, a byte-order mark, invalid UTF-8) are written
as bytes. Run this after a model change, then review the diff.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import corpus_article

import newsmodel
from newsmodel.codec import unstructure, write, write_line
from newsmodel.versions import CURRENT_VERSION, schema_url

ROOT = Path(__file__).resolve().parents[1] / "tests" / "corpus" / CURRENT_VERSION

#: The limits the corpus is checked with (``--max-bytes``, ``--max-depth``).
LIMITS = {"max_bytes": 65536, "max_depth": 64}

Doc = dict[str, Any]


def base() -> Doc:
    document: Doc = unstructure(corpus_article.article())
    return document


def minimal() -> Doc:
    return {
        "$schema": newsmodel.CURRENT_SCHEMA_URL,
        "id": "urn:newsmodel:corpus:minimal",
        "language": "en",
        "text": "Hello, world.",
        "segments": [{"role": "paragraph", "start": 0, "end": 13}],
    }


def item(document: Doc, identifier: str) -> Doc:
    """The object with ``identifier`` in one of the document's top-level lists."""
    for value in document.values():
        if isinstance(value, list):
            for entry in value:
                if isinstance(entry, dict) and entry.get("id") == identifier:
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


def _shift(identifier: str, key: str, by: int = 1) -> Callable[[Doc], None]:
    def change(document: Doc) -> None:
        anchor = item(document, identifier)[key]
        if isinstance(anchor, list):  # content in stretches: shift the first
            anchor = anchor[0]
        anchor["start"] += by
        anchor["end"] += by

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
        for document in (base(), minimal(), {**minimal(), "id": "urn:newsmodel:corpus:third"})
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
    return {
        "$schema": newsmodel.CURRENT_SCHEMA_URL,
        "id": "https://checks.example/2021/port-deal",
        "url": "https://checks.example/2021/port-deal",
        "language": "en",
        "publisher": "org-checks",
        "entities": [
            {"type": "organization", "id": "org-checks", "name": "Example Checks"},
            {"type": "group", "id": "group-users", "name": "social media users"},
        ],
        "claims": [
            {
                "id": "c-port-sold",
                "statement": "The Harbor Port Authority has been sold to a shipbuilder.",
                "claimant": "group-users",
                "appearances": [
                    {
                        "url": "https://social.example/posts/1",
                        "medium": "Facebook post",
                        "date": "2021-03-10",
                        "first": True,
                    }
                ],
                "factuality": "CT+",
                "reviews": [
                    {
                        "reviewers": ["org-checks"],
                        "url": "https://checks.example/2021/port-deal",
                        "verdictText": "Falso",
                        "rating": {"value": 1, "best": 1, "worst": 5},
                    }
                ],
            }
        ],
    }


def warning_files() -> dict[str, bytes]:
    def untrimmed(document: Doc) -> None:
        anchor = item(document, "e-signing")["anchor"]
        anchor["end"] += 1
        anchor["exact"] += " "

    def mentions_reversed(document: Doc) -> None:
        item(document, "person-berg")["mentions"].reverse()

    def nested_outside(document: Doc) -> None:
        item(document, "a-backed")["content"] = item(document, "a-build")["content"]

    def claim_outside(document: Doc) -> None:
        item(document, "c-orders")["content"] = item(document, "c-build")["content"]

    def uncovered(document: Doc) -> None:
        del document["segments"][0]

    def updated_from_story(document: Doc) -> None:
        item(document, "t-updated")["provenance"] = "story"

    def resolved_against_chrome(document: Doc) -> None:
        item(document, "t-last-year")["anchorTime"] = "t-updated"

    def cue_reversed(document: Doc) -> None:
        attribution = item(document, "a-start")
        attribution["cue"] = [item(document, "a-build")["cue"][0], *attribution["cue"]]

    return {
        "anchor.untrimmed--trailing-space.json": mutated(untrimmed),
        "mention.order--mentions-reversed.json": mutated(mentions_reversed),
        "ref.repeated--source-listed-twice.json": mutated(
            _set(["#a-orders", "sources"], ["anon-official", "anon-official"])
        ),
        "attribution.nested_outside--nested-report-elsewhere.json": mutated(nested_outside),
        "claim.outside_attribution--claim-elsewhere.json": mutated(claim_outside),
        "segment.uncovered_text--chrome-line-without-segment.json": mutated(uncovered),
        "time.provenance_mismatch--page-date-said-to-be-story.json": mutated(updated_from_story),
        "time.resolved_against_page_chrome--last-year-against-last-updated.json": mutated(
            resolved_against_chrome
        ),
        "anchor.stretch_order--cue-pieces-reversed.json": mutated(cue_reversed),
        "language.same_as_article--english-in-english.json": mutated(
            _set(
                ["languageSpans"],
                [
                    {
                        "anchor": item(base(), "place-tromso")["mentions"][0]["anchor"],
                        "language": "en",
                    }
                ],
            )
        ),
        "claim.no_truth_value--claim-of-a-question.json": mutated(
            _set(["#a-start", "act"], "question")
        ),
        "commitment.chain--own-source-listed.json": mutated(
            _set(["#c-orders", "commitments"], [{"source": "anon-official", "factuality": "PR+"}])
        ),
    }


def invalid_files() -> dict[str, bytes]:
    good = write(base())
    deep: Any = "bottom"
    for _ in range(LIMITS["max_depth"] + 5):
        deep = [deep]
    long_text = "word " * (LIMITS["max_bytes"] // 5 + 100)

    def swap_speaker_for_place(document: Doc) -> None:
        item(document, "a-build")["sources"] = ["place-tromso"]

    def text_crlf(document: Doc) -> None:
        document["text"] = document["text"].replace("\n\n", "\r\n", 1)

    def segments_overlap(document: Doc) -> None:
        # Back to the start of the previous paragraph's last word: overlapping, not cutting.
        document["segments"][4]["start"] = document["text"].rindex(" ", 0, 234) + 1

    def segment_shifted(document: Doc) -> None:
        # One character late at both ends: into the first word, over the line break.
        document["segments"][4]["start"] += 1
        document["segments"][4]["end"] += 1

    def accent_after_a_name(document: Doc) -> None:
        # "Anna Berg" becomes "Anna Berg" + COMBINING DIAERESIS (one character to a reader,
        # and NFC has no single code point for it); the mention still ends before the mark.
        end = item(document, "person-berg")["mentions"][0]["anchor"]["end"]
        text = document["text"]
        document["text"] = text[:end] + "\u0308" + text[end + 1 :]

    def reversed_offsets(document: Doc) -> None:
        anchor = item(document, "e-signing")["anchor"]
        anchor["start"], anchor["end"] = anchor["end"], anchor["start"]

    return {
        # --- not JSON at all
        "json.empty--empty-file.json": b"",
        "json.empty--only-white-space.json": b" \n\t\n",
        "json.empty--empty-file.jsonl": b"",
        "json.syntax--truncated.json": good[: len(good) // 2],
        "json.syntax--trailing-comma.json": b'{"a": 1,}',
        "json.syntax--comment.json": b"// a comment\n{}",
        "json.syntax--single-quotes.json": b"{'id': 'x'}",
        "json.syntax--two-documents.json": good + good,
        "json.encoding--latin-1.json": mutated(lambda d: None, minimal).replace(
            b"Hello", "Hélló".encode("latin-1")
        ),
        "json.bom--byte-order-mark.json": b"\xef\xbb\xbf" + write(minimal()),
        "json.non_finite--nan.json": good.replace(b'"value": 12', b'"value": NaN', 1),
        "json.non_finite--infinity.json": good.replace(b'"value": 12', b'"value": Infinity', 1),
        "json.non_finite--negative-infinity.json": good.replace(
            b'"value": 12', b'"value": -Infinity', 1
        ),
        "json.duplicate_key--id-twice.json": good.replace(
            b'  "id": "urn', b'  "id": "urn:first",\n  "id": "urn', 1
        ),
        "json.number_range--integer-beyond-double.json": good.replace(
            b'"value": 12', b'"value": 9007199254740993', 1
        ),
        "json.number_range--five-thousand-digits.json": good.replace(
            b'"value": 12', b'"value": ' + b"9" * 5000, 1
        ),
        "json.number_range--too-many-digits.json": good.replace(
            b'"value": 12', b'"value": 12.000000000000000000001', 1
        ),
        "json.number_range--exponent-overflow.json": good.replace(
            b'"value": 12', b'"value": 1e400', 1
        ),
        "json.surrogate--lone-surrogate.json": write(minimal()).replace(b"Hello", b"\\ud800ello"),
        "json.too_deep--deep-nesting.json": mutated(
            _set(["extensions"], {"corpus:deep": deep}), minimal
        ),
        "json.too_large--over-the-limit.json": mutated(_set(["text"], long_text), minimal),
        "json.syntax+schema.required--one-bad-line-among-good.jsonl": (
            write_line(minimal())
            + b'{"id": "truncated\n'
            + b'{"$schema": "'
            + newsmodel.CURRENT_SCHEMA_URL.encode()
            + b'"}\n'
        ),
        # --- JSON, but not a document
        "schema.type--array-not-object.json": b"[]\n",
        "schema.type--string-not-object.json": b'"an article"\n',
        "schema.type--null-not-object.json": b"null\n",
        "schema.version_missing--no-schema.json": mutated(_delete(["$schema"]), minimal),
        "schema.version_unknown--future-version.json": mutated(
            _set(["$schema"], schema_url("9.0")), minimal
        ),
        "schema.version_unknown--other-schema.json": mutated(
            _set(["$schema"], "http://json-schema.org/draft-07/schema#"), minimal
        ),
        "schema.version_unknown--schema-not-a-string.json": mutated(_set(["$schema"], 1), minimal),
        "schema.type--offset-as-string.json": mutated(_set(["segments", 0, "start"], "0")),
        "schema.type--null-value.json": mutated(_set(["url"], None)),
        "schema.type--list-where-object-belongs.json": mutated(
            _set(["#a-build", "content", 0], ["the", "words"])
        ),
        "schema.additional_properties--unknown-key.json": mutated(_set(["headline"], "A title")),
        "schema.additional_properties--typo-in-nested-key.json": mutated(
            _set(["#a-build", "nestedIN"], "a-permits")
        ),
        "schema.required--missing-language.json": mutated(_delete(["language"])),
        "text.unknown--anchors-without-text.json": mutated(_delete(["text"])),
        "schema.required--anchor-without-exact.json": mutated(
            _delete(["#a-build", "content", 0, "exact"])
        ),
        "schema.required--entity-without-type.json": mutated(_delete(["entities", 0, "type"])),
        "schema.enum--unknown-segment-role.json": mutated(_set(["segments", 0, "role"], "sidebar")),
        "schema.enum--unknown-entity-type.json": mutated(_set(["entities", 0, "type"], "robot")),
        "schema.enum--unknown-factuality.json": mutated(
            _set(["#c-orders", "factuality"], "likely")
        ),
        "schema.pattern--id-with-space.json": mutated(_set(["#c-orders", "id"], "c orders")),
        "schema.pattern--not-a-timex-value.json": mutated(_set(["#t-tuesday", "value"], "Tuesday")),
        "schema.pattern--currency-lower-case.json": mutated(_set(["#q-orders", "currency"], "usd")),
        "schema.format--url-with-spaces.json": mutated(_set(["url"], "not a url")),
        "schema.format--no-such-day.json": mutated(
            _set(["claims", 0, "reviews", 0, "datePublished"], "2021-02-30")
        ),
        "schema.min_items--empty-list.json": mutated(_set(["refusals"], [])),
        "schema.min_length--empty-string.json": mutated(_set(["#c-signed", "statement"], "")),
        "schema.minimum--negative-offset.json": mutated(_set(["segments", 0, "start"], -1)),
        "schema.property_names--extension-without-namespace.json": mutated(
            _set(["extensions"], {"purpose": "tests"})
        ),
        "schema.type+schema.required--two-problems.json": mutated(
            _all(_set(["language"], 1), _delete(["segments", 0, "end"]))
        ),
        # --- schema-valid, but breaks a rule
        "text.not_canonical--crlf-line-break.json": mutated(text_crlf),
        "segment.order--overlapping-segments.json": mutated(segments_overlap),
        "segment.boundary+segment.uncovered_text--paragraph-shifted-by-one.json": mutated(
            segment_shifted
        ),
        "anchor.text_mismatch--shifted-offset.json": mutated(_shift("e-signing", "anchor")),
        "anchor.text_mismatch--changed-exact-text.json": mutated(
            _set(["#e-signing", "anchor", "exact"], "sealed")
        ),
        "anchor.out_of_range--past-the-end.json": mutated(_shift("c-dwarfed", "content", by=10)),
        "anchor.out_of_range--start-after-end.json": mutated(reversed_offsets),
        "anchor.splits_character--mention-ends-before-an-accent.json": mutated(accent_after_a_name),
        "id.duplicate--two-claims-one-id.json": mutated(_set(["#c-start", "id"], "c-orders")),
        "ref.dangling--unknown-speaker.json": mutated(
            _set(["#a-build", "sources"], ["person-koptev"])
        ),
        "ref.wrong_type--speaker-is-a-place.json": mutated(swap_speaker_for_place),
        "quantity.bounds--minimum-above-maximum.json": mutated(
            _all(
                _set(["#q-earned", "minimum"], 100),
                _set(["#q-earned", "maximum"], 10),
                _delete(["#q-earned", "value"]),
            )
        ),
        "quantity.unit_and_currency--both.json": mutated(_set(["#q-orders", "unit"], "{order}")),
        "comparison.self--compared-with-itself.json": mutated(
            _set(["#cmp-orders", "standard"], "q-orders")
        ),
        "rating.out_of_scale--six-of-five.json": mutated(
            _set(["claims", 0, "reviews", 0, "rating", "value"], 6)
        ),
        "time.invalid_date--february-30.json": mutated(_set(["#t-tuesday", "value"], "2021-02-30")),
        "time.invalid_date--week-54.json": mutated(_set(["#t-tuesday", "value"], "2021-W54-2")),
        "time.value_type--duration-value-for-a-date.json": mutated(
            _set(["#t-next-year", "value"], "P1Y")
        ),
        "time.unsourced_document_time--no-provenance.json": mutated(
            _delete(["#t-published", "provenance"])
        ),
        "time.document_time_repeated--two-publication-times.json": mutated(
            _set(["#t-created", "function"], "PUBLICATION_TIME")
        ),
        "time.modified_before_published--updated-in-2020.json": mutated(
            _set(["#t-updated", "value"], "2020-03-14")
        ),
        "time.anchor_cycle--resolved-against-each-other.json": mutated(
            _set(["#t-created", "anchorTime"], "t-tuesday")
        ),
        "attribution.nesting_cycle+attribution.nested_outside--nested-in-each-other.json": mutated(
            _set(["#a-permits", "nestedIn"], "a-backed")
        ),
        "organization.parent_cycle--part-of-itself.json": mutated(
            _set(["#org-port", "parent"], "org-port")
        ),
        "group.member_cycle--member-of-itself.json": mutated(
            _set(["#group-reporters", "members"], ["group-reporters"])
        ),
        "claim.unanchored--no-words-no-appearance.json": mutated(_delete(["#c-start", "content"])),
        "claim.two_sources--attribution-and-claimant.json": mutated(
            _set(["#c-start", "claimant"], "person-berg")
        ),
        "commitment.holder--writer-and-source.json": mutated(
            _set(
                ["#c-orders", "commitments"],
                [{"source": "anon-official", "writer": True, "factuality": "PR+"}],
            )
        ),
        "entity.nameless--organization-without-name.json": mutated(
            _delete(["#org-council", "name"])
        ),
        "correction.nothing_corrected--correction-of-nothing.json": mutated(
            _set(["corrections"], [{"id": "fix-1", "kind": "correction"}])
        ),
        "quantity.fraction_value--a-third-that-is-not.json": mutated(
            _set(["#q-orders", "fraction"], {"numerator": 1, "denominator": 3})
        ),
        "review.empty--no-label-no-rating.json": mutated(
            _all(
                _delete(["claims", 0, "reviews", 0, "verdictText"]),
                _delete(["claims", 0, "reviews", 0, "verdict"]),
                _delete(["claims", 0, "reviews", 0, "rating"]),
            )
        ),
        "time.set_only--every-tuesday-as-a-date.json": mutated(
            _set(["#t-tuesday", "quantifier"], "EVERY")
        ),
        "time_relation.self--tuesday-simultaneous-with-itself.json": mutated(
            _set(
                ["timeRelations"],
                [
                    {
                        "id": "r-1",
                        "subject": "t-tuesday",
                        "relation": "SIMULTANEOUS",
                        "target": "t-tuesday",
                    }
                ],
            )
        ),
    }


def files() -> dict[Path, bytes]:
    out: dict[Path, bytes] = {}
    for folder, contents in (
        ("valid", valid_files()),
        ("warnings", warning_files()),
        ("invalid", invalid_files()),
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
