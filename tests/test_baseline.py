"""Baselines (--write-baseline, --baseline), --output and --statistics over an article pair."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from bilint.cli import cli

EN = """Officials said 238 Venezuelan migrants were flown to El Salvador last month.

The flights carried 17 children, and 12 of the adults had no criminal record.

El Salvador agreed to accept up to 300 people, as well as two alleged MS-13 members.
"""
ES = """Funcionarios dijeron que 328 migrantes venezolanos fueron enviados a El Salvador el mes pasado.

Los vuelos llevaban a 17 niños, y 12 de los adultos no tenían antecedentes penales.

El Salvador aceptó recibir hasta 300 personas, así como a dos presuntos miembros de la MS-13.
"""


def run(*args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(cli, ["compare", *args])
    return r.exit_code, r.stdout, r.stderr


def test_baseline_keeps_old_findings_silent_and_new_ones_fail(tmp_path: Path, write) -> None:  # type: ignore[no-untyped-def]
    en, es = write("a.en.md", EN), write("a.es.md", ES)
    baseline = str(tmp_path / "bilint-baseline.json")
    code, out, err = run(en, es, "--write-baseline", baseline)
    assert code == 0 and out == "" and "wrote 1 finding" in err
    data = json.loads(Path(baseline).read_text())
    assert data["bilint_baseline"] == 1 and [f["code"] for f in data["findings"]] == ["NUM001"]

    code, out, _ = run(en, es, "--baseline", baseline, "--format", "concise")
    assert code == 0 and out == ""

    # An edit elsewhere in both files moves the old finding down two lines: still silent.
    write("a.en.md", "The flights left from Texas.\n\n" + EN)
    write("a.es.md", "Los vuelos salieron de Texas.\n\n" + ES.replace("Funcionarios", "Los funcionarios"))
    code, out, _ = run(en, es, "--baseline", baseline, "--format", "concise")
    assert code == 0 and out == ""

    # A new error in the same article still fails, and only it is reported.
    write("a.es.md", "Los vuelos salieron de Texas.\n\n" + ES.replace("hasta 300", "hasta 30"))
    code, out, _ = run(en, es, "--baseline", baseline, "--format", "concise")
    # Not in the temporary directory's name either ("pytest-328"): the findings alone.
    out = out.replace(str(tmp_path), "")
    assert code == 1 and out.count("NUM001") == 1 and 'became "30"' in out and "328" not in out


def test_baseline_does_not_hide_the_same_error_in_another_article(tmp_path: Path, write) -> None:  # type: ignore[no-untyped-def]
    baseline = str(tmp_path / "b.json")
    run(write("a.en.md", EN), write("a.es.md", ES), "--write-baseline", baseline)
    code, out, _ = run(write("b.en.md", EN), write("b.es.md", ES), "--baseline", baseline,
                       "--format", "concise")
    assert code == 1 and "b.es.md" in out


@pytest.mark.parametrize("content,expected", [
    ("{not json", "b.json:1: not a bilint baseline: invalid JSON"),
    ('[{"fingerprint": "x"}]', 'b.json: not a bilint baseline (no "bilint_baseline" version field)'),
    ('{"bilint_baseline": 99, "findings": []}', "b.json: baseline version 99 is not supported"),
    ('{"bilint_baseline": 1, "findings": {}}', 'b.json: "findings" must be a list'),
    ('{"bilint_baseline": 1, "findings": [{"code": "NUM001"}]}', 'b.json: finding 1 has no "fingerprint"'),
    (None, "b.json: no such file"),
])
def test_broken_baseline_is_one_line_exit_2(tmp_path: Path, write, content: str | None,  # type: ignore[no-untyped-def]
                                            expected: str) -> None:
    path = tmp_path / "b.json"
    if content is not None:
        path.write_text(content)
    code, out, err = run(write("a.en.md", EN), write("a.es.md", ES), "--baseline", str(path))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("bilint: error: ") and expected in err
    assert "Traceback" not in err


def test_output_file_is_written_whole_and_stdout_stays_empty(tmp_path: Path, write) -> None:  # type: ignore[no-untyped-def]
    report = tmp_path / "reports" / "bilint.json"
    report.parent.mkdir()
    report.write_text("old report")
    code, out, _ = run(write("a.en.md", EN), write("a.es.md", ES), "--format", "json", "-o", str(report))
    assert code == 1 and out == ""
    assert json.loads(report.read_text())[0]["code"] == "NUM001"
    assert os.listdir(report.parent) == ["bilint.json"]  # no temporary file left behind


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_output_to_a_pipe_or_device_writes_into_it_and_leaves_it_in_place(tmp_path: Path, write) -> None:  # type: ignore[no-untyped-def]
    import stat
    import threading

    fifo = tmp_path / "report.pipe"
    os.mkfifo(fifo)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text()))
    reader.start()
    code, out, _ = run(write("a.en.md", EN), write("a.es.md", ES), "--format", "concise", "-o", str(fifo))
    reader.join(timeout=30)
    assert code == 1 and out == ""
    assert "NUM001" in got[0]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)  # renaming a file over it would have replaced it
    devnull = os.stat(os.devnull).st_mode
    assert run(write("b.en.md", EN), write("b.es.md", ES), "-o", os.devnull)[0] == 1
    assert os.stat(os.devnull).st_mode == devnull


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_output_through_a_symbolic_link_writes_where_it_points(tmp_path: Path, write) -> None:  # type: ignore[no-untyped-def]
    real = tmp_path / "reports" / "latest.json"
    real.parent.mkdir()
    real.write_text("old report")
    link = tmp_path / "bilint.json"
    link.symlink_to(real)
    code, _, _ = run(write("a.en.md", EN), write("a.es.md", ES), "--format", "json", "-o", str(link))
    assert code == 1 and link.is_symlink()
    assert json.loads(real.read_text())[0]["code"] == "NUM001"


def test_output_never_overwrites_an_input(write) -> None:  # type: ignore[no-untyped-def]
    en, es = write("a.en.md", EN), write("a.es.md", ES)
    for option in ("--output", "--write-baseline"):
        code, _, err = run(en, es, option, es)
        assert code == 2 and "does not write to its inputs" in err
    assert Path(es).read_text() == ES


@pytest.mark.skipif(not hasattr(os, "link"), reason="needs hard links")
def test_output_under_another_name_of_an_input_is_refused(tmp_path: Path, write) -> None:  # type: ignore[no-untyped-def]
    # The same file by another name: a hard link and a symbolic link to the translation.
    en, es = write("a.en.md", EN), write("a.es.md", ES)
    os.link(es, tmp_path / "hard.md")
    (tmp_path / "soft.md").symlink_to(es)
    for other in ("hard.md", "soft.md"):
        code, _, err = run(en, es, "-o", str(tmp_path / other))
        assert code == 2 and "does not write to its inputs" in err
    assert Path(es).read_text() == ES


def test_output_into_a_missing_directory_is_an_error(tmp_path: Path, write) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(write("a.en.md", EN), write("a.es.md", ES), "-o", str(tmp_path / "no" / "r.txt"))
    assert code == 2 and err.startswith("bilint: error: ") and "r.txt: cannot write" in err


def test_statistics(write) -> None:  # type: ignore[no-untyped-def]
    es = ES.replace("hasta 300", "hasta 30").replace("a 17 niños", "a niños")
    en, es_path = write("a.en.md", EN), write("a.es.md", es)
    code, out, _ = run(en, es_path, "--statistics")
    assert code == 1
    assert out.splitlines() == ["2\tNUM001\t[error] number-changed", "1\tNUM002\t[warning] number-missing"]
    code, out, _ = run(en, es_path, "--statistics", "--format", "json")
    assert json.loads(out) == [
        {"code": "NUM001", "name": "number-changed", "severity": "error", "count": 2},
        {"code": "NUM002", "name": "number-missing", "severity": "warning", "count": 1},
    ]
