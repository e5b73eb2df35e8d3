"""Make docs/report.png: the editors' report of the seed article with one planted error.

  python tools/report_screenshot.py [--seed FILE] [--out docs/report.png]

The seed file holds an English article then its Spanish version; a copy in a temporary
directory gets "238 migrantes" -> "328 migrantes". Needs Chromium and chromedriver.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "000_7d743c62b215637b.txt"
sys.path.insert(0, str(ROOT))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=Path, default=SEED)
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "report.png")
    ap.add_argument("--plant", nargs=2, default=("238 migrantes", "328 migrantes"), metavar=("OLD", "NEW"))
    a = ap.parse_args()
    from tests.chromium import browser

    with tempfile.TemporaryDirectory() as tmp:
        text = a.seed.read_text(encoding="utf-8")
        assert a.plant[0] in text, f"{a.plant[0]!r} is not in {a.seed}"
        article = Path(tmp) / "seed-article.txt"
        article.write_text(text.replace(a.plant[0], a.plant[1], 1), encoding="utf-8")
        page = Path(tmp) / "report.html"
        subprocess.run([sys.executable, "-m", "bilint", "report", article.name, "-o", str(page),
                        "--exit-zero"], check=True, cwd=tmp)
        d, why = browser(1400, 1150)
        if d is None:
            raise SystemExit(why)
        try:
            d.get(page.as_uri())
            first = d.find_element("css selector", "li.fi.sev-error a")
            first.click()
            time.sleep(0.3)
            mark = d.switch_to.active_element
            target = d.find_element("id", mark.get_attribute("data-p")) if mark.get_attribute("data-p") else mark
            # The top of the page, and the tooltip of the planted error as the mouse shows it.
            d.execute_script("window.scrollTo(0, 0);"
                             "arguments[0].dispatchEvent(new MouseEvent('mouseover', {bubbles: true}))",
                             target)
            time.sleep(0.3)
            a.out.parent.mkdir(parents=True, exist_ok=True)
            d.save_screenshot(str(a.out))
        finally:
            d.quit()
    print(f"wrote {a.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
