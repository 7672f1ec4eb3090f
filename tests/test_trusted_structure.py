"""The trusted structuring path gives exactly the objects the checked path gives.

:func:`newsmodel.codec.trusted.structure_valid` skips the constructors' type checks for
schema-valid input; these tests hold it to the checked path (cattrs and the
constructors) on every schema-valid document the repository has and on generated ones:
equal objects of the same types all the way down (tuples, enums, canonical numbers), and
the objects it records are those the rules' walk finds, with the same paths, in the
same order. Where the input is not what the schema lets through, it falls back to the
checked path, which converts or refuses it as before.
"""

from __future__ import annotations

import contextlib
import copy
import threading
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsmodel
from newsmodel import Article
from newsmodel.codec import structure, trusted, unstructure
from newsmodel.codec.trusted import NotTrusted, structure_trusted, structure_valid
from newsmodel.examples import small_article
from newsmodel.model._fields import typed_fields
from newsmodel.strategies import articles
from newsmodel.validation import checked
from newsmodel.validation.rules import RULES, Context
from newsmodel.validation.walk import Located, objects
from test_properties_mutations import NotApplicable, _schema_preserving_edit

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "src/newsmodel/examples").glob("*.json"))
CORPUS = sorted((ROOT / "tests/corpus").glob("**/*.json*"))


def schema_valid_documents() -> list[tuple[str, Any]]:
    """Every document of the examples and the corpus that passes the schema, carried to
    the current version (what structuring is given)."""
    found = []
    for path in (*EXAMPLES, *CORPUS):
        data = path.read_bytes()
        lines = data.split(b"\n") if path.suffix == ".jsonl" else [data]
        for number, line in enumerate(lines, 1):
            if line.strip():
                value = checked(line).value
                if value is not None:
                    found.append((f"{path.relative_to(ROOT)}:{number}", value))
    return found


DOCUMENTS = schema_valid_documents()


def assert_identical(made: Any, expected: Any, where: str = "") -> None:
    """Equal, and of the same types at every level (``1 == 1.0`` and ``(1,) != [1]`` here)."""
    assert type(made) is type(expected), f"{where}: {type(made)} is not {type(expected)}"
    if attrs.has(type(expected)):
        for field in attrs.fields(type(expected)):
            name = field.name
            assert_identical(getattr(made, name), getattr(expected, name), f"{where}.{name}")
    elif isinstance(expected, (tuple, list)):
        assert len(made) == len(expected), where
        for index, (item, other) in enumerate(zip(made, expected, strict=True)):
            assert_identical(item, other, f"{where}[{index}]")
    elif isinstance(expected, dict):
        assert list(made) == list(expected), where
        for key in expected:
            assert_identical(made[key], expected[key], f"{where}[{key!r}]")
    else:
        assert made == expected, where


def _objects_of_json(value: Any) -> list[Any]:
    """Every JSON object and list in ``value``, itself included."""
    if isinstance(value, dict):
        return [value, *(inner for item in value.values() for inner in _objects_of_json(item))]
    if isinstance(value, list):
        return [value, *(inner for item in value for inner in _objects_of_json(item))]
    return []


def _json_at(value: Any, path: tuple[str | int, ...]) -> Any:
    for step in path:
        value = value[step]
    return value


def assert_like_the_checked_path(value: Any) -> None:
    found: list[Located[Any]] = []
    given = copy.deepcopy(value)
    article = structure_trusted(given, Article, found)
    assert_identical(article, structure(value, Article))
    # A frozen article holds no object of the input, which its caller may change later.
    given_objects = {id(inner) for inner in _objects_of_json(given)}
    for located in found:
        for field in attrs.fields(type(located.obj)):
            assert id(getattr(located.obj, field.name)) not in given_objects, field.name
    # Each object was made from the JSON object its path leads to in the input.
    for located in found:
        assert structure(_json_at(value, located.path), type(located.obj)) == located.obj
    # What was recorded is what the rules' walk finds in the article, in its order.
    walked = list(objects(article))
    assert [located.path for located in found] == [located.path for located in walked]
    assert all(located.obj is other.obj for located, other in zip(found, walked, strict=True))
    assert Context(article, found).located == list(Context(article).located)


def findings(context: Context) -> list[tuple[str, Any, str]]:
    """What every rule finds, in the order reports list it."""
    return [(rule.code, *finding) for rule in RULES for finding in rule.check(context)]


def assert_same_verdicts(value: Any) -> None:
    """The rules find the same on the objects recorded while structuring as on a walk."""
    article, found = structure_valid(copy.deepcopy(value), Article)
    walked = findings(Context(structure(value, Article)))
    assert findings(Context(article, found)) == walked


MODEL_CLASSES = [
    cls
    for cls in (getattr(newsmodel.model, name) for name in newsmodel.model.__all__)
    if isinstance(cls, type) and attrs.has(cls)
]


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=[cls.__name__ for cls in MODEL_CLASSES])
def test_every_model_class_has_a_trusted_structurer(cls: type) -> None:
    # A field type or a class feature the generator does not know fails here, not on a
    # user's first document.
    assert callable(trusted._structurer(cls))


def test_the_repository_has_schema_valid_documents_that_break_every_rule() -> None:
    # Guards the test below against finding nothing: the examples, the valid corpus, the
    # warnings and the documents that break only rules, every rule among them.
    broken = set()
    for _, value in DOCUMENTS:
        broken |= {code for code, *_ in findings(Context(*structure_valid(value, Article)))}
    assert broken == {rule.code for rule in RULES}


