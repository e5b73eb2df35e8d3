"""The repository commands: `bilint check` and `bilint init`. Imported at start-up: keep light."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

import click

from .options import OutputOptions, output_options

if TYPE_CHECKING:
    from .config import Config


def config_option(command: click.decorators.FC) -> click.decorators.FC:
    return click.option(
        "--config", "config", type=click.Path(dir_okay=False), metavar="FILE",
        help="Use this configuration for every file instead of the closest .bilint.yaml.",
    )(command)


def compare_settings(source: str, target: str | None, config: str | None, source_lang: str | None,
                     target_lang: str | None) -> tuple[Config, str | None, str | None]:
    """`compare`'s configuration (--config, else the closest to SOURCE) and languages: the
    command line's, else the most specific of file name and configuration. Raises ConfigError."""
    from .config import Resolver
    from .lang import lang_for, lang_from_path

    cfg = Resolver(config).for_path(source)
    if target is not None:
        source_lang = source_lang or lang_for(lang_from_path(source), cfg.source_lang)
        target_lang = target_lang or lang_for(lang_from_path(target), cfg.target_lang)
    return cfg, source_lang, target_lang


@click.command()
@click.argument("paths", nargs=-1, type=click.Path())
@config_option
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, metavar="N",
              help="Check pairs in N processes. Default: the number of cores.")
@output_options
def check(paths: tuple[str, ...], config: str | None, jobs: int | None, out: OutputOptions) -> None:
    """Check every article pair under PATHS (files or directories; default: .).

    Pairs come from the closest .bilint.yaml's `pairs:` patterns, else from the conventions
    name.en.md / name.es.md (also .txt) and en/... / es/...; given one file of a pair, bilint
    finds the other. Also reports sources without a translation and, in a git repository,
    translations last committed before their source changed.

    Exit status: 0 no error-level finding (with --strict: no warning either), 1 findings,
    2 usage, configuration or input error (the other pairs are still checked).
    """
    from .batch import default_jobs
    from .checking import check_paths
    from .config import ConfigError, load
    from .filtering import config_filter
    from .options import finish

    if config:
        try:
            load(config)
        except ConfigError as exc:
            _fail(str(exc))
    run = check_paths(list(paths) or ["."], config=config, jobs=jobs or default_jobs(),
                      progress=True, details=out.format() == "html")
    for message in run.errors:
        click.echo(f"bilint: error: {message}", err=True)
    if not run.results and not run.errors:
        # A layout bilint does not recognise would otherwise pass silently.
        click.echo("bilint: warning: no article pairs found (name them story.en.md/story.es.md "
                   "or en/.../es/..., or set `pairs:` in .bilint.yaml)", err=True)
    inputs = sorted({p for r in run.results for p in (r.src.path, r.tgt.path)})
    status = finish(run.results, out, config_filters=[config_filter(run.config_of, out.select)],
                    inputs=inputs)
    sys.exit(2 if run.errors else status)


@click.command()
@click.argument("directory", default=".", type=click.Path(file_okay=False))
@click.option("--force", is_flag=True, help="Overwrite an existing .bilint.yaml.")
def init(directory: str, force: bool) -> None:
    """Write a commented starter .bilint.yaml in DIRECTORY (default: .)."""
    from .config import CONFIG_NAME
    from .starter import STARTER

    path = os.path.join(directory, CONFIG_NAME)
    if os.path.exists(path) and not force:
        _fail(f"{path}: already exists; pass --force to overwrite it")
    try:
        os.makedirs(directory, exist_ok=True)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(STARTER)
    except OSError as exc:
        _fail(f"{path}: cannot write: {exc.strerror or exc}")
    click.echo(f"wrote {path}")


def _fail(message: str) -> None:
    click.echo(f"bilint: error: {message}", err=True)
    sys.exit(2)
