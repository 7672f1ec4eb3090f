"""The built documentation site: schemas served at their ``$id``, a reference that misses nothing.

These tests read the HTML site that the test session builds (the ``docs_site`` fixture
of ``tests/conftest.py``, as an environment with only the ``docs`` extra would), so none
of them skips for want of a built site.
"""

from __future__ import annotations

import enum
import html
import json
import re
from collections import Counter
from functools import cache
from pathlib import Path

import attrs
import pytest

import newsmodel
import newsmodel.model
from newsmodel.validation import RULES
from newsmodel.versions import KNOWN_VERSIONS, SCHEMA_BASE_URL

ROOT = Path(__file__).resolve().parents[1]
SCHEMAS = ROOT / "schemas"
#: The part of a schema's ``$id`` that names the site itself (``.../en/stable/``).
SITE_URL = SCHEMA_BASE_URL.removesuffix("schemas/")


@pytest.fixture(scope="module")
def site(docs_site: Path) -> Path:
    return docs_site


@cache
def ids_by_page(site: Path) -> dict[str, Counter[str]]:
    """Every HTML ``id`` of every page, counted, by page path."""
    pages = {}
    for page in site.rglob("*.html"):
        relative = page.relative_to(site).as_posix()
        if relative.startswith(("_", "genindex", "search", "py-modindex")):
            continue
        pages[relative] = Counter(re.findall(r'\bid="([^"]+)"', page.read_text("utf-8")))
    return pages


def all_ids(site: Path) -> Counter[str]:
    total: Counter[str] = Counter()
    for counts in ids_by_page(site).values():
        total.update(counts)
    return total


def committed_schema_files() -> list[Path]:
    return sorted(SCHEMAS.glob("*/*.json"))


def test_there_are_schemas_to_serve() -> None:
    versions = {path.parent.name for path in committed_schema_files()}
    assert set(KNOWN_VERSIONS) <= versions


@pytest.mark.parametrize(
    "path", committed_schema_files(), ids=lambda p: f"{p.parent.name}/{p.name}"
)
def test_every_schema_is_served_at_its_id(site: Path, path: Path) -> None:
    schema_id = json.loads(path.read_text("utf-8"))["$id"]
    assert schema_id.startswith(SITE_URL), schema_id
    served = site / schema_id.removeprefix(SITE_URL)
    assert served.is_file(), f"{schema_id} is not served by the built site"
    assert served.read_bytes() == path.read_bytes()


def public_model_objects() -> list[tuple[str, object]]:
    return [(name, getattr(newsmodel.model, name)) for name in newsmodel.model.__all__]


def expected_targets(name: str, obj: object) -> list[str]:
    """The HTML ids the model reference must define for one public name."""
    targets = [f"newsmodel.{name}"]
    if isinstance(obj, type) and attrs.has(obj):
        targets += [f"newsmodel.{name}.{field.name}" for field in attrs.fields(obj)]
    elif isinstance(obj, type) and issubclass(obj, enum.Enum):
        targets += [f"newsmodel.{name}.{member.name}" for member in obj]
    return targets


def test_reference_covers_every_public_class_and_field_exactly_once(site: Path) -> None:
    ids = all_ids(site)
    missing, repeated = [], []
    for name, obj in public_model_objects():
        for target in expected_targets(name, obj):
            if ids[target] == 0:
                missing.append(target)
            elif ids[target] > 1:
                repeated.append(target)
    assert not missing, f"not in the model reference: {missing}"
    assert not repeated, f"documented more than once: {repeated}"


def plain(fragment: str) -> str:
    """The text of an HTML fragment, with typographic quotes made plain and spaces squeezed."""
    text = html.unescape(re.sub(r"<[^>]+>", "", fragment))
    text = text.translate(
        str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2026": "..."})
    )
    return " ".join(text.split())


def test_reference_shows_each_fields_json_key_and_description(site: Path) -> None:
    from newsmodel.model._fields import description_of, json_name

    pages = {p.stem: p.read_text("utf-8") for p in (site / "reference" / "model").glob("*.html")}
    for name, obj in public_model_objects():
        if not (isinstance(obj, type) and attrs.has(obj)):
            continue
        page = pages[obj.__module__.rsplit(".", 1)[-1]]
        for field in attrs.fields(obj):
            target = re.escape(f"newsmodel.{name}.{field.name}")
            row = re.search(rf'<tr[^>]*id="{target}"[^>]*>(.*?)</tr>', page, re.S)
            assert row, f"no row for {name}.{field.name}"
            text = plain(row.group(1))
            assert f'"{json_name(field)}"' in text
            assert " ".join(description_of(field).split()) in text


