"""The one way a model field states its documentation and its JSON contract.

Every field of every model class carries its description (and, where it applies, the
kinds of object it refers to and extra JSON Schema keywords) in its attrs ``metadata``.
The schema generator, the rule that checks references and the docs all read it from
there, so each fact about a field is written exactly once.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

#: Keys under which :func:`doc` stores its facts in a field's ``metadata``.
DESCRIPTION = "newsmodel.description"
REFERS_TO = "newsmodel.refers_to"
SCHEMA = "newsmodel.schema"
JSON_NAME = "newsmodel.json_name"

#: A JSON value as Python holds it, for extensions that newsmodel carries but does not read.
JSON = Any


def doc(
    description: str,
    *,
    refers_to: tuple[str, ...] = (),
    schema: Mapping[str, Any] | None = None,
    json_name: str | None = None,
) -> dict[str, Any]:
    """Build the ``metadata`` of a model field.

    ``description`` is one sentence that the schema and the docs reuse. ``refers_to``
    names the ``type`` tags of the objects whose ``id`` this field may hold (the rule
    stage checks it). ``schema`` adds JSON Schema keywords (a pattern, a minimum) to what
    the generator derives from the type. ``json_name`` overrides the camelCase JSON key.
    """
    metadata: dict[str, Any] = {DESCRIPTION: description}
    if refers_to:
        metadata[REFERS_TO] = refers_to
    if schema:
        metadata[SCHEMA] = dict(schema)
    if json_name:
        metadata[JSON_NAME] = json_name
    return metadata


def description_of(field: attrs.Attribute[Any]) -> str:
    """The documented description of ``field``; every model field has one."""
    return str(field.metadata[DESCRIPTION])


def refers_to(field: attrs.Attribute[Any]) -> tuple[str, ...]:
    """The ``type`` tags a reference field may point at; empty when it holds no reference."""
    return tuple(field.metadata.get(REFERS_TO, ()))


def extra_schema(field: attrs.Attribute[Any]) -> dict[str, Any]:
    """JSON Schema keywords the field adds to those its type gives."""
    return dict(field.metadata.get(SCHEMA, {}))


def json_name(field: attrs.Attribute[Any]) -> str:
    """The field's key in JSON: its own override, or its name in camelCase."""
    override = field.metadata.get(JSON_NAME)
    return str(override) if override else camel_case(field.name)


def camel_case(name: str) -> str:
    """``date_published`` -> ``datePublished``."""
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


#: The pattern every ``id`` follows: short, URL- and pointer-safe, unique in a document.
ID_PATTERN = r"^[A-Za-z][A-Za-z0-9_.:-]*$"


def id_field(what: str) -> Any:
    """The ``id`` field every referable object has."""
    return attrs.field(
        metadata=doc(
            f"Identifier of this {what}, unique within the document; other objects refer to it.",
            schema={"pattern": ID_PATTERN},
        )
    )


#: The metadata of every ``extensions`` field: the one explicit place for data that
#: newsmodel carries but does not define. (Written out at each use, not wrapped in a
#: helper, so that type checkers see that the field has a default.)
EXTENSIONS = doc(
    "Data outside the newsmodel vocabulary, keyed by a namespaced name such as "
    "'acme:score'; carried through unchanged.",
    schema={"propertyNames": {"pattern": r"^[A-Za-z][A-Za-z0-9_.-]*:.+$"}},
)


#: A BCP 47 language tag: 'en', 'pt-BR', 'zh-Latn'.
LANGUAGE_PATTERN = r"^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"

#: The metadata of the ``annotator`` field every kind of annotation has.
ANNOTATOR = doc(
    "Id of the annotator (a person, a tool or a model) that made this annotation; "
    "several annotators' layers of one article are told apart by it.",
    refers_to=("annotator",),
)

#: The metadata of the ``confidence`` field every kind of annotation has.
CONFIDENCE = doc(
    "How confident the annotator is in this annotation, from 0 to 1, where it says.",
    schema={"minimum": 0, "maximum": 1},
)


def type_tag(cls: type) -> str:
    """The name by which JSON and ``refers_to`` call a model class: ``AnonymousSource`` ->
    ``anonymous_source``. It is the ``type`` discriminator of union members."""
    name = cls.__name__
    return "".join("_" + c.lower() if c.isupper() and i else c.lower() for i, c in enumerate(name))
