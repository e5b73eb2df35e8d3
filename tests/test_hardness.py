"""Hard inputs through the real command line: adversarial texts finish (a hang guard only; their
timings are benchmarks/adversarial.py's), odd encodings and line ends are read, inputs are never
written to, and a too-large file is refused with a one-line error."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.adversarial import CASES, Case, write_pair

BILINT = [sys.executable, "-m", "bilint"]
# Small enough for CI even on a quadratic path; the timing of the full-size inputs is a benchmark.
SIZE = 20_000


def _run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*BILINT, *args], capture_output=True, text=True, timeout=timeout)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_adversarial_input_is_checked_without_a_crash(case: Case, tmp_path: Path) -> None:
    src, tgt = write_pair(case, SIZE, tmp_path)
    p = _run("compare", str(src), str(tgt), "--format", "json")
    assert p.returncode in (0, 1), p.stderr[-2000:]
    assert "Traceback" not in p.stderr


EN = "The council approved $4.76 million on March 15.\n\nAbout 300 people came, officials said.\n"
ES = "El concejo aprobó US$ 4,67 millones el 15 de marzo.\n\nUnas 300 personas asistieron, dijeron.\n"


def _concise(src: Path, tgt: Path) -> list[str]:
    p = _run("compare", str(src), str(tgt), "--format", "concise")
    assert p.returncode in (0, 1), p.stderr
    return sorted(p.stdout.splitlines())


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_cr_line_ends_give_the_same_places_as_lf(newline: str, tmp_path: Path) -> None:
    (tmp_path / "lf").mkdir()
    (tmp_path / "other").mkdir()
    lf = [tmp_path / "lf" / "a.en.txt", tmp_path / "lf" / "a.es.txt"]
    other = [tmp_path / "other" / "a.en.txt", tmp_path / "other" / "a.es.txt"]
    for path, text in zip(lf, (EN, ES), strict=True):
        path.write_bytes(text.encode("utf-8"))
    for path, text in zip(other, (EN, ES), strict=True):
        path.write_bytes(text.replace("\n", newline).encode("utf-8"))
    expected = [line.replace("/lf/", "/x/") for line in _concise(*lf)]
    assert [line.replace("/other/", "/x/") for line in _concise(*other)] == expected
    assert any("MON001" in line and ":1:" in line for line in expected)


def test_utf16_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    src, tgt = tmp_path / "a.en.txt", tmp_path / "a.es.txt"
    src.write_bytes(EN.encode("utf-16"))  # BOM first
    tgt.write_bytes(ES.encode("utf-8"))
    lines = _concise(src, tgt)
    assert any("MON001" in line for line in lines)


def _digest(paths: list[Path]) -> list[tuple[str, int]]:
    return [(hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in paths]


@pytest.mark.parametrize("fmt", ["text", "concise", "json", "json-lines", "sarif", "github",
                                 "gitlab", "junit", "html"])
def test_inputs_are_never_written_to(fmt: str, tmp_path: Path) -> None:
    src, tgt = tmp_path / "a.en.md", tmp_path / "a.es.md"
    src.write_text(EN, encoding="utf-8")
    tgt.write_text(ES, encoding="utf-8")
    before = _digest([src, tgt])
    p = _run("compare", str(src), str(tgt), "--format", fmt, "--output", str(tmp_path / "out"))
    assert p.returncode in (0, 1), p.stderr
    assert _digest([src, tgt]) == before
    assert (tmp_path / "out").stat().st_size > 0


def test_a_file_over_the_size_limit_is_refused_in_one_line(tmp_path: Path) -> None:
    big = tmp_path / "big.en.txt"
    with open(big, "wb") as fh:  # sparse: no 21 MB written
        fh.truncate(21 * 1024 * 1024)
    small = tmp_path / "small.es.txt"
    small.write_text(ES, encoding="utf-8")
    p = _run("compare", str(big), str(small))
    assert p.returncode == 2
    assert "big.en.txt" in p.stderr and "MiB" in p.stderr
    assert "Traceback" not in p.stderr and len(p.stderr.strip().splitlines()) == 1


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_a_symlink_loop_in_a_checked_directory_does_not_stop_the_others(tmp_path: Path) -> None:
    (tmp_path / "a.en.md").write_text(EN, encoding="utf-8")
    (tmp_path / "a.es.md").write_text(ES, encoding="utf-8")
    (tmp_path / "loop").mkdir()
    os.symlink(tmp_path / "loop", tmp_path / "loop" / "again")
    p = subprocess.run([*BILINT, "check", ".", "--format", "concise"], capture_output=True,
                       text=True, timeout=120, cwd=tmp_path)
    assert p.returncode in (0, 1, 2), p.stderr
    assert "MON001" in p.stdout
    assert "Traceback" not in p.stderr
