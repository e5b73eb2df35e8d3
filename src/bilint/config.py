"""`.bilint.yaml`: finding it, and what it says (reading it is `config_file`'s job)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .read.files import InputError

if TYPE_CHECKING:  # globs are compiled where a configuration file is read (config_file)
    from .globs import Glob, PairPattern

CONFIG_NAME = ".bilint.yaml"
MAX_BYTES = 1 << 20
# Node visits allowed with aliases expanded: real configurations have a few hundred.
MAX_NODES = 20_000
MAX_DEPTH = 32
SEVERITIES = ("error", "warning", "info")
KEYS = ("extends", "source_lang", "target_lang", "pairs", "exclude", "rules", "per-file-ignores",
        "glossaries")
PAIR_KEYS = ("source", "target", "source_lang", "target_lang")


class ConfigError(InputError):
    """A configuration bilint cannot use; the message is `file:line: key: problem`."""


@dataclass(frozen=True)
class Config:
    """One configuration file's settings; paths in it are relative to `root`."""

    path: str | None
    root: str
    extends: str | None = None
    source_lang: str | None = None
    target_lang: str | None = None
    pairs: tuple[PairPattern, ...] = ()
    exclude: tuple[Glob, ...] = ()
    # Code -> severity, or None for off: the pack's, then the file's own `rules`.
    severities: Mapping[str, str | None] = field(default_factory=dict)
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    per_file_ignores: tuple[tuple[Glob, frozenset[str]], ...] = ()
    glossaries: tuple[str, ...] = ()

    def relative(self, path: str) -> str | None:
        """`path` relative to the configuration's directory, POSIX style; None if outside."""
        rel = os.path.relpath(os.path.abspath(path), self.root)
        if rel == ".." or rel.startswith(".." + os.sep):
            return None
        return rel.replace(os.sep, "/")

    def excluded(self, path: str) -> bool:
        if not self.exclude:
            return False
        rel = self.relative(path)
        return rel is not None and rel != "." and any(g.matches(rel) for g in self.exclude)

    def ignored_codes(self, paths: Iterable[str]) -> frozenset[str]:
        out: set[str] = set()
        for p in paths:
            rel = self.relative(p)
            if rel is None:
                continue
            for glob, codes in self.per_file_ignores:
                if glob.matches(rel):
                    out |= codes
        return frozenset(out)


def display_path(path: str) -> str:
    """A path as messages show it: relative to the working directory when under it."""
    if path and not os.path.isabs(path) and os.pardir not in path.split(os.sep):
        # Already under the working directory: the same answer without asking for it (a
        # system call, twice, for each of a repository's files).
        return os.path.normpath(path)
    rel = os.path.relpath(os.path.abspath(path))
    return path if rel == ".." or rel.startswith(".." + os.sep) else rel


def default_config(root: str = ".") -> Config:
    return Config(path=None, root=os.path.abspath(root))


def find(directory: str) -> str | None:
    """The closest `.bilint.yaml` in `directory` or above it."""
    d = os.path.abspath(directory)
    while True:
        candidate = os.path.join(d, CONFIG_NAME)
        if os.path.isfile(candidate):
            return candidate
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


class Resolver:
    """The configuration of each checked file: `--config` for all, else the closest file.

    Each file is read once; a broken one raises the same ConfigError for every file it governs.
    """

    def __init__(self, explicit: str | None = None) -> None:
        self.explicit = explicit
        self._by_dir: dict[str, str | None] = {}
        self._loaded: dict[str, Config | ConfigError] = {}
        self._default: Config | None = None  # one for every file without a configuration

    def config_path(self, path: str) -> str | None:
        if self.explicit:
            return self.explicit
        d = os.path.dirname(os.path.abspath(path)) if not os.path.isdir(path) else os.path.abspath(path)
        if d not in self._by_dir:
            found = find(d)
            self._by_dir[d] = display_path(found) if found else None
        return self._by_dir[d]

    def for_path(self, path: str) -> Config:
        cfg = self.config_path(path)
        if cfg is None:
            cwd = os.getcwd()
            if self._default is None or self._default.root != os.path.abspath(cwd):
                self._default = default_config(cwd)
            return self._default
        if cfg not in self._loaded:
            try:
                self._loaded[cfg] = load(cfg)
            except ConfigError as exc:
                self._loaded[cfg] = exc
        got = self._loaded[cfg]
        if isinstance(got, ConfigError):
            raise got
        return got


def load(path: str) -> Config:
    """Read and validate one configuration file (PyYAML is imported there, when a
    configuration file exists)."""
    from .config_file import load as read

    return read(path)
