"""docs/rules.md is generated from the rule registry and must not go stale."""

from __future__ import annotations

from bilint import docs
from bilint.registry import all_rules

from .conftest import ROOT


def test_rules_md_is_current() -> None:
    path = ROOT / "docs" / "rules.md"
    current = path.read_text(encoding="utf-8") if path.exists() else ""
    assert current == docs.markdown(), (
        f"docs/rules.md is stale: regenerate it with `{docs.REGENERATE}` and commit it")


def test_every_rule_is_documented_with_its_sections() -> None:
    text = docs.markdown()
    for r in all_rules().values():
        section = text.split(f"\n## {r.code} {r.name}\n", 1)[1].split("\n## ", 1)[0]
        for heading in ("### What it does", "### Why is this bad?", "### Example", "### Options"):
            assert heading in section, (r.code, heading)
        assert r.what in section and r.why in section


def test_check_mode_reports_a_stale_file(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "rules.md"
    assert docs.main([str(path), "--check"]) == 1
    assert "python -m bilint.docs" in capsys.readouterr().err
    assert docs.main([str(path)]) == 0
    assert docs.main([str(path), "--check"]) == 0


def test_docs_help_writes_nothing(tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from bilint import docs

    monkeypatch.chdir(tmp_path)
    assert docs.main(["--help"]) == 0
    assert docs.main(["--bogus"]) == 2
    assert list(tmp_path.iterdir()) == []
    assert "usage:" in capsys.readouterr().err
