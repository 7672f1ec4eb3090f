"""anchor.splits_character: an anchor starts and ends between user-perceived characters."""

from __future__ import annotations

import attrs
import pytest

import newsmodel
from newsmodel import Anchor, Article, Mention, MentionKind
from newsmodel.authoring import Draft

TEXT = "Potter visits\n\nAd\u00e9b\u00e1y\u1ecd\u0300 arrived \u2764\ufe0f today."


def article_with_mention(start: int, end: int) -> Article:
    draft = Draft(TEXT, id="urn:example:characters", language="en")
    draft.person("Ad\u00e9b\u00e1y\u1ecd\u0300", id="potter")
    article = draft.build()
    mention = Mention(anchor=Anchor.of(article.text, start, end), kind=MentionKind.NAME)
    return attrs.evolve(article, entities=(attrs.evolve(article.entities[0], mentions=(mention,)),))


@pytest.mark.parametrize(
    ("phrase", "cut", "field"),
    [
        # The pitfall: a name that stops before the grave accent on its last letter.
        ("Ad\u00e9b\u00e1y\u1ecd", "\u1ecd\u0300", "end"),
        # An emoji split from its variation selector.
        ("\u2764", "\u2764\ufe0f", "end"),
        # An anchor that starts on the accent itself.
        ("\u0300 arrived", "\u1ecd\u0300", "start"),
    ],
)
def test_an_anchor_inside_a_character_is_an_error(phrase: str, cut: str, field: str) -> None:
    start = TEXT.index(phrase)
    report = newsmodel.validate(article_with_mention(start, start + len(phrase)))
    (problem,) = report.problems
    assert problem.code == "anchor.splits_character"
    assert problem.severity is newsmodel.Severity.ERROR
    assert problem.pointer == f"/entities/0/mentions/0/anchor/{field}"
    assert repr(cut) in problem.message
    assert not report.valid


def test_whole_characters_pass() -> None:
    for phrase in ("Ad\u00e9b\u00e1y\u1ecd\u0300", "\u2764\ufe0f"):
        start = TEXT.index(phrase)
        assert newsmodel.validate(article_with_mention(start, start + len(phrase))).valid
