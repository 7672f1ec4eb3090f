"""Names found in text: runs of capitalised words, and what kind of entity each seems to be.

A small heuristic, not a model (a named-entity tagger needs trained weights downloaded at
run time, which newsmodel does not do):

- a name is a run of capitalised words ("Grigory Rapota", "Strategic Missile Forces",
  "Astrid II", "U.S."), without a possessive "'s", split where a title stands inside it
  ("U.S. President Bill Clinton" is "U.S." and "Bill Clinton", the title left out);
- a sentence's first word starts a name only if it is not a function word ("The",
  "However") and the text never writes it in lower case ("Koptev said" does, "Neither"
  does not);
- weekdays and months are times, not names; a headline in title case is skipped, since
  every word of it is capitalised;
- in German, where every noun is capitalised, only a given name and a surname whose
  surname recurs alone ("Tobias Lindner" … "Lindner") are a name, with those later
  mentions, and none after an article ("der Vorfall") or, for the full name, after a
  word that may be an inflected adjective ("deutschen Rüstungskonzern Rheinmetall").

What kind each is: a person after a title or where its last word recurs alone ("Jane
Smith" … "Smith", the way news refers to people), an organization where its last word
says so ("Agency", "Ministry", "Forces"), and otherwise an organization as well, with a
lower confidence: a draft for a person to correct.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Collection, Iterable

import attrs

from newsmodel.ingest.timex import MONTHS, WEEKDAYS

#: A capitalised word, an initialism ("U.S.") or a roman numeral after a name ("II").
_WORD = re.compile(r"(?:[A-Z]\.){2,}|[A-ZÀ-ÖØ-Þ][\w'\u2019-]*")
#: What may join the words of one name: a space, or a particle between two of them
#: ("Jean de la Fontaine"; not in German, where "von" and "der" join nouns).
_JOIN = re.compile(r" (?:(?:de|van|von|la|le|der|bin|al) )?")
_SPACE = re.compile(" ")
_POSSESSIVE = re.compile(r"['\u2019]s?$")


def _words(text: str) -> frozenset[str]:
    """The words of a list written as words, one space between them."""
    return frozenset(text.split())


#: What ends the words before a sentence's first word: a full stop and spaces, or an
#: opening quotation mark.
_SENTENCE_START = re.compile(r"(?:[.!?:]['\"\u201d\u00bb]?\s+|[\"\u201c\u201e\u00ab]\s*)$")
_NOT_SPACE = re.compile(r"\S")
#: Words that start sentences but are no name, in the languages the drafts read.
FUNCTION_WORDS = _words(
    """a an the this that these those it its he she they we i you his her their our
    however but and or if when while after before as at in on for with from by to of
    neither nor another other some many most more no not all both each every one there
    here what which who why how then also yet still so such according
    der die das den dem des ein eine einer eines auch aber und oder wenn als bei nach
    mit von zu im am man es er sie wir ich woher darunter dabei dass nicht
    le la les un une des du de et ou mais si quand pour avec dans sur il elle ils elles
    nous on ce cette ces selon"""
)
#: Titles before a person's name; left out of the name, and a sign it is a person's.
TITLES = _words(
    """president chancellor minister secretary senator governor mayor general director
    chief spokesman spokeswoman mr mrs ms dr prof sir king queen pope prince princess
    präsident präsidentin kanzler kanzlerin ministerin sprecher sprecherin herr frau
    président présidente ministre madame monsieur"""
)
#: Last words that make a name an organization's.
ORGANIZATION_WORDS = _words(
    """agency ministry department company corporation corp inc ltd plc group bank fund
    forces army navy party council commission committee government office institute
    university union association federation authority court parliament police service
    services news times post press agentur ministerium bundesamt gmbh ag partei
    ministère agence société"""
)
#: German articles and determiners: a capitalised word after one is a noun.
_DETERMINERS = _words(
    """der die das den dem des ein eine einen einem einer eines kein keine keinen keinem
    keiner dieser diese dieses diesen diesem sein seine seinen ihr ihre ihren unser
    unsere"""
)
#: The endings of an inflected German adjective; a verb before a surname ("sagte
#: Lindner") ends in "e" too, so a surname alone is read as a noun only after the others.
_INFLECTED = ("e", "en", "er", "es", "em")
_INFLECTED_NOT_VERB = ("en", "er", "es", "em")
#: Languages whose spelling capitalises every noun.
_NOUNS_CAPITALISED = frozenset({"de", "lb"})


class NameKind(enum.Enum):
    """What kind of entity a name seems to be, and how sure the heuristic is of it."""

    PERSON = "person"
    ORGANIZATION = "organization"
    UNKNOWN = "unknown"
    """Neither title, recurrence nor last word says: drafted as an organization."""


@attrs.frozen
class FoundName:
    """A name's offsets in the text and its words."""

    start: int
    end: int
    words: str
    titled: bool = False
    """Whether a title stands before it ("President Bill Clinton")."""
    initial: bool = False
    """Whether it opens a sentence, where any word is capitalised."""

    @property
    def last_word(self) -> str:
        return self.words.split()[-1].casefold()


