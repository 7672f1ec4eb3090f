"""Stage two: the rules a JSON Schema cannot state, in one table.

Each rule has a stable code, a severity, one sentence of documentation and one function.
A function takes a :class:`Context` (the schema-valid JSON document, with what every
rule needs computed once) and yields ``(pointer path, message)`` pairs. The functions
live in small modules by subject; :data:`RULES` below is the only place a rule is
registered, and the docs page of rules is generated from it. To add a rule, write its
function and add one entry to the table.

Errors make a document invalid. Warnings flag what is allowed but probably not what the
annotator meant; strict mode makes them errors.
"""

from __future__ import annotations

from newsmodel.errors import Severity
from newsmodel.validation.rules import findings, references, sources, text, times
from newsmodel.validation.rules.context import Context, Finding, Rule

__all__ = ["RULES", "Context", "Finding", "Rule", "rule"]

ERROR, WARNING = Severity.ERROR, Severity.WARNING

#: Every rule, in the order reports list their findings.
RULES: tuple[Rule, ...] = (
    # --- the text and its segments
    Rule(
        code="text.unknown",
        severity=ERROR,
        check=text.text_known,
        summary="A document without text (one known only from a fact-check) has no segments and no anchors.",
    ),
    Rule(
        code="text.not_canonical",
        severity=ERROR,
        check=text.text_canonical,
        summary="The text is in canonical form: NFC, with LF as its only line break.",
    ),
    Rule(
        code="segment.order",
        severity=ERROR,
        check=text.segments_in_order,
        summary="Segments are non-empty spans of the text, in order, and do not overlap.",
    ),
    Rule(
        code="segment.boundary",
        severity=ERROR,
        check=text.segments_on_word_boundaries,
        summary="A segment begins and ends between words, and neither begins nor ends with white space, such as the line break after it.",
    ),
    Rule(
        code="segment.uncovered_text",
        severity=WARNING,
        check=text.text_covered,
        summary="Every non-blank stretch of the text belongs to a segment.",
    ),
    # --- anchors
    Rule(
        code="anchor.out_of_range",
        severity=ERROR,
        check=text.anchor_in_text,
        summary="An anchor's start comes before its end, and both lie within the text.",
    ),
    Rule(
        code="anchor.text_mismatch",
        severity=ERROR,
        check=text.anchor_exact,
        summary="An anchor's exact text is the text at its offsets.",
    ),
    Rule(
        code="anchor.splits_character",
        severity=ERROR,
        check=text.anchor_whole_characters,
        summary="An anchor starts and ends between the characters a reader sees: never inside a letter with its accents or an emoji with its modifiers (a Unicode grapheme cluster).",
    ),
    Rule(
        code="anchor.untrimmed",
        severity=WARNING,
        check=text.anchor_trimmed,
        summary="An anchor neither begins nor ends with white space.",
    ),
    Rule(
        code="anchor.stretch_order",
        severity=WARNING,
        check=text.stretches_in_order,
        summary="The stretches of one field (a content, a cue, a correction's passages) are in text order and do not overlap.",
    ),
    Rule(
        code="language.same_as_article",
        severity=WARNING,
        check=text.language_spans_differ,
        summary="A stretch marked as being in another language is not in the article's own.",
    ),
    # --- identifiers and references
    Rule(
        code="id.duplicate",
        severity=ERROR,
        check=references.ids_unique,
        summary="No two objects in a document have the same id.",
    ),
    Rule(
        code="ref.dangling",
        severity=ERROR,
        check=references.references_resolve,
        summary="Every reference names the id of an object in the document.",
    ),
    Rule(
        code="ref.wrong_type",
        severity=ERROR,
        check=references.references_typed,
        summary="Every reference names an object of a kind the field allows (a source is an agent, not a place).",
    ),
    Rule(
        code="ref.repeated",
        severity=WARNING,
        check=references.references_once,
        summary="A list of references names each object once.",
    ),
    Rule(
        code="organization.parent_cycle",
        severity=ERROR,
        check=references.organizations_acyclic,
        summary="No organization is part of itself, directly or through others.",
    ),
    Rule(
        code="group.member_cycle",
        severity=ERROR,
        check=references.groups_acyclic,
        summary="No group is a member of itself, directly or through other groups.",
    ),
    # --- attribution and claims
    Rule(
        code="attribution.nesting_cycle",
        severity=ERROR,
        check=references.attributions_acyclic,
        summary="No attribution is nested in itself, directly or through others.",
    ),
    Rule(
        code="attribution.nested_outside",
        severity=WARNING,
        check=findings.nested_attribution_inside,
        summary="A nested attribution's content lies within the content of the attribution it is nested in.",
    ),
    Rule(
        code="claim.outside_attribution",
        severity=WARNING,
        check=findings.claim_inside_attribution,
        summary="A reported claim's words share some text with the content of the attribution that reports it.",
    ),
    Rule(
        code="claim.unanchored",
        severity=ERROR,
        check=sources.claims_anchored_or_sourced,
        summary="A claim with no words in the text (known from a fact-check) says where it appeared or who made it.",
    ),
    Rule(
        code="claim.two_sources",
        severity=ERROR,
        check=sources.claims_sourced_once,
        summary="A claim names its source by its attribution or by its claimant, not both.",
    ),
    Rule(
        code="claim.no_truth_value",
        severity=WARNING,
        check=sources.claims_have_truth_values,
        summary="No claim is reported by the attribution of a request or a question, which is neither true nor false.",
    ),
    Rule(
        code="commitment.holder",
        severity=ERROR,
        check=sources.commitments_name_one_holder,
        summary="A commitment is the writer's or one source's: it names exactly one of them.",
    ),
    Rule(
        code="commitment.chain",
        severity=WARNING,
        check=sources.commitments_up_the_chain,
        summary="A claim's commitments are those of sources up its chain of reports (the sources of the reports it is nested in, and the writer), each once, and not its own source's.",
    ),
    Rule(
        code="entity.nameless",
        severity=ERROR,
        check=sources.entities_named,
        summary="An organization has a name or a description, and a work a title or a description.",
    ),
    Rule(
        code="correction.nothing_corrected",
        severity=ERROR,
        check=sources.corrections_point_at_what_they_change,
        summary="A correction, clarification or retraction points at the claims, quantities or passages it changes.",
    ),
    Rule(
        code="mention.order",
        severity=WARNING,
        check=findings.mentions_in_order,
        summary="An entity lists its mentions in text order.",
    ),
    # --- quantities, comparisons, ratings
    Rule(
        code="quantity.bounds",
        severity=ERROR,
        check=findings.quantity_bounds,
        summary="A quantity's minimum is at most its maximum, its value lies between them, and a comparator has a value.",
    ),
    Rule(
        code="quantity.unit_and_currency",
        severity=ERROR,
        check=findings.quantity_unit_or_currency,
        summary="A quantity has a unit or a currency, not both.",
    ),
    Rule(
        code="quantity.fraction_value",
        severity=ERROR,
        check=findings.quantity_fraction,
        summary="A quantity with an exact fraction and a value gives the fraction as its value (in percent with the unit '%').",
    ),
    Rule(
        code="comparison.self",
        severity=ERROR,
        check=findings.comparison_of_two,
        summary="A comparison compares two different things.",
    ),
    Rule(
        code="rating.out_of_scale",
        severity=ERROR,
        check=findings.rating_in_scale,
        summary="A review's rating lies on its scale, whose best and worst ratings differ; the scale may run either way.",
    ),
    Rule(
        code="review.empty",
        severity=ERROR,
        check=sources.reviews_say_something,
        summary="A fact-check review gives its published label, a verdict or a rating.",
    ),
    # --- time
    Rule(
        code="time.invalid_date",
        severity=ERROR,
        check=times.timex_calendar,
        summary="A TIMEX3 value names a real month, day, week, weekday and time of day.",
    ),
    Rule(
        code="time.value_type",
        severity=ERROR,
        check=times.timex_value_fits_type,
        summary="A DURATION has a duration value (P...), a DATE or TIME does not, and a DATE has no time of day.",
    ),
    Rule(
        code="time.unsourced_document_time",
        severity=ERROR,
        check=times.document_times_sourced,
        summary="Each of the document's own times says where it came from.",
    ),
    Rule(
        code="time.document_time_repeated",
        severity=ERROR,
        check=times.document_times_once,
        summary="The document has at most one time of each function (one publication time, ...).",
    ),
    Rule(
        code="time.modified_before_published",
        severity=ERROR,
        check=times.modified_after_published,
        summary="The document was not modified before it was published.",
    ),
    Rule(
        code="time.anchor_cycle",
        severity=ERROR,
        check=references.time_anchors_acyclic,
        summary="No time expression is resolved against itself, directly or through others.",
    ),
    Rule(
        code="time.set_only",
        severity=ERROR,
        check=times.recurrence_only_on_sets,
        summary="Only a SET has a quantifier or a frequency (TIMEX3 quant and freq).",
    ),
    Rule(
        code="time_relation.self",
        severity=ERROR,
        check=times.time_relations_of_two,
        summary="A time relation (TLINK) relates two different events or times.",
    ),
    Rule(
        code="time.provenance_mismatch",
        severity=WARNING,
        check=times.provenance_matches_anchor,
        summary="A time said to come from the page template is anchored in page chrome, and one said to come from the story is not.",
    ),
    Rule(
        code="time.resolved_against_page_chrome",
        severity=WARNING,
        check=times.not_resolved_against_page_chrome,
        summary="No time in the story is resolved against a date from the page template (a page's 'last updated' is not when the story was written).",
    ),
)

_BY_CODE = {r.code: r for r in RULES}


def rule(code: str) -> Rule:
    """The rule with ``code``; :class:`KeyError` when there is none."""
    return _BY_CODE[code]
