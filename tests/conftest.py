from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The tests (and the bilint processes they start) use a cache of their own: never the
    user's, and one that starts empty, as on a fresh machine."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BILINT_CACHE_DIR", str(tmp_path_factory.mktemp("bilint-cache")))
        mp.delenv("BILINT_NO_CACHE", raising=False)
        yield


@pytest.fixture
def write(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Write a file under tmp_path and return its path as a string."""

    def _write(name: str, text: str) -> str:
        p = tmp_path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
        return str(p)

    return _write


def bilint_executable() -> list[str]:
    exe = shutil.which("bilint", path=os.path.dirname(sys.executable))
    return [exe] if exe else [sys.executable, "-m", "bilint"]
