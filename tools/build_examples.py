"""Build the example documents shipped in ``src/newsmodel/examples/``.

Run ``python tools/build_examples.py`` from the repository (with newsmodel importable) to
rewrite both examples; a test runs the same builders and fails when the committed files
differ from what they give.

No offset is typed by hand: every anchor is found in the text with :meth:`Anchor.find`,
inside one line of the text (a segment) and, for a short word such as "he", inside a
longer phrase around it. A phrase that is missing, that runs past its line or that is cut
out of a longer word raises :class:`ValueError`, so an edit to the text or to this script
cannot anchor the wrong words silently.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import newsmodel
from newsmodel.model import (
    Anchor,
    AnonymousSource,
    Article,
    Artifact,
    Attribution,
    Claim,
    Comparator,
    Comparison,
    ComparisonRelation,
    DocumentFunction,
    Entity,
    Event,
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
    Refusal,
    RefusalKind,
    Role,
    Segment,
    SegmentRole,
    TimeExpression,
    TimexModifier,
    TimexType,
    canonical_text,
)

TOOLS = Path(__file__).resolve().parent
#: Where the examples are written: the package's own folder of examples.
EXAMPLES = TOOLS.parent / "src" / "newsmodel" / "examples"
#: The reference article, exactly as scraped (NFC, LF, no trailing newline).
REFERENCE_TEXT = TOOLS / "corpus" / "space-agency-teams-with-arms-exporter.txt"

#: The page the reference article was scraped from. Its path files the story under
#: February 1999, which is the only evidence of when it was written.
REFERENCE_URL = (
    "https://oldtmt.vedomosti.ru/sitemap/free/1999/2/article/"
    "space-agency-teams-with-arms-exporter/280006.html"
)

CT_POS = Factuality.CERTAIN_POSITIVE
PS_POS = Factuality.POSSIBLE_POSITIVE
UNCOMMITTED = Factuality.UNCOMMITTED


class Lines:
    """The text's non-blank lines, each a segment, and a way to anchor words inside one."""

    def __init__(self, text: str) -> None:
        if canonical_text(text) != text:
            raise ValueError("the text is not in canonical form (NFC, LF line breaks)")
        self.text = text
        self.spans: list[tuple[int, int]] = []
        offset = 0
        for line in text.split("\n"):
            if line.strip():
                self.spans.append((offset, offset + len(line)))
            offset += len(line) + 1

    def segments(self, roles: list[SegmentRole]) -> tuple[Segment, ...]:
        """One segment per non-blank line, with the roles given in order."""
        if len(roles) != len(self.spans):
            raise ValueError(f"{len(roles)} roles for {len(self.spans)} lines")
        return tuple(
            Segment(role=role, start=start, end=end)
            for role, (start, end) in zip(roles, self.spans, strict=True)
        )

    def find(
        self, line: int, phrase: str, *, occurrence: int = 1, inside: str | None = None
    ) -> Anchor:
        """The ``occurrence``-th ``phrase`` in line ``line`` (counted from 0).

        With ``inside``, the first ``phrase`` within the ``occurrence``-th ``inside`` of
        the line: "he" inside "noted he hopes".
        """
        start, end = self.spans[line]
        if inside is not None:
            context = self.find(line, inside, occurrence=occurrence)
            start, end = context.start, context.end
            occurrence = 1
        anchor = Anchor.find(self.text, phrase, after=start, occurrence=occurrence)
        if anchor.end > end:
            raise ValueError(f"{phrase!r} is not within {self.text[start:end]!r}")
        before = self.text[anchor.start - 1] if anchor.start else " "
        after = self.text[anchor.end] if anchor.end < len(self.text) else " "
        if before.isalnum() or after.isalnum():
            raise ValueError(f"{phrase!r} at {anchor.start} is part of a longer word")
        return anchor


def mentions(*items: Mention) -> tuple[Mention, ...]:
    """Mentions in text order, however the script lists them."""
    return tuple(sorted(items, key=lambda mention: (mention.anchor.start, mention.anchor.end)))


def name(anchor: Anchor, *, metonymy: bool = False) -> Mention:
    return Mention(anchor=anchor, kind=MentionKind.NAME, metonymy=metonymy)


def nominal(anchor: Anchor) -> Mention:
    return Mention(anchor=anchor, kind=MentionKind.NOMINAL)


def pronoun(anchor: Anchor) -> Mention:
    return Mention(anchor=anchor, kind=MentionKind.PRONOUN)


# --- the reference article -------------------------------------------------------------


