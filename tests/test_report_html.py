"""The editors' HTML report as a file: what it contains, and that inputs cannot inject markup.

What the page does in a browser is tested in test_report_browser.py.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections import Counter
from html.parser import HTMLParser
from importlib.resources import files
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from bilint.cli import cli
from bilint.pipeline import check, load_pair
from bilint.report import render

from .conftest import EXAMPLES

EN_PATH = str(EXAMPLES / "harbor-bridge.en.md")
ES_ERRORS = str(EXAMPLES / "harbor-bridge-errors.es.md")

HOSTILE = '<script>window.pwned = 1</script> <img src=x onerror="window.pwned = 2">'

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}


class Tags(HTMLParser):
    """Every element, and a check that the markup is balanced."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(page: str) -> Tags:
    t = Tags()
    t.feed(page)
    t.close()
    assert not t.errors, t.errors[:5]
    assert t.stack == [], t.stack
    return t


def report(*args: str) -> tuple[int, str]:
    r = CliRunner().invoke(cli, ["compare", *args, "--format", "html"])
    return r.exit_code, r.stdout


def findings_json(*args: str) -> list[dict[str, Any]]:
    r = CliRunner().invoke(cli, ["compare", *args, "--format", "json"])
    return list(json.loads(r.stdout))


def marks(t: Tags) -> dict[str, dict[str, str | None]]:
    return {str(a["id"]): a for tag, a in t.elements if tag == "mark" and a.get("id")}


def test_examples_report_is_one_self_contained_page() -> None:
    code, page = report(EN_PATH, ES_ERRORS)
    assert code == 1
    t = parse(page)
    assert page.startswith("<!DOCTYPE html>")
    tags = {tag for tag, _ in t.elements}
    # Nothing is fetched: no external script, stylesheet, image, font or frame.
    assert not tags & {"link", "img", "iframe", "object", "embed"}
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    csp = next(a["content"] for tag, a in t.elements if tag == "meta" and a.get("http-equiv"))
    assert csp is not None and "default-src 'none'" in csp
    # The one script is ours, allowed by its hash.
    script = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(script) == 1 and page.count("<script") == 1
    digest = base64.b64encode(hashlib.sha256(script[0].encode()).digest()).decode()
    assert f"'sha256-{digest}'" in csp


def test_header_names_files_languages_and_counts() -> None:
    _, page = report(EN_PATH, ES_ERRORS)
    header = page[page.index('<header'):page.index("</header>")]
    assert "harbor-bridge.en.md" in header and "harbor-bridge-errors.es.md" in header
    assert "(en)" in header and "(es)" in header
    text = re.sub(r"<[^>]+>", "", header)
    n = Counter(f["severity"] for f in findings_json(EN_PATH, ES_ERRORS))
    assert n["error"] >= 3
    assert f"✖ {n['error']} errors" in text
    assert f"▲ {n['warning']} warning{'' if n['warning'] == 1 else 's'}" in text
    assert f"ℹ {n['info']} info" in text


def test_planted_errors_are_marked_and_paired() -> None:
    _, page = report(EN_PATH, ES_ERRORS)
    t = parse(page)
    m = marks(t)
    text_of = _mark_texts(page)
    changed = {text_of[i] for i, a in m.items() if "changed" in str(a["class"]).split()
               and "sev-error" in str(a["class"]).split()}
    assert {"31,000", "13.000", "26", "16", "nine", "ocho"} <= changed
    for f in findings_json(EN_PATH, ES_ERRORS):
        if f["severity"] == "error" and f["source"] and f["target"]:
            assert {f["source"]["text"], f["target"]["text"]} <= changed, f["message"]
    # Linked pairs: "31,000" points at "13.000" and back.
    src = next(i for i in m if text_of[i] == "31,000")
    tgt = m[src]["data-p"]
    assert tgt is not None and text_of[tgt] == "13.000" and m[tgt]["data-p"] == src
    # Agreeing facts are marked quietly, and paired too.
    ok = [i for i, a in m.items() if str(a["class"]).startswith("ok")]
    assert len(ok) >= 30 and all(m[i]["data-p"] for i in ok)
    # Every fact can take keyboard focus.
    assert all(a.get("tabindex") == "0" for a in m.values())


