"""Do other teams' validators give the corpus the verdicts newsmodel's schema stage gives?

    python tests/interop/compare_validators.py --check-jsonschema PATH --ajv PATH

Runs the bundled examples, every corpus document that is JSON at all (files whose
codes include no ``json.*``; each line of a JSON Lines file on its own) and the
migration corpus of every older version (each document against the schemas of the
version it names, its migrated form against the current ones) through

- newsmodel's schema stage (the published schemas, jsonschema with format checking);
- ``check-jsonschema`` with the single-file bundle;
- ``ajv-cli`` (draft 2020-12, ajv-formats plus the ``iri`` format in
  ``ajv-newsmodel-formats.js``), once with the bundle and once with the split files
  registered with ``-r``;

and fails, listing each file, when any verdict differs. A document that breaks only a
rule (``anchor.text_mismatch``...) is schema-valid, so every validator must accept it.
Run from ``.ci/run``, which installs the tools; not part of the offline test suite.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from newsmodel.codec import parse
from newsmodel.errors import UnreadableDocumentError
from newsmodel.validation.schema_stage import schema_problems
from newsmodel.versions import BUNDLE_SCHEMA, CURRENT_VERSION, KNOWN_VERSIONS, ROOT_SCHEMA

HERE = Path(__file__).resolve().parent
REPOSITORY = HERE.parents[1]
CORPORA = REPOSITORY / "tests" / "corpus"
CORPUS = CORPORA / CURRENT_VERSION
FORMATS_MODULE = HERE / "ajv-newsmodel-formats.js"
EXAMPLES = REPOSITORY / "src" / "newsmodel" / "examples"


def schemas_of(version: str) -> Path:
    """The folder of the committed schemas of ``version``."""
    return REPOSITORY / "schemas" / version


def by_version(folder: Path) -> dict[str, dict[str, Path]]:
    """The documents to compare, grouped by the version whose schemas judge them."""
    grouped: dict[str, dict[str, Path]] = {version: {} for version in KNOWN_VERSIONS}
    grouped[CURRENT_VERSION] = documents(folder)
    for path in sorted(CORPORA.glob("*/migration/*.json")):
        migrated = path.name.endswith(".migrated.json")
        version = CURRENT_VERSION if migrated else path.parent.parent.name
        grouped[version][f"{path.parent.parent.name}/migration/{path.name}"] = path
    return grouped


def documents(folder: Path) -> dict[str, Path]:
    """Every corpus document that is JSON, as a file of its own, by a readable name."""
    found: dict[str, Path] = {
        f"examples/{path.name}": path for path in sorted(EXAMPLES.glob("*.json"))
    }
    for path in sorted(CORPUS.glob("*/*.json*")):
        codes = path.name.split("--")[0].split("+") if "--" in path.name else []
        name = f"{path.parent.name}/{path.name}"
        if path.suffix != ".jsonl":
            if not any(code.startswith("json.") for code in codes):
                found[name] = path
            continue
        for number, line in enumerate(path.read_bytes().split(b"\n"), 1):
            if not line.strip():
                continue
            try:
                parse(line)
            except UnreadableDocumentError:
                continue  # a line that is not JSON, which no schema judges
            single = folder / f"{path.stem}-line{number}.json"
            single.write_bytes(line)
            found[f"{name}:{number}"] = single
    return found


def newsmodel_verdicts(files: dict[str, Path]) -> dict[str, bool]:
    return {
        name: not list(schema_problems(parse(path.read_bytes()))) for name, path in files.items()
    }


def check_jsonschema_verdicts(tool: str, files: dict[str, Path], schemas: Path) -> dict[str, bool]:
    result = subprocess.run(
        [
            tool,
            "--schemafile",
            str(schemas / BUNDLE_SCHEMA),
            "-o",
            "json",
            *map(str, files.values()),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    report = json.loads(result.stdout)
    failed = {entry["filename"] for entry in report.get("errors", [])}
    unparsed = {entry["filename"] for entry in report.get("parse_errors", [])}
    if unparsed:
        raise SystemExit(f"check-jsonschema could not parse: {sorted(unparsed)}")
    return {name: str(path) not in failed for name, path in files.items()}


def ajv_verdicts(
    tool: str, files: dict[str, Path], schemas: Path, *, split: bool
) -> dict[str, bool]:
    if split:
        others = [
            p for p in sorted(schemas.glob("*.json")) if p.name not in (ROOT_SCHEMA, BUNDLE_SCHEMA)
        ]
        schema = ["-s", str(schemas / ROOT_SCHEMA), *[a for p in others for a in ("-r", str(p))]]
    else:
        schema = ["-s", str(schemas / BUNDLE_SCHEMA)]
    command = [
        tool,
        "validate",
        "--spec=draft2020",
        "--strict=true",
        "--errors=line",
        "-c",
        str(FORMATS_MODULE),
        *schema,
        *[a for path in files.values() for a in ("-d", str(path))],
    ]
    environment = {**os.environ, "NODE_PATH": str(Path(tool).absolute().parents[1])}
    result = subprocess.run(command, capture_output=True, text=True, check=False, env=environment)
    said = {}
    for line in (result.stdout + "\n" + result.stderr).splitlines():
        match = re.fullmatch(r"(\S+) (valid|invalid)", line.strip())
        if match:
            said[match.group(1)] = match.group(2) == "valid"
    missing = [name for name, path in files.items() if str(path) not in said]
    if missing:
        raise SystemExit(f"ajv gave no verdict for {missing[:5]}...\n{result.stderr[-2000:]}")
    return {name: said[str(path)] for name, path in files.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check-jsonschema", required=True, help="the check-jsonschema program")
    parser.add_argument("--ajv", required=True, help="ajv-cli's ajv program (in node_modules/.bin)")
    arguments = parser.parse_args()
    tools = ("newsmodel", "check-jsonschema", "ajv (bundle)", "ajv (split files)")
    verdicts: dict[str, dict[str, bool]] = {tool: {} for tool in tools}
    files: dict[str, Path] = {}
    with tempfile.TemporaryDirectory() as folder:
        for version, group in by_version(Path(folder)).items():
            if not group:
                continue
            schemas = schemas_of(version)
            files |= group
            verdicts["newsmodel"] |= newsmodel_verdicts(group)
            verdicts["check-jsonschema"] |= check_jsonschema_verdicts(
                arguments.check_jsonschema, group, schemas
            )
            verdicts["ajv (bundle)"] |= ajv_verdicts(arguments.ajv, group, schemas, split=False)
            verdicts["ajv (split files)"] |= ajv_verdicts(arguments.ajv, group, schemas, split=True)
    reference = verdicts["newsmodel"]
    valid = sum(reference.values())
    if valid < 10 or len(reference) - valid < 20:
        print(f"too few documents compared: {valid} valid, {len(reference) - valid} invalid")
        return 1
    differences = 0
    for name in files:
        said = {tool: "valid" if found[name] else "invalid" for tool, found in verdicts.items()}
        if len(set(said.values())) > 1:
            differences += 1
            print(f"DIFFERS {name}: " + ", ".join(f"{tool} {v}" for tool, v in said.items()))
    print(
        f"{len(files)} documents ({valid} schema-valid, {len(files) - valid} schema-invalid): "
        f"{differences} verdict(s) differ between {', '.join(verdicts)}"
    )
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
