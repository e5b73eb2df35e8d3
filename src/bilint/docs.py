"""docs/rules.md, generated from the rule registry: `python -m bilint.docs` writes it,
`python -m bilint.docs --check` exits 1 when the file is stale."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from .registry import Rule, all_rules

REGENERATE = "python -m bilint.docs"
DEFAULT_PATH = Path(__file__).resolve().parents[2] / "docs" / "rules.md"


def _escape_cell(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ")


def _section(r: Rule) -> str:
    return (f"## {r.code} {r.name}\n\nDefault severity: **{r.severity}**. {r.summary}\n\n"
            f"### What it does\n\n{r.what}\n\n### Why is this bad?\n\n{r.why}\n\n"
            f"### Example\n\n{r.example}\n\n### Options\n\n{r.options}\n")


def markdown(rules: Sequence[Rule] | None = None) -> str:
    chosen = sorted(rules if rules is not None else all_rules().values(), key=lambda r: r.code)
    head = [
        "# bilint rules",
        "",
        f"<!-- Generated from the rule registry by `{REGENERATE}`; do not edit by hand. -->",
        "",
        "Every rule has a code and a name; `--select`, `--ignore`, the configuration and inline "
        "directives accept either, or a family prefix (`NUM`). Info-level rules run only when "
        "selected. `bilint rule CODE` prints the same text.",
        "",
        "| code | name | default severity | summary |",
        "|---|---|---|---|",
    ]
    head += [f"| [{r.code}](#{r.code.lower()}-{r.name}) | {r.name} | {r.severity} | "
             f"{_escape_cell(r.summary)} |" for r in chosen]
    return "\n".join(head) + "\n\n" + "\n".join(_section(r) for r in chosen)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if any(a in ("-h", "--help") for a in args) or any(
            a.startswith("-") and a != "--check" for a in args):
        print(f"usage: python -m bilint.docs [--check] [PATH]  (default {DEFAULT_PATH})",
              file=sys.stderr)
        return 0 if any(a in ("-h", "--help") for a in args) else 2
    check = "--check" in args
    paths = [a for a in args if a != "--check"]
    path = Path(paths[0]) if paths else DEFAULT_PATH
    text = markdown()
    if check:
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current != text:
            print(f"{path} is stale: regenerate it with `{REGENERATE}`", file=sys.stderr)
            return 1
        return 0
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path} ({len(all_rules())} rules)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
