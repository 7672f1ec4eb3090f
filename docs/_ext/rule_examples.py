"""One example violation per rule, shown on the rule catalogue.

A small valid document (:func:`base_document`) is built from the model classes; each
example is a JSON Patch (RFC 6902) that breaks exactly one rule. The catalogue applies
the patch and runs the real validator, so the output it shows is what newsmodel says
today, not a copy. The build fails if a rule has no example, if the base document is not
clean, or if an example does not make its rule fire.
"""

from __future__ import annotations

import copy
from typing import Any

import attrs

import newsmodel
from newsmodel import (
    Anchor,
    Article,
    Attribution,
    Claim,
    DocumentFunction,
    FactCheckReview,
    Factuality,
    Mention,
    MentionKind,
    Organization,
    Person,
    Provenance,
    Quantity,
    QuoteKind,
    Rating,
    Segment,
    SegmentRole,
    TimeExpression,
    TimexType,
)
from newsmodel.codec import unstructure

CHROME = "Last Updated: 07/27/2016"
HEADLINE = "Agency Signs Export Deal"
PARAGRAPH = (
    "The space agency signed a deal worth some $880 million on Wednesday, Koptev said. "
    "He said it would help sales, an official said."
)
TEXT = f"{CHROME}\n\n{HEADLINE}\n\n{PARAGRAPH}\n"


def base_article() -> Article:
    """A short article that breaks no rule: the starting point of every example."""
    paragraph_start = TEXT.index(PARAGRAPH)
    headline_start = TEXT.index(HEADLINE)

    def find(phrase: str, occurrence: int = 1) -> Anchor:
        return Anchor.find(TEXT, phrase, occurrence=occurrence)

    first_sentence = find("The space agency signed a deal worth some $880 million on Wednesday")
    second_report = find("it would help sales")
    return Article(
        id="urn:example:rule-catalogue",
        language="en",
        text=TEXT,
        segments=(
            Segment(role=SegmentRole.PAGE_CHROME, start=0, end=len(CHROME)),
            Segment(
                role=SegmentRole.HEADLINE,
                start=headline_start,
                end=headline_start + len(HEADLINE),
            ),
            Segment(
                role=SegmentRole.PARAGRAPH,
                start=paragraph_start,
                end=paragraph_start + len(PARAGRAPH),
            ),
        ),
        times=(
            TimeExpression(
                id="t-created",
                type=TimexType.DATE,
                value="1999-02-10",
                function=DocumentFunction.CREATION_TIME,
                provenance=Provenance.ANNOTATOR,
                note="The page's address dates the story.",
            ),
            TimeExpression(
                id="t-published",
                type=TimexType.DATE,
                value="1999-02-11",
                function=DocumentFunction.PUBLICATION_TIME,
                provenance=Provenance.PUBLISHER_METADATA,
            ),
            TimeExpression(
                id="t-wednesday",
                type=TimexType.DATE,
                anchor=find("Wednesday"),
                value="1999-02-10",
                anchor_time="t-created",
            ),
            TimeExpression(
                id="t-updated",
                type=TimexType.DATE,
                anchor=find("07/27/2016"),
                value="2016-07-27",
                function=DocumentFunction.MODIFICATION_TIME,
                provenance=Provenance.PAGE_TEMPLATE,
            ),
        ),
        entities=(
            Person(
                id="koptev",
                name="Yury Koptev",
                mentions=(
                    Mention(anchor=find("Koptev"), kind=MentionKind.NAME),
                    Mention(anchor=find("He"), kind=MentionKind.PRONOUN),
                ),
            ),
            Organization(
                id="agency",
                name="Russian Space Agency",
                mentions=(Mention(anchor=find("The space agency"), kind=MentionKind.NOMINAL),),
            ),
            newsmodel.AnonymousSource(id="official", description="an official"),
            Organization(id="example-checks", name="Example Checks"),
        ),
        attributions=(
            Attribution(
                id="a-deal",
                sources=("koptev",),
                cue=find("said"),
                content=(first_sentence,),
                quote=QuoteKind.INDIRECT,
            ),
            Attribution(
                id="a-official",
                sources=("official",),
                cue=find("said", occurrence=3),
                content=(find("He said it would help sales"),),
                quote=QuoteKind.INDIRECT,
            ),
            Attribution(
                id="a-help",
                sources=("koptev",),
                cue=find("said", occurrence=2),
                content=(second_report,),
                quote=QuoteKind.INDIRECT,
                nested_in="a-official",
            ),
        ),
        claims=(
            Claim(
                id="c-deal",
                content=(first_sentence,),
                attribution="a-deal",
                factuality=Factuality.CERTAIN_POSITIVE,
                quantities=("q-worth",),
                times=("t-wednesday",),
                reviews=(
                    FactCheckReview(
                        reviewers=("example-checks",),
                        url="https://checks.example/deal",
                        verdict_text="Accurate",
                        rating=Rating(value=4, best=5, worst=1),
                    ),
                ),
            ),
        ),
        quantities=(
            Quantity(
                id="q-worth",
                anchor=find("some $880 million"),
                value=880_000_000,
                approximate=True,
                currency="USD",
                scale_word="million",
            ),
        ),
    )


