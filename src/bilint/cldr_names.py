"""Place and language names in two languages, from CLDR (babel): the exonyms of the glossary.

A translation writes "Skopie" for "Skopje", "Viena" for "Vienna", "amárico" for "Amharic".
CLDR names some 300 territories, 160 cities (the exemplar cities of its time zones) and 500
languages in every locale; each one written otherwise in the other language becomes a concept
of the default glossary, so that both spellings name the same place. Read from babel when the
default glossary is built (glossary.py keys its cache by babel's version), never shipped.

Left out, because a glossary concept is a strong name wherever it appears: a name that is an
ordinary word of its language ("Navidad" for Christmas Island, "Granada" for Grenada, "Mundo"
for the world), and a name the hand-written glossary already knows (it wins).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from .wordlist import WordList

# A concept's surfaces by language, as glossary.Concept holds them.
Variants = tuple[tuple[str, tuple[str, ...]], ...]


def _variants(kind: str, name: str) -> tuple[str, ...]:
    """The names a CLDR name stands for: a city's "Yangón (Rangún)" is two, a language's
    "Hindi (Latin)" none (a qualified name), and "Beulah, Dakota del Norte" none (a place in a
    region, not written so in prose)."""
    if "," in name or ("(" in name and kind != "city"):
        return ()
    name = name.replace("(", "|").replace(")", "|")
    return tuple(v.strip() for v in name.split("|") if v.strip())


def _pairs(source: str, target: str) -> Iterator[tuple[str, str, str, str]]:
    """(kind, code, source name, target name) for every name CLDR has in both locales."""
    from babel import Locale

    a, b = Locale.parse(source), Locale.parse(target)
    for kind, ours, theirs in (("territory", a.territories, b.territories),
                               ("language", a.languages, b.languages)):
        for code, name in ours.items():
            other = theirs.get(code)
            if isinstance(name, str) and isinstance(other, str):
                yield kind, code, name, other
    zones_a, zones_b = a.time_zones, b.time_zones
    for zone in zones_b:
        if not isinstance(zone, str):
            continue
        city_b = zones_b[zone].get("city")
        city_a = (zones_a.get(zone) or {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
        if isinstance(city_a, str) and isinstance(city_b, str) and not zone.startswith("Etc/"):
            yield "city", zone, city_a, city_b


def exonyms(source: str, target: str, ordinary: dict[str, WordList],
            known: Callable[[str], bool], fold: Callable[[str], str]
            ) -> list[tuple[str, Variants]]:
    """The CLDR names written otherwise in `source` and `target`: (id, variants by language)
    for each. `ordinary[lang]` holds the language's ordinary words; `known(key)` tells a name
    the glossary has already; `fold` gives a surface's key."""
    out: list[tuple[str, Variants]] = []
    seen: set[frozenset[str]] = set()
    for kind, code, name_a, name_b in _pairs(source, target):
        va, vb = _variants(kind, name_a), _variants(kind, name_b)
        if not va or not vb:
            continue
        keys_a, keys_b = {fold(v) for v in va}, {fold(v) for v in vb}
        if keys_a & keys_b or any(known(k) for k in keys_a | keys_b):
            continue  # spelled alike (folding finds it), or the glossary says more
        if any(_ordinary(v, ordinary[lang]) for lang, vs in ((source, va), (target, vb)) for v in vs):
            continue
        both = frozenset(keys_a | keys_b)
        if both in seen:
            continue
        seen.add(both)
        out.append((f"cldr:{kind}:{code}", ((source, va), (target, vb))))
    return out


def _ordinary(surface: str, words: WordList) -> bool:
    """Every word of the name is an ordinary word: "Isla de Pascua", "Navidad"."""
    parts = [p for p in surface.replace("-", " ").split() if p]
    return all(p.casefold() in words for p in parts)
