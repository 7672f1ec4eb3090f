"""Ingesting and drafting grow linearly with the text, counted in steps rather than seconds.

Four shapes made them quadratic: every one of a page's dates was compared with every
other (1,000 date lines: half a million warnings); ``newsmodel draft`` compared every
drafted attribution with every attribution of the document (8,000 of each: 44 s); a
draft counted its lines' roles once per line; the drafter compared each date and
amount it found in a paragraph with every one found before (8,000 of each in one
paragraph: 21 s); and it counted the quotation marks of a sentence again at each full
stop inside a quotation, so a paragraph whose quotation never closes cost the square of
its sentences.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import SupportsIndex, overload

from counting_lines import counting_lines
from newsmodel import coverage
from newsmodel.authoring import Draft
from newsmodel.ingest import amounts, draft_article, ingest_text, page, redraft, timex
from newsmodel.ingest.quotes import find_quotes
from newsmodel.model import SegmentRole

SENTENCE = 'Yury Koptev said "some 35 offices will close in May," and Grigory Rapota agreed.'
METADATA = {"title": "Offices close", "language": "en", "date": "2021-03-12"}


def dated_lines(count: int) -> str:
    """A text whose story is preceded by ``count`` lines that are each a date."""
    dates = "".join(f"{1 + number % 28} March {1990 + number % 30}\n" for number in range(count))
    return f"Offices close\n{dates}{SENTENCE}\n"


def test_a_page_of_many_dates_is_compared_in_linear_work() -> None:
    def work(count: int) -> tuple[int, int]:
        with counting_lines(page.__file__) as steps:
            converted = ingest_text(dated_lines(count), METADATA)
        return sum(steps.values()), len(converted.losses)

    (small, warned), (large, _) = work(200), work(400)
    # Each date that differs from the first is said to, once; not each pair of dates.
    assert 200 - 1 <= warned <= 3 * 200
    assert large <= 2.2 * small


def test_drafting_a_drafted_document_again_is_linear_and_adds_nothing() -> None:
    def work(count: int) -> int:
        text = "\n".join(SENTENCE for _ in range(count))
        once = ingest_text(text, METADATA, draft=True).value
        assert len(once.attributions) == count
        with counting_lines(redraft.__file__, coverage.__file__) as steps:
            twice = draft_article(once)
        assert twice == once
        return sum(steps.values())

    small, large = work(100), work(200)
    assert large <= 2.2 * small


class CountingRoles(Sequence[SegmentRole]):
    """Roles that count how often one of them is read."""

    def __init__(self, roles: list[SegmentRole]) -> None:
        self.roles = roles
        self.reads = 0

    @overload
    def __getitem__(self, index: int) -> SegmentRole: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[SegmentRole]: ...
    def __getitem__(self, index: int | slice) -> SegmentRole | Sequence[SegmentRole]:
        self.reads += 1
        return self.roles[index]

    def __iter__(self) -> Iterator[SegmentRole]:
        for role in self.roles:
            self.reads += 1
            yield role

    def __len__(self) -> int:
        return len(self.roles)


def test_a_draft_reads_each_line_s_role_a_bounded_number_of_times() -> None:
    def reads(lines: int) -> int:
        roles = CountingRoles([SegmentRole.HEADLINE] + [SegmentRole.PARAGRAPH] * (lines - 1))
        text = "\n".join(SENTENCE for _ in range(lines))
        draft = Draft(text, id="urn:x:y", language="en", roles=roles)
        assert len(draft.paragraphs) == lines - 1
        return roles.reads

    small, large = reads(500), reads(1000)
    assert small <= 10 * 500
    assert large <= 2 * small


def test_a_paragraph_of_many_dates_and_amounts_is_searched_in_linear_work() -> None:
    def work(count: int) -> int:
        text = " ".join(
            f"On 5 March {1900 + n % 100}, {n + 1} million dollars." for n in range(count)
        )
        with counting_lines(timex.__file__, amounts.__file__, coverage.__file__) as steps:
            times = timex.find_times(text, "2021-03-12")
            found = amounts.find_amounts(text)
        assert len(times) == count <= len(found)
        return sum(steps.values())

    small, large = work(300), work(600)
    assert large <= 2.2 * small


class CountingText(str):
    """A text that counts the characters taken out of it by slicing."""

    taken = 0

    def __getitem__(self, key: SupportsIndex | slice) -> str:
        part = str.__getitem__(self, key)
        CountingText.taken += len(part)
        return part


def test_a_quotation_that_never_closes_is_read_in_linear_work() -> None:
    def taken(sentences: int) -> int:
        text = CountingText('"' + "The port will reopen. " * sentences)
        CountingText.taken = 0
        assert find_quotes(text, [(0, len(text))]) == []
        return CountingText.taken

    small, large = taken(500), taken(1000)
    assert large <= 2.2 * small
