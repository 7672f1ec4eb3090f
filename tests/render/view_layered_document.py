"""The reference article annotated by two annotators, with a time relation, for the view's tests."""

from __future__ import annotations

import attrs

import newsmodel
from newsmodel import Anchor

PERSON = "Ann Reviewer, person"
TOOL = "HeidelTime, 2.2.1, tool"


def layered_article() -> newsmodel.Article:
    """Every other claim by a person, every time by a tool; 'on' signals the signing's date."""
    article = newsmodel.examples.load("space-agency-teams-with-arms-exporter")
    on = Anchor.find(article.text, "on Wednesday")
    return attrs.evolve(
        article,
        annotators=(
            newsmodel.Annotator(id="ann", kind=newsmodel.AnnotatorKind.PERSON, name="Ann Reviewer"),
            newsmodel.Annotator(
                id="heideltime",
                kind=newsmodel.AnnotatorKind.TOOL,
                name="HeidelTime",
                version="2.2.1",
            ),
        ),
        claims=tuple(
            attrs.evolve(claim, annotator="ann") if n % 2 else claim
            for n, claim in enumerate(article.claims)
        ),
        times=tuple(attrs.evolve(time, annotator="heideltime") for time in article.times),
        time_relations=(
            newsmodel.TimeRelation(
                id="tl-signing",
                subject="e-signing",
                relation=newsmodel.TemporalRelation.IS_INCLUDED,
                target="t-wednesday",
                signal=Anchor.of(article.text, on.start, on.start + 2),
            ),
        ),
    )