def build_reference(text: str) -> Article:
    """The wire story "Space Agency Teams With Arms Exporter", annotated completely."""
    lines = Lines(text)
    chrome_2, headline = 1, 2

    def p(number: int, phrase: str, *, occurrence: int = 1, inside: str | None = None) -> Anchor:
        """An anchor in body paragraph ``number`` (counted from 1, as a reader would)."""
        return lines.find(headline + number, phrase, occurrence=occurrence, inside=inside)

    def h(phrase: str) -> Anchor:
        return lines.find(headline, phrase)

    segments = lines.segments(
        [SegmentRole.PAGE_CHROME, SegmentRole.PAGE_CHROME, SegmentRole.HEADLINE]
        + [SegmentRole.PARAGRAPH] * 15
    )

    # --- times: the document's own, then those in the text, in text order ---
    evidence = (
        "The address of the original page, oldtmt.vedomosti.ru/sitemap/free/1999/2/article/"
        "space-agency-teams-with-arms-exporter/280006.html, files the story under February "
        "1999; the text itself gives no date of writing, and its 'Last Updated' date of 2016 "
        "belongs to the page template."
    )
    times = (
        TimeExpression(
            id="t-created",
            type=TimexType.DATE,
            value="1999-02",
            function=DocumentFunction.CREATION_TIME,
            provenance=Provenance.ANNOTATOR,
            note=evidence,
        ),
        TimeExpression(
            id="t-published",
            type=TimexType.DATE,
            value="1999-02",
            function=DocumentFunction.PUBLICATION_TIME,
            provenance=Provenance.ANNOTATOR,
            note=evidence,
        ),
        TimeExpression(
            id="t-page-updated",
            type=TimexType.DATE,
            anchor=lines.find(chrome_2, "07/27/2016"),
            value="2016-07-27",
            function=DocumentFunction.MODIFICATION_TIME,
            provenance=Provenance.PAGE_TEMPLATE,
        ),
        # The weekday is known, the week is not: the creation time is known to the month.
        TimeExpression(
            id="t-wednesday",
            type=TimexType.DATE,
            anchor=p(1, "Wednesday"),
            value="XXXX-WXX-3",
        ),
        TimeExpression(
            id="t-last-year",
            type=TimexType.DATE,
            anchor=p(6, "last year"),
            value="1998",
            anchor_time="t-created",
        ),
        TimeExpression(
            id="t-last-year-2",
            type=TimexType.DATE,
            anchor=p(7, "last year"),
            value="1998",
            anchor_time="t-created",
        ),
        TimeExpression(
            id="t-next-two-months",
            type=TimexType.DURATION,
            anchor=p(8, "in the next two months or so"),
            value="P2M",
            modifier=TimexModifier.APPROX,
        ),
        TimeExpression(
            id="t-soon",
            type=TimexType.DATE,
            anchor=p(12, "soon"),
            value="FUTURE_REF",
        ),
        TimeExpression(
            id="t-wednesday-2",
            type=TimexType.DATE,
            anchor=p(13, "Wednesday"),
            value="XXXX-WXX-3",
        ),
        TimeExpression(
            id="t-1998",
            type=TimexType.DATE,
            anchor=p(15, "1998"),
            value="1998",
        ),
    )

    # --- entities ---
    entities: tuple[Entity, ...] = (
        Person(
            id="koptev",
            name="Yury Koptev",
            roles=(
                Role(title="general director", organization="rsa", anchor=p(2, "general director")),
            ),
            mentions=mentions(
                name(p(2, "Yury Koptev")),
                name(p(3, "Koptev")),
                name(p(5, "Koptev")),
                name(p(6, "Koptev")),
                pronoun(p(6, "he", inside="noted he hopes")),
                nominal(p(7, "the Russian space chief")),
                name(p(9, "Koptev")),
                pronoun(p(9, "he", inside="which he said")),
                name(p(12, "Koptev")),
                pronoun(p(12, "his", inside="his agency")),
                name(p(13, "Koptev")),
                name(p(14, "Koptev")),
            ),
        ),
        Person(
            id="rapota",
            name="Grigory Rapota",
            roles=(Role(title="chief", organization="rosvooruzheniye", anchor=p(2, "chief")),),
            mentions=mentions(
                name(p(2, "Grigory Rapota")),
                name(p(5, "Rapota")),
                name(p(13, "Rapota")),
                name(p(15, "Rapota")),
            ),
        ),
        Person(
            id="clinton",
            name="Bill Clinton",
            roles=(
                Role(title="President", organization="united-states", anchor=p(11, "President")),
            ),
            mentions=(name(p(11, "Bill Clinton")),),
        ),
        Organization(
            id="rsa",
            name="Russian Space Agency",
            description="The Russian agency that supervises most of the country's space industry.",
            mentions=mentions(
                nominal(h("Space Agency")),
                name(p(1, "Russian Space Agency")),
                nominal(p(2, "agency", inside="agency general director")),
                pronoun(p(2, "us", inside="allow us")),
                name(p(4, "Russian Space Agency")),
                nominal(p(8, "the space agency")),
                nominal(p(12, "his agency")),
                nominal(p(14, "the space agency")),
                nominal(p(15, "the space agency")),
            ),
        ),
        Organization(
            id="rosvooruzheniye",
            name="Rosvooruzheniye",
            description="Russia's major arms exporter.",
            mentions=mentions(
                nominal(h("Arms Exporter")),
                nominal(p(1, "major arms exporter")),
                name(p(1, "Rosvooruzheniye")),
                name(p(2, "Rosvooruzheniye")),
                name(p(4, "Rosvooruzheniye")),
                name(p(8, "Rosvooruzheniye")),
                nominal(p(8, "his company")),
                name(p(9, "Rosvooruzheniye")),
                name(p(14, "Rosvooruzheniye")),
                name(p(15, "Rosvooruzheniye")),
                nominal(p(15, "the arms exporter")),
            ),
        ),
        Organization(
            id="rossiiskiye-tekhnologii",
            name="Rossiiskiye Tekhnologii",
            description="A state-owned Russian company that mediates sales of military technologies.",
            mentions=mentions(
                nominal(p(12, "state-owned company")),
                name(p(12, "Rossiiskiye Tekhnologii")),
            ),
        ),
        Organization(
            id="strategic-missile-forces",
            name="Strategic Missile Forces",
            description="Russia's Strategic Missile Forces, which launched Astrid II in 1998.",
            mentions=(name(p(15, "Strategic Missile Forces")),),
        ),
        Organization(
            id="us-government",
            name="United States government",
            description="The U.S. government, under President Bill Clinton's administration.",
            mentions=mentions(
                nominal(p(9, "the U.S. government")),
                name(p(10, "Washington"), metonymy=True),
                nominal(p(11, "U.S. President Bill Clinton's administration")),
            ),
        ),
        Organization(
            id="russian-government",
            name="Russian government",
            mentions=(name(p(11, "Moscow"), metonymy=True),),
        ),
        Place(
            id="russia",
            name="Russia",
            mentions=mentions(
                name(p(4, "Russia", inside="Russia's space industry")),
                name(p(4, "Russia", inside="Russia's arms exports")),
                name(p(6, "Russia")),
                name(p(7, "Russian")),
                name(p(9, "Russian")),
                name(p(10, "Russian")),
                name(p(11, "Russian")),
                name(p(14, "Russian")),
                name(p(15, "Russia")),
            ),
        ),
        Place(
            id="united-states",
            name="United States",
            mentions=mentions(
                name(p(7, "U.S.")),
                name(p(9, "U.S.")),
                name(p(11, "U.S.", inside="U.S. President")),
                name(p(11, "U.S.", inside="U.S. satellites")),
            ),
        ),
        Place(id="iran", name="Iran", mentions=(name(p(11, "Iran")),)),
        Place(id="sweden", name="Sweden", mentions=(name(p(15, "Swedish")),)),
        Artifact(
            id="astrid-2",
            name="Astrid II",
            category="satellite",
            description="A Swedish satellite, launched in 1998 by Russia's Strategic Missile Forces.",
            mentions=(name(p(15, "Astrid II")),),
        ),
        Group(
            id="reporters",
            name="reporters",
            description="The reporters Koptev spoke to after the signing.",
            mentions=(nominal(p(2, "reporters")),),
        ),
        Group(
            id="koptev-and-rapota",
            name="Koptev and Rapota",
            members=("koptev", "rapota"),
            mentions=mentions(
                pronoun(p(5, "their", inside="their cooperation")),
                name(p(13, "Koptev and Rapota")),
            ),
        ),
        Group(
            id="russian-space-industry",
            name="Russia's space industry",
            description="The Russian space companies, most of which the Russian Space Agency supervises.",
            mentions=mentions(
                nominal(p(2, "the national space industry")),
                nominal(p(4, "Russia's space industry")),
                nominal(p(6, "Russia's space industry")),
                pronoun(p(6, "its", inside="expand its")),
                nominal(p(9, "Russian space companies")),
            ),
        ),
        Group(
            id="us-space-companies",
            name="U.S. space companies",
            mentions=(nominal(p(7, "U.S. space companies")),),
        ),
        Group(
            id="sanctioned-firms",
            name="Russian defense and space industry firms under U.S. sanctions",
            mentions=mentions(
                nominal(p(10, "more than a dozen Russian defense and space industry firms")),
                pronoun(p(10, "their", inside="their alleged")),
            ),
        ),
        AnonymousSource(
            id="rosvooruzheniye-official",
            description="a Rosvooruzheniye official",
            affiliation="rosvooruzheniye",
            anonymity_reason=p(8, "asked not to be identified"),
            mentions=mentions(
                nominal(p(8, "A Rosvooruzheniye official")),
                pronoun(p(8, "his", inside="his company")),
            ),
        ),
    )

    # --- attributions (PARC source / cue / content), in text order ---
    # Where PARC's content is split by its source and cue ("which the Russian space chief
    # said was $50 billion"), the content is both stretches, and the claim's statement
    # says the whole proposition in one sentence.
    attributions = (
        Attribution(
            id="a-accord",
            sources=("koptev",),
            source_anchor=p(2, "agency general director Yury Koptev"),
            cue=p(2, "told reporters"),
            content=(
                p(
                    2,
                    'The accord "will allow us to supplement" the national space industry\'s exports',
                ),
            ),
            quote=QuoteKind.MIXED,
            addressee="reporters",
        ),
        Attribution(
            id="a-time-will-show",
            sources=("koptev",),
            source_anchor=p(3, "Koptev"),
            cue=p(3, "added"),
            content=(p(3, "Time will show how large this supplement may be"),),
            quote=QuoteKind.DIRECT,
        ),
        Attribution(
            id="a-hope",
            sources=("koptev",),
            source_anchor=p(6, "Koptev"),
            cue=p(6, "noted"),
            content=(
                p(
                    6,
                    "he hopes Russia's space industry will be able to expand its international "
                    "sales from some $880 million last year to $1 billion",
                ),
            ),
            quote=QuoteKind.INDIRECT,
        ),
        Attribution(
            id="a-us-earnings",
            sources=("koptev",),
            source_anchor=p(7, "the Russian space chief"),
            cue=p(7, "said"),
            content=(p(7, "which"), p(7, "was $50 billion")),
            quote=QuoteKind.INDIRECT,
        ),
        Attribution(
            id="a-official",
            sources=("rosvooruzheniye-official",),
            source_anchor=p(8, "A Rosvooruzheniye official"),
            cue=p(8, "said"),
            content=(
                p(
                    8,
                    "his company may help the space agency to clinch an export deal in the next "
                    "two months or so",
                ),
            ),
            quote=QuoteKind.INDIRECT,
        ),
        Attribution(
            id="a-help",
            sources=("koptev",),
            source_anchor=p(9, "Koptev"),
            cue=p(9, "said"),
            content=(
                p(
                    9,
                    "Rosvooruzheniye will help Russian space companies provide services to the "
                    "armed forces of foreign countries, which he said would give the sales added "
                    "legitimacy and fend off objections by the U.S. government",
                ),
            ),
            quote=QuoteKind.INDIRECT,
        ),
        Attribution(
            id="a-legitimacy",
            sources=("koptev",),
            source_anchor=p(9, "he", inside="which he said"),
            cue=p(9, "said", occurrence=2),
            content=(
                p(9, "which", inside="which he said"),
                p(
                    9,
                    "would give the sales added legitimacy and fend off objections by the U.S. "
                    "government",
                ),
            ),
            quote=QuoteKind.INDIRECT,
            nested_in="a-help",
        ),
        # The relative clause after the company's name ("which mediates sales of military
        # technologies") is the writer's background, not part of Koptev's report.
        Attribution(
            id="a-rossiiskiye-tekhnologii",
            sources=("koptev",),
            source_anchor=p(12, "Koptev"),
            cue=p(12, "said"),
            content=(
                p(
                    12,
                    "his agency may also soon reach a deal with state-owned company Rossiiskiye "
                    "Tekhnologii",
                ),
            ),
            quote=QuoteKind.INDIRECT,
        ),
        Attribution(
            id="a-aim",
            sources=("koptev", "rapota"),
            source_anchor=p(13, "Koptev and Rapota"),
            cue=p(13, "said"),
            content=(
                p(
                    13,
                    "Another aim of Wednesday's agreement is to avoid rivalries by defining which "
                    "agency will mediate sales of which products on the international space market",
                ),
            ),
            quote=QuoteKind.INDIRECT,
        ),
        Attribution(
            id="a-performing",
            sources=("koptev",),
            source_anchor=p(14, "Koptev"),
            cue=p(14, "said"),
            content=(
                p(
                    14,
                    "the space agency is performing well enough in the satellite launch market "
                    "while Rosvooruzheniye can help boost sales of services on Russian satellites "
                    "and of space-related products manufactured by military plants",
                ),
            ),
            quote=QuoteKind.INDIRECT,
        ),
        Attribution(
            id="a-astrid",
            sources=("rapota",),
            source_anchor=p(15, "Rapota"),
            cue=p(15, "said"),
            content=(
                p(
                    15,
                    "Rosvooruzheniye's successful mediation of the 1998 launch of Swedish satellite "
                    "Astrid II by Russia's Strategic Missile Forces was one reason the space agency "
                    "sought a deal with the arms exporter",
                ),
            ),
            quote=QuoteKind.INDIRECT,
        ),
    )

    # --- quantities, in text order ---
    quantities = (
        Quantity(
            id="q-most",
            anchor=p(4, "most"),
            value=50,
            comparator=Comparator.MORE_THAN,
            unit="%",
            measured="share of Russia's space industry that the Russian Space Agency supervises",
        ),
        Quantity(
            id="q-arms-export-share",
            anchor=p(4, "some 90 percent"),
            value=90,
            approximate=True,
            unit="%",
            measured="share of Russia's arms exports that Rosvooruzheniye accounts for",
        ),
        Quantity(
            id="q-offices",
            anchor=p(4, "35 offices"),
            value=35,
            unit="{office}",
            measured="offices abroad that Rosvooruzheniye maintains",
        ),
        Quantity(
            id="q-sales-1998",
            anchor=p(6, "some $880 million"),
            value=880_000_000,
            approximate=True,
            currency="USD",
            scale_word="million",
            measured="international sales of Russia's space industry",
            time="t-last-year",
        ),
        Quantity(
            id="q-sales-hoped",
            anchor=p(6, "$1 billion"),
            value=1_000_000_000,
            currency="USD",
            scale_word="billion",
            measured="international sales of Russia's space industry that Koptev hopes for",
        ),
        Quantity(
            id="q-us-earnings",
            anchor=p(7, "$50 billion"),
            value=50_000_000_000,
            currency="USD",
            scale_word="billion",
            measured="earnings of U.S. space companies",
            time="t-last-year-2",
        ),
        Quantity(
            id="q-deal-window",
            anchor=p(8, "two months or so"),
            value=2,
            approximate=True,
            unit="mo",
            measured="time within which Rosvooruzheniye may help the space agency clinch an export deal",
            time="t-next-two-months",
        ),
        Quantity(
            id="q-sanctioned-firms",
            anchor=p(10, "more than a dozen"),
            value=12,
            comparator=Comparator.MORE_THAN,
            unit="{firm}",
            scale_word="dozen",
            measured="Russian defense and space industry firms under U.S. sanctions",
        ),
    )

    # --- claims: the writer's own (no attribution) and those reported, in text order ---
    claims = (
        Claim(
            id="c-headline",
            content=(h("Space Agency Teams With Arms Exporter"),),
            statement="The Russian Space Agency has teamed up with the arms exporter Rosvooruzheniye.",
            factuality=CT_POS,
        ),
        Claim(
            id="c-cash-strapped",
            content=(p(1, "The cash-strapped Russian Space Agency"),),
            statement="The Russian Space Agency is short of money.",
            factuality=CT_POS,
        ),
        Claim(
            id="c-agreement",
            content=(
                p(
                    1,
                    "The cash-strapped Russian Space Agency clinched a cooperation agreement with "
                    "major arms exporter Rosvooruzheniye on Wednesday in an attempt to boost sales "
                    "of rocket launches and satellite services abroad",
                ),
            ),
            statement=(
                "On a Wednesday, the Russian Space Agency concluded a cooperation agreement "
                "with the arms exporter Rosvooruzheniye in an attempt to boost its sales of "
                "rocket launches and satellite services abroad."
            ),
            factuality=CT_POS,
            times=("t-wednesday",),
        ),
        Claim(
            id="c-supplement",
            content=attributions[0].content,
            statement=(
                "The accord with Rosvooruzheniye will allow the Russian Space Agency to "
                "supplement the exports of Russia's space industry."
            ),
            attribution="a-accord",
            factuality=CT_POS,
        ),
        Claim(
            id="c-signing",
            content=(p(2, "after signing the accord with Rosvooruzheniye chief Grigory Rapota"),),
            statement=(
                "Yury Koptev, general director of the Russian Space Agency, signed the accord "
                "with Grigory Rapota, chief of Rosvooruzheniye."
            ),
            factuality=CT_POS,
        ),
        Claim(
            id="c-supplement-size",
            content=attributions[1].content,
            statement=(
                "The supplement that the accord brings to the exports of Russia's space "
                "industry will be large."
            ),
            attribution="a-time-will-show",
            factuality=UNCOMMITTED,
            hedges=(p(3, "Time will show"), p(3, "may")),
        ),
        Claim(
            id="c-supervises",
            content=(p(4, "The Russian Space Agency supervises most of Russia's space industry"),),
            statement="The Russian Space Agency supervises most of Russia's space industry.",
            factuality=CT_POS,
            quantities=("q-most",),
        ),
        Claim(
            id="c-arms-export-share",
            content=(
                p(4, "Rosvooruzheniye accounts for some 90 percent of Russia's arms exports"),
            ),
            statement="Rosvooruzheniye accounts for about 90 percent of Russia's arms exports.",
            factuality=CT_POS,
            hedges=(p(4, "some"),),
            quantities=("q-arms-export-share",),
        ),
        Claim(
            id="c-offices",
            content=(p(4, "maintains 35 offices abroad"),),
            statement="Rosvooruzheniye maintains 35 offices abroad.",
            factuality=CT_POS,
            quantities=("q-offices",),
        ),
        Claim(
            id="c-sales-hope",
            content=(
                p(
                    6,
                    "Russia's space industry will be able to expand its international sales from "
                    "some $880 million last year to $1 billion",
                ),
            ),
            statement=(
                "Russia's space industry will expand its international sales from about "
                "$880 million in 1998 to $1 billion."
            ),
            attribution="a-hope",
            factuality=UNCOMMITTED,
            hedges=(p(6, "hopes"), p(6, "some")),
            quantities=("q-sales-1998", "q-sales-hoped"),
            times=("t-last-year",),
        ),
        Claim(
            id="c-sales-1998",
            content=(p(6, "from some $880 million last year"),),
            statement="The international sales of Russia's space industry were about $880 million in 1998.",
            attribution="a-hope",
            factuality=CT_POS,
            hedges=(p(6, "some"),),
            quantities=("q-sales-1998",),
            times=("t-last-year",),
        ),
        Claim(
            id="c-dwarfed",
            content=(
                p(
                    7,
                    "this figure would still be dwarfed by what U.S. space companies earned last year",
                ),
            ),
            statement=(
                "International sales of $1 billion for Russia's space industry would still be "
                "far less than what U.S. space companies earned in 1998."
            ),
            factuality=CT_POS,
            quantities=("q-sales-hoped", "q-us-earnings"),
            times=("t-last-year-2",),
        ),
        Claim(
            id="c-us-earnings",
            content=(
                p(
                    7,
                    "what U.S. space companies earned last year, which the Russian space chief said "
                    "was $50 billion",
                ),
            ),
            statement="U.S. space companies earned $50 billion in 1998.",
            attribution="a-us-earnings",
            factuality=CT_POS,
            quantities=("q-us-earnings",),
            times=("t-last-year-2",),
        ),
        Claim(
            id="c-export-deal",
            content=attributions[4].content,
            statement=(
                "Rosvooruzheniye may help the Russian Space Agency to clinch an export deal "
                "within about the next two months."
            ),
            attribution="a-official",
            factuality=PS_POS,
            hedges=(p(8, "may"), p(8, "or so")),
            quantities=("q-deal-window",),
            times=("t-next-two-months",),
        ),
        Claim(
            id="c-help-foreign-forces",
            content=(
                p(
                    9,
                    "Rosvooruzheniye will help Russian space companies provide services to the "
                    "armed forces of foreign countries",
                ),
            ),
            statement=(
                "Rosvooruzheniye will help Russian space companies provide services to the "
                "armed forces of foreign countries."
            ),
            attribution="a-help",
            factuality=CT_POS,
        ),
        Claim(
            id="c-legitimacy",
            content=attributions[6].content,
            statement=(
                "Rosvooruzheniye's help in providing services to foreign armed forces would give "
                "the Russian space companies' sales added legitimacy and fend off objections by "
                "the U.S. government."
            ),
            attribution="a-legitimacy",
            factuality=CT_POS,
        ),
        Claim(
            id="c-sanctions",
            content=(
                p(
                    10,
                    "Washington has already slapped sanctions on more than a dozen Russian defense "
                    "and space industry firms for their alleged cooperation with countries "
                    "developing ballistic missiles and nuclear weapon programs",
                ),
            ),
            statement=(
                "The U.S. government has imposed sanctions on more than a dozen Russian "
                "defense and space industry firms for their alleged cooperation with countries "
                "developing ballistic missiles and nuclear weapon programs."
            ),
            factuality=CT_POS,
            quantities=("q-sanctioned-firms",),
        ),
        Claim(
            id="c-alleged-cooperation",
            content=(
                p(
                    10,
                    "their alleged cooperation with countries developing ballistic missiles and "
                    "nuclear weapon programs",
                ),
            ),
            statement=(
                "More than a dozen Russian defense and space industry firms cooperated with "
                "countries developing ballistic missiles and nuclear weapon programs."
            ),
            factuality=UNCOMMITTED,
            hedges=(p(10, "alleged"),),
            quantities=("q-sanctioned-firms",),
        ),
        Claim(
            id="c-quota-threat",
            content=(
                p(
                    11,
                    "U.S. President Bill Clinton's administration has threatened to reduce the "
                    "quota of launches of U.S. satellites by Russian rockets if Moscow fails to "
                    "crack down on sensitive technology leaks to Iran and other countries",
                ),
            ),
            statement=(
                "The administration of U.S. President Bill Clinton has threatened to reduce "
                "the quota of launches of U.S. satellites by Russian rockets if the Russian "
                "government fails to crack down on leaks of sensitive technology to Iran and "
                "other countries."
            ),
            factuality=CT_POS,
        ),
        Claim(
            id="c-rossiiskiye-tekhnologii-deal",
            content=attributions[7].content,
            statement=(
                "The Russian Space Agency may soon reach a deal with the state-owned company "
                "Rossiiskiye Tekhnologii."
            ),
            attribution="a-rossiiskiye-tekhnologii",
            factuality=PS_POS,
            hedges=(p(12, "may"),),
            times=("t-soon",),
        ),
        Claim(
            id="c-rossiiskiye-tekhnologii",
            content=(
                p(
                    12,
                    "state-owned company Rossiiskiye Tekhnologii, which mediates sales of military "
                    "technologies",
                ),
            ),
            statement=(
                "Rossiiskiye Tekhnologii is a state-owned company that mediates sales of "
                "military technologies."
            ),
            factuality=CT_POS,
        ),
        Claim(
            id="c-aim",
            content=attributions[8].content,
            statement=(
                "Another aim of the agreement between the Russian Space Agency and "
                "Rosvooruzheniye is to avoid rivalries between them by defining which of them "
                "will mediate sales of which products on the international space market."
            ),
            attribution="a-aim",
            factuality=CT_POS,
            times=("t-wednesday-2",),
        ),
        Claim(
            id="c-performing",
            content=(
                p(14, "the space agency is performing well enough in the satellite launch market"),
            ),
            statement="The Russian Space Agency is performing well enough in the satellite launch market.",
            attribution="a-performing",
            factuality=CT_POS,
        ),
        Claim(
            id="c-boost-sales",
            content=(
                p(
                    14,
                    "Rosvooruzheniye can help boost sales of services on Russian satellites and of "
                    "space-related products manufactured by military plants",
                ),
            ),
            statement=(
                "Rosvooruzheniye can help boost sales of services on Russian satellites and of "
                "space-related products manufactured by military plants."
            ),
            attribution="a-performing",
            factuality=PS_POS,
            hedges=(p(14, "can"),),
        ),
        Claim(
            id="c-astrid-reason",
            content=attributions[10].content,
            statement=(
                "Rosvooruzheniye's successful mediation of the 1998 launch of the Swedish "
                "satellite Astrid II by Russia's Strategic Missile Forces was one reason the "
                "Russian Space Agency sought a deal with Rosvooruzheniye."
            ),
            attribution="a-astrid",
            factuality=CT_POS,
            times=("t-1998",),
        ),
    )

    refusals = (
        Refusal(
            id="r-estimates",
            sources=("koptev", "rapota"),
            kind=RefusalKind.DECLINED_TO_ESTIMATE,
            anchor=p(5, "Neither Koptev nor Rapota would give any estimates"),
            topic=p(5, "what financial profits their cooperation may generate"),
        ),
        Refusal(
            id="r-elaborate",
            sources=("rosvooruzheniye-official",),
            kind=RefusalKind.DECLINED_TO_ELABORATE,
            anchor=p(8, "would not elaborate"),
            about="c-export-deal",
        ),
    )

    comparisons = (
        Comparison(
            id="cmp-dwarfed",
            cue=p(7, "dwarfed by"),
            subject="q-sales-hoped",
            standard="q-us-earnings",
            relation=ComparisonRelation.LESS,
            claim="c-dwarfed",
        ),
    )

    events = (
        Event(
            id="e-signing",
            anchor=p(2, "signing"),
            label="accord signing",
            mentions=(p(1, "clinched"),),
            participants=(
                Participant(entity="koptev", role="signatory"),
                Participant(entity="rapota", role="signatory"),
                Participant(entity="rsa", role="party"),
                Participant(entity="rosvooruzheniye", role="party"),
            ),
            time="t-wednesday",
            factuality=CT_POS,
        ),
        Event(
            id="e-sanctions",
            anchor=p(10, "sanctions"),
            label="U.S. sanctions on Russian defense and space firms",
            participants=(
                Participant(entity="us-government", role="imposer"),
                Participant(entity="sanctioned-firms", role="target"),
            ),
            factuality=CT_POS,
        ),
        # Threatened, not done: the writer is committed neither way to the cut itself.
        Event(
            id="e-quota-cut",
            anchor=p(11, "reduce the quota"),
            label="cut in the quota of U.S. satellite launches by Russian rockets",
            participants=(
                Participant(entity="us-government", role="agent"),
                Participant(entity="russia", role="affected"),
            ),
            factuality=UNCOMMITTED,
            condition=p(
                11,
                "if Moscow fails to crack down on sensitive technology leaks to Iran and other countries",
            ),
        ),
        Event(
            id="e-astrid-launch",
            anchor=p(15, "launch"),
            label="launch of Astrid II",
            participants=(
                Participant(entity="astrid-2", role="payload"),
                Participant(entity="strategic-missile-forces", role="launcher"),
                Participant(entity="rosvooruzheniye", role="mediator"),
            ),
            time="t-1998",
            factuality=CT_POS,
        ),
    )

    return Article(
        id="urn:newsmodel:example:space-agency-teams-with-arms-exporter",
        url=REFERENCE_URL,
        language="en",
        text=text,
        segments=segments,
        times=times,
        entities=entities,
        attributions=attributions,
        refusals=refusals,
        claims=claims,
        quantities=quantities,
        comparisons=comparisons,
        events=events,
    )


