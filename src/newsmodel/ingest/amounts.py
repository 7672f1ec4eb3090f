"""Amounts found in text: money with currency and scale words, percentages, counts, ranges.

Small regular expressions, not a library: quantulum3 needs a trained classifier for
ambiguous units and reads "$880 million" as 880 of a unit "million dollar"; price-parser
reads one price from a string it is given, not the amounts in running text with their
offsets. Here each amount keeps its words (the comparator and "some" included, as the
reference article annotates them), its value in full and its currency. A range ("between
5 and 10 per cent", "5-10%", "from $1m to $2m", "2,000 to 3,000 people") is one amount
with a minimum and a maximum and no value, as the model states a range.
"""

from __future__ import annotations

import re

import attrs

from newsmodel.coverage import Coverage
from newsmodel.ingest.timex import NUMBER_WORDS
from newsmodel.model import Comparator
from newsmodel.model.quantities import PERCENT

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
    "dollar": "USD",
    "us-dollar": "USD",
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
    rf"(?:\s?(?P<percent>{_PERCENT})|\s(?P<currency>euros?|(?:US-)?dollars?|pounds|yen|rubles)\b"
    r"|\s(?P<noun>\w[\w-]*)(?=\s(?P<head>\w[\w-]*))?)?",
    re.IGNORECASE,
)
#: A lower-case word with the ending of an inflected German adjective.
_INFLECTED_ADJECTIVE = re.compile(r"[a-zäöüß][\w-]*(?:e|en|er|es|em)")
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


#: What opens a range, and the word that then joins its ends ("between 5 and 10").
_OPENERS = {
    "between": "and",
    "zwischen": "und",
    "entre": "et",
    "from": "to",
    "von": "bis",
    "de": "à",
}
#: A range's lower end and what joins it to the upper one; the upper end is an amount.
RANGE_HEAD = re.compile(
    rf"(?:\b(?P<hedge>{_HEDGE})\s+)?"
    rf"(?:\b(?P<opener>{'|'.join(_OPENERS)})\s+)?"
    rf"(?:(?P<symbol>{_SYMBOL})\s?)?"
    rf"(?<![\d.,:/-])(?P<number>\b(?:{_DIGITS}))"
    rf"(?:\s?(?P<scale>{_SCALE})\b)?"
    rf"(?:\s?(?P<percent>{_PERCENT}))?"
    r"(?P<joint>\s?[-\u2013]\s?|\s+(?:to|and|bis|und|à|et)\s+)"
    rf"(?=(?:{_SYMBOL})?\s?\d)",
    re.IGNORECASE,
)


@attrs.frozen
class FoundAmount:
    """An amount's offsets, value in full (or its bounds, for a range) and what else
    the words say."""

    start: int
    end: int
    value: int | float | None
    comparator: Comparator | None = None
    approximate: bool = False
    currency: str | None = None
    scale_word: str | None = None
    unit: str | None = None
    minimum: int | float | None = None
    maximum: int | float | None = None


def find_amounts(text: str) -> list[FoundAmount]:
    """Every amount of money, percentage, count and range of ``text``, in text order.

    Bare numbers with nothing counted, years and times of day are left out: they are not
    amounts.
    """
    found = find_ranges(text)
    # An amount inside a range is the range's. Amounts found do not overlap one another,
    # so only the ranges are asked, indexed once: asking each amount against everything
    # found cost the square of the amounts in a paragraph (8,000 in one: 7.6 s).
    ranges = Coverage((r.start, r.end) for r in found)
    for match in AMOUNT.finditer(text):
        amount = _amount(match)
        if amount is not None and not ranges.overlaps(amount.start, amount.end):
            found.append(amount)
    return sorted(found, key=lambda amount: amount.start)


def find_ranges(text: str) -> list[FoundAmount]:
    """The ranges of ``text``: a lower end, "to", "-", "bis" or "and" after "between",
    then an amount; the lower end takes the upper one's scale, currency and unit where
    it has none of its own ("5-10%", "$1-2 million")."""
    found: list[FoundAmount] = []
    at = 0
    while (head := RANGE_HEAD.search(text, at)) is not None:
        at = head.start() + 1
        high = _range_end(text, head)
        if high is not None:
            found.append(high)
            at = high.end
    return found


