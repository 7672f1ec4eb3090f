"""What changed between two versions of the schemas, and whether old documents survive it.

:func:`compare` reads the single-file bundles of two versions and lists each change to a
definition or a field: added, removed, made required or optional, retyped, a keyword
tightened or loosened, a description reworded. Each :class:`Change` says whether a
document valid under the older version is still valid under the newer one *without
migration* (with only its ``"$schema"`` renamed). The answer is conservative: a change
whose effect the comparison cannot prove harmless (a new pattern, a new ``$ref``) counts
as breaking.

The versioning policy is stated in these terms: a minor version may only make
compatible changes, a major version must make at least one breaking change; a test
applies it to every pair of consecutive versions.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from newsmodel.versions import BUNDLE_SCHEMA, bundled_schemas

#: Keywords that carry no constraint: a change to them never breaks a document.
_ANNOTATIONS = frozenset({"description", "title", "default", "$comment", "examples"})


@attrs.frozen
class Change:
    """One difference between two versions of the schemas."""

    where: str
    """The definition, or ``Definition.key`` for a field, or ``Definition.key[]`` for its items."""
    what: str
    """What changed, in a few words."""
    compatible: bool
    """Whether a document valid in the older version stays valid without migration."""

    def __str__(self) -> str:
        verdict = "compatible" if self.compatible else "BREAKING"
        return f"{verdict:10}  {self.where}: {self.what}"


def bundle(version: str) -> dict[str, Any]:
    """The single-file bundle of a published ``version``."""
    text = (bundled_schemas() / version / BUNDLE_SCHEMA).read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def version_changes(older: str, newer: str) -> list[Change]:
    """Every change from the published schemas of ``older`` to those of ``newer``."""
    return compare(bundle(older), bundle(newer))


def _definitions(bundled: Mapping[str, Any]) -> dict[str, Any]:
    root = {key: value for key, value in bundled.items() if key not in ("$defs", "$schema", "$id")}
    root["title"] = "Article"
    return {"Article": root, **bundled.get("$defs", {})}


def compare(older: Mapping[str, Any], newer: Mapping[str, Any]) -> list[Change]:
    """Every change from the bundle ``older`` to the bundle ``newer``, definitions in order."""
    before, after = _definitions(older), _definitions(newer)
    changes: list[Change] = []
    for name in [*before, *(n for n in after if n not in before)]:
        if name not in after:
            changes.append(Change(name, "definition removed", compatible=False))
        elif name not in before:
            changes.append(Change(name, "new definition", compatible=True))
        else:
            changes.extend(_definition(name, before[name], after[name]))
    return changes


def _definition(name: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> Iterator[Change]:
    if "properties" not in old or "properties" not in new or "allOf" in old or "allOf" in new:
        yield from _value(name, old, new)
        return
    old_fields, new_fields = old["properties"], new["properties"]
    old_required, new_required = set(old.get("required", ())), set(new.get("required", ()))
    for key in [*old_fields, *(k for k in new_fields if k not in old_fields)]:
        where = f"{name}.{key}"
        if key == "$schema":
            continue  # names the version: it changes by definition, and migration renames it
        if key not in new_fields:
            yield Change(where, "field removed", compatible=False)
        elif key not in old_fields:
            required = key in new_required
            yield Change(where, f"new {'required' if required else 'optional'} field", not required)
        else:
            if key in new_required and key not in old_required:
                yield Change(where, "now required", compatible=False)
            elif key in old_required and key not in new_required:
                yield Change(where, "now optional", compatible=True)
            yield from _value(where, old_fields[key], new_fields[key])
    rest_old = {k: v for k, v in old.items() if k not in ("properties", "required")}
    rest_new = {k: v for k, v in new.items() if k not in ("properties", "required")}
    yield from _value(name, rest_old, rest_new)


def _value(where: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> Iterator[Change]:
    """The changes of one schema node's keywords."""
    skip: set[str] = set()
    if _shape(old) != _shape(new) and "allOf" not in old:
        # One change, said once: "Anchor -> list of Anchor", not three keyword changes.
        skip = {"$ref", "type", "items", "minItems"}
        widened = _shape(old) is None or (
            isinstance(new.get("type"), list) and old.get("type") in new["type"]
        )
        yield Change(where, f"{_shape(old)} -> {_shape(new)}", compatible=widened)
    for keyword in [*old, *(k for k in new if k not in old and k not in skip)]:
        if keyword in skip:
            continue
        before, after = old.get(keyword), new.get(keyword)
        if before == after:
            continue
        if keyword in _ANNOTATIONS:
            yield Change(where, f"{keyword} changed", compatible=True)
        elif keyword == "items" and isinstance(before, dict) and isinstance(after, dict):
            yield from _value(f"{where}[]", before, after)
        elif keyword == "properties" and isinstance(before, dict) and isinstance(after, dict):
            for key in sorted(set(before) | set(after)):  # a union's discriminator
                yield from _value(f"{where}.{key}", before.get(key, {}), after.get(key, {}))
        else:
            yield _keyword(where, keyword, before, after)


def _keyword(where: str, keyword: str, before: Any, after: Any) -> Change:
    """One keyword's change, judged: loosening is compatible, anything else is not."""
    if before is None:
        return Change(where, f"{keyword} {_short(after)} added", compatible=False)
    if after is None:
        return Change(where, f"{keyword} {_short(before)} removed", compatible=True)
    if keyword == "enum":
        added = [v for v in after if v not in before]
        removed = [v for v in before if v not in after]
        parts = [f"values added: {', '.join(map(str, added))}"] if added else []
        parts += [f"values removed: {', '.join(map(str, removed))}"] if removed else []
        return Change(where, "; ".join(parts), compatible=not removed)
    if keyword in ("minimum", "minItems", "minLength", "minProperties"):
        return Change(where, f"{keyword} {before} -> {after}", compatible=after <= before)
    if keyword in ("maximum", "maxItems", "maxLength", "maxProperties"):
        return Change(where, f"{keyword} {before} -> {after}", compatible=after >= before)
    if keyword == "allOf" and isinstance(before, list) and isinstance(after, list):
        # A union's branches: one per member, each dispatching on its own tag.
        gained = sum(1 for branch in after if branch not in before)
        lost = sum(1 for branch in before if branch not in after)
        return Change(where, f"{gained} branch(es) added, {lost} removed", compatible=not lost)
    return Change(where, f"{keyword} {_short(before)} -> {_short(after)}", compatible=False)


def _shape(node: Mapping[str, Any]) -> str | None:
    """What a node holds, in a few words: ``Anchor``, ``list of Anchor``, ``string``."""
    if "$ref" in node:
        return str(node["$ref"]).rsplit("/", 1)[-1]
    if node.get("type") == "array":
        return f"list of {_shape(node.get('items', {}))}"
    if "type" in node:
        return str(node["type"])
    return None


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."
