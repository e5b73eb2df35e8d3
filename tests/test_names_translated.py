"""Names a translation translates rather than keeps: CLDR exonyms, words derived from a name,
party and member names. Each must agree; a real change must still be reported."""

from __future__ import annotations

import pytest

from bilint import glossary as gl
from bilint.cldr_names import exonyms
from bilint.model import Document, line_starts
from bilint.pipeline import check
from bilint.resources import rules_path
from bilint.segment import segment
from bilint.wordlist import WordList


def doc(path: str, lang: str, text: str) -> Document:
    return Document(path, lang, text, segment(text, text), line_starts(text), raw=text)


def loud_names(en: str, es: str) -> list[tuple[str, str]]:
    result = check(doc("a.en.md", "en", en), doc("a.es.md", "es", es))
    return [(f.code, f.message) for f in result.findings
            if f.code.startswith("NAM") and f.severity != "info"]


@pytest.fixture(autouse=True)
def _default_glossary() -> None:
    gl.use([])


def test_a_city_cldr_spells_otherwise_is_the_same_city() -> None:
    en = "Thousands marched in Skopje on Sunday, and more in Ljubljana and Khartoum.\n"
    es = "Miles de personas marcharon el domingo en Skopie, y más en Liubliana y Jartum.\n"
    assert loud_names(en, es) == []


def test_an_exonym_does_not_hide_a_changed_city() -> None:
    en = "Thousands marched in Skopje on Sunday.\n"
    es = "Miles de personas marcharon el domingo en Liubliana.\n"
    assert [c for c, _ in loud_names(en, es)] == ["NAM001", "NAM002"]


def _cldr() -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    lexicon = rules_path() / "lexicon"
    ordinary = {lang: WordList((lexicon / f"common.{lang}.txt").read_text(encoding="utf-8"))
                for lang in ("en", "es")}
    return dict(exonyms("en", "es", ordinary, known=lambda key: False, fold=gl.phrase_key))


def test_cldr_names_that_are_ordinary_words_are_left_out() -> None:
    got = _cldr()
    assert got["cldr:city:Europe/Skopje"] == (("en", ("Skopje",)), ("es", ("Skopie",)))
    # "Navidad" (Christmas Island) and "Granada" (Grenada) are words Spanish prose capitalises
    # for other things: as glossary names they would be strong names everywhere.
    assert "cldr:city:Indian/Christmas" not in got
    assert "cldr:territory:GD" not in got
    # A qualified language name ("Hindi (Latin)") is no pair of names.
    assert "cldr:language:hi_Latn" not in got


def test_a_name_is_stated_by_a_word_derived_from_it() -> None:
    en = ("Turnout was 16 percent, against 34 percent in the last parliamentary election.\n\n"
          "China was accused of meddling in the congressional elections.\n")
    es = ("La participación fue del 16 %, frente al 34 % de las últimas elecciones al "
          "Parlamento.\n\nSe acusó a China de inmiscuirse en las elecciones al Congreso.\n")
    assert loud_names(en, es) == []


def test_a_derived_word_is_no_excuse_for_a_dropped_name_it_does_not_derive_from() -> None:
    en = "The Senate voted on the bill.\n"
    es = "El Parlamento votó la ley.\n"
    assert [c for c, _ in loud_names(en, es)] == ["NAM001", "NAM002"]


def test_members_and_parties_by_their_spanish_names() -> None:
    en = ("After all, I'm the latest in a line of Labour MPs to be told we are not welcome.\n\n"
          "A Labour government could make deductions, said the Tory MP.\n")
    es = ("Después de todo, soy el último de una fila de Miembros del Parlamento del Partido "
          "Laborista a quien se le dice que no es bienvenido.\n\nUn gobierno laborista podría "
          "aplicar deducciones, dijo el diputado conservador.\n")
    assert loud_names(en, es) == []


def test_a_party_rendered_as_a_common_noun_is_still_reported() -> None:
    en = "Labour is no longer a broad church.\n"
    es = "La mano de obra ya no es una iglesia general.\n"
    assert [c for c, _ in loud_names(en, es)] == ["NAM001"]


def test_a_name_written_with_its_umlauts_or_cut_short_is_the_same_name() -> None:
    en = ("Stuttgart is the capital of Baden-Wuerttemberg.\n\n"
          "She announced it to her 2 million followers on Insta.\n")
    es = ("Stuttgart es la capital de Baden-Württemberg.\n\n"
          "Lo anunció a sus 2 millones de seguidores de Instagram.\n")
    assert loud_names(en, es) == []