def _range_end(text: str, head: re.Match[str]) -> FoundAmount | None:
    opener, joint = (head["opener"] or "").lower(), head["joint"].strip().lower()
    if joint in ("and", "und", "et") and _OPENERS.get(opener) != joint:
        return None  # "5 and 10 people" is two amounts, "between 5 and 10" one range
    if opener and joint not in ("-", "\u2013", _OPENERS[opener]):
        opener = ""  # "from" that belongs to another phrase: the range starts at the number
    upper = AMOUNT.match(text, head.end())
    if upper is None or upper["hedge"] or re.match(r"-\d", text[upper.end("number") :]):
        return None  # "2020-04-28" is a date, not a range
    high = _amount(upper, counted_anyway=True)
    if high is None or high.value is None:
        return None
    scale = (head["scale"] or "").lower()
    low_value = _number(head["number"]) * SCALES.get(scale or (high.scale_word or ""), 1)
    currency = CURRENCIES.get((head["symbol"] or "").lower())
    if currency and high.currency not in (None, currency):
        return None  # "$5-€10": not one range
    years = all(1900 <= v <= 2099 for v in (low_value, high.value))
    if not low_value < high.value or (years and not (high.currency or high.unit)):
        return None  # "1998-1999" is a span of years, "3-1" a score
    hedged = head["hedge"] is not None and HEDGES[head["hedge"].lower()] is None
    first = "hedge" if hedged else "opener" if opener else "symbol" if head["symbol"] else "number"
    return attrs.evolve(
        high,
        start=head.start(first),
        value=None,
        comparator=None,
        approximate=hedged,
        currency=high.currency or currency,
        minimum=_whole(low_value),
        maximum=high.value,
    )


def _amount(match: re.Match[str], *, counted_anyway: bool = False) -> FoundAmount | None:
    """The amount a match of :data:`AMOUNT` states; ``counted_anyway`` takes a bare
    number too, as the upper end of a range whose lower end says it is an amount."""
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
    percent = match["percent"] is not None and not money  # "$5%": money, the "%" stray
    if not (money or percent or scale or counted or counted_anyway):
        return None
    if not money and not percent and 1900 <= base <= 2099 and not scale:
        return None  # a year, not a count
    if number == "one" and not (money or percent or scale):
        return None  # "one reason": a pronoun more often than a count
    if money or percent:
        end = match.end()
    elif counted:
        # "1000 interne Unterlagen": a German adjective, then the noun counted
        head = match["head"] or ""
        adjective = head[:1].isupper() and _INFLECTED_ADJECTIVE.fullmatch(match["noun"])
        end = match.end("head" if adjective else "noun")
    else:
        end = match.end("scale" if scale else "number")
    if scale and not money and not percent:
        end = match.end("scale")  # "a dozen firms": the amount is "a dozen"
    if money and (match["noun"] or match["percent"]) and not match["currency"]:
        end = match.end("scale") if scale else match.end("number")
    hedge = (match["hedge"] or "").lower()
    value = base * SCALES.get(scale, 1)
    return FoundAmount(
        start=match.start(),
        end=end,
        value=_whole(value),
        comparator=HEDGES.get(hedge),
        approximate=bool(hedge) and HEDGES.get(hedge) is None,
        currency=CURRENCIES.get((symbol or "").lower()),
        scale_word=scale if scale and scale != "dozen" else None,
        unit=PERCENT if percent else None,
    )


def _whole(value: int | float) -> int | float:
    return int(value) if float(value).is_integer() else value


def _number(digits: str) -> int | float:
    """'1,400' 1400, '2.5' 2.5, '1.400' (German thousands) 1400, and with both marks the
    last one the decimal one: '1,026.13' 1026.13, '1.026,13' 1026.13."""
    cleaned = re.sub(r"[\u202f\u00a0 ]", "", digits)
    if re.fullmatch(r"\d{1,3}(?:[,.]\d{3})+", cleaned):
        return int(re.sub(r"[,.]", "", cleaned))
    decimal = max(cleaned.rfind(","), cleaned.rfind("."))
    if decimal < 0:
        return int(cleaned)
    return float(re.sub(r"[,.]", "", cleaned[:decimal]) + "." + cleaned[decimal + 1 :])
