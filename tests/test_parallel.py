"""A long pair reads its two sides on two cores: same findings as one core, errors surface."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bilint import parallel, pipeline
from bilint.model import Document

EN = ("The council approved $4.76 million on March 15, 2024, for 300 homes in Needham, "
      "up 12% from last year.\n\n"
      "About two hundred people attended the meeting on Tuesday, officials said.\n")
ES = ("El concejo aprobó US$ 4,67 millones el 15 de marzo de 2024 para 300 viviendas en "
      "Needam, un 12 % más que el año pasado.\n\n"
      "Unas doscientas personas asistieron a la reunión el martes, dijeron las autoridades.\n")


def _pair(tmp_path: Path) -> tuple[Document, Document]:
    (tmp_path / "a.en.md").write_text(EN * 20, encoding="utf-8")
    (tmp_path / "a.es.md").write_text(ES * 20, encoding="utf-8")
    return pipeline.load_pair(str(tmp_path / "a.en.md"), str(tmp_path / "a.es.md"))


@pytest.mark.skipif(not parallel.can_fork(), reason="needs fork and two cores")
def test_two_processes_find_what_one_finds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src, tgt = _pair(tmp_path)
    one = pipeline.check(src, tgt)
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 0)
    two = pipeline.check(src, tgt)
    assert [(f.code, f.source, f.target) for f in two.findings] == \
        [(f.code, f.source, f.target) for f in one.findings]
    assert two.src_facts == one.src_facts and two.groups == one.groups
    assert {f.code for f in two.findings} >= {"MON001", "NAM003"}


@pytest.mark.skipif(not parallel.can_fork(), reason="needs fork and two cores")
def test_an_error_on_the_source_side_reaches_the_caller(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    src, tgt = _pair(tmp_path)
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 0)

    def read(doc: Document) -> int:
        if doc is src:
            raise RecursionError("too deep")
        return len(doc.text)

    with pytest.raises(RecursionError, match="too deep"):
        parallel.facts_both(src, tgt, read)


def test_workers_of_a_batch_do_not_fork_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # `bilint check --jobs N` already runs N workers; a long pair inside one stays on its core.
    src, tgt = _pair(tmp_path)
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 0)
    monkeypatch.setattr(parallel, "ALLOWED", True)
    parallel.in_worker()
    forks: list[int] = []

    def fork() -> int:
        forks.append(1)
        return 0

    monkeypatch.setattr(os, "fork", fork)
    assert parallel.facts_both(src, tgt, lambda d: len(d.text)) == (len(src.text), len(tgt.text))
    assert not forks


@pytest.mark.skipif(not parallel.can_fork(), reason="needs fork and two cores")
def test_a_long_pair_read_in_two_processes_reports_like_one(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from bilint.cli import cli

    src, tgt = _pair(tmp_path)
    args = ["compare", src.path, tgt.path, "--format", "concise"]
    one = CliRunner().invoke(cli, args)
    monkeypatch.setattr(pipeline, "PARALLEL_FROM", 0)
    two = CliRunner().invoke(cli, args)
    assert (two.exit_code, two.output) == (one.exit_code, one.output)
    assert "MON001" in two.output and "NAM003" in two.output

    # Input errors name the same file as with one process: the source's first.
    (tmp_path / "bad.en.md").write_bytes(b"broken \xc3\x28 text")
    (tmp_path / "bad.es.md").write_bytes(b"roto \xc3\x28 texto")
    missing = str(tmp_path / "missing.es.md")
    both_bad = CliRunner().invoke(cli, ["compare", str(tmp_path / "bad.en.md"), missing])
    assert both_bad.exit_code == 2 and "bad.en.md" in both_bad.output
    target_bad = CliRunner().invoke(cli, ["compare", src.path, missing])
    assert target_bad.exit_code == 2 and "missing.es.md" in target_bad.output
    # The shorter file is read in the child, here the target; the source's error still comes
    # first.
    (tmp_path / "long.en.md").write_bytes(b"\xff" * 5000)
    long_bad = CliRunner().invoke(cli, ["compare", str(tmp_path / "long.en.md"),
                                        str(tmp_path / "bad.es.md")])
    assert long_bad.exit_code == 2 and "long.en.md" in long_bad.output
    assert "Traceback" not in both_bad.output + target_bad.output + long_bad.output
