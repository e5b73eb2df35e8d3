"""bilint as a pre-commit hook, for real: a temporary article repository whose
.pre-commit-config.yaml points at this project, a commit attempt that fails on a planted error
and passes once the translation is fixed.

pre-commit installs the hook from a git revision, not from a working tree, so the test points
it at a snapshot of this project's files as they are now (tracked and new, as `git ls-files`
lists them), committed in a scratch repository: what CI checks out and what a developer is
editing behave alike. The hook's environment is built once and used for both runs.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .articles import EN, ES, wrong
from .conftest import ROOT

pytestmark = [
    pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed"),
    pytest.mark.skipif(importlib.util.find_spec("pre_commit") is None, reason="pre-commit is not installed (pip install '.[test]')"),
]


def _env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    env.update(GIT_AUTHOR_NAME="Editor", GIT_AUTHOR_EMAIL="editor@example.org",
               GIT_COMMITTER_NAME="Editor", GIT_COMMITTER_EMAIL="editor@example.org",
               GIT_CONFIG_GLOBAL=os.devnull, GIT_CONFIG_NOSYSTEM="1",
               PRE_COMMIT_HOME=str(tmp / "pre-commit-home"))
    return env


def _git(cwd: Path, env: dict[str, str], *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True,
                          text=True).stdout


def _snapshot(tmp: Path, env: dict[str, str]) -> tuple[Path, str]:
    """This project's current files committed in a scratch repository: (path, sha)."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=ROOT, env=env, capture_output=True, check=False)
    if listed.returncode != 0:
        pytest.skip("the project is not a git checkout")
    snap = tmp / "bilint-snapshot"
    for name in filter(None, listed.stdout.decode().split("\0")):
        src = ROOT / name
        if src.is_file():
            dst = snap / name
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dst)
    _git(snap, env, "init", "-q")
    _git(snap, env, "add", "-A")
    _git(snap, env, "commit", "-q", "-m", "snapshot")
    return snap, _git(snap, env, "rev-parse", "HEAD").strip()


def _pre_commit(repo: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pre_commit", *args], cwd=repo, env=env,
                          capture_output=True, text=True, timeout=900)


def test_hook_fails_on_a_planted_error_and_passes_once_fixed(tmp_path: Path) -> None:
    env = _env(tmp_path)
    project, rev = _snapshot(tmp_path, env)
    repo = tmp_path / "newsroom"
    (repo / "news").mkdir(parents=True)
    _git(repo, env, "init", "-q")
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {project}\n    rev: {rev}\n    hooks:\n      - id: bilint\n",
        encoding="utf-8")
    (repo / "news" / "ferry.en.md").write_text(EN, encoding="utf-8")
    (repo / "news" / "ferry.es.md").write_text(wrong(), encoding="utf-8")
    (repo / "tools.py").write_text("print('not an article')\n", encoding="utf-8")
    _git(repo, env, "add", ".")

    # Only the translation changed: bilint finds its source on disk.
    failed = _pre_commit(repo, env, "run", "--files", "news/ferry.es.md", "tools.py")
    if failed.returncode == 3 and "Installing environment" in failed.stdout:
        pytest.skip("pre-commit could not build the hook's environment (no package index?):\n"
                    + failed.stdout[-1500:])
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "bilint (bilingual fact check)" in failed.stdout and "Failed" in failed.stdout
    assert 'NUM001 [error] "3,500" (3,500) became "5.300" (5,300)' in failed.stdout
    assert "news/ferry.es.md:6:28" in failed.stdout

    (repo / "news" / "ferry.es.md").write_text(ES, encoding="utf-8")
    _git(repo, env, "add", ".")
    passed = _pre_commit(repo, env, "run", "--files", "news/ferry.es.md", "tools.py")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout

    # And as a git hook on a real commit.
    _pre_commit(repo, env, "install")
    (repo / "news" / "ferry.es.md").write_text(wrong(), encoding="utf-8")
    _git(repo, env, "add", ".")
    commit = subprocess.run(["git", "commit", "-q", "-m", "traducción"], cwd=repo, env=env,
                            capture_output=True, text=True)
    assert commit.returncode != 0 and "NUM001" in commit.stdout + commit.stderr
    (repo / "news" / "ferry.es.md").write_text(ES, encoding="utf-8")
    _git(repo, env, "add", ".")
    _git(repo, env, "commit", "-q", "-m", "traducción corregida")