# --- the unicode example ----------------------------------------------------------------

#: An invented news item. The headline ends in an emoji outside the Basic Multilingual
#: Plane (U+1F375, two UTF-16 units, four UTF-8 bytes); the first paragraph has precomposed
#: accented letters, the Yoruba o with dot below and grave accent, which has no precomposed
#: form and so stays two code points under NFC (U+1ECD U+0300), and CJK (three UTF-8 bytes
#: each). The escapes keep the combining sequence visible to a reader of this script.
UNICODE_TEXT = (
    "Yoruba potter sells out at Kyoto tea fair \U0001f375\n"
    "\n"
    "KYOTO \u2014 B\u1ecd\u0300d\u00e9 Ad\u00e9w\u00e1l\u00e9, a potter from \u00ccb\u00e0d\u00e0n, "
    "Nigeria, brought her glazed bowls to the Uji tea fair (\u5b87\u6cbb\u8336\u307e\u3064\u308a) "
    "this weekend.\n"
    "\n"
    "\u201cWe sold all 40 bowls before noon on Sunday,\u201d Ad\u00e9w\u00e1l\u00e9 said.\n"
    "\n"
    "The fair\u2019s director, Aiko Tanaka (\u7530\u4e2d\u611b\u5b50), said some 12,000 "
    "visitors came, a record, and that the fair hopes to invite more potters from abroad "
    "next year."
)


