"""Example documents shipped with newsmodel, to learn from and to test against.

- ``space-agency-teams-with-arms-exporter``: a 1999 wire story as scraped from the web,
  page chrome and all, with every entity, quotation, attribution, refusal, claim,
  quantity, time expression, comparison and event annotated.
- ``unicode-offsets``: a short invented news item with accents, a combining mark, CJK
  and an emoji, which shows that offsets count code points, not UTF-16 units or bytes.

Both are built by ``tools/build_examples.py``, which computes every offset; edit that
script and rerun it rather than editing the JSON by hand.

:func:`small_article` is a third, built in Python: short, but using every part of the
model. Tests, the rule catalogue and the bad-input corpus all start from it, and every
rule's example violation is an edit of it.
"""

from __future__ import annotations

from importlib import resources

from newsmodel.documents import loads
from newsmodel.examples.small import small_article
from newsmodel.model import Article

__all__ = ["load", "names", "read_bytes", "small_article"]

_SUFFIX = ".json"


def names() -> list[str]:
    """The names of the bundled examples."""
    folder = resources.files(__name__)
    return sorted(
        entry.name.removesuffix(_SUFFIX)
        for entry in folder.iterdir()
        if entry.name.endswith(_SUFFIX)
    )


def read_bytes(name: str) -> bytes:
    """The canonical JSON bytes of the example called ``name``."""
    if name not in names():
        raise KeyError(f"no example called {name!r}; the examples are: {', '.join(names())}")
    return (resources.files(__name__) / f"{name}{_SUFFIX}").read_bytes()


def load(name: str) -> Article:
    """The example called ``name``, read and validated like any document."""
    return loads(read_bytes(name))
