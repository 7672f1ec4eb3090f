"""schema.org JSON-LD out: a document as a ``NewsArticle`` with its claims, reviews,
quotations, people and amounts, in one ``@graph``.

Every entity is a node of the graph, referred to by ``@id``; a claim is a ``Claim`` whose
place in the text is a Web Annotation target (``oa:hasTarget`` with a
``TextPositionSelector`` and a ``TextQuoteSelector``); each review is a ``ClaimReview``
with the properties Google requires (``claimReviewed``, ``reviewRating`` with its
``alternateName``, ``url``) and recommends (``author``, ``datePublished``,
``itemReviewed``). What schema.org has no term for (FactBank commitments, hedges,
mentions' offsets, events and time relations) is reported in the loss report.
"""

from __future__ import annotations

from typing import Any

from newsmodel.errors import pointer
from newsmodel.interchange.loss import UNDETERMINED, Converted, LossReport
from newsmodel.model import (
    Anchor,
    AnonymousSource,
    Article,
    Artifact,
    Attribution,
    Claim,
    Entity,
    FactCheckReview,
    Group,
    Organization,
    Person,
    Place,
    Quantity,
    QuoteKind,
    Work,
)
from newsmodel.model._fields import camel_case
from newsmodel.model.times import DocumentFunction
from newsmodel.problems import APPROXIMATED, DROPPED

#: The vocabularies the export uses besides schema.org's: the Web Annotation model for
#: positions in the text, and newsmodel's own for the normalized verdict.
OA = "http://www.w3.org/ns/oa#"
NEWSMODEL = "https://newsmodel.readthedocs.io/ns#"
CONTEXT: list[Any] = ["https://schema.org", {"oa": OA, "newsmodel": NEWSMODEL}]
TARGET = "schema.org JSON-LD"

#: The collections of a document that schema.org has no term for.
UNMAPPED = ("refusals", "comparisons", "events", "time_relations", "corrections", "language_spans")

_DATES = {
    DocumentFunction.CREATION_TIME: "dateCreated",
    DocumentFunction.PUBLICATION_TIME: "datePublished",
    DocumentFunction.MODIFICATION_TIME: "dateModified",
}


def export_schemaorg(article: Article) -> Converted[dict[str, Any]]:
    """``article`` as schema.org JSON-LD (one ``@graph``), with what could not be said."""
    return _Exporter(article).export()


