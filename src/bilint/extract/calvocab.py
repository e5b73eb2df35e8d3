"""Calendar vocabulary per language: month and weekday names, relative expressions, AM/PM and
day periods from CLDR (through babel), and what CLDR lacks from `rules/lexicon/calendar.*.yaml`.

Built once per language code and cached; babel and yaml are imported here, on first use, so
that start-up stays quick.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .. import rxcache
from ..lang import Lang
from ..tables import snapshot


def fold(text: str) -> str:
    """Lower case without accents, spaces collapsed: the key of a name or phrase. The tilde
    of "ñ" is a letter of its own, not an accent ("año" is not "ano")."""
    decomposed = unicodedata.normalize("NFD", text.lower().replace("ñ", "\x00"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).replace("\x00", "ñ")
    return " ".join(bare.replace("\u00a0", " ").replace("\u202f", " ").split())


def alternation(phrases: Any) -> str:
    """A regex alternation of literal phrases, longest first (so that "March" wins over
    "Mar"), spaces matching any run of spaces; accents optional where writers drop them."""
    seen: set[str] = set()
    parts = []
    for p in sorted({str(x) for x in phrases}, key=lambda x: (-len(x), x)):
        if not p or p in seen:
            continue
        seen.add(p)
        parts.append(re.escape(p).replace(r"\ ", r"[\s\u00a0\u202f]++").replace(" ", r"[\s\u00a0\u202f]++"))
    return "|".join(parts) if parts else "(?!)"


@dataclass(frozen=True)
class Vocab:
    base: str
    months: dict[str, int]  # folded full name -> 1..12
    month_abbr: dict[str, int]  # folded abbreviation, no dot -> 1..12
    weekdays: dict[str, int]  # folded name (and English plural) -> 0..6, Monday first
    names: tuple[str, ...]  # month and weekday names as CLDR writes them, and folded
    # folded phrase -> (unit, offset): "yesterday" -> ("day", -1), "la semana pasada" core
    relative: dict[str, tuple[str, int]]
    relative_surfaces: tuple[str, ...]  # the same phrases as written, accents kept
    weak_relative: frozenset[str]
    # (text before the weekday, text after it, offset): "last {wd}", "{wd} pasado"
    weekday_templates: tuple[tuple[str, str, int], ...]
    # (text before the count, text after it, unit): "{0} days ago", "hace {0} días"
    ago_templates: tuple[tuple[str, str, str], ...]
    parts: dict[str, str]  # folded phrase -> "early" | "mid" | "late"
    date_order: str  # "MDY" or "DMY", from the CLDR short date pattern
    am: tuple[str, ...]
    pm: tuple[str, ...]
    periods: dict[str, tuple[int, int, str]]  # folded phrase -> (from hour, before hour, name)
    noon: tuple[str, ...]
    midnight: tuple[str, ...]
    zones: dict[str, str]  # folded name -> canonical key
    data: dict[str, Any]  # the YAML lexicon, for the simple word lists

    def words(self, key: str) -> list[str]:
        value = self.data.get(key) or []
        return [str(v) for v in value]


def _read_yaml(base: str) -> dict[str, Any]:
    import yaml

    from ..resources import rules_path

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    path = rules_path() / "lexicon" / f"calendar.{base}.yaml"
    with path.open(encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=loader)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping at the top")
    return data


def _locale_ids(lang: Lang, data: dict[str, Any]) -> list[str]:
    ids = [str(x) for x in data.get("locales", [lang.base])]
    own = lang.code.replace("-", "_")
    if own not in ids:
        ids.append(own)
    return ids


_ARTICLE = re.compile(r"^(?:el|la|los|las)\s+", re.IGNORECASE)
_DAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@snapshot
def vocab(lang: Lang) -> Vocab:
    from babel import Locale, UnknownLocaleError
    from babel.localedata import load

    data = _read_yaml(lang.base)
    locales = []
    for ident in _locale_ids(lang, data):
        try:
            locales.append(Locale.parse(ident))
        except (UnknownLocaleError, ValueError):
            continue
    main = locales[0]

    months: dict[str, int] = {}
    month_abbr: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    cal_names: set[str] = set()
    for loc in locales:
        for ctx in ("format", "stand-alone"):
            for n, name in loc.months[ctx]["wide"].items():
                months[fold(name)] = int(n)
                cal_names |= {str(name), fold(name)}
            for n, name in loc.months[ctx]["abbreviated"].items():
                key = fold(name).rstrip(".")
                if key not in months:
                    month_abbr[key] = int(n)
            for n, name in loc.days[ctx]["wide"].items():
                weekdays[fold(name)] = int(n)
                cal_names |= {str(name), fold(name)}
                if not fold(name).endswith("s"):
                    weekdays[fold(name) + "s"] = int(n)  # "on Mondays", "los domingos"
                    cal_names |= {str(name) + "s", fold(name) + "s"}

    fields = load(str(main))["date_fields"]
    relative: dict[str, tuple[str, int]] = {}
    surfaces: set[str] = set()
    ago: list[tuple[str, str, str]] = []
    for unit in ("day", "week", "month", "year"):
        f = fields[unit]
        for offset, phrase in f["relative"].items():
            core = _ARTICLE.sub("", str(phrase))
            relative[fold(core)] = (unit, int(offset))
            surfaces |= {core, fold(core)}
        for pattern in f["past"].values():
            before, _, after = str(pattern).partition("{0}")
            ago.append((before, after, unit))
    for phrase, (unit, offset) in (data.get("relative") or {}).items():
        core = _ARTICLE.sub("", str(phrase))
        relative[fold(core)] = (str(unit), int(offset))
        surfaces |= {core, fold(core)}
    weak = frozenset(fold(_ARTICLE.sub("", str(p))) for p in data.get("weak_relative") or ())

    templates: set[tuple[str, str, int]] = set()
    for i, key in enumerate(_DAY_KEYS):
        name = main.days["format"]["wide"][i]
        for offset, phrase in fields[key]["relative"].items():
            text = _ARTICLE.sub("", str(phrase))
            at = fold(text).find(fold(name))
            if at < 0:
                continue
            templates.add((text[:at], text[at + len(name):], int(offset)))
    for word, offset in (data.get("weekday_before") or {}).items():
        templates.add((f"{word} ", "", int(offset)))

    parts = {fold(str(p)): part for part, phrases in (data.get("parts") or {}).items()
             for p in phrases}

    short = main.date_formats["short"].pattern
    order = "".join(c for c in short if c in "dMy")
    date_order = "MDY" if order.index("M") < order.index("d") else "DMY"

    am: set[str] = set()
    pm: set[str] = set()
    periods: dict[str, tuple[int, int, str]] = {}
    noon = {str(x) for x in data.get("noon") or ()}
    midnight = {str(x) for x in data.get("midnight") or ()}
    for loc in locales:
        rules = loc.day_period_rules.get(None, {}) if loc.day_period_rules else {}
        for ctx in ("format", "stand-alone"):
            for width in ("abbreviated", "wide", "narrow"):
                names = loc.day_periods.get(ctx, {}).get(width, {})
                for key, name in names.items():
                    text = str(name)
                    if key == "am" and len(fold(text)) > 1:
                        am.add(text)
                    elif key == "pm" and len(fold(text)) > 1:
                        pm.add(text)
                    elif key == "noon" and ctx == "stand-alone":
                        noon.add(text)
                    elif key == "noon":
                        # "la una del mediodía": the early afternoon
                        periods[fold(text)] = (12, 15, "noon")
                    elif key == "midnight" and ctx == "stand-alone":
                        midnight.add(text)
                    elif ctx == "format" and key in rules and key not in ("noon", "midnight"):
                        span = rules[key][0]
                        periods[fold(text)] = (int(span["from"]) // 3600,
                                               int(span["before"]) // 3600, key)
    for key, phrases in (data.get("periods") or {}).items():
        for loc in locales:
            rules = loc.day_period_rules.get(None, {}) if loc.day_period_rules else {}
            if key in rules:
                span = rules[key][0]
                for p in phrases:
                    periods[fold(str(p))] = (int(span["from"]) // 3600,
                                             int(span["before"]) // 3600, str(key))
                break
    zones = {fold(str(name)): str(key) for key, names in (data.get("zones") or {}).items()
             for name in names}
    return Vocab(
        base=lang.base, months=months, month_abbr=month_abbr, weekdays=weekdays,
        names=tuple(sorted(cal_names)),
        relative=relative, relative_surfaces=tuple(sorted(surfaces)), weak_relative=weak, weekday_templates=tuple(sorted(templates)),
        ago_templates=tuple(sorted(set(ago))), parts=parts, date_order=date_order,
        am=tuple(sorted(am)), pm=tuple(sorted(pm)), periods=periods,
        noon=tuple(sorted(noon)), midnight=tuple(sorted(midnight)), zones=zones, data=data,
    )


def spelled_value(text: str, base: str) -> int | None:
    """The value of `text` when it is one whole number in words or digits ("quince", "21",
    "twenty-first"), else None."""
    if text.isdigit():
        return int(text)
    from .spelled import find_spelled

    found = find_spelled(text, base)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(text):
        value = found[0].value
        if value == value.to_integral_value():
            return int(value)
    return None


def trie_pattern(words: Any) -> str:
    """A regex of literal words as a trie ("ma(?:rch|y)"): the regex engine rejects most
    positions on the first character, several times faster than a flat alternation of a hundred
    words. Spaces in phrases match a single space (the anchor pass reads text whose no-break
    spaces are made plain)."""
    trie: dict[str, Any] = {}
    for w in {str(x) for x in words if str(x)}:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    return build(trie) or "(?!)"


@lru_cache(maxsize=4)  # the date and the time extractors read the same paragraph
def lower_same_length(text: str) -> str:
    """Lower case with offsets kept (a few characters lower-case to two: "İ"), no-break spaces
    made plain, for the anchor passes."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    return low.replace("\u00a0", " ").replace("\u202f", " ")


class Lazy:
    """A pattern compiled on first use: a text without dates never pays for the date patterns,
    and start-up stays short."""

    __slots__ = ("_flags", "_rx", "_source")

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source, self._flags = source, flags
        self._rx: re.Pattern[str] | None = None

    def __reduce__(self) -> tuple[type[Lazy], tuple[str, int]]:
        # Pickled as its source (bilint.tables): compiled on first use in the loading process.
        return Lazy, (self._source, self._flags)

    @property
    def rx(self) -> re.Pattern[str]:
        if self._rx is None:
            self._rx = rxcache.compile(self._source, self._flags)
        return self._rx

    def match(self, text: str, pos: int = 0, endpos: int = 2**62) -> re.Match[str] | None:
        return self.rx.match(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = 2**62) -> re.Match[str] | None:
        return self.rx.search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = 2**62) -> Iterator[re.Match[str]]:
        return self.rx.finditer(text, pos, endpos)
