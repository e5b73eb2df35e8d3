"""The CI formats, field by field: json-lines, SARIF 2.1.0 (validated against the official
schema), GitHub workflow commands, GitLab Code Quality, JUnit XML."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from bilint.cli import cli
from bilint.pipeline import check, load_pair
from bilint.registry import all_rules
from bilint.report import render
from bilint.report.github import escape_data, escape_property

from .conftest import ROOT

SARIF_SCHEMA = ROOT / "tests" / "data" / "sarif-schema-2.1.0.json"

EN = """# Harbor bridge reopens

Officials said 238 workers rebuilt the bridge in 14 months.

About 12 of them were injured, and 3 were taken to hospital.

The bridge carries 20,000 cars a day.
"""
# Three planted problems: a changed count (error), a dropped number (warning), and an unused
# suppression (info, when selected).
ES = """# Reabre el puente del puerto

Las autoridades dijeron que 283 trabajadores reconstruyeron el puente en 14 meses.

Unos 12 resultaron heridos, y fueron llevados al hospital.

<!-- bilint disable-next-line NUM003 -->
El puente soporta 20.000 coches al día.
"""


@pytest.fixture
def pair(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:
    monkeypatch.chdir(tmp_path)  # relative paths, as CI passes them
    (tmp_path / "news").mkdir()
    Path("news/bridge.en.md").write_text(EN, encoding="utf-8")
    Path("news/bridge.es.md").write_text(ES, encoding="utf-8")
    return "news/bridge.en.md", "news/bridge.es.md"


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    r = CliRunner(env=env).invoke(cli, ["compare", *args, "--select", "ALL"])
    assert r.stderr == ""
    return r.exit_code, r.stdout


def test_json_lines_are_the_json_findings(pair: tuple[str, str]) -> None:
    _, whole = run(*pair, "--format", "json")
    code, lines = run(*pair, "--format", "json-lines")
    assert code == 1
    assert [json.loads(line) for line in lines.splitlines()] == json.loads(whole)
    assert len(lines.splitlines()) == 3


def test_sarif_validates_against_the_official_schema(pair: tuple[str, str]) -> None:
    code, out = run(*pair, "--format", "sarif")
    assert code == 1
    log = json.loads(out)
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    errors = list(jsonschema.Draft4Validator(schema).iter_errors(log))
    assert errors == []
    assert log["version"] == "2.1.0"


def test_sarif_fields(pair: tuple[str, str]) -> None:
    _, out = run(*pair, "--format", "sarif")
    _, as_json = run(*pair, "--format", "json")
    run_ = json.loads(out)["runs"][0]
    driver = run_["tool"]["driver"]
    rules = all_rules()
    # Every rule, with the documentation `bilint rule CODE` prints.
    assert [r["id"] for r in driver["rules"]] == sorted(rules)
    for entry in driver["rules"]:
        rule = rules[entry["id"]]
        assert entry["name"] == rule.name
        assert entry["shortDescription"]["text"] == rule.summary
        assert entry["fullDescription"]["text"] == rule.what
        assert entry["help"]["markdown"] == rule.doc()
        assert entry["defaultConfiguration"]["level"] == {"error": "error", "warning": "warning",
                                                          "info": "note"}[rule.severity]
    assert run_["columnKind"] == "unicodeCodePoints"
    assert run_["originalUriBaseIds"]["%SRCROOT%"]["uri"].startswith("file:///")

    findings = {f["code"]: f for f in json.loads(as_json)}
    results = {r["ruleId"]: r for r in run_["results"]}
    assert set(results) == {"NUM001", "NUM002", "SUP001"}
    changed = results["NUM001"]
    assert changed["level"] == "error"
    assert driver["rules"][changed["ruleIndex"]]["id"] == "NUM001"
    assert changed["message"]["text"] == findings["NUM001"]["message"]
    assert changed["partialFingerprints"] == {"bilint/v1": findings["NUM001"]["fingerprint"]}
    (loc,) = changed["locations"]
    assert loc["physicalLocation"]["artifactLocation"] == {"uri": "news/bridge.es.md", "uriBaseId": "%SRCROOT%"}
    assert loc["physicalLocation"]["region"] == {
        "startLine": 3, "startColumn": 29, "endLine": 3, "endColumn": 32, "snippet": {"text": "283"}}
    (related,) = changed["relatedLocations"]
    assert related["physicalLocation"]["artifactLocation"]["uri"] == "news/bridge.en.md"
    assert related["physicalLocation"]["region"]["startColumn"] == 16
    assert related["message"]["text"] == 'source (en): "238"'
    # A finding with one side has no related location; info is SARIF's "note".
    assert results["NUM002"]["level"] == "warning" and "relatedLocations" not in results["NUM002"]
    assert results["NUM002"]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "news/bridge.en.md"
    assert results["SUP001"]["level"] == "note"


def test_github_annotations(pair: tuple[str, str]) -> None:
    code, out = run(*pair, "--format", "github")
    assert code == 1
    lines = out.splitlines()
    assert len(lines) == 3
    changed = next(line for line in lines if "title=NUM001 " in line)
    head, message = changed[2:].split("::", 1)
    level, props = head.split(" ", 1)
    fields = dict(p.split("=", 1) for p in props.split(","))
    assert level == "error"
    assert fields == {"file": "news/bridge.es.md", "line": "3", "col": "29", "endLine": "3",
                      "endColumn": "32", "title": "NUM001 number-changed"}
    assert message == '"238" (238) became "283" (283) (source: news/bridge.en.md:3:16)'
    missing = next(line for line in lines if "title=NUM002 " in line)
    assert missing.startswith("::warning file=news/bridge.en.md,line=5,col=")
    assert next(line for line in lines if "title=SUP001 " in line).startswith("::notice ")


def test_github_escaping() -> None:
    assert escape_data("50% of 3\r\nlines: a, b") == "50%25 of 3%0D%0Alines: a, b"
    assert escape_property("dir:a,b/100%.md\n") == "dir%3Aa%2Cb/100%25.md%0A"


def test_github_escaping_in_an_annotation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a, b: 50%.en.md").write_text("The vote was 238 to 12.\n")
    Path("a, b: 50%.es.md").write_text("La votación fue de 283 a 12.\n")
    _, out = run("a, b: 50%.en.md", "a, b: 50%.es.md", "--format", "github")
    assert out.startswith("::error file=a%2C b%3A 50%25.es.md,line=1,")
    assert "(source: a, b: 50%25.en.md:1:14)" in out


def test_github_is_the_default_under_github_actions(pair: tuple[str, str]) -> None:
    _, out = run(*pair, env={"GITHUB_ACTIONS": "true"})
    assert out.startswith("::")
    _, out = run(*pair, "--format", "concise", env={"GITHUB_ACTIONS": "true"})
    assert out.startswith("news/")
    _, out = run(*pair, env={"GITHUB_ACTIONS": "false"})
    assert "Found 3 findings" in out


def test_gitlab_code_quality(pair: tuple[str, str]) -> None:
    _, out = run(*pair, "--format", "gitlab")
    _, as_json = run(*pair, "--format", "json")
    issues = json.loads(out)
    fingerprints = [f["fingerprint"] for f in json.loads(as_json)]
    assert [i["fingerprint"] for i in issues] == fingerprints
    assert len(set(fingerprints)) == 3
    by_code = {i["check_name"]: i for i in issues}
    assert by_code["NUM001"] == {
        "description": 'NUM001 "238" (238) became "283" (283)',
        "check_name": "NUM001",
        "fingerprint": by_code["NUM001"]["fingerprint"],
        "severity": "major",
        "location": {"path": "news/bridge.es.md", "lines": {"begin": 3, "end": 3}},
    }
    assert by_code["NUM002"]["severity"] == "minor"
    assert by_code["NUM002"]["location"]["path"] == "news/bridge.en.md"
    assert by_code["SUP001"]["severity"] == "info"
    for i in issues:
        assert set(i) == {"description", "check_name", "fingerprint", "severity", "location"}
        assert i["severity"] in {"info", "minor", "major", "critical", "blocker"}


def test_junit_one_suite_per_pair_unique_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.en.md").write_text(EN)
    # Two unknown codes in one directive: two findings at the same place, names still unique.
    Path("a.es.md").write_text(ES.replace("NUM003", "NUM998 NUM999"))
    Path("b.en.md").write_text(EN)
    Path("b.es.md").write_text(ES.replace("283", "238").replace("y fueron", "y 3 fueron"))
    results = [check(*load_pair("a.en.md", "a.es.md")), check(*load_pair("b.en.md", "b.es.md"))]
    from bilint.filters import run_filters, selection, suppressions

    results = run_filters(results, [suppressions, selection(None, frozenset())])
    root = ET.fromstring(render("junit", results))
    assert root.tag == "testsuites" and root.get("name") == "bilint"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == ["a.en.md -> a.es.md", "b.en.md -> b.es.md"]
    a, b = suites
    names = [c.get("name") for c in a.findall("testcase")]
    assert len(names) == len(set(names)) == 4
    assert "SUP002 a.es.md:7:1" in names and "SUP002 a.es.md:7:1 (2)" in names
    assert (a.get("tests"), a.get("failures"), a.get("errors")) == ("4", "4", "0")
    case = next(c for c in a.findall("testcase") if c.get("name", "").startswith("NUM001"))
    assert (case.get("classname"), case.get("file"), case.get("line")) == ("bilint.NUM001", "a.es.md", "3")
    failure = case.find("failure")
    assert failure is not None
    assert failure.get("message") == '"238" (238) became "283" (283)' and failure.get("type") == "error"
    assert 'source: a.en.md:3:16 (en) "238"' in (failure.text or "")
    # A clean pair is one passing testcase.
    (ok,) = b.findall("testcase")
    assert ok.get("name") == "no findings" and ok.find("failure") is None
    assert (b.get("tests"), b.get("failures")) == ("1", "0")
    assert (root.get("tests"), root.get("failures")) == ("5", "4")
