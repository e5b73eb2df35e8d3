"""Tables built from bilint's lexicons and from CLDR, kept in the user's cache.

A language's tables (number words, currency and unit names, month and weekday names, word
lists, date and time patterns, number symbols) take about 120 ms to build from YAML and from
CLDR through babel: more than the check of a short article, and time `bilint check` spends
before its workers start. They depend on bilint's own code and data files, on the interpreter
and on the versions of babel, regex and PyYAML, so the tables a run builds are pickled into the
user's cache (usercache.py) under a stamp of all of those, and a later run with the same stamp
loads them in a few milliseconds without importing PyYAML or babel. Nothing is shipped: an
edited lexicon, other code or another library version gives another stamp, and the tables are
built again from the files.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Hashable
from functools import cache, wraps
from pathlib import Path
from typing import Any, TypeVar

from .resources import rules_path

CACHE_NAME = "tables"

F = TypeVar("F", bound=Callable[..., Any])
Key = tuple[str, tuple[Hashable, ...]]

_snapshot: dict[Key, bytes] | None = None  # each table pickled
_built: dict[Key, Any] = {}  # built by this process, not yet in the user's cache

# What the tables are built from: the code of these modules (a builder must be in one of them)
# and every lexicon file. Not the whole package: an edit elsewhere keeps the snapshot valid.
_PACKAGE = Path(__file__).parent
_CODE = ("tables.py", "align.py", "lang.py", "currency.py", "units.py", "resources.py", "wordlist.py",
         "rxcache.py", "model.py", "extract/*.py", "judge/percent.py")
# The libraries the tables are built with, by import name and distribution name.
_LIBRARIES = {"babel": "babel", "regex": "regex", "yaml": "pyyaml"}


@cache
def _stamped_modules() -> frozenset[str]:
    out = set()
    for pattern in _CODE:
        for path in _PACKAGE.glob(pattern):
            out.add("bilint." + ".".join(path.relative_to(_PACKAGE).with_suffix("").parts))
    return frozenset(out)


@cache
def _stamp() -> str:
    """`stamp()` once a process: the files it reads do not change under a run."""
    return stamp()


def stamp() -> str:
    """The interpreter and the libraries' versions, then a checksum of the code and lexicons."""
    from .usercache import interpreter, library_versions

    crc = 0
    files = [p for pattern in _CODE for p in sorted(_PACKAGE.glob(pattern))]
    # Not the word lists (common.*): no table is built from them (extract/names.py reads them
    # itself), and they are most of the bytes this reads at each start.
    files += sorted(p for p in (rules_path() / "lexicon").rglob("*")
                    if p.is_file() and not p.name.startswith("common."))
    for path in files:
        crc = zlib.crc32(path.name.encode(), crc)
        crc = zlib.crc32(path.read_bytes(), crc)
    return f"{interpreter()} {library_versions(_LIBRARIES)} {crc:08x}"


def load(expected: str | None = None) -> dict[Key, bytes]:
    """The tables in the user's cache for this stamp, each still pickled; none when the cache
    is off, absent, unreadable or made for another stamp."""
    from . import usercache

    got = usercache.load(CACHE_NAME, expected if expected is not None else _stamp())
    return got if isinstance(got, dict) else {}


def _tables() -> dict[Key, bytes]:
    global _snapshot
    if _snapshot is None:
        _snapshot = load()
    return _snapshot


def snapshot(fn: F) -> F:
    """Cache a table builder's results like functools.cache, and take them from the snapshot
    when it has them. The builder's arguments are language codes and the like."""
    name = f"{fn.__module__}.{fn.__qualname__}"
    if fn.__module__ not in _stamped_modules() and fn.__module__ != "__main__":
        raise RuntimeError(f"{name}: a snapshot table's builder must be in a stamped module")
    memo: dict[tuple[Hashable, ...], Any] = {}

    @wraps(fn)
    def built(*args: Hashable) -> Any:
        try:
            return memo[args]
        except KeyError:
            pass
        key = (name, args)
        shipped = _tables()
        if key in shipped:
            import pickle

            value = pickle.loads(shipped[key])  # noqa: S301  (bilint's own cache, checked by usercache)
        else:
            value = fn(*args)
            _built[key] = value
        memo[args] = value
        return value

    built.cache_clear = memo.clear  # type: ignore[attr-defined]
    return built  # type: ignore[return-value]


def save() -> None:
    """Add the tables this process built to the user's cache (a run that built none writes
    nothing). Each table is pickled on its own and unpickled when asked for: a run uses two
    languages' tables of the many a cache may hold."""
    global _snapshot
    if _built:
        from . import usercache

        _snapshot = usercache.extend(CACHE_NAME, _stamp(), _tables(), _built)
