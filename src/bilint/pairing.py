"""Which files `bilint check` reads, and which file is whose translation.

Given files and directories, walk them (honouring each configuration's `exclude`), give each
file a role (source or target) from its configuration's `pairs:` patterns or the default
conventions, and find its counterpart on disk, so that pre-commit may pass one file of a pair,
or split a pair across two invocations. Each pair is listed once.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from .config import Config, ConfigError, Resolver
from .config import display_path as shown
from .lang import base_of, lang_for

# Directories never walked into: version control, caches, environments.
SKIP_DIRS = frozenset({"node_modules", "__pycache__", "site-packages"})
TEXT_EXTS = ("md", "markdown", "txt")
DEFAULT_SOURCE, DEFAULT_TARGET = "en", "es"

_TAG = r"[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?"
_NAMED = re.compile(rf"^(?P<stem>.+)\.(?P<lang>{_TAG})\.(?P<ext>{'|'.join(TEXT_EXTS)})$")
_DIR_TAG = re.compile(rf"^{_TAG}$")


@dataclass(frozen=True)
class Pair:
    source: str
    target: str
    source_lang: str | None
    target_lang: str | None
    # The configuration file that governs the pair (None: the defaults).
    config: str | None = None
    # Its glossaries, added to the default one while the pair is checked.
    glossaries: tuple[str, ...] = ()


@dataclass
class Discovery:
    pairs: list[Pair] = field(default_factory=list)
    # Sources whose translation is absent: (pair with the expected target path).
    missing: list[Pair] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


class _Finder:
    def __init__(self, resolver: Resolver) -> None:
        self.resolver = resolver
        self.out = Discovery()
        self._seen: set[tuple[str, str]] = set()
        self._missing: set[str] = set()
        self._target_of: dict[str, tuple[str, Pair]] = {}
        self._listings: dict[str, list[str]] = {}
        self._named: dict[str, dict[tuple[str, str], list[tuple[str, str]]]] = {}
        self._bad_configs: set[str] = set()
        self._real_dirs: dict[str, str] = {}

    # --- walking ---

    def config(self, path: str) -> Config | None:
        try:
            return self.resolver.for_path(path)
        except ConfigError as exc:
            key = self.resolver.config_path(path) or ""
            if key not in self._bad_configs:
                self._bad_configs.add(key)
                self.out.errors.append(str(exc))
            return None

    def files(self, paths: list[str]) -> Iterator[str]:
        for p in paths:
            if os.path.isdir(p):
                yield from self._walk(p)
            elif os.path.isfile(p):
                cfg = self.config(p)
                if cfg is not None and not cfg.excluded(p):
                    yield p
            elif os.path.exists(p):
                self.out.errors.append(f"{p}: not a regular file")
            else:
                self.out.errors.append(f"{p}: no such file or directory")

    def _walk(self, top: str) -> Iterator[str]:
        for d, dirs, names in os.walk(top):
            cfg = self.config(d)
            if cfg is None:
                dirs[:] = []
                continue
            dirs[:] = sorted(x for x in dirs if not x.startswith(".") and x not in SKIP_DIRS
                             and not cfg.excluded(os.path.join(d, x)))
            for name in sorted(names):
                p = os.path.join(d, name)
                if not name.startswith(".") and not cfg.excluded(p) and os.path.isfile(p):
                    yield p

    def listing(self, d: str) -> list[str]:
        if d not in self._listings:
            try:
                self._listings[d] = sorted(os.listdir(d or "."))
            except OSError:
                self._listings[d] = []
        return self._listings[d]

    def named(self, d: str) -> dict[tuple[str, str], list[tuple[str, str]]]:
        """The `stem.lang.ext` files of a directory by (stem, ext): (name, lang) in name order.
        Built once per directory, so that finding each file's counterparts is not a scan of
        the whole directory per file."""
        index = self._named.get(d)
        if index is None:
            index = self._named[d] = {}
            for other in self.listing(d):
                om = _NAMED.match(other)
                if om:
                    index.setdefault((om.group("stem"), om.group("ext")), []).append(
                        (other, om.group("lang")))
        return index

    def real(self, path: str) -> str:
        """os.path.realpath, resolving each directory once: files of one directory share it,
        and realpath costs a system call per component of the path."""
        d, name = os.path.split(path)
        if not name or name in (".", "..") or os.path.islink(path):
            return os.path.realpath(path)
        real_dir = self._real_dirs.get(d)
        if real_dir is None:
            real_dir = self._real_dirs[d] = os.path.realpath(d or ".")
        return os.path.join(real_dir, name)

    # --- roles and counterparts ---

    def add(self, path: str) -> None:
        cfg = self.config(path)
        if cfg is None:
            return
        if cfg.pairs:
            self._by_pattern(path, cfg)
        else:
            self._by_convention(path, cfg)

    def _by_pattern(self, path: str, cfg: Config) -> None:
        rel = cfg.relative(path)
        if rel is None:
            return
        for pat in cfg.pairs:
            if pat.is_target(rel):
                src_rel = pat.source_of(rel)
                if src_rel is None:
                    continue
                src = os.path.join(cfg.root, src_rel)
                if os.path.isfile(src) and not cfg.excluded(src):
                    self._pair(src, path, pat.source_lang or cfg.source_lang,
                               pat.target_lang or cfg.target_lang, cfg, pat.line)
                return
        for pat in cfg.pairs:
            tgt_rel = pat.target_of(rel)
            if tgt_rel is None:
                continue
            tgt = os.path.join(cfg.root, tgt_rel)
            slang, tlang = pat.source_lang or cfg.source_lang, pat.target_lang or cfg.target_lang
            if cfg.excluded(tgt):
                return
            if os.path.isfile(tgt):
                self._pair(path, tgt, slang, tlang, cfg, pat.line)
            else:
                self._absent(path, tgt, slang, tlang, cfg)
            return

    def _by_convention(self, path: str, cfg: Config) -> None:
        s_tag = cfg.source_lang or DEFAULT_SOURCE
        t_tag = cfg.target_lang or DEFAULT_TARGET
        s_base, t_base = base_of(s_tag), base_of(t_tag)
        d, name = os.path.split(path)
        m = _NAMED.match(name)
        if m and base_of(m.group("lang")) in (s_base, t_base):
            stem, tag, ext = m.group("stem"), m.group("lang"), m.group("ext")
            base = base_of(tag)
            wanted = t_base if base == s_base else s_base
            others = [(os.path.join(d, other), lang)
                      for other, lang in self.named(d).get((stem, ext), ())
                      if base_of(lang) == wanted]
            if base == s_base:
                expected = os.path.join(d, f"{stem}.{t_tag}.{ext}")
                self._sources(path, tag, others, expected, s_tag, t_tag, cfg)
            else:
                self._targets(path, tag, others, s_tag, t_tag, cfg)
            return
        if not name.endswith(tuple("." + e for e in TEXT_EXTS)):
            return
        # en/2025/story.md <-> es/2025/story.md: the deepest directory named as a language.
        parts = os.path.normpath(path).split(os.sep)
        for i in range(len(parts) - 2, -1, -1):
            tag = parts[i]
            if not _DIR_TAG.match(tag) or base_of(tag) not in (s_base, t_base):
                continue
            base = base_of(tag)
            parent = os.sep.join(parts[:i])
            rest = parts[i + 1:]
            others = []
            for other in self.listing(parent):
                if _DIR_TAG.match(other) and base_of(other) == (t_base if base == s_base else s_base):
                    candidate = os.path.join(parent, other, *rest)
                    if os.path.isfile(candidate):
                        others.append((candidate, other))
            if base == s_base:
                expected = os.path.join(parent, t_tag, *rest)
                self._sources(path, tag, others, expected, s_tag, t_tag, cfg)
            else:
                self._targets(path, tag, others, s_tag, t_tag, cfg)
            return

    def _sources(self, path: str, tag: str, others: list[tuple[str, str]], expected: str,
                 s_tag: str, t_tag: str, cfg: Config) -> None:
        others = [(p, t) for p, t in others if not cfg.excluded(p)]
        if not others:
            if not cfg.excluded(expected):
                self._absent(path, expected, lang_for(tag, s_tag), lang_for(None, t_tag), cfg)
            return
        for other, otag in others:
            self._pair(path, other, lang_for(tag, s_tag), lang_for(otag, t_tag), cfg, 0)

    def _targets(self, path: str, tag: str, others: list[tuple[str, str]], s_tag: str,
                 t_tag: str, cfg: Config) -> None:
        # A translation whose source is absent is not reported: the source is what is checked.
        for other, otag in others:
            if not cfg.excluded(other):
                self._pair(other, path, lang_for(otag, s_tag), lang_for(tag, t_tag), cfg, 0)

    def _pair(self, src: str, tgt: str, slang: str | None, tlang: str | None, cfg: Config,
              line: int) -> None:
        key = (self.real(src), self.real(tgt))
        if key in self._seen:
            return
        pair = Pair(shown(src), shown(tgt), slang, tlang, cfg.path, cfg.glossaries)
        earlier = self._target_of.get(key[1])
        if earlier is not None and earlier[0] != key[0]:
            where = f"{cfg.path}:{line}: pairs" if cfg.path and line else "pairs"
            self.out.errors.append(
                f"{where}: {earlier[1].source} and {pair.source} both map to {pair.target}; "
                "give each source its own target")
            return
        self._seen.add(key)
        self._target_of[key[1]] = (key[0], pair)
        self.out.pairs.append(pair)

    def _absent(self, src: str, tgt: str, slang: str | None, tlang: str | None,
                cfg: Config) -> None:
        key = self.real(src)
        if key in self._missing:
            return
        self._missing.add(key)
        self.out.missing.append(Pair(shown(src), shown(tgt), slang, tlang, cfg.path))


def discover(paths: list[str], resolver: Resolver) -> Discovery:
    """The pairs under `paths`, in a stable order, with sources lacking a translation."""
    finder = _Finder(resolver)
    for f in finder.files(paths):
        finder.add(f)
    out = finder.out
    out.pairs.sort(key=lambda p: (p.source, p.target))
    out.missing.sort(key=lambda p: p.source)
    return out
