"""The view's style sheet and script, shipped as package data, and the page's security policy.

The CSS and the script are inlined into every page, so that a rendered file needs nothing
else; the Content-Security-Policy names their hashes, so that a browser runs no script
and applies no style but these, even if some string from a document escaped escaping.
"""

from __future__ import annotations

import base64
import functools
import hashlib
from importlib import resources


@functools.cache
def asset(name: str) -> str:
    """The text of ``static/NAME``, shipped in the wheel beside this module."""
    return (resources.files(__package__) / "static" / name).read_text(encoding="utf-8")


def _digest(text: str) -> str:
    return (
        "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"
    )


def content_security_policy(*, styles: tuple[str, ...], scripts: tuple[str, ...] = ()) -> str:
    """A policy that allows exactly these inline ``<style>`` and ``<script>`` texts, and no fetch."""
    style_source = " ".join(_digest(style) for style in styles) or "'none'"
    script_source = " ".join(_digest(script) for script in scripts) or "'none'"
    return (
        f"default-src 'none'; style-src {style_source}; script-src {script_source}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
