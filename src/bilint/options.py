"""Output options shared by `compare` and `check`, and the one function that finishes a run:
filter, render, write, exit status.

The decorator bundles the options into one `OutputOptions` record handed to the command as
`out`, so each command's signature stays short and the two commands cannot drift apart. This
module is imported at start-up: heavy modules are imported inside functions.
"""

from __future__ import annotations

import contextlib
import functools
import os
import stat
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import click

from .report import FORMATS

if TYPE_CHECKING:
    from .filters import Filter
    from .pipeline import Result


@dataclass(frozen=True)
class OutputOptions:
    """What the user asked of the report. `fmt` is None when --format was not given."""

    fmt: str | None = None
    output: str | None = None
    statistics: bool = False
    exit_zero: bool = False
    strict: bool = False
    select: frozenset[str] | None = None
    ignore: frozenset[str] = frozenset()
    baseline: str | None = None
    write_baseline: str | None = None
    color: str = "auto"

    def format(self, environ: dict[str, str] | os._Environ[str] | None = None) -> str:
        """The chosen format; under GitHub Actions, annotations unless --format was given."""
        if self.fmt:
            return self.fmt
        env = os.environ if environ is None else environ
        return "github" if env.get("GITHUB_ACTIONS") == "true" else "text"


class RunError(Exception):
    """A problem that stops the run with exit 2: a broken baseline, an unwritable output."""


def _split_codes(values: Sequence[str]) -> list[str]:
    return [part for v in values for part in v.replace(" ", ",").split(",") if part]


def _codes_callback(ctx: click.Context, param: click.Parameter,
                    values: tuple[str, ...]) -> frozenset[str] | None:
    if not values:
        return None
    from .registry import select

    try:
        return frozenset(select(_split_codes(values)))
    except KeyError as exc:
        raise click.BadParameter(f"unknown rule {exc.args[0]!r} (see `bilint rules`)") from None


def _no_cache_callback(_ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value:
        from . import usercache

        usercache.disable()


_OPTIONS: list[Callable[[Callable[..., Any]], Callable[..., Any]]] = [
    click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
                 help="Output format. Default: text, or github when GITHUB_ACTIONS=true."),
    click.option("--output", "-o", "output", type=click.Path(dir_okay=False), metavar="FILE",
                 help="Write the report to FILE (atomically) instead of standard output."),
    click.option("--statistics", is_flag=True,
                 help="Print the number of findings per rule instead of the findings."),
    click.option("--select", multiple=True, metavar="CODES", callback=_codes_callback,
                 help="Only these rules (codes, names or families, comma-separated; ALL for every "
                 "rule, info-level ones included)."),
    click.option("--ignore", multiple=True, metavar="CODES", callback=_codes_callback,
                 help="Skip these rules."),
    click.option("--baseline", type=click.Path(dir_okay=False), metavar="FILE",
                 help="Do not report findings recorded in FILE (see --write-baseline)."),
    click.option("--write-baseline", type=click.Path(dir_okay=False), metavar="FILE",
                 help="Record the current findings in FILE and exit 0."),
    click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings."),
    click.option("--strict", is_flag=True, help="Exit 1 on warnings too, not only on errors."),
    click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto",
                 show_default=True, help="Colour in text output."),
    click.option("--no-cache", is_flag=True, expose_value=False, is_eager=True,
                 callback=_no_cache_callback,
                 help="Neither read nor write bilint's cache of built tables and compiled "
                 "patterns (see `bilint clean`); BILINT_NO_CACHE=1 does the same."),
]
_NAMES = ("fmt", "output", "statistics", "select", "ignore", "baseline", "write_baseline",
          "exit_zero", "strict", "color")


def output_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add the output options to a click command; it receives them as `out: OutputOptions`."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        given = {name: kwargs.pop(name) for name in _NAMES}
        given["ignore"] = given["ignore"] or frozenset()
        return command(*args, out=OutputOptions(**given), **kwargs)

    for option in reversed(_OPTIONS):
        option(wrapper)
    return wrapper


