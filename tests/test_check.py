"""`bilint check`: finding pairs in a repository, PAIR findings, bad files, --jobs, progress."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import subprocess
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from bilint.cli import cli

from .articles import EN, ES, write_pair, wrong
from .conftest import bilint_executable


def run(*args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(cli, list(args))
    return r.exit_code, r.stdout, r.stderr


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def findings(*args: str) -> tuple[int, list[dict[str, object]], str]:
    code, out, err = run("check", "--format", "json", "--jobs", "1", *args)
    return code, json.loads(out) if out.strip() else [], err


def where(f: dict[str, object]) -> str:
    side = f["target"] or f["source"]
    assert isinstance(side, dict)
    return f"{f['code']} {side['path']}:{side['line']}"


def test_suffix_convention_clean_and_planted(repo: Path) -> None:
    write_pair(repo, "ferry")
    write_pair(repo / "news", "budget", es=wrong())
    (repo / "README.md").write_text("# Newsroom articles\n\nEnglish originals, Spanish translations.\n")
    code, found, err = findings()
    assert err == ""
    assert code == 1
    assert [where(f) for f in found] == ["NUM001 news/budget.es.md:6"]
    code, out, _ = run("check", "--jobs", "1", "news")
    assert code == 1
    assert out.startswith("news/budget.en.md (en) -> news/budget.es.md (es)\n")


def test_directory_convention(repo: Path) -> None:
    write_pair(repo / "2025" / "03", "ferry", layout="dirs")
    write_pair(repo, "port", layout="dirs", es=wrong())
    code, found, _ = findings()
    assert code == 1
    assert [where(f) for f in found] == ["NUM001 es/port.md:6"]


def test_one_file_of_a_pair_finds_the_other_and_each_pair_is_checked_once(repo: Path) -> None:
    write_pair(repo, "ferry", es=wrong())
    for args in (["ferry.es.md"], ["ferry.en.md"], ["ferry.en.md", "ferry.es.md"],
                 ["ferry.es.md", ".", "ferry.en.md"]):
        code, found, _ = findings(*args)
        assert code == 1, args
        assert [where(f) for f in found] == ["NUM001 ferry.es.md:6"], args


def test_translation_missing_is_a_warning(repo: Path) -> None:
    write_pair(repo, "ferry")
    (repo / "council.en.md").write_text(EN.replace("ferry terminal", "council chamber"), encoding="utf-8")
    (repo / "en").mkdir()
    (repo / "en" / "weather.md").write_text("Heavy rain is expected on Friday.\n", encoding="utf-8")
    code, found, _ = findings()
    assert code == 0, "a warning does not fail without --strict"
    assert [(f["code"], f["severity"], f["message"]) for f in found] == [
        ("PAIR001", "warning", '"council.en.md" has no translation: expected "council.es.md"'),
        ("PAIR001", "warning", '"en/weather.md" has no translation: expected "es/weather.md"'),
    ]
    assert findings("--strict")[0] == 1
    # PAIR findings have a source and no target: still valid JSON and SARIF.
    schemas = Path(__file__).parent / "data"
    _, out, _ = run("check", "--format", "json", "--jobs", "1")
    jsonschema.validate(json.loads(out), json.loads((schemas / "findings.schema.json").read_text()))
    _, out, _ = run("check", "--format", "sarif", "--jobs", "1")
    jsonschema.validate(json.loads(out), json.loads((schemas / "sarif-schema-2.1.0.json").read_text()))
    # A translation without its source is not reported: the source is what gets checked.
    (repo / "council.en.md").unlink()
    (repo / "orphan.es.md").write_text(ES, encoding="utf-8")
    code, found, _ = findings("--ignore", "PAIR001")
    assert code == 0 and found == []


def test_region_variants_are_paired_and_read_in_their_locale(repo: Path) -> None:
    en = EN.replace("$48 million", "$48.5 million")
    write_pair(repo, "ferry", en=en, es=ES.replace("48 millones", "48,5 millones"))
    (repo / "ferry.es-MX.md").write_text(
        ES.replace("48 millones", "48.5 millones").replace("3.500", "3,500"), encoding="utf-8")
    code, found, _ = findings()
    assert code == 0 and found == []
    code, out, _ = run("check", "--jobs", "1")
    assert "All checked" in out


def test_pairs_patterns_from_the_configuration(repo: Path) -> None:
    (repo / ".bilint.yaml").write_text(
        "source_lang: en\ntarget_lang: es\npairs:\n"
        "  - source: 'stories/**/*.md'\n    target: 'historias/**/*.md'\n",
        encoding="utf-8")
    for sub, es in (("", ES), ("2025/marzo", wrong())):
        for root, text in (("stories", EN), ("historias", es)):
            p = repo / root / sub / "ferry.md"
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(text, encoding="utf-8")
    (repo / "stories" / "lonely.md").write_text(EN, encoding="utf-8")
    # Conventions are not used once patterns are given.
    write_pair(repo, "ignored", es=wrong())
    code, found, _ = findings()
    assert [where(f) for f in found] == ["NUM001 historias/2025/marzo/ferry.md:6",
                                         "PAIR001 stories/lonely.md:1"]
    code, found, _ = findings("historias/2025/marzo/ferry.md")
    assert [where(f) for f in found] == ["NUM001 historias/2025/marzo/ferry.md:6"]


def test_two_sources_mapped_to_one_target_is_an_error(repo: Path) -> None:
    (repo / ".bilint.yaml").write_text(
        "pairs:\n  - source: 'en/*.md'\n    target: 'es/*.md'\n"
        "  - source: 'old/*'\n    target: 'es/*'\n", encoding="utf-8")
    for d, text in (("en", EN), ("old", EN), ("es", ES)):
        (repo / d).mkdir()
        (repo / d / "ferry.md").write_text(text, encoding="utf-8")
    code, out, err = run("check", "--jobs", "1")
    assert code == 2
    assert err.strip() == ("bilint: error: .bilint.yaml:4: pairs: en/ferry.md and old/ferry.md "
                           "both map to es/ferry.md; give each source its own target")


def test_bad_files_are_one_line_errors_and_other_pairs_are_checked(repo: Path) -> None:
    write_pair(repo, "ferry", es=wrong())
    en, es = write_pair(repo, "broken")
    es.write_bytes(ES.encode("utf-8").replace(b"junta", b"junta \xff"))
    write_pair(repo, "binary")
    (repo / "binary.en.md").write_bytes(b"\x00\x01PNG")
    for jobs in ("1", "2"):
        code, out, err = run("check", "--jobs", jobs, "--format", "concise", ".", "missing.en.md")
        assert code == 2
        assert "Traceback" not in err
        assert sorted(err.strip().splitlines()) == [
            "bilint: error: binary.en.md: binary file (contains NUL bytes), not text",
            "bilint: error: broken.es.md:3: invalid UTF-8 (byte 0xff at offset 72)",
            "bilint: error: missing.en.md: no such file or directory",
        ]
        assert out.startswith("ferry.es.md:6:") and "NUM001" in out


def test_no_pairs_found_is_said_on_stderr(repo: Path) -> None:
    (repo / "notes.md").write_text("# Notes\n\nNothing to translate.\n", encoding="utf-8")
    code, out, err = run("check", "--format", "concise")
    assert (code, out) == (0, "")
    assert err.startswith("bilint: warning: no article pairs found")


def test_hidden_and_tool_directories_are_not_walked(repo: Path) -> None:
    write_pair(repo / ".git" / "old", "ferry", es=wrong())
    write_pair(repo / "node_modules" / "pkg", "ferry", es=wrong())
    write_pair(repo, "ferry")
    assert findings() == (0, [], "")


def digest(root: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        if p.is_file():
            h.update(str(p).encode() + p.read_bytes() + str(p.stat().st_mtime_ns).encode())
    return h.hexdigest()


def test_check_never_writes_to_its_inputs(repo: Path) -> None:
    write_pair(repo, "ferry", es=wrong())
    (repo / "council.en.md").write_text(EN, encoding="utf-8")
    before = digest(repo)
    run("check", "--jobs", "2")
    assert digest(repo) == before


# --- git: stale translations ---

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(repo: Path, *args: str, date: str | None = None) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(GIT_AUTHOR_NAME="Editor", GIT_AUTHOR_EMAIL="editor@example.org",
               GIT_COMMITTER_NAME="Editor", GIT_COMMITTER_EMAIL="editor@example.org",
               GIT_CONFIG_GLOBAL=os.devnull, GIT_CONFIG_NOSYSTEM="1")
    if date:
        env.update(GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date)
    subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)


@needs_git
def test_stale_translation_names_both_dates(repo: Path) -> None:
    git(repo, "init", "-q", "-b", "main")
    en, es = write_pair(repo, "ferry")
    write_pair(repo, "budget")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "ferry and budget, both languages", date="2025-03-10T09:00:00+00:00")
    assert findings() == (0, [], "")
    en.write_text(EN.replace("7 to 2", "6 to 3"), encoding="utf-8")
    git(repo, "commit", "-q", "-am", "correct the vote", date="2025-03-14T16:30:00+00:00")
    code, found, _ = findings()
    assert code == 1
    assert [(f["code"], f["message"]) for f in found][0] == (
        "PAIR002", '"ferry.es.md" was last committed on 2025-03-10, before its source '
        '"ferry.en.md" changed on 2025-03-14')
    assert [f["code"] for f in found][1:] == ["NUM001", "NUM001"]
    # Translating the correction brings the pair up to date.
    es.write_text(ES.replace("7 a 2", "6 a 3"), encoding="utf-8")
    git(repo, "commit", "-q", "-am", "traducir la corrección", date="2025-03-15T08:00:00+00:00")
    assert findings() == (0, [], "")


@needs_git
def test_staleness_holds_when_a_pair_is_read_from_different_git_logs(
        repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Many files are asked of git a few hundred at a time, and a pair's two files can fall in
    # different queries: each query counts commits from its own newest, so the count alone
    # cannot order them. One file per query puts every pair across two.
    from bilint import gitdates

    monkeypatch.setattr(gitdates, "CHUNK", 1)
    monkeypatch.setattr(gitdates, "AT_ONCE", 1)  # and the second log starts only when read
    git(repo, "init", "-q", "-b", "main")
    en, es = write_pair(repo, "ferry")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "both languages", date="2025-03-10T09:00:00+00:00")
    assert findings() == (0, [], "")
    en.write_text(EN.replace("7 to 2", "6 to 3"), encoding="utf-8")
    es.write_text(ES.replace("7 a 2", "6 a 3"), encoding="utf-8")
    git(repo, "commit", "-q", "-am", "the vote, in both", date="2025-03-14T16:30:00+00:00")
    assert findings() == (0, [], "")
    en.write_text(EN.replace("7 to 2", "5 to 4"), encoding="utf-8")
    git(repo, "commit", "-q", "-am", "correct the vote again", date="2025-03-16T10:00:00+00:00")
    code, found, _ = findings()
    assert [f["code"] for f in found][0] == "PAIR002"
    assert "2025-03-14" in str(found[0]["message"]) and "2025-03-16" in str(found[0]["message"])


def test_commits_from_two_logs_are_ordered_by_time_and_a_tie_is_not_stale() -> None:
    from bilint.gitdates import Commit

    def commit(order: int, stamp: int, sha: str, log: int) -> Commit:
        return Commit(order, "2025-03-14T16:30:00+00:00", stamp, sha, log)

    # In one log, the order decides even within one second (scripted commits).
    assert commit(0, 100, "b", 0).newer_than(commit(1, 100, "a", 0))
    assert commit(1, 100, "b", 1).newer_than(commit(0, 99, "a", 0))
    assert not commit(0, 100, "b", 1).newer_than(commit(0, 100, "a", 0))
    assert not commit(0, 100, "a", 1).newer_than(commit(3, 90, "a", 0))


@needs_git
def test_uncommitted_files_and_non_repositories_have_no_staleness(repo: Path) -> None:
    write_pair(repo, "ferry")
    assert findings() == (0, [], "")
    git(repo, "init", "-q", "-b", "main")
    assert findings() == (0, [], "")


# --- jobs and progress ---


def make_many(root: Path, n: int) -> None:
    for i in range(n):
        write_pair(root / f"section{i % 3}", f"story{i}", es=wrong() if i % 4 == 0 else ES)


def test_jobs_give_the_same_report_and_piped_stderr_stays_empty(repo: Path) -> None:
    make_many(repo, 12)
    outputs = []
    for jobs in ("1", "2"):
        p = subprocess.run([*bilint_executable(), "check", "--jobs", jobs, "--format", "concise"],
                           capture_output=True, text=True, cwd=repo)
        assert p.returncode == 1
        assert p.stderr == ""
        outputs.append(p.stdout)
    assert outputs[0] == outputs[1]
    assert len(outputs[0].splitlines()) == 3


def test_jobs_must_be_positive(repo: Path) -> None:
    code, _, err = run("check", "--jobs", "0")
    assert code == 2 and "--jobs" in err


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal_after_a_second(monkeypatch: pytest.MonkeyPatch) -> None:
    from bilint import batch

    assert not batch.Progress.wanted(io.StringIO())
    monkeypatch.delenv("TERM", raising=False)
    assert batch.Progress.wanted(FakeTerminal())
    quick = FakeTerminal()
    bar = batch.Progress(3, quick)
    for _ in range(3):
        bar.step()
    bar.close()
    assert quick.getvalue() == "", "work shorter than a second shows nothing"
    slow = FakeTerminal()
    bar = batch.Progress(4, slow)
    bar.start -= 5  # as if the work had started five seconds ago
    for _ in range(4):
        bar.step()
    bar.close()
    assert "] 4/4 pairs" in slow.getvalue()
    assert slow.getvalue().endswith("\r\033[K")
