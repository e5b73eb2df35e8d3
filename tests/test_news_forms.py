"""Forms of facts that news prints and translators render their own way: heights in feet and
inches, golf scores after a name, 24-hour times, numbers after a lowercase word and a hyphen,
a weekday with its date in parentheses, restatements in parentheses. Each must agree with its
translation, and a changed value must still be reported."""

from __future__ import annotations

from bilint.model import Document, line_starts
from bilint.pipeline import check
from bilint.segment import segment


def loud(en: str, es: str, target_lang: str = "es") -> list[tuple[str, str, str]]:
    docs = [Document(p, lang, t, segment(t, t), line_starts(t), raw=t)
            for p, lang, t in (("a.en.md", "en", en + "\n"), ("a.es.md", target_lang, es + "\n"))]
    return [(f.code, f.source.surface if f.source else "", f.target.surface if f.target else "")
            for f in check(*docs).findings if f.severity != "info"]


def test_a_height_in_feet_and_inches_is_one_quantity() -> None:
    en = "A 6-foot-6 junior who grew up in Baton Rouge, Sims played in 32 games."
    assert loud(en, "Sims, un jugador de Baton Rouge de 1,98 metros de altura, jugó en 32 partidos.") == []
    assert loud(en, "Sims, un estudiante de 6 pies 6 pulgadas de Baton Rouge, jugó en 32 partidos.") == []
    # Six foot six is not six foot two.
    assert [c for c, _, _ in loud(en, "Sims, un jugador de Baton Rouge de 1,88 metros, jugó en 32 partidos.")] == ["QTY001"]


def test_a_golf_score_after_a_name_is_a_score() -> None:
    en = "They returned later to beat Poulter and Rory McIlroy 4&3 in the foursomes."
    assert loud(en, "Después derrotaron a Poulter y Rory McIlroy por 4-3 en los foursomes.") == []
    assert loud(en, "Regresaron para vencer a Poulter y Rory McIlroy 4 y 3 en los Foursomes.") == []
    assert loud(en, "Después derrotaron a Poulter y Rory McIlroy por 5-3 en los foursomes.") == [
        ("NUM001", "4", "5")]


def test_a_24_hour_time_after_a_partir_de() -> None:
    en = "It's government regulation that at 6 a.m. that content was not suitable."
    assert loud(en, "Hay una normativa que regula el contenido que se emite a partir de las 6 h.") == []
    assert [c for c, _, _ in loud(en, "Hay una normativa que regula el contenido a partir de las 8 h.")] == ["TIM001"]


def test_digits_after_a_short_lowercase_word_and_a_hyphen_are_a_number() -> None:
    en = "He plunked his tee-shot into the water at the par-3 16th hole."
    assert loud(en, "Lanzó su golpe de salida al agua en el hoyo 16 par 3.") == []
    assert loud(en, "Lanzó su golpe de salida al agua en el hoyo 16 par 4.") == [("NUM001", "3", "4")]
    # A code written small stays a code: no number 6 to look for in the translation.
    assert loud("The interleukin-6 receptor antagonist was approved.",
                "Se aprobó el antagonista del receptor de la interleucina-6.") == []


def test_a_weekday_with_its_date_in_parentheses_is_one_date() -> None:
    en = "There were smiles on Saturday (September 29) as the leaders met in Berlin."
    assert loud(en, "El sábado 29 de septiembre había sonrisas durante la reunión en Berlín.") == []
    assert loud(en, "Hubo sonrisas el sábado (29 de septiembre) cuando se reunieron en Berlín.") == []
    assert [c for c, _, _ in loud(en, "Hubo sonrisas el domingo (29 de septiembre) en Berlín.")] == ["DAT001"]


def test_a_restatement_in_parentheses_is_checked_against_the_other() -> None:
    en = "New tariffs affect $200 billion (£150 billion) worth of items."
    assert loud(en, "Nuevas tarifas afectan a $200 mil millones (£150 mil millones) de productos.", "es-MX") == []
    # Dropping the restatement is fine; restating another amount is not.
    assert loud(en, "Nuevas tarifas afectan a $200 mil millones de productos.", "es-MX") == []
    assert loud(en, "Nuevas tarifas afectan a $200 mil millones (£150 millones) de productos.", "es-MX") == [
        ("MON001", "£150 billion", "£150 millones")]


def test_a_house_style_of_the_other_locale_is_reported_once() -> None:
    docs = [Document(p, lang, t, segment(t, t), line_starts(t), raw=t) for p, lang, t in (
        ("a.en.md", "en", "Costs rose 7.5 percent.\n\nThen 2.53 percent, to 1.5 million.\n"),
        ("a.es.md", "es", "Los costes subieron un 7.5 %.\n\nLuego un 2.53 %, hasta 1.5 millones.\n"))]
    found = [f for f in check(*docs).findings if f.code == "FMT001"]
    assert len(found) == 1
    assert found[0].target is not None and found[0].target.surface == "7.5 %"
    assert found[0].message.endswith("2 more figures of the translation are written so (line 3)")
    # One slip is reported as it is.
    slip = "Los costes subieron un 7.5 %.\n\nLuego un 2,53 %, hasta 1,5 millones.\n"
    found = check(docs[0], Document("a.es.md", "es", slip, segment(slip, slip), line_starts(slip),
                                    raw=slip)).findings
    assert [f.code for f in found if f.severity != "info"] == ["FMT001"]
    assert "more figure" not in found[0].message


