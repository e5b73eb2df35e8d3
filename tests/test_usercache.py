"""bilint's per-user cache: where it lives, what it trusts, and that a run reads and writes it
as a user expects (a cold run builds, a warm run only reads, --no-cache touches nothing)."""

from __future__ import annotations

import os
import pickle
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from bilint import usercache

from .conftest import EXAMPLES, bilint_executable

POSIX = hasattr(os, "getuid")


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    where = tmp_path / "cache"
    monkeypatch.setenv("BILINT_CACHE_DIR", str(where))
    monkeypatch.setattr(usercache, "_disabled", False)
    return where


def _files(where: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in where.iterdir()} if where.is_dir() else {}


# --- where it lives ---------------------------------------------------------------------------

def test_bilint_cache_dir_overrides_the_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("BILINT_CACHE_DIR", str(tmp_path / "mine"))
    assert usercache.directory() == tmp_path / "mine"


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the XDG convention is for Linux and Unix")
def test_the_default_follows_the_xdg_convention(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("BILINT_CACHE_DIR")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    assert usercache.directory() == tmp_path / ".cache" / "bilint"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert usercache.directory() == tmp_path / "xdg" / "bilint"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/dir")  # invalid by the spec: ignored
    assert usercache.directory() == tmp_path / ".cache" / "bilint"


# --- what it trusts ---------------------------------------------------------------------------

def test_a_value_comes_back_for_its_key_only(cache: Path) -> None:
    path = usercache.store("tables", "cpython-311 babel=2.19.0", {"a": [1, 2]})
    assert path is not None and path.parent == cache
    assert usercache.load("tables", "cpython-311 babel=2.19.0") == {"a": [1, 2]}
    assert usercache.load("tables", "cpython-311 babel=2.20.0") is None
    assert usercache.load("glossary", "cpython-311 babel=2.19.0") is None


@pytest.mark.skipif(not POSIX, reason="POSIX permissions")
def test_only_the_user_can_read_or_write_it(cache: Path) -> None:
    path = usercache.store("tables", "k", [1])
    assert path is not None
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_damaged_or_cut_file_is_ignored(cache: Path) -> None:
    path = usercache.store("tables", "k", list(range(1000)))
    assert path is not None
    raw = path.read_bytes()
    path.write_bytes(raw[:-7])
    assert usercache.load("tables", "k") is None
    path.write_bytes(raw[:-1] + bytes([raw[-1] ^ 0xFF]))
    assert usercache.load("tables", "k") is None
    path.write_bytes(b"")
    assert usercache.load("tables", "k") is None
    path.write_bytes(raw)
    assert usercache.load("tables", "k") == list(range(1000))


class _Boom:
    """A pickle that would run code when loaded."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, (f"touch {self.marker}",))


def test_a_pickle_bilint_did_not_write_is_never_loaded(cache: Path, tmp_path: Path) -> None:
    path = usercache.store("tables", "k", [1])
    assert path is not None
    marker = tmp_path / "ran"
    path.write_bytes(pickle.dumps(_Boom(marker)))  # no header: someone else's file
    assert usercache.load("tables", "k") is None
    assert not marker.exists()


@pytest.mark.skipif(not POSIX, reason="POSIX permissions")
def test_a_file_or_directory_others_can_write_is_not_trusted(cache: Path) -> None:
    path = usercache.store("tables", "k", [1])
    assert path is not None
    path.chmod(0o622)
    assert usercache.load("tables", "k") is None
    path.chmod(0o600)
    cache.chmod(0o777)
    assert usercache.load("tables", "k") is None
    assert usercache.store("tables", "k", [2]) is None  # nor written into
    cache.chmod(0o700)
    assert usercache.load("tables", "k") == [1]


@pytest.mark.skipif(not POSIX or os.geteuid() != 0, reason="needs root to give a file away")
def test_a_file_of_another_user_is_not_trusted(cache: Path) -> None:
    path = usercache.store("tables", "k", [1])
    assert path is not None
    os.chown(path, 65534, -1)
    assert usercache.load("tables", "k") is None


@pytest.mark.skipif(not POSIX, reason="symbolic links")
def test_a_symbolic_link_in_place_of_a_file_is_not_followed(cache: Path, tmp_path: Path) -> None:
    path = usercache.store("tables", "k", [1])
    assert path is not None
    elsewhere = tmp_path / "elsewhere.pickle"
    path.rename(elsewhere)
    path.symlink_to(elsewhere)
    assert usercache.load("tables", "k") is None


def test_writes_leave_no_temporary_file_and_a_failed_write_leaves_nothing(cache: Path) -> None:
    assert usercache.store("tables", "k", [1]) is not None
    assert usercache.store("patterns", "k", lambda: 0) is None  # cannot be pickled
    assert sorted(p.name.split("-")[0] for p in cache.iterdir()) == ["tables"]


def test_an_unwritable_cache_directory_is_not_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a-file").write_text("x")
    monkeypatch.setenv("BILINT_CACHE_DIR", str(tmp_path / "a-file" / "cache"))
    assert usercache.store("tables", "k", [1]) is None
    assert usercache.load("tables", "k") is None


def test_old_versions_files_are_pruned(cache: Path) -> None:
    for n in range(usercache.KEEP + 3):
        assert usercache.store("tables", f"babel=2.{n}", [n]) is not None
        os.utime(cache, None)
    kept = sorted(cache.glob("tables-*.pickle"))
    assert len(kept) == usercache.KEEP
    assert usercache.load("tables", f"babel=2.{usercache.KEEP + 2}") == [usercache.KEEP + 2]


def test_no_cache_reads_and_writes_nothing(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert usercache.store("tables", "k", [1]) is not None
    monkeypatch.setenv("BILINT_NO_CACHE", "1")
    assert usercache.load("tables", "k") is None
    assert usercache.store("glossary", "k", [1]) is None
    assert [p.name.split("-")[0] for p in cache.iterdir()] == ["tables"]


def test_a_library_release_changes_the_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = tmp_path / "site"
    (site / "fakelib").mkdir(parents=True)
    (site / "fakelib" / "__init__.py").write_text("")
    (site / "fake_lib-1.0.dist-info").mkdir()
    monkeypatch.syspath_prepend(str(site))
    before = usercache.library_versions({"fakelib": "fake-lib"})
    assert before == "fakelib=1.0"
    (site / "fake_lib-1.0.dist-info").rename(site / "fake_lib-1.1.dist-info")
    # Versions are read once a process; the release is seen by the next one.
    usercache._version.cache_clear()
    usercache._listing.cache_clear()
    assert usercache.library_versions({"fakelib": "fake-lib"}) == "fakelib=1.1"


# --- a user's runs ----------------------------------------------------------------------------

def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*bilint_executable(), *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=120)


_PAIR = (str(EXAMPLES / "harbor-bridge.en.md"), str(EXAMPLES / "harbor-bridge-errors.es.md"))


def test_a_cold_run_fills_the_cache_and_a_warm_run_only_reads_it(cache: Path) -> None:
    env = {"BILINT_CACHE_DIR": str(cache)}
    cold = _run("compare", *_PAIR, "--format", "json", env=env)
    written = _files(cache)
    assert {name.split("-")[0] for name in written} == {"tables", "patterns", "glossary"}
    warm = _run("compare", *_PAIR, "--format", "json", env=env)
    assert _files(cache) == written  # nothing rewritten
    assert (warm.returncode, warm.stdout, warm.stderr) == (cold.returncode, cold.stdout, cold.stderr)
    assert cold.returncode == 1 and '"NUM001"' in cold.stdout


def test_no_cache_leaves_the_cache_untouched_and_finds_the_same(cache: Path) -> None:
    env = {"BILINT_CACHE_DIR": str(cache)}
    uncached = _run("compare", *_PAIR, "--format", "json", "--no-cache", env=env)
    assert not cache.exists()
    cached = _run("compare", *_PAIR, "--format", "json", env=env)
    assert (uncached.returncode, uncached.stdout) == (cached.returncode, cached.stdout)


def test_a_corrupt_cache_gives_the_same_findings_and_is_rebuilt(cache: Path) -> None:
    env = {"BILINT_CACHE_DIR": str(cache)}
    good = _run("compare", *_PAIR, "--format", "json", env=env)
    for path in cache.iterdir():
        path.write_bytes(b"\x80\x05garbage")
    again = _run("compare", *_PAIR, "--format", "json", env=env)
    assert (again.returncode, again.stdout, again.stderr) == (good.returncode, good.stdout, "")
    assert all(usercache.MAGIC in p.read_bytes()[:40] for p in cache.iterdir())


def test_clean_removes_the_cache_and_says_where(cache: Path) -> None:
    env = {"BILINT_CACHE_DIR": str(cache)}
    _run("compare", *_PAIR, env=env)
    out = _run("clean", env=env)
    assert out.returncode == 0
    assert out.stdout.strip() == f"Removed 3 cache files from {cache}"
    assert list(cache.iterdir()) == []
