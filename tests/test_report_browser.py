"""The editors' report in a real browser: headless Chromium opens the report of examples/.

Skipped when Chromium, chromedriver or selenium is missing (a user's machine); CI installs
Chromium and sets BILINT_BROWSER_TESTS=required, so that a browser that cannot start fails there.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from bilint.cli import cli

from .chromium import browser
from .conftest import EXAMPLES

pytestmark = pytest.mark.browser

EN = str(EXAMPLES / "harbor-bridge.en.md")
ES_ERRORS = str(EXAMPLES / "harbor-bridge-errors.es.md")


@pytest.fixture(scope="module")
def driver() -> Iterator[Any]:
    d, profile = browser(1280, 640)
    if d is None:
        if os.environ.get("BILINT_BROWSER_TESTS") == "required":
            pytest.fail(f"browser tests are required here: {profile}")
        pytest.skip(profile)
    try:
        yield d
    finally:
        d.quit()
        shutil.rmtree(profile, ignore_errors=True)


def write_report(directory: Path, name: str, *args: str) -> Path:
    out = directory / name
    r = CliRunner().invoke(cli, ["report", *args, "-o", str(out), "--exit-zero"])
    assert r.exit_code == 0, r.output
    return out


@pytest.fixture(scope="module")
def examples(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_report(tmp_path_factory.mktemp("report"), "examples.html", EN, ES_ERRORS)


def findings(*args: str) -> list[dict[str, Any]]:
    r = CliRunner().invoke(cli, ["compare", *args, "--format", "json"])
    return list(json.loads(r.stdout))


def load(d: Any, page: Path) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    d.get("about:blank")
    d.get(page.as_uri())
    WebDriverWait(d, 15).until(lambda d: d.execute_script("return document.body.dataset.ready"))


def js(d: Any, script: str, *args: Any) -> Any:
    return d.execute_script(script, *args)


def style(d: Any, el: Any, prop: str, pseudo: str | None = None) -> str:
    return str(js(d, "return getComputedStyle(arguments[0], arguments[2]).getPropertyValue(arguments[1])",
                  el, prop, pseudo))


def in_view(d: Any, el: Any) -> bool:
    return bool(js(d, "var r = arguments[0].getBoundingClientRect();"
                      "return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0", el))


def marks_with_text(d: Any, text: str) -> list[Any]:
    return list(js(d, "var t = arguments[0]; return Array.from(document.querySelectorAll('mark[id]'))"
                      ".filter(function (m) { return m.textContent === t; })", text))


def test_page_opens_and_its_script_runs(driver: Any, examples: Path) -> None:
    load(driver, examples)
    assert "harbor-bridge.en.md" in driver.title
    # Our script ran under the page's Content-Security-Policy: it shows the filters.
    assert driver.find_element("id", "filters").is_displayed()
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []


def test_planted_errors_are_highlighted(driver: Any, examples: Path) -> None:
    load(driver, examples)
    planted = [f for f in findings(EN, ES_ERRORS) if f["severity"] == "error"]
    assert len(planted) >= 3
    for f in planted:
        for side in ("source", "target"):
            if not f[side]:
                continue
            ms = marks_with_text(driver, f[side]["text"])
            strong = [m for m in ms if "changed" in m.get_attribute("class")]
            assert strong, (f["message"], side)
            m = strong[0]
            # Strongly: bold, a thick solid underline and an icon, not colour alone.
            assert style(driver, m, "border-bottom-style") == "solid"
            assert style(driver, m, "border-bottom-width") == "3px"
            assert int(style(driver, m, "font-weight")) >= 700
            assert style(driver, m, "content", "::before") == '"✖"'
    quiet = marks_with_text(driver, "92")
    assert quiet and all("ok" in m.get_attribute("class").split() for m in quiet)
    assert style(driver, quiet[0], "border-bottom-style") == "dotted"
    assert style(driver, quiet[0], "content", "::before") in ("none", "normal")


def test_missing_and_extra_have_a_third_style(driver: Any, tmp_path: Path) -> None:
    en = tmp_path / "m.en.md"
    es = tmp_path / "m.es.md"
    en.write_text("The city hired 40 workers and bought 7 trucks last year.\n\n"
                  "The mayor thanked the workers for their patience.\n", encoding="utf-8")
    es.write_text("La ciudad contrató a 40 trabajadores y compró camiones el año pasado.\n\n"
                  "La alcaldesa agradeció a los 12 trabajadores su paciencia.\n", encoding="utf-8")
    load(driver, write_report(tmp_path, "m.html", str(en), str(es)))
    missing, extra = marks_with_text(driver, "7")[0], marks_with_text(driver, "12")[0]
    assert "missing" in missing.get_attribute("class")
    assert "extra" in extra.get_attribute("class")
    assert style(driver, missing, "border-bottom-style") == "dashed"
    assert style(driver, extra, "border-bottom-style") == "double"
    assert style(driver, missing, "content", "::before") == '"⊖"'
    assert style(driver, extra, "content", "::before") == '"⊕"'


def test_message_and_values_on_hover_and_on_keyboard_focus(driver: Any, examples: Path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    load(driver, examples)
    tip = driver.find_element("id", "tip")
    target = marks_with_text(driver, "13.000")[0]
    js(driver, "arguments[0].scrollIntoView({block: 'center'})", target)
    ActionChains(driver).move_to_element(target).perform()
    assert tip.is_displayed()
    assert '"31,000" (31,000) became "13.000" (13,000)' in tip.text
    # The keyboard alone: Tab from the top of the page reaches the facts, and the tip follows.
    ActionChains(driver).move_to_element(driver.find_element("tag name", "h1")).perform()
    js(driver, "window.scrollTo(0, 0); document.activeElement.blur()")
    body = driver.find_element("tag name", "body")
    for _ in range(300):
        body.send_keys(Keys.TAB) if _ == 0 else driver.switch_to.active_element.send_keys(Keys.TAB)
        active = driver.switch_to.active_element
        if active.tag_name == "mark":
            break
    assert active.tag_name == "mark"
    assert tip.is_displayed() and js(driver, "return arguments[0].textContent", active) in tip.text
    assert active.get_attribute("aria-describedby") == "tip"


def test_selecting_a_fact_shows_its_counterpart(driver: Any, examples: Path) -> None:
    from selenium.webdriver.common.keys import Keys

    load(driver, examples)
    src = marks_with_text(driver, "31,000")[0]
    js(driver, "arguments[0].scrollIntoView({block: 'center'})", src)
    src.click()
    tgt = driver.find_element("id", src.get_attribute("data-p"))
    assert js(driver, "return arguments[0].textContent", tgt) == "13.000"
    assert "sel" in src.get_attribute("class") and "sel" in tgt.get_attribute("class")
    assert style(driver, tgt, "outline-style") == "solid"
    # Enter on a fact takes the keyboard to its counterpart, and back.
    src.send_keys(Keys.ENTER)
    assert driver.switch_to.active_element.get_attribute("id") == tgt.get_attribute("id")
    driver.switch_to.active_element.send_keys(Keys.ENTER)
    assert driver.switch_to.active_element.get_attribute("id") == src.get_attribute("id")
    driver.switch_to.active_element.send_keys(Keys.ESCAPE)
    assert "sel" not in src.get_attribute("class")


def test_clicking_a_finding_brings_its_paragraph_into_view(driver: Any, examples: Path) -> None:
    load(driver, examples)
    items = driver.find_elements("css selector", "li.fi")
    last = items[-1]
    row_id = last.find_element("tag name", "a").get_attribute("href").split("#")[1]
    row = driver.find_element("id", row_id)
    js(driver, "window.scrollTo(0, 0)")
    assert not in_view(driver, row)
    last.find_element("tag name", "a").click()
    assert in_view(driver, row)
    assert js(driver, "return location.hash") == f"#{row_id}"
    ids = last.get_attribute("data-m").split()
    for i in ids:
        assert "sel" in driver.find_element("id", i).get_attribute("class")
    if ids:
        assert driver.switch_to.active_element.get_attribute("id") == ids[0]


def test_j_and_k_walk_the_findings(driver: Any, examples: Path) -> None:
    from selenium.webdriver.common.keys import Keys

    load(driver, examples)
    items = driver.find_elements("css selector", "li.fi")
    rows = [i.find_element("tag name", "a").get_attribute("href").split("#")[1] for i in items]
    body = driver.find_element("tag name", "body")
    body.send_keys("j")
    assert js(driver, "return location.hash") == f"#{rows[0]}"
    driver.switch_to.active_element.send_keys("j")
    assert js(driver, "return location.hash") == f"#{rows[1]}"
    driver.switch_to.active_element.send_keys("k")
    assert js(driver, "return location.hash") == f"#{rows[0]}"
    assert in_view(driver, driver.find_element("id", rows[0]))
    driver.switch_to.active_element.send_keys(Keys.ESCAPE)


def test_filters_hide_what_they_should(driver: Any, examples: Path) -> None:
    load(driver, examples)
    items = driver.find_elements("css selector", "li.fi")
    errors = [i for i in items if i.get_attribute("data-sev") == "error"]
    others = [i for i in items if i.get_attribute("data-sev") != "error"]
    flagged = {i: driver.find_element("id", i) for li in errors for i in li.get_attribute("data-m").split()}
    assert errors and others and flagged

    driver.find_element("css selector", "input[name=sev][value=error]").click()
    assert not any(i.is_displayed() for i in errors)
    assert all(i.is_displayed() for i in others)
    for m in flagged.values():  # the words stay, the strong highlight goes
        assert m.is_displayed() and "off" in m.get_attribute("class")
        assert style(driver, m, "border-bottom-style") == "dotted"
    status = driver.find_element("id", "shown").text
    assert f"Showing {len(others)} of {len(items)}" in status
    driver.find_element("css selector", "input[name=sev][value=error]").click()
    assert all(i.is_displayed() for i in items)
    assert all("off" not in m.get_attribute("class") for m in flagged.values())

    # By family: without NUM, number findings go and so does the tint of agreeing numbers.
    num = driver.find_element("css selector", "input[name=fam][value=NUM]")
    num.click()
    for i in items:
        assert i.is_displayed() == (i.get_attribute("data-fam") != "NUM")
    agreeing = marks_with_text(driver, "92")[0]
    assert style(driver, agreeing, "background-color") in ("rgba(0, 0, 0, 0)", "transparent")
    num.click()
    assert style(driver, agreeing, "background-color") not in ("rgba(0, 0, 0, 0)", "transparent")

    # Only the paragraphs with findings.
    rows = driver.find_elements("css selector", ".row")
    driver.find_element("css selector", "input[name=only]").click()
    for r in rows:
        assert r.is_displayed() == ("hot" in r.get_attribute("class").split())
    assert any(r.is_displayed() for r in rows) and not all(r.is_displayed() for r in rows)
    driver.find_element("css selector", "input[name=only]").click()
    assert all(r.is_displayed() for r in rows)


def test_hostile_input_runs_nothing_and_the_page_renders(driver: Any, tmp_path: Path) -> None:
    from selenium.common.exceptions import NoAlertPresentException

    attack = ('<script>window.pwned = 1; alert(1)</script> <img src=x onerror="window.pwned = 2"> '
              '<iframe src="javascript:window.top.pwned = 3"></iframe>')
    en = tmp_path / "h.en.md"
    es = tmp_path / "h.es.md"
    en.write_text(f"Officials said {attack} 238 people arrived.\n\n"
                  f"An extra \"><svg onload=\"window.pwned = 4\"> paragraph, 5 times.\n", encoding="utf-8")
    es.write_text(f"Funcionarios dijeron que {attack} llegaron 328 personas.\n", encoding="utf-8")
    load(driver, write_report(tmp_path, "h.html", str(en), str(es)))
    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert.text  # noqa: B018
    assert js(driver, "return window.pwned") is None
    assert js(driver, "return document.scripts.length") == 1
    assert js(driver, "return document.querySelectorAll('img, iframe, svg').length") == 0
    text = driver.find_element("tag name", "main").text
    assert "<script>window.pwned = 1; alert(1)</script>" in text
    assert marks_with_text(driver, "328")  # and the facts are still marked


def test_printable(driver: Any, examples: Path, tmp_path: Path) -> None:
    load(driver, examples)
    driver.find_element("css selector", "input[name=only]").click()
    pdf = base64.b64decode(driver.execute_cdp_cmd("Page.printToPDF", {"printBackground": True})["data"])
    assert pdf.startswith(b"%PDF")
    (tmp_path / "report.pdf").write_bytes(pdf)
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert not driver.find_element("id", "filters").is_displayed()
        assert all(r.is_displayed() for r in driver.find_elements("css selector", ".row"))
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def test_screenshot(driver: Any, examples: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    load(driver, examples)
    shot = tmp_path_factory.mktemp("screenshots") / "examples-report.png"
    assert driver.save_screenshot(str(shot))
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 20_000
    print(f"screenshot: {shot}")
