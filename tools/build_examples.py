"""Build the example documents shipped in ``src/newsmodel/examples/``.

Run ``python tools/build_examples.py`` from the repository (with newsmodel importable) to
rewrite both examples; a test runs the same builders and fails when the committed files
differ from what they give.

Each example is written with :mod:`newsmodel.authoring`: no offset is typed by hand and
no id is repeated by hand. Every span is found in one segment as whole words, and a
phrase that is missing or occurs more than once there (without ``occurrence=`` or
``after=``) raises, so an edit to the text or to this script cannot anchor the wrong
words silently. ``Draft.build()`` then validates the article strictly.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import newsmodel
from newsmodel.authoring import Draft
from newsmodel.model import (
    AnnotatorKind,
    Appearance,
    Article,
    ChangeDirection,
    Comparator,
    ComparisonRelation,
    CorrectionKind,
    DocumentFunction,
    FactCheckReview,
    Factuality,
    Provenance,
    QuoteKind,
    Rating,
    RefusalKind,
    SegmentRole,
    SpeechAct,
    TemporalRelation,
    TimexModifier,
    TimexType,
    Verdict,
    WorkKind,
)

TOOLS = Path(__file__).resolve().parent
#: Where the examples are written: the package's own folder of examples.
EXAMPLES = TOOLS.parent / "src" / "newsmodel" / "examples"
#: The reference article, exactly as scraped (NFC, LF, no trailing newline).
REFERENCE_TEXT = TOOLS / "corpus" / "space-agency-teams-with-arms-exporter.txt"

#: The page the reference article was scraped from. Its path files the story under
#: February 1999, which is the only evidence of when it was written.
REFERENCE_URL = "https://oldtmt.vedomosti.ru/sitemap/free/1999/2/article/space-agency-teams-with-arms-exporter/280006.html"
EVIDENCE = "The address of the original page, oldtmt.vedomosti.ru/sitemap/free/1999/2/article/space-agency-teams-with-arms-exporter/280006.html, files the story under February 1999; the text itself gives no date of writing, and its 'Last Updated' date of 2016 belongs to the page template."

CT, PS, UU = Factuality.CERTAIN_POSITIVE, Factuality.POSSIBLE_POSITIVE, Factuality.UNCOMMITTED
INDIRECT, DIRECT, MIXED = QuoteKind.INDIRECT, QuoteKind.DIRECT, QuoteKind.MIXED
CHROME, HEADLINE, PARAGRAPH = SegmentRole.PAGE_CHROME, SegmentRole.HEADLINE, SegmentRole.PARAGRAPH


# --- the reference article -------------------------------------------------------------


def build_reference(text: str) -> Article:
    """The wire story "Space Agency Teams With Arms Exporter", annotated completely."""
    d = Draft(
        text,
        id="urn:newsmodel:example:space-agency-teams-with-arms-exporter",
        language="en",
        url=REFERENCE_URL,
        roles=[CHROME, CHROME, HEADLINE] + [PARAGRAPH] * 15,
    )
    # p[1] is the first paragraph, as a reader counts; p[0] the headline.
    h, p = d.headline, (d.headline, *d.paragraphs)

    # --- times: the document's own, then those in the text, in text order ---
    annotated = {"provenance": Provenance.ANNOTATOR, "note": EVIDENCE}
    created = d.document_time(
        DocumentFunction.CREATION_TIME, "1999-02", id="t-created", **annotated
    )
    d.document_time(DocumentFunction.PUBLICATION_TIME, "1999-02", id="t-published", **annotated)
    d.document_time(
        DocumentFunction.MODIFICATION_TIME, "2016-07-27", provenance=Provenance.PAGE_TEMPLATE,
        words=d.segments[1].find("07/27/2016"), id="t-page-updated",
    )
    # The weekday is known, the week is not: the creation time is known to the month.
    wednesday = d.time(p[1].find("Wednesday"), "1999-WXX-3", anchor_time=created)
    last_year = d.time(p[6].find("last year"), "1998", anchor_time=created)
    last_year_2 = d.time(p[7].find("last year"), "1998", anchor_time=created)
    # The signal "in" is not part of the expression (TimeML).
    two_months = d.time(
        p[8].find("the next two months or so"), "P2M", modifier=TimexModifier.APPROX,
        anchor_time=created, id="t-next-two-months",
    )
    soon = d.time(p[12].find("soon"), "FUTURE_REF")
    wednesday_2 = d.time(p[13].find("Wednesday"), "1999-WXX-3", anchor_time=created)
    in_1998 = d.time(p[15].find("1998"), "1998")

    # --- entities: made first, so that they can refer to each other; mentions after ---
    koptev = d.person("Yury Koptev", id="koptev")
    rapota = d.person("Grigory Rapota", id="rapota")
    clinton = d.person("Bill Clinton", id="clinton")
    rsa = d.organization(
        "Russian Space Agency", id="rsa",
        description="The Russian agency that supervises most of the country's space industry.",
    )
    rosvooruzheniye = d.organization(
        "Rosvooruzheniye", id="rosvooruzheniye", description="Russia's major arms exporter."
    )
    rt = d.organization(
        "Rossiiskiye Tekhnologii", id="rossiiskiye-tekhnologii",
        description="A state-owned Russian company that mediates sales of military technologies.",
    )
    missile_forces = d.organization(
        "Strategic Missile Forces", id="strategic-missile-forces",
        description="Russia's Strategic Missile Forces, which launched Astrid II in 1998.",
    )
    us_government = d.organization(
        "United States government", id="us-government",
        description="The U.S. government, under President Bill Clinton's administration.",
    )
    russian_government = d.organization("Russian government", id="russian-government")
    russia = d.place("Russia", id="russia")
    united_states = d.place("United States", id="united-states")
    d.place("Iran", id="iran").names(p[11].find("Iran"))
    d.place("Sweden", id="sweden").names(p[15].find("Swedish"))
    astrid = d.artifact(
        "Astrid II", id="astrid-2", category="satellite",
        description="A Swedish satellite, launched in 1998 by Russia's Strategic Missile Forces.",
    ).names(p[15].find("Astrid II"))
    accord = d.artifact(
        "the accord", id="accord", category="agreement",
        description="The cooperation agreement the Russian Space Agency and Rosvooruzheniye signed on a Wednesday in February 1999.",
    )
    reporters = d.group(
        "reporters", id="reporters", description="The reporters Koptev spoke to after the signing."
    ).nominals(p[2].find("reporters"))
    koptev_and_rapota = d.group(
        "Koptev and Rapota", id="koptev-and-rapota", members=(koptev, rapota)
    )
    space_industry = d.group(
        "Russia's space industry", id="russian-space-industry",
        description="The Russian space companies, most of which the Russian Space Agency supervises.",
    )
    d.group("U.S. space companies", id="us-space-companies").nominals(
        p[7].find("U.S. space companies")
    )
    sanctioned = d.group(
        "Russian defense and space industry firms under U.S. sanctions", id="sanctioned-firms"
    )
    # Groups the story names only generically, each mentioned once.
    for name, n, words, description in (
        ("armed forces of foreign countries", 9, "the armed forces of foreign countries", "The foreign armed forces Russian space companies may serve."),
        ("countries developing ballistic missiles and nuclear weapon programs", 10, "countries developing ballistic missiles and nuclear weapon programs", "The countries the sanctioned firms allegedly cooperated with."),
        ("other countries", 11, "other countries", "Countries other than Iran that sensitive Russian technology leaks to."),
        ("military plants", 14, "military plants", "The Russian military plants that manufacture space-related products."),
    ):
        d.group(name, description=description).nominals(p[n].find(words))
    official = d.anonymous_source(
        "a Rosvooruzheniye official", id="rosvooruzheniye-official",
        affiliation=rosvooruzheniye, reason=p[8].find("asked not to be identified"),
    )

    koptev.role("general director", of=rsa, words=p[2].find("general director"))
    koptev.names(p[2].find("Yury Koptev"), *(p[n].find("Koptev") for n in (3, 5, 6, 9, 12, 13, 14)))
    koptev.nominals(p[7].find("the Russian space chief"))
    koptev.pronouns(
        p[6].find("noted he hopes").find("he"),
        p[9].find("which he said").find("he"),
        p[12].find("his agency").find("his"),
    )
    rapota.role("chief", of=rosvooruzheniye, words=p[2].find("chief"))
    rapota.names(p[2].find("Grigory Rapota"), *(p[n].find("Rapota") for n in (5, 13, 15)))
    clinton.role("President", of=united_states, words=p[11].find("President"))
    clinton.names(p[11].find("Bill Clinton"))
    rsa.names(p[1].find("Russian Space Agency"), p[4].find("Russian Space Agency"))
    rsa.nominals(
        h.find("Space Agency"),
        p[2].find("agency general director").find("agency"),
        p[8].find("the space agency"),
        p[12].find("his agency"),
        p[14].find("the space agency"),
        p[15].find("the space agency"),
    )
    rsa.pronouns(p[2].find("allow us").find("us"))
    rosvooruzheniye.nominals(
        h.find("Arms Exporter"),
        p[1].find("major arms exporter"),
        p[8].find("his company"),
        p[15].find("the arms exporter"),
    )
    rosvooruzheniye.names(*(p[n].find("Rosvooruzheniye") for n in (1, 2, 4, 8, 9, 14, 15)))
    rt.nominals(p[12].find("state-owned company")).names(p[12].find("Rossiiskiye Tekhnologii"))
    missile_forces.names(p[15].find("Strategic Missile Forces"))
    us_government.nominals(
        p[9].find("the U.S. government"), p[11].find("U.S. President Bill Clinton's administration")
    )
    us_government.names(p[10].find("Washington"), metonymy=True)
    russian_government.names(p[11].find("Moscow"), metonymy=True)
    russia.names(
        p[4].find("Russia's space industry").find("Russia"),
        p[4].find("Russia's arms exports").find("Russia"),
        p[6].find("Russia"),
        *(p[n].find("Russian") for n in (7, 9, 10, 11, 14)),
        p[15].find("Russia"),
    )
    united_states.names(
        p[7].find("U.S."),
        p[9].find("U.S."),
        p[11].find("U.S. President").find("U.S."),
        p[11].find("U.S. satellites").find("U.S."),
    )
    accord_words = (
        p[1].find("a cooperation agreement"), p[2].find("The accord"), p[2].find("the accord"),
        p[13].find("Wednesday's agreement"),
    )
    accord.nominals(*accord_words)
    koptev_and_rapota.pronouns(p[5].find("their cooperation").find("their"))
    koptev_and_rapota.names(p[13].find("Koptev and Rapota"))
    space_industry.nominals(
        p[2].find("the national space industry"),
        p[4].find("Russia's space industry"),
        p[6].find("Russia's space industry"),
        p[9].find("Russian space companies"),
    )
    space_industry.pronouns(p[6].find("expand its").find("its"))
    sanctioned.nominals(p[10].find("more than a dozen Russian defense and space industry firms"))
    sanctioned.pronouns(p[10].find("their alleged").find("their"))
    official.nominals(p[8].find("A Rosvooruzheniye official"))
    official.pronouns(p[8].find("his company").find("his"))

    # --- attributions (PARC source / cue / content), in text order ---
    # Where the content is split by its source and cue ("which the Russian space chief
    # said was $50 billion"), the content is both stretches, and the claim's statement
    # says the whole proposition in one sentence.
    a_accord = d.attribution(
        koptev, quote=MIXED, addressee=reporters, id="a-accord",
        source_words=p[2].find("agency general director Yury Koptev"),
        cue=p[2].find("told reporters"),
        content=p[2].find('The accord "will allow us to supplement" the national space industry\'s exports'),
    )
    a_time_will_show = d.attribution(
        koptev, quote=DIRECT, id="a-time-will-show",
        source_words=p[3].find("Koptev"), cue=p[3].find("added"),
        content=p[3].find("Time will show how large this supplement may be"),
    )
    a_hope = d.attribution(
        koptev, quote=INDIRECT, id="a-hope", source_words=p[6].find("Koptev"), cue=p[6].find("noted"),
        content=p[6].find("he hopes Russia's space industry will be able to expand its international sales from some $880 million last year to $1 billion"),
    )
    a_us_earnings = d.attribution(
        koptev, quote=INDIRECT, id="a-us-earnings",
        source_words=p[7].find("the Russian space chief"), cue=p[7].find("said"),
        content=(p[7].find("which"), p[7].find("was $50 billion")),
    )
    a_official = d.attribution(
        official, quote=INDIRECT, id="a-official",
        source_words=p[8].find("A Rosvooruzheniye official"), cue=p[8].find("said"),
        content=p[8].find("his company may help the space agency to clinch an export deal in the next two months or so"),
    )
    help_words = p[9].find("Rosvooruzheniye will help Russian space companies provide services to the armed forces of foreign countries, which he said would give the sales added legitimacy and fend off objections by the U.S. government")
    a_help = d.attribution(
        koptev, quote=INDIRECT, id="a-help", source_words=p[9].find("Koptev"),
        cue=p[9].find("said", occurrence=1), content=help_words,
    )
    which_he_said = p[9].find("which he said")
    legitimacy_words = p[9].find("would give the sales added legitimacy and fend off objections by the U.S. government")
    a_legitimacy = d.attribution(
        koptev, quote=INDIRECT, nested_in=a_help, id="a-legitimacy",
        source_words=which_he_said.find("he"), cue=which_he_said.find("said"),
        content=(which_he_said.find("which"), legitimacy_words),
    )
    # The relative clause after the company's name ("which mediates sales of military
    # technologies") is the writer's background, not part of Koptev's report.
    a_rt = d.attribution(
        koptev, quote=INDIRECT, id="a-rossiiskiye-tekhnologii",
        source_words=p[12].find("Koptev"), cue=p[12].find("said"),
        content=p[12].find("his agency may also soon reach a deal with state-owned company Rossiiskiye Tekhnologii"),
    )
    a_aim = d.attribution(
        (koptev, rapota), quote=INDIRECT, id="a-aim",
        source_words=p[13].find("Koptev and Rapota"), cue=p[13].find("said"),
        content=p[13].find("Another aim of Wednesday's agreement is to avoid rivalries by defining which agency will mediate sales of which products on the international space market"),
    )
    performing = p[14].find("the space agency is performing well enough in the satellite launch market")
    boost = p[14].find("Rosvooruzheniye can help boost sales of services on Russian satellites and of space-related products manufactured by military plants")
    a_performing = d.attribution(
        koptev, quote=INDIRECT, id="a-performing", source_words=p[14].find("Koptev"),
        cue=p[14].find("said"), content=p[14].find(f"{performing} while {boost}"),
    )
    a_astrid = d.attribution(
        rapota, quote=INDIRECT, id="a-astrid", source_words=p[15].find("Rapota"),
        cue=p[15].find("said"),
        content=p[15].find("Rosvooruzheniye's successful mediation of the 1998 launch of Swedish satellite Astrid II by Russia's Strategic Missile Forces was one reason the space agency sought a deal with the arms exporter"),
    )

    # --- quantities, in text order ---
    q_most = d.quantity(
        p[4].find("most"), 50, comparator=Comparator.MORE_THAN, unit="%",
        measured="share of Russia's space industry that the Russian Space Agency supervises",
    )
    q_share = d.quantity(
        p[4].find("some 90 percent"), 90, approximate=True, unit="%", id="q-arms-export-share",
        measured="share of Russia's arms exports that Rosvooruzheniye accounts for",
    )
    q_offices = d.quantity(
        p[4].find("35 offices"), 35, unit="{office}", id="q-offices",
        measured="offices abroad that Rosvooruzheniye maintains",
    )
    q_sales_1998 = d.quantity(
        p[6].find("some $880 million"), 880_000_000, approximate=True, currency="USD",
        scale_word="million", measured="international sales of Russia's space industry",
        time=last_year, id="q-sales-1998",
    )
    q_sales_hoped = d.quantity(
        p[6].find("$1 billion"), 1_000_000_000, currency="USD", scale_word="billion",
        measured="international sales of Russia's space industry that Koptev hopes for",
        id="q-sales-hoped",
    )
    q_us_earnings = d.quantity(
        p[7].find("$50 billion"), 50_000_000_000, currency="USD", scale_word="billion",
        measured="earnings of U.S. space companies", time=last_year_2, id="q-us-earnings",
    )
    q_window = d.quantity(
        p[8].find("two months or so"), 2, approximate=True, unit="mo", time=two_months,
        measured="time within which Rosvooruzheniye may help the space agency clinch an export deal",
        id="q-deal-window",
    )
    q_firms = d.quantity(
        p[10].find("more than a dozen"), 12, comparator=Comparator.MORE_THAN, unit="{firm}",
        scale_word="dozen", id="q-sanctioned-firms",
        measured="Russian defense and space industry firms under U.S. sanctions",
    )

    # --- claims: the writer's own (no attribution) and those reported, in text order ---
    d.claim(
        h.find("Space Agency Teams With Arms Exporter"), id="c-headline",
        statement="The Russian Space Agency has teamed up with the arms exporter Rosvooruzheniye.",
    )
    d.claim(
        p[1].find("The cash-strapped Russian Space Agency"), id="c-cash-strapped",
        statement="The Russian Space Agency is short of money.",
    )
    d.claim(
        p[1].find("The cash-strapped Russian Space Agency clinched a cooperation agreement with major arms exporter Rosvooruzheniye on Wednesday in an attempt to boost sales of rocket launches and satellite services abroad"),
        "On a Wednesday, the Russian Space Agency concluded a cooperation agreement with the arms exporter Rosvooruzheniye in an attempt to boost its sales of rocket launches and satellite services abroad.",
        times=wednesday, id="c-agreement",
    )
    d.claim(
        p[1].find("major arms exporter Rosvooruzheniye"), "Rosvooruzheniye is a major arms exporter.",
        id="c-major-arms-exporter",
    )
    a_accord.claim(
        "The accord with Rosvooruzheniye will allow the Russian Space Agency to supplement the exports of Russia's space industry.",
        id="c-supplement",
    )
    d.claim(
        p[2].find("after signing the accord with Rosvooruzheniye chief Grigory Rapota"),
        "Yury Koptev, general director of the Russian Space Agency, signed the accord with Grigory Rapota, chief of Rosvooruzheniye.",
        id="c-signing",
    )
    # Koptev commits to no size: the statement restates his words, it does not predict one.
    a_time_will_show.claim(
        "Time will show how large the supplement that the accord brings to the exports of Russia's space industry may be.",
        factuality=UU, hedges=(p[3].find("Time will show"), p[3].find("may")), id="c-supplement-size",
    )
    d.claim(
        p[4].find("The Russian Space Agency supervises most of Russia's space industry"),
        "The Russian Space Agency supervises most of Russia's space industry.",
        quantities=q_most, id="c-supervises",
    )
    d.claim(
        p[4].find("Rosvooruzheniye accounts for some 90 percent of Russia's arms exports"),
        "Rosvooruzheniye accounts for about 90 percent of Russia's arms exports.",
        hedges=p[4].find("some"), quantities=q_share, id="c-arms-export-share",
    )
    d.claim(
        p[4].find("maintains 35 offices abroad"), "Rosvooruzheniye maintains 35 offices abroad.",
        quantities=q_offices, id="c-offices",
    )
    a_hope.claim(
        "Russia's space industry will expand its international sales from about $880 million in 1998 to $1 billion.",
        content=p[6].find("Russia's space industry will be able to expand its international sales from some $880 million last year to $1 billion"),
        factuality=UU, hedges=(p[6].find("hopes"), p[6].find("some")),
        quantities=(q_sales_1998, q_sales_hoped), times=last_year, id="c-sales-hope",
    )
    a_hope.claim(
        "The international sales of Russia's space industry were about $880 million in 1998.",
        content=p[6].find("from some $880 million last year"), hedges=p[6].find("some"),
        quantities=q_sales_1998, times=last_year, id="c-sales-1998",
    )
    c_dwarfed = d.claim(
        p[7].find("this figure would still be dwarfed by what U.S. space companies earned last year"),
        "International sales of $1 billion for Russia's space industry would still be far less than what U.S. space companies earned in 1998.",
        quantities=(q_sales_hoped, q_us_earnings), times=last_year_2, id="c-dwarfed",
    )
    # Two stretches: the source and cue ("the Russian space chief said") interrupt the claim.
    a_us_earnings.claim(
        "U.S. space companies earned $50 billion in 1998.",
        content=(p[7].find("what U.S. space companies earned last year, which"), p[7].find("was $50 billion")),
        quantities=q_us_earnings, times=last_year_2, id="c-us-earnings",
    )
    c_export_deal = a_official.claim(
        "Rosvooruzheniye may help the Russian Space Agency to clinch an export deal within about the next two months.",
        factuality=PS, hedges=(p[8].find("may"), p[8].find("or so")), quantities=q_window,
        times=two_months, id="c-export-deal",
    )
    a_help.claim(
        "Rosvooruzheniye will help Russian space companies provide services to the armed forces of foreign countries.",
        content=p[9].find("Rosvooruzheniye will help Russian space companies provide services to the armed forces of foreign countries"),
        id="c-help-foreign-forces",
    )
    a_legitimacy.claim(
        "Rosvooruzheniye's help in providing services to foreign armed forces would give the Russian space companies' sales added legitimacy and fend off objections by the U.S. government.",
        id="c-legitimacy",
    )
    sanctions_words = p[10].find("Washington has already slapped sanctions on more than a dozen Russian defense and space industry firms for their alleged cooperation with countries developing ballistic missiles and nuclear weapon programs")
    d.claim(
        sanctions_words,
        "The U.S. government has imposed sanctions on more than a dozen Russian defense and space industry firms for their alleged cooperation with countries developing ballistic missiles and nuclear weapon programs.",
        quantities=q_firms, id="c-sanctions",
    )
    d.claim(
        sanctions_words.find("their alleged cooperation with countries developing ballistic missiles and nuclear weapon programs"),
        "More than a dozen Russian defense and space industry firms cooperated with countries developing ballistic missiles and nuclear weapon programs.",
        factuality=UU, hedges=p[10].find("alleged"), quantities=q_firms, id="c-alleged-cooperation",
    )
    d.claim(
        p[11].find("U.S. President Bill Clinton's administration has threatened to reduce the quota of launches of U.S. satellites by Russian rockets if Moscow fails to crack down on sensitive technology leaks to Iran and other countries"),
        "The administration of U.S. President Bill Clinton has threatened to reduce the quota of launches of U.S. satellites by Russian rockets if the Russian government fails to crack down on leaks of sensitive technology to Iran and other countries.",
        id="c-quota-threat",
    )
    a_rt.claim(
        "The Russian Space Agency may soon reach a deal with the state-owned company Rossiiskiye Tekhnologii.",
        factuality=PS, hedges=p[12].find("may"), times=soon, id="c-rossiiskiye-tekhnologii-deal",
    )
    d.claim(
        p[12].find("state-owned company Rossiiskiye Tekhnologii, which mediates sales of military technologies"),
        "Rossiiskiye Tekhnologii is a state-owned company that mediates sales of military technologies.",
        id="c-rossiiskiye-tekhnologii",
    )
    a_aim.claim(
        "Another aim of the agreement between the Russian Space Agency and Rosvooruzheniye is to avoid rivalries between them by defining which of them will mediate sales of which products on the international space market.",
        times=wednesday_2, id="c-aim",
    )
    a_performing.claim(
        "The Russian Space Agency is performing well enough in the satellite launch market.",
        content=performing, id="c-performing",
    )
    a_performing.claim(
        f"{boost}.", content=boost, factuality=PS, hedges=p[14].find("can"), id="c-boost-sales"
    )
    a_astrid.claim(
        "Rosvooruzheniye's successful mediation of the 1998 launch of the Swedish satellite Astrid II by Russia's Strategic Missile Forces was one reason the Russian Space Agency sought a deal with Rosvooruzheniye.",
        times=in_1998, id="c-astrid-reason",
    )

    d.refusal(
        (koptev, rapota), RefusalKind.DECLINED_TO_ESTIMATE,
        p[5].find("Neither Koptev nor Rapota would give any estimates"),
        topic=p[5].find("what financial profits their cooperation may generate"), id="r-estimates",
    )
    d.refusal(
        official, RefusalKind.DECLINED_TO_ELABORATE, p[8].find("would not elaborate"),
        about=c_export_deal, id="r-elaborate",
    )
    d.comparison(
        p[7].find("dwarfed by"), subject=q_sales_hoped, standard=q_us_earnings,
        relation=ComparisonRelation.LESS, claim=c_dwarfed, id="cmp-dwarfed",
    )

    signing = d.event(
        p[2].find("signing"), "accord signing", mentions=(p[1].find("clinched"), *accord_words),
        participants={koptev: "signatory", rapota: "signatory", rsa: "party", rosvooruzheniye: "party", accord: "accord"},
        time=wednesday, factuality=CT, id="e-signing",
    )
    # Deals a source holds possible: the writer is committed neither way.
    d.event(
        p[8].find("clinch an export deal"), "export deal", time=two_months, factuality=UU,
        participants={rsa: "seller", rosvooruzheniye: "helper"},
    )
    d.event(
        p[10].find("sanctions"), "U.S. sanctions on Russian defense and space firms",
        participants={us_government: "imposer", sanctioned: "target"}, factuality=CT, id="e-sanctions",
    )
    # Threatened, not done: the writer is committed neither way to the cut itself.
    d.event(
        p[11].find("reduce the quota"), "cut in the quota of U.S. satellite launches by Russian rockets",
        participants={us_government: "agent", russia: "affected"}, factuality=UU, id="e-quota-cut",
        condition=p[11].find("if Moscow fails to crack down on sensitive technology leaks to Iran and other countries"),
    )
    d.event(
        p[12].find("reach a deal"), "deal with Rossiiskiye Tekhnologii", time=soon, factuality=UU,
        participants={rsa: "party", rt: "party"},
    )
    launch = d.event(
        p[15].find("launch"), "launch of Astrid II", time=in_1998, factuality=CT, id="e-astrid-launch",
        participants={astrid: "payload", missile_forces: "launcher", rosvooruzheniye: "mediator"},
    )
    d.event(
        p[15].find("sought a deal"), "search for a deal with Rosvooruzheniye", factuality=CT,
        participants={rsa: "seeker", rosvooruzheniye: "partner sought"},
    )

    # --- what format 2.0 adds: the threat as a speech act, and the events in time (TLINK)
    threat = d.attribution(
        us_government, quote=INDIRECT, act=SpeechAct.THREAT, id="a-quota-threat",
        source_words=p[11].find("U.S. President Bill Clinton's administration"),
        cue=p[11].find("has threatened"),
        content=p[11].find("to reduce the quota of launches of U.S. satellites by Russian rockets if Moscow fails to crack down on sensitive technology leaks to Iran and other countries"),
    )
    # The administration is committed to the cut (on its condition); the writer is not.
    threat.claim(
        "The U.S. government will reduce the quota of launches of U.S. satellites by Russian rockets if the Russian government fails to crack down on leaks of sensitive technology to Iran and other countries.",
        writer_commitment=UU, id="c-quota-cut",
    )
    d.time_relation(
        signing, TemporalRelation.IS_INCLUDED, wednesday,
        signal=p[1].find("on Wednesday").find("on"), id="r-signing-on-wednesday",
    )
    d.time_relation(launch, TemporalRelation.IS_INCLUDED, in_1998, id="r-launch-in-1998")
    return d.build()


# --- the unicode example ----------------------------------------------------------------

#: An invented news item. The headline ends in an emoji outside the Basic Multilingual
#: Plane (U+1F375, two UTF-16 units, four UTF-8 bytes); the first paragraph has precomposed
#: accented letters, the Yoruba o with dot below and grave accent, which has no precomposed
#: form and so stays two code points under NFC (U+1ECD U+0300), and CJK (three UTF-8 bytes
#: each). The escapes keep the combining sequence visible to a reader of this script.
ADEWALE = "B\u1ecd\u0300d\u00e9 Ad\u00e9w\u00e1l\u00e9"
IBADAN = "\u00ccb\u00e0d\u00e0n"
FAIR_JA, TANAKA_JA = "\u5b87\u6cbb\u8336\u307e\u3064\u308a", "\u7530\u4e2d\u611b\u5b50"
UNICODE_TEXT = (
    "Yoruba potter sells out at Kyoto tea fair \U0001f375\n\n"
    f"KYOTO \u2014 {ADEWALE}, a potter from {IBADAN}, Nigeria, brought her glazed bowls to the "
    f"Uji tea fair ({FAIR_JA}) this weekend.\n\n"
    "\u201cWe sold all 40 bowls before noon on Sunday,\u201d Ad\u00e9w\u00e1l\u00e9 said.\n\n"
    f"The fair\u2019s director, Aiko Tanaka ({TANAKA_JA}), said some 12,000 visitors came, a "
    "record, and that the fair hopes to invite more potters from abroad next year."
)


def build_unicode() -> Article:
    """A short invented item whose anchors lie after characters of every width."""
    d = Draft(UNICODE_TEXT, id="urn:newsmodel:example:unicode-offsets", language="en")
    h, (p1, p2, p3) = d.headline, d.paragraphs

    # The document has no creation time, so "this weekend" and "next year" cannot be
    # resolved and carry no value, rather than a guessed one.
    weekend = d.time(p1.find("this weekend"), id="t-weekend")
    sunday = d.time(p2.find("Sunday"), "XXXX-WXX-7")
    next_year = d.time(p3.find("next year"), id="t-next-year")

    adewale = d.person(ADEWALE, id="adewale", description=f"A potter from {IBADAN}, Nigeria.")
    tanaka = d.person("Aiko Tanaka", id="tanaka")
    fair = d.organization("Uji tea fair", id="uji-tea-fair")
    adewale.nominals(h.find("Yoruba potter"), p1.find("a potter")).pronouns(p1.find("her"))
    adewale.names(p1.find(ADEWALE), p2.find("Ad\u00e9w\u00e1l\u00e9"))
    tanaka.role("director", of=fair, words=p3.find("director"))
    tanaka.nominals(p3.find("The fair\u2019s director"))
    tanaka.names(p3.find("Aiko Tanaka"), p3.find(TANAKA_JA))
    fair.names(p1.find("Uji tea fair"), p1.find(FAIR_JA))
    fair.nominals(p3.find("The fair"), p3.find("the fair"))
    d.place("Kyoto", id="kyoto").names(h.find("Kyoto"), p1.find("KYOTO"))
    d.place(IBADAN, id="ibadan").names(p1.find(IBADAN))
    d.place("Nigeria", id="nigeria").names(p1.find("Nigeria"))

    a_sold_out = d.attribution(
        adewale, quote=DIRECT, id="a-sold-out", source_words=p2.find("Ad\u00e9w\u00e1l\u00e9"),
        cue=p2.find("said"), content=p2.find("We sold all 40 bowls before noon on Sunday"),
    )
    a_director = d.attribution(
        tanaka, quote=INDIRECT, id="a-director", cue=p3.find("said"),
        source_words=p3.find(f"The fair\u2019s director, Aiko Tanaka ({TANAKA_JA})"),
        content=p3.find("some 12,000 visitors came, a record, and that the fair hopes to invite more potters from abroad next year"),
    )
    q_bowls = d.quantity(
        p2.find("40 bowls"), 40, unit="{bowl}", time=sunday, id="q-bowls",
        measured=f"tea bowls {ADEWALE} sold at the fair",
    )
    q_visitors = d.quantity(
        p3.find("some 12,000 visitors"), 12_000, approximate=True, unit="{visitor}",
        measured="visitors to the Uji tea fair", time=weekend, id="q-visitors",
    )
    d.claim(
        p1.find(
            f"{ADEWALE}, a potter from {IBADAN}, Nigeria, brought her glazed bowls to the Uji tea "
            f"fair ({FAIR_JA}) this weekend"
        ),
        f"{ADEWALE}, a potter from {IBADAN}, Nigeria, brought her glazed bowls to the Uji tea "
        "fair in Kyoto.",
        times=weekend, id="c-brought-bowls",
    )
    a_sold_out.claim(
        f"{ADEWALE} sold all 40 of her bowls at the Uji tea fair before noon on Sunday.",
        quantities=q_bowls, times=sunday, id="c-sold-out",
    )
    a_director.claim(
        "Some 12,000 people visited the Uji tea fair this weekend, a record number.",
        content=p3.find("some 12,000 visitors came, a record"), hedges=p3.find("some"),
        quantities=q_visitors, times=weekend, id="c-record-crowd",
    )
    a_director.claim(
        "The Uji tea fair will invite more potters from abroad next year.",
        content=p3.find("the fair hopes to invite more potters from abroad next year"),
        factuality=UU, hedges=p3.find("hopes"), times=next_year, id="c-invite-potters",
    )
    return d.build()


# --- what format 2.0 adds ------------------------------------------------------------------

#: An invented follow-up to the unicode example, written to use what format 2.0 added:
#: a report as a source, a cue in pieces, an estimate, a request that makes no claim, a
#: report at a press conference with its time and place, a refusal and a non-response,
#: a commitment the writer does not share, a name in Japanese, a recurring time, a time
#: relation, a change and an exact fraction, an update and a correction, a claim known
#: only from a fact-check, and two annotators.
FOLLOW_UP_LINES = (
    (SegmentRole.HEADLINE, "Kyoto tea fair draws its biggest crowd since the 1990s"),
    (SegmentRole.CORRECTION, "Updated on March 16 with the city's figures."),
    (
        SegmentRole.CORRECTION,
        "Correction: an earlier version of this story put attendance at 21,500.",
    ),
    (
        SegmentRole.PARAGRAPH,
        f"KYOTO \u2014 An internal review seen by this newspaper puts attendance at the Uji tea "
        f"fair ({FAIR_JA}) at about 12,500, up by about a third on last year.",
    ),
    (
        SegmentRole.PARAGRAPH,
        "The city is reported to have asked potters to return every spring, according to a "
        "city official.",
    ),
    (
        SegmentRole.PARAGRAPH,
        f"The fair's director, Aiko Tanaka ({TANAKA_JA}), told a press conference in Kyoto on "
        "Sunday that the fair would close by the end of May at the latest, a year late. She "
        "asked visitors to bring their own cups.",
    ),
    (
        SegmentRole.PARAGRAPH,
        "Tanaka declined to identify the sponsors, and the city did not respond to a request "
        "for comment.",
    ),
)


def build_follow_up() -> Article:
    """A short invented item that uses what format 2.0 added to the model."""
    d = Draft.from_lines(
        FOLLOW_UP_LINES,
        id="urn:newsmodel:example:what-2-0-adds",
        language="en",
    )
    h = d.headline
    update_line, correction_line, p1, p2, p3, p4 = d.segments[1:]

    # Who annotated: a person did most of it; a model found the place, less surely.
    annotator = d.annotator(AnnotatorKind.PERSON, "Example annotator", id="annotator-person")
    tagger = d.annotator(AnnotatorKind.MODEL, "example-ner", version="1.2", id="annotator-ner")

    decade = d.time(h.find("the 1990s"), "199", id="t-1990s")
    march_16 = d.time(update_line.find("March 16"), "XXXX-03-16", id="t-march-16")
    spring = d.time(
        p2.find("every spring"), "XXXX-SP", type=TimexType.SET, quantifier="EVERY", id="t-spring"
    )
    sunday = d.time(p3.find("Sunday"), "XXXX-WXX-7", id="t-sunday")
    end_of_may = d.time(
        p3.find("the end of May"), "XXXX-05", modifier=TimexModifier.END, id="t-end-of-may"
    )
    last_year = d.time(p1.find("last year"), id="t-last-year")

    tanaka = d.person("Aiko Tanaka", id="tanaka")
    tanaka.also_named(TANAKA_JA, language="ja", script="Jpan")
    tanaka.names(p3.find("Aiko Tanaka"), p3.find(TANAKA_JA), p4.find("Tanaka"))
    tanaka.nominals(p3.find("The fair's director")).pronouns(p3.find("She"))
    fair = d.organization("Uji tea fair", id="uji-tea-fair")
    fair.also_named(FAIR_JA, language="ja", script="Jpan")
    fair.names(p1.find("Uji tea fair"), p1.find(FAIR_JA))
    tanaka.role("director", of=fair, words=p3.find("director"))
    newspaper = d.organization(None, description="this newspaper", id="this-newspaper")
    newspaper.nominals(p1.find("this newspaper"))
    city = d.organization("Kyoto city government", id="kyoto-city")
    city.nominals(p2.find("The city"), p4.find("the city"))
    official = d.anonymous_source("a city official", affiliation=city, id="city-official")
    official.nominals(p2.find("a city official"))
    kyoto = d.place("Kyoto", id="kyoto")
    kyoto.names(h.find("Kyoto"), p1.find("KYOTO"), p3.find("Kyoto"))
    kyoto.annotated(tagger, confidence=0.87)
    review = d.work(WorkKind.REPORT, description="an internal review", id="internal-review")
    review.nominals(p1.find("An internal review"))
    d.credit(filed_from=kyoto)
    d.in_language(p1.find(FAIR_JA), "ja")

    press_conference = d.event(p3.find("a press conference"), "press conference", time=sunday, id="e-press-conference")
    closing = d.event(p3.find("close"), "closing of the fair", factuality=Factuality.PROBABLE_POSITIVE, id="e-closing")
    d.time_relation(
        closing, TemporalRelation.BEFORE, end_of_may, signal=p3.find("by"), id="r-closing-by-may"
    )
    d.time_relation(
        press_conference, TemporalRelation.IS_INCLUDED, sunday, signal=p3.find("on"),
        id="r-conference-on-sunday",
    )

    attendance = d.quantity(
        p1.find("about 12,500"), 12_500, approximate=True, unit="{visitor}",
        measured="visitors to the Uji tea fair", id="q-attendance",
    )
    rise = d.quantity(
        p1.find("about a third"), fraction=(1, 3), change=ChangeDirection.INCREASE,
        approximate=True, measured="attendance, on last year's", time=last_year, id="q-rise",
    )
    wrong = d.quantity(
        correction_line.find("21,500"), 21_500, unit="{visitor}",
        measured="visitors to the Uji tea fair, as first reported", id="q-wrong-attendance",
    )
    delay = d.quantity(
        p3.find("a year"), 1, unit="a", change=ChangeDirection.LATER,
        measured="delay of the fair's closing", id="q-delay",
    )

    estimate = d.attribution(
        review, quote=INDIRECT, act=SpeechAct.ESTIMATE, id="a-estimate",
        source_words=p1.find("An internal review seen by this newspaper"),
        cue=(p1.find("puts"), p1.find("at", after=p1.find(FAIR_JA))),
        content=(p1.find("attendance at the Uji tea fair"), p1.find("about 12,500, up by about a third on last year")),
    )
    reported = d.attribution(
        official, quote=INDIRECT, act=SpeechAct.ASSERTION, id="a-reported",
        source_words=p2.find("a city official"),
        cue=(p2.find("is reported to have"), p2.find("according to")),
        content=(p2.find("The city"), p2.find("asked potters to return every spring")),
    )
    closing_report = d.attribution(
        tanaka, quote=INDIRECT, act=SpeechAct.PREDICTION, id="a-closing",
        source_words=p3.find(f"The fair's director, Aiko Tanaka ({TANAKA_JA})"),
        cue=p3.find("told"), addressee=None, time=sunday, place=kyoto, occasion=press_conference,
        content=p3.find("the fair would close by the end of May at the latest, a year late"),
    )
    d.attribution(
        tanaka, quote=INDIRECT, act=SpeechAct.REQUEST, id="a-cups",
        source_words=p3.find("She"), cue=p3.find("asked"),
        content=p3.find("visitors to bring their own cups"),
    )
    estimate.claim(
        "About 12,500 people attended the Uji tea fair, about a third more than last year.",
        quantities=(attendance, rise), times=last_year, id="c-attendance",
    )
    reported.claim(
        "The city asked potters to return to the Uji tea fair every spring.",
        times=spring, writer_commitment=UU, id="c-asked-potters",
    )
    closing_report.claim(
        "The Uji tea fair will close by the end of May, a year later than planned.",
        factuality=Factuality.PROBABLE_POSITIVE, quantities=delay, times=end_of_may,
        id="c-closing",
    )
    d.claim(
        h.find("Kyoto tea fair draws its biggest crowd since the 1990s"),
        "The Uji tea fair drew its biggest crowd since the 1990s.",
        times=decade, id="c-biggest-crowd",
    )
    users = d.group("social media users", id="social-media-users")
    checker = d.organization("Example Fact Check", id="example-fact-check")
    d.claim(
        (), "The Uji tea fair was cancelled this year.", claimant=users,
        appearances=(
            Appearance(url="https://social.example/posts/1", medium="Facebook post",
                       date="2024-03-01", first=True),
        ),
        reviews=(
            FactCheckReview(
                reviewers=(checker.id,), url="https://factcheck.example/uji-fair",
                verdict_text="False", verdict=Verdict.FALSE, rating=Rating(value=1, best=5, worst=1),
            ),
        ),
        id="c-cancelled",
    )

    d.refusal(tanaka, RefusalKind.DECLINED_TO_IDENTIFY, p4.find("declined to identify"),
              topic=p4.find("the sponsors"), id="r-sponsors")
    d.refusal(city, RefusalKind.NO_RESPONSE,
              p4.find("did not respond to a request for comment"), id="r-city")

    d.correction(CorrectionKind.UPDATE, words=update_line.find("Updated on March 16 with the city's figures."),
                 time=march_16, id="fix-update")
    d.correction(CorrectionKind.CORRECTION, words=correction_line.find(
        "Correction: an earlier version of this story put attendance at 21,500."),
        corrects=(attendance,), withdraws=(wrong,), id="fix-attendance")
    d.annotated_by(annotator)  # everything else
    return d.build()


# --- writing -----------------------------------------------------------------------------


def builders() -> dict[str, Callable[[], Article]]:
    """Each example's file name (without ``.json``) and the function that builds it."""
    return {
        "space-agency-teams-with-arms-exporter": lambda: build_reference(
            REFERENCE_TEXT.read_bytes().decode("utf-8")
        ),
        "unicode-offsets": build_unicode,
        "what-2-0-adds": build_follow_up,
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
