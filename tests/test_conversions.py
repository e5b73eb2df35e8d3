"""Units converted by the translator: published pairs and our own, both directions. Each pair
must pass silently, and the same pair with the converted value changed must be flagged."""

from __future__ import annotations

from pathlib import Path

import pytest

from .pairs import findings, loud

# (source language, source, translation, the translation with a wrong value)
REAL = [
    ("en", "Winds reached 85 mph near the coast.",
     "Los vientos alcanzaron 136 km/h cerca de la costa.",
     "Los vientos alcanzaron 163 km/h cerca de la costa."),
    ("en", "The storm traveled 385 miles in a day.",
     "La tormenta recorrió casi 620 kilómetros en un día.",
     "La tormenta recorrió casi 720 kilómetros en un día."),
    ("en", "Some areas got 10 inches of rain.",
     "Algunas zonas recibieron 25 centímetros de lluvia.",
     "Algunas zonas recibieron 52 centímetros de lluvia."),
    ("en", "Forecasters expect 1 to 4 inches of rain.",
     "Los pronosticadores esperan entre 2 y 10 centímetros de lluvia.",
     "Los pronosticadores esperan entre 2 y 16 centímetros de lluvia."),
    ("en", "Rain could fall at 2 to 3 inches per hour.",
     "La lluvia podría caer a razón de entre 5 y 8 centímetros por hora.",
     "La lluvia podría caer a razón de entre 5 y 18 centímetros por hora."),
    ("en", "The surge could reach 20 feet.",
     "La marejada podría alcanzar seis metros.",
     "La marejada podría alcanzar nueve metros."),
    ("en", "The fire was 45 miles (72 kilometers) from the city.",
     "El incendio estaba a 72 kilómetros de la ciudad.",
     "El incendio estaba a 27 kilómetros de la ciudad."),
]

OWN = [
    ("en", "The hurricane's winds reached 150 mph.",
     "Los vientos del huracán alcanzaron los 240 km/h.",
     "Los vientos del huracán alcanzaron los 420 km/h."),
    ("en", "Officials closed a 12-mile stretch of coast.",
     "Las autoridades cerraron un tramo de costa de 19 kilómetros.",
     "Las autoridades cerraron un tramo de costa de 29 kilómetros."),
    ("en", "The wall is 30 feet tall.",
     "El muro mide nueve metros de altura.",
     "El muro mide tres metros de altura."),
    ("en", "A storm surge of up to 15 feet is possible.",
     "Es posible una marejada de hasta 4,5 metros.",
     "Es posible una marejada de hasta 7,5 metros."),
    ("en", "Temperatures neared 100 degrees Fahrenheit.",
     "Las temperaturas rondaron los 38 grados Celsius.",
     "Las temperaturas rondaron los 48 grados Celsius."),
    ("en", "The low was 14 °F on Tuesday.",
     "La mínima fue de -10 °C el martes.",
     "La mínima fue de -20 °C el martes."),
    ("en", "Each family received 5 pounds of rice.",
     "Cada familia recibió 2,3 kilos de arroz.",
     "Cada familia recibió 3,2 kilos de arroz."),
    ("en", "The truck carried 40 tons of debris.",
     "El camión llevaba 36 toneladas de escombros.",
     "El camión llevaba 63 toneladas de escombros."),
    ("en", "Each person needs two gallons of water a day.",
     "Cada persona necesita 7,6 litros de agua al día.",
     "Cada persona necesita 6,7 litros de agua al día."),
    ("en", "The company bought 500 acres of farmland.",
     "La empresa compró 200 hectáreas de tierras de cultivo.",
     "La empresa compró 500 hectáreas de tierras de cultivo."),
    ("en", "The house has 2,000 square feet.",
     "La casa tiene 186 metros cuadrados.",
     "La casa tiene 816 metros cuadrados."),
    ("en", "The fire burned 10,000 acres.",
     "El incendio quemó 4.000 hectáreas.",
     "El incendio quemó 14.000 hectáreas."),
    ("en", "The village is 3 miles from the coast.",
     "El pueblo está a cinco kilómetros de la costa.",
     "El pueblo está a ocho kilómetros de la costa."),
    ("en", "The train reached a speed of 60 mph.",
     "El tren alcanzó una velocidad de 97 km/h.",
     "El tren alcanzó una velocidad de 79 km/h."),
    ("en", "The plane flew at 35,000 feet.",
     "El avión volaba a 10.700 metros.",
     "El avión volaba a 17.000 metros."),
    ("en", "The town got 6 inches of snow.",
     "El pueblo recibió 15 centímetros de nieve.",
     "El pueblo recibió 51 centímetros de nieve."),
    ("en", "A 16-ounce bag costs more now.",
     "Una bolsa de 450 gramos cuesta más ahora.",
     "Una bolsa de 540 gramos cuesta más ahora."),
    ("en", "She ran the 26.2-mile marathon.",
     "Corrió el maratón de 42,2 kilómetros.",
     "Corrió el maratón de 24,2 kilómetros."),
    ("en", "The ball landed 100 yards away.",
     "La pelota cayó a 91 metros.",
     "La pelota cayó a 19 metros."),
    ("en", "Water boils at 212 degrees Fahrenheit.",
     "El agua hierve a 100 grados Celsius.",
     "El agua hierve a 120 grados Celsius."),
    ("en", "The lake covers 500 square miles.",
     "El lago cubre 1.300 kilómetros cuadrados.",
     "El lago cubre 3.100 kilómetros cuadrados."),
    ("en", "Rainfall totals could top 8 inches.",
     "Las lluvias podrían superar los 20 centímetros.",
     "Las lluvias podrían superar los 80 centímetros."),
    ("en", "The earthquake struck 6 miles deep.",
     "El sismo ocurrió a 10 kilómetros de profundidad.",
     "El sismo ocurrió a 16 kilómetros de profundidad."),
    # Spanish sources, English translations.
    ("es", "El sismo ocurrió a 10 kilómetros de profundidad.",
     "The earthquake struck 6 miles deep.",
     "The earthquake struck 9 miles deep."),
    ("es", "Se registraron rachas de 120 km/h.",
     "Gusts of 75 mph were recorded.",
     "Gusts of 57 mph were recorded."),
    ("es", "Se esperan temperaturas de 40 °C.",
     "Temperatures of 104 °F are expected.",
     "Temperatures of 140 °F are expected."),
    ("es", "La policía decomisó 50 kilos de cocaína.",
     "Police seized 110 pounds of cocaine.",
     "Police seized 50 pounds of cocaine."),
    ("es", "Construyeron un muro de 3 metros.",
     "They built a 10-foot wall.",
     "They built a 3-foot wall."),
    ("es", "El incendio afectó 5.000 hectáreas.",
     "The fire affected 12,000 acres.",
     "The fire affected 21,000 acres."),
    ("es", "Cada tanque tiene 200 litros.",
     "Each tank holds 53 gallons.",
     "Each tank holds 35 gallons."),
    ("es", "El dron cayó a 300 metros de la frontera.",
     "The drone fell 1,000 feet from the border.",
     "The drone fell 3,000 feet from the border."),
    ("es", "El vehículo pesa 1,5 toneladas.",
     "The vehicle weighs 3,300 pounds.",
     "The vehicle weighs 3,900 pounds."),
    ("es", "La nueva carretera tiene 25 kilómetros.",
     "The new road is 15 miles long.",
     "The new road is 51 miles long."),
    ("es", "Mantenga 2 metros de distancia.",
     "Stay 6 feet apart.",
     "Stay 9 feet apart."),
    ("es", "Cayeron 25 centímetros de nieve.",
     "Ten inches of snow fell.",
     "Four inches of snow fell."),
    ("es", "La presa mide 180 metros.",
     "The dam is 590 feet tall.",
     "The dam is 950 feet tall."),
    ("es", "El bebé pesó 3 kilogramos.",
     "The baby weighed 6.6 pounds.",
     "The baby weighed 9.6 pounds."),
    ("es", "Llovía a 50 milímetros por hora.",
     "Rain fell at 2 inches per hour.",
     "Rain fell at 5 inches per hour."),
    ("es", "La mínima fue de -20 °C.",
     "The low was -4 °F.",
     "The low was -40 °F."),
    ("es", "El parque abarca 100 km².",
     "The park covers 39 square miles.",
     "The park covers 93 square miles."),
    ("es", "El avión volaba a 900 km/h.",
     "The plane flew at 560 mph.",
     "The plane flew at 650 mph."),
]

