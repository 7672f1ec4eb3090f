"""Writing refuses what cannot or should not be written, in newsmodel's own words.

``dumps`` of an object graph that has no JSON form raises newsmodel's error with the
pointer of the offending value (never an AttributeError from inside cattrs), and
``dump`` to a file writes no invalid document unless told to.
"""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

import newsmodel
from newsmodel import Anchor, Article, Segment, SegmentRole

TEXT = "Koptev said it."


def article(**changes: object) -> Article:
    base = Article(
        id="urn:x",
        language="en",
        text=TEXT,
        segments=(Segment(role=SegmentRole.PARAGRAPH, start=0, end=len(TEXT)),),
    )
    return attrs.evolve(base, **changes)


@pytest.mark.parametrize(
    ("value", "code"),
    [({1, 2}, "json.not_json"), (float("nan"), "json.non_finite"), (object(), "json.not_json")],
    ids=["set", "nan", "object"],
)
def test_an_extension_without_json_form_is_named_by_its_pointer(value: object, code: str) -> None:
    document = article(extensions={"acme:score": {"parts": [value]}})
    with pytest.raises(newsmodel.UnwritableDocumentError) as raised:
        newsmodel.dumps(document)
    (problem,) = raised.value.problems
    assert (problem.code, problem.pointer) == (code, "/extensions/acme:score/parts/0")


def test_a_field_changed_around_its_constructor_is_named_by_its_pointer() -> None:
    document = article()
    # What a constructor refuses can still be forced in; writing must say where.
    object.__setattr__(document.segments[0], "role", "paragraph")
    with pytest.raises(newsmodel.UnwritableDocumentError) as raised:
        newsmodel.dumps(document)
    (problem,) = raised.value.problems
    assert (problem.code, problem.pointer) == ("model.unwritable", "/segments/0/role")
    assert "Segment.role" in problem.message
    report = newsmodel.validate(document)
    assert not report.valid
    assert [(p.code, p.pointer) for p in report.problems] == [
        ("model.unwritable", "/segments/0/role")
    ]


def test_a_wrong_object_in_a_tuple_is_named_by_its_index() -> None:
    document = article()
    object.__setattr__(document, "segments", (*document.segments, "not a segment"))
    with pytest.raises(newsmodel.UnwritableDocumentError) as raised:
        newsmodel.dumps(document)
    assert raised.value.problems[0].pointer == "/segments"
    assert "Article.segments[1]" in raised.value.problems[0].message


def test_dump_refuses_an_invalid_document_and_writes_nothing(tmp_path: Path) -> None:
    wrong = article(
        attributions=(
            newsmodel.Attribution(
                id="a1",
                sources=("nobody",),
                content=(Anchor(start=0, end=6, exact="Koptev"),),
                quote=newsmodel.QuoteKind.INDIRECT,
            ),
        )
    )
    target = tmp_path / "article.json"
    with pytest.raises(newsmodel.ValidationError) as raised:
        newsmodel.dump(wrong, target)
    assert "ref.dangling" in raised.value.codes
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []

    newsmodel.dump(wrong, target, validate=False)
    assert target.read_bytes() == newsmodel.dumps(wrong)


def test_dump_writes_a_valid_document(tmp_path: Path) -> None:
    target = tmp_path / "article.json"
    newsmodel.dump(article(), target)
    assert newsmodel.load(target) == article()


def test_dumps_of_something_else_than_an_article_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="expected an Article, got dict"):
        newsmodel.dumps({"id": "urn:x"})  # type: ignore[arg-type]