def find_names(
    text: str, segments: Iterable[tuple[int, int]], language: str = "en"
) -> list[FoundName]:
    """The names of the ``segments`` (offsets into ``text``), in text order."""
    lowered = {w.casefold() for w in re.findall(r"(?<![\w.])[a-zà-ÿ][\w'\u2019-]*", text)}
    nouns_capitalised = language.split("-")[0].lower() in _NOUNS_CAPITALISED
    join = _SPACE if nouns_capitalised else _JOIN
    found = [
        name
        for start, end in segments
        if not _title_case(text[start:end])
        for name in _names_in(text, start, end, lowered, join)
    ]
    if nouns_capitalised:
        return _recurring_only(found, text)
    # A single word opening a sentence ("Port reopens", "Time will show") is a name only
    # where the text also capitalises it inside a sentence or a longer name ("Koptev
    # said" after "Yury Koptev").
    inside = {
        word.casefold()
        for n in found
        if not n.initial or " " in n.words
        for word in n.words.split()
    }
    return [n for n in found if not n.initial or " " in n.words or n.words.casefold() in inside]


def kind_of(name: FoundName, alone: Collection[str]) -> NameKind:
    """What kind of entity ``name`` seems to be, given the words its text uses alone as
    names (casefolded: see :func:`used_alone`)."""
    words = name.words.split()
    if words[-1].casefold() in ORGANIZATION_WORDS:
        return NameKind.ORGANIZATION
    if name.titled or (len(words) > 1 and name.last_word in alone):
        return NameKind.PERSON
    return NameKind.UNKNOWN


def used_alone(names: Iterable[FoundName]) -> set[str]:
    """The one-word names, casefolded: "Smith" after "Jane Smith" says she is a person."""
    return {n.words.casefold() for n in names if " " not in n.words}


def _names_in(
    text: str, start: int, end: int, lowered: set[str], join: re.Pattern[str]
) -> Iterable[FoundName]:
    run: list[re.Match[str]] = []
    at = start
    while (word := _WORD.search(text, at, end)) is not None:
        at = word.end()
        if run and join.fullmatch(text, run[-1].end(), word.start()) is None:
            yield from _split(text, run, start, lowered)
            run = []
        if word.start() > start and text[word.start() - 1].isalnum():
            continue  # inside a word: "iPhone", "McDonald" start elsewhere
        run.append(word)
        if _POSSESSIVE.search(word.group()):
            yield from _split(text, run, start, lowered)
            run = []
    yield from _split(text, run, start, lowered)


def _split(
    text: str, run: list[re.Match[str]], segment_start: int, lowered: set[str]
) -> Iterable[FoundName]:
    """The names of one run of capitalised words, without what cannot be in one."""
    initial = bool(run) and _opens_sentence(text, segment_start, run[0].start())
    if initial:
        first = run[0].group().casefold()
        if first in FUNCTION_WORDS or first in lowered or first in TITLES:
            run, initial = run[1:], False
    part: list[re.Match[str]] = []
    titled = False
    for word in [*run, None]:
        bare = _POSSESSIVE.sub("", word.group()).casefold() if word else ""
        if word is None or bare in TITLES or bare in WEEKDAYS or bare in MONTHS:
            if part:
                yield _found(text, part, titled, initial)
            part, titled, initial = [], word is not None and bare in TITLES, False
            continue
        part.append(word)


def _opens_sentence(text: str, segment_start: int, start: int) -> bool:
    """Whether the word at ``start`` is the first of its segment or its sentence; only
    the few characters before it are read, so a long paragraph costs no more."""
    first = _NOT_SPACE.search(text, segment_start, start)
    if first is None:
        return True
    return _SENTENCE_START.search(text[max(segment_start, start - 6) : start]) is not None


def _found(text: str, words: list[re.Match[str]], titled: bool, initial: bool) -> FoundName:
    end = words[-1].end()
    possessive = _POSSESSIVE.search(words[-1].group())
    if possessive and not words[-1].group().endswith("."):
        end -= len(possessive.group())
    start = words[0].start()
    return FoundName(start, end, text[start:end], titled, initial)


def _recurring_only(found: list[FoundName], text: str) -> list[FoundName]:
    """The names of a text whose nouns are all capitalised: a given name and a surname
    ("Tobias Lindner") whose surname recurs alone, and those later mentions; neither
    after an article or an inflected adjective ("der Vorfall", "deutschen Rüstungskonzern
    Rheinmetall"), which is how a noun reads."""
    alone = {
        n.words.casefold()
        for n in found
        if " " not in n.words and not _noun(text, n.start, _INFLECTED_NOT_VERB)
    }
    full = [
        FoundName(start, n.end, text[start : n.end], n.titled)
        for n in found
        if len(n.words.split()) >= 2
        and n.last_word in alone
        and not _noun(text, start := n.end - len(" ".join(n.words.split()[-2:])), _INFLECTED)
    ]
    surnames = {n.last_word: n.start for n in full}
    later = [
        n
        for n in found
        if " " not in n.words
        and surnames.get(n.words.casefold(), n.start) < n.start
        and not _noun(text, n.start, _INFLECTED_NOT_VERB)
    ]
    return sorted([*full, *later], key=lambda n: n.start)


def _noun(text: str, start: int, endings: tuple[str, ...]) -> bool:
    """Whether the words at ``start`` follow an article or a lower-case word with one of
    the ``endings`` of an inflected adjective."""
    before = re.search(r"(\w+)\s+$", text[max(0, start - 40) : start])
    if before is None:
        return False
    word = before.group(1)
    return word.casefold() in _DETERMINERS or (word.islower() and word.endswith(endings))


def _title_case(words: str) -> bool:
    """Whether most words of a line are capitalised, as in an English headline."""
    long = [w for w in words.split() if len(w) > 3]
    return (
        len(words.split()) < 16
        and len(long) >= 3
        and sum(w[:1].isupper() for w in long) > 0.6 * len(long)
    )
