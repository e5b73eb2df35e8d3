"""bilint's per-user cache: what depends on the interpreter or a library's version lives here.

Language tables, the default glossary and compiled patterns take a tenth of a second or more to
build from YAML, CLDR and pattern sources. They depend on bilint's own files and on the versions
of the interpreter and of babel, regex and PyYAML, so nothing of the kind is shipped: each is
built on first use and written here, keyed by everything it depends on, as ruff, mypy and
pre-commit keep theirs. A library release then costs one slower run, never a wrong result or a
failing test.

Where: `BILINT_CACHE_DIR` when set; otherwise `$XDG_CACHE_HOME/bilint` (`~/.cache/bilint`) on
Linux and other Unix, `~/Library/Caches/bilint` on macOS, `%LOCALAPPDATA%\\bilint\\Cache` on
Windows. `--no-cache` or `BILINT_NO_CACHE=1` skips it: nothing is read or written.

Safety: a file is unpickled only when it is a regular file that this user owns and only this
user can write, in a directory of the same kind, that begins with bilint's header, was made for
the same key and whose payload has the checksum recorded beside it. Anything else (absent,
corrupt, truncated, foreign, from another version) is ignored and rebuilt. Writes go to a
temporary file in the same directory, renamed over the old one: a reader never sees half a file.
"""

from __future__ import annotations

import os
import stat
import sys
import zlib
from functools import cache
from pathlib import Path
from typing import Any

ENV_DIR = "BILINT_CACHE_DIR"
ENV_OFF = "BILINT_NO_CACHE"
MAGIC = b"bilint-cache 1\n"
# Files of one cache kept for other keys (another venv, interpreter or library version on the
# same account): a few, so switching between two environments does not rebuild each time.
KEEP = 4

_disabled = False


def disable() -> None:
    """`--no-cache`: this process (and the workers it forks) neither reads nor writes."""
    global _disabled
    _disabled = True
    # Environment too: a subprocess bilint starts (a hook, a worker on spawn) skips it as well.
    os.environ[ENV_OFF] = "1"


def enabled() -> bool:
    return not _disabled and os.environ.get(ENV_OFF, "").strip().lower() not in ("1", "true", "yes", "on")


def directory() -> Path:
    """The cache directory for this user (not created here)."""
    override = os.environ.get(ENV_DIR)
    if override:
        return Path(override).expanduser()
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "bilint" / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "bilint"
    xdg = os.environ.get("XDG_CACHE_HOME")
    # The XDG base directory spec: a relative value is invalid and must be ignored.
    base = Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".cache"
    return base / "bilint"


def _file(name: str, key: str) -> Path:
    from .digest import fingerprint

    return directory() / f"{name}-{fingerprint(key.encode())}.pickle"


def _trusted(st: os.stat_result, kind: int) -> bool:
    """Ours and writable by us alone: nobody else can have put a pickle there."""
    if stat.S_IFMT(st.st_mode) != kind:
        return False
    if hasattr(os, "getuid"):
        return st.st_uid == os.getuid() and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    return True  # Windows: a user's LOCALAPPDATA is private by its access rules


def _header(key: str, payload: bytes) -> bytes:
    """The magic line, the key in full, and the payload's length and CRC: a file written for
    another key, cut short or damaged does not match."""
    line = key.replace("\n", " ").encode("utf-8", "backslashreplace")
    return b"%s%s\n%d %08x\n" % (MAGIC, line, len(payload), zlib.crc32(payload))


def load(name: str, key: str) -> Any | None:
    """The value stored under `name` for `key`, or None when there is none to trust."""
    if not enabled():
        return None
    import pickle

    path = _file(name, key)
    try:
        if not _trusted(os.stat(path.parent), stat.S_IFDIR):
            return None
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags)
        with os.fdopen(fd, "rb") as fh:
            if not _trusted(os.fstat(fh.fileno()), stat.S_IFREG):
                return None
            raw = fh.read()
    except OSError:
        return None
    # The header is three lines; the payload is everything after them.
    cut = raw.find(b"\n", raw.find(b"\n", len(MAGIC)) + 1) + 1
    if cut <= 0 or raw[:cut] != _header(key, raw[cut:]):
        return None
    payload = raw[cut:]
    try:
        return pickle.loads(payload)  # noqa: S301  (written by bilint, checked above)
    except Exception:  # a class renamed since it was written, and the like: rebuild
        return None


