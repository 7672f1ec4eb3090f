"""Ids for a draft's objects: given by the author, or made readable from their words.

A generated id is a prefix for the kind of object and the first words of its name or
text (leaving out "the", "of" and other words too common to tell objects apart), in ASCII: ``t-wednesday``, ``q-some-880-million``, ``yury-koptev``. The second
object that would get the same id gets ``-2``, the third ``-3``. Ids depend only on what
the draft says and the order it says it in, so rerunning a script gives the same ids.
"""

from __future__ import annotations

import re
import unicodedata

from newsmodel.model._fields import ID_PATTERN

_WORDS = 4
#: Words too common to tell two objects apart; left out of generated ids.
_SKIPPED = frozenset(
    ["a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"]
)
_LONGEST = 40
_ID = re.compile(ID_PATTERN)


def slug(words: str, *, fallback: str) -> str:
    """Lower-case ASCII words of ``words`` joined by hyphens; ``fallback`` if none are left."""
    ascii_only = unicodedata.normalize("NFKD", words).encode("ascii", "ignore").decode()
    words_found = re.findall(r"[a-z0-9]+", ascii_only.lower())
    parts = [word for word in words_found if word not in _SKIPPED][:_WORDS]
    made = "-".join(parts)[:_LONGEST].strip("-")
    return made or fallback


class Ids:
    """The ids taken in one draft, and what took each."""

    def __init__(self) -> None:
        self._owners: dict[str, str] = {}
        self._counts: dict[str, int] = {}

    def take(self, given: str | None, *, kind: str, prefix: str, words: str, what: str) -> str:
        """Reserve ``given`` (refused if malformed or taken) or make an id from ``words``.

        ``kind`` ('person', 'time') stands in for words with no ASCII letters in them;
        ``what`` names the object in error messages.
        """
        if given is not None:
            if not isinstance(given, str) or not _ID.match(given):
                raise ValueError(
                    f"id {given!r} for {what} is not an id: a letter, then letters, digits, "
                    "'_', '.', ':' or '-'"
                )
            if given in self._owners:
                raise ValueError(
                    f"id {given!r} for {what} is already the id of {self._owners[given]}"
                )
            self._owners[given] = what
            return given
        base = prefix + slug(words, fallback=kind)
        if not base[0].isalpha():
            base = f"{kind}-{base}"
        number = self._counts.get(base, 0)
        while True:
            number += 1
            made = base if number == 1 else f"{base}-{number}"
            if made not in self._owners:
                break
        self._counts[base] = number
        self._owners[made] = what
        return made
