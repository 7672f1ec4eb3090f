"""Versions as a mechanism: frozen folders, the policy, migration on read, the diff."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest

import newsmodel
from newsmodel.migrations import STEPS, migrate, pointer_mapper, steps_from
from newsmodel.schema.compare import compare, version_changes
from newsmodel.schema.files import freeze, frozen_checksums, frozen_differences, write_files
from newsmodel.versions import (
    CURRENT_VERSION,
    KNOWN_VERSIONS,
    is_major_step,
    schema_url,
    version_key,
)

REPOSITORY = Path(__file__).resolve().parents[1]
#: The committed schemas. Not newsmodel.versions.SOURCE_SCHEMAS, which names them only
#: when newsmodel runs from the checkout: the README installs it into site-packages.
REPOSITORY_SCHEMAS = REPOSITORY / "schemas"
MIGRATION_CORPUS = sorted(
    path
    for path in (REPOSITORY / "tests" / "corpus").glob("*/migration/*.json")
    if not path.name.endswith(".migrated.json")
)
PAIRS = list(itertools.pairwise(KNOWN_VERSIONS))


def test_every_frozen_version_is_byte_identical_to_its_checksums() -> None:
    assert frozen_differences(REPOSITORY_SCHEMAS) == []


def test_every_version_but_the_current_one_is_frozen() -> None:
    """The current version may be frozen too, once released; an older one must be."""
    frozen = set(frozen_checksums(REPOSITORY_SCHEMAS))
    assert set(KNOWN_VERSIONS[:-1]) <= frozen <= set(KNOWN_VERSIONS)


def test_a_changed_byte_in_a_frozen_version_is_found(tmp_path: Path) -> None:
    (tmp_path / "1.0").mkdir()
    (tmp_path / "1.0" / "a.schema.json").write_bytes(b"{}\n")
    freeze(tmp_path, "1.0")
    assert frozen_differences(tmp_path) == []
    (tmp_path / "1.0" / "a.schema.json").write_bytes(b"{} \n")
    (tmp_path / "1.0" / "b.schema.json").write_bytes(b"{}\n")
    assert frozen_differences(tmp_path) == [
        f"{tmp_path / '1.0' / 'a.schema.json'}: changed in a frozen version",
        f"{tmp_path / '1.0' / 'b.schema.json'}: added to a frozen version",
    ]


def test_writing_refuses_to_change_a_frozen_version(tmp_path: Path) -> None:
    write_files(tmp_path, CURRENT_VERSION)
    freeze(tmp_path, CURRENT_VERSION)
    assert write_files(tmp_path, CURRENT_VERSION) == []  # unchanged: nothing to write
    (tmp_path / CURRENT_VERSION / "bundle.schema.json").write_bytes(b"{}\n")
    with pytest.raises(ValueError, match="frozen"):
        write_files(tmp_path, CURRENT_VERSION)


def test_versions_are_the_folders_newest_last() -> None:
    folders = [p.name for p in REPOSITORY_SCHEMAS.iterdir() if p.is_dir()]
    assert list(KNOWN_VERSIONS) == sorted(folders, key=version_key)
    assert KNOWN_VERSIONS[-1] == CURRENT_VERSION
    assert schema_url(CURRENT_VERSION) == newsmodel.CURRENT_SCHEMA_URL
    assert version_key("1.10") > version_key("1.9")


def test_every_pair_of_consecutive_versions_has_exactly_one_step() -> None:
    declared = [(step.older, step.newer) for step in STEPS]
    assert len(declared) == len(set(declared))
    for older, newer in PAIRS:
        assert (older, newer) in declared
    for version in KNOWN_VERSIONS:
        assert len(steps_from(version)) == len(KNOWN_VERSIONS) - 1 - KNOWN_VERSIONS.index(version)


@pytest.mark.parametrize(("older", "newer"), PAIRS)
def test_the_version_number_follows_the_policy(older: str, newer: str) -> None:
    """A minor version makes only compatible changes; a major one makes a breaking one."""
    breaking = [str(change) for change in version_changes(older, newer) if not change.compatible]
    if is_major_step(older, newer):
        assert breaking, f"{newer} breaks nothing of {older}: it should be a minor version"
    else:
        assert breaking == [], f"{newer} is a minor version of {older}"


def _bundle(**article_properties: Any) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {"$schema": {"const": "x"}, **article_properties},
        "required": ["$schema", *(k for k, v in article_properties.items() if v.pop("!", 0))],
        "additionalProperties": False,
        "$defs": {
            "Anchor": {"type": "object", "properties": {}, "additionalProperties": False},
            "Kind": {"enum": ["a", "b"]},
        },
    }


def test_the_diff_judges_each_kind_of_change() -> None:
    older = _bundle(
        text={"type": "string", "!": 1},
        cue={"$ref": "#/$defs/Anchor"},
        kind={"$ref": "#/$defs/Kind"},
        gone={"type": "string"},
    )
    newer = _bundle(
        text={"type": "string", "description": "reworded"},
        cue={"type": "array", "items": {"$ref": "#/$defs/Anchor"}},
        kind={"$ref": "#/$defs/Kind"},
        extra={"type": "integer", "minimum": 0},
        needed={"type": "string", "!": 1},
    )
    newer["$defs"]["Kind"] = {"enum": ["a", "c"]}
    newer["$defs"]["Quote"] = {"enum": ["x"]}
    found = [(c.where, c.what, c.compatible) for c in compare(older, newer)]
    assert found == [
        ("Article.text", "now optional", True),
        ("Article.text", "description changed", True),
        ("Article.cue", "Anchor -> list of Anchor", False),
        ("Article.gone", "field removed", False),
        ("Article.extra", "new optional field", True),
        ("Article.needed", "new required field", False),
        ("Kind", "values added: c; values removed: b", False),
        ("Quote", "new definition", True),
    ]


def test_a_loosened_bound_is_compatible_and_a_tightened_one_is_not() -> None:
    older = _bundle(count={"type": "integer", "minimum": 1, "maxLength": 3})
    newer = _bundle(count={"type": "integer", "minimum": 0, "maxLength": 2})
    assert [(c.what, c.compatible) for c in compare(older, newer)] == [
        ("minimum 1 -> 0", True),
        ("maxLength 3 -> 2", False),
    ]


def test_a_document_of_the_current_version_migrates_to_an_equal_copy() -> None:
    document = json.loads(newsmodel.examples.read_bytes("unicode-offsets"))
    migrated = migrate(document, CURRENT_VERSION)
    assert migrated == document
    assert migrated is not document
    assert pointer_mapper(document, CURRENT_VERSION)(("claims", 0)) == ("claims", 0)


@pytest.mark.parametrize("path", MIGRATION_CORPUS, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_each_older_document_migrates_to_its_committed_bytes(path: Path) -> None:
    """Every document of an older version loads, and writes as the current version."""
    article = newsmodel.load(path)
    expected = path.with_name(path.name.removesuffix(".json") + ".migrated.json").read_bytes()
    assert newsmodel.dumps(article) == expected
    assert article.schema == newsmodel.CURRENT_SCHEMA_URL
    assert json.loads(path.read_bytes())["$schema"] == schema_url(path.parent.parent.name)


def test_the_1_0_step_points_back_into_the_1_0_document() -> None:
    path = REPOSITORY / "tests" / "corpus" / "1.0" / "migration" / "port-authority-signs-deal.json"
    older = json.loads(path.read_bytes())
    back = pointer_mapper(older, "1.0")
    made = len(older["entities"])  # the reviewer's organization is appended after them
    assert back(("entities", made, "name")) == ("claims", 0, "reviews", 0, "reviewer")
    assert back(("claims", 0, "reviews", 0, "reviewers", 0)) == (
        "claims",
        0,
        "reviews",
        0,
        "reviewer",
    )
    assert back(("attributions", 1, "cue", 0, "end")) == ("attributions", 1, "cue", "end")
    assert back(("entities", 0, "mentions", 1)) == ("entities", 0, "mentions", 1)
