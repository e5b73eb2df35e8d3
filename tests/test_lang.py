"""Language codes: what the command line accepts and what each means for numbers."""

from __future__ import annotations

import pytest

from bilint.lang import LanguageError, parse_lang, validate


@pytest.mark.parametrize("code", ["en", "es", "es-419", "es-MX", "es_us", "EN", "es-XX", "xx-YY",
                                  "fr", "e", "es-", "english"])
def test_the_quick_check_accepts_exactly_the_codes_parse_accepts(code: str) -> None:
    def outcome(f: object) -> str:
        try:
            f(code)  # type: ignore[operator]
        except LanguageError as exc:
            return str(exc)
        return "ok"

    assert outcome(validate) == outcome(parse_lang)


def test_spanish_of_spain_and_of_mexico_write_numbers_differently() -> None:
    es, mx = parse_lang("es"), parse_lang("es-MX")
    assert (es.decimal, es.group) == (",", ".")
    assert mx.decimal == "." and mx.group == ","
