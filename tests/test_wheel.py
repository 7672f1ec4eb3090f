"""The wheel ships the schemas and examples, and validates offline from a clean environment."""

from __future__ import annotations

import email.parser
import os
import re
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - the test extra installs tomli on 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow

# Run inside the clean environment with every socket refused, so that any attempt to
# fetch a schema over the network fails loudly instead of passing on a connected machine.
OFFLINE_CHECK = """
import socket, sys
def refuse(*args, **kwargs):
    raise OSError("network access attempted")
socket.socket.connect = refuse
socket.create_connection = refuse
import newsmodel
from newsmodel.schema import bundled_schemas
assert "site-packages" in newsmodel.__file__, newsmodel.__file__
assert "site-packages" in str(bundled_schemas()), bundled_schemas()
assert newsmodel.examples.names(), "no examples installed"
for name in newsmodel.examples.names():
    data = newsmodel.examples.read_bytes(name)
    report = newsmodel.validate(data)
    assert report.valid, report.problems
    assert newsmodel.dumps(newsmodel.loads(data)) == data
broken = data.replace(b'"$schema": "', b'"$schema": "https://example.com/', 1)
assert newsmodel.validate(broken).codes == ["schema.version_unknown"]
from newsmodel.render import render_article
assert "newsmodel view: one article" in render_article(newsmodel.loads(data)), "CSS not inlined"
print("offline ok", len(newsmodel.examples.names()))
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("*.whl")
    return built


def test_the_wheel_is_named_and_linked_for_pypi(wheel: Path) -> None:
    (metadata_name,) = [n for n in zipfile.ZipFile(wheel).namelist() if n.endswith("/METADATA")]
    metadata = email.parser.HeaderParser().parsestr(
        zipfile.ZipFile(wheel).read(metadata_name).decode()
    )
    assert (
        metadata["Name"] == tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["name"]
    )
    urls = dict(url.split(", ", 1) for url in metadata.get_all("Project-URL") or [])
    assert set(urls) >= {"Documentation", "Source", "Changelog"}, urls
    assert all(url.startswith("https://") for url in urls.values()), urls


def test_the_wheel_holds_schemas_examples_and_py_typed(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "newsmodel/py.typed" in names
    for schema in (ROOT / "schemas").rglob("*.json"):
        assert f"newsmodel/_schemas/{schema.relative_to(ROOT / 'schemas').as_posix()}" in names
    examples = {n for n in names if n.startswith("newsmodel/examples/") and n.endswith(".json")}
    assert examples, "the wheel ships no example documents"
    for asset in (ROOT / "src/newsmodel/render/static").iterdir():
        assert f"newsmodel/render/static/{asset.name}" in names, "the HTML view's assets"


def test_the_wheel_requires_what_the_format_checks_need_and_no_format_extra(wheel: Path) -> None:
    # jsonschema imports every format library it finds installed, at its own import:
    # format-nongpl's rfc3987-syntax alone costs a second in every process.
    archive = zipfile.ZipFile(wheel)
    (metadata,) = (n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
    runtime = [
        line.removeprefix("Requires-Dist: ")
        for line in archive.read(metadata).decode().splitlines()
        if line.startswith("Requires-Dist: ") and "extra ==" not in line
    ]
    names = {re.split(r"[\[<>=!~; ]", requirement, maxsplit=1)[0] for requirement in runtime}
    assert {"jsonschema", "rfc3986-validator"} <= names  # the "iri" check imports it
    assert not any(requirement.startswith("jsonschema[") for requirement in runtime)
    assert "rfc3987-syntax" not in names


def test_the_installed_wheel_validates_offline(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "clean"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
        check=True,
    )
    # The dependencies come from this environment, behind the clean one's own
    # site-packages, so the wheel's newsmodel is the one imported: no download needed.
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    (site / "outer-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    result = subprocess.run(
        [str(python), "-c", OFFLINE_CHECK],
        cwd=tmp_path,
        env={k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("offline ok")