@pytest.mark.parametrize(("name", "value"), DOCUMENTS, ids=[name for name, _ in DOCUMENTS])
def test_the_trusted_path_makes_what_the_checked_path_makes(name: str, value: Any) -> None:
    assert_like_the_checked_path(value)
    # Among these are the documents that break each rule (the bad-input corpus).
    assert_same_verdicts(value)


@given(st.from_type(Article))
def test_the_trusted_path_makes_what_the_checked_path_makes_of_generated_articles(
    article: Article,
) -> None:
    value = newsmodel.codec.parse(newsmodel.dumps(article))
    assert_like_the_checked_path(value)
    assert structure_valid(value, Article)[0] == article


@given(article=articles(), data=st.data())
def test_the_two_paths_agree_on_documents_edited_where_the_schema_cannot_see(
    article: Article, data: st.DataObject
) -> None:
    # The property tests' edits that keep a document schema-valid: a rule broken, 3.0 for
    # 3 (which the trusted path leaves to the checked one), a default written out, an
    # optional key dropped.
    document = unstructure(article)
    for _ in range(data.draw(st.integers(1, 3))):
        with contextlib.suppress(NotApplicable):
            _schema_preserving_edit(document, data)
    made, found = structure_valid(copy.deepcopy(document), Article)
    assert_identical(made, structure(document, Article))
    if found is not None:
        assert_like_the_checked_path(document)
    assert_same_verdicts(document)


def _small() -> dict[str, Any]:
    value: dict[str, Any] = unstructure(small_article())
    return value


def _first_mention(value: dict[str, Any]) -> dict[str, Any]:
    mention: dict[str, Any] = value["entities"][0]["mentions"][0]
    return mention


def test_a_number_is_held_in_its_one_written_form() -> None:
    # 4.0e7 and 40000000 are the same number, held as the int; 2.5 stays a float.
    value = _small()
    value["quantities"][0]["value"] = 4.0e7
    value["quantities"][1]["value"] = 2.5
    article = structure_trusted(value, Article)
    assert_identical(article.quantities[0].value, 40_000_000)
    assert_identical(article.quantities[1].value, 2.5)
    assert_like_the_checked_path(value)


def _outcome(structure_function: Any, value: Any) -> tuple[Any, Any]:
    try:
        return structure_function(value), None
    except Exception as error:  # the test compares what was raised
        return None, (type(error), str(error))


@pytest.mark.parametrize(
    "edit",
    [
        # A float with an integral value in an int field, and an object where a list
        # belongs: cattrs converts both (to an int, to an empty tuple).
        pytest.param(
            lambda value: _first_mention(value)["anchor"].update(start=2.0), id="float for int"
        ),
        pytest.param(lambda value: value.update(segments={}), id="object for a list"),
        # What the checked path refuses.
        pytest.param(lambda value: _first_mention(value).update(extra=1), id="unknown key"),
        pytest.param(lambda value: value["entities"][0].update(type="planet"), id="unknown tag"),
        pytest.param(lambda value: _first_mention(value).update(kind="shout"), id="no member"),
        pytest.param(lambda value: _first_mention(value).pop("anchor"), id="missing key"),
        pytest.param(lambda value: value.update(text=["a"]), id="list for a string"),
        pytest.param(lambda value: value["segments"].append([]), id="list for an object"),
    ],
)
def test_what_the_schema_would_not_let_through_is_left_to_the_checked_path(edit: Any) -> None:
    value = _small()
    edit(value)
    # The trusted path does not guess: it refuses to take the document...
    with pytest.raises((NotTrusted, KeyError, TypeError, AttributeError)):
        structure_trusted(value, Article)
    # ...and the checked path converts it, or refuses it, exactly as it did before.
    made, raised = _outcome(lambda v: structure_valid(v, Article), value)
    expected, expected_raised = _outcome(lambda v: structure(v, Article), value)
    assert raised == expected_raised
    if expected_raised is None:
        article, found = made
        assert found is None
        assert_identical(article, expected)


def _structured_at_once(value: Any, threads: int) -> list[Any]:
    """What each of ``threads`` threads, started together, made of ``value`` (or raised)."""
    start = threading.Barrier(threads)
    made: list[Any] = []

    def read() -> None:
        start.wait()
        try:
            made.append(structure_trusted(value, Article))
        except Exception as error:  # the test reports what was raised
            made.append(error)

    running = [threading.Thread(target=read) for _ in range(threads)]
    for thread in running:
        thread.start()
    for thread in running:
        thread.join()
    return made


def test_threads_reading_at_once_share_the_structurers_being_made(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The first documents read (a Dask worker's threads, a web server's) all find the
    # structurers missing: none may use one another thread has begun but not finished.
    value = _small()
    expected = structure(value, Article)
    for _ in range(5):
        monkeypatch.setattr(trusted, "_STRUCTURERS", {})
        assert _structured_at_once(value, 6) == [expected] * 6


@attrs.frozen(kw_only=True, slots=False, field_transformer=typed_fields)
class _Note:
    """A class without slots, whose fields live in its instances' ``__dict__``."""

    text: str
    tags: tuple[str, ...] = ()


def test_a_class_without_slots_is_made_as_its_constructor_makes_it() -> None:
    made = structure_trusted({"text": "a", "tags": ["b"]}, _Note)
    assert_identical(made, _Note(text="a", tags=("b",)))
    assert vars(made) == {"text": "a", "tags": ("b",)}
