"""``newsmodel render``: one document to a page, a folder to a site with an index."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner, Result

import newsmodel
from newsmodel.cli import main
from newsmodel.versions import CURRENT_VERSION

CORPUS = Path(__file__).parents[1] / "corpus" / CURRENT_VERSION
GOOD = CORPUS / "valid" / "port-authority-signs-deal.json"
SHIFTED = CORPUS / "invalid" / "anchor.text_mismatch--shifted-offset.json"


def run(*arguments: str) -> Result:
    return CliRunner().invoke(main, list(arguments))


def test_one_document_becomes_one_page(tmp_path: Path) -> None:
    out = tmp_path / "view.html"
    result = run("render", str(GOOD), "-o", str(out))
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert newsmodel.load(GOOD).headline in page
    assert sorted(p.name for p in tmp_path.iterdir()) == ["view.html"]  # no temporary left


def test_an_invalid_document_writes_nothing_and_keeps_an_old_page(tmp_path: Path) -> None:
    out = tmp_path / "view.html"
    out.write_text("the old page")
    result = run("render", str(SHIFTED), "-o", str(out))
    assert result.exit_code == 1
    assert "anchor.text_mismatch" in result.stdout
    assert out.read_text() == "the old page"


def test_unreadable_input_exits_3_and_writes_nothing(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{")
    assert run("render", str(broken), "-o", str(tmp_path / "a.html")).exit_code == 3
    assert (
        run("render", str(tmp_path / "missing.json"), "-o", str(tmp_path / "b.html")).exit_code == 3
    )
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run("render", str(empty), "-o", str(tmp_path / "site")).exit_code == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.json", "empty"]


def test_a_folder_becomes_a_site_with_an_index(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "more").mkdir(parents=True)
    shutil.copy(GOOD, corpus / "good.json")
    shutil.copy(SHIFTED, corpus / "more" / "shifted.json")
    lines = [json.dumps(json.loads(GOOD.read_bytes())), json.dumps(json.loads(GOOD.read_bytes()))]
    (corpus / "many.jsonl").write_text("\n".join(lines) + "\n")
    site = tmp_path / "site"
    result = run("render", str(corpus), "-o", str(site))
    assert result.exit_code == 1  # one invalid document
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    assert pages == ["good.html", "index.html", "many-line1.html", "many-line2.html"]
    index = (site / "index.html").read_text(encoding="utf-8")
    assert index.count('href="') == 3
    assert 'href="good.html"' in index
    assert "invalid, 1 problem" in index
    assert "<code>more/shifted.json</code>" in index
    assert "anchor.text_mismatch" in index


def test_the_bundled_examples_render_with_their_counts(tmp_path: Path) -> None:
    result = run("render", "--examples", "-o", str(tmp_path / "site"))
    assert result.exit_code == 0, result.output
    index = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    reference = newsmodel.examples.load("space-agency-teams-with-arms-exporter")
    row = index.split("Space Agency Teams With Arms Exporter", 1)[1].split("</tr>", 1)[0]
    assert "1999-02" in row
    assert f">{len(reference.attributions)}<" in row
    assert f">{len(reference.claims)}<" in row
    assert ">valid<" in row
    for name in newsmodel.examples.names():
        assert (tmp_path / "site" / f"{name}.html").is_file()


def test_json_lines_become_pages_inside_the_output_folder(tmp_path: Path) -> None:
    lines = tmp_path / "in" / "many.jsonl"
    lines.parent.mkdir()
    lines.write_text(json.dumps(json.loads(GOOD.read_bytes())) + "\n")
    result = run("render", str(lines), "-o", str(tmp_path / "site"))
    assert result.exit_code == 0, result.output
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.html"))
    assert written == ["site/index.html", "site/many-line1.html"]


def test_an_output_that_cannot_be_written_exits_3_with_one_line(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    for arguments in ([str(GOOD)], ["--examples"]):
        result = run("render", *arguments, "-o", str(not_a_folder / "out"))
        assert result.exit_code == 3
        assert result.stderr.endswith("Not a directory\n")
        assert "Traceback" not in result.output
    assert not_a_folder.read_text() == "x"


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run("render", "-o", str(tmp_path / "x.html")).exit_code == 2  # no PATH
    assert run("render", str(GOOD)).exit_code == 2  # no --output
    folder_out = tmp_path / "folder"
    folder_out.mkdir()
    assert run("render", str(GOOD), "-o", str(folder_out)).exit_code == 2
    file_out = tmp_path / "file.html"
    file_out.write_text("x")
    assert run("render", str(CORPUS / "valid"), "-o", str(file_out)).exit_code == 2
