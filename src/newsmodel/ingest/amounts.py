"""Amounts found in text: money with currency and scale words, percentages, counts.

Small regular expressions, not a library: quantulum3 needs a trained classifier for
ambiguous units and reads "$880 million" as 880 of a unit "million dollar"; price-parser
reads one price from a string it is given, not the amounts in running text with their
offsets. Here each amount keeps its words (the comparator and "some" included, as the
reference article annotates them), its value in full and its currency.
"""

from __future__ import annotations

import re

import attrs

from newsmodel.ingest.timex import NUMBER_WORDS
from newsmodel.model import Comparator

SCALES = {
    "thousand": 1_000,
    "k": 1_000,
    "million": 1_000_000,
    "mn": 1_000_000,
    "m": 1_000_000,
    "millionen": 1_000_000,
    "millions": 1_000_000,
    "mio": 1_000_000,
    "billion": 1_000_000_000,
    "bn": 1_000_000_000,
    "milliarden": 1_000_000_000,
    "milliards": 1_000_000_000,
    "milliard": 1_000_000_000,
    "mrd": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "dozen": 12,
}
CURRENCIES = {
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "dollars": "USD",
    "€": "EUR",
    "eur": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "pounds": "GBP",
    "¥": "JPY",
    "yen": "JPY",
    "rubles": "RUB",
}
#: Words before an amount: the comparator they make, or None for an approximation.
HEDGES: dict[str, Comparator | None] = {
    "more than": Comparator.MORE_THAN,
    "over": Comparator.MORE_THAN,
    "mehr als": Comparator.MORE_THAN,
    "plus de": Comparator.MORE_THAN,
    "at least": Comparator.AT_LEAST,
    "mindestens": Comparator.AT_LEAST,
    "au moins": Comparator.AT_LEAST,
    "less than": Comparator.LESS_THAN,
    "fewer than": Comparator.LESS_THAN,
    "weniger als": Comparator.LESS_THAN,
    "moins de": Comparator.LESS_THAN,
    "up to": Comparator.AT_MOST,
    "at most": Comparator.AT_MOST,
    "bis zu": Comparator.AT_MOST,
    "some": None,
    "about": None,
    "around": None,
    "nearly": None,
    "almost": None,
    "roughly": None,
    "approximately": None,
    "etwa": None,
    "rund": None,
    "environ": None,
}

_HEDGE = "|".join(sorted((re.escape(h) for h in HEDGES), key=len, reverse=True))
_SYMBOL = r"US\$|[$€£¥]"
_CODE = "USD|EUR|GBP|JPY"
_DIGITS = r"\d{1,3}(?:[,.\u202f\u00a0 ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_WORD = "|".join(NUMBER_WORDS) + "|a|an"
_SCALE = "|".join(sorted(SCALES, key=len, reverse=True))
_PERCENT = r"%|percent|per cent|Prozent|pour cent"

AMOUNT = re.compile(
    rf"(?:\b(?P<hedge>{_HEDGE})\s+)?"
    rf"(?:(?P<symbol>{_SYMBOL})\s?|\b(?P<code>{_CODE})\s)?"
    rf"(?P<number>\b(?:{_DIGITS})|\b(?:{_WORD})\b)"
    rf"(?:\s?(?P<scale>{_SCALE})\b)?"
    rf"(?:\s?(?P<percent>{_PERCENT})|\s(?P<currency>euros?|dollars|pounds|yen|rubles)\b"
    r"|\s(?P<noun>\w[\w-]*))?",
    re.IGNORECASE,
)
#: Nouns after a number that are not what is counted.
_NOT_COUNTED = frozenset(
    [
        "of",
        "and",
        "or",
        "to",
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "per",
        "percent",
        "years",
        "year",
        "months",
        "month",
        "weeks",
        "week",
        "days",
        "day",
        "hours",
        "hour",
        "uhr",
    ]
)


@attrs.frozen
class FoundAmount:
    """An amount's offsets, value in full and what else the words say."""

    start: int
    end: int
    value: int | float
    comparator: Comparator | None = None
    approximate: bool = False
    currency: str | None = None
    scale_word: str | None = None
    unit: str | None = None


def find_amounts(text: str) -> list[FoundAmount]:
    """Every amount of money, percentage and count of ``text``, in text order.

    Bare numbers with nothing counted, years and times of day are left out: they are not
    amounts.
    """
    found = []
    for match in AMOUNT.finditer(text):
        amount = _amount(match)
        if amount is not None:
            found.append(amount)
    return found


def _amount(match: re.Match[str]) -> FoundAmount | None:
    number, scale = match["number"].lower(), (match["scale"] or "").lower()
    symbol = match["symbol"] or match["code"] or match["currency"]
    money = symbol is not None
    if number in ("a", "an"):
        if scale != "dozen":
            return None
        base: int | float = 1
    elif number in NUMBER_WORDS:
        base = NUMBER_WORDS[number]
    else:
        base = _number(number)
    noun = (match["noun"] or "").lower()
    counted = bool(noun) and noun not in _NOT_COUNTED and not noun.isdigit()
    if not (money or match["percent"] or scale or counted):
        return None
    if not money and not match["percent"] and 1900 <= base <= 2099 and not scale:
        return None  # a year, not a count
    if number == "one" and not (money or match["percent"] or scale):
        return None  # "one reason": a pronoun more often than a count
    end = match.end() if (money or match["percent"] or counted) else match.end("scale")
    if scale and not money and not match["percent"]:
        end = match.end("scale")  # "a dozen firms": the amount is "a dozen"
    if money and match["noun"] and not match["currency"]:
        end = match.end("scale") if scale else match.end("number")
    hedge = (match["hedge"] or "").lower()
    value = base * SCALES.get(scale, 1)
    return FoundAmount(
        start=match.start(),
        end=end,
        value=int(value) if float(value).is_integer() else value,
        comparator=HEDGES.get(hedge),
        approximate=bool(hedge) and HEDGES.get(hedge) is None,
        currency=CURRENCIES.get((symbol or "").lower()),
        scale_word=scale if scale and scale != "dozen" else None,
        unit="percent" if match["percent"] else None,
    )


def _number(digits: str) -> int | float:
    """'1,400' 1400, '2.5' 2.5, '1.400' (German thousands) 1400."""
    cleaned = re.sub(r"[\u202f\u00a0 ]", "", digits)
    if re.fullmatch(r"\d{1,3}(?:[,.]\d{3})+", cleaned):
        return int(re.sub(r"[,.]", "", cleaned))
    return float(cleaned.replace(",", ".")) if re.search(r"[.,]", cleaned) else int(cleaned)
