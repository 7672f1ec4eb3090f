"""Reading documents of older versions: one declared step from each version to the next.

newsmodel reads every published version (migrate on read, as pystac does). A document
is validated against the schema of the version it names; then the steps below carry
it, version by version, to the current one, and only then do the rules run and the
classes get built. Writing always writes the current version.

Each step is one function from a schema-valid document of the older version to a
document of the newer one, registered in :data:`STEPS`, the only table of them. A minor
step only renames ``"$schema"`` (a minor version only adds, so an older document is
already valid); a major step rewrites what changed, and also says where each place of
its output was in its input (:attr:`Step.pointer_back`), so that a problem found after
migration points into the document the user wrote. Every step is tested against the
migration corpus (``tests/corpus/<older>/migration/``): each older document and the
exact bytes it migrates to.
"""

from __future__ import annotations

import copy
import itertools
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import attrs

from newsmodel.versions import KNOWN_VERSIONS, schema_url

#: A path into a JSON document: keys and list indexes.
Path = tuple[str | int, ...]

#: A JSON document as parsed: a dict of JSON values.
Document = dict[str, Any]


def _same_path(_older: Mapping[str, Any], path: Path) -> Path:
    return path


@attrs.frozen(kw_only=True)
class Step:
    """How a document of one version becomes a document of the next."""

    older: str
    newer: str
    forward: Callable[[Document], Document]
    """Rewrites a schema-valid ``older`` document (a copy: it may be changed in place)."""
    pointer_back: Callable[[Mapping[str, Any], Path], Path] = _same_path
    """Where a path of the rewritten document was in the ``older`` document given."""


def rename_schema(document: Document, version: str) -> Document:
    """Name ``version`` in ``"$schema"``: all a minor step has to do."""
    document["$schema"] = schema_url(version)
    return document


# --- 1.0 -> 2.0 ---------------------------------------------------------------------


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "reviewer"


def _reviews(document: Mapping[str, Any]) -> Iterator[tuple[int, int, dict[str, Any]]]:
    for claim_index, claim in enumerate(document.get("claims", ())):
        for review_index, review in enumerate(claim.get("reviews", ())):
            yield claim_index, review_index, review


def migrate_1_0_to_2_0(document: Document) -> Document:
    """1.0 to 2.0: a cue becomes a list of stretches, and a review's reviewer an entity.

    - ``attributions[].cue``, one anchor in 1.0, is a list of anchors in 2.0 (a cue
      may come in pieces: "put ... at"); the one anchor becomes a list of one.
    - ``claims[].reviews[].reviewer``, an organization's name in 1.0, becomes
      ``reviewers``: ids of agents. Each distinct name becomes one organization,
      appended to ``entities`` with an id made from the name (``reviewer-afp``), made
      unique against the document's ids.
    """
    for attribution in document.get("attributions", ()):
        if "cue" in attribution:
            attribution["cue"] = [attribution["cue"]]
    taken = ids_in(document)
    made: dict[str, str] = {}
    for _, _, review in _reviews(document):
        name = review.pop("reviewer")
        if name not in made:
            made[name] = _unique(f"reviewer-{_slug(name)}", taken)
            document.setdefault("entities", []).append(
                {"type": "organization", "id": made[name], "name": name}
            )
        reordered = {"reviewers": [made[name]], **review}
        review.clear()
        review.update(reordered)
    return rename_schema(document, "2.0")


def ids_in(document: Any) -> set[str]:
    """Every id a document's JSON value holds, at any depth (to make a new id unique
    against: a reserved id that is no object's costs nothing; a missed one would be
    taken twice)."""
    found: set[str] = set()
    stack: list[Any] = [document]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if isinstance(node.get("id"), str):
                found.add(node["id"])
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return found


def _unique(wanted: str, taken: set[str]) -> str:
    candidate, number = wanted, 2
    while candidate in taken:
        candidate, number = f"{wanted}-{number}", number + 1
    taken.add(candidate)
    return candidate


def pointer_back_2_0_to_1_0(older: Mapping[str, Any], path: Path) -> Path:
    """Where a place in a migrated 2.0 document was in its 1.0 original."""
    if len(path) >= 4 and path[0] == "attributions" and path[2] == "cue":
        return path[:3] + path[4:]  # the one stretch of the list was the cue itself
    if len(path) >= 5 and path[0] == "claims" and path[2] == "reviews" and path[4] == "reviewers":
        return (*path[:4], "reviewer")
    entities = older.get("entities", ())
    made_here = len(path) >= 2 and path[0] == "entities" and isinstance(path[1], int)
    if made_here and int(path[1]) >= len(entities):  # an organization made from a reviewer
        made = int(path[1]) - len(entities)
        names: list[str] = []
        for claim_index, review_index, review in _reviews(older):
            if review["reviewer"] not in names:
                names.append(review["reviewer"])
                if len(names) == made + 1:
                    return ("claims", claim_index, "reviews", review_index, "reviewer")
    return path


#: Every step, oldest first: the only place a migration is registered.
STEPS: tuple[Step, ...] = (
    Step(
        older="1.0",
        newer="2.0",
        forward=migrate_1_0_to_2_0,
        pointer_back=pointer_back_2_0_to_1_0,
    ),
)


class MigrationMissingError(LookupError):
    """Two consecutive known versions have no step between them: a bug of newsmodel's."""


def steps_from(version: str) -> tuple[Step, ...]:
    """The steps that carry a document of ``version`` to the current version, in order."""
    by_pair = {(step.older, step.newer): step for step in STEPS}
    chain = KNOWN_VERSIONS[KNOWN_VERSIONS.index(version) :]
    steps = []
    for older, newer in itertools.pairwise(chain):
        if (older, newer) not in by_pair:
            raise MigrationMissingError(f"no migration step from {older} to {newer}")
        steps.append(by_pair[older, newer])
    return tuple(steps)


def migrate(document: Mapping[str, Any], version: str) -> Document:
    """A copy of the schema-valid ``document`` of ``version``, carried to the current version.

    A document of the current version comes back as an equal copy.
    """
    result: Document = copy.deepcopy(dict(document))
    for step in steps_from(version):
        result = step.forward(result)
    return result


def _unchanged(path: Path) -> Path:
    return path


def pointer_mapper(document: Mapping[str, Any], version: str) -> Callable[[Path], Path]:
    """A function giving, for a path of the migrated ``document``, where it was as written.

    The chain of intermediate documents that the steps' ``pointer_back`` need is built
    once, on the first call, so that mapping many problems costs one migration. For a
    document of the current version, the function holds no reference to ``document``
    (whose memory its caller may then let go).
    """
    steps = steps_from(version)
    if not steps:
        return _unchanged
    inputs: list[Document] = []

    def original(path: Path) -> Path:
        if not inputs:
            inputs.append(copy.deepcopy(dict(document)))
            for step in steps[:-1]:
                inputs.append(step.forward(copy.deepcopy(inputs[-1])))
        for step, older in zip(reversed(steps), reversed(inputs), strict=True):
            path = step.pointer_back(older, path)
        return path

    return original


__all__ = [
    "STEPS",
    "MigrationMissingError",
    "Step",
    "migrate",
    "migrate_1_0_to_2_0",
    "pointer_back_2_0_to_1_0",
    "pointer_mapper",
    "rename_schema",
    "steps_from",
]
