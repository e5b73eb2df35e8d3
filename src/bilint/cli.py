"""The command line. Heavy modules are imported inside commands so that `--version` is quick."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Any

import click

from . import __version__

FORMATS = ("text", "concise", "json")


def _split_codes(values: Sequence[str]) -> list[str]:
    return [part for v in values for part in v.replace(" ", ",").split(",") if part]


def _codes(option: str, values: Sequence[str]) -> set[str]:
    from .registry import select

    try:
        return select(_split_codes(values))
    except KeyError as exc:
        raise click.BadParameter(f"unknown rule {exc.args[0]!r} (see `bilint rules`)",
                                 param_hint=option) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="bilint")
def cli() -> None:
    """Check that a news article and its translation state the same facts."""


@cli.command()
@click.argument("source", type=click.Path(dir_okay=True, allow_dash=False))
@click.argument("target", required=False, type=click.Path(dir_okay=True, allow_dash=False))
@click.option("--source-lang", metavar="LANG",
              help="Language of SOURCE (en, es, es-ES, es-MX, ...). Default: from the file name "
              "(x.en.md, en/x.md), else detected from the text.")
@click.option("--target-lang", metavar="LANG",
              help="Language of TARGET; its CLDR locale sets the decimal and group marks "
              "(es: 4,76 and 20.000; es-MX, es-US, es-419: 4.76 and 20,000).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="Output format.")
@click.option("--select", multiple=True, metavar="CODES",
              help="Only these rules (codes, names or families, comma-separated; ALL for every "
              "rule, info-level ones included).")
@click.option("--ignore", multiple=True, metavar="CODES", help="Skip these rules.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option("--strict", is_flag=True, help="Exit 1 on warnings too, not only on errors.")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto",
              show_default=True, help="Colour in text output.")
def compare(source: str, target: str | None, source_lang: str | None, target_lang: str | None,
            fmt: str, select: tuple[str, ...], ignore: tuple[str, ...], exit_zero: bool,
            strict: bool, color: str) -> None:
    """Compare SOURCE with its translation TARGET.

    With one file, SOURCE holds an article followed by its translation; bilint splits it where
    the language changes.

    Exit status: 0 no error-level finding (with --strict: no warning either), 1 findings,
    2 usage, configuration or input error.
    """
    from .lang import LanguageError, parse_lang
    from .pipeline import apply_selection, check, load_combined, load_pair
    from .read.files import InputError
    from .report import render

    chosen = _codes("--select", select) if select else None
    skipped = _codes("--ignore", ignore) if ignore else set()
    for opt, code in (("--source-lang", source_lang), ("--target-lang", target_lang)):
        if code:
            try:
                parse_lang(code)
            except LanguageError as exc:
                raise click.BadParameter(str(exc), param_hint=opt) from None
    try:
        if target is None:
            src, tgt = load_combined(source, source_lang, target_lang)
        else:
            src, tgt = load_pair(source, target, source_lang, target_lang)
    except InputError as exc:
        _fail(str(exc))
    result = check(src, tgt)
    from dataclasses import replace

    result = replace(result, findings=apply_selection(result.findings, chosen, skipped))
    use_color = color == "always" or (color == "auto" and sys.stdout.isatty()
                                      and "NO_COLOR" not in os.environ)
    click.echo(render(fmt, [result], use_color), nl=False)
    sys.exit(exit_status(result.findings, strict, exit_zero))


def exit_status(findings: Sequence[Any], strict: bool, exit_zero: bool) -> int:
    if exit_zero:
        return 0
    worst = {f.severity for f in findings}
    if "error" in worst or (strict and "warning" in worst):
        return 1
    return 0


def _fail(message: str) -> None:
    click.echo(f"bilint: error: {message}", err=True)
    sys.exit(2)


@cli.command("rules")
def rules_cmd() -> None:
    """List every rule: code, name, default severity, summary."""
    from .registry import all_rules

    for r in sorted(all_rules().values(), key=lambda r: r.code):
        click.echo(f"{r.code:<8} {r.name:<24} {r.severity:<8} {r.summary}")


@cli.command("rule")
@click.argument("code")
def rule_cmd(code: str) -> None:
    """Explain a rule (by code or name)."""
    from .registry import lookup

    r = lookup(code)
    if r is None:
        _fail(f"unknown rule {code!r} (see `bilint rules`)")
        return
    click.echo(r.doc(), nl=False)


def main(argv: Sequence[str] | None = None) -> int:
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="bilint",
                 standalone_mode=True)
    except SystemExit as exc:
        return int(exc.code or 0) if not isinstance(exc.code, str) else 2
    return 0
