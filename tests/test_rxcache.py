"""Patterns are rebuilt from their recorded compiled form: the same patterns, without the
compile time; a table from another interpreter or an unknown pattern falls back to compiling."""

from __future__ import annotations

import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from bilint import rxcache
from bilint.resources import rules_path

_TEXT = ("El martes 5 de marzo de 2024, a las 17:30, y el viernes 8 de marzo; on Tuesday, "
         "March 5, 2024, at 5:30 p.m., and in the 1990s, hace tres días, last week.")


def _shipped() -> dict[rxcache.Key, rxcache.Entry]:
    table = rxcache.load()
    if not table:
        pytest.skip("rules/patterns.cache is for another interpreter")
    return table


def test_a_recorded_pattern_matches_as_the_compiled_one() -> None:
    table = _shipped()
    assert {engine for engine, _, _ in table} == {"re", "regex"}
    for engine, source, flags in table:
        if engine == "re":
            fresh, rebuilt = re.compile(source, flags), rxcache.compile(source, flags)
        else:
            fresh, rebuilt = regex.compile(source, flags), rxcache.compile_regex(source, flags)
        assert rebuilt is not fresh  # built from the table, not the engine's own cache
        assert rebuilt.pattern == fresh.pattern and rebuilt.flags == fresh.flags
        assert rebuilt.groupindex == fresh.groupindex
        got = [(m.span(), m.groups()) for m in rebuilt.finditer(_TEXT)]
        assert got == [(m.span(), m.groups()) for m in fresh.finditer(_TEXT)], source[:60]


def test_the_shipped_table_holds_every_pattern_a_check_compiles() -> None:
    table = _shipped()
    code = ("from bilint import rxcache\nt = rxcache.record()\nrxcache.warm_up()\n"
            "import pickle, sys\nsys.stdout.buffer.write(pickle.dumps(sorted(t)))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True).stdout
    needed = pickle.loads(out)  # noqa: S301  (our own child's output)
    missing = [s[:60] for e, s, f in needed if (e, s, f) not in table]
    assert not missing, f"rules/patterns.cache is stale: run `python -m bilint.rxcache` ({missing[:3]})"


def test_a_table_from_another_interpreter_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / rxcache.CACHE_NAME
    path.write_bytes(pickle.dumps((("cpython", (2, 7)), {("re", "a", 0): (0, [], 0, {}, ())}),
                                  protocol=4))
    assert rxcache.load(path) == {}
    path.write_bytes(b"not a pickle")
    assert rxcache.load(path) == {}
    assert rxcache.load(tmp_path / "absent") == {}


def test_an_unrecorded_pattern_compiles_as_usual() -> None:
    rx = rxcache.compile(r"(?P<day>\d{1,2}) de (?P<month>[a-z]+)", re.IGNORECASE)
    m = rx.search("el 22 de Mayo")
    assert m is not None and m.group("day", "month") == ("22", "Mayo")
    rx2 = rxcache.compile_regex(r"(?P<name>\p{Lu}\p{Ll}+) (?P<n>\d+)", regex.IGNORECASE)
    m2 = rx2.search("dijo Needham 12 veces")
    assert m2 is not None and m2.group("name", "n") == ("Needham", "12")


def test_the_table_ships_inside_the_package() -> None:
    assert (rules_path() / rxcache.CACHE_NAME).is_file()
