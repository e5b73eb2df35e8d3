"""The command line as a user runs it: through click's runner and as a real subprocess."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from bilint import __version__
from bilint.cli import cli

from .conftest import EXAMPLES, ROOT, bilint_executable

EN = """Officials said 238 Venezuelan migrants were flown to El Salvador last month.

The US approved $15 million in funding, and about $20,000 per person was discussed.

El Salvador agreed to accept up to 300 people, as well as two alleged MS-13 members.
"""
ES = """Funcionarios dijeron que 238 migrantes venezolanos fueron enviados a El Salvador el mes pasado.

EE.UU. aprobó US$ 15 millones en fondos, y se habló de unos US$ 20.000 por persona.

El Salvador aceptó recibir hasta 300 personas, así como a dos presuntos miembros de la MS-13.
"""

SCHEMA_PATH = ROOT.parent / "shared" / "spec" / "findings.schema.json"
LOCAL_SCHEMA = ROOT / "tests" / "data" / "findings.schema.json"


def run(*args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(cli, list(args))
    return r.exit_code, r.stdout, r.stderr


def test_version() -> None:
    code, out, _ = run("--version")
    assert code == 0 and __version__ in out


def test_careful_translation_is_silent(write) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("compare", write("a.en.txt", EN), write("a.es.txt", ES))
    assert code == 0, out
    assert "no findings" in out


@pytest.mark.parametrize(
    "old,new,code_expected",
    [
        ("238 migrantes", "328 migrantes", "NUM001"),
        ("hasta 300 personas", "hasta 30 personas", "NUM001"),
        ("dos presuntos", "tres presuntos", "NUM001"),
        ("US$ 20.000", "US$ 2.000", "MON001"),
        ("US$ 15 millones", "US$ 15 mil", "MON001"),
    ],
)
def test_planted_change_is_an_error(write, old: str, new: str, code_expected: str) -> None:  # type: ignore[no-untyped-def]
    assert old in ES
    code, out, _ = run("compare", write("a.en.txt", EN), write("a.es.txt", ES.replace(old, new)),
                       "--format", "concise")
    assert code == 1
    assert code_expected in out
    assert new.split()[-2] in out or new.split()[1] in out


def test_billion_rendered_billon_is_its_own_error(write) -> None:  # type: ignore[no-untyped-def]
    en = write("b.en.txt", "The company signed a $2.8 billion contract.\n")
    es = write("b.es.txt", "La empresa firmó un contrato de US$ 2,8 billones.\n")
    code, out, _ = run("compare", en, es, "--format", "concise")
    assert code == 1 and "NUM004" in out


def test_wrong_decimal_mark_is_a_format_warning_not_a_mismatch(write) -> None:  # type: ignore[no-untyped-def]
    en = write("c.en.txt", "A formal notice of the $4.76 million grant.\n")
    es = write("c.es.txt", "Un aviso formal de la subvención de US$ 4.76 millones.\n")
    code, out, _ = run("compare", en, es, "--format", "concise")
    assert "FMT001" in out and "NUM001" not in out
    assert code == 0  # a warning alone does not fail...
    code, _, _ = run("compare", en, es, "--strict")
    assert code == 1  # ...unless --strict


def test_mexican_spanish_uses_the_point(write) -> None:  # type: ignore[no-untyped-def]
    en = write("c.en.txt", "A formal notice of the $4.76 million grant.\n")
    es = write("c.es.txt", "Un aviso formal de la subvención de US$ 4.76 millones.\n")
    code, out, _ = run("compare", en, es, "--target-lang", "es-MX")
    assert code == 0 and "no findings" in out


def test_spanish_to_english_direction(write) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("compare", write("a.es.txt", ES), write("a.en.txt", EN.replace("238", "283")),
                       "--format", "concise")
    assert code == 1 and "NUM001" in out and "a.en.txt:1:" in out


def test_json_output_validates_against_the_schema(write) -> None:  # type: ignore[no-untyped-def]
    schema = json.loads(LOCAL_SCHEMA.read_text())
    es = ES.replace("238", "328").replace("hasta 300", "hasta")
    code, out, _ = run("compare", write("a.en.txt", EN), write("a.es.txt", es), "--format", "json")
    data = json.loads(out)
    jsonschema.validate(data, schema)
    assert {f["code"] for f in data} >= {"NUM001", "NUM002"}
    changed = next(f for f in data if f["code"] == "NUM001")
    assert changed["source"]["text"] == "238" and changed["target"]["text"] == "328"
    assert changed["source"]["line"] == 1 and changed["target"]["line"] == 1
    assert changed["target"]["column"] == ES.index("238") + 1


def test_schema_copy_is_current() -> None:
    if not SCHEMA_PATH.exists():
        pytest.skip("../shared is absent")
    assert json.loads(SCHEMA_PATH.read_text()) == json.loads(LOCAL_SCHEMA.read_text())


def test_fingerprints_survive_edits_elsewhere(write) -> None:  # type: ignore[no-untyped-def]
    en_path = write("a.en.txt", EN)
    es_bad = ES.replace("238", "328")
    _, out1, _ = run("compare", en_path, write("a.es.txt", es_bad), "--format", "json")
    _, out2, _ = run("compare", en_path, write("a.es.txt", "\n\n" + es_bad.replace("Funcionarios", "Los funcionarios")),
                     "--format", "json")
    f1, f2 = json.loads(out1), json.loads(out2)
    assert [f["fingerprint"] for f in f1] == [f["fingerprint"] for f in f2]
    assert f1[0]["target"]["line"] != f2[0]["target"]["line"]


def test_select_and_ignore(write) -> None:  # type: ignore[no-untyped-def]
    en, es = write("a.en.txt", EN), write("a.es.txt", ES.replace("238", "328"))
    code, out, _ = run("compare", en, es, "--ignore", "NUM001")
    assert code == 0 and "NUM001" not in out
    code, out, _ = run("compare", en, es, "--select", "number-changed", "--format", "concise")
    assert code == 1 and "NUM001" in out
    code, _, err = run("compare", en, es, "--select", "NOPE999")
    assert code == 2 and "NOPE999" in err


def test_exit_zero(write) -> None:  # type: ignore[no-untyped-def]
    code, _, _ = run("compare", write("a.en.txt", EN), write("a.es.txt", ES.replace("238", "328")),
                     "--exit-zero")
    assert code == 0


def test_one_file_holding_both_languages(write) -> None:  # type: ignore[no-untyped-def]
    both = write("both.txt", EN + "Source: https://example.com/en\n\nTítulo del artículo\n\n" + ES.replace("238", "328"))
    code, out, _ = run("compare", both, "--format", "concise")
    assert code == 1 and "NUM001" in out
    code, out, _ = run("compare", write("both2.txt", EN + "\n" + ES))
    assert code == 0, out


def test_text_report_quotes_both_sides(write) -> None:  # type: ignore[no-untyped-def]
    _, out, _ = run("compare", write("a.en.txt", EN), write("a.es.txt", ES.replace("238", "328")))
    assert '"238" (238) became "328" (328)' in out
    assert "a.en.txt:1:" in out and "a.es.txt:1:" in out
    assert "^^^" in out
    assert "\033[" not in out  # no colour when not a terminal


@pytest.mark.parametrize(
    "setup,expected",
    [
        (lambda d: (str(d / "missing.en.txt"), None), "no such file"),
        (lambda d: (str(d), None), "is a directory"),
        (lambda d: ((d / "bin.en.txt").write_bytes(b"\x00\x01\x02binary") and str(d / "bin.en.txt"), None),
         "binary"),
        (lambda d: ((d / "bad.en.txt").write_bytes(b"ok line\n\xff\xfe bad") and str(d / "bad.en.txt"), None),
         "bad.en.txt:2: invalid UTF-8"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, setup, expected: str) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "ok.es.txt").write_text(ES, encoding="utf-8")
    src, _ = setup(tmp_path)
    code, out, err = run("compare", src, str(tmp_path / "ok.es.txt"))
    assert code == 2
    assert expected in err and err.count("\n") == 1 and "Traceback" not in err


def test_same_file_twice_and_unknown_language(write) -> None:  # type: ignore[no-untyped-def]
    p = write("a.en.txt", EN)
    code, _, err = run("compare", p, p)
    assert code == 2 and "same file" in err
    code, _, err = run("compare", p, write("a.es.txt", ES), "--target-lang", "xx-YY")
    assert code == 2 and "xx-YY" in err and "Traceback" not in err


def test_empty_target_reports_everything_missing(write) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("compare", write("a.en.txt", EN), write("a.es.txt", ""), "--target-lang", "es",
                       "--format", "concise")
    assert code == 0  # warnings only
    assert out.count("ALN001") == 3


def test_dropped_paragraph_is_one_warning_without_cascade(write) -> None:  # type: ignore[no-untyped-def]
    paras = ES.strip().split("\n\n")
    es = "\n\n".join([paras[0], paras[2]]) + "\n"
    code, out, _ = run("compare", write("a.en.txt", EN), write("a.es.txt", es), "--format", "concise")
    lines = [x for x in out.splitlines() if x]
    assert len(lines) == 1 and "ALN001" in lines[0] and "a.en.txt:3:" in lines[0]


def test_subprocess_on_the_examples() -> None:
    exe = bilint_executable()
    good = subprocess.run([*exe, "compare", str(EXAMPLES / "harbor-bridge.en.md"),
                           str(EXAMPLES / "harbor-bridge.es.md")], capture_output=True, text=True)
    assert good.returncode == 0, good.stdout + good.stderr
    bad = subprocess.run([*exe, "compare", str(EXAMPLES / "harbor-bridge.en.md"),
                          str(EXAMPLES / "harbor-bridge-errors.es.md"), "--format", "concise"],
                         capture_output=True, text=True)
    assert bad.returncode == 1
    for planted in ("13.000", "16 meses", "ocho"):
        assert planted.split()[0] in bad.stdout
    assert "FMT001" in bad.stdout


def test_python_dash_m() -> None:
    import sys

    r = subprocess.run([sys.executable, "-m", "bilint", "--version"], capture_output=True, text=True)
    assert r.returncode == 0 and __version__ in r.stdout


def test_rules_and_rule_docs() -> None:
    code, out, _ = run("rules")
    assert code == 0 and "NUM001" in out and "number-changed" in out
    code, out, _ = run("rule", "billion-false-friend")
    assert code == 0 and "## What it does" in out and "## Why is this bad?" in out
    code, _, err = run("rule", "XYZ123")
    assert code == 2 and "unknown rule" in err