def store(name: str, key: str, value: Any) -> Path | None:
    """Write `value` under `name` for `key`; the path, or None when the cache is off or
    cannot be written (a read-only home, a full disk): a cache is never worth failing for."""
    if not enabled():
        return None
    import pickle
    import tempfile

    path = _file(name, key)
    try:
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _trusted(os.stat(path.parent), stat.S_IFDIR):
            return None
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{name}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(_header(key, payload))
                fh.write(payload)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except Exception:
        return None
    _prune(name, path)
    return path


def extend(name: str, key: str, table: dict[Any, bytes], built: dict[Any, Any]) -> dict[Any, bytes]:
    """`table` (each value pickled) with the values of `built` added, stored under `name` for
    `key` and returned; `built` is emptied. For caches that grow as a run builds what it needs
    (the language tables, the compiled patterns)."""
    import pickle

    merged = dict(table)
    merged.update((k, pickle.dumps(v, protocol=pickle.HIGHEST_PROTOCOL)) for k, v in built.items())
    built.clear()
    store(name, key, merged)
    return merged


def _prune(name: str, kept: Path) -> None:
    """Keep the KEEP most recently written files of a cache: each release of a dependency
    leaves one behind."""
    try:
        others = sorted((p for p in kept.parent.glob(f"{name}-*.pickle") if p != kept),
                        key=lambda p: p.stat().st_mtime, reverse=True)
        for old in others[KEEP - 1:]:
            old.unlink()
    except OSError:
        pass


def clear() -> tuple[Path, int]:
    """Remove every file bilint wrote to the cache directory; the directory and the count."""
    where = directory()
    count = 0
    if where.is_dir():
        for path in where.iterdir():
            if path.suffix in (".pickle", ".tmp") and path.is_file():
                try:
                    path.unlink()
                    count += 1
                except OSError:
                    pass
    return where, count


def library_versions(distributions: dict[str, str]) -> str:
    """`import name -> distribution` to their installed versions: "babel=2.19.0 regex=..."."""
    return " ".join(_version(module, dist) for module, dist in distributions.items())


@cache
def _version(module: str, dist: str) -> str:
    """The installed version, read from the name of the `*.dist-info` directory beside the
    package (standard since PEP 376) without importing the library or importlib.metadata (30 ms:
    more than the cache saves a short check). A library found another way (a source checkout, a
    zipped install) is keyed by its location and its package directory's modification time.
    Once a process: the tables, the glossary and the patterns each ask."""
    from importlib.util import find_spec

    spec = find_spec(module)
    if spec is None or spec.origin is None:
        return f"{module}=absent"
    package = Path(spec.origin).parent
    wanted = _normalise(dist)
    found = [n[: -len(".dist-info")] for n in _listing(package.parent)
             if n.endswith(".dist-info") and _normalise(n.split("-", 1)[0]) == wanted]
    if len(found) == 1:
        return f"{module}={found[0].split('-', 1)[-1]}"
    try:
        mtime = os.stat(package).st_mtime_ns
    except OSError:
        mtime = 0
    return f"{module}@{package}:{mtime}"


@cache
def _listing(directory: Path) -> tuple[str, ...]:
    try:
        return tuple(os.listdir(directory))
    except OSError:
        return ()


def _normalise(dist: str) -> str:
    return dist.lower().replace("-", "_").replace(".", "_")


def interpreter() -> str:
    """The interpreter a pickle and compiled patterns depend on, Unicode data included."""
    import unicodedata

    return f"{sys.implementation.cache_tag} {sys.version.split()[0]} {unicodedata.unidata_version}"