PAIRS = REAL + OWN


def _ids(rows: list[tuple[str, str, str, str]]) -> list[str]:
    return [r[1][:40] for r in rows]


def test_enough_pairs() -> None:
    assert len(OWN) >= 30
    assert sum(1 for r in OWN if r[0] == "es") >= 10


@pytest.mark.parametrize(("src_lang", "src", "tgt", "wrong"), PAIRS, ids=_ids(PAIRS))
def test_converted_value_passes_silently(tmp_path: Path, src_lang: str, src: str, tgt: str,
                                         wrong: str) -> None:
    tgt_lang = "es" if src_lang == "en" else "en"
    assert loud(findings(tmp_path, src, tgt, src_lang, tgt_lang)) == []


@pytest.mark.parametrize(("src_lang", "src", "tgt", "wrong"), PAIRS, ids=_ids(PAIRS))
def test_changed_value_is_flagged(tmp_path: Path, src_lang: str, src: str, tgt: str,
                                  wrong: str) -> None:
    tgt_lang = "es" if src_lang == "en" else "en"
    found = loud(findings(tmp_path, src, wrong, src_lang, tgt_lang))
    assert any(f.startswith(("QTY001", "QTY004")) for f in found), found


def test_message_gives_the_conversion(tmp_path: Path) -> None:
    found = findings(tmp_path, REAL[0][1], REAL[0][3])
    [msg] = [f.message for f in found if f.code == "QTY001"]
    assert msg == '"85 mph" (85 mi/h, about 137 km/h) became "163 km/h" (163 km/h)'


def test_unit_changed_without_conversion(tmp_path: Path) -> None:
    found = findings(tmp_path, "The surge could reach 20 feet.", "La marejada podría alcanzar 20 metros.")
    assert [f.code for f in found if f.code.startswith("QTY")] == ["QTY004"]
    assert found[0].severity == "error"


def test_parenthetical_conversion_kept_whole_is_silent(tmp_path: Path) -> None:
    src = "Droplets may travel 1 to 2 metres (3 to 6 feet) and up to 4.5 metres (15 feet)."
    tgt = "Las gotas pueden desplazarse de 1 a 2 metros (3 a 6 pies) y hasta 4,5 metros (15 pies)."
    assert loud(findings(tmp_path, src, tgt)) == []


def test_translation_adds_the_conversion(tmp_path: Path) -> None:
    assert loud(findings(tmp_path, "The fire was 45 miles from the city.",
                         "El incendio estaba a 72 kilómetros (45 millas) de la ciudad.")) == []


def test_wrong_parenthetical_in_translation_is_flagged(tmp_path: Path) -> None:
    found = loud(findings(tmp_path, "The fire was 45 miles from the city.",
                          "El incendio estaba a 72 kilómetros (54 millas) de la ciudad."))
    assert [f[:6] for f in found] == ["QTY003"]
