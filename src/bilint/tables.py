"""Tables built from bilint's lexicons and from CLDR, loaded from a shipped snapshot.

A language's tables (number words, currency and unit names, month and weekday names, word
lists, date and time patterns, number symbols) take about 120 ms to build from YAML and from
CLDR through babel at first use: more than the check of a short article, and time `bilint
check` spends before its workers start. They depend only on bilint's own code and data files
and on the library versions, so `python -m bilint.tables` builds them once and pickles them
with a stamp of all of those as `rules/tables.cache`. A run whose stamp matches loads them in
a few milliseconds, without importing PyYAML or babel; any other run (an edited lexicon, other
code, another babel) builds them as before. A test keeps the shipped snapshot fresh.
"""

from __future__ import annotations

import sys
import zlib
from collections.abc import Callable, Hashable
from functools import cache, wraps
from pathlib import Path
from typing import Any, TypeVar

from .resources import rules_path

CACHE_NAME = "tables.cache"

F = TypeVar("F", bound=Callable[..., Any])
Key = tuple[str, tuple[Hashable, ...]]

_snapshot: dict[Key, bytes] | None = None  # each table pickled
_recording: dict[Key, Any] | None = None

# What the tables are built from: the code of these modules (a builder must be in one of them)
# and every lexicon file. Not the whole package: an edit elsewhere keeps the snapshot valid.
_PACKAGE = Path(__file__).parent
_CODE = ("tables.py", "align.py", "lang.py", "currency.py", "units.py", "resources.py", "wordlist.py",
         "rxcache.py", "model.py", "extract/*.py", "judge/percent.py")
_LIBRARIES = ("babel", "regex", "yaml")


@cache
def _stamped_modules() -> frozenset[str]:
    out = set()
    for pattern in _CODE:
        for path in _PACKAGE.glob(pattern):
            out.add("bilint." + ".".join(path.relative_to(_PACKAGE).with_suffix("").parts))
    return frozenset(out)


def _library_stamp(name: str) -> bytes:
    """The library's `__init__.py` (which holds its version), found without importing it."""
    from importlib.util import find_spec

    spec = find_spec(name)
    if spec is None or spec.origin is None:
        return name.encode()
    return Path(spec.origin).read_bytes()


def stamp() -> str:
    """The interpreter, then a checksum of the code, the lexicons and the libraries."""
    crc = 0
    files = [p for pattern in _CODE for p in sorted(_PACKAGE.glob(pattern))]
    # Not the word lists (common.*): no table is built from them (extract/names.py reads them
    # itself), and they are most of the bytes this reads at each start.
    files += sorted(p for p in (rules_path() / "lexicon").rglob("*")
                    if p.is_file() and not p.name.startswith("common."))
    for path in files:
        crc = zlib.crc32(path.name.encode(), crc)
        crc = zlib.crc32(path.read_bytes(), crc)
    for name in _LIBRARIES:
        crc = zlib.crc32(_library_stamp(name), crc)
    return f"{sys.implementation.cache_tag} {crc:08x}"


def load(path: Path | None = None, expected: str | None = None) -> dict[Key, bytes]:
    """The shipped tables, or none when the snapshot is absent, unreadable or stale."""
    import pickle

    try:
        raw = (path or rules_path() / CACHE_NAME).read_bytes()
        got = pickle.loads(raw)  # noqa: S301  (our own file, shipped with bilint)
    except Exception:
        return {}
    if not (isinstance(got, tuple) and len(got) == 2 and isinstance(got[1], dict)):
        return {}
    if got[0] != (expected if expected is not None else stamp()):
        return {}
    return got[1]


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

            value = pickle.loads(shipped[key])  # noqa: S301  (our own file, shipped with bilint)
        else:
            value = fn(*args)
            if _recording is not None:
                _recording[key] = value
        memo[args] = value
        return value

    built.cache_clear = memo.clear  # type: ignore[attr-defined]
    return built  # type: ignore[return-value]


# The language codes a snapshot is built for: what `--source-lang` / `--target-lang` and file
# names commonly give. Others build their tables at first use.
CODES = ("en", "en-US", "en-GB", "es", "es-ES", "es-MX", "es-US", "es-419", "es-AR", "es-CO")


def check_samples() -> None:
    """Check the sample sentences of each code in CODES against the other language: every
    table and pattern a check of those codes needs is then made."""
    from .batch import sample_document
    from .pipeline import check

    for code in CODES:
        other = "es" if code.startswith("en") else "en"
        check(sample_document(code), sample_document(other))


def build() -> dict[Key, Any]:
    """Every table, built from the files."""
    global _snapshot, _recording
    _snapshot, _recording = {}, {}
    check_samples()
    return _recording


def write_cache() -> tuple[Path, int]:
    import pickle

    tables = build()
    out = rules_path() / CACHE_NAME
    # Each table pickled on its own and unpickled when asked for: a run uses two languages'
    # tables of the ten the snapshot holds.
    each = {key: pickle.dumps(value, protocol=4) for key, value in tables.items()}
    out.write_bytes(pickle.dumps((stamp(), each), protocol=4))
    return out, len(tables)


if __name__ == "__main__":
    # The module the builders are decorated from, not this __main__ copy, holds the tables.
    from bilint.tables import write_cache as _write

    where, count = _write()
    print(f"{where}: {count} tables")
    # Then the default glossary's cache and the compiled patterns: one command rebuilds every
    # shipped cache, the patterns in a fresh process (they are recorded as they compile).
    import subprocess

    from bilint.glossary import write_default_cache

    print(f"{write_default_cache()}: the default glossary")
    subprocess.run([sys.executable, "-m", "bilint.rxcache"], check=True)
