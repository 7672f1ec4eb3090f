"""Let references to a public object's defining module find its documented name.

The docs document public objects where users import them (``newsmodel.validate``,
``newsmodel.Claim``), but docstrings and type hints name them where they are defined
(``newsmodel.validation.validate``, ``newsmodel.model.claims.Claim``) or where a package
re-exports them (``newsmodel.model.Claim``). autodoc records such a canonical name for
classes only; this registers it for every public object, as an alias that points at the
one documented entry.
"""

from __future__ import annotations

from typing import Any

from sphinx.application import Sphinx
from sphinx.domains.python import ObjectEntry

import newsmodel
import newsmodel.model


def _other_names(name: str) -> list[str]:
    obj = getattr(newsmodel, name)
    names = []
    module = getattr(obj, "__module__", None)
    qualname = getattr(obj, "__qualname__", None)
    if module and qualname and module != "typing":
        names.append(f"{module}.{qualname}")
    if name in newsmodel.model.__all__:
        names.append(f"newsmodel.model.{name}")
    return names


def register_aliases(app: Sphinx, env: Any) -> None:
    domain = env.get_domain("py")
    objects = domain.objects
    for name in newsmodel.__all__:
        documented = objects.get(f"newsmodel.{name}")
        if documented is None or documented.aliased:
            continue
        for other in _other_names(name):
            known = objects.get(other)
            if known is None or known.aliased:
                objects[other] = ObjectEntry(
                    documented.docname, documented.node_id, documented.objtype, aliased=True
                )
            # Members (attributes, methods) follow their class.
        prefix = f"newsmodel.{name}."
        for member, entry in list(objects.items()):
            if member.startswith(prefix) and not entry.aliased:
                for other in _other_names(name):
                    alias = other + "." + member.removeprefix(prefix)
                    if alias not in objects:
                        objects[alias] = ObjectEntry(
                            entry.docname, entry.node_id, entry.objtype, aliased=True
                        )


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("env-check-consistency", register_aliases)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "1"}