def test_findings_list_links_to_paragraphs() -> None:
    _, page = report(EN_PATH, ES_ERRORS)
    t = parse(page)
    expected = findings_json(EN_PATH, ES_ERRORS)
    rows = {a["id"] for tag, a in t.elements if tag == "div" and "row" in str(a.get("class")).split()}
    items = [a for tag, a in t.elements if tag == "li" and "fi" in str(a.get("class")).split()]
    assert [i["data-sev"] for i in items] == [f["severity"] for f in expected]
    hrefs = re.findall(r'<li id="f\d+"[^>]*><a href="#(r\d+)"', page)
    assert len(hrefs) == len(items) and set(hrefs) <= rows
    for f in expected:  # every message, escaped, and both values with it
        assert _esc(f["message"]) in page, f["message"]


def test_hostile_input_is_escaped(write) -> None:  # type: ignore[no-untyped-def]
    en = write("x<i>y.en.md", f"Officials said {HOSTILE} 238 people arrived.\n\n"
               f"A dropped paragraph \"><svg onload=alert(1)> with 5 people.\n")
    es = write("x.es.md", f"Funcionarios dijeron que {HOSTILE} llegaron 328 personas.\n")
    code, page = report(en, es, "--exit-zero")
    assert code == 0
    t = parse(page)
    assert page.count("<script") == 1
    assert not {tag for tag, _ in t.elements} & {"img", "svg", "i"}
    assert all(not k.startswith("on") for _, a in t.elements for k in a)
    text = "".join(t.text)
    assert HOSTILE in text and "x<i>y.en.md" in text
    assert '"><svg onload=alert(1)>' in text


def test_unaligned_paragraph_stands_alone(write) -> None:  # type: ignore[no-untyped-def]
    en = write("a.en.md", "The mayor said 12 bridges need repair.\n\n"
               "Ten years ago the city spent 4 million dollars on roads and 7 parks.\n\n"
               "The council meets on Monday with 30 members.\n")
    es = write("a.es.md", "La alcaldesa dijo que 12 puentes necesitan reparación.\n\n"
               "El concejo se reúne el lunes con 30 miembros.\n")
    _, page = report(en, es, "--exit-zero")
    row = re.search(r'<div class="row alone alone-source[^"]*"[^>]*>.*?</div>\n', page)
    assert row is not None
    assert "only in the source" in row.group() and "no counterpart in the translation" in row.group()
    assert "Ten years ago" in re.sub(r"<[^>]+>", "", row.group())


def test_several_pairs_have_distinct_ids(write) -> None:  # type: ignore[no-untyped-def]
    a = load_pair(EN_PATH, ES_ERRORS)
    b = load_pair(write("b.en.md", "It cost 5 dollars.\n"), write("b.es.md", "Costó 6 dólares.\n"))
    page = render("html", [check(*a), check(*b)])
    ids = re.findall(r'\sid="([^"]+)"', page)
    assert len(ids) == len(set(ids))
    assert "b.en.md" in page and "harbor-bridge.en.md" in page


def test_report_command_writes_html(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    r = CliRunner().invoke(cli, ["report", EN_PATH, ES_ERRORS, "-o", str(out)])
    assert r.exit_code == 1, r.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "NUM001" in page
    r = CliRunner().invoke(cli, ["report", EN_PATH, ES_ERRORS, "--format", "concise"])
    assert r.stdout.count("NUM001") == 3 and not r.stdout.startswith("<")


def test_report_of_one_combined_file(write) -> None:  # type: ignore[no-untyped-def]
    both = write("both.txt", Path(EN_PATH).read_text(encoding="utf-8").split("---", 2)[2]
                 + "\n\n" + Path(ES_ERRORS).read_text(encoding="utf-8").split("---", 2)[2])
    r = CliRunner().invoke(cli, ["report", both, "--exit-zero"])
    assert r.exit_code == 0
    assert "31,000" in r.stdout and "13.000" in r.stdout and 'class="changed' in r.stdout


def test_assets_ship_with_the_package() -> None:
    assets = files("bilint.report") / "html_assets"
    assert "function" in (assets / "report.js").read_text(encoding="utf-8")
    assert "@media print" in (assets / "report.css").read_text(encoding="utf-8")


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _mark_texts(page: str) -> dict[str, str]:
    import html

    return {m.group(1): html.unescape(m.group(2))
            for m in re.finditer(r'<mark [^>]*id="([^"]+)"[^>]*>(.*?)</mark>', page)}
