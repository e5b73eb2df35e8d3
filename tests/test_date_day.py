"""A date whose day the translation drops is a warning; a dropped year or weekday is not."""

from __future__ import annotations

from bilint.lang import parse_lang
from bilint.model import Document, line_starts
from bilint.pipeline import check
from bilint.segment import segment


def codes(en: str, es: str) -> list[str]:
    docs = [Document(p, parse_lang(lang).code, t, segment(t, t), line_starts(t), raw=t)
            for p, lang, t in (("a.en.txt", "en", en), ("a.es.txt", "es", es))]
    return [f.code for f in check(*docs).findings if f.severity != "info"]


def test_dropped_day_is_a_warning() -> None:
    assert codes("On 16 March, Prime Minister Boris Johnson made an announcement.",
                 "El de marzo, el primer ministro Boris Johnson hizo un anuncio.") == ["DAT006"]


def test_dropped_year_is_not_reported() -> None:
    assert codes("The flights left on March 15, 2025, officials said.",
                 "Los vuelos partieron el 15 de marzo, dijeron las autoridades.") == []


def test_same_day_is_silent() -> None:
    assert codes("On 16 March, Prime Minister Boris Johnson made an announcement.",
                 "El 16 de marzo, el primer ministro Boris Johnson hizo un anuncio.") == []
