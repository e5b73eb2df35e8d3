"""The configuration's part of the filter stage: rules off, severities, per-file ignores.

It runs after the inline suppressions and before --select/--ignore and the baseline (see
`options.finish`). A rule the configuration turns off still runs when --select names it: the
command line is the more specific wish.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .config import Config
    from .filters import Filter
    from .pipeline import Result


def config_filter(config_of: Callable[[Result], Config],
                  select: frozenset[str] | None = None) -> Filter:
    """A filter applying, to each result, the configuration that governs its files."""

    def apply(r: Result) -> Result:
        cfg = config_of(r)
        if not cfg.severities and not cfg.per_file_ignores:
            return r
        ignored = cfg.ignored_codes({r.src.path, r.tgt.path})
        out = []
        for f in r.findings:
            if f.code in ignored:
                continue
            if f.code in cfg.severities:
                severity = cfg.severities[f.code]
                if severity is None:
                    if select is None or f.code not in select:
                        continue
                elif severity != f.severity:
                    f = replace(f, severity=severity)  # type: ignore[arg-type]
            out.append(f)
        return replace(r, findings=out)

    return apply
