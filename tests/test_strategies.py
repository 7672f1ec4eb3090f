"""The public strategies: that they generate what they promise, and how users get them."""

from __future__ import annotations

import importlib.metadata
import re
import subprocess
import sys
import textwrap
import unicodedata
from typing import Any

import pytest
from hypothesis import find, given
from hypothesis import strategies as st
from hypothesis.errors import Unsatisfiable

import newsmodel
from newsmodel.model import TimexType
from newsmodel.model._fields import ID_PATTERN
from newsmodel.model.times import TIMEX_VALUE_PATTERN
from newsmodel.schema.formats import format_checker
from newsmodel.strategies import (
    anchorable_texts,
    anchors,
    ids,
    iris,
    raw_texts,
    segmented_texts,
    timex_values,
)

# --- the text strategies reach what the issue asks for ------------------------------------


@pytest.mark.parametrize(
    ("what", "found"),
    [
        ("a Windows line break", lambda t: "\r\n" in t),
        ("a lone CR", lambda t: "\r" in t.replace("\r\n", "")),
        ("a precomposed accent", lambda t: "é" in t),
        ("a combining mark", lambda t: any(unicodedata.combining(c) for c in t)),
        ("a CJK ideograph", lambda t: any("\u4e00" <= c <= "\u9fff" for c in t)),
        ("a character outside the BMP", lambda t: any(ord(c) > 0xFFFF for c in t)),
        ("text that is not NFC", lambda t: not unicodedata.is_normalized("NFC", t)),
    ],
)
def test_raw_texts_hold(what: str, found: Any) -> None:
    assert found(find(raw_texts(), found)), what


@given(segmented_texts())
def test_segments_cover_a_canonical_text(drawn: tuple[str, tuple[newsmodel.Segment, ...]]) -> None:
    text, segments = drawn
    assert newsmodel.is_canonical_text(text)
    covered = [False] * len(text)
    for segment in segments:
        assert segment.text_in(text).strip()
        for index in range(segment.start, segment.end):
            assert not covered[index]
            covered[index] = True
    assert not "".join(c for c, inside in zip(text, covered, strict=True) if not inside).strip()


def test_a_mark_on_a_space_is_no_place_for_an_anchor() -> None:
    # Found by the per-class property: " \u0301" is not blank, yet its one non-blank
    # character is the inside of a user-perceived character, so no anchor starts there.
    with pytest.raises(Unsatisfiable):
        find(anchors(" \u0301"), lambda anchor: True)
    # An anchorable text that holds the mark gives an anchor on something not blank (the
    # mark itself, where it begins the text: a character of its own there).
    text = find(anchorable_texts(), lambda text: "\u0301" in text)
    assert find(anchors(text), lambda anchor: True).exact.strip()


@given(data=st.data())
def test_every_anchorable_text_gives_an_anchor_on_its_exact_words(data: Any) -> None:
    text = data.draw(anchorable_texts())
    anchor = data.draw(anchors(text))
    assert text[anchor.start : anchor.end] == anchor.exact


# --- scalar values --------------------------------------------------------------------------


@given(ids)
def test_ids_have_the_form_the_schema_requires(identifier: str) -> None:
    assert re.fullmatch(ID_PATTERN.strip("^$"), identifier)


@given(iris())
def test_iris_pass_the_iri_format_check(iri: str) -> None:
    assert format_checker().conforms(iri, "iri")


@pytest.mark.parametrize("type_", list(TimexType))
@given(data=st.data())
def test_timex_values_are_well_formed_and_fit_their_type(type_: TimexType, data: Any) -> None:
    value = data.draw(timex_values(type_))
    assert re.fullmatch(TIMEX_VALUE_PATTERN.strip("^$"), value)
    is_duration = value.startswith("P") and not value.endswith("_REF")
    assert is_duration == (type_ is TimexType.DURATION)


# --- installation: the entry point, and newsmodel without hypothesis ------------------------


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-W", "error", "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_the_installed_distribution_declares_the_entry_point_and_the_extra() -> None:
    entry_points = importlib.metadata.entry_points(group="hypothesis")
    ours = [ep for ep in entry_points if ep.value.startswith("newsmodel.")]
    assert [ep.value for ep in ours] == ["newsmodel._hypothesis_hook:register_type_strategies"]
    assert ours[0].dist is not None
    extras = ours[0].dist.metadata.get_all("Provides-Extra") or []
    assert "hypothesis" in extras


def test_from_type_gives_valid_articles_in_a_fresh_interpreter() -> None:
    # As a user's test suite would: import hypothesis and newsmodel, never the strategies.
    # "-W error" also turns hypothesis's warning about slow plugin imports into a failure.
    result = run_python(
        """
        import sys
        from hypothesis import given, settings, strategies as st
        import newsmodel

        assert "newsmodel._hypothesis_hook" in sys.modules, "hypothesis ran no entry point"

        @settings(max_examples=10, database=None, deadline=None)
        @given(st.from_type(newsmodel.Article))
        def test(article):
            assert isinstance(article, newsmodel.Article)
            report = newsmodel.validate(newsmodel.dumps(article))
            assert report.valid, report.problems

        test()
        print("ok")
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_newsmodel_imports_and_validates_without_hypothesis() -> None:
    result = run_python(
        """
        import sys
        sys.modules["hypothesis"] = None  # as if it were not installed
        import newsmodel
        article = newsmodel.Article(
            id="urn:x", language="en", text="Hi",
            segments=(newsmodel.Segment(role=newsmodel.SegmentRole.PARAGRAPH, start=0, end=2),),
        )
        assert newsmodel.validate(article).valid
        try:
            import newsmodel.strategies
        except ImportError as error:
            print(error)
        """
    )
    assert result.returncode == 0, result.stderr
    assert "pip install 'newsmodel-py[hypothesis]'" in result.stdout


def test_the_entry_point_loads_no_heavy_module_until_a_type_is_asked_for() -> None:
    # Every "import hypothesis" where newsmodel is installed runs the entry point.
    result = run_python(
        """
        import sys
        from hypothesis import given, settings, strategies as st
        import newsmodel
        heavy = ("cattrs", "jsonschema", "newsmodel.validation", "newsmodel.strategies")
        print(sorted(name for name in heavy if name in sys.modules))

        @settings(max_examples=1, database=None)
        @given(st.from_type(newsmodel.Claim))
        def test(claim):
            assert isinstance(claim, newsmodel.Claim)

        test()
        print("newsmodel.strategies" in sys.modules)
        """
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == ["[]", "True"]


def test_the_strategies_module_imports_before_hypothesis() -> None:
    # Importing it first imports hypothesis, which runs the entry point meanwhile.
    result = run_python("import newsmodel.strategies; print('ok')")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