def test_schema_reference_covers_every_definition_and_property(site: Path) -> None:
    from docutils.nodes import make_id

    page = site / "reference" / "schemas.html"
    ids = ids_by_page(site)["reference/schemas.html"]
    assert page.is_file()
    missing = []
    for path in committed_schema_files():
        if path.name == "bundle.schema.json":
            continue  # the same definitions, in one file; its link is checked below
        schema = json.loads(path.read_text("utf-8"))
        version = path.parent.name
        definitions = dict(schema.get("$defs", {}))
        if "properties" in schema:
            definitions["document"] = schema
        for definition, body in definitions.items():
            label = f"schema-{version}-{definition}"
            if not ids[make_id(label)]:
                missing.append(label)
            missing += [
                f"{label}-{prop}"
                for prop in body.get("properties", {})
                if not ids[make_id(f"{label}-{prop}")]
            ]
    assert not missing, f"not in the schema reference: {missing}"
    text = page.read_text("utf-8")
    for path in committed_schema_files():
        assert f'href="../schemas/{path.parent.name}/{path.name}"' in text


def test_rule_catalogue_has_every_rule_with_an_example(site: Path) -> None:
    from docutils.nodes import make_id

    text = (site / "rules.html").read_text("utf-8")
    for rule in RULES:
        marker = f'id="{make_id("rule-" + rule.code)}"'
        assert marker in text, f"rule {rule.code} is not in the catalogue"
        section = text.split(marker, 1)[1].split("<section", 1)[0]
        shown = plain(section)
        assert rule.summary in shown
        # The example's output, produced by the validator at build time, names the rule.
        example = shown.split("Example.", 1)[1]
        assert f" {rule.code} " in example, f"the example of {rule.code} does not show it"


def test_the_diagram_shows_every_model_class(site: Path) -> None:
    text = (site / "reference" / "diagram.html").read_text("utf-8")
    start = text.index('aria-labelledby="newsmodel-diagram-title"')
    svg = text[start : text.index("</svg>", start)]
    for name, obj in public_model_objects():
        if isinstance(obj, type) and attrs.has(obj):
            assert f"#newsmodel.{name}" in svg, f"{name} is not in the diagram"


def test_reference_article_excerpts_are_read_from_the_example(site: Path) -> None:
    text = (site / "concepts" / "attribution.html").read_text("utf-8")
    assert "will allow us to supplement" in text


def test_command_line_page_is_generated_from_the_cli(site: Path) -> None:
    from newsmodel.cli import main

    text = (site / "cli.html").read_text("utf-8")
    for command in getattr(main, "commands", {}):
        assert f'id="newsmodel-{command}"' in text, command


def test_command_line_page_shows_options_as_typed_and_defaults_as_code(site: Path) -> None:
    text = (site / "cli.html").read_text("utf-8")
    shown = plain(text)
    # An en dash where "--" belongs breaks copy and paste.
    assert "\u2013" not in shown
    assert "--strict" in shown
    # Defaults are code, not reST markup shown as text.
    assert "``" not in shown
    assert (
        '<code class="docutils literal notranslate"><span class="pre">67108864</span></code>'
        in text
    )


def test_attrs_signatures_show_default_values(site: Path) -> None:
    text = (site / "reference" / "api.html").read_text("utf-8")
    assert "attr_dict[" not in text
    start = text.index('id="newsmodel.codec.ReadLimits"')
    signature = plain(text[start : text.index("</dt>", start)])
    assert f"max_bytes: int = {newsmodel.codec.DEFAULT_LIMITS.max_bytes}" in signature


def test_the_diagram_keeps_its_natural_size_on_a_narrow_screen(site: Path) -> None:
    text = (site / "reference" / "diagram.html").read_text("utf-8")
    tag = re.search(r"<svg [^>]*aria-labelledby=\"newsmodel-diagram-title\"[^>]*>", text)
    assert tag, "no diagram"
    width = re.search(r'viewBox="0 0 ([\d.]+) [\d.]+"', tag.group(0))
    style = re.search(r'style="([^"]*)"', tag.group(0))
    assert width
    assert style
    # Drawn at one user unit per CSS pixel (11 px text), never squeezed to the screen's
    # width; the page scrolls it sideways instead (docs/_static/newsmodel.css).
    assert f"width: {width.group(1)}px" in style.group(1)
    assert "%" not in style.group(1)


def test_the_release_steps_tag_this_version(site: Path) -> None:
    shown = plain((site / "versioning.html").read_text("utf-8"))
    assert f"git tag -a v{newsmodel.__version__}" in shown
    assert SCHEMA_BASE_URL.removesuffix("schemas/") + "schemas/" in shown
