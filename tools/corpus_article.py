"""The small article the validation corpus is made from, built with the model classes.

It is short but uses every part of the model: page chrome with a date that is not the
story's, a headline and paragraphs, people with roles, organizations, a place, a group,
an anonymous source, direct, indirect, mixed and nested attributions, a refusal, claims
with hedges and a fact-check review, quantities, a comparison, events, and the
document's own times. Its text has non-ASCII letters, so that offsets count code points.
"""

from __future__ import annotations

from newsmodel import (
    Anchor,
    AnonymousSource,
    Article,
    Attribution,
    Claim,
    Comparator,
    Comparison,
    ComparisonRelation,
    DocumentFunction,
    Event,
    FactCheckReview,
    Factuality,
    Group,
    Mention,
    MentionKind,
    Organization,
    Participant,
    Person,
    Place,
    Provenance,
    Quantity,
    QuoteKind,
    Rating,
    Refusal,
    RefusalKind,
    Role,
    Segment,
    SegmentRole,
    TimeExpression,
    TimexType,
    Verdict,
)

CHROME = ["Subscribe for breaking news alerts", ". Updated: 03/14/2021"]
HEADLINE = "Port Authority Signs Deal With Shipbuilder"
PARAGRAPHS = [
    "The Harbor Port Authority signed an agreement with shipbuilder Nordvik Værft on "
    "Tuesday to expand its container terminal in Tromsø.",
    'The deal "will double our capacity," port director Anna Berg told reporters, adding '
    "that work may start next year.",
    '"Time will tell how fast we can build," Berg said.',
    "A Nordvik official, who asked not to be named, said the yard expects some $40 million "
    "in orders, but would not elaborate.",
    "Berg said the city council, which she said backed the plan, approved more than a dozen "
    "permits last year.",
    "The expected orders would still be dwarfed by the $90 million the port earned last year.",
]
TEXT = "\n\n".join([*CHROME, HEADLINE, *PARAGRAPHS])


def _segments() -> tuple[Segment, ...]:
    roles = [SegmentRole.PAGE_CHROME] * len(CHROME) + [SegmentRole.HEADLINE]
    roles += [SegmentRole.PARAGRAPH] * len(PARAGRAPHS)
    segments, start = [], 0
    for role, part in zip(roles, [*CHROME, HEADLINE, *PARAGRAPHS], strict=True):
        segments.append(Segment(role=role, start=start, end=start + len(part)))
        start += len(part) + 2
    return tuple(segments)


def paragraph(number: int) -> int:
    """Where body paragraph ``number`` (from 1) starts."""
    return TEXT.index(PARAGRAPHS[number - 1])


def at(phrase: str, in_paragraph: int | None = None, occurrence: int = 1) -> Anchor:
    after = 0 if in_paragraph is None else paragraph(in_paragraph)
    return Anchor.find(TEXT, phrase, after=after, occurrence=occurrence)


def stretch(
    phrase: str, in_paragraph: int | None = None, occurrence: int = 1
) -> tuple[Anchor, ...]:
    """Content in one stretch of text."""
    return (at(phrase, in_paragraph, occurrence),)


