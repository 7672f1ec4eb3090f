"""ClaimReview in: fact-checkers' markup as a newsmodel document known only from it.

Reads every shape fact-checkers publish: one ``ClaimReview`` object, a list of nodes, an
``@graph`` (reviewers given by ``@id``), a Data Commons ``DataFeedItem``, a WordPress
API record without ``@context``, and an item of Google's Fact Check Tools API
(``claims:search``). The document is the fact-check page: its address is the review's,
its text is unknown, and each review becomes a claim with its claimant, appearances and
review. A verdict is normalized only by a table or a scale, and the loss report says
which (:mod:`newsmodel.interchange.verdicts`); what has no place is reported as dropped.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from newsmodel.errors import pointer as json_pointer
from newsmodel.interchange.jsonld import Node, absolute_url, absolute_urls, day_of, text_of
from newsmodel.interchange.loss import UNDETERMINED, ConversionError, Converted, LossReport
from newsmodel.interchange.verdicts import normalize
from newsmodel.model import (
    Appearance,
    Article,
    Claim,
    Entity,
    FactCheckReview,
    Factuality,
    Group,
    Organization,
    Person,
    Rating,
    Role,
    Verdict,
)
from newsmodel.problems import (
    APPROXIMATED,
    DROPPED,
    MISSING,
    NOT_THE_FORMAT,
    VERDICT_NORMALIZED,
    VERDICT_UNNORMALIZED,
)
from newsmodel.validation import checked

TARGET = "newsmodel"


def import_claimreview(data: Any, *, language: str | None = None) -> Converted[Article]:
    """The newsmodel document that the ClaimReview markup ``data`` (parsed JSON) gives.

    ``language`` is the document's BCP 47 tag where the caller knows it; otherwise the
    markup's ``inLanguage`` is taken, and failing that ``und`` (reported). Raises
    :class:`~newsmodel.interchange.loss.ConversionError` when the input holds no review
    or lacks what a document needs, each problem with its code and pointer.
    """
    losses = LossReport()
    reader = _Reader(losses)
    if isinstance(data, dict) and isinstance(data.get("claimReview"), list):
        reader.read_fact_check_tools(Node(data, ""))
    else:
        reviews = list(_claim_reviews(data, "", reader))
        if not reviews:
            raise losses.fail(NOT_THE_FORMAT, "", why="the input holds no ClaimReview")
        for review in reviews:
            reader.read_review(review)
        reader.report_unreferenced()
    return reader.article(language)


def _claim_reviews(value: Any, where: str, reader: _Reader) -> Iterator[Node]:
    """The ClaimReview nodes of ``value`` (a node, a list, an @graph, a feed item);
    the other top-level nodes are indexed by @id and reported as not read."""
    if isinstance(value, list):
        for index, item in enumerate(value):
            yield from _claim_reviews(item, where + json_pointer(index), reader)
        return
    if not isinstance(value, dict):
        return
    node = Node(value, where)
    if "@graph" in value:
        yield from _claim_reviews(node.get("@graph"), node.at("@graph"), reader)
        node.report_unread(reader.losses, TARGET)
    elif "claimreview" in node.types():
        yield node
    elif "datafeeditem" in node.types():
        yield from _claim_reviews(node.get("item"), node.at("item"), reader)
        node.get("dateCreated")  # when the feed was written, not the review
        node.get("url")  # the review's own url, which the review repeats
        node.report_unread(reader.losses, TARGET)
    else:
        reader.index(node)


class _Reader:
    """Builds one document from the reviews it reads, with its entities and losses."""

    def __init__(self, losses: LossReport) -> None:
        self.losses = losses
        self.entities: dict[tuple[str, str | None], Entity] = {}
        self.by_graph_id: dict[str, Node] = {}
        self.others: list[Node] = []
        self.referenced: set[str] = set()
        self.claims: list[Claim] = []
        self.url: str | None = None
        self.publisher: str | None = None
        self.languages: list[tuple[str, str]] = []
        self.own_verdict: Any = None

    def index(self, node: Node) -> None:
        """Keep a node that is not a review, for the references to it."""
        self.others.append(node)
        identifier = node.value.get("@id")
        if isinstance(identifier, str):
            self.by_graph_id[identifier] = node

    def report_unreferenced(self) -> None:
        """Report the nodes besides the reviews that no review refers to."""
        for node in self.others:
            if node.value.get("@id") not in self.referenced:
                self.losses.add(
                    DROPPED,
                    node.pointer,
                    what=f"a node of type {sorted(node.types())}",
                    target=TARGET,
                )

    # --- the document ------------------------------------------------------------------

    def article(self, language: str | None) -> Converted[Article]:
        if self.url is None:
            raise ConversionError(self.losses.problems)
        if language is None and self.languages:
            language, _ = self.languages[0]
        if language is None:
            language = UNDETERMINED
            self.losses.add(
                APPROXIMATED,
                "",
                what="the document's language",
                how="is not given (no inLanguage); written as 'und' (undetermined)",
            )
        article = Article(
            id=self.url,
            url=self.url,
            language=language,
            publisher=self.publisher,
            entities=tuple(self.entities.values()),
            claims=tuple(self.claims),
        )
        report = checked(article, keep_value=False).report
        if not report.valid:
            self.losses.extend(report.problems)
            raise ConversionError(self.losses.problems)
        return self.losses.converted(article)

    # --- schema.org ClaimReview --------------------------------------------------------

    def read_review(self, review: Node) -> None:
        url = absolute_url(review.get("url"), review.at("url"), self.losses, "the review's url")
        if url is None:
            given = review.value.get("url")
            raise self.losses.fail(
                MISSING,
                review.at("url"),
                what="the review's address (url)",
                why=f"{given!r} is not an absolute URL and the input gives no base"
                if given
                else "a review has no url",
            )
        self.url = self.url or url
        reviewers = tuple(self._agents(review, "author", "a reviewer"))
        if not reviewers:
            raise self.losses.fail(
                MISSING,
                review.at("author"),
                what="the reviewer (author)",
                why="the review names no person or organization that published it",
            )
        if self.publisher is None and isinstance(
            self.entities_by_id().get(reviewers[0]), Organization
        ):
            self.publisher = reviewers[0]
        rating_node = review.node("reviewRating")
        rating, label = self._rating(rating_node)
        in_language = review.get("inLanguage")
        if isinstance(in_language, str) and in_language.strip():
            self.languages.append((in_language.strip(), review.at("inLanguage")))
        statement = text_of(
            review.get("claimReviewed"), review.at("claimReviewed"), self.losses, "claimReviewed"
        )
        item = review.node("itemReviewed")
        if statement is None and item is not None:
            statement = text_of(item.get("text"), item.at("text"), self.losses, "the claim's text")
        elif item is not None:
            item.get("text")  # the claim's words as the review gives them again
        claimant, appearances = self._item(item)
        verdict = self._verdict(label, rating, url, rating_node)
        self.claims.append(
            Claim(
                id=f"claim-{len(self.claims) + 1}",
                statement=statement,
                claimant=claimant,
                appearances=appearances,
                # The claimant made the claim: it asserts it, whatever the checker found.
                factuality=Factuality.CERTAIN_POSITIVE,
                reviews=(
                    FactCheckReview(
                        reviewers=reviewers,
                        url=url,
                        verdict_text=label,
                        verdict=verdict,
                        rating=rating,
                        date_published=day_of(
                            review.get("datePublished"),
                            review.at("datePublished"),
                            self.losses,
                            "the review's datePublished",
                        ),
                    ),
                ),
            )
        )
        review.report_unread(self.losses, TARGET)

    def _rating(self, node: Node | None) -> tuple[Rating | None, str | None]:
        if node is None:
            return None, None
        label = text_of(
            node.get("alternateName"), node.at("alternateName"), self.losses, "the verdict"
        )
        self.own_verdict = node.get("newsmodel:verdict")
        parts = {
            key: _number(node.get(key), node.at(key), self.losses)
            for key in ("ratingValue", "bestRating", "worstRating")
        }
        node.report_unread(self.losses, TARGET)
        best, worst = parts["bestRating"], parts["worstRating"]
        if best is not None and best == worst:
            self.losses.add(
                DROPPED,
                node.at("bestRating"),
                what=f"the scale (best and worst ratings both {best}, so no scale)",
                target=TARGET,
            )
            parts["bestRating"] = parts["worstRating"] = None
        if all(value is None for value in parts.values()):
            return None, label
        rating = Rating(
            value=parts["ratingValue"], best=parts["bestRating"], worst=parts["worstRating"]
        )
        return rating, label

    def _verdict(
        self, label: str | None, rating: Rating | None, url: str, node: Node | None
    ) -> Any:
        where = node.pointer if node else ""
        found = normalize(label, rating, urlsplit(url).hostname or "")
        own, self.own_verdict = self.own_verdict, None
        if own in {v.value for v in Verdict}:
            found = Verdict(own), "newsmodel's own export (newsmodel:verdict)"
        shown = label if label is not None else f"rating {rating}"
        if found is None:
            if label is not None or rating is not None:
                self.losses.add(VERDICT_UNNORMALIZED, where, label=shown)
            return None
        verdict, method = found
        self.losses.add(
            VERDICT_NORMALIZED, where, label=shown, verdict=verdict.value, method=method
        )
        return verdict

    def _item(self, item: Node | None) -> tuple[str | None, tuple[Appearance, ...]]:
        if item is None:
            return None, ()
        claimants = tuple(self._agents(item, "author", "the claimant"))
        claimant = claimants[0] if len(claimants) == 1 else self._group(claimants, item)
        appearances: list[Appearance] = []
        # The addresses taken so far, kept beside the list: gathering them again for each
        # appearance cost the square of the appearances (20,000: 13 s).
        taken: set[str | None] = set()
        own = absolute_url(item.get("url"), item.at("url"), self.losses, "itemReviewed.url")
        if own:
            appearances.append(Appearance(url=own))
            taken.add(own)
        for key, first in (("firstAppearance", True), ("appearance", False)):
            raw = item.value.get(key)
            for index, value in enumerate(raw if isinstance(raw, list) else [raw]):
                where = item.at(key) + (json_pointer(index) if isinstance(raw, list) else "")
                found = self._appearance(value, where, first)
                if found is not None and found.url not in taken:
                    appearances.append(found)
                    taken.add(found.url)
            item.get(key)
        day = day_of(
            item.get("datePublished"),
            item.at("datePublished"),
            self.losses,
            "the claim's datePublished",
        )
        if day is not None:
            if len(appearances) <= 1:
                # The claim's date is the day it appeared, where there is one appearance.
                appearances = [_with_date(appearances[0] if appearances else Appearance(), day)]
            else:
                self.losses.add(
                    DROPPED,
                    item.at("datePublished"),
                    what="the claim's date (of which of its several appearances is not said)",
                    target=TARGET,
                )
        item.report_unread(self.losses, TARGET)
        return claimant, tuple(appearances)

    def _appearance(self, value: Any, where: str, first: bool) -> Appearance | None:
        if isinstance(value, str):
            url = absolute_url(value, where, self.losses, "an appearance")
            if url is None:
                self.losses.add(
                    DROPPED,
                    where,
                    what=f"the appearance {value!r} (not an absolute URL)",
                    target=TARGET,
                )
            return Appearance(url=url, first=first) if url else None
        if not isinstance(value, dict):
            return None
        node = Node(value, where)
        url = absolute_url(node.get("url"), node.at("url"), self.losses, "an appearance's url")
        if url is None:
            node.report_unread(self.losses, TARGET)
            self.losses.add(
                DROPPED, where, what="an appearance without an absolute URL", target=TARGET
            )
            return None
        day = day_of(
            node.get("datePublished"), node.at("datePublished"), self.losses, "an appearance's date"
        )
        node.report_unread(self.losses, TARGET)
        return Appearance(url=url, date=day, first=first)

    # --- agents ------------------------------------------------------------------------

    def entities_by_id(self) -> dict[str, Entity]:
        return {entity.id: entity for entity in self.entities.values()}

    def _agents(self, node: Node, key: str, what: str) -> Iterator[str]:
        raw = node.get(key)
        values = raw if isinstance(raw, list) else [raw]
        for index, value in enumerate(values):
            where = node.at(key) + (json_pointer(index) if isinstance(raw, list) else "")
            if isinstance(value, dict) and set(value) == {"@id"}:
                self.referenced.add(value["@id"])
                found = self.by_graph_id.get(value["@id"])
                if found is None:
                    self.losses.add(
                        DROPPED,
                        where,
                        what=f"{what} given only by @id {value['@id']!r}, which the input does not describe",
                        target=TARGET,
                    )
                    continue
                agent = self._agent(Node(found.value, found.pointer), what)
            elif isinstance(value, dict):
                agent = self._agent(Node(value, where), what)
            elif isinstance(value, str) and value.strip():
                self.losses.add(
                    APPROXIMATED,
                    where,
                    what=what,
                    how="is a bare name, of no given kind; held as an organization",
                )
                agent = self._entity("organization", value.strip(), None)
            else:
                continue
            if agent is not None:
                yield agent

    def _agent(self, node: Node, what: str) -> str | None:
        name = text_of(node.get("name"), node.at("name"), self.losses, f"{what}'s name")
        url = absolute_url(node.get("url"), node.at("url"), self.losses, f"{what}'s url")
        same_as = absolute_urls(
            node.get("sameAs"), node.at("sameAs"), self.losses, f"{what}'s sameAs"
        )
        links = tuple(dict.fromkeys(u for u in (url, *same_as) if u))
        described = text_of(
            node.get("description"), node.at("description"), self.losses, f"{what}'s description"
        )
        job = text_of(node.get("jobTitle"), node.at("jobTitle"), self.losses, f"{what}'s jobTitle")
        if "person" in node.types():
            if name is None:
                self.losses.add(
                    DROPPED, node.pointer, what=f"{what}, a person without a name", target=TARGET
                )
                node.report_unread(self.losses, TARGET)
                return None
            node.report_unread(self.losses, TARGET)
            return self._entity("person", name, links, job, described)
        node.report_unread(self.losses, TARGET)
        if name is None and not links:
            self.losses.add(
                DROPPED, node.pointer, what=f"{what}, with neither name nor address", target=TARGET
            )
            return None
        if name is None:
            self.losses.add(
                APPROXIMATED,
                node.pointer,
                what=f"{what}",
                how="has no name; described by its address",
            )
        return self._entity("organization", name, links, description=described)

    def _entity(
        self,
        kind: str,
        name: str | None,
        links: tuple[str, ...] | None,
        job: str | None = None,
        description: str | None = None,
    ) -> str:
        key = (kind, name or (links[0] if links else None))
        if key not in self.entities:
            identifier = f"{kind[:3]}-{len(self.entities) + 1}"
            same_as = links or ()
            self.entities[key] = (
                Person(
                    id=identifier,
                    name=name or "",
                    same_as=same_as,
                    roles=(Role(title=job),) if job else (),
                    description=description,
                )
                if kind == "person"
                else Organization(
                    id=identifier,
                    name=name,
                    same_as=same_as,
                    description=description
                    or (None if name else f"the organization at {_host(same_as)}"),
                )
            )
        return self.entities[key].id

    def _group(self, members: tuple[str, ...], item: Node) -> str | None:
        if not members:
            return None
        entities = self.entities_by_id()
        names = [getattr(entities[m], "name", None) or m for m in members]
        self.losses.add(
            APPROXIMATED,
            item.at("author"),
            what="the claimants",
            how="are several; held as one group of them",
        )
        key = ("group", ", ".join(names))
        if key not in self.entities:
            self.entities[key] = Group(
                id=f"gro-{len(self.entities) + 1}", name=", ".join(names), members=members
            )
        return self.entities[key].id

    # --- Google Fact Check Tools API ---------------------------------------------------

    def read_fact_check_tools(self, claim: Node) -> None:
        # The reviews first, so that the reviewer is the first entity, as in ClaimReview.
        reviews = [self._tools_review(review) for review in claim.nodes("claimReview")]
        if not reviews:
            raise self.losses.fail(
                MISSING, claim.at("claimReview"), what="a review", why="claimReview is empty"
            )
        statement = text_of(claim.get("text"), claim.at("text"), self.losses, "the claim's text")
        claimant_name = text_of(
            claim.get("claimant"), claim.at("claimant"), self.losses, "the claimant"
        )
        claimant = None
        if claimant_name:
            self.losses.add(
                APPROXIMATED,
                claim.at("claimant"),
                what="the claimant",
                how="is a bare name, of no given kind; held as an organization",
            )
            claimant = self._entity("organization", claimant_name, None)
        day = day_of(claim.get("claimDate"), claim.at("claimDate"), self.losses, "claimDate")
        claim.report_unread(self.losses, TARGET)
        self.claims.append(
            Claim(
                id="claim-1",
                statement=statement,
                claimant=claimant,
                appearances=(Appearance(date=day),) if day else (),
                factuality=Factuality.CERTAIN_POSITIVE,
                reviews=tuple(reviews),
            )
        )

    def _tools_review(self, review: Node) -> FactCheckReview:
        url = absolute_url(review.get("url"), review.at("url"), self.losses, "the review's url")
        if url is None:
            raise self.losses.fail(
                MISSING,
                review.at("url"),
                what="the review's address (url)",
                why="the review has no absolute url",
            )
        self.url = self.url or url
        publisher = review.node("publisher")
        reviewer: str | None = None
        if publisher is not None:
            name = text_of(
                publisher.get("name"), publisher.at("name"), self.losses, "the publisher's name"
            )
            site = publisher.get("site")
            site_url = absolute_url(site, publisher.at("site"), self.losses, "the publisher's site")
            publisher.report_unread(self.losses, TARGET)
            if name or site_url:
                reviewer = self._entity("organization", name, (site_url,) if site_url else None)
        if reviewer is None:
            raise self.losses.fail(
                MISSING,
                review.at("publisher"),
                what="the reviewer (publisher)",
                why="the review names no publisher",
            )
        self.publisher = self.publisher or reviewer
        code = review.get("languageCode")
        if isinstance(code, str) and code.strip():
            self.languages.append((code.strip(), review.at("languageCode")))
        label = text_of(
            review.get("textualRating"), review.at("textualRating"), self.losses, "the verdict"
        )
        verdict = self._verdict(label, None, url, review)
        result = FactCheckReview(
            reviewers=(reviewer,),
            url=url,
            verdict_text=label,
            verdict=verdict,
            date_published=day_of(
                review.get("reviewDate"), review.at("reviewDate"), self.losses, "reviewDate"
            ),
        )
        review.report_unread(self.losses, TARGET)
        return result


def _host(links: tuple[str, ...]) -> str:
    return urlsplit(links[0]).hostname or links[0] if links else "an unknown address"


def _with_date(appearance: Appearance, day: str) -> Appearance:
    return Appearance(
        url=appearance.url, medium=appearance.medium, date=day, first=appearance.first
    )


def _number(value: Any, where: str, losses: LossReport) -> int | float | None:
    """A rating's number, from a number or a numeric string; ``""`` is absent."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, str) and value.strip():
        try:
            number = float(value.strip())
        except ValueError:
            losses.add(DROPPED, where, what=f"the rating {value!r} (not a number)", target=TARGET)
            return None
        return int(number) if number.is_integer() else number
    return None
