"""Whatever text it is given, ingest gives a valid document or a coded error, never a
crash: every draft span lands on whole characters of the canonical text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsmodel import dumps
from newsmodel.ingest import draft_article, ingest_text
from newsmodel.interchange import ConversionError
from newsmodel.strategies.text import raw_texts
from newsmodel.validation import validate

#: Words the drafters look for, mixed into generated text so that they fire on it.
_TRIGGERS = st.sampled_from(
    [
        '"',
        "“",
        "”",
        "«",
        "»",
        "„",
        "「",
        "」",
        "— ",
        " said Koptev",
        ", Berg added.",
        " $880 million",
        " €2.5bn",
        " some 90 percent",
        " more than a dozen",
        " on Wednesday",
        " last year",
        " 31.02.2020",
        " 12/03/2024",
        " 2024年3月12日",
        " the next two months or so",
        " 1,026.13",
        " 1.026,13",
        " between 5 and 10 per cent",
        "-10%",
        " to 3,000 people",
        " Jane Smith",
        " Smith",
        ". The",
        "'s",
        "\n\n",
        "\r\n",
        "ล้าน",
        "\u0301",
    ]
)


@given(
    st.lists(st.one_of(raw_texts(max_size=12), _TRIGGERS), min_size=1, max_size=12),
    st.sampled_from(["en", "de", "ja", "und"]),
    st.sampled_from([None, "2024-03-15", "1999-02", "not a date"]),
)
def test_any_text_gives_a_valid_document_or_a_coded_error(
    pieces: list[str], language: str, date: str | None
) -> None:
    text = "Headline\n\n" + "".join(pieces)
    try:
        article = ingest_text(text, {"language": language, "date": date}, draft=True).value
    except ConversionError as error:  # only for a text with no paragraph of story in it
        codes = {p.code for p in error.problems}
    else:
        codes = {p.code for p in validate(article, strict=False).errors}
    assert codes <= {"interchange.no_story"}


@given(
    st.lists(st.one_of(raw_texts(max_size=12), _TRIGGERS), min_size=1, max_size=12),
    st.sampled_from(["en", "de", "ja", "und"]),
)
def test_drafting_a_document_gives_what_ingest_draft_gives_and_adds_nothing_twice(
    pieces: list[str], language: str
) -> None:
    text = "Headline\n\n" + "".join(pieces)
    metadata = {"language": language, "date": "2024-03-15"}
    try:
        plain = ingest_text(text, metadata).value
    except ConversionError:
        return  # no story: nothing to draft (the test above checks the code)
    drafted = draft_article(plain)
    assert validate(drafted, strict=False).valid
    assert dumps(drafted) == dumps(ingest_text(text, metadata, draft=True).value)
    assert dumps(draft_article(drafted)) == dumps(drafted)
