"""The recorded session of the docs' walk-through of a real page, and how to remake it.

The docs page "From a page to a document" walks through the tagesschau.de page that
trafilatura's evaluation uses. The page is its publisher's, so neither it nor its
document is committed: the docs quote, from :data:`RECORD`, only what a walk-through
needs (the headline, the template's lines, the dates, the first words of some lines, a
few drafts). ``test_walkthrough.py`` remakes the record from the page in ``../shared``
and fails when it differs, so the docs cannot go stale; after a deliberate change,
remake it with ``python tests/ingest/walkthrough.py``.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT / "tests") not in sys.path:  # run as a script, not under pytest
    sys.path.insert(0, str(ROOT / "tests"))

from newsmodel.cli import main  # noqa: E402
from newsmodel.ingest import DRAFTER  # noqa: E402
from shared_data import SHARED  # noqa: E402 - found through the path set just above

PAGE = SHARED / "realdata" / "articles" / "trafilatura_de_tagesschau-2020-rheinmetall"
RECORD = ROOT / "docs" / "recorded" / "ingest-tagesschau.txt"
#: The words of a line of the story that the record quotes; the rest is left out.
_QUOTED_WORDS = 6
#: What the record shows of a drafted quantity.
_QUANTITY_FIELDS = ("value", "minimum", "maximum", "comparator", "currency", "unit", "confidence")
#: The segments the record shows at the start and the end of the document.
_SHOWN_FIRST, _SHOWN_LAST = 4, 3


def record(page: Path = PAGE) -> str:
    """The session: the command as a reader runs it, then what the document holds."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "rheinmetall.json"
        result = CliRunner().invoke(
            main, ["ingest", str(page / "page.html"), "--draft", "-o", str(out)]
        )
        if result.exit_code != 0:
            raise RuntimeError(f"ingest failed ({result.exit_code}): {result.output}")
        document = json.loads(out.read_text(encoding="utf-8"))
    shown = result.stderr.replace(str(page / "page.html"), "page.html")
    expected = json.loads((page / "expected_evaldata.json").read_text(encoding="utf-8"))
    sections = {
        "command": "$ newsmodel ingest page.html --draft -o rheinmetall.json\n" + shown,
        "segments": _segments(document),
        "expectation": _expectation(document, expected),
        "times": _times(document),
        "drafts": _drafts(document),
    }
    return "".join(f"[{name}]\n{body.rstrip()}\n\n" for name, body in sections.items())


def _words(document: dict[str, Any], item: dict[str, Any]) -> str:
    return str(document["text"][item["start"] : item["end"]])


def _cut(words: str, count: int = _QUOTED_WORDS) -> str:
    split = words.split()
    return " ".join(split[:count]) + (" …" if len(split) > count else "")


def _segments(document: dict[str, Any]) -> str:
    segments = document["segments"]
    roles = Counter(s["role"] for s in segments)
    lines = [
        f"{len(segments)} segments: "
        + ", ".join(f"{count} {role}" for role, count in sorted(roles.items()))
    ]
    for index, segment in enumerate(segments):
        if _SHOWN_FIRST <= index < len(segments) - _SHOWN_LAST:  # counted, not quoted
            if index == _SHOWN_FIRST:
                hidden = segments[_SHOWN_FIRST : len(segments) - _SHOWN_LAST]
                lines.append(f"…            ({len(hidden)} more segments, each a paragraph)")
                assert {s["role"] for s in hidden} == {"paragraph"}
            continue
        words = _words(document, segment)
        if segment["role"] == "paragraph":
            words = _cut(words)
        lines.append(f"{segment['role']:<12} {words}")
    return "\n".join(lines)


def _expectation(document: dict[str, Any], expected: dict[str, Any]) -> str:
    story = "\n".join(_words(document, s) for s in document["segments"] if s["role"] == "paragraph")
    found = sum(snippet in story for snippet in expected["with"])
    unwanted = sum(snippet in story for snippet in expected["without"])
    return (
        f"passages trafilatura's evaluation expects in the story: {found} of "
        f"{len(expected['with'])} found\n"
        f"passages it expects left out: {unwanted} of {len(expected['without'])} in the story"
    )


def _times(document: dict[str, Any]) -> str:
    lines = []
    for time in document["times"]:
        if time.get("annotator") == DRAFTER:
            continue
        words = f'"{time["anchor"]["exact"]}"' if "anchor" in time else "(the page's metadata)"
        function = time.get("function", "(kept as words)")
        lines.append(f"{function:<17} {time['value']:<20} {time['provenance']:<19} {words}")
        if "note" in time:
            lines.append(f"{'':<17} note: {time['note']}")
    return "\n".join(lines)


def _drafts(document: dict[str, Any]) -> str:
    (drafter,) = (a for a in document["annotators"] if a["id"] == DRAFTER)
    times = [t for t in document["times"] if t.get("annotator") == DRAFTER]
    layers = {
        "times": times,
        "quantities": document.get("quantities", []),
        "attributions": document.get("attributions", []),
        "entities": document.get("entities", []),
    }
    lines = [
        f"annotator {drafter['id']} ({drafter['kind']}, version given); drafted: "
        + ", ".join(f"{len(items)} {name}" for name, items in layers.items())
    ]
    for time in times:
        lines.append(f'time       "{time["anchor"]["exact"]}" = {time["value"]}')
    for quantity in layers["quantities"]:
        said = [f"{key} {quantity[key]}" for key in _QUANTITY_FIELDS if key in quantity]
        lines.append(f'quantity   "{quantity["anchor"]["exact"]}": {", ".join(said)}')
    for attribution in layers["attributions"]:
        if "sourceAnchor" not in attribution:
            continue  # the record shows those whose source the words name
        content = _cut(attribution["content"][0]["exact"])
        cue = " ".join(c["exact"] for c in attribution.get("cue", [])) or "-"
        lines.append(
            f'quotation  {attribution["quote"]:<6} "{content}"  cue "{cue}"  '
            f'source "{attribution["sourceAnchor"]["exact"]}" -> {", ".join(attribution["sources"])}'
            f"  (confidence {attribution['confidence']})"
        )
    for entity in layers["entities"]:
        mentions = ", ".join(f'"{m["anchor"]["exact"]}"' for m in entity.get("mentions", []))
        label = entity.get("name") or entity.get("description")
        lines.append(f"entity     {entity['type']} {label!r}: {mentions}")
    return "\n".join(lines)


if __name__ == "__main__":
    if not PAGE.is_dir():
        raise SystemExit(f"the page is not in {PAGE} (../shared beside the repository)")
    RECORD.parent.mkdir(exist_ok=True)
    RECORD.write_text(record(), encoding="utf-8")
    print(f"wrote {RECORD.relative_to(ROOT)}")
