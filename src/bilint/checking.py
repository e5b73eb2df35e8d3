"""`bilint check`, short of the command line: discover pairs, check them, add PAIR findings.

Returns the results and the one-line errors; filtering and reporting are `options.finish`'s.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from . import gitdates
from .batch import Progress, run
from .config import Config, Resolver, default_config
from .judge import pair as pair_rules
from .lang import lang_from_path
from .model import Document, line_starts
from .pairing import Pair, discover
from .pipeline import Result
from .read.files import InputError, load_text


@dataclass
class CheckRun:
    results: list[Result]
    errors: list[str]
    # The configuration that governs each result, for the filter stage.
    config_of: Callable[[Result], Config]
    pairs_checked: int


def _doc(path: str, lang: str | None, raw: str) -> Document:
    return Document(path, lang or lang_from_path(path) or "und", raw, (), line_starts(raw), raw=raw)


def _missing(p: Pair) -> Result:
    src = _doc(p.source, p.source_lang, load_text(p.source))
    tgt = _doc(p.target, p.target_lang, "")
    return Result(src, tgt, [], [], [], [pair_rules.missing(src, p.target)], [])


def _with_staleness(results: list[Result], commits: dict[str, gitdates.Commit]) -> list[Result]:
    if not commits:
        return results
    out = []
    for r in results:
        s, t = commits.get(r.src.path), commits.get(r.tgt.path)
        if s is not None and t is not None and s.newer_than(t):
            finding = pair_rules.stale(r.src, r.tgt, s.shown(t), t.shown(s))
            r = replace(r, findings=[finding, *r.findings])
        out.append(r)
    return out


def check_paths(paths: list[str], *, config: str | None = None, jobs: int = 1,
                progress: bool = False, details: bool = True) -> CheckRun:
    """`details`: keep facts, groups and matches in the results (the editors' report needs
    them; the other formats do not)."""
    resolver = Resolver(config)
    found = discover(paths, resolver)
    errors = list(found.errors)
    results: list[Result] = []
    governing: dict[tuple[str, str], str | None] = {}
    for p in found.missing:
        try:
            results.append(_missing(p))
            governing[(p.source, p.target)] = p.config
        except InputError as exc:
            errors.append(str(exc))
    # git answers while the pairs are checked: on a second core, or between two of them.
    history = gitdates.start([path for p in found.pairs for path in (p.source, p.target)])
    bar = Progress(len(found.pairs)) if progress and Progress.wanted() else None
    checked: list[Result] = []
    try:
        for outcome in run(found.pairs, jobs, bar, details):
            if outcome.result is None:
                errors.append(outcome.error or f"{outcome.pair.source}: cannot check")
                continue
            checked.append(outcome.result)
            governing[(outcome.result.src.path, outcome.result.tgt.path)] = outcome.pair.config
    finally:
        if bar:
            bar.close()
    results.extend(_with_staleness(checked, history.result()))
    results.sort(key=lambda r: (r.src.path, r.tgt.path))
    loaded: dict[str | None, Config] = {}

    def config_of(r: Result) -> Config:
        path = governing.get((r.src.path, r.tgt.path))
        if path not in loaded:
            loaded[path] = resolver.for_path(path) if path else default_config()
        return loaded[path]

    return CheckRun(results, errors, config_of, len(found.pairs))
