"""Compiled patterns kept in the user's cache, through the regex module's own pickling.

`regex.compile` parses a pattern and generates its matcher code in Python: the extractors'
patterns (the month, weekday and period names of a language, the name and amount patterns) take
tens of milliseconds to compile at first use, a large part of a short article's check. A
compiled regex pattern pickles as its generated code and unpickles without compiling again
(the regex module registers that reduction itself), and the code depends only on the pattern,
its flags, the interpreter and the regex version: so the patterns a run compiles are pickled
into the user's cache under a stamp of those versions, and a later run loads them.

Patterns of the standard `re` module are compiled as usual: `re` pickles a pattern as its
source, so there is nothing to keep.
"""

from __future__ import annotations

import re
from typing import Any

import regex

CACHE_NAME = "patterns"

Key = tuple[str, int]  # pattern, flags

_table: dict[Key, bytes] | None = None  # each pattern pickled
_built: dict[Key, regex.Pattern[str]] = {}  # compiled by this process, not yet in the cache


def stamp() -> str:
    """What a pickled pattern depends on besides its source: the interpreter (its Unicode
    data included) and the regex module's version."""
    from .usercache import interpreter, library_versions

    # The distribution's version: `regex.__version__` is its engine's, the same across releases.
    return f"{interpreter()} {library_versions({'regex': 'regex'})}"


def load() -> dict[Key, bytes]:
    """The patterns in the user's cache for this stamp; none when there are none to trust."""
    from . import usercache

    got = usercache.load(CACHE_NAME, stamp())
    return got if isinstance(got, dict) else {}


def compile(source: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001  (re.compile's name)
    """`re.compile(source, flags)`. `re` pickles a pattern as its source, so there is nothing to
    keep. Its patterns are compiled lazily, when a text needs them (extract/calvocab.py): the
    few a short article needs cost a few milliseconds (docs/benchmarks.md), and `re` matches
    the date patterns faster than the regex module would (about 10 % of TICO-19's check)."""
    return re.compile(source, int(flags))


def compile_regex(source: str, flags: int = 0) -> regex.Pattern[str]:
    """`regex.compile(source, flags)`, from the user's cache when it has the pattern."""
    global _table
    key = (source, int(flags))
    if _table is None:
        _table = load()
    pickled = _table.get(key)
    if pickled is not None:
        import pickle

        try:
            got: Any = pickle.loads(pickled)  # noqa: S301  (bilint's own cache, checked by usercache)
        except Exception:  # unreadable after all: compile
            got = None
        if isinstance(got, regex.Pattern) and got.pattern == source:
            return got
    pattern = regex.compile(source, key[1])
    _built[key] = pattern
    return pattern


def save() -> None:
    """Add the patterns this process compiled to the user's cache (none compiled: nothing
    written)."""
    global _table
    if _built:
        from . import usercache

        _table = usercache.extend(CACHE_NAME, stamp(), _table or {}, _built)