def finish(results: Sequence[Result], out: OutputOptions, *,
           config_filters: Sequence[Filter] = (), inputs: Sequence[str] = ()) -> int:
    """Filter, render and write the results; return the exit status (2 after a one-line error).

    `config_filters` (configuration: rules off, severities, per-file ignores) run after the
    inline suppressions and before --select/--ignore and the baseline. `inputs` are the files
    read: the report is never written over one of them.
    """
    try:
        return _finish(results, out, config_filters, inputs)
    except RunError as exc:
        click.echo(f"bilint: error: {exc}", err=True)
        return 2


def _finish(results: Sequence[Result], out: OutputOptions, config_filters: Sequence[Filter],
            inputs: Sequence[str]) -> int:
    from .filters import run_filters, selection, suppressions
    from .report import render, statistics

    for target in (out.output, out.write_baseline):
        if target:
            _refuse_input(target, inputs)
    if out.baseline or out.write_baseline:
        from . import baseline as bl  # and json: only for a run that uses a baseline
    known = bl.load(out.baseline) if out.baseline else None
    results = run_filters(results, [suppressions, *config_filters, selection(out.select, out.ignore)])
    findings = [f for r in results for f in r.findings]
    if out.write_baseline:
        write_atomically(out.write_baseline, bl.dumps(findings))
        click.echo(f"bilint: wrote {len(findings)} finding{'s' if len(findings) != 1 else ''} "
                   f"to the baseline {out.write_baseline}", err=True)
        return 0
    if known is not None:
        results = run_filters(results, [bl.matching(known)])
        findings = [f for r in results for f in r.findings]
    fmt = out.format()
    if out.statistics:
        text = statistics(fmt, findings)
    else:
        text = render(fmt, results, _use_color(out.color, to_terminal=out.output is None))
    if out.output:
        write_atomically(out.output, text)
    else:
        click.echo(text, nl=False)
    return exit_status(findings, out.strict, out.exit_zero)


def exit_status(findings: Sequence[Any], strict: bool, exit_zero: bool) -> int:
    if exit_zero:
        return 0
    worst = {f.severity for f in findings}
    if "error" in worst or (strict and "warning" in worst):
        return 1
    return 0


def _use_color(color: str, to_terminal: bool) -> bool:
    if color != "auto":
        return color == "always"
    return to_terminal and sys.stdout.isatty() and "NO_COLOR" not in os.environ


def _refuse_input(path: str, inputs: Sequence[str]) -> None:
    # bilint never writes to its inputs: a mistyped -o must not destroy an article.
    try:
        out = os.stat(path)
    except OSError:
        return  # absent: not an input
    if not stat.S_ISREG(out.st_mode):
        return  # /dev/null, a pipe: writing to it destroys nothing
    for src in inputs:
        try:
            st = os.stat(src)
        except OSError:
            continue
        if (st.st_dev, st.st_ino) == (out.st_dev, out.st_ino):
            raise RunError(f"{path}: is one of the checked files; bilint does not write to its inputs")


def write_atomically(path: str, text: str) -> None:
    """Write to a temporary file beside `path`, then rename: readers never see half a report.
    A device or a pipe (`--output /dev/null`, `/dev/stdout`) is written to as it is: renaming
    over it would put a plain file in its place. A symbolic link keeps pointing where it did."""
    import tempfile

    target = os.path.realpath(path)
    try:
        special = not stat.S_ISREG(os.stat(target).st_mode)
    except OSError:
        special = False  # absent, or unreadable: the write below says why
    if special:
        try:
            with open(target, "w", encoding="utf-8", errors="surrogateescape", newline="\n") as out:
                out.write(text)
        except OSError as exc:
            raise RunError(f"{path}: cannot write: {exc.strerror or exc}") from None
        return
    directory = os.path.dirname(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=".bilint-", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise RunError(f"{path}: cannot write: {exc.strerror or exc}") from None
    try:
        # surrogateescape: a file name that is not UTF-8 is written back as its own bytes.
        with os.fdopen(fd, "w", encoding="utf-8", errors="surrogateescape", newline="\n") as fh:
            fh.write(text)
        # mkstemp makes the file private; a report gets the usual permissions.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise RunError(f"{path}: cannot write: {exc.strerror or exc}") from None
