"""Property tests: any value written in English and in Spanish, in digits (CLDR notation via
babel) or in words (num2words), agrees with itself; a changed value is reported once."""

from __future__ import annotations

from decimal import Decimal

from babel.numbers import format_decimal
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from num2words import num2words

from bilint.lang import parse_lang
from bilint.model import Document, line_starts
from bilint.pipeline import check
from bilint.segment import segment

EN_TEMPLATE = "Officials said that {} people had been evacuated from the area by Sunday."
ES_TEMPLATE = "Las autoridades dijeron que {} personas habían sido evacuadas de la zona."


def doc(path: str, lang: str, text: str) -> Document:
    return Document(path, parse_lang(lang).code, text, segment(text, text), line_starts(text), raw=text)


def num_findings(en: str, es: str, target_lang: str = "es") -> list[str]:
    result = check(doc("a.en.txt", "en", en), doc("a.es.txt", target_lang, es))
    return [f.code for f in result.findings if f.code.startswith(("NUM", "FMT"))]


def digits(value: int | Decimal, locale: str) -> str:
    return format_decimal(value, locale=locale, decimal_quantization=False)


settings.register_profile("ci", max_examples=60, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci")

counts = st.integers(min_value=2, max_value=999_999_999)


@given(counts)
@example(238)
@example(20_000)
def test_digits_in_both_locales_agree(n: int) -> None:
    en = EN_TEMPLATE.format(digits(n, "en_US"))
    assert num_findings(en, ES_TEMPLATE.format(digits(n, "es_ES"))) == []
    assert num_findings(en, ES_TEMPLATE.format(digits(n, "es_MX")), "es-MX") == []


@given(st.integers(min_value=2, max_value=999_999))
@example(238)
@example(21)
def test_words_in_spanish_agree_with_english_digits(n: int) -> None:
    en = EN_TEMPLATE.format(digits(n, "en_US"))
    es = ES_TEMPLATE.format(num2words(n, lang="es"))
    assert num_findings(en, es) == []


@given(st.integers(min_value=2, max_value=999_999))
def test_words_in_english_agree_with_spanish_digits(n: int) -> None:
    en = EN_TEMPLATE.format(num2words(n, lang="en").replace(",", ""))
    es = ES_TEMPLATE.format(digits(n, "es_ES"))
    assert num_findings(en, es) == []


@given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("9999.99"), places=2))
def test_decimals_agree(x: Decimal) -> None:
    en = f"The index rose {digits(x, 'en_US')} points on Tuesday."
    es = f"El índice subió {digits(x, 'es_ES')} puntos el martes."
    assert num_findings(en, es) == []


@given(counts, st.integers(min_value=1, max_value=1000))
def test_a_changed_value_gives_one_finding(n: int, delta: int) -> None:
    en = EN_TEMPLATE.format(digits(n, "en_US"))
    es = ES_TEMPLATE.format(digits(n + delta, "es_ES"))
    assert num_findings(en, es) == ["NUM001"]


@given(st.integers(min_value=2, max_value=999))
def test_a_changed_spelled_value_gives_one_finding(n: int) -> None:
    en = EN_TEMPLATE.format(num2words(n, lang="en").replace(",", ""))
    es = ES_TEMPLATE.format(num2words(n + 1, lang="es"))
    assert num_findings(en, es) == ["NUM001"]
