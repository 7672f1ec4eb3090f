"""newsmodel.validate and newsmodel.loads: every input form, options, and no raw exceptions."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import referencing.exceptions
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel import Severity
from newsmodel.codec import ReadLimits, parse
from newsmodel.errors import UnknownRuleError
from newsmodel.schema.registry import registry, validator
from newsmodel.validation import RULES, Options, checked, select_rules, validate_parsed
from newsmodel.versions import CURRENT_VERSION

CORPUS = Path(__file__).parents[1] / "corpus" / CURRENT_VERSION
ARTICLE = (CORPUS / "valid" / "port-authority-signs-deal.json").read_bytes()
WARNED = (CORPUS / "warnings" / "anchor.untrimmed--trailing-space.json").read_bytes()
SHIFTED = (CORPUS / "invalid" / "anchor.text_mismatch--shifted-offset.json").read_bytes()


def test_every_form_of_a_document_gives_the_same_verdict() -> None:
    article = newsmodel.loads(ARTICLE)
    forms: list[Any] = [ARTICLE, ARTICLE.decode(), parse(ARTICLE), article]
    assert all(newsmodel.validate(form).valid for form in forms)
    bad = [SHIFTED, SHIFTED.decode(), parse(SHIFTED)]
    assert {tuple(newsmodel.validate(form).codes) for form in bad} == {("anchor.text_mismatch",)}


def test_a_problem_has_code_severity_pointer_line_and_a_one_line_message() -> None:
    (problem,) = newsmodel.validate(SHIFTED).problems
    assert problem.code == "anchor.text_mismatch"
    assert problem.severity is Severity.ERROR
    assert problem.pointer == "/events/0/anchor/exact"
    # The line is where the value the pointer names starts in the text.
    lines = SHIFTED.decode().splitlines()
    assert '"exact": "signed"' in lines[problem.line - 1]
    assert "\n" not in problem.message


def test_a_parsed_dict_has_pointers_but_no_lines() -> None:
    (problem,) = newsmodel.validate(parse(SHIFTED)).problems
    assert problem.line is None
    assert problem.pointer == "/events/0/anchor/exact"


def test_json_lines_put_the_documents_line_on_every_problem() -> None:
    report = newsmodel.validate(SHIFTED, line=42)
    assert [p.line for p in report.problems] == [42]


def test_loads_raises_validation_error_with_the_problems_validate_reports() -> None:
    with pytest.raises(newsmodel.ValidationError) as caught:
        newsmodel.loads(SHIFTED)
    assert caught.value.problems == newsmodel.validate(SHIFTED).problems
    assert not isinstance(caught.value, newsmodel.UnreadableDocumentError)
    assert "anchor.text_mismatch" in str(caught.value)


def test_warnings_do_not_stop_loads_but_strict_makes_them_errors() -> None:
    assert newsmodel.validate(WARNED).valid
    assert newsmodel.validate(WARNED).warnings
    newsmodel.loads(WARNED)
    report = newsmodel.validate(WARNED, strict=True)
    assert not report.valid
    assert all(p.severity is Severity.ERROR for p in report.problems)
    with pytest.raises(newsmodel.ValidationError):
        newsmodel.loads(WARNED, strict=True)


def test_rules_turn_off_and_on_by_code_and_by_pattern() -> None:
    assert newsmodel.validate(SHIFTED, disable=["anchor.text_mismatch"]).valid
    assert newsmodel.validate(SHIFTED, disable=["anchor.*"]).valid
    assert newsmodel.validate(SHIFTED, enable_only=["ref.*"]).valid
    assert not newsmodel.validate(SHIFTED, enable_only=["anchor.text_mismatch"]).valid
    assert len(select_rules(enable_only=["time.*"])) == sum(
        r.code.startswith("time.") for r in RULES
    )


def test_a_rule_code_that_names_no_rule_is_refused() -> None:
    with pytest.raises(UnknownRuleError, match=r"anchor\.txet_mismatch"):
        newsmodel.validate(ARTICLE, disable=["anchor.txet_mismatch"])


def test_one_options_object_says_what_the_keywords_say() -> None:
    options = Options(disable=["anchor.*"], strict=True)
    assert newsmodel.validate(SHIFTED, options) == newsmodel.validate(
        SHIFTED, disable=["anchor.*"], strict=True
    )
    assert newsmodel.validate(SHIFTED, options).valid
    # A keyword replaces the field of the options given with it.
    assert not newsmodel.validate(SHIFTED, options, disable=()).valid
    assert checked(SHIFTED, options).report == newsmodel.validate(SHIFTED, options)
    assert validate_parsed(json.loads(SHIFTED), options) == newsmodel.validate(SHIFTED, options)
    assert options.rules == select_rules(disable=["anchor.*"])


def test_options_refuse_an_unknown_code_when_made_and_take_one_code_as_a_string() -> None:
    with pytest.raises(UnknownRuleError, match=r"anchor\.txet_mismatch"):
        Options(enable_only=["anchor.txet_mismatch"])
    assert Options(disable="anchor.*").disable == ("anchor.*",)
    assert Options(enable_only=iter(["ref.*"])).enable_only == ("ref.*",)


def test_turning_rules_off_never_turns_off_the_schema() -> None:
    data = json.loads(ARTICLE)
    data["headline"] = "x"
    assert newsmodel.validate(data, enable_only=[]).codes == ["schema.additional_properties"]


def test_the_rule_table_is_well_formed() -> None:
    codes = [rule.code for rule in RULES]
    assert len(codes) == len(set(codes))
    for rule in RULES:
        assert rule.code.count(".") == 1
        assert rule.code == rule.code.lower()
        assert rule.summary.endswith(".")
        assert "\n" not in rule.summary
        assert rule.severity in (Severity.ERROR, Severity.WARNING)


def test_a_python_value_that_json_cannot_hold_is_refused_with_a_code() -> None:
    data = json.loads(ARTICLE)
    data["extensions"] = {"corpus:bad": {1, 2}, "corpus:nan": math.nan}
    report = newsmodel.validate(data)
    assert sorted(report.codes) == ["json.non_finite", "json.not_json"]
    deep: Any = "x"
    for _ in range(5000):
        deep = [deep]
    data["extensions"] = {"corpus:deep": deep}
    assert newsmodel.validate(data).codes == ["json.too_deep"]


def test_an_article_built_with_bad_values_is_reported_not_raised() -> None:
    article = newsmodel.loads(ARTICLE)
    import attrs

    broken = attrs.evolve(article, language="not a language tag!")
    assert newsmodel.validate(broken).codes == ["schema.pattern"]


def test_messages_never_quote_much_of_the_input() -> None:
    data = json.loads(ARTICLE)
    huge = "x" * 1_000_000
    data["language"] = huge
    data["segments"][0]["role"] = huge
    data[huge] = 1
    for problem in newsmodel.validate(data).problems:
        assert len(problem.message) < 200
        assert len(problem.pointer) < 200 or problem.code == "schema.additional_properties"
    with pytest.raises(newsmodel.ValidationError) as caught:
        newsmodel.loads(json.dumps(data))
    assert len(str(caught.value)) < 400


def test_each_missing_key_and_each_unknown_key_is_its_own_problem() -> None:
    data = json.loads(ARTICLE)
    del data["id"], data["language"]
    data["alpha"] = data["beta"] = 1
    report = newsmodel.validate(data)
    assert sorted(str(p) for p in report.problems) == [
        "/: schema.required missing required key 'id'",
        "/: schema.required missing required key 'language'",
        "/alpha: schema.additional_properties unknown key 'alpha'",
        "/beta: schema.additional_properties unknown key 'beta'",
    ]


def test_the_registry_never_fetches_an_unknown_reference() -> None:
    unknown = "https://example.org/not-bundled.schema.json"
    with pytest.raises(referencing.exceptions.NoSuchResource):
        registry().get_or_retrieve(unknown)
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$ref": unknown}
    checker = jsonschema.Draft202012Validator(schema, registry=registry())
    with pytest.raises(referencing.exceptions.Unresolvable):
        checker.validate({})


def test_validators_are_built_once_per_version() -> None:
    assert validator(newsmodel.CURRENT_VERSION) is validator(newsmodel.CURRENT_VERSION)


def test_load_reports_missing_paths_and_folders_with_codes(tmp_path: Path) -> None:
    with pytest.raises(newsmodel.UnreadableDocumentError) as caught:
        newsmodel.load(tmp_path / "missing.json")
    assert caught.value.codes == ["input.not_found"]
    with pytest.raises(newsmodel.UnreadableDocumentError) as caught:
        newsmodel.load(tmp_path)
    assert caught.value.codes == ["input.is_directory"]


def test_load_refuses_a_large_file_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "sparse.json"
    with path.open("wb") as stream:
        stream.truncate(2 * 1024**3)  # two gigabytes that take no disk and must take no memory
    with pytest.raises(newsmodel.UnreadableDocumentError) as caught:
        newsmodel.load(path, limits=ReadLimits(max_bytes=1000))
    assert caught.value.codes == ["json.too_large"]


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200))
def test_no_bytes_make_validate_raise(data: bytes) -> None:
    report = newsmodel.validate(data)
    assert not report.valid


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_no_byte_edit_of_a_good_document_makes_validate_raise(data: st.DataObject) -> None:
    at = data.draw(st.integers(0, len(ARTICLE) - 1))
    cut = data.draw(st.integers(0, 20))
    inserted = data.draw(st.binary(max_size=8))
    mutant = ARTICLE[:at] + inserted + ARTICLE[at + cut :]
    report = newsmodel.validate(mutant)
    for problem in report.problems:
        assert problem.code.split(".")[0] in {
            "json",
            "schema",
            *{r.code.split(".")[0] for r in RULES},
        }
    if not report.valid:
        with pytest.raises(newsmodel.ValidationError):
            newsmodel.loads(mutant)


@pytest.mark.parametrize("value", [None, 3, ["{}"], {"$schema": "x"}])
def test_loads_takes_only_json_text(value: Any) -> None:
    with pytest.raises(TypeError, match="from_json"):
        newsmodel.loads(value)


@pytest.mark.parametrize("offset", ["1e308", "9007199254740994.0", "1e20"])
def test_an_integral_float_beyond_double_precision_is_no_integer(offset: str) -> None:
    """1e308 passed the schema as an integer and the message printed 309 digits (issue 16)."""
    data = json.loads(ARTICLE)
    end = data["segments"][0]["end"]
    data["segments"][0]["end"] = -7
    text = json.dumps(data)
    report = newsmodel.validate(text.replace('"end": -7', f'"end": {offset}', 1))
    assert [(p.code, p.pointer) for p in report.problems] == [("schema.type", "/segments/0/end")]
    assert len(report.problems[0].message) < 60
    assert newsmodel.validate(text.replace('"end": -7', f'"end": {end}.0', 1)).valid