class _Exporter:
    def __init__(self, article: Article) -> None:
        self.article = article
        self.losses = LossReport()
        self.entities = {entity.id: entity for entity in article.entities}

    def ref(self, identifier: str) -> dict[str, str]:
        """A reference to the node of one of the document's objects."""
        return {"@id": f"{self.article.id}#{identifier}"}

    def export(self) -> Converted[dict[str, Any]]:
        article = self.article
        graph: list[dict[str, Any]] = [self.news_article()]
        graph += [self.entity(entity, i) for i, entity in enumerate(article.entities)]
        for index, claim in enumerate(article.claims):
            where = pointer("claims", index)
            if claim.reviews:
                graph += [
                    self.review(claim, review, where, r) for r, review in enumerate(claim.reviews)
                ]
            else:
                graph.append(self.claim(claim, where))
        graph += [
            self.quotation(a, pointer("attributions", i))
            for i, a in enumerate(article.attributions)
            if a.quote is not QuoteKind.INDIRECT
        ]
        graph += [
            self.quantity(q, pointer("quantities", i)) for i, q in enumerate(article.quantities)
        ]
        for index, attribution in enumerate(article.attributions):
            if attribution.quote is QuoteKind.INDIRECT:
                self.drop(pointer("attributions", index), "an indirect attribution")
        for name in UNMAPPED:
            for index, _ in enumerate(getattr(article, name)):
                self.drop(pointer(camel_case(name), index), f"a {name[:-1].replace('_', ' ')}")
        for index, time in enumerate(article.times):
            if time.function not in _DATES:
                self.drop(pointer("times", index), "a time expression of the text")
        return self.losses.converted({"@context": CONTEXT, "@graph": graph})

    def drop(self, where: str, what: str) -> None:
        self.losses.add(DROPPED, where, what=what, target=TARGET)

    # --- the article -------------------------------------------------------------------

    def news_article(self) -> dict[str, Any]:
        article = self.article
        node: dict[str, Any] = {"@type": "NewsArticle", "@id": article.id}
        _put(node, "url", article.url)
        _put(node, "headline", article.headline)
        node["inLanguage"] = article.language
        _put(node, "articleBody", article.text)
        for time in article.times:
            if time.function in _DATES and time.value:
                node[_DATES[time.function]] = time.value
        _put(node, "author", [self.ref(a) for a in article.authors])
        _put(node, "publisher", self.ref(article.publisher) if article.publisher else None)
        _put(node, "contentLocation", self.ref(article.filed_from) if article.filed_from else None)
        _put(node, "mentions", [self.ref(e.id) for e in article.entities])
        if article.segments:
            self.losses.add(
                APPROXIMATED,
                "/segments",
                what="the segments",
                how="are not kept: schema.org has the headline and the whole text only",
            )
        return node

    # --- entities ----------------------------------------------------------------------

    def entity(self, entity: Entity, index: int) -> dict[str, Any]:
        where = pointer("entities", index)
        node: dict[str, Any] = {"@type": _ENTITY_TYPES[type(entity)], **self.ref(entity.id)}
        if isinstance(entity, Work):
            _put(node, "name", entity.title)
            _put(node, "author", [self.ref(a) for a in entity.authors])
            _put(node, "publisher", self.ref(entity.publisher) if entity.publisher else None)
            _put(node, "datePublished", entity.date)
            _put(node, "url", entity.url)
        elif not isinstance(entity, AnonymousSource):
            _put(node, "name", entity.name)
        _put(node, "description", entity.description)
        _put(node, "sameAs", list(getattr(entity, "same_as", ())))
        if isinstance(entity, Person) and entity.roles:
            role = entity.roles[0]
            node["jobTitle"] = role.title
            _put(node, "worksFor", self.ref(role.organization) if role.organization else None)
            for r in range(1, len(entity.roles)):
                self.drop(f"{where}/roles/{r}", "a person's second role")
        if isinstance(entity, Group):
            _put(node, "member", [self.ref(m) for m in entity.members])
        if isinstance(entity, Organization) and entity.parent:
            node["parentOrganization"] = self.ref(entity.parent)
        if isinstance(entity, Artifact):
            _put(node, "category", entity.category)
        if isinstance(entity, AnonymousSource):
            _put(node, "affiliation", self.ref(entity.affiliation) if entity.affiliation else None)
        if getattr(entity, "mentions", ()):
            self.losses.add(
                APPROXIMATED,
                f"{where}/mentions",
                what="the mentions",
                how="are kept as 'mentions' of the article, without their places in the text",
            )
        return node

    def agents(self, identifiers: tuple[str, ...]) -> list[dict[str, str]]:
        """References to agents, a group given as its members (as fact-checkers write it)."""
        refs: list[dict[str, str]] = []
        for identifier in identifiers:
            entity = self.entities.get(identifier)
            members = entity.members if isinstance(entity, Group) else ()
            refs += [self.ref(m) for m in members] or [self.ref(identifier)]
        return refs

    # --- claims and reviews ------------------------------------------------------------

    def claim(self, claim: Claim, where: str) -> dict[str, Any]:
        node: dict[str, Any] = {"@type": "Claim", **self.ref(claim.id)}
        _put(node, "text", claim.statement or _words(claim.content))
        author = self.agents((claim.claimant,)) if claim.claimant else []
        if claim.attribution:
            sources = next(
                (a.sources for a in self.article.attributions if a.id == claim.attribution), ()
            )
            author = self.agents(sources)
        _put(node, "author", author[0] if len(author) == 1 else author)
        dated = [a for a in claim.appearances if a.date]
        if len(claim.appearances) == 1 and dated:
            node["datePublished"] = dated[0].date  # the claim's date is the day it appeared
        for key, first in (("firstAppearance", True), ("appearance", False)):
            found = [
                self.appearance(a, len(claim.appearances) > 1)
                for a in claim.appearances
                if a.first is first and a.url
            ]
            _put(node, key, found[0] if len(found) == 1 else found)
        if claim.content:
            node["oa:hasTarget"] = self.target(claim.content)
        for key in ("commitments", "hedges"):
            if getattr(claim, key):
                self.drop(f"{where}/{key}", f"the claim's {key}")
        return node

    def appearance(self, appearance: Any, dated: bool) -> dict[str, Any]:
        node: dict[str, Any] = {"@type": "CreativeWork", "url": appearance.url}
        if dated:
            _put(node, "datePublished", appearance.date)
        return node

    def review(
        self, claim: Claim, review: FactCheckReview, where: str, index: int
    ) -> dict[str, Any]:
        node: dict[str, Any] = {"@type": "ClaimReview", "url": review.url}
        _put(
            node, "claimReviewed", review.claim_reviewed or claim.statement or _words(claim.content)
        )
        reviewers = self.agents(review.reviewers)
        node["author"] = reviewers[0] if len(reviewers) == 1 else reviewers
        _put(node, "datePublished", review.date_published)
        if self.article.language != UNDETERMINED:
            node["inLanguage"] = self.article.language
        rating: dict[str, Any] = {"@type": "Rating"}
        if review.verdict_text:
            rating["alternateName"] = review.verdict_text
        elif review.verdict:
            rating["alternateName"] = review.verdict.value
            self.losses.add(
                APPROXIMATED,
                f"{where}/reviews/{index}/verdict",
                what="the verdict",
                how="has no published wording; its normalized name is given as alternateName",
            )
        if review.rating:
            _put(rating, "ratingValue", review.rating.value)
            _put(rating, "bestRating", review.rating.best)
            _put(rating, "worstRating", review.rating.worst)
        if review.verdict:
            rating["newsmodel:verdict"] = review.verdict.value
        node["reviewRating"] = rating
        node["itemReviewed"] = self.claim(claim, where)
        return node

    # --- quotations and amounts --------------------------------------------------------

    def quotation(self, attribution: Attribution, where: str) -> dict[str, Any]:
        node: dict[str, Any] = {"@type": "Quotation", **self.ref(attribution.id)}
        node["text"] = _words(attribution.content)
        creators = self.agents(attribution.sources)
        _put(node, "creator", creators[0] if len(creators) == 1 else creators)
        speakers = [
            self.ref(s) for s in attribution.sources if isinstance(self.entities.get(s), Person)
        ]
        _put(node, "spokenByCharacter", speakers[0] if len(speakers) == 1 else speakers)
        node["isPartOf"] = {"@id": self.article.id}
        node["oa:hasTarget"] = self.target(attribution.content)
        if attribution.quote is QuoteKind.MIXED:
            self.losses.add(
                APPROXIMATED,
                f"{where}/quote",
                what="a partly quoted attribution",
                how="is given as a Quotation of all its words",
            )
        return node

    def quantity(self, quantity: Quantity, where: str) -> dict[str, Any]:
        money = quantity.currency is not None
        node: dict[str, Any] = {
            "@type": "MonetaryAmount" if money else "QuantitativeValue",
            **self.ref(quantity.id),
        }
        _put(node, "currency" if money else "unitText", quantity.currency or quantity.unit)
        _put(node, "value", quantity.value)
        _put(node, "minValue", quantity.minimum)
        _put(node, "maxValue", quantity.maximum)
        _put(node, "description", quantity.measured)
        node["oa:hasTarget"] = self.target((quantity.anchor,))
        if quantity.comparator or quantity.change or quantity.fraction:
            self.drop(where, "the quantity's comparator, change or fraction")
        return node

    def target(self, anchors: tuple[Anchor, ...]) -> list[dict[str, Any]]:
        """The Web Annotation targets of ``anchors``: the article, by position and by quote."""
        return [
            {
                "oa:hasSource": {"@id": self.article.id},
                "oa:hasSelector": [
                    {"@type": "oa:TextPositionSelector", "oa:start": a.start, "oa:end": a.end},
                    {"@type": "oa:TextQuoteSelector", "oa:exact": a.exact},
                ],
            }
            for a in anchors
        ]


_ENTITY_TYPES: dict[type, str] = {
    Person: "Person",
    Organization: "Organization",
    Place: "Place",
    Artifact: "Product",
    Group: "Organization",
    AnonymousSource: "Person",
    Work: "CreativeWork",
}


def _words(anchors: tuple[Anchor, ...]) -> str | None:
    return " … ".join(a.exact for a in anchors) or None


def _put(node: dict[str, Any], key: str, value: Any) -> None:
    """Set ``key`` unless ``value`` is unknown (None or empty): absent means unknown."""
    if value not in (None, "", [], {}):
        node[key] = value
