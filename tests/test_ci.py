"""docs/ci.md, run: every `bilint` command line of its GitHub Actions workflow and GitLab CI
job, as written there, on an article repository with a planted error, and the format each emits.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from bilint.report import FORMATS

from .articles import EN, ES, wrong
from .conftest import ROOT, bilint_executable

DOC = ROOT / "docs" / "ci.md"


def yaml_blocks() -> list[Any]:
    text = DOC.read_text(encoding="utf-8")
    return [yaml.safe_load(b) for b in re.findall(r"```yaml\n(.*?)```", text, re.S)]


def github_commands() -> list[str]:
    (workflow,) = [b for b in yaml_blocks() if "jobs" in b]
    steps = workflow["jobs"]["bilint"]["steps"]
    return [s["run"] for s in steps if str(s.get("run", "")).startswith("bilint ")]


def gitlab_commands() -> list[str]:
    (job,) = [b["bilint"] for b in yaml_blocks() if "bilint" in b]
    return [line for line in job["script"] if line.startswith("bilint ")]


def test_the_documented_jobs_run_bilint_check() -> None:
    assert github_commands() == [
        "bilint check --format github .",
        "bilint check --format sarif --output bilint.sarif --exit-zero .",
    ]
    assert [c.split(" --output")[0] for c in gitlab_commands()] == [
        "bilint check --format junit", "bilint check --format gitlab"]


@pytest.fixture
def newsroom(tmp_path: Path) -> Path:
    for name, text in (("ferry.en.md", EN), ("ferry.es.md", wrong()), ("budget.en.md", EN),
                       ("budget.es.md", ES)):
        p = tmp_path / "news" / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    return tmp_path


def run_line(line: str, cwd: Path, ci_env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    argv = shlex.split(line)
    assert argv[0] == "bilint"
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "GITLAB_CI")}
    env.update(ci_env)
    return subprocess.run([*bilint_executable(), *argv[1:]], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


def emitted(p: subprocess.CompletedProcess[str], line: str, cwd: Path) -> str:
    argv = shlex.split(line)
    if "--output" in argv:
        assert p.stdout == ""
        return (cwd / argv[argv.index("--output") + 1]).read_text(encoding="utf-8")
    return p.stdout


def check_github(text: str) -> None:
    lines = [x for x in text.splitlines() if x.startswith("::")]
    assert lines, text
    m = re.fullmatch(r"::error file=news/ferry\.es\.md,line=6,col=28,endLine=6,endColumn=33,"
                     r"title=NUM001 number-changed::(.*)", lines[0])
    assert m, lines[0]
    assert "3,500" in m.group(1) and "5.300" in m.group(1)


def check_sarif(text: str) -> None:
    log = json.loads(text)
    assert log["version"] == "2.1.0"
    results = log["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == ["NUM001"]
    loc = results[0]["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"].endswith("news/ferry.es.md")
    assert loc["region"]["startLine"] == 6


def check_gitlab(text: str) -> None:
    issues = json.loads(text)
    assert [i["check_name"] for i in issues] == ["NUM001"]
    issue = issues[0]
    assert issue["location"]["path"] == "news/ferry.es.md"
    assert issue["location"]["lines"]["begin"] == 6
    assert issue["severity"] in ("major", "critical", "blocker")
    assert issue["fingerprint"] and issue["description"]


def check_junit(text: str) -> None:
    root = ET.fromstring(text)
    suites = root.findall("testsuite") if root.tag == "testsuites" else [root]
    failures = [f for s in suites for f in s.iter("failure")]
    assert len(failures) == 1
    assert "NUM001" in (failures[0].get("message", "") + (failures[0].text or ""))
    names = [c.get("name") for s in suites for c in s.iter("testcase")]
    assert len(names) == len(set(names))


CHECKS: dict[str, Callable[[str], None]] = {
    "github": check_github, "sarif": check_sarif, "gitlab": check_gitlab, "junit": check_junit,
}
JOBS = [("github", line, {"GITHUB_ACTIONS": "true"}) for line in github_commands()] + [
    ("gitlab", line, {"GITLAB_CI": "true"}) for line in gitlab_commands()]


@pytest.mark.parametrize("ci,line,ci_env", JOBS, ids=[f"{c}: {line}" for c, line, _ in JOBS])
def test_documented_command_line_emits_its_format(newsroom: Path, ci: str, line: str,
                                                  ci_env: dict[str, str]) -> None:
    argv = shlex.split(line)
    fmt = argv[argv.index("--format") + 1]
    if fmt not in FORMATS:
        pytest.skip(f"--format {fmt} is not implemented yet")
    p = run_line(line, newsroom, ci_env)
    assert "Traceback" not in p.stderr
    assert p.returncode == (0 if "--exit-zero" in argv else 1), p.stderr
    CHECKS[fmt](emitted(p, line, newsroom))


def test_github_actions_annotates_by_default(newsroom: Path) -> None:
    if "github" not in FORMATS:
        pytest.skip("--format github is not implemented yet")
    p = run_line("bilint check .", newsroom, {"GITHUB_ACTIONS": "true"})
    assert p.returncode == 1
    check_github(p.stdout)
