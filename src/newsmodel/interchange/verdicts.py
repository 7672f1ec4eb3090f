"""Normalizing fact-checkers' verdicts to newsmodel's scale, saying how each was done.

A verdict is normalized in one of three ways, tried in this order, and the loss report
names the way: the publisher's own table (a label that means something particular at
one fact-checker), the label table (labels that mean the same everywhere, in the
languages of the real data), or the rating scale (where the review gives a number, a
best and a worst). When none applies, the verdict is kept as published and not
normalized: nothing is guessed.
"""

from __future__ import annotations

import re

from newsmodel.model import Rating, Verdict

#: Labels that mean the same at every fact-checker, lower-cased, with ``_`` and ``-``
#: read as spaces and trailing punctuation left off.
LABELS: dict[str, Verdict] = {
    **dict.fromkeys(
        [
            "false", "falso", "faux", "falsch", "incorrect", "fake", "really false",
            "pants on fire", "錯誤", "错误", "زائف", "झूठ", "गलत", "fałsz",
        ],
        Verdict.FALSE,
    ),
    **dict.fromkeys(
        ["mostly false", "misleading", "enganoso", "engañoso", "trompeur", "irreführend",
         "partly false", "distorcido"],
        Verdict.MOSTLY_FALSE,
    ),
    **dict.fromkeys(["mixture", "half true", "mixed", "meia verdade"], Verdict.MIXTURE),
    **dict.fromkeys(["mostly true", "mostly correct"], Verdict.MOSTLY_TRUE),
    **dict.fromkeys(
        ["true", "verdadeiro", "verdadero", "vrai", "richtig", "correct", "正確", "正确", "صحيح"],
        Verdict.TRUE,
    ),
    **dict.fromkeys(
        ["unproven", "unverified", "insufficient evidence", "證據不足", "证据不足",
         "sem provas", "no evidence"],
        Verdict.UNPROVEN,
    ),
    **dict.fromkeys(["satire", "sátira", "satira"], Verdict.OTHER),
}  # fmt: skip

#: Labels that mean something particular at one fact-checker, keyed by the host name
#: of the review's address.
PUBLISHER_LABELS: dict[str, dict[str, Verdict]] = {
    # Aos Fatos's "não é bem assim" ("not quite so"): partly accurate, partly not.
    "aosfatos.org": {"não é bem assim": Verdict.MIXTURE},
}

#: Positions on a five-point scale, from worst (0) to best (1).
FIVE_POINTS = {
    0.0: Verdict.FALSE,
    0.25: Verdict.MOSTLY_FALSE,
    0.5: Verdict.MIXTURE,
    0.75: Verdict.MOSTLY_TRUE,
    1.0: Verdict.TRUE,
}


def label_key(label: str) -> str:
    """The form a label is looked up in: lower case, ``_``/``-`` as spaces, no trailing
    punctuation or white space."""
    spaced = re.sub(r"[_\-\s]+", " ", label.strip().lower())
    return spaced.strip(" .!:;")


def normalize(label: str | None, rating: Rating | None, host: str) -> tuple[Verdict, str] | None:
    """The verdict ``label`` and ``rating`` mean and how it was found, or None.

    ``host`` is the host name of the review's address, which selects the publisher's
    own table. A label of the form ``"FALSO: the pictures were ..."`` is looked up by the
    words before the colon.
    """
    if label:
        key = label_key(label)
        own = PUBLISHER_LABELS.get(host.removeprefix("www."), {})
        if key in own:
            return own[key], f"the publisher table of {host.removeprefix('www.')}"
        if key in LABELS:
            return LABELS[key], "the label table"
        head = label_key(label.split(":", 1)[0]) if ":" in label else ""
        if head in LABELS:
            return LABELS[head], "the label table (the words before the colon)"
    return _on_scale(rating)


def _on_scale(rating: Rating | None) -> tuple[Verdict, str] | None:
    if rating is None or rating.value is None or rating.best is None or rating.worst is None:
        return None
    if rating.best == rating.worst:
        return None
    position = (rating.value - rating.worst) / (rating.best - rating.worst)
    scale = f"the rating scale ({rating.value} from {rating.worst} worst to {rating.best} best)"
    if abs(rating.best - rating.worst) == 4 and position in FIVE_POINTS:
        return FIVE_POINTS[position], scale
    if position in (0.0, 1.0):  # the ends of any scale mean the same
        return FIVE_POINTS[position], scale
    return None
