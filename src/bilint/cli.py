"""The command line. Heavy modules are imported inside commands so that `--version` is quick."""

from __future__ import annotations

import contextlib
import gc
import sys
from collections.abc import Sequence

import click

from . import __version__
from .check_cli import check, config_option, init
from .options import OutputOptions, exit_status, finish, output_options  # noqa: F401  (exit_status: old import path)
from .report import FORMATS  # noqa: F401  (one list of formats, in report/)
from .report_cmd import report_command


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
@click.option("--date", "pub_date", metavar="YYYY-MM-DD", callback=lambda _c, _p, v: _iso_date(v),
              help="Publication date: the year of dates written without one, for the weekday "
              "check. Default: the front matter's `date:`.")
@click.option("--glossary", "glossaries", multiple=True, metavar="FILE",
              help="A glossary (YAML or TBX) added to the default one: accepted translations, "
              "`keep` and `forbid` terms. Repeatable.")
@config_option
@output_options
def compare(source: str, target: str | None, source_lang: str | None, target_lang: str | None,
            pub_date: str | None, glossaries: tuple[str, ...],
            config: str | None, out: OutputOptions) -> None:
    """Compare SOURCE with its translation TARGET.

    With one file, SOURCE holds an article followed by its translation; bilint splits it where
    the language changes.

    Exit status: 0 no error-level finding (with --strict: no warning either), 1 findings,
    2 usage, configuration or input error.
    """
    from .lang import LanguageError, validate
    from .pipeline import check, check_files, load_combined
    from .read.files import InputError

    for opt, code in (("--source-lang", source_lang), ("--target-lang", target_lang)):
        if code:
            try:
                validate(code)
            except LanguageError as exc:
                raise click.BadParameter(str(exc), param_hint=opt) from None
    from .check_cli import compare_settings
    from .filtering import config_filter

    try:
        cfg, source_lang, target_lang = compare_settings(source, target, config, source_lang,
                                                         target_lang)
    except InputError as exc:
        _fail(str(exc))
    # The configuration's glossaries first, then those of the command line.
    if cfg.glossaries or glossaries:
        from .glossary import GlossaryError, use

        try:
            use([*cfg.glossaries, *glossaries])
        except GlossaryError as exc:
            _fail(str(exc))
    try:
        if target is None:
            result = check(*load_combined(source, source_lang, target_lang, date=pub_date))
        else:
            result = check_files(source, target, source_lang, target_lang, date=pub_date)
    except InputError as exc:
        _fail(str(exc))
    sys.exit(finish([result], out, config_filters=[config_filter(lambda _r: cfg, out.select)],
                    inputs=[p for p in (source, target) if p]))


cli.add_command(report_command(compare))


def _iso_date(value: str | None) -> str | None:
    if value is None:
        return None
    import datetime

    try:
        return datetime.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date of the form YYYY-MM-DD",
                                 param_hint="--date") from None


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


@cli.command("clean")
def clean_cmd() -> None:
    """Remove bilint's cache (built tables and compiled patterns; rebuilt on the next run).

    It lives in BILINT_CACHE_DIR when set, else in the user's cache directory
    ($XDG_CACHE_HOME/bilint or ~/.cache/bilint; ~/Library/Caches/bilint on macOS;
    %LOCALAPPDATA%\\bilint\\Cache on Windows).
    """
    from .usercache import clear

    where, count = clear()
    click.echo(f"Removed {count} cache file{'s' if count != 1 else ''} from {where}")


cli.add_command(check)
cli.add_command(init)


def _save_caches() -> None:
    """What this run built goes to the user's cache for the next one (nothing new: no write).
    Only modules this run imported have anything to save."""
    for name in ("bilint.tables", "bilint.rxcache"):
        module = sys.modules.get(name)
        if module is not None:
            # A cache is never worth failing a run for (usercache.store already says so).
            with contextlib.suppress(Exception):
                module.save()


def main(argv: Sequence[str] | None = None) -> int:
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="bilint",
                 standalone_mode=True)
    except SystemExit as exc:
        return int(exc.code or 0) if not isinstance(exc.code, str) else 2
    finally:
        _save_caches()
    return 0


def run() -> None:
    """The console script: main(), then leave without tearing the interpreter down.

    Freeing every object of a finished check one by one takes longer than a short article's
    whole check; the process is ending, so the operating system reclaims it all at once.
    """
    import os

    # A run is short and builds many small acyclic records: the cycle collector's passes cost
    # a fifth of the time and find nothing worth collecting (see benchmarks/speed.py).
    gc.disable()
    code = main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):
        # `bilint ... | head`: the reader left; no traceback, and no error on exit.
        code = code or 0
    os._exit(code)
