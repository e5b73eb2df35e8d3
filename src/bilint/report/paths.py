"""Paths as CI systems want them: relative to the working directory (the repository root in
CI), with forward slashes."""

from __future__ import annotations

import os


def relative(path: str, cwd: str | None = None) -> str:
    base = os.path.abspath(cwd or os.getcwd())
    full = os.path.abspath(path)
    try:
        rel = os.path.relpath(full, base)
    except ValueError:  # another drive on Windows
        return full.replace(os.sep, "/")
    if rel.startswith(".."):
        return full.replace(os.sep, "/")
    return rel.replace(os.sep, "/")