def article() -> Article:
    """The corpus article."""
    times = (
        TimeExpression(
            id="t-created",
            type=TimexType.DATE,
            value="2021-03-09",
            function=DocumentFunction.CREATION_TIME,
            provenance=Provenance.PUBLISHER_METADATA,
        ),
        TimeExpression(
            id="t-published",
            type=TimexType.DATE,
            value="2021-03-09",
            function=DocumentFunction.PUBLICATION_TIME,
            provenance=Provenance.PUBLISHER_METADATA,
        ),
        TimeExpression(
            id="t-updated",
            type=TimexType.DATE,
            anchor=at("03/14/2021"),
            value="2021-03-14",
            function=DocumentFunction.MODIFICATION_TIME,
            provenance=Provenance.PAGE_TEMPLATE,
        ),
        TimeExpression(
            id="t-tuesday",
            type=TimexType.DATE,
            anchor=at("Tuesday", 1),
            value="2021-03-09",
            anchor_time="t-created",
            provenance=Provenance.STORY,
        ),
        TimeExpression(
            id="t-next-year",
            type=TimexType.DATE,
            anchor=at("next year", 2),
            value="2022",
            anchor_time="t-created",
        ),
        TimeExpression(
            id="t-last-year",
            type=TimexType.DATE,
            anchor=at("last year", 5),
            value="2020",
            anchor_time="t-created",
        ),
        TimeExpression(
            id="t-last-year-2",
            type=TimexType.DATE,
            anchor=at("last year", 6),
            value="2020",
            anchor_time="t-created",
        ),
    )
    entities = (
        Organization(
            id="org-port",
            name="Harbor Port Authority",
            mentions=(
                Mention(anchor=at("Harbor Port Authority", 1), kind=MentionKind.NAME),
                Mention(anchor=at("port", 2), kind=MentionKind.NOMINAL),
                Mention(anchor=at("the port", 6), kind=MentionKind.NOMINAL),
            ),
        ),
        Organization(
            id="org-nordvik",
            name="Nordvik Værft",
            description="A shipbuilder.",
            same_as=("https://example.org/entity/nordvik-v%C3%A6rft",),
            mentions=(
                Mention(anchor=at("Nordvik Værft", 1), kind=MentionKind.NAME),
                Mention(anchor=at("the yard", 4), kind=MentionKind.NOMINAL),
            ),
        ),
        Organization(
            id="org-council",
            name="Tromsø city council",
            mentions=(Mention(anchor=at("the city council", 5), kind=MentionKind.NOMINAL),),
        ),
        Organization(id="org-checks", name="Example Checks"),
        Place(
            id="place-tromso",
            name="Tromsø",
            mentions=(Mention(anchor=at("Tromsø", 1), kind=MentionKind.NAME),),
        ),
        Person(
            id="person-berg",
            name="Anna Berg",
            roles=(Role(title="director", organization="org-port", anchor=at("port director")),),
            mentions=(
                Mention(anchor=at("Anna Berg", 2), kind=MentionKind.NAME),
                Mention(anchor=at("Berg", 3), kind=MentionKind.NAME),
                Mention(anchor=at("Berg", 5), kind=MentionKind.NAME),
                Mention(anchor=at("she", 5), kind=MentionKind.PRONOUN),
            ),
        ),
        Group(
            id="group-reporters",
            name="reporters",
            mentions=(Mention(anchor=at("reporters", 2), kind=MentionKind.NOMINAL),),
        ),
        AnonymousSource(
            id="anon-official",
            description="a Nordvik official",
            affiliation="org-nordvik",
            anonymity_reason=at("who asked not to be named", 4),
            mentions=(Mention(anchor=at("A Nordvik official", 4), kind=MentionKind.NOMINAL),),
        ),
    )
    attributions = (
        Attribution(
            id="a-capacity",
            sources=("person-berg",),
            source_anchor=at("port director Anna Berg"),
            cue=at("told", 2),
            content=stretch('The deal "will double our capacity,"'),
            quote=QuoteKind.MIXED,
            addressee="group-reporters",
        ),
        Attribution(
            id="a-start",
            sources=("person-berg",),
            cue=at("adding", 2),
            content=stretch("work may start next year", 2),
            quote=QuoteKind.INDIRECT,
        ),
        Attribution(
            id="a-build",
            sources=("person-berg",),
            source_anchor=at("Berg", 3),
            cue=at("said", 3),
            content=stretch('"Time will tell how fast we can build,"'),
            quote=QuoteKind.DIRECT,
        ),
        Attribution(
            id="a-orders",
            sources=("anon-official",),
            source_anchor=at("A Nordvik official", 4),
            cue=at("said", 4),
            content=stretch("the yard expects some $40 million in orders", 4),
            quote=QuoteKind.INDIRECT,
        ),
        Attribution(
            id="a-permits",
            sources=("person-berg",),
            source_anchor=at("Berg", 5),
            cue=at("said", 5),
            content=stretch(
                "the city council, which she said backed the plan, approved more than a "
                "dozen permits last year"
            ),
            quote=QuoteKind.INDIRECT,
        ),
        Attribution(
            id="a-backed",
            sources=("person-berg",),
            source_anchor=at("she", 5),
            cue=at("said", 5, occurrence=2),
            content=stretch("backed the plan", 5),
            quote=QuoteKind.INDIRECT,
            nested_in="a-permits",
        ),
    )
    refusals = (
        Refusal(
            id="r-elaborate",
            sources=("anon-official",),
            kind=RefusalKind.DECLINED_TO_ELABORATE,
            anchor=at("would not elaborate", 4),
            about="a-orders",
        ),
    )
    quantities = (
        Quantity(
            id="q-orders",
            anchor=at("some $40 million", 4),
            value=40_000_000,
            approximate=True,
            currency="USD",
            scale_word="million",
            measured="orders",
        ),
        Quantity(
            id="q-permits",
            anchor=at("more than a dozen", 5),
            value=12,
            comparator=Comparator.MORE_THAN,
            unit="{permit}",
            scale_word="dozen",
            time="t-last-year",
        ),
        Quantity(
            id="q-earned",
            anchor=at("$90 million", 6),
            value=90_000_000,
            currency="USD",
            scale_word="million",
            measured="port earnings",
            time="t-last-year-2",
        ),
    )
    claims = (
        Claim(
            id="c-signed",
            content=stretch(PARAGRAPHS[0]),
            statement="The Harbor Port Authority signed an agreement with Nordvik Værft.",
            factuality=Factuality.CERTAIN_POSITIVE,
            times=("t-tuesday",),
            reviews=(
                FactCheckReview(
                    reviewers=("org-checks",),
                    url="https://example.org/checks/port-deal",
                    verdict_text="Accurate",
                    verdict=Verdict.TRUE,
                    rating=Rating(value=5, best=5, worst=1),
                    date_published="2021-03-12",
                ),
            ),
        ),
        Claim(
            id="c-start",
            content=stretch("work may start next year", 2),
            attribution="a-start",
            factuality=Factuality.POSSIBLE_POSITIVE,
            hedges=(at("may", 2),),
            times=("t-next-year",),
        ),
        Claim(
            id="c-build",
            content=stretch("Time will tell how fast we can build"),
            attribution="a-build",
            factuality=Factuality.UNCOMMITTED,
            hedges=(at("Time will tell"),),
        ),
        Claim(
            id="c-orders",
            content=stretch("the yard expects some $40 million in orders", 4),
            attribution="a-orders",
            factuality=Factuality.PROBABLE_POSITIVE,
            hedges=(at("expects", 4), at("some", 4)),
            quantities=("q-orders",),
        ),
        Claim(
            id="c-permits",
            content=stretch("approved more than a dozen permits last year", 5),
            attribution="a-permits",
            factuality=Factuality.CERTAIN_POSITIVE,
            quantities=("q-permits",),
            times=("t-last-year",),
        ),
        Claim(
            id="c-dwarfed",
            content=stretch(PARAGRAPHS[5]),
            factuality=Factuality.PROBABLE_POSITIVE,
            quantities=("q-orders", "q-earned"),
        ),
    )
    comparisons = (
        Comparison(
            id="cmp-orders",
            cue=at("dwarfed by", 6),
            subject="q-orders",
            standard="q-earned",
            relation=ComparisonRelation.LESS,
            claim="c-dwarfed",
        ),
    )
    events = (
        Event(
            id="e-signing",
            anchor=at("signed", 1),
            label="agreement signing",
            participants=(
                Participant(entity="org-port", role="signatory"),
                Participant(entity="org-nordvik", role="signatory"),
            ),
            time="t-tuesday",
            factuality=Factuality.CERTAIN_POSITIVE,
        ),
        Event(
            id="e-work",
            anchor=at("work", 2),
            label="construction start",
            time="t-next-year",
            factuality=Factuality.POSSIBLE_POSITIVE,
        ),
    )
    return Article(
        id="urn:newsmodel:corpus:port-authority-signs-deal",
        url="https://example.org/news/2021/03/port-authority-signs-deal",
        language="en",
        text=TEXT,
        segments=_segments(),
        times=times,
        entities=entities,
        attributions=attributions,
        refusals=refusals,
        claims=claims,
        quantities=quantities,
        comparisons=comparisons,
        events=events,
        extensions={"corpus:purpose": "validation tests"},
    )
