"""The model reference, generated from the classes themselves.

autodoc shows a class's docstring and its methods, but lists attrs fields poorly (no
description, no JSON key). This extension adds, under each model class, one table with
a row per field: the Python attribute, the JSON key, the type, whether a document must
have it, and its description, all read from the class and its attrs metadata
(:mod:`newsmodel.model._fields`). Each row is the one place the field is documented: it
is registered as a ``py:attribute``, so ``:attr:`~newsmodel.Claim.factuality``` links to
it from any page.

Directives:

``.. newsmodel-model:: claims``
    One model module, alone on a page: its docstring, then every public class and
    function it defines, in source order. A public name of :mod:`newsmodel.model` that
    no page documents is a build warning (so, with ``-W``, an error).

``.. newsmodel-fields:: newsmodel.Claim``
    The field table of one attrs class, or the member table of one enum.
"""

from __future__ import annotations

import enum
import functools
import importlib
import inspect
import re
import types
import typing
from collections.abc import Iterator, Mapping
from typing import Any

import attrs
from docutils import nodes
from generated_rst import parsed
from sphinx.application import Sphinx
from sphinx.pycode import ModuleAnalyzer
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective
from sphinx.util.inspect import object_description

import newsmodel
import newsmodel.model
from newsmodel.codec.converter import DISCRIMINATOR
from newsmodel.model._fields import description_of, json_name, refers_to, type_tag
from newsmodel.model.entities import ENTITY_CLASSES, Entity
from newsmodel.schema import generate
from newsmodel.versions import BUNDLE_SCHEMA

logger = logging.getLogger(__name__)

#: The order a reader meets the model in: the document, its text, then what is found in it.
MODULE_ORDER = (
    "article",
    "text",
    "anchor",
    "entities",
    "attribution",
    "claims",
    "quantities",
    "times",
    "events",
)


# --- what the model exports ------------------------------------------------------------


def public_names() -> list[str]:
    """Every name :mod:`newsmodel.model` exports."""
    return list(newsmodel.model.__all__)


def public_object(name: str) -> Any:
    return getattr(newsmodel.model, name)


def module_of(name: str) -> str:
    """The model module (``claims``) that defines the public ``name``."""
    if name == "Entity":
        return "entities"
    return str(public_object(name).__module__).rsplit(".", 1)[-1]


def modules_in_order() -> list[str]:
    """The model modules that define public names, known ones first, new ones after."""
    present = {module_of(name) for name in public_names()}
    known = [m for m in MODULE_ORDER if m in present]
    return known + sorted(present - set(known))


def names_in_module(module: str) -> list[str]:
    """The public names defined in ``module``, in the order the source defines them."""
    mod = importlib.import_module(f"newsmodel.model.{module}")
    source_order = {name: index for index, name in enumerate(vars(mod))}
    names = [name for name in public_names() if module_of(name) == module]
    return sorted(names, key=lambda name: source_order.get(name, len(source_order)))


def extra_members(cls: type) -> list[str]:
    """The public methods and properties of ``cls`` that are not fields or enum members."""
    fields = {field.name for field in attrs.fields(cls)} if attrs.has(cls) else set()
    members = []
    for name, value in vars(cls).items():
        if name.startswith("_") or name in fields:
            continue
        if isinstance(cls, enum.EnumMeta) and name in cls.__members__:
            continue
        if isinstance(
            value, (property, functools.cached_property, classmethod, staticmethod)
        ) or inspect.isfunction(value):
            members.append(name)
    return members


# --- the JSON Schema facts a table needs ----------------------------------------------


@functools.cache
def _bundle() -> dict[str, Any]:
    return generate()[BUNDLE_SCHEMA]


def schema_definition(cls: type) -> dict[str, Any]:
    """The JSON Schema the classes generate for ``cls`` (the root one for the article)."""
    bundle = _bundle()
    definition = bundle["$defs"].get(cls.__name__)
    if definition is not None:
        return dict(definition)
    if bundle.get("title", "").endswith("bundle)") and cls is newsmodel.model.Article:
        return bundle
    raise LookupError(f"no schema definition for {cls.__name__}")


# --- rendering types as reST ------------------------------------------------------------


def link(obj: Any) -> str:
    """A cross-reference to a public model object."""
    if obj is Entity:
        return ":data:`~newsmodel.Entity`"
    return f":class:`~newsmodel.{obj.__name__}`"


def render_type(hint: Any) -> str:
    """A field's type as inline reST, without ``None`` (the *required* column says that)."""
    if hint is Entity:
        return link(Entity)
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        present = [arg for arg in args if arg is not type(None)]
        return " | ".join(render_type(arg) for arg in present)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return f"tuple[{render_type(args[0])}, ...]"
    if hint is Mapping or origin is Mapping or origin is dict:
        return "Mapping[str, Any]"
    if isinstance(hint, type) and (attrs.has(hint) or issubclass(hint, enum.Enum)):
        return link(hint)
    if isinstance(hint, type):
        return hint.__name__
    return str(hint)


