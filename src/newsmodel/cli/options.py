"""Options and exit codes shared by the commands that read documents."""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import click

from newsmodel.codec import DEFAULT_LIMITS, ReadLimits
from newsmodel.codec.json_text import MAX_READ_DEPTH
from newsmodel.errors import UnknownRuleError
from newsmodel.validation import Options

F = TypeVar("F", bound=Callable[..., Any])


class ExitCode(enum.IntEnum):
    """What a command's exit status says; the same for every command."""

    OK = 0
    """Every document is valid (or, for ``fmt --check``, already canonical)."""
    INVALID = 1
    """Some document is invalid (or would be reformatted, or the schemas differ)."""
    USAGE = 2
    """The command line was wrong: an unknown option or rule code, no path given."""
    UNREADABLE = 3
    """Some input could not be checked: a missing path, an empty folder, a folder or file
    that cannot be read, an empty file, bytes that are not UTF-8, malformed JSON, or JSON
    that breaks the reader's limits (size, depth, duplicate keys, NaN, numbers beyond
    double precision, U+0000); or the environment failed: standard input closed, output
    that cannot be written (a full disk), a file ``fmt`` may not or must not replace, no
    memory left. Each gets one line on standard error, never a traceback."""
    HUNG_UP = 129
    """The terminal hung up (SIGHUP); a temporary file being written is removed first."""
    INTERRUPTED = 130
    """Interrupted by Ctrl-C (SIGINT): nothing more is printed."""
    BROKEN_PIPE = 141
    """The reader of the output went away (``newsmodel validate ... | head -1``): killed by
    SIGPIPE, as every Unix tool is, which the shell reports as 141 (Python's
    ``subprocess`` as -13). Nothing is printed."""
    TERMINATED = 143
    """Terminated (SIGTERM); a temporary file being written is removed first."""


#: The statuses for signals, as every command's help text ends its list.
SIGNAL_CODES_HELP = """\
  129, 130, 141, 143  hung up, interrupted (Ctrl-C), output pipe
     closed, terminated"""

#: The exit codes as the help texts list them (``\b`` keeps click from rewrapping).
EXIT_CODES_HELP = f"""\b
Exit status:
  0  every document is valid (warnings allowed, unless --strict)
  1  some document is invalid
  2  usage error: a bad option, an unknown rule code, no PATH
  3  some input could not be checked: a missing path, a folder with
     no documents, an unreadable file or folder, an empty file, bytes
     that are not UTF-8, malformed JSON, or JSON beyond the reader's
     limits (size, depth, duplicate keys, NaN, numbers beyond a
     double, U+0000); or output could not be written (a full disk)
{SIGNAL_CODES_HELP}
When both 1 and 3 apply, the status is 3."""


def _codes(values: Sequence[str]) -> tuple[str, ...]:
    """Codes given as repeated options, each possibly a comma-separated list."""
    return tuple(code.strip() for value in values for code in value.split(",") if code.strip())


def reporting_options(function: F) -> F:
    """Add ``--format`` (text or json) and ``--quiet``, for a command that makes one
    document and reports its problems as 'newsmodel validate' does (ingest, draft)."""
    function = click.option(
        "--quiet", "-q", is_flag=True, help="Print errors only: no warnings and no summary."
    )(function)
    return click.option(
        "--format",
        "output_format",
        type=click.Choice(["text", "json"]),
        default="text",
        show_default=True,
        help="How problems are reported, as for 'newsmodel validate'.",
    )(function)


def checking_options(function: F) -> F:
    """Add the rule, strictness and limit options; the command receives them as ``options``."""

    options = [
        click.option(
            "--disable",
            "disable",
            multiple=True,
            metavar="CODE",
            help="Turn off the rule CODE (repeat it, or separate codes with commas; "
            "a shell pattern such as 'time.*' turns off a family). "
            "'newsmodel rules --stage rules' lists the codes.",
        ),
        click.option(
            "--enable-only",
            "enable_only",
            multiple=True,
            metavar="CODE",
            help="Run only the rule CODE (repeatable, commas and patterns as for --disable). "
            "The schema is always checked.",
        ),
        click.option(
            "--strict",
            is_flag=True,
            help="Treat warnings as errors: a document with a warning is invalid.",
        ),
        click.option(
            "--max-bytes",
            type=click.IntRange(min=1),
            default=DEFAULT_LIMITS.max_bytes,
            show_default=True,
            metavar="N",
            help="Refuse a document (a file, or a line of JSON Lines) larger than N bytes "
            "(code json.too_large).",
        ),
        click.option(
            "--max-depth",
            type=click.IntRange(min=1, max=MAX_READ_DEPTH),
            default=DEFAULT_LIMITS.max_depth,
            show_default=True,
            metavar="N",
            help="Refuse a document whose arrays and objects nest deeper than N "
            f"(code json.too_deep); at most {MAX_READ_DEPTH}, as deep as Python's JSON "
            "reader goes.",
        ),
        click.option(
            "--max-values",
            type=click.IntRange(min=1),
            default=DEFAULT_LIMITS.max_values,
            show_default=True,
            metavar="N",
            help="Refuse a document holding more than N values: arrays, objects, strings, "
            "numbers, true, false and null (code json.too_many_values). Counted before the "
            "document is read, this bounds the memory reading it takes.",
        ),
    ]

    @functools.wraps(function)
    def wrapper(**kwargs: Any) -> Any:
        try:
            options = Options(
                disable=_codes(kwargs.pop("disable")),
                enable_only=_codes(kwargs.pop("enable_only")) or None,
                strict=kwargs.pop("strict"),
                limits=ReadLimits(
                    max_bytes=kwargs.pop("max_bytes"),
                    max_depth=kwargs.pop("max_depth"),
                    max_values=kwargs.pop("max_values"),
                ),
            )
        except UnknownRuleError as error:
            raise click.BadParameter(
                str(error), param_hint="'--disable' / '--enable-only'"
            ) from None
        return function(options=options, **kwargs)

    decorated: Any = wrapper
    for option in reversed(options):
        decorated = option(decorated)
    return decorated  # type: ignore[no-any-return]
