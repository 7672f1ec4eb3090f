"""What validation can be asked, in one object: which rules run, how strictly, within which limits.

:func:`~newsmodel.validation.validate`, :func:`~newsmodel.validation.checked`,
:func:`~newsmodel.validation.validate_parsed` and the command line take an
:class:`Options`; the functions also take its fields as keyword arguments
(:class:`OptionKeywords`), as they always have.
"""

from __future__ import annotations

import fnmatch
import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING, TypedDict

import attrs

from newsmodel.codec import DEFAULT_LIMITS, ReadLimits
from newsmodel.errors import UnknownRuleError

if TYPE_CHECKING:
    from newsmodel.validation.rules import Rule


def _codes(codes: Iterable[str]) -> tuple[str, ...]:
    # One code given as a string is one code, not a code per character.
    return (codes,) if isinstance(codes, str) else tuple(codes)


def _optional_codes(codes: Iterable[str] | None) -> tuple[str, ...] | None:
    return None if codes is None else _codes(codes)


@attrs.frozen(kw_only=True)
class Options:
    """What validation is asked to do; the defaults check everything, warnings allowed.

    A code or pattern that names no rule raises :class:`~newsmodel.errors.UnknownRuleError`
    when the options are made, so that a typo never silently turns nothing off.
    """

    strict: bool = False
    """Whether warnings are errors too: a document with a warning is invalid."""
    disable: tuple[str, ...] = attrs.field(default=(), converter=_codes)
    """Rules not to run, by code or shell-style pattern (``time.*``)."""
    enable_only: tuple[str, ...] | None = attrs.field(default=None, converter=_optional_codes)
    """If given, the only rules to run (codes or patterns); the schema is always checked."""
    limits: ReadLimits = DEFAULT_LIMITS
    """How much input the reader accepts (size, depth) before refusing it."""

    def __attrs_post_init__(self) -> None:
        if self.disable or self.enable_only is not None:
            # Refuse an unknown code now, not at the first document. Options that name no
            # code leave the rules unloaded until the first document is parsed (see
            # docs/validating.rst on memory).
            self.rules  # noqa: B018

    @functools.cached_property
    def rules(self) -> tuple[Rule, ...]:
        """The rules that run, in the rule table's order."""
        return select_rules(disable=self.disable, enable_only=self.enable_only)

    def given(self, keywords: OptionKeywords) -> Options:
        """These options, with the fields named in ``keywords`` replaced."""
        return attrs.evolve(self, **keywords) if keywords else self


class OptionKeywords(TypedDict, total=False):
    """The fields of :class:`Options`, as keyword arguments of the validation functions."""

    strict: bool
    disable: Iterable[str]
    enable_only: Iterable[str] | None
    limits: ReadLimits


def select_rules(
    *, disable: Iterable[str] = (), enable_only: Iterable[str] | None = None
) -> tuple[Rule, ...]:
    """The rules that run: all, or those ``enable_only`` names, less those ``disable`` names.

    Each code may be a shell-style pattern (``time.*``, ``anchor.*``); one that matches
    no rule raises :class:`~newsmodel.errors.UnknownRuleError`, so that a typo never
    silently turns nothing off.
    """
    from newsmodel.validation.rules import RULES  # on first use: see Options

    disabled = _matching(_codes(disable), RULES)
    chosen = _matching(_codes(enable_only), RULES) if enable_only is not None else None
    return tuple(
        rule
        for rule in RULES
        if rule.code not in disabled and (chosen is None or rule.code in chosen)
    )


def _matching(patterns: Iterable[str], rules: Iterable[Rule]) -> set[str]:
    codes = [rule.code for rule in rules]
    matched: set[str] = set()
    unknown = []
    for pattern in patterns:
        found = fnmatch.filter(codes, pattern)
        if not found:
            unknown.append(pattern)
        matched.update(found)
    if unknown:
        raise UnknownRuleError(
            f"no rule has the code(s): {', '.join(sorted(unknown))}; "
            "'newsmodel rules --stage rules' lists them"
        )
    return matched


#: Validation's defaults: every rule, warnings allowed, the reader's default limits.
DEFAULT_OPTIONS = Options()
