"""What every corpus reader shares: the conversion result, segments, XML reading, errors."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

import attrs

from newsmodel.corpora.fidelity import FidelityReport
from newsmodel.errors import NewsmodelError, Problem, UnreadableDocumentError, printable
from newsmodel.model import Article, Segment, SegmentRole, canonical_text
from newsmodel.problems import CORPUS_UNREADABLE


class CorpusError(NewsmodelError, ValueError):
    """A corpus file that cannot be read as its format: the message names the file and why."""

    def __init__(self, source: str | Path, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = str(source)
        self.why = message

    @property
    def problem(self) -> Problem:
        """The error as a problem of code ``interchange.corpus_unreadable``."""
        return CORPUS_UNREADABLE.problem(why=self.why)


@attrs.frozen
class Conversion:
    """One converted document and the fidelity report of its conversion."""

    article: Article
    report: FidelityReport


def read_xml(path: Path) -> ET.Element:
    """The root element of an XML file, or a :class:`CorpusError` saying why not.

    The standard library's expat parser refuses the entity-expansion attacks ("billion
    laughs") since expat 2.4.1, and external entities are never fetched.
    """
    try:
        return ET.parse(path).getroot()
    except ET.ParseError as error:
        raise CorpusError(path, f"not well-formed XML: {error}") from None
    except OSError as error:
        raise CorpusError(path, f"cannot be read: {error.strerror}") from None


def line_segments(text: str, roles: Sequence[SegmentRole] = ()) -> tuple[Segment, ...]:
    """One segment per non-blank line of ``text``; the first lines take ``roles``, the
    others are paragraphs. Each segment is the line without its outer white space."""
    segments = []
    for number, match in enumerate(re.finditer(r"[^\n]*\S[^\n]*", text)):
        start = match.start() + len(match.group()) - len(match.group().lstrip())
        end = match.end() - (len(match.group()) - len(match.group().rstrip()))
        role = roles[number] if number < len(roles) else SegmentRole.PARAGRAPH
        segments.append(Segment(role=role, start=start, end=end))
    return tuple(segments)


def read_text(path: Path) -> str:
    """The UTF-8 text of a corpus file, within the reader's size limit (a '.txt' that is
    '/dev/zero', or gigabytes long, must not take all memory), or a :class:`CorpusError`."""
    from newsmodel.documents import read_file  # imported here: documents imports the model

    name = printable(path.name)  # the message names it: it may be a .ann next to the text
    try:
        return read_file(path).decode("utf-8")
    except UnreadableDocumentError as error:
        raise CorpusError(path, f"{name}: {error.problems[0].message}") from None
    except UnicodeDecodeError:
        raise CorpusError(path, f"{name}: not UTF-8") from None


def checked_text(source: str | Path, text: str) -> str:
    """``text`` if it is already canonical (so that the source's offsets hold), else an error."""
    if canonical_text(text) != text:
        raise CorpusError(source, "the text is not in NFC form; its offsets cannot be kept")
    return text


def namespaced(
    prefix: str, attributes: dict[str, str], *, skip: Sequence[str] = ()
) -> dict[str, str]:
    """The source attributes not otherwise mapped, as extensions ``prefix:name``; empty
    values are left out."""
    return {f"{prefix}:{k}": v for k, v in attributes.items() if v and k not in skip}
