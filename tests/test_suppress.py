"""Inline suppressions: directives in HTML comments (Markdown, any file) and `# bilint:` lines
(plain text), over real article snippets."""

from __future__ import annotations

from click.testing import CliRunner

from bilint.cli import cli
from bilint.read.directives import parse

EN = """---
title: Migrants flown to El Salvador
---
# Migrants flown to El Salvador

Officials said 238 Venezuelan migrants were flown to El Salvador last month.

The flights carried 17 children, and 12 of the adults had no criminal record.

El Salvador agreed to accept up to 300 people, as well as two alleged MS-13 members.
"""

ES = """---
title: Migrantes enviados a El Salvador
---
# Migrantes enviados a El Salvador

Funcionarios dijeron que 238 migrantes venezolanos fueron enviados a El Salvador el mes pasado.

Los vuelos llevaban a 17 niños, y 12 de los adultos no tenían antecedentes penales.

El Salvador aceptó recibir hasta 300 personas, así como a dos presuntos miembros de la MS-13.
"""


def run(*args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(cli, ["compare", *args, "--format", "concise"])
    return r.exit_code, r.stdout, r.stderr


def codes(out: str) -> list[str]:
    return [line.split()[1] for line in out.splitlines()]


def test_unsuppressed_change_fails(write) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(write("a.en.md", EN), write("a.es.md", ES.replace("238 migrantes", "328 migrantes")))
    assert code == 1 and codes(out) == ["NUM001"]


def test_disable_next_line_in_the_translation(write) -> None:  # type: ignore[no-untyped-def]
    es = ES.replace("Funcionarios dijeron que 238",
                    "<!-- bilint disable-next-line NUM001 -->\nFuncionarios dijeron que 328")
    code, out, _ = run(write("a.en.md", EN), write("a.es.md", es))
    assert code == 0 and out == ""


def test_next_line_skips_blank_lines_but_covers_only_one_line(write, tmp_path) -> None:  # type: ignore[no-untyped-def]
    es = (ES.replace("Funcionarios dijeron que 238", "<!-- bilint disable-next-line -->\n\nFuncionarios dijeron que 328")
          .replace("12 de los adultos", "21 de los adultos"))
    code, out, _ = run(write("a.en.md", EN), write("a.es.md", es))
    out = out.replace(str(tmp_path), "")  # "pytest-328" is no finding
    assert code == 1 and codes(out) == ["NUM001"] and "21" in out and "328" not in out


def test_directive_in_the_source_covers_the_source_side(write) -> None:  # type: ignore[no-untyped-def]
    # The translation dropped "17": a finding with a source side only, silenced in the source.
    en = EN.replace("The flights carried 17 children",
                    "<!-- bilint disable-next-line number-missing -->\nThe flights carried 17 children")
    es = ES.replace("a 17 niños", "a niños")
    code, out, _ = run(write("a.en.md", en), write("a.es.md", es))
    assert code == 0 and out == ""
    code, out, _ = run(write("b.en.md", EN), write("b.es.md", es), "--strict")
    assert code == 1 and codes(out) == ["NUM002"]


def test_disable_line_and_names_and_families(write) -> None:  # type: ignore[no-untyped-def]
    en = write("a.en.md", EN)
    for selector in ("NUM001", "number-changed", "NUM", "num001, NUM002"):
        es = ES.replace("hasta 300 personas,", f"hasta 30 personas, <!-- bilint disable-line {selector} -->")
        code, out, _ = run(en, write("a.es.md", es))
        assert code == 0 and out == "", selector
    es = ES.replace("hasta 300 personas,", "hasta 30 personas, <!-- bilint disable-line FMT -->")
    code, out, _ = run(en, write("a.es.md", es))
    assert code == 1 and codes(out) == ["NUM001"]


def test_disable_enable_range(write) -> None:  # type: ignore[no-untyped-def]
    es = (ES.replace("Funcionarios dijeron que 238", "<!-- bilint disable NUM001 -->\n\nFuncionarios dijeron que 328")
          .replace("12 de los adultos", "21 de los adultos")
          .replace("El Salvador aceptó", "<!-- bilint enable NUM001 -->\n\nEl Salvador aceptó")
          .replace("hasta 300", "hasta 30"))
    code, out, _ = run(write("a.en.md", EN), write("a.es.md", es))
    assert code == 1 and codes(out) == ["NUM001"] and "became \"30\"" in out


def test_enable_one_code_inside_a_disable_all(write) -> None:  # type: ignore[no-untyped-def]
    es = (ES.replace("Funcionarios dijeron que 238", "<!-- bilint disable -->\nFuncionarios dijeron que 328")
          .replace("Los vuelos llevaban a 17", "<!-- bilint enable NUM001 -->\nLos vuelos llevaban a 71"))
    code, out, _ = run(write("a.en.md", EN), write("a.es.md", es))
    assert codes(out) == ["NUM001"] and "71" in out


def test_disable_file(write) -> None:  # type: ignore[no-untyped-def]
    es = ES.replace("238", "328").replace("hasta 300", "hasta 30") + "\n<!-- bilint disable-file -->\n"
    code, out, _ = run(write("a.en.md", EN), write("a.es.md", es))
    assert code == 0 and out == ""


def test_directive_quoted_in_code_is_not_a_directive(write) -> None:  # type: ignore[no-untyped-def]
    es = ES.replace("238", "328") + "\n```\n<!-- bilint disable-file -->\n```\n"
    code, out, _ = run(write("a.en.md", EN), write("a.es.md", es))
    assert code == 1 and codes(out) == ["NUM001"]


def test_plain_text_form(write) -> None:  # type: ignore[no-untyped-def]
    en = EN.split("\n\n", 1)[1]
    es = ES.split("\n\n", 1)[1].replace("Funcionarios dijeron que 238",
                                       "# bilint: disable-next-line NUM001\nFuncionarios dijeron que 328")
    code, out, _ = run(write("a.en.txt", en), write("a.es.txt", es), "--strict")
    # "NUM001" in the directive is not read as a number of the article (no NUM003 for "001").
    assert code == 0 and out == ""
    # In Markdown the same line is a heading, not a directive.
    code, out, _ = run(write("b.en.md", en), write("b.es.md", es))
    assert code == 1 and "NUM001" in out


def test_one_file_holding_both_languages(write) -> None:  # type: ignore[no-untyped-def]
    body_en = EN.split("---\n", 2)[2]
    body_es = ES.split("---\n", 2)[2].replace("Funcionarios dijeron que 238",
                                              "<!-- bilint disable-next-line NUM001 -->\nFuncionarios dijeron que 328")
    code, out, _ = run(write("both.md", body_en + "\n" + body_es))
    assert code == 0 and out == ""


def test_unused_suppression_is_reported_only_when_selected(write) -> None:  # type: ignore[no-untyped-def]
    es = ES.replace("Funcionarios", "<!-- bilint disable-next-line NUM001 -->\nFuncionarios")
    en, es_path = write("a.en.md", EN), write("a.es.md", es)
    code, out, _ = run(en, es_path)
    assert code == 0 and out == ""
    code, out, _ = run(en, es_path, "--select", "SUP001")
    assert codes(out) == ["SUP001"] and "a.es.md:6:1:" in out and "suppressed no finding" in out
    assert code == 0  # info level


def test_unknown_code_and_misspelt_directive_are_warnings(write) -> None:  # type: ignore[no-untyped-def]
    es = (ES.replace("Funcionarios dijeron que 238", "<!-- bilint disable-next-line NUM01, NUM001 -->\nFuncionarios dijeron que 328")
          .replace("hasta 300", "hasta 30 <!-- bilint disabel -->"))
    code, out, _ = run(write("a.en.md", EN), write("a.es.md", es), "--strict")
    # NUM001 is still suppressed on the first line; the typo in the second is not silent.
    assert codes(out) == ["NUM001", "SUP002", "SUP003"]
    assert 'unknown rule "NUM01"' in out and '"disabel" is not a directive' in out
    assert code == 1


def test_parse_positions_and_targets() -> None:
    text = "Uno.\n\n<!-- bilint disable-next-line NUM001,FMT002 -->\n\nDos 2. <!-- bilint disable-line -->\n"
    first, second = parse(text, markdown=True)
    assert (first.action, first.codes, first.line, first.column, first.target) == (
        "disable-next-line", ("NUM001", "FMT002"), 3, 1, 5)
    assert (second.action, second.codes, second.line, second.column) == ("disable-line", (), 5, 8)


def test_parse_is_linear_on_unclosed_comments() -> None:
    # Thousands of unclosed directive openings: each scan stops at the next "<!--".
    directives = parse("<!-- bilint disable " * 20000, markdown=False)
    assert directives == ()


def test_problems_are_reported_in_the_file_that_has_them(write) -> None:  # type: ignore[no-untyped-def]
    # The same misspelt directive at the same place in both files: one finding in each.
    directive = "<!-- bilint disable-next-line NUM01 -->\n"
    en = EN.replace("Officials said", directive + "Officials said")
    es = ES.replace("Funcionarios dijeron", directive + "Funcionarios dijeron")
    code, out, _ = run(write("a.en.md", en), write("a.es.md", es))
    lines = out.splitlines()
    assert [line.split(": ", 1)[0].rsplit("/", 1)[1] for line in lines] == ["a.en.md:6:1", "a.es.md:6:1"]
    assert codes(out) == ["SUP002", "SUP002"] and code == 0
