"""Headless Chromium through Selenium and the system's chromedriver, for the browser tests.

`browser()` returns None (with the reason) when there is no Chromium, no chromedriver or no
selenium: the tests then skip. Selenium is never allowed to download a driver.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from typing import Any

CHROMIUMS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1")


def find() -> tuple[str, str] | str:
    """(chromium, chromedriver) paths, or why they cannot be used."""
    chrome = os.environ.get("BILINT_CHROMIUM") or next(filter(None, map(shutil.which, CHROMIUMS)), None)
    driver = os.environ.get("BILINT_CHROMEDRIVER") or shutil.which("chromedriver")
    if not chrome:
        return "no Chromium on this machine (apt-get install chromium chromium-driver)"
    if not driver:
        return "no chromedriver on this machine (apt-get install chromium-driver)"
    return chrome, driver


def browser(width: int = 1280, height: int = 800) -> tuple[Any, str]:
    """A started headless Chromium driver and its profile directory, or (None, reason)."""
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        return None, "selenium is not installed (pip install '.[test]')"
    found = find()
    if isinstance(found, str):
        return None, found
    chrome, driver = found
    profile = tempfile.mkdtemp(prefix="bilint-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = chrome
    for flag in (*FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    try:
        return webdriver.Chrome(service=Service(executable_path=driver), options=options), profile
    except Exception as exc:  # a broken install is a skip on a user's machine, not a failure
        shutil.rmtree(profile, ignore_errors=True)
        return None, f"cannot start Chromium: {str(exc).splitlines()[0] if str(exc) else exc!r}"
