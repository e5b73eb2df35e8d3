"""Rules: codes, names, default severities and their documentation, as ruff documents its rules."""

from __future__ import annotations

from dataclasses import dataclass

from .model import Severity


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: Severity
    summary: str
    what: str
    why: str
    example: str
    options: str = "None."

    @property
    def family(self) -> str:
        return self.code.rstrip("0123456789")

    def doc(self) -> str:
        return (
            f"# {self.name} ({self.code})\n\nDefault severity: {self.severity}\n\n"
            f"## What it does\n{self.what}\n\n## Why is this bad?\n{self.why}\n\n"
            f"## Example\n{self.example}\n\n## Options\n{self.options}\n"
        )


RULES: dict[str, Rule] = {}


def rule(code: str, name: str, severity: Severity, summary: str, *, what: str, why: str,
         example: str, options: str = "None.") -> Rule:
    """Define and register a rule; families call this at import time."""
    r = Rule(code, name, severity, summary, what, why, example, options)
    if code in RULES or any(x.name == name for x in RULES.values()):
        raise ValueError(f"rule {code} {name} defined twice")
    RULES[code] = r
    return r


def all_rules() -> dict[str, Rule]:
    from . import judge  # noqa: F401  (importing the families registers their rules)

    return RULES


def lookup(code_or_name: str) -> Rule | None:
    rules = all_rules()
    key = code_or_name.strip()
    if key.upper() in rules:
        return rules[key.upper()]
    for r in rules.values():
        if r.name == key.lower():
            return r
    return None


def select(selectors: list[str]) -> set[str]:
    """Codes named by selectors: a code, a name, a family prefix ("NUM") or "ALL"."""
    rules = all_rules()
    out: set[str] = set()
    for sel in selectors:
        s = sel.strip()
        if not s:
            continue
        if s.upper() == "ALL":
            out |= set(rules)
            continue
        r = lookup(s)
        if r:
            out.add(r.code)
            continue
        matched = {c for c in rules if c.startswith(s.upper())}
        if not matched:
            raise KeyError(s)
        out |= matched
    return out
