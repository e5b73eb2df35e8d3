"""Path globs as the configuration writes them, and the pair templates built on them.

One small dialect for `exclude`, `per-file-ignores` and `pairs`: `*` (within a path component),
`**` (any number of whole components), `?` and `[...]`. A pattern without `/` matches a file or
directory name at any depth, as in .gitignore; with `/` it is anchored at the configuration's
directory. Paths are POSIX and relative to that directory.

Pair patterns (as compare-locales maps a reference path to a localized one) use only `*` and
`**`: the text each wildcard of the source glob matched is put into the same wildcard of the
target template, in order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


class GlobError(ValueError):
    """A pattern bilint cannot use; the message says why."""


@dataclass(frozen=True)
class Glob:
    pattern: str
    regex: re.Pattern[str]
    anchored: bool

    def matches(self, relpath: str) -> bool:
        """Whether a relative POSIX path, or one of its parent directories, matches."""
        if self.anchored:
            parts = relpath.split("/")
            return any(self.regex.fullmatch("/".join(parts[:i])) for i in range(len(parts), 0, -1))
        return any(self.regex.fullmatch(part) for part in relpath.split("/"))


def _check_common(pattern: str) -> None:
    if not pattern.strip():
        raise GlobError("empty pattern")
    if pattern.startswith("/") or re.match(r"^[A-Za-z]:[\\/]", pattern):
        raise GlobError(f"{pattern!r} is absolute; write it relative to the configuration's directory")
    if "\\" in pattern:
        raise GlobError(f"{pattern!r} contains a backslash; use / between directories")
    if any(part == ".." for part in pattern.split("/")):
        raise GlobError(f"{pattern!r} leaves the configuration's directory (..)")


def _translate(pattern: str, *, classes: bool) -> tuple[str, list[str]]:
    """The regex of a glob, and its wildcards in order ("*" or "**")."""
    out: list[str] = []
    wildcards: list[str] = []
    parts = pattern.strip("/").split("/")
    for n, part in enumerate(parts):
        last = n == len(parts) - 1
        if part == "**":
            wildcards.append("**")
            # Zero or more whole components: "a/**/b" matches "a/b" too.
            out.append("(.*)" if last else "((?:[^/]*/)*?)")
            continue
        if "**" in part:
            raise GlobError(f"{pattern!r}: ** must be a whole path component (as in a/**/b)")
        i = 0
        while i < len(part):
            c = part[i]
            if c == "*":
                wildcards.append("*")
                out.append("([^/]*)")
            elif c == "?" and classes:
                out.append("[^/]")
            elif c == "[" and classes:
                j = part.find("]", i + 2 if part[i + 1 : i + 2] in ("!", "]") else i + 1)
                if j < 0:
                    raise GlobError(f"{pattern!r}: '[' without its closing ']'")
                body = part[i + 1 : j]
                if body.startswith("!"):
                    body = "^" + body[1:]
                out.append("[" + body.replace("\\", "\\\\") + "]")
                i = j
            elif c in "?[]" and not classes:
                raise GlobError(f"{pattern!r}: pair patterns take only * and ** as wildcards")
            else:
                out.append(re.escape(c))
            i += 1
        if not last:
            out.append("/")
    return "".join(out), wildcards


def compile_glob(pattern: str) -> Glob:
    _check_common(pattern)
    body, _ = _translate(pattern, classes=True)
    try:
        regex = re.compile(body)
    except re.error as exc:
        raise GlobError(f"{pattern!r}: {exc}") from None
    return Glob(pattern, regex, anchored="/" in pattern.strip("/"))


@dataclass(frozen=True)
class PairPattern:
    """`source` glob and `target` template, anchored at the configuration's directory."""

    source: str
    target: str
    regex: re.Pattern[str]
    target_regex: re.Pattern[str]
    source_lang: str | None = None
    target_lang: str | None = None
    line: int = 0

    def target_of(self, relpath: str) -> str | None:
        m = self.regex.fullmatch(relpath)
        if m is None:
            return None
        return _fill(self.target, list(m.groups()))

    def source_of(self, relpath: str) -> str | None:
        m = self.target_regex.fullmatch(relpath)
        if m is None:
            return None
        return _fill(self.source, list(m.groups()))

    def is_target(self, relpath: str) -> bool:
        return self.target_regex.fullmatch(relpath) is not None


def _fill(template: str, captured: list[str]) -> str:
    it = iter(captured)

    def put(m: re.Match[str]) -> str:
        text = next(it)
        if m.group() == "**/" and text and not text.endswith("/"):
            return text + "/"
        return text

    out = re.sub(r"\*\*/?|\*", put, template.strip("/"))
    return re.sub(r"/{2,}", "/", out).strip("/")


def compile_pair(source: str, target: str, *, source_lang: str | None = None,
                 target_lang: str | None = None, line: int = 0) -> PairPattern:
    for p in (source, target):
        _check_common(p)
    src_body, src_wild = _translate(source, classes=False)
    tgt_body, tgt_wild = _translate(target, classes=False)
    if src_wild != tgt_wild:
        raise GlobError(
            f"source {source!r} has wildcards {' '.join(src_wild) or '(none)'} but target "
            f"{target!r} has {' '.join(tgt_wild) or '(none)'}: each wildcard of the source must "
            "reappear in the target, in order, or several sources would map to one target"
        )
    if source.strip("/") == target.strip("/"):
        raise GlobError(f"source and target are the same pattern {source!r}")
    return PairPattern(source.strip("/"), target.strip("/"), re.compile(src_body),
                       re.compile(tgt_body), source_lang, target_lang, line)
