"""Make a new version of the document format: the one command that does all of it.

    python tools/new_version.py 1.1     # a minor version: it only adds
    python tools/new_version.py 2.0     # a major version: old documents need migrating

Change the classes first (and, for a major version, write the migration step and
register it in ``newsmodel.migrations.STEPS``; a minor version's step is
``rename_schema``). Then this script, in order:

1. checks that VERSION is the next minor or the next major version, and that a
   migration step from the current version to it is registered;
2. freezes the current version: records the SHA-256 of each of its schema files in
   ``schemas/checksums.json``, which a test checks from then on;
3. moves the current version's bad-input corpus aside: its valid documents, and the
   bundled examples as they are now, become the migration corpus
   ``tests/corpus/<current>/migration/``; the rest of it is removed (the bad-input
   corpus is kept for the newest version only);
4. writes ``schemas/VERSION/`` from the classes: from now on the newest folder is the
   current version, which ``newsmodel.versions`` discovers (no other registration);
5. regenerates, in a fresh interpreter that sees the new version, the bundled examples
   (``tools/build_examples.py``), the bad-input corpus (``tools/make_corpus.py``) and
   the migrated bytes of the migration corpus (``tools/migration_corpus.py``).

The docs need no step: their schema reference, model reference and rule catalogue are
built from the classes and the committed schemas, and the site serves every version's
files at their ``$id``. Then run the tests, check ``newsmodel schema --diff`` against
the versioning policy (a test does too), and review the diff.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from newsmodel import examples
from newsmodel.migrations import STEPS
from newsmodel.schema.files import freeze, frozen_checksums, write_files
from newsmodel.versions import CURRENT_VERSION, SOURCE_SCHEMAS, version_key

REPOSITORY = Path(__file__).resolve().parents[1]
TOOLS = REPOSITORY / "tools"
CORPUS = REPOSITORY / "tests" / "corpus"


def next_versions(current: str) -> tuple[str, str]:
    """The next minor and the next major version after ``current``."""
    major, minor = version_key(current)
    return f"{major}.{minor + 1}", f"{major + 1}.0"


def keep_migration_corpus(version: str) -> None:
    """Turn ``tests/corpus/<version>/`` into its migration corpus."""
    folder = CORPUS / version
    target = folder / "migration"
    target.mkdir(parents=True, exist_ok=True)
    for name in examples.names():
        (target / f"example-{name}.json").write_bytes(examples.read_bytes(name))
    valid = folder / "valid"
    for path in sorted(valid.glob("*.json")) if valid.is_dir() else ():
        shutil.copyfile(path, target / path.name)
    for kind in ("valid", "invalid", "warnings"):
        if (folder / kind).is_dir():
            shutil.rmtree(folder / kind)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("version", help="the new version, MAJOR.MINOR")
    new = parser.parse_args().version
    allowed = next_versions(CURRENT_VERSION)
    if new not in allowed:
        print(f"the version after {CURRENT_VERSION} is {' or '.join(allowed)}, not {new}")
        return 2
    if not any(s.older == CURRENT_VERSION and s.newer == new for s in STEPS):
        print(
            f"register the migration step from {CURRENT_VERSION} to {new} in "
            "newsmodel.migrations.STEPS first (a minor version's step is rename_schema)"
        )
        return 2
    if CURRENT_VERSION not in frozen_checksums(SOURCE_SCHEMAS):
        print(f"froze {CURRENT_VERSION} in {freeze(SOURCE_SCHEMAS, CURRENT_VERSION)}")
    keep_migration_corpus(CURRENT_VERSION)
    print(f"kept the migration corpus in {CORPUS / CURRENT_VERSION / 'migration'}")
    for path in write_files(SOURCE_SCHEMAS, new):
        print(f"wrote {path}")
    for script in ("build_examples.py", "make_corpus.py", "migration_corpus.py"):
        subprocess.run([sys.executable, str(TOOLS / script)], check=True, cwd=REPOSITORY)
    print(f"{new} is the current version; run the tests and review the diff")
    return 0


if __name__ == "__main__":
    sys.exit(main())
