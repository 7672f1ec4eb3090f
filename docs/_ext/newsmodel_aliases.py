"""Let every name an object is importable by find its one documented entry.

The docs document each object once, under one name: the model classes where users
import them (``newsmodel.Claim``), the other functions in the module that defines them
(``newsmodel.documents.loads``). Docstrings and type hints name them in other ways: the
defining module (``newsmodel.model.claims.Claim``), a re-export (``newsmodel.model.Claim``,
``newsmodel.loads``). autodoc records such a second name for classes only; this registers,
for every documented newsmodel object, each name it is importable by as an alias of the
documented entry, and does the same for its members.
"""

from __future__ import annotations

import importlib
from typing import Any

from sphinx.application import Sphinx
from sphinx.domains.python import ObjectEntry

import newsmodel
import newsmodel.model


def _resolve(dotted: str) -> Any:
    """The object a dotted name imports as, or None."""
    parts = dotted.split(".")
    for split in range(len(parts), 0, -1):
        try:
            obj: Any = importlib.import_module(".".join(parts[:split]))
        except ImportError:
            continue
        try:
            for attribute in parts[split:]:
                obj = getattr(obj, attribute)
        except AttributeError:
            return None
        return obj
    return None


def _names_of(obj: Any) -> set[str]:
    """Every name by which newsmodel's code may refer to ``obj``."""
    names = set()
    module = getattr(obj, "__module__", None)
    qualname = getattr(obj, "__qualname__", None)
    if isinstance(module, str) and module.startswith("newsmodel") and qualname:
        names.add(f"{module}.{qualname}")
    # Docstrings also name public objects bare (":class:`UnreadableDocumentError`").
    names.update(name for name in newsmodel.__all__ if getattr(newsmodel, name) is obj)
    for package, exported in (
        ("newsmodel", newsmodel.__all__),
        ("newsmodel.model", newsmodel.model.__all__),
    ):
        for name in exported:
            if getattr(importlib.import_module(package), name) is obj:
                names.add(f"{package}.{name}")
    return names


def register_aliases(app: Sphinx, env: Any) -> None:
    objects = env.get_domain("py").objects
    documented = [(name, entry) for name, entry in objects.items() if not entry.aliased]
    top_level = [(name, entry) for name, entry in documented if entry.objtype != "attribute"]
    for name, entry in top_level:
        obj = _resolve(name)
        if obj is None or isinstance(obj, (str, int, float, tuple, dict)):
            continue
        for other in _names_of(obj) - {name}:
            if other not in objects or objects[other].aliased:
                objects[other] = ObjectEntry(
                    entry.docname, entry.node_id, entry.objtype, aliased=True
                )
            # Members (fields, methods, enum members) follow their owner.
            prefix = name + "."
            for member, member_entry in documented:
                if member.startswith(prefix):
                    alias = other + "." + member.removeprefix(prefix)
                    if alias not in objects:
                        objects[alias] = ObjectEntry(
                            member_entry.docname,
                            member_entry.node_id,
                            member_entry.objtype,
                            aliased=True,
                        )


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("env-check-consistency", register_aliases)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "1"}