def test_a_weekday_inside_a_title_of_the_source_is_that_day() -> None:
    en = "Trump's press secretary, Sarah Sanders, appeared on Fox News Sunday."
    assert loud(en, "La secretaria de prensa de Trump, Sarah Sanders, apareció el domingo en Fox News.") == []
    assert loud(en, "La secretaria de prensa de Trump, Sarah Sanders, apareció el lunes en Fox News.") == [
        ("DAT003", "", "lunes")]
    # A weekday the source states as one is no title: a changed day is still a change.
    en = "Showers will approach Arizona late Sunday and early Monday."
    assert [c for c, _, _ in loud(en, "Las lluvias llegarán a Arizona la noche del lunes y la madrugada del lunes.")] \
        == ["DAT001"]


def test_halved_matches_are_counted_not_a_fraction() -> None:
    en = "Mickelson has 18 wins, 20 losses and seven halves."
    assert loud(en, "Mickelson tiene 18 ganados, 20 perdidos y 7 iguales.") == []
    assert loud(en, "Mickelson tiene 18 ganados, 20 perdidos y 8 iguales.") == [("NUM001", "seven", "8")]
    # With "of", a fraction: "two thirds of voters" is not two.
    assert loud("Two thirds of voters agreed.", "Dos tercios de los votantes estuvieron de acuerdo.") == []


def test_the_nth_day_of_a_month_is_a_date() -> None:
    en = "The Great Seal of the State was affixed this 19th day of March 2020."
    assert loud(en, "El Gran Sello del estado se estampó el día 19 de marzo de 2020.") == []
    assert [c for c, _, _ in loud(en, "El Gran Sello del estado se estampó el día 18 de marzo de 2020.")] == ["DAT001"]


def test_degrees_alone_are_fahrenheit_in_a_us_story_and_celsius_in_a_spanish_one() -> None:
    en = "Boston could reach 80 degrees on Tuesday, well above the average for the month."
    assert loud(en, "El martes, en Boston podrían alcanzarse los 26 grados, muy por encima de la media.") == []
    assert loud(en, "El martes, en Boston podrían alcanzarse los 80 grados, muy por encima de la media.") == []
    # 80 °F is 26.7 °C, not 30.
    assert [c for c, _, _ in loud(en, "El martes, en Boston podrían alcanzarse los 30 grados, muy por encima de la media.")] == ["QTY001"]


def test_a_conversion_is_not_taken_from_the_next_paragraph() -> None:
    en = ("Boston could reach 80 degrees on Tuesday.\n\n"
          "Forecasters expect the warm spell to last into the weekend across the region.")
    es = ("El martes, en Boston podrían alcanzarse temperaturas muy altas.\n\n"
          "Los meteorólogos prevén que el calor, de unos 26 grados, dure hasta el fin de semana.")
    assert [c for c, _, _ in loud(en, es)] == ["QTY002", "QTY003"]


def _all(en: str, es: str) -> list[tuple[str, str, str]]:
    docs = [Document(p, lang, t, segment(t, t), line_starts(t), raw=t)
            for p, lang, t in (("a.en.md", "en", en + "\n"), ("a.es.md", "es", es + "\n"))]
    return [(f.code, f.severity, f.target.surface if f.target else "") for f in check(*docs).findings]


def test_a_gloss_the_translator_adds_in_parentheses_is_a_note() -> None:
    en = "The club currently sits third in League One, three points off the top."
    es = ("El club ocupa el tercer puesto en la League One (la tercera división de Inglaterra), "
          "a tres puntos del primero.")
    assert _all(en, es) == [("ALN004", "info", "tercera"), ("ALN004", "info", "Inglaterra")]
    en = "Police in Baton Rouge, La., announced Saturday that a suspect has been arrested."
    es = "La policía de Baton Rouge (Luisiana) anunció este sábado que se ha arrestado a un sospechoso."
    assert loud(en, es) == []
    # Outside parentheses the same addition is reported, and so is a value changed inside a
    # parenthesis both texts have.
    assert [c for c, _, _ in loud(en, "La policía de Baton Rouge, Luisiana, anunció este sábado que "
                                  "se ha arrestado a un sospechoso.")] == ["NAM002"]
    en = "Donggala stretches along more than 300 km (180 miles) of coastline."
    assert loud(en, "Donggala se extiende a lo largo de más de 300 km (190 millas) de litoral.") == [
        ("QTY001", "180 miles", "190 millas")]


def test_an_editors_insertion_in_square_brackets_is_a_gloss() -> None:
    en = "Arrest made in shooting death of LSU's Sims."
    es = "Se hace un arresto por la muerte de Sims, de LSU [Universidad Estatal de Luisiana], en un tiroteo."
    assert loud(en, es) == []
    assert [c for c, _, _ in loud(en, "Se hace un arresto por la muerte de Sims, de LSU, en Luisiana.")] == ["NAM002"]


def test_digits_joined_by_a_short_word_and_hyphens_are_numbers() -> None:
    en = "Molinari became 1-of-4 players to ever go 5-0-0 since the format began in 1979."
    assert loud(en, "Molinari se convirtió en uno de los cuatro jugadores que han logrado un 5-0-0 "
                "desde que comenzó el formato en 1979.") == []
    assert [c for c, _, _ in loud(en, "Molinari se convirtió en uno de los cinco jugadores que han "
                                  "logrado un 5-0-0 desde que comenzó el formato en 1979.")] == ["NUM001"]
