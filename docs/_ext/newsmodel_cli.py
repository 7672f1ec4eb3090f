"""The command line's pages, generated from the command line itself.

``.. newsmodel-cli::``
    The reference of every command and option, by sphinx-click from the click group
    ``newsmodel.cli:main``.

``.. newsmodel-exit-codes::``
    The exit statuses, from the CLI's ``ExitCode`` enum and its members' docstrings.

``.. newsmodel-run:: validate --format json article.json``
    Runs the command (in a temporary folder, through click's test runner) and shows
    what it printed and its exit status; ``:exit:`` is the status the page expects
    (0 unless given), and any other is a build warning. ``:files:`` writes the input first, one
    ``NAME=WHAT`` per line, where WHAT is ``valid`` (a small valid document),
    ``rule:CODE`` (the same document breaking that rule, as on the rules page) or
    ``text:...`` (the literal text).
"""

from __future__ import annotations

import json
import shlex
import tempfile
from pathlib import Path
from typing import Any

import rule_examples
from click.testing import CliRunner
from docutils import nodes
from docutils.parsers.rst import directives
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.pycode import ModuleAnalyzer
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from newsmodel.cli import main
from newsmodel.cli.options import ExitCode

logger = logging.getLogger(__name__)


class CliDirective(SphinxDirective):
    def parse(self, lines: list[str]) -> list[nodes.Node]:
        container = nodes.container()
        self.state.nested_parse(
            StringList(lines, source=self.get_source_info()[0]), self.content_offset, container
        )
        return list(container.children)


class CommandReference(CliDirective):
    has_content = False

    def run(self) -> list[nodes.Node]:
        return self.parse(
            [".. click:: newsmodel.cli:main", "   :prog: newsmodel", "   :nested: full", ""]
        )


class ExitCodes(CliDirective):
    has_content = False

    def run(self) -> list[nodes.Node]:
        codes = ExitCode
        analyzer = ModuleAnalyzer.for_module(codes.__module__)
        docs = analyzer.find_attr_docs()
        lines = [
            ".. list-table::",
            "   :header-rows: 1",
            "   :widths: 10 20 70",
            "   :class: newsmodel-table",
            "",
            "   * - Status",
            "     - Name",
            "     - Meaning",
        ]
        for member in codes:
            meaning = " ".join(
                line.strip() for line in docs.get((codes.__qualname__, member.name), [])
            )
            lines += [
                f"   * - ``{int(member)}``",
                f"     - ``{member.name}``",
                f"     - {meaning or '—'}",
            ]
        return self.parse([*lines, ""])


def write_input(folder: Path, spec: str) -> None:
    name, _, what = spec.partition("=")
    path = folder / name.strip()
    what = what.strip()
    if what.startswith("text:"):
        path.write_text(what.removeprefix("text:") + "\n", encoding="utf-8")
        return
    document = rule_examples.base_document()
    if what.startswith("rule:"):
        document = rule_examples.apply(document, rule_examples.EXAMPLES[what.removeprefix("rule:")])
    elif what != "valid":
        raise ValueError(f"unknown input {what!r}")
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


class Run(CliDirective):
    required_arguments = 1
    final_argument_whitespace = True
    has_content = False
    option_spec = {  # noqa: RUF012 - docutils' interface
        "files": directives.unchanged,
        "exit": directives.nonnegative_int,
    }

    def run(self) -> list[nodes.Node]:

        args = shlex.split(self.arguments[0])
        specs = [s for s in self.options.get("files", "").splitlines() if s.strip()]
        with tempfile.TemporaryDirectory() as folder:
            runner = CliRunner()
            with runner.isolated_filesystem(temp_dir=folder) as here:
                for spec in specs:
                    write_input(Path(here), spec)
                result = runner.invoke(main, args, prog_name="newsmodel")
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            logger.warning(
                "newsmodel-run: 'newsmodel %s' raised %r",
                self.arguments[0],
                result.exception,
                location=self.get_location(),
            )
        expected = self.options.get("exit", 0)
        if result.exit_code != expected:
            logger.warning(
                "newsmodel-run: 'newsmodel %s' exited %s, not %s as the page says",
                self.arguments[0],
                result.exit_code,
                expected,
                location=self.get_location(),
            )
        output = result.output.rstrip("\n")
        lines = [f"$ newsmodel {self.arguments[0]}", *([output] if output else []), "$ echo $?"]
        text = "\n".join([*lines, str(result.exit_code)])
        block = nodes.literal_block(text, text, language="console")
        return [block]


#: Lines that sphinx-click itself writes as reST (a directive, an option's default and
#: choices), which must stay markup; everything else is the CLI's own plain help text.
_SPHINX_CLICK_MARKUP = (".. ", ":default: ", ":options: ")


def plain_help(app: Sphinx, ctx: Any, lines: list[str]) -> None:
    """Keep the CLI's help text plain: sphinx-click reads it as reST, where the ``*`` of
    ``*.json`` would start emphasis. sphinx-click's own markup is left as it is."""
    for index, line in enumerate(lines):
        if not line.lstrip().startswith(_SPHINX_CLICK_MARKUP):
            lines[index] = line.replace("\\", "\\\\").replace("*", "\\*").replace("`", "\\`")


def setup(app: Sphinx) -> dict[str, Any]:
    app.setup_extension("sphinx_click")
    for part in ("description", "options", "arguments", "epilog"):
        app.connect(f"sphinx-click-process-{part}", plain_help)
    app.add_directive("newsmodel-cli", CommandReference)
    app.add_directive("newsmodel-exit-codes", ExitCodes)
    app.add_directive("newsmodel-run", Run)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "1"}