def describe(field: attrs.Attribute[Any]) -> str:
    """The field's description, and the kinds of object it may refer to."""
    text = description_of(field)
    classes = refers_to(field)
    if classes:
        text += f" Refers to: {', '.join(map(link, classes))}."
    return text


def required(field: attrs.Attribute[Any], key: str, definition: Mapping[str, Any]) -> str:
    """Whether a document must have the key, as the generated schema says."""
    if key not in definition.get("required", ()):
        return "no"
    if field.default is not attrs.NOTHING:
        return "yes (Python fills it in)"
    return "yes"


def enum_member_docs(cls: type[enum.Enum]) -> dict[str, str]:
    """The ``\"\"\"docstring\"\"\"`` written under each member of ``cls``, by member name."""
    analyzer = ModuleAnalyzer.for_module(cls.__module__)
    found = analyzer.find_attr_docs()
    return {
        name: " ".join(line.strip() for line in lines if line.strip())
        for (owner, name), lines in found.items()
        if owner == cls.__qualname__
    }


# --- the directives ---------------------------------------------------------------------


class FieldTable(SphinxDirective):
    """``.. newsmodel-fields:: newsmodel.Claim``: the table of one class's fields."""

    required_arguments = 1
    has_content = False

    def run(self) -> list[nodes.Node]:
        qualified = self.arguments[0]
        name = qualified.removeprefix("newsmodel.")
        cls = getattr(newsmodel, name, None)
        if isinstance(cls, type) and issubclass(cls, enum.Enum):
            return [self.enum_table(qualified, cls)]
        if cls is None or not attrs.has(cls):
            logger.warning(
                "newsmodel-fields: %s is not a public attrs class",
                qualified,
                location=self.get_location(),
            )
            return []
        return [self.field_table(qualified, cls)]

    def field_table(self, qualified: str, cls: type) -> nodes.Node:
        definition = schema_definition(cls)
        hints = typing.get_type_hints(cls)
        rows: list[tuple[str | None, list[nodes.Node]]] = []
        if cls in ENTITY_CLASSES:
            tag = type_tag(cls)
            text = definition["properties"][DISCRIMINATOR]["description"]
            rows.append(
                (
                    None,
                    self.cells(
                        [
                            "—",
                            f'``"{DISCRIMINATOR}"``',
                            f'``"{tag}"``',
                            "yes",
                            f'{text} Always ``"{tag}"`` for this class.',
                        ]
                    ),
                )
            )
        for field in attrs.fields(cls):
            key = json_name(field)
            cells = self.cells(
                [
                    f"``{field.name}``",
                    f'``"{key}"``',
                    render_type(hints[field.name]),
                    required(field, key, definition),
                    describe(field),
                ]
            )
            rows.append((f"{qualified}.{field.name}", cells))
        return self.table(
            ["Python attribute", "JSON key", "Type", "Required", "Description"],
            [14, 16, 18, 10, 42],
            rows,
            caption=f"Fields of {cls.__name__}",
        )

    def enum_table(self, qualified: str, cls: type[enum.Enum]) -> nodes.Node:
        docs = enum_member_docs(cls)
        rows = [
            (
                f"{qualified}.{member.name}",
                self.cells(
                    [f"``{member.name}``", f'``"{member.value}"``', docs.get(member.name, "—")]
                ),
            )
            for member in cls
        ]
        return self.table(
            ["Python member", "JSON value", "Meaning"],
            [25, 20, 55],
            rows,
            caption=f"Members of {cls.__name__}",
        )

    def cells(self, texts: list[str]) -> list[nodes.Node]:
        result = []
        for text in texts:
            paragraph = nodes.paragraph()
            inline, messages = self.state.inline_text(text, self.lineno)
            paragraph.extend(inline)
            entry = nodes.entry("", paragraph, *messages)
            result.append(entry)
        return result

    def table(
        self,
        headers: list[str],
        widths: list[int],
        rows: list[tuple[str | None, list[nodes.Node]]],
        caption: str,
    ) -> nodes.Node:
        table = nodes.table(classes=["newsmodel-table", "newsmodel-fields"])
        table += nodes.title(caption, caption)
        group = nodes.tgroup(cols=len(headers))
        table += group
        for width in widths:
            group += nodes.colspec(colwidth=width)
        head = nodes.thead()
        head += nodes.row("", *(nodes.entry("", nodes.paragraph(h, h)) for h in headers))
        group += head
        body = nodes.tbody()
        domain = self.env.get_domain("py")
        for target, cells in rows:
            row = nodes.row("", *cells)
            if target is not None:
                # The row is the field's one definition: give it the id autodoc would give
                # an attribute, and tell the Python domain, so :attr: links land here.
                row["ids"].append(target)
                domain.note_object(target, "attribute", target, location=self.get_location())
            body += row
        group += body
        return table