def build_unicode() -> Article:
    """A short invented item whose anchors lie after characters of every width."""
    lines = Lines(UNICODE_TEXT)
    find = lines.find
    segments = lines.segments(
        [SegmentRole.HEADLINE, SegmentRole.PARAGRAPH, SegmentRole.PARAGRAPH, SegmentRole.PARAGRAPH]
    )
    director = find(3, "The fair\u2019s director, Aiko Tanaka (\u7530\u4e2d\u611b\u5b50)")

    # The document has no creation time, so "this weekend" and "next year" cannot be
    # resolved and carry no value, rather than a guessed one.
    times = (
        TimeExpression(id="t-weekend", type=TimexType.DATE, anchor=find(1, "this weekend")),
        TimeExpression(
            id="t-sunday", type=TimexType.DATE, anchor=find(2, "Sunday"), value="XXXX-WXX-7"
        ),
        TimeExpression(id="t-next-year", type=TimexType.DATE, anchor=find(3, "next year")),
    )
    entities: tuple[Entity, ...] = (
        Person(
            id="adewale",
            name="B\u1ecd\u0300d\u00e9 Ad\u00e9w\u00e1l\u00e9",
            description="A potter from \u00ccb\u00e0d\u00e0n, Nigeria.",
            mentions=mentions(
                nominal(find(0, "Yoruba potter")),
                name(find(1, "B\u1ecd\u0300d\u00e9 Ad\u00e9w\u00e1l\u00e9")),
                nominal(find(1, "a potter")),
                pronoun(find(1, "her")),
                name(find(2, "Ad\u00e9w\u00e1l\u00e9")),
            ),
        ),
        Person(
            id="tanaka",
            name="Aiko Tanaka",
            roles=(
                Role(title="director", organization="uji-tea-fair", anchor=find(3, "director")),
            ),
            mentions=mentions(
                nominal(find(3, "The fair\u2019s director")),
                name(find(3, "Aiko Tanaka")),
                name(find(3, "\u7530\u4e2d\u611b\u5b50")),
            ),
        ),
        Organization(
            id="uji-tea-fair",
            name="Uji tea fair",
            mentions=mentions(
                name(find(1, "Uji tea fair")),
                name(find(1, "\u5b87\u6cbb\u8336\u307e\u3064\u308a")),
                nominal(find(3, "The fair")),
                nominal(find(3, "the fair")),
            ),
        ),
        Place(
            id="kyoto",
            name="Kyoto",
            mentions=mentions(name(find(0, "Kyoto")), name(find(1, "KYOTO"))),
        ),
        Place(
            id="ibadan",
            name="\u00ccb\u00e0d\u00e0n",
            mentions=(name(find(1, "\u00ccb\u00e0d\u00e0n")),),
        ),
        Place(id="nigeria", name="Nigeria", mentions=(name(find(1, "Nigeria")),)),
    )
    attributions = (
        Attribution(
            id="a-sold-out",
            sources=("adewale",),
            source_anchor=find(2, "Ad\u00e9w\u00e1l\u00e9"),
            cue=find(2, "said"),
            content=(find(2, "We sold all 40 bowls before noon on Sunday"),),
            quote=QuoteKind.DIRECT,
        ),
        Attribution(
            id="a-director",
            sources=("tanaka",),
            source_anchor=director,
            cue=find(3, "said"),
            content=(
                find(
                    3,
                    "some 12,000 visitors came, a record, and that the fair hopes to invite more "
                    "potters from abroad next year",
                ),
            ),
            quote=QuoteKind.INDIRECT,
        ),
    )
    quantities = (
        Quantity(
            id="q-bowls",
            anchor=find(2, "40 bowls"),
            value=40,
            unit="{bowl}",
            measured="tea bowls B\u1ecd\u0300d\u00e9 Ad\u00e9w\u00e1l\u00e9 sold at the fair",
            time="t-sunday",
        ),
        Quantity(
            id="q-visitors",
            anchor=find(3, "some 12,000 visitors"),
            value=12_000,
            approximate=True,
            unit="{visitor}",
            measured="visitors to the Uji tea fair",
            time="t-weekend",
        ),
    )
    claims = (
        Claim(
            id="c-brought-bowls",
            content=(
                find(
                    1,
                    "B\u1ecd\u0300d\u00e9 Ad\u00e9w\u00e1l\u00e9, a potter from \u00ccb\u00e0d\u00e0n, "
                    "Nigeria, brought her glazed bowls to the Uji tea fair "
                    "(\u5b87\u6cbb\u8336\u307e\u3064\u308a) this weekend",
                ),
            ),
            statement=(
                "B\u1ecd\u0300d\u00e9 Ad\u00e9w\u00e1l\u00e9, a potter from \u00ccb\u00e0d\u00e0n, "
                "Nigeria, brought her glazed bowls to the Uji tea fair in Kyoto."
            ),
            factuality=CT_POS,
            times=("t-weekend",),
        ),
        Claim(
            id="c-sold-out",
            content=attributions[0].content,
            statement=(
                "B\u1ecd\u0300d\u00e9 Ad\u00e9w\u00e1l\u00e9 sold all 40 of her bowls at the Uji "
                "tea fair before noon on Sunday."
            ),
            attribution="a-sold-out",
            factuality=CT_POS,
            quantities=("q-bowls",),
            times=("t-sunday",),
        ),
        Claim(
            id="c-record-crowd",
            content=(find(3, "some 12,000 visitors came, a record"),),
            statement="Some 12,000 people visited the Uji tea fair this weekend, a record number.",
            attribution="a-director",
            factuality=CT_POS,
            hedges=(find(3, "some"),),
            quantities=("q-visitors",),
            times=("t-weekend",),
        ),
        Claim(
            id="c-invite-potters",
            content=(find(3, "the fair hopes to invite more potters from abroad next year"),),
            statement="The Uji tea fair will invite more potters from abroad next year.",
            attribution="a-director",
            factuality=UNCOMMITTED,
            hedges=(find(3, "hopes"),),
            times=("t-next-year",),
        ),
    )
    return Article(
        id="urn:newsmodel:example:unicode-offsets",
        language="en",
        text=UNICODE_TEXT,
        segments=segments,
        times=times,
        entities=entities,
        attributions=attributions,
        claims=claims,
        quantities=quantities,
    )


# --- writing -----------------------------------------------------------------------------


def builders() -> dict[str, Callable[[], Article]]:
    """Each example's file name (without ``.json``) and the function that builds it."""
    return {
        "space-agency-teams-with-arms-exporter": lambda: build_reference(
            REFERENCE_TEXT.read_bytes().decode("utf-8")
        ),
        "unicode-offsets": build_unicode,
    }


def write_examples(folder: Path = EXAMPLES) -> list[Path]:
    """Build every example and write it to ``folder`` in canonical form."""
    written = []
    for file_stem, build in builders().items():
        path = folder / f"{file_stem}.json"
        newsmodel.dump(build(), path)
        written.append(path)
    return written


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else EXAMPLES
    for path in write_examples(folder):
        report = newsmodel.validate(path.read_bytes(), strict=True)
        for problem in report:
            print(f"{path.name}: {problem.code} at {problem.pointer}: {problem.message}")
        print(f"{'wrote' if report.valid else 'INVALID'} {path}")
        if not report.valid:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
