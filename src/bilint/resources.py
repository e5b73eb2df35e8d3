"""Where bilint's data files live, installed or in a source checkout."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def rules_path() -> Path:
    """The `rules/` directory: shipped inside the wheel as `bilint/rules`, and at the top of
    the repository when running from a checkout."""
    packaged = Path(__file__).parent / "rules"
    if packaged.is_dir():
        return packaged
    return Path(__file__).parents[2] / "rules"


def load_lexicon(name: str) -> Any:
    """The YAML file `rules/lexicon/NAME` (PyYAML imported here, on first use: it costs
    start-up time), read with the C loader where PyYAML has it."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(rules_path() / "lexicon" / name, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=loader)
