"""Build rules/lexicon/common.{en,es}.txt: the ordinary (lowercase) words of each language.

The name extractor calls a capitalised word "weak" (ambiguous: maybe a name, maybe a word
capitalised by a title or house style) when it is an ordinary word of the text's language.

Sources, both installable from Debian and both freely redistributable:
- en: SCOWL's `american-english` and `british-english` (packages wamerican, wbritish, size 50):
  their lowercase entries; entries with a possessive "'s" are dropped.
- es: `spanish` (package wspanish, public domain): lemmas and common forms; the extractor
  adds plural and gender endings at look-up time.

    apt-get install wamerican wbritish wspanish && python tools/build_name_lexicon.py
"""

from __future__ import annotations

import pathlib
import unicodedata

OUT = pathlib.Path(__file__).parents[1] / "rules" / "lexicon"
HEADER = {
    "en": "# Ordinary English words (lowercase), from SCOWL american-english and british-english "
          "size 50 (Copyright 2000-2011 Kevin Atkinson; permissive licence, see SCOWL's README).\n",
    "es": "# Ordinary Spanish words (lowercase), from the wspanish word list (public domain).\n",
}


def words(*paths: str) -> list[str]:
    out = set()
    lines = [x for p in paths for x in pathlib.Path(p).read_text(encoding="utf-8").splitlines()]
    for line in lines:
        w = unicodedata.normalize("NFC", line.strip())
        if not w or "'" in w or not w.islower() or len(w) < 2:
            continue
        out.add(w)
    return sorted(out)


def main() -> None:
    sources = {"en": ("/usr/share/dict/american-english", "/usr/share/dict/british-english"),
               "es": ("/usr/share/dict/spanish",)}
    for lang, src in sources.items():
        ws = words(*src)
        (OUT / f"common.{lang}.txt").write_text(HEADER[lang] + "\n".join(ws) + "\n", encoding="utf-8")
        print(lang, len(ws))


if __name__ == "__main__":
    main()
