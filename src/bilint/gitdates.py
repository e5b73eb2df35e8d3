"""The last commit that touched each file, read from git in one `git log` per repository.

A stale translation is one whose source has a newer commit than the translation's last one.
Outside a repository, without git, or when git fails, nothing is known and nothing is reported.
"""

from __future__ import annotations

import os
import subprocess
from collections import defaultdict
from dataclasses import dataclass

# Paths per `git log` call: keeps the command line far below the system's limit.
CHUNK = 400
_SEP = "\x1e"


@dataclass(frozen=True)
class Commit:
    """Where a file's last commit stands: `order` 0 is the newest commit of the log."""

    order: int
    date: str  # ISO 8601, committer time, as git prints it

    def newer_than(self, other: Commit) -> bool:
        return self.order < other.order

    def shown(self, other: Commit) -> str:
        """The date alone, or date and time when both commits fall on the same day."""
        return self.date if self.date[:10] == other.date[:10] else self.date[:10]


def repo_root(path: str) -> str | None:
    """The work tree holding `path`: the closest directory with a `.git` entry."""
    d = os.path.dirname(os.path.abspath(path))
    while True:
        if os.path.exists(os.path.join(d, ".git")):
            return d
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def last_commits(paths: list[str]) -> dict[str, Commit]:
    """Real path -> its last commit, for the paths git knows."""
    by_repo: dict[str, list[str]] = defaultdict(list)
    for p in paths:
        root = repo_root(p)
        if root is not None:
            by_repo[root].append(os.path.realpath(p))
    out: dict[str, Commit] = {}
    for root, files in by_repo.items():
        real_root = os.path.realpath(root)
        rel = {os.path.relpath(f, real_root).replace(os.sep, "/"): f for f in files}
        names = sorted(rel)
        for i in range(0, len(names), CHUNK):
            for name, commit in _log(real_root, names[i:i + CHUNK]).items():
                out[rel[name]] = commit
    return out


def _log(root: str, names: list[str]) -> dict[str, Commit]:
    # The environment of a git hook (GIT_DIR, GIT_INDEX_FILE...) must not redirect this query.
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    argv = ["git", "-c", "core.quotePath=false", "-C", root, "log", f"--format={_SEP}%cI",
            "--name-only", "--no-renames", "--", *names]
    try:
        proc = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=60,
                              check=False)
    except (OSError, subprocess.SubprocessError):
        return {}
    if proc.returncode != 0:
        return {}
    wanted = set(names)
    found: dict[str, Commit] = {}
    for order, chunk in enumerate(proc.stdout.split(_SEP)[1:]):
        date, _, files = chunk.partition("\n")
        for name in files.split("\n"):
            if name in wanted and name not in found:
                found[name] = Commit(order, date.strip())
        if len(found) == len(wanted):
            break
    return found
