"""Write the migration corpus: each document of an older version and what it migrates to.

    python tools/migration_corpus.py            # rewrite every ``*.migrated.json``
    python tools/migration_corpus.py --check    # exit 1 if a committed one differs

The bad-input corpus is kept for the current version only (``tools/make_corpus.py``).
Each older version keeps ``tests/corpus/<version>/migration/``: documents of that
version (``NAME.json``, never edited once the version is frozen) beside the exact bytes
newsmodel writes after reading them (``NAME.migrated.json``, in the current version).
A test reads every pair; this script rewrites the second file of each after a change to
the current version or to a migration step. Review the diff.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import newsmodel

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus"
MIGRATED_SUFFIX = ".migrated.json"


def originals() -> list[Path]:
    """Every older-version document of the migration corpus, in sorted order."""
    return sorted(
        path
        for path in CORPUS.glob("*/migration/*.json")
        if not path.name.endswith(MIGRATED_SUFFIX)
    )


def migrated_path(original: Path) -> Path:
    """Where the migrated bytes of ``original`` are kept."""
    return original.with_name(original.name.removesuffix(".json") + MIGRATED_SUFFIX)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 on a difference"
    )
    check = parser.parse_args().check
    differing = 0
    for original in originals():
        expected = newsmodel.dumps(newsmodel.loads(original.read_bytes()))
        target = migrated_path(original)
        if target.exists() and target.read_bytes() == expected:
            continue
        differing += 1
        if check:
            print(f"{target}: differs from what {original.name} migrates to")
        else:
            target.write_bytes(expected)
            print(f"wrote {target}")
    return 1 if check and differing else 0


if __name__ == "__main__":
    sys.exit(main())
