"""Patterns rebuilt from a shipped table of their compiled form.

`re.compile` and `regex.compile` parse a pattern and generate its matcher code in Python. The
date and time extractors' patterns (the month, weekday and period names of a language,
case-insensitive) take 60 to 100 ms to compile at first use, and the modules' own patterns
another 25 ms at import: a third of a short article's whole check, and time that `bilint check`
spends before its workers can start. The generated code depends only on the pattern, its flags,
the interpreter and the regex module's version, so `python -m bilint.rxcache` records it after
a warm-up run into `rules/patterns.cache`. At run time a recorded pattern is rebuilt with the
call each `compile` ends with (`_sre.compile`; `_regex.compile`, which is also how the regex
module unpickles a pattern). A pattern not in the table, a table made by another interpreter or
regex version, or an unreadable table: the pattern is compiled as usual.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

import regex

from .resources import rules_path

CACHE_NAME = "patterns.cache"

# For "re": (final flags, code, groups - 1, group index, index group), the arguments of
# _sre.compile after the pattern, as re._compiler.compile computes them. For "regex": the
# arguments of _regex.compile, as the regex module pickles a pattern.
Entry = tuple[Any, ...]
Key = tuple[str, str, int]  # engine ("re" or "regex"), pattern, flags

_table: dict[Key, Entry] | None = None
_recording: dict[Key, Entry] | None = None


def stamp() -> tuple[Any, ...]:
    """What the compiled code depends on besides the pattern: the matcher's code format and the
    case tables of the interpreter's Unicode data."""
    import _sre

    return (sys.implementation.name, sys.version_info[:2], _sre.MAGIC, _sre.CODESIZE,
            unicodedata.unidata_version, regex.__version__)


def load(path: Path | None = None) -> dict[Key, Entry]:
    """The recorded table, or an empty one when it is absent, unreadable or not this
    interpreter's."""
    import pickle

    try:
        got = pickle.loads((path or rules_path() / CACHE_NAME).read_bytes())  # noqa: S301  (shipped with bilint)
    except Exception:  # absent or unreadable: compile as usual
        return {}
    if isinstance(got, tuple) and len(got) == 2 and got[0] == stamp() and isinstance(got[1], dict):
        return got[1]
    return {}


def _entry(key: Key) -> Entry | None:
    global _table
    if _table is None:
        _table = load()
    return _table.get(key)


def compile(source: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001  (re.compile's name)
    """`re.compile(source, flags)`, from the recorded code when there is some."""
    flags = int(flags)
    entry = _entry(("re", source, flags))
    if entry is not None:
        import _sre

        try:
            return _sre.compile(source, *entry)  # type: ignore[no-any-return]
        except Exception:  # another matcher than the one that recorded it: compile
            pass
    if _recording is not None:
        _recording[("re", source, flags)] = _code_of(source, flags)
    return re.compile(source, flags)


def compile_regex(source: str, flags: int = 0) -> regex.Pattern[str]:
    """`regex.compile(source, flags)`, from the recorded code when there is some."""
    flags = int(flags)
    entry = _entry(("regex", source, flags))
    if entry is not None:
        from regex import _regex

        try:
            return _regex.compile(*entry)
        except Exception:  # another regex module than the one that recorded it: compile
            pass
    pattern = regex.compile(source, flags)
    if _recording is not None:
        _recording[("regex", source, flags)] = tuple(pattern._pickled_data)
    return pattern


def _code_of(source: str, flags: int) -> Entry:
    """What re._compiler.compile hands to _sre.compile, for one pattern."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(source, flags)
    code = [int(c) for c in _compiler._code(parsed, flags)]  # opcodes are int subclasses
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex,
            tuple(indexgroup))


def recording() -> bool:
    """Whether patterns are being recorded: lazily compiled ones should compile now, so that
    the table holds those the warm-up text does not happen to reach."""
    return _recording is not None


def record() -> dict[Key, Entry]:
    """Record every pattern compiled from now on (in a fresh process: patterns already
    compiled are not seen again); returns the table that fills up."""
    global _recording, _table
    _recording, _table = {}, {}
    return _recording


def warm_up() -> None:
    """Check short texts that reach every extractor in both directions, for each language code
    the table snapshot is made for, so that every pattern a check compiles is compiled."""
    from .tables import check_samples

    check_samples()


def write_cache() -> tuple[str, int]:
    import pickle

    table = record()
    warm_up()
    out = rules_path() / CACHE_NAME
    out.write_bytes(pickle.dumps((stamp(), table), protocol=4))
    return str(out), len(table)


if __name__ == "__main__":
    # The module that extractors import, not this __main__ copy, is the one that records.
    from bilint.rxcache import write_cache as _write

    where, count = _write()
    print(f"{where}: {count} patterns")
