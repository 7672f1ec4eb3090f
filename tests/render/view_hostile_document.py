"""A hostile article for the view's tests: every string tries to become markup or code.

Each payload sets ``window.pwned`` if it ever runs, so a browser test can tell.
"""

from __future__ import annotations

import newsmodel
from newsmodel import Anchor

SCRIPT = "<script>window.pwned=1</script>"
ATTRIBUTE = '"\'><img src=x onerror="window.pwned=2">'
TEXT = f"Headline {SCRIPT}\n\nHe said {ATTRIBUTE} today, and </p></article><b>bold</b> too."


def _at(phrase: str) -> Anchor:
    return Anchor.find(TEXT, phrase)


def hostile_article() -> newsmodel.Article:
    """A document built in Python, so that even its ids can hold what no schema allows."""
    person_id = 'p"><script>window.pwned=3</script>'
    return newsmodel.Article(
        id=f"urn:x:{SCRIPT}",
        url="javascript:window.pwned=4",
        language='en"><script>window.pwned=5</script>',
        text=TEXT,
        segments=(
            newsmodel.Segment(role=newsmodel.SegmentRole.HEADLINE, start=0, end=40),
            newsmodel.Segment(role=newsmodel.SegmentRole.PARAGRAPH, start=42, end=len(TEXT)),
        ),
        entities=(
            newsmodel.Person(
                id=person_id,
                name=f"{SCRIPT}{ATTRIBUTE}",
                description=ATTRIBUTE,
                mentions=(newsmodel.Mention(anchor=_at("He"), kind=newsmodel.MentionKind.PRONOUN),),
                extensions={f"x:{SCRIPT}": {"value": f"</script>{SCRIPT}{ATTRIBUTE}"}},
            ),
        ),
        attributions=(
            newsmodel.Attribution(
                id=f"a{ATTRIBUTE}",
                sources=(person_id,),
                source_anchor=_at("He"),
                cue=_at("said"),
                content=(_at(ATTRIBUTE),),
                quote=newsmodel.QuoteKind.DIRECT,
                extensions={"x:y": ATTRIBUTE},
            ),
        ),
        claims=(
            newsmodel.Claim(
                id=f"c{SCRIPT}",
                content=(_at(ATTRIBUTE),),
                factuality=newsmodel.Factuality.CERTAIN_POSITIVE,
                statement=SCRIPT,
                attribution=f"a{ATTRIBUTE}",
                reviews=(
                    newsmodel.FactCheckReview(
                        reviewers=(SCRIPT,),
                        url="javascript:window.pwned=6",
                        verdict_text=ATTRIBUTE,
                    ),
                ),
            ),
        ),
        times=(
            newsmodel.TimeExpression(
                id=f"t{ATTRIBUTE}",
                type=newsmodel.TimexType.DATE,
                anchor=_at("today"),
                value=f"{SCRIPT}",
                note=SCRIPT,
            ),
        ),
        quantities=(
            newsmodel.Quantity(
                id="q",
                anchor=_at("bold"),
                value=1,
                unit=ATTRIBUTE,
                measured=SCRIPT,
            ),
        ),
        extensions={"x:z": SCRIPT},
    )
