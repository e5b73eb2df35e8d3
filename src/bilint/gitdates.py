"""The last commit that touched each file, read from git in one `git log` per repository (per
few hundred files), started before the pairs are checked and read after.

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
# Seconds a `git log` may take once its output is awaited.
TIMEOUT = 60
# `git log`s started at once; a repository of thousands of files runs the rest one by one.
AT_ONCE = 4


@dataclass(frozen=True)
class Commit:
    """A file's last commit: when, which, and where it stands in the log it was read from
    (`order` 0 is that log's newest commit)."""

    order: int
    date: str  # ISO 8601, committer time, as git prints it
    stamp: int  # committer time, seconds since the epoch
    sha: str
    log: int  # which `git log` this was read from

    def newer_than(self, other: Commit) -> bool:
        if self.log == other.log:
            return self.order < other.order
        # Counts from two logs do not compare; times do, but two commits of one second have
        # no order to tell (and a doubtful staleness warning is not given).
        return self.sha != other.sha and self.stamp > other.stamp

    def shown(self, other: Commit) -> str:
        """The date alone, or date and time when both commits fall on the same day."""
        return self.date if self.date[:10] == other.date[:10] else self.date[:10]


def _root_of(d: str) -> str | None:
    """The work tree holding directory `d`: the closest directory with a `.git` entry."""
    while True:
        if os.path.exists(os.path.join(d, ".git")):
            return d
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


class Pending:
    """`git log` running for some paths while the caller does other work (`bilint check` asks
    before checking the pairs and reads the answer after: git's time is then hidden)."""

    def __init__(self, queries: list[tuple[str, dict[str, list[str]]]]) -> None:
        # (repository root, {name git knows: the paths asked that are that file}), in the
        # order the logs are read.
        self._queries = queries
        self._running = [_log(root, sorted(names)) for root, names in queries[:AT_ONCE]]

    def result(self) -> dict[str, Commit]:
        """Each path asked (as given) -> its last commit, for the paths git knows."""
        out: dict[str, Commit] = {}
        for log, (root, names) in enumerate(self._queries):
            proc = self._running[log] if log < len(self._running) else _log(root, sorted(names))
            for name, commit in _read(proc, set(names), log).items():
                for path in names[name]:
                    out[path] = commit
        self._queries, self._running = [], []
        return out


def start(paths: list[str]) -> Pending:
    """Ask git, in the background, for the last commit of each of `paths`."""
    # Each directory is resolved once: a repository's files share a few of them, and
    # resolving a path costs a system call per component.
    dirs: dict[str, tuple[str, str | None]] = {}
    by_repo: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for p in paths:
        d, name = os.path.split(os.path.abspath(p))
        if d not in dirs:
            real_dir = os.path.realpath(d)
            root = _root_of(d)
            dirs[d] = (real_dir, os.path.realpath(root) if root is not None else None)
        real_dir, real_root = dirs[d]
        if real_root is None:
            continue
        real = os.path.realpath(p) if os.path.islink(p) else os.path.join(real_dir, name)
        rel = os.path.relpath(real, real_root) if not real.startswith(real_root + os.sep) \
            else real[len(real_root) + 1:]
        if rel == os.pardir or rel.startswith(os.pardir + os.sep):
            continue  # a link out of the repository
        by_repo[real_root][rel.replace(os.sep, "/")].append(p)
    queries = []
    for real_root, files in by_repo.items():
        names = sorted(files)
        for i in range(0, len(names), CHUNK):
            queries.append((real_root, {n: files[n] for n in names[i:i + CHUNK]}))
    return Pending(queries)


def _log(root: str, names: list[str]) -> subprocess.Popen[str] | None:
    # The environment of a git hook (GIT_DIR, GIT_INDEX_FILE...) must not redirect this query.
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    argv = ["git", "-c", "core.quotePath=false", "-C", root, "log",
            f"--format={_SEP}%cI %ct %H", "--name-only", "--no-renames", "--", *names]
    try:
        return subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                stdin=subprocess.DEVNULL, text=True, env=env)
    except OSError:  # no git
        return None


def _read(proc: subprocess.Popen[str] | None, wanted: set[str], log: int) -> dict[str, Commit]:
    if proc is None:
        return {}
    try:
        stdout, _ = proc.communicate(timeout=TIMEOUT)
    except subprocess.SubprocessError:
        proc.kill()
        proc.communicate()
        return {}
    if proc.returncode != 0:
        return {}
    found: dict[str, Commit] = {}
    for order, chunk in enumerate(stdout.split(_SEP)[1:]):
        head, _, files = chunk.partition("\n")
        date, stamp, sha = (head.split() + ["", "0", ""])[:3]
        for name in files.split("\n"):
            if name in wanted and name not in found:
                found[name] = Commit(order, date, int(stamp) if stamp.isdigit() else 0, sha, log)
        if len(found) == len(wanted):
            break
    return found