def test_a_dropped_letter_is_no_umlaut() -> None:
    en = "Special counsel Robert Mueller declined to comment.\n"
    es = "El fiscal especial Robert Muller declinó hacer comentarios.\n"
    assert [c for c, _ in loud_names(en, es)] == ["NAM003"]


def test_an_institution_translated_into_ordinary_plurals_is_weak() -> None:
    # "Apelaciones" is the plural of "apelación": an ordinary word, so the Spanish name is one
    # a translation renders in words, as the English "Board of Immigration Appeals" is.
    en = "He appealed to the Board of Immigration Appeals last month.\n"
    es = "Apeló ante la Junta de Apelaciones Migratorias el mes pasado.\n"
    assert loud_names(en, es) == []


def test_spanish_nouns_derived_from_ordinary_words_are_ordinary() -> None:
    # "Reanimación" (reanimar) and "Anticorrupción" (corrupción) are not in the word list:
    # an institution named with them is still rendered in ordinary words.
    en = ("The Italian College of Anaesthesia, Analgesia, Resuscitation and Intensive Care "
          "published recommendations.\n\nThe Bengali Anti-Corruption Commission filed a case.\n")
    es = ("El Colegio italiano de Anestesia, Analgesia, Reanimación y Cuidados Intensivos "
          "publicó recomendaciones.\n\nLa Comisión Anticorrupción bengalí presentó una "
          "denuncia.\n")
    got = loud_names(en, es)
    assert not [m for c, m in got if c == "NAM002"], got


def test_arabic_article_and_words_named_after_a_name_or_a_verb() -> None:
    en = ("Military action will target fighters from the Nusra Front.\n\n"
          "Tory Brexiteer Andrea Jenkyns was also at the march.\n\n"
          "Meanwhile, Remainers marched through Birmingham.\n")
    es = ("Las acciones militares se enfocarán en los combatientes del Frente Al-Nusra.\n\n"
          "Andrea Jenkyns, del partido conservador que apoya el Brexit, también asistió a la marcha.\n\n"
          "Mientras tanto, los favorables a la permanencia recorrieron Birmingham.\n")
    assert loud_names(en, es) == []
    # The article is no licence for another name.
    assert [c for c, _ in loud_names("Fighters of the Nusra Front.\n", "Combatientes del Frente Al-Shabab.\n")] \
        == ["NAM001", "NAM002"]


def test_a_short_word_in_a_line_of_capitals_is_no_acronym() -> None:
    # "LA" is Los Angeles in prose; in a line of capitals it is the article.
    assert loud_names("IT IS HEREBY ORDERED THAT:\n", "POR LA PRESENTE SE DECRETA QUE:\n") == []
    assert [c for c, _ in loud_names("Flights to Miami resumed.\n", "Se reanudaron los vuelos a LA.\n")] \
        == ["NAM001", "NAM002"]


def test_a_title_before_a_full_name_and_a_list_marker_before_a_word() -> None:
    en = ("Statements must be coordinated with the office of Vice-President Mike Pence.\n\n"
          "(3) Serology sample collection across all age groups.\n\n"
          "The HR Operations team is looking into ergonomics guidance.\n")
    es = ("Las declaraciones deben coordinarse con la oficina del vicepresidente, Mike Pence.\n\n"
          "(3) Toma de muestras serológicas en todos los grupos etarios.\n\n"
          "El equipo de Operaciones de RR. HH. está analizando las pautas sobre ergonomía.\n")
    assert loud_names(en, es) == []
    # A title is not part of the name: the person is still checked.
    assert [c for c, _ in loud_names("He met Prime Minister Boris Johnson.\n",
                                     "Se reunió con el primer ministro Boris Jonson.\n")] == ["NAM003"]


def test_a_word_of_a_name_swapped_for_another_name_is_reported() -> None:
    en = "Earlier this year, Hans-Peter Bartels, chief of the defence committee, spoke.\n"
    es = "A principios de este año, Hans-Martin Bartels, jefe del comité de defensa, habló.\n"
    assert [c for c, _ in loud_names(en, es)] == ["NAM003"]
    # A name translated word by word, reordered or with a code, is no swap.
    en = "It was imaged at the Johns Hopkins University Center for Systems Science.\n"
    es = "Se tomó en el Centro de Ciencias de Sistemas de la Universidad Johns Hopkins.\n"
    assert loud_names(en, es) == []


