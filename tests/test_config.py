""".bilint.yaml: what it changes, and the one-line errors for every kind of broken file."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from bilint.cli import cli

from .articles import EN, ES, write_pair, wrong


def run(*args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(cli, list(args))
    return r.exit_code, r.stdout, r.stderr


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def codes(out: str) -> list[str]:
    return [f["code"] for f in json.loads(out)]


BOMB = "".join(
    f"{name}: &{name} [{', '.join([f'*{prev}'] * 10) if prev else ', '.join(['lol'] * 10)}]\n"
    for name, prev in zip("abcdefg", [None, *"abcdef"], strict=True)
)

BROKEN = {
    "yaml-syntax": ("rules: [NUM001, off\n", 2, "flow sequence (from line 1)"),
    "tab-indent": ("rules:\n\tNUM001: off\n", 2, "invalid YAML"),
    "top-level-list": ("- NUM001\n- NUM002\n", 1, "must be a mapping"),
    "top-level-scalar": ("just some words\n", 1, "must be a mapping"),
    "unknown-key": ("source_lang: en\nrulez:\n  NUM001: off\n", 2, "rulez: unknown key; did you mean 'rules'?"),
    "duplicate-key": ("source_lang: en\nsource_lang: es\n", 2, "source_lang: duplicate key"),
    "wrong-type-exclude": ("exclude: 5\n", 1, "exclude: expected a list of glob patterns, got an integer"),
    "wrong-type-rules": ("rules:\n  - NUM001\n", 2, "rules: expected a mapping, got a list"),
    "wrong-type-pairs": ("pairs: en/*.md\n", 1, "pairs: expected a list"),
    "unknown-code": ("rules:\n  NUM001: off\n  NUM999: warning\n", 3, "rules.NUM999: unknown rule code or name 'NUM999'"),
    "unknown-name": ("rules:\n  number-chnaged: off\n", 2, "did you mean 'number-changed'?"),
    "bad-severity": ("rules:\n  NUM002: fatal\n", 2, "rules.NUM002: bad severity 'fatal'"),
    "bad-severity-in-mapping": ("rules:\n  NUM002:\n    severity: loud\n", 3, "rules.NUM002.severity: bad severity 'loud'"),
    "unknown-option": ("rules:\n  NUM001:\n    severity: error\n    tolerance: 0.5\n", 4, "NUM001 takes no options"),
    "bad-glob": ("exclude:\n  - drafts\n  - 'archive**'\n", 3, "exclude[1]: bad glob"),
    "unclosed-class": ("per-file-ignores:\n  'notes/[ab.md': [NUM003]\n", 2, "'[' without its closing ']'"),
    "absolute-glob": ("exclude: ['/etc/news']\n", 1, "is absolute"),
    "pairs-two-sources-one-target": (
        "pairs:\n  - source: 'en/*/*.md'\n    target: 'es/*.md'\n", 3,
        "several sources would map to one target"),
    "pairs-same-target-twice": (
        "pairs:\n  - source: 'en/*.md'\n    target: 'es/*.md'\n"
        "  - source: 'english/*.md'\n    target: 'es/*.md'\n", 5, "two sources would map to one target"),
    "pairs-missing-target": ("pairs:\n  - source: 'en/*.md'\n", 2, "pairs[0]: missing 'target'"),
    "pairs-question-mark": ("pairs:\n  - source: 'en/?.md'\n    target: 'es/?.md'\n", 3, "only * and **"),
    "missing-glossary": ("glossaries:\n  - glossary/people.yaml\n", 2, "glossaries[0]: 'glossary/people.yaml': no such file"),
    "alias-bomb": (BOMB, None, "alias bomb"),
    "recursive-alias": ("rules: &r\n  NUM001: *r\n", None, "nested more than"),
    "unsupported-language": ("source_lang: en\ntarget_lang: fr\n", 2, "unsupported language 'fr'"),
    "same-languages": ("source_lang: es\ntarget_lang: es-MX\n", 2, "source and target are both es"),
    "unknown-pack": ("extends: strict-house-style\n", 1, "unknown rule pack"),
    "bad-per-file-code": ("per-file-ignores:\n  'opinion/**': [NUM003, XYZ123]\n", 2, "unknown rule code or name 'XYZ123'"),
    "non-string-key": ("rules:\n  1001: off\n", 2, "keys must be strings"),
    "invalid-utf8": (b"source_lang: en\n# \xff\xfe\n", 2, "invalid UTF-8"),
    "two-documents": ("source_lang: en\n---\nsource_lang: es\n", 2, "invalid YAML"),
}


@pytest.mark.parametrize("text,line,message", list(BROKEN.values()), ids=list(BROKEN))
def test_broken_configuration_is_one_line_error(repo: Path, text: str | bytes, line: int | None,
                                                message: str) -> None:
    write_pair(repo)
    cfg = repo / ".bilint.yaml"
    if isinstance(text, bytes):
        cfg.write_bytes(text)
    else:
        cfg.write_text(text, encoding="utf-8")
    code, out, err = run("check", "--jobs", "1")
    assert code == 2, (out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    m = re.match(r"bilint: error: \.bilint\.yaml:(\d+): (.*)$", lines[0])
    assert m, lines[0]
    if line is not None:
        assert int(m.group(1)) == line, lines[0]
    assert message in m.group(2), lines[0]


def test_broken_configuration_with_compare_and_explicit_config(repo: Path) -> None:
    en, es = write_pair(repo)
    (repo / "house.yaml").write_text("rules:\n  NUM001: loud\n", encoding="utf-8")
    code, _, err = run("compare", str(en), str(es), "--config", "house.yaml")
    assert code == 2
    assert err.strip() == "bilint: error: house.yaml:2: rules.NUM001: bad severity 'loud': " \
        "expected off, error, warning or info"
    code, _, err = run("check", "--config", "missing.yaml")
    assert code == 2 and "missing.yaml:1: no such configuration file" in err


def test_broken_nested_configuration_does_not_stop_other_pairs(repo: Path) -> None:
    write_pair(repo, "ferry", es=wrong())
    (repo / "sport").mkdir()
    write_pair(repo / "sport", "final")
    (repo / "sport" / ".bilint.yaml").write_text("rules: {NUM001: nope}\n", encoding="utf-8")
    code, out, err = run("check", "--jobs", "1", "--format", "concise")
    assert code == 2
    assert "sport/.bilint.yaml:1: rules.NUM001: bad severity" in err
    assert "ferry.es.md" in out and "NUM001" in out


def test_rules_off_severity_and_per_file_ignores(repo: Path) -> None:
    write_pair(repo, "ferry", es=wrong())
    code, out, _ = run("check", "--format", "json", "--jobs", "1")
    assert code == 1 and codes(out) == ["NUM001"]

    (repo / ".bilint.yaml").write_text("rules:\n  number-changed: warning\n", encoding="utf-8")
    code, out, _ = run("check", "--format", "json", "--jobs", "1")
    assert code == 0, "a warning does not fail without --strict"
    assert [f["severity"] for f in json.loads(out)] == ["warning"]
    code, out, _ = run("check", "--format", "json", "--jobs", "1", "--strict")
    assert code == 1

    (repo / ".bilint.yaml").write_text("rules:\n  NUM: off\n", encoding="utf-8")
    code, out, _ = run("check", "--format", "json", "--jobs", "1")
    assert code == 0 and codes(out) == []
    # The command line is the more specific wish: --select runs a rule the file turned off.
    code, out, _ = run("check", "--format", "json", "--jobs", "1", "--select", "NUM001")
    assert code == 1 and codes(out) == ["NUM001"]

    (repo / ".bilint.yaml").write_text("per-file-ignores:\n  '*.es.md': [number-changed]\n",
                                       encoding="utf-8")
    code, out, _ = run("check", "--format", "json", "--jobs", "1")
    assert code == 0 and codes(out) == []


def test_most_specific_rule_setting_wins_whatever_the_order(repo: Path) -> None:
    write_pair(repo, "ferry", es=wrong())
    (repo / ".bilint.yaml").write_text(
        "extends: default\nrules:\n  NUM001: {severity: error}\n  NUM: off\n", encoding="utf-8")
    code, out, _ = run("check", "--format", "json", "--jobs", "1")
    assert code == 1 and codes(out) == ["NUM001"]


def test_closest_configuration_wins_without_merging(repo: Path) -> None:
    (repo / ".bilint.yaml").write_text("rules:\n  NUM001: off\n", encoding="utf-8")
    write_pair(repo, "ferry", es=wrong())
    sub = repo / "local"
    write_pair(sub, "ferry", es=wrong())
    # The nested file says nothing about NUM001: the parent's `off` does not reach it.
    (sub / ".bilint.yaml").write_text("exclude: [drafts]\n", encoding="utf-8")
    code, out, _ = run("check", "--format", "concise", "--jobs", "1")
    assert code == 1
    assert out.splitlines() == [line for line in out.splitlines() if line.startswith("local/")]
    assert len(out.splitlines()) == 1


def test_explicit_config_applies_to_every_file(repo: Path) -> None:
    write_pair(repo / "a", "ferry", es=wrong())
    (repo / "a" / ".bilint.yaml").write_text("rules:\n  NUM001: off\n", encoding="utf-8")
    (repo / "ci.yaml").write_text("rules:\n  NUM001: error\n", encoding="utf-8")
    assert run("check", "--jobs", "1")[0] == 0
    assert run("check", "--jobs", "1", "--config", "ci.yaml")[0] == 1


def test_compare_reads_the_closest_configuration(repo: Path) -> None:
    en, es = write_pair(repo, "ferry", es=wrong())
    assert run("compare", str(en), str(es))[0] == 1
    (repo / ".bilint.yaml").write_text("rules:\n  NUM001: warning\n", encoding="utf-8")
    code, out, _ = run("compare", str(en), str(es), "--format", "concise")
    assert code == 0 and "NUM001 [warning]" in out


def test_exclude_directories_and_files(repo: Path) -> None:
    write_pair(repo, "ferry")
    write_pair(repo / "drafts", "ferry", es=wrong())
    write_pair(repo / "archive" / "2019", "ferry", es=wrong())
    (repo / ".bilint.yaml").write_text("exclude:\n  - drafts\n  - 'archive/**'\n", encoding="utf-8")
    code, out, _ = run("check", "--jobs", "1", "--format", "concise")
    assert code == 0 and out == ""
    # pre-commit passes files one by one: an excluded file stays excluded.
    code, out, _ = run("check", "--format", "concise", "drafts/ferry.es.md")
    assert code == 0 and out == ""


def test_configured_languages_set_the_locale(repo: Path) -> None:
    # "48.5" is right in es-MX and the wrong decimal mark in es (Spain).
    write_pair(repo, "ferry", en=EN.replace("$48 million", "$48.5 million"),
               es=ES.replace("48 millones", "48.5 millones"))
    code, out, _ = run("check", "--jobs", "1", "--format", "concise")
    assert "FMT001" in out
    (repo / ".bilint.yaml").write_text("source_lang: en\ntarget_lang: es-MX\n", encoding="utf-8")
    code, out, _ = run("check", "--jobs", "1", "--format", "concise")
    assert code == 0 and out == "", out


def test_configured_glossary_is_used_and_validated(repo: Path) -> None:
    write_pair(repo, "ferry", es=ES.replace("Autoridad Portuaria", "Autoridad del Puerto"))
    (repo / "glossary").mkdir()
    glossary = repo / "glossary" / "port.yaml"
    glossary.write_text("terms:\n  Port Authority:\n    translations: [Autoridad Portuaria]\n"
                        "    forbid: [Autoridad del Puerto]\n", encoding="utf-8")
    assert run("check", "--jobs", "1", "--format", "concise")[1] == ""
    (repo / ".bilint.yaml").write_text("glossaries:\n  - glossary/port.yaml\n", encoding="utf-8")
    for command in (["check", "--jobs", "1"], ["compare", "ferry.en.md", "ferry.es.md"]):
        code, out, _ = run(*command, "--format", "concise")
        assert 'ferry.es.md:3:16: NAM005 [warning] "Autoridad del Puerto" is a wrong rendering of ' \
            '"Port Authority"' in out, command
    glossary.write_text("terms: [Port Authority]\n", encoding="utf-8")
    code, out, err = run("check", "--jobs", "1")
    assert code == 2
    assert err.startswith("bilint: error: .bilint.yaml:2: glossaries[0]: bad glossary: "
                          "glossary/port.yaml:1: ")


def test_glossaries_are_checked_and_accepted(repo: Path) -> None:
    write_pair(repo)
    (repo / "glossary").mkdir()
    (repo / "glossary" / "people.yaml").write_text("terms:\n  Port Authority: Autoridad Portuaria\n",
                                                   encoding="utf-8")
    (repo / ".bilint.yaml").write_text("glossaries:\n  - glossary/people.yaml\n", encoding="utf-8")
    assert run("check", "--jobs", "1")[0] == 0


def test_init_writes_a_valid_commented_starter(repo: Path) -> None:
    write_pair(repo, "ferry", es=wrong())
    code, out, _ = run("init")
    assert code == 0 and ".bilint.yaml" in out
    text = (repo / ".bilint.yaml").read_text(encoding="utf-8")
    assert text.count("\n#") > 10 and "extends: default" in text
    code, out, err = run("check", "--jobs", "1", "--format", "concise")
    assert code == 1 and err == "" and "NUM001" in out
    # It refuses to overwrite, unless told to.
    (repo / ".bilint.yaml").write_text("rules: {NUM001: off}\n", encoding="utf-8")
    code, _, err = run("init")
    assert code == 2 and "already exists; pass --force" in err
    assert "NUM001: off" in (repo / ".bilint.yaml").read_text(encoding="utf-8")
    assert run("init", "--force")[0] == 0
    assert (repo / ".bilint.yaml").read_text(encoding="utf-8") == text


def test_default_pack_lists_the_default_severities() -> None:
    import yaml

    from bilint.registry import all_rules
    from bilint.resources import rules_path

    pack = yaml.safe_load((rules_path() / "packs" / "default.yaml").read_text(encoding="utf-8"))
    rules = all_rules()
    for code, severity in pack["rules"].items():
        assert code in rules, f"{code} in the default pack is not a rule"
        assert rules[code].severity == severity, code
    for code in ("NUM001", "PAIR001", "PAIR002"):
        assert code in pack["rules"]


@pytest.mark.parametrize("given", ["news/a.en.md", "./news//a.en.md", "news/./a.en.md",
                                   "news/x/../a.en.md", "{cwd}/news/a.en.md",
                                   "../{name}/news/a.en.md", "../elsewhere/a.en.md", "/tmp"])
def test_paths_in_messages_are_relative_to_the_working_directory_when_under_it(
        repo: Path, given: str) -> None:
    import os

    from bilint.config import display_path

    path = given.format(cwd=os.getcwd(), name=repo.name)
    shown = display_path(path)
    if given == "../elsewhere/a.en.md" or given == "/tmp":
        assert shown == path  # outside: as given
    else:
        assert shown == os.path.join("news", "a.en.md")
