"""Languages: parsing codes, locale number symbols (from CLDR via babel), detection."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .tables import snapshot

SUPPORTED_BASES = ("en", "es")

_CODE = re.compile(r"^([a-zA-Z]{2,3})(?:[-_]([A-Za-z0-9]{2,8}))?$")


class LanguageError(ValueError):
    """An unknown or unsupported language code."""


@dataclass(frozen=True)
class Lang:
    """A language as the extractors need it: the code the user gave, its base language and
    the number symbols of its CLDR locale."""

    code: str
    base: str
    decimal: str
    group: str

    @property
    def other_decimal(self) -> str:
        return "," if self.decimal == "." else "."


@cache
def parse_lang(code: str) -> Lang:
    base, region = _parts(code)
    norm = base if region is None else f"{base}-{region.upper() if region.isalpha() else region}"
    decimal, group = _symbols(base, region)
    return Lang(code=norm, base=base, decimal=decimal, group=group)


def validate(code: str) -> None:
    """Raise LanguageError as parse_lang() would, without loading the locale's data: the
    command line checks its options at once, and a long pair loads each side's locale in the
    process that reads it."""
    base, region = _parts(code)
    from babel import localedata

    if not localedata.exists(_ident(base, region)):
        raise LanguageError(f"unknown language code {_ident(base, region).replace('_', '-')!r}")


def _parts(code: str) -> tuple[str, str | None]:
    m = _CODE.match(code.strip())
    if not m:
        raise LanguageError(f"unknown language code {code!r} (expected e.g. en, es, es-ES, es-MX)")
    base = m.group(1).lower()
    if base not in SUPPORTED_BASES:
        raise LanguageError(
            f"unsupported language {code!r}: bilint reads {', '.join(SUPPORTED_BASES)}"
        )
    return base, m.group(2)


def _ident(base: str, region: str | None) -> str:
    return base if region is None else f"{base}_{region.upper() if region.isalpha() else region}"


@snapshot
def _symbols(base: str, region: str | None) -> tuple[str, str]:
    from babel import Locale, UnknownLocaleError

    ident = _ident(base, region)
    try:
        loc = Locale.parse(ident)
    except (UnknownLocaleError, ValueError) as exc:
        raise LanguageError(f"unknown language code {ident.replace('_', '-')!r}") from exc
    symbols = loc.number_symbols.get("latn", loc.number_symbols)
    return str(symbols["decimal"]), str(symbols["group"])


_LANG_IN_NAME = re.compile(r"(?:^|[._/\\-])(en|es)(?:[-_]([A-Za-z0-9]{2,3}))?(?=[._/\\-]|$)")


def lang_from_path(path: str) -> str | None:
    """The language a file name states: `story.es.md`, `es/story.md`, `story-es-MX.txt`."""
    found = None
    for m in _LANG_IN_NAME.finditer(path):
        found = m.group(1) + (f"-{m.group(2)}" if m.group(2) else "")
    return found


# Frequent function words: a cheap, dependable signal between our two languages.
_EN_WORDS = frozenset(
    ["the", "of", "and", "to", "in", "is", "that", "for", "it", "was", "on", "with", "as", "by", "at", "from", "his", "her", "they", "this", "have", "had", "which", "are", "be", "were", "has", "been", "not", "but", "said", "would", "will", "their", "who"]
)
_ES_WORDS = frozenset(
    ["el", "la", "los", "las", "de", "del", "y", "en", "que", "por", "con", "para", "una", "un", "es", "se", "su", "sus", "al", "lo", "como", "más", "pero", "fue", "han", "ha", "sobre", "también", "según", "dijo"]
)
_WORD = re.compile(r"[^\W\d_]+")


def language_scores(text: str) -> tuple[int, int]:
    en = es = 0
    for w in _WORD.findall(text.lower()):
        if w in _EN_WORDS:
            en += 1
        elif w in _ES_WORDS:
            es += 1
    return en, es


def detect(text: str) -> str | None:
    en, es = language_scores(text)
    if en == es:
        return None
    return "en" if en > es else "es"


def base_of(tag: str) -> str:
    """The language of a tag as written in a path or a configuration: "es" of "es_MX"."""
    return tag.replace("_", "-").partition("-")[0].lower()


def lang_for(path_tag: str | None, configured: str | None) -> str | None:
    """The most specific of what the file name and the configuration say: `x.es-MX.md` is
    es-MX whatever the configuration; `x.es.md` in a repository set to es-MX is es-MX."""
    if path_tag is not None and ("-" in path_tag or "_" in path_tag):
        return path_tag
    if configured and (path_tag is None or base_of(configured) == base_of(path_tag)):
        return configured
    return path_tag or configured