def test_a_swapped_name_is_not_excused_by_a_mention_far_away() -> None:
    paragraphs_en = ["Maxine Waters denies the staffer leaked the data.", "Nothing else happened.",
                     "More news came later.", "Waters said she would sue."]
    paragraphs_es = ["Maxine Edward niega que el empleado filtrara los datos.", "No pasó nada más.",
                     "Más noticias llegaron después.", "Waters dijo que demandaría."]
    got = loud_names("\n\n".join(paragraphs_en) + "\n", "\n\n".join(paragraphs_es) + "\n")
    assert [c for c, _ in got] == ["NAM003"]


def test_a_name_cut_short_beside_its_full_form() -> None:
    en = ('A survey revealed a rapid growth in "fake Insta" accounts - a reference to '
          "photo-sharing site Instagram.\n")
    es = "Una encuesta reveló el rápido crecimiento de cuentas falsas de Instagram.\n"
    assert loud_names(en, es) == []
    assert [c for c, _ in loud_names("Growth in fake Insta accounts.\n", "Crecen las cuentas falsas.\n")] == ["NAM001"]


def test_a_name_whose_first_words_the_translation_writes_in_lowercase() -> None:
    en = "Addressing the UN General Assembly, the foreign minister called on refugees to come home."
    assert loud_names(en, "Ante la asamblea general de las naciones Unidas, el ministro de "
                      "Exteriores pidió a los refugiados que regresaran.") == []
    en = "A spokesman for the White House said the talks would resume on Monday."
    assert loud_names(en, "Un portavoz de la casa Blanca dijo que las conversaciones se reanudarían el lunes.") == []
    # The longer phrase must be a name the source states.
    assert [c for c, _ in loud_names(
        "A spokesman for the government said the talks would resume on Monday.",
        "Un portavoz del equipo de Pelosi dijo que las conversaciones se reanudarían el lunes.")] == ["NAM002"]


def all_names(en: str, es: str) -> list[tuple[str, str]]:
    result = check(doc("a.en.md", "en", en), doc("a.es.md", "es", es))
    return [(f.code, f.severity) for f in result.findings if f.code.startswith("NAM")]


def test_a_dropped_nationality_is_a_note_unless_another_takes_its_place() -> None:
    en = "Mr. Sutopo said Indonesian officials were assessing the situation in Palu."
    es = "El señor Sutopo explicó que las autoridades estaban evaluando la situación en Palu."
    assert all_names(en, es) == [("NAM007", "info")]
    # Another nationality in its place is a changed fact.
    assert all_names("A Welsh farmer has lost 300 sheep in the storm.",
                     "Un granjero escocés ha perdido 300 ovejas en la tormenta.") == [("NAM001", "warning")]
    # Before a capitalised word it belongs to a title, which the translation keeps.
    assert all_names("The actor declined to comment, though a Scottish Sun source hinted at a move.",
                     "El actor no quiso comentar, aunque una fuente del Sun insinuó un cambio.") == [
        ("NAM001", "warning")]


def test_the_head_of_a_name_moves_to_the_front_in_spanish() -> None:
    en = "Theresa May arrives for the Conservative Party Conference in Birmingham."
    assert loud_names(en, "Theresa May llega al Congreso del Partido Conservador en Birmingham.") == []
    assert loud_names("Europe leads the Ryder Cup after the fourballs.",
                      "Europa lidera la Copa Ryder tras los fourballs.") == []
    # Without the name it heads in the source, the noun names something the source does not.
    found = loud_names("Theresa May arrives in Birmingham for the meeting of the Conservative Party.",
                       "Theresa May llega a Birmingham para el Congreso del Partido Conservador.")
    assert [m for _, m in found] == ['"Congreso" (name) in the translation has no counterpart in the source']


def test_compass_regions_are_translated_in_lowercase() -> None:
    en = "The Scot is relishing the challenge of reviving the North-East club."
    assert loud_names(en, "El escocés se muestra ilusionado ante el reto de revitalizar el club del nordeste.") == []
    assert loud_names("Storms are expected across the Midwest on Friday.",
                      "Se esperan tormentas en el Medio Oeste el viernes.") == []
    # Another region is another place.
    assert [c for c, _ in loud_names(en, "El escocés se muestra ilusionado ante el reto de "
                                     "revitalizar el club de Escocia.")] == ["NAM001"]


def test_spanish_spells_an_adjective_of_a_people_with_a_leading_e() -> None:
    en = "Opponents argue the change would undermine the identity of Macedonia's Slavic majority."
    assert loud_names(en, "Los opositores sostienen que el cambio menoscabaría la identidad de la "
                      "población eslava, mayoría en Macedonia.") == []
    assert [c for c, _ in loud_names(en, "Los opositores sostienen que el cambio menoscabaría la "
                                     "identidad de la mayoría eslovaca de Macedonia.")] == ["NAM001"]
