"""Where bilint's data files live, installed or in a source checkout."""

from __future__ import annotations

from pathlib import Path


def rules_path() -> Path:
    """The `rules/` directory: shipped inside the wheel as `bilint/rules`, and at the top of
    the repository when running from a checkout."""
    packaged = Path(__file__).parent / "rules"
    if packaged.is_dir():
        return packaged
    return Path(__file__).parents[2] / "rules"