class ModelReference(SphinxDirective):
    """``.. newsmodel-model:: claims``: every public class and function of one model module.

    Placed alone on a page, it gives the page its title (the module docstring's first
    line). Every page records what it covered; a public name that no page covers is a
    build warning.
    """

    required_arguments = 1
    has_content = False

    def run(self) -> list[nodes.Node]:
        module = self.arguments[0]
        if module not in modules_in_order():
            logger.warning(
                "newsmodel-model: no public names in newsmodel.model.%s",
                module,
                location=self.get_location(),
            )
            return []
        covered = _covered(self.env)
        covered[self.env.docname] = names_in_module(module)
        return parsed(self, self.rst(module))

    def rst(self, module: str) -> Iterator[str]:
        mod = importlib.import_module(f"newsmodel.model.{module}")
        doc = inspect.getdoc(mod) or module
        lead, _, body = doc.partition("\n")
        title = module.capitalize()
        yield title
        yield "=" * len(title)
        yield ""
        yield lead
        yield ""
        yield f"*Defined in* ``newsmodel.model.{module}``; every name is importable from ``newsmodel``."
        yield ""
        yield from body.strip().splitlines()
        yield ""
        for name in names_in_module(module):
            yield from self.entry(name)

    def entry(self, name: str) -> Iterator[str]:
        obj = public_object(name)
        if name == "Entity":
            yield f".. autodata:: newsmodel.{name}"
            yield "   :no-value:"
            yield ""
            members = ", ".join(f'{link(cls)} (``"{type_tag(cls)}"``)' for cls in ENTITY_CLASSES)
            yield f"   One of: {members}."
            yield ""
            return
        if inspect.isfunction(obj):
            yield f".. autofunction:: newsmodel.{name}"
            yield ""
            return
        yield f".. autoclass:: newsmodel.{name}"
        members = extra_members(obj)
        if members:
            yield f"   :members: {', '.join(members)}"
        yield ""
        yield f"   .. newsmodel-fields:: newsmodel.{name}"
        yield ""


def _covered(env: Any) -> dict[str, list[str]]:
    if not hasattr(env, "newsmodel_model_covered"):
        env.newsmodel_model_covered = {}
    result: dict[str, list[str]] = env.newsmodel_model_covered
    return result


def _purge(app: Sphinx, env: Any, docname: str) -> None:
    _covered(env).pop(docname, None)


def _merge(app: Sphinx, env: Any, docnames: Any, other: Any) -> None:
    _covered(env).update(_covered(other))


def _check_coverage(app: Sphinx, env: Any) -> None:
    """Warn about every public model name that no reference page documents."""
    covered = {name for names in _covered(env).values() for name in names}
    for name in public_names():
        if name not in covered:
            logger.warning(
                "the public model name %s is on no reference page; add a page "
                "with '.. newsmodel-model:: %s'",
                name,
                module_of(name),
            )


def _no_constructor_signature(
    app: Sphinx,
    what: str,
    name: str,
    obj: Any,
    options: Any,
    signature: str | None,
    return_annotation: str | None,
) -> tuple[str, str | None] | None:
    """Show model classes and enums without a constructor signature: the table under each
    says what it takes."""
    is_model = attrs.has(obj) or isinstance(obj, enum.EnumMeta)
    if what == "class" and is_model and name.removeprefix("newsmodel.") in public_names():
        return "", None
    return None


def _attrs_signature(
    app: Sphinx,
    what: str,
    name: str,
    obj: Any,
    options: Any,
    signature: str | None,
    return_annotation: str | None,
) -> tuple[str, str | None] | None:
    """The constructor signature of any other attrs class, with its defaults' values.

    ``autodoc_preserve_defaults`` reads defaults from the source, and the source of an
    ``__init__`` that attrs generated says ``attr_dict['max_bytes'].default``.
    """
    if not (what == "class" and attrs.has(obj) and signature):
        return None

    def value(match: re.Match[str]) -> str:
        default = attrs.fields_dict(obj)[match.group(1)].default
        if isinstance(default, attrs.Factory):
            return f"{getattr(default.factory, '__name__', 'factory')}()"
        return object_description(default)

    return re.sub(r"attr_dict\['(\w+)'\]\.default", value, signature), return_annotation


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("autodoc-process-signature", _no_constructor_signature)
    app.connect("autodoc-process-signature", _attrs_signature)
    app.add_directive("newsmodel-fields", FieldTable)
    app.add_directive("newsmodel-model", ModelReference)
    app.connect("env-purge-doc", _purge)
    app.connect("env-merge-info", _merge)
    app.connect("env-check-consistency", _check_coverage)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "1"}