def base_document() -> dict[str, Any]:
    """The JSON form of :func:`base_article`."""
    result: dict[str, Any] = unstructure(base_article())
    return result


@attrs.frozen
class Example:
    """How to break one rule: what is changed, in words and as a JSON Patch."""

    what: str
    patch: tuple[dict[str, Any], ...]


_KOPTEV = TEXT.index("Koptev")
_PARAGRAPH = TEXT.index(PARAGRAPH)
_HEADLINE = TEXT.index(HEADLINE)
_WORTH = TEXT.index("worth")

#: One example per rule code (some for rules that only a later validator has: an example
#: of a rule that is not in the table is not shown). The patches work on
#: :func:`base_document`.
EXAMPLES: dict[str, Example] = {
    "text.not_canonical": Example(
        "The text ends with a carriage return, a line break the canonical form writes as LF.",
        ({"op": "replace", "path": "/text", "value": TEXT + "\r"},),
    ),
    "text.unknown": Example(
        "The text is left out, but the segments and anchors that point into it are not.",
        ({"op": "remove", "path": "/text"},),
    ),
    "segment.order": Example(
        "The paragraph segment starts inside the headline segment.",
        ({"op": "replace", "path": "/segments/2/start", "value": _HEADLINE + 7},),
    ),
    "segment.boundary": Example(
        "The paragraph segment ends one character late, taking in the line break after it.",
        ({"op": "replace", "path": "/segments/2/end", "value": len(TEXT)},),
    ),
    "segment.uncovered_text": Example(
        "The paragraph segment is left out, so its text belongs to no segment.",
        ({"op": "remove", "path": "/segments/2"},),
    ),
    "anchor.out_of_range": Example(
        "A mention's anchor ends past the end of the text.",
        ({"op": "replace", "path": "/entities/0/mentions/0/anchor/end", "value": 500},),
    ),
    "anchor.text_mismatch": Example(
        "A mention's exact text is not the text at its offsets.",
        ({"op": "replace", "path": "/entities/0/mentions/0/anchor/exact", "value": "Koptyev"},),
    ),
    "id.duplicate": Example(
        "A second time expression is given the id of the creation time.",
        (
            {
                "op": "add",
                "path": "/times/-",
                "value": {"id": "t-created", "type": "DATE", "value": "1999-02"},
            },
        ),
    ),
    "ref.dangling": Example(
        "The claim names an attribution that the document does not have.",
        ({"op": "replace", "path": "/claims/0/attribution", "value": "a-missing"},),
    ),
    "ref.wrong_type": Example(
        "The claim's attribution names a person instead of an attribution.",
        ({"op": "replace", "path": "/claims/0/attribution", "value": "koptev"},),
    ),
    "quantity.bounds": Example(
        "The quantity's minimum lies above its value.",
        ({"op": "add", "path": "/quantities/0/minimum", "value": 900000000},),
    ),
    "quantity.unit_and_currency": Example(
        "The quantity in dollars is also given a unit.",
        ({"op": "add", "path": "/quantities/0/unit", "value": "%"},),
    ),
    "rating.out_of_scale": Example(
        "The review rates the claim 7 on a scale from 1 to 5.",
        ({"op": "replace", "path": "/claims/0/reviews/0/rating/value", "value": 7},),
    ),
    "time.invalid_date": Example(
        "'Wednesday' is resolved to the 30th of February.",
        ({"op": "replace", "path": "/times/2/value", "value": "1999-02-30"},),
    ),
    "time.value_type": Example(
        "A DATE expression is given a duration as its value.",
        ({"op": "replace", "path": "/times/2/value", "value": "P2M"},),
    ),
    "time.unsourced_document_time": Example(
        "The creation time does not say where it came from.",
        ({"op": "remove", "path": "/times/0/provenance"},),
    ),
    "time.modified_before_published": Example(
        "The page's 'last updated' date is changed to before the story was published.",
        ({"op": "replace", "path": "/times/3/value", "value": "1999-02-01"},),
    ),
    "time.anchor_cycle": Example(
        "The creation time is resolved against 'Wednesday', which is resolved against it.",
        ({"op": "add", "path": "/times/0/anchorTime", "value": "t-wednesday"},),
    ),
    "attribution.nesting_cycle": Example(
        "The official's report is nested in Koptev's, which is nested in the official's.",
        ({"op": "add", "path": "/attributions/1/nestedIn", "value": "a-help"},),
    ),
    "mention.order": Example(
        "Koptev's mentions are listed last one first.",
        (
            {
                "op": "replace",
                "path": "/entities/0/mentions",
                "value": list(reversed(base_document()["entities"][0]["mentions"])),
            },
        ),
    ),
    "anchor.splits_character": Example(
        "The text puts an accent on the last letter of 'Koptev' (v and COMBINING ACUTE "
        "ACCENT, one character to a reader), and the name's mention still ends between them.",
        (
            {
                "op": "replace",
                "path": "/text",
                "value": TEXT[: _KOPTEV + 6] + "\u0301" + TEXT[_KOPTEV + 7 :],
            },
        ),
    ),
    "anchor.untrimmed": Example(
        "A mention's anchor takes in the space before the name.",
        (
            {
                "op": "replace",
                "path": "/entities/0/mentions/0/anchor",
                "value": {"start": _KOPTEV - 1, "end": _KOPTEV + 6, "exact": " Koptev"},
            },
        ),
    ),
    "ref.repeated": Example(
        "The claim lists its quantity twice.",
        ({"op": "add", "path": "/claims/0/quantities/-", "value": "q-worth"},),
    ),
    "organization.parent_cycle": Example(
        "The agency is made part of itself.",
        ({"op": "add", "path": "/entities/1/parent", "value": "agency"},),
    ),
    "group.member_cycle": Example(
        "A group is listed among its own members.",
        (
            {
                "op": "add",
                "path": "/entities/-",
                "value": {
                    "type": "group",
                    "id": "speakers",
                    "name": "the speakers",
                    "members": ["koptev", "speakers"],
                },
            },
        ),
    ),
    "attribution.nested_outside": Example(
        "Koptev's report of the deal is said to be nested in the official's, whose "
        "content does not contain it.",
        ({"op": "add", "path": "/attributions/0/nestedIn", "value": "a-official"},),
    ),
    "claim.outside_attribution": Example(
        "The claim about the deal is said to be reported by the official, whose report "
        "does not contain its words.",
        ({"op": "replace", "path": "/claims/0/attribution", "value": "a-official"},),
    ),
    "comparison.self": Example(
        "A comparison compares the quantity with itself.",
        (
            {
                "op": "add",
                "path": "/comparisons",
                "value": [
                    {
                        "id": "cmp-worth",
                        "cue": {"start": _WORTH, "end": _WORTH + 5, "exact": "worth"},
                        "subject": "q-worth",
                        "standard": "q-worth",
                        "relation": "equal",
                    }
                ],
            },
        ),
    ),
    "time.document_time_repeated": Example(
        "A second publication time is added.",
        (
            {
                "op": "add",
                "path": "/times/-",
                "value": {
                    "id": "t-published-again",
                    "type": "DATE",
                    "value": "1999-02-12",
                    "function": "PUBLICATION_TIME",
                    "provenance": "publisher_metadata",
                },
            },
        ),
    ),
    "time.provenance_mismatch": Example(
        "'Wednesday', in the story, is said to come from the page template.",
        ({"op": "add", "path": "/times/2/provenance", "value": "page_template"},),
    ),
    "time.resolved_against_page_chrome": Example(
        "'Wednesday' is resolved against the page's 'last updated' date instead of the "
        "story's creation time.",
        ({"op": "replace", "path": "/times/2/anchorTime", "value": "t-updated"},),
    ),
    "anchor.stretch_order": Example(
        "A second stretch of a cue comes before the first in the text.",
        (
            {
                "op": "add",
                "path": "/attributions/0/cue/-",
                "value": {"start": _PARAGRAPH, "end": _PARAGRAPH + 3, "exact": "The"},
            },
        ),
    ),
    "language.same_as_article": Example(
        "A name is marked as being in English, the article's own language.",
        (
            {
                "op": "add",
                "path": "/languageSpans",
                "value": [
                    {
                        "anchor": {"start": _KOPTEV, "end": _KOPTEV + 6, "exact": "Koptev"},
                        "language": "en",
                    }
                ],
            },
        ),
    ),
    "claim.unanchored": Example(
        "A claim loses its words, and says neither where it appeared nor who made it.",
        ({"op": "remove", "path": "/claims/0/content"},),
    ),
    "claim.two_sources": Example(
        "A claim reported by an attribution also names a claimant.",
        ({"op": "add", "path": "/claims/0/claimant", "value": "koptev"},),
    ),
    "claim.no_truth_value": Example(
        "The attribution that reports a claim is said to report a question.",
        ({"op": "add", "path": "/attributions/0/act", "value": "question"},),
    ),
    "commitment.holder": Example(
        "A commitment names both the writer and a source.",
        (
            {
                "op": "add",
                "path": "/claims/0/commitments",
                "value": [{"source": "koptev", "writer": True, "factuality": "PR+"}],
            },
        ),
    ),
    "commitment.chain": Example(
        "A claim lists a commitment of its own source, Koptev, whose commitment is its factuality.",
        (
            {
                "op": "add",
                "path": "/claims/0/commitments",
                "value": [{"source": "koptev", "factuality": "PR+"}],
            },
        ),
    ),
    "entity.nameless": Example(
        "An organization loses its name, and has no description.",
        ({"op": "remove", "path": "/entities/1/name"},),
    ),
    "correction.nothing_corrected": Example(
        "A correction points at nothing it corrects.",
        (
            {
                "op": "add",
                "path": "/corrections",
                "value": [{"id": "fix-1", "kind": "correction"}],
            },
        ),
    ),
    "quantity.fraction_value": Example(
        "A quantity of 880 million is also said to be the fraction 1/3.",
        (
            {
                "op": "add",
                "path": "/quantities/0/fraction",
                "value": {"numerator": 1, "denominator": 3},
            },
        ),
    ),
    "review.empty": Example(
        "A review loses its published label and its rating, and gives no verdict.",
        (
            {"op": "remove", "path": "/claims/0/reviews/0/verdictText"},
            {"op": "remove", "path": "/claims/0/reviews/0/rating"},
        ),
    ),
    "time.set_only": Example(
        "A date ('Wednesday') is given a quantifier, as if it were 'every Wednesday'.",
        ({"op": "add", "path": "/times/2/quantifier", "value": "EVERY"},),
    ),
    "time_relation.self": Example(
        "A time relation says that Wednesday is simultaneous with itself.",
        (
            {
                "op": "add",
                "path": "/timeRelations",
                "value": [
                    {
                        "id": "r-1",
                        "subject": "t-wednesday",
                        "relation": "SIMULTANEOUS",
                        "target": "t-wednesday",
                    }
                ],
            },
        ),
    ),
}


def _parent(document: Any, path: str) -> tuple[Any, str]:
    parts = [p.replace("~1", "/").replace("~0", "~") for p in path.split("/")[1:]]
    node = document
    for part in parts[:-1]:
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node, parts[-1]


def apply(document: dict[str, Any], example: Example) -> dict[str, Any]:
    """``document`` with the example's patch applied (a deep copy; the input is kept)."""
    result = copy.deepcopy(document)
    for operation in example.patch:
        parent, key = _parent(result, operation["path"])
        value = copy.deepcopy(operation.get("value"))
        if operation["op"] == "remove":
            del parent[int(key) if isinstance(parent, list) else key]
        elif isinstance(parent, list):
            index = len(parent) if key == "-" else int(key)
            if operation["op"] == "add":
                parent.insert(index, value)
            else:
                parent[index] = value
        else:
            parent[key] = value
    return result
