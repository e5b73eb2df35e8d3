"""Names, acronyms and codes: extraction in English and Spanish, matching, NAM rules, glossaries."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bilint import glossary as gl
from bilint.extract import names
from bilint.lang import parse_lang
from bilint.model import Document, line_starts
from bilint.pipeline import check
from bilint.segment import segment

EN, ES = parse_lang("en"), parse_lang("es")
SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_7d743c62b215637b.txt"


def found(text: str, lang: str = "en") -> dict[str, str]:
    return {f.surface: f.strength for f in names.extract(text, parse_lang(lang))}


def doc(path: str, lang: str, text: str) -> Document:
    return Document(path, lang, text, segment(text, text), line_starts(text), raw=text)


def nam(en: str, es: str) -> list[tuple[str, str]]:
    result = check(doc("a.en.md", "en", en), doc("a.es.md", "es", es))
    return [(f.code, f.message) for f in result.findings
            if f.code.startswith("NAM") and f.severity != "info"]


@pytest.fixture(autouse=True)
def _default_glossary() -> None:
    gl.use([])


# --- extraction -------------------------------------------------------------------------------


def test_sequences_with_connectors_acronyms_codes_and_possessives() -> None:
    got = found("Later, Bukele's brother met Michael Needham of the ACLU about Tren de Aragua "
                "and MS-13 members, and COVID-19.")
    assert got == {"Bukele": "strong", "Michael Needham": "strong", "ACLU": "strong",
                   "Tren de Aragua": "strong", "MS-13": "strong", "COVID-19": "strong"}


def test_spanish_dotted_acronyms_and_accents() -> None:
    got = found("Según el Gobierno de EE. UU. y la ONU, el juez Alvin Hellerstein habló con José "
                "Martínez en Nueva York.", "es")
    assert got["EE. UU."] == "strong" and got["ONU"] == "strong"
    assert got["Alvin Hellerstein"] == "strong" and got["José Martínez"] == "strong"
    assert got["Nueva York"] == "strong"
    assert "Según" not in got


def test_titles_are_dropped_and_glossary_phrases_cut_out() -> None:
    got = found("It was Homeland Security Secretary Kristi Noem and President Donald Trump.")
    assert "Kristi Noem" in got and "Donald Trump" in got and "Homeland Security" in got
    assert not any("Secretary" in s or "President" in s for s in got)


def test_sentence_initial_ordinary_words_and_ordinary_names_are_weak() -> None:
    got = found("Prior to that, the Supreme Court cited the Leadership Team, as did Trump.")
    assert "Prior" not in got
    assert got["Leadership Team"] == "weak"
    assert got["Supreme Court"] == "strong"  # a glossary concept
    assert got["Trump"] == "weak"  # "trump" is also an English word


def test_title_case_headline_is_not_evidence() -> None:
    got = found("Senators Approve Sweeping Package After Marathon Overnight Session Ends")
    assert all(s == "weak" for s in got.values())


def test_name_claims_the_number_after_it() -> None:
    facts = names.extract("The airline grounded its Boeing 737 fleet.", EN)
    assert [f.surface for f in facts] == ["Boeing 737"]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("The order grounded every Boeing 737-MAX in the fleet.", "en", ["Boeing 737-MAX"]),
    ("Lo dijo el portavoz de la Casa del al-Assad ayer.", "es", ["Casa del al-Assad"]),
    ("Patrols along the U.S.-Mexico border grew.", "en", ["U.S.", "Mexico"]),
    ("The pro-Trump group and the iPhone maker met.", "en", []),
    ("Los fondos, unos US$ 20 millones, llegaron.", "es", []),
    ("Lo confirmaron en EE.UU.Trump y el Gobierno.", "es", ["EE.UU.", "Trump", "Gobierno"]),
])
def test_words_around_capitals_decide_where_names_start_and_end(
        text: str, lang: str, expected: list[str]) -> None:
    assert [f.surface for f in names.extract(text, parse_lang(lang))] == expected


# Pieces of text where the reading of names is decided: capitals inside words, dotted acronyms,
# apostrophes and hyphens, connectors, combining accents, currency signs, sentence ends.
_PIECES = ["A", "É", "a", "é", "x", "7", " ", " ", "\u00a0", ".", ",", "'", "’", "-", "\u2011",
           "$", "\n", "“", "(", "¿", ":", "—", "e\u0301", "\u0301", "½", "ǅ", "İ", " de ",
           " of the ", " y ", " del ", "al-", "O'", "EE.UU.", "EE. UU.", "U.S.", "MS-13", "The ",
           "La ", "President ", "March ", "Trump", "Needham", "Bank", "America", "iPhone", "737",
           "II", "WHO", "Ministerio", "Salud", "'s", "s'", "Dr.", "J. R. R.", "Tony S"]


@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12).map("".join),
       st.sampled_from(["en", "es"]))
@example("Salud La \u0301EE.UU. ofof\u0301U.S. d", "es")  # an accent the reader does not pass
@example("La del al-II the de\u2011The IV", "es")  # two connectors, then a particle
@example("delIVO'U.S.Tony S AmericaLa", "en")
@settings(max_examples=300, deadline=None)
def test_names_read_by_stretches_are_the_names_of_the_whole_paragraph(text: str, code: str) -> None:
    # Names are read, and remembered, by the stretches of text that may hold them: that must
    # give what reading the paragraph whole gives, in any surroundings, whatever was read before.
    lang = parse_lang(code)
    around = [p + text + s for p in ("", "Then ", "It ended. ", "x", "“", "de ")
              for s in ("", "$", "'s", " 737", ", said Needham.")]

    def read(t: str) -> list[tuple[str, int, int, str, object]]:
        return [(f.surface, f.span.start, f.span.end, f.strength, f.alternatives)
                for f in names.extract(t, lang)]

    by_stretches = [read(t) for t in around]
    whole = []
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(names, "_regions", lambda t, base: [(0, len(t))])
        for t in around:
            names.glossary_changed()
            whole.append(read(t))
    names.glossary_changed()
    assert by_stretches == whole


def test_adversarial_inputs_finish() -> None:
    start = time.perf_counter()
    names.extract("Word " * 100_000, EN)
    names.extract("de " * 50_000 + "Aragua", ES)
    names.extract("A." * 50_000, EN)
    names.extract("MS-" * 30_000, EN)
    names.extract("Ab" + "'b" * 30_000, EN)
    assert time.perf_counter() - start < 60  # generous: this only guards against blow-ups


# --- judging ----------------------------------------------------------------------------------


def test_translated_names_agree() -> None:
    en = ("The United States sent migrants to CECOT, said Democrats in New York. ICE and the "
          "ACLU met in the Oval Office over the Alien Enemies Act and the TdA gang.\n")
    es = ("Estados Unidos envió migrantes al Cecot, dijeron los demócratas en Nueva York. El "
          "Servicio de Control de Inmigración y Aduanas (ICE, por sus siglas en inglés) y la ACLU "
          "se reunieron en la Oficina Oval sobre la Ley de Enemigos Extranjeros y el Tren de "
          "Aragua.\n")
    assert nam(en, es) == []


def test_dropped_code_is_a_warning() -> None:
    got = nam("The request named certain MS-13 members.\n",
              "La solicitud nombraba a ciertos miembros de pandillas.\n")
    assert got == [("NAM001", '"MS-13" (code) is missing from the translation')]


def test_misspelled_name_is_an_error() -> None:
    got = nam("Emails went to Michael Needham, the counselor.\n",
              "Los correos fueron a Michael Needam, el consejero.\n")
    assert got == [("NAM003", '"Michael Needham" is spelled "Michael Needam" in the translation')]


def test_changed_code_is_an_error() -> None:
    got = nam("Two alleged MS-13 members were sent.\n",
              "Se enviaron dos presuntos miembros de la MS-18.\n")
    assert got == [("NAM004", '"MS-13" became "MS-18"')]


def test_swapped_name_is_missing_and_added() -> None:
    got = nam("Rubio spoke with Bukele again.\n", "Rubio habló de nuevo con Hellerstein.\n")
    assert [c for c, _ in got] == ["NAM001", "NAM002"]


def test_spanish_lowercase_demonym_and_surname_satisfy() -> None:
    en = "Venezuelan migrants met Ibrajim Bukele.\n\nLater Bukele left.\n"
    es = "Los migrantes venezolanos se reunieron con Ibrajim Bukele.\n\nLuego Ibrajim Bukele se fue.\n"
    assert nam(en, es) == []


@pytest.mark.parametrize(("en", "es"), [
    ("The Italian Radiological Society is compiling an online database of imaging findings.\n",
     "La Sociedad Italiana de Radiología está compilando una base de datos de imágenes.\n"),
    ("The pilot was run with the PHE Seroepidemiology Unit.\n",
     "La prueba piloto se hizo con la Unidad de Seroepidemiología de PHE.\n"),
    ("In Russia, the test was developed by the State Research Center of Virology and "
     "Biotechnology VECTOR.\n",
     "En Rusia, la prueba fue desarrollada por el Centro Estatal de Investigación de Virología "
     "y Biotecnología VECTOR.\n"),
    ("Ritual washing is part of many religions, including the Bahá'í Faith.\n",
     "El lavado ritual forma parte de muchas religiones, como el bahaísmo.\n"),
])
def test_an_institution_translated_word_by_word_is_present(en: str, es: str) -> None:
    # Its uncommon words cross as cognates, in any order: "Radiological" / "Radiología".
    assert nam(en, es) == []


@pytest.mark.parametrize(("en", "es"), [
    # The plural of a code or an acronym in mixed case is the code.
    ("A deletion characteristic of SARS-CoVs has been found in strains.\n",
     "Se encontró una eliminación característica de los SARS-CoV en cepas.\n"),
    ("Several SARS-like CoVs (SL-CoVs) were identified in bats.\n",
     "Varios coronavirus similares al SARS (SL-CoV) se identificaron en murciélagos.\n"),
    # "Co-operation" is one word: the hyphen does not end the name at "Co".
    ("The Organisation for Economic Co-operation and Development launched a platform.\n",
     "La Organización para la Cooperación y el Desarrollo Económicos lanzó una plataforma.\n"),
])
def test_plural_codes_and_prefixed_words_in_names(en: str, es: str) -> None:
    assert nam(en, es) == []


@pytest.mark.parametrize(("en", "es", "codes"), [
    # Another institution's uncommon word is no cognate of this one's.
    ("The pilot was run with the PHE Seroepidemiology Unit.\n",
     "La prueba piloto se hizo con la Unidad de Virología de PHE.\n", ["NAM001", "NAM002"]),
    # One letter apart is a misspelling, not a word crossing languages.
    ("The talk was given by Pamela Anderson and her lawyer.\n",
     "La charla la dieron Pamela Andersan y su abogado.\n", ["NAM001", "NAM002"]),
    ("The vaccine was tested at Johns Hopkins University.\n",
     "La vacuna se probó en la Universidad Johns Hopkin.\n", ["NAM001", "NAM002"]),
    # A person's name is not translated: two letters off is not a cognate either.
    ("Talks with Volodymyr Zelensky resumed.\n", "Se reanudaron las conversaciones con "
     "Volodímir Zelenki.\n", ["NAM001", "NAM002"]),
])
def test_near_words_still_report_a_changed_or_misspelled_name(en: str, es: str,
                                                              codes: list[str]) -> None:
    assert sorted(c for c, _ in nam(en, es)) == codes


@pytest.mark.parametrize(("en", "es"), [
    ("Chloroquine was recommended by South Korean health authorities.\n",
     "La cloroquina fue recomendada por las autoridades sanitarias surcoreanas.\n"),
    ("The phrase is common in some English communities.\n",
     "La frase es común en algunas comunidades inglesas.\n"),
    ("Portuguese companies bid for the contract.\n",
     "Empresas portuguesas se presentaron a la licitación.\n"),
])
def test_a_demonym_agrees_in_any_gender_and_number(en: str, es: str) -> None:
    # Spanish demonyms agree with their noun: "autoridades surcoreanas", "comunidades inglesas".
    assert nam(en, es) == []


def _other_forms(word: str) -> list[str]:
    """A Spanish adjective's other gender and number forms, where its ending says them."""
    for ending, others in (("o", ("a", "os", "as")), ("és", ("esa", "eses", "esas")),
                           ("án", ("ana", "anes", "anas"))):
        if word.endswith(ending):
            return [word[:-len(ending)] + o for o in others]
    return [word + "s"] if word.endswith("e") else [word + "es"] if word.endswith("í") else []


def test_every_spanish_demonym_of_the_glossaries_lists_its_gender_and_number_forms() -> None:
    import yaml

    from bilint.resources import rules_path

    incomplete = []
    for path in sorted((rules_path() / "glossary").glob("*.en-es.yaml")):
        for concept in yaml.safe_load(path.read_text(encoding="utf-8"))["concepts"]:
            forms = {f.strip() for f in str(concept.get("es", "")).split("|")}
            for word in sorted(forms):
                # "talibán": plural talibanes, no feminine in use; "budismo": a noun.
                if word[:1].islower() and " " not in word and word != "talibán" \
                        and not word.endswith(("ismo", "ísmo")):
                    incomplete += [(path.name, word, m) for m in _other_forms(word) if m not in forms]
    assert not incomplete, incomplete[:10]


def _all_findings(en: str, es: str) -> list[str]:
    result = check(doc("a.en.md", "en", en), doc("a.es.md", "es", es))
    return [f.code for f in result.findings if f.severity != "info"]


@pytest.mark.parametrize(("en", "es", "codes"), [
    # A number word that opens a sentence is a number, not a name.
    ("Seven days later the sequence was released.\n",
     "Siete días después, se dio a conocer la secuencia.\n", []),
    ("Seven trials were evaluating the drug.\n", "Ocho ensayos evaluaban el fármaco.\n", ["NUM001"]),
    # "Twice" is "dos veces", or "el doble", which states no 2.
    ("The list is updated twice a year.\n", "La lista se actualiza dos veces al año.\n", []),
    ("Prices rose twice as fast as wages.\n", "Los precios subieron el doble de rápido.\n", []),
    ("The list is updated twice a year.\n", "La lista se actualiza tres veces al año.\n", ["NUM003"]),
])
def test_number_words_in_capitals_and_twice(en: str, es: str, codes: list[str]) -> None:
    assert _all_findings(en, es) == codes


@pytest.mark.parametrize(("en", "es", "codes"), [
    ("The Chinese foreign ministry said 21 countries had sent aid.\n",
     "El Ministerio de Asuntos Exteriores de China dijo que 21 países habían enviado ayuda.\n", []),
    ("India's Health Ministry announced 11 isolates.\n",
     "El Ministerio de Salud de la India anunció 11 aislados.\n", []),
    ("The Health Ministry reported 40 new cases.\n",
     "El Ministerio de Defensa informó 40 casos nuevos.\n", ["NAM001", "NAM002"]),
])
def test_ministries_in_either_order_and_a_swapped_one(en: str, es: str, codes: list[str]) -> None:
    assert _all_findings(en, es) == codes


@pytest.mark.parametrize(("en", "es", "codes"), [
    # Spanish transliterates other alphabets its own way: the same name, reported only as info.
    ("President Volodymyr Zelensky spoke in Kyiv.\n",
     "El presidente Volodímir Zelenski habló en Kiev.\n", ["NAM006"]),
    ("Thousands fled Khan Younis.\n", "Miles huyeron de Jan Yunis.\n", ["NAM006"]),
    ("Yevgeny Prigozhin led the mutiny.\n", "Yevgueni Prigozhin encabezó el motín.\n", []),
    # A dropped letter is still a misspelling, even in a transliterated name.
    ("Michael Needham resigned.\n", "Michael Needam renunció.\n", ["NAM003"]),
    ("President Volodymyr Zelensky spoke.\n", "El presidente Volodímir Zelenki habló.\n",
     ["NAM001", "NAM002"]),
    # Monarchs and popes have Spanish names.
    ("King Charles III visited Ottawa.\n", "El rey Carlos III visitó Ottawa.\n", []),
    ("Pope Francis visited Lisbon.\n", "El papa Francisco visitó Lisboa.\n", []),
    ("Francis Collins led the NIH.\n", "Francis Collins dirigió los NIH.\n", []),
    # The Amazon: a rainforest Spanish names by an adjective, and a company that keeps its name.
    ("The Amazon rainforest is shrinking.\n", "La selva amazónica se está reduciendo.\n", []),
    ("Amazon reported record sales.\n", "Amazon informó ventas récord.\n", []),
    ("The International Olympic Committee postponed the Games.\n",
     "El Comité Olímpico Internacional aplazó los Juegos.\n", []),
    ("MERS spread in the Arabian Peninsula and the Asia-Pacific region.\n",
     "El MERS se propagó en la península arábiga y en la región de Asia y el Pacífico.\n", []),
    ("Hinduism, Buddhism, Sikhism, Judaism and Islam require washing hands.\n",
     "El hinduismo, el budismo, el sijismo, el judaísmo y el islam obligan a lavarse las manos.\n",
     []),
    ("Pope Leo XIV met Benedict XVI's secretary.\n",
     "El papa León XIV se reunió con el secretario de Benedicto XVI.\n", []),
])
def test_transliterated_names_and_spanish_names_of_monarchs(en: str, es: str,
                                                            codes: list[str]) -> None:
    result = check(doc("a.en.md", "en", en), doc("a.es.md", "es", es))
    assert [f.code for f in result.findings if f.code.startswith("NAM")] == codes


def test_the_amazon_by_its_adjective_from_spanish_to_english() -> None:
    result = check(doc("a.es.md", "es", "La selva amazónica se está reduciendo.\n"),
                   doc("a.en.md", "en", "The Amazon rainforest is shrinking.\n"))
    assert [f.code for f in result.findings] == []


def test_case_only_difference_is_info_and_off_by_default() -> None:
    result = check(doc("a.en.md", "en", "Migrants were sent to CECOT.\n"),
                   doc("a.es.md", "es", "Los migrantes fueron enviados al Cecot.\n"))
    codes = [(f.code, f.severity) for f in result.findings]
    assert codes == [("NAM006", "info")]
    from bilint.pipeline import apply_selection

    assert apply_selection(result.findings, None, set()) == []


def test_translated_acronym_is_not_reported() -> None:
    assert nam("Patients with ARDS were treated.\n", "Se trató a pacientes con SDRA.\n") == []


# --- glossaries -------------------------------------------------------------------------------


def test_default_glossary_is_large_and_has_the_news_staples() -> None:
    g = gl.default_glossary()
    assert len(g.concepts) >= 300
    for a, b in [("United States", "EE. UU."), ("UN", "ONU"), ("NATO", "OTAN"), ("WHO", "OMS"),
                 ("EU", "UE"), ("IMF", "FMI"), ("State Department", "Departamento de Estado"),
                 ("Supreme Court", "Tribunal Supremo"), ("White House", "Casa Blanca"),
                 ("Oval Office", "Oficina Oval"), ("Homeland Security", "Seguridad Nacional"),
                 ("London", "Londres")]:
        ids_a = set(g.lookup(gl.phrase_key(a), a.isupper()))
        ids_b = set(g.lookup(gl.phrase_key(b), True))
        assert ids_a & ids_b, (a, b)


def test_user_glossary_translation_keep_and_forbid(tmp_path: Path) -> None:
    path = tmp_path / "house.yaml"
    path.write_text("terms:\n  Supreme Court: [Tribunal Supremo]\nkeep: [CECOT]\n"
                    "forbid:\n  Homeland Security: [Seguridad de la Patria]\n", encoding="utf-8")
    gl.use([path])
    got = nam("The Supreme Court ruled on CECOT and Homeland Security.\n",
              "La Corte Suprema falló sobre el Cecot y la Seguridad de la Patria.\n")
    assert [c for c, _ in got] == ["NAM005", "NAM005", "NAM005"]
    assert any("Tribunal Supremo" in m for _, m in got)
    assert any("kept as written" in m for _, m in got)
    assert any("wrong rendering" in m for _, m in got)


def test_bad_glossary_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("terms:\n  Supreme Court: [Tribunal Supremo]\nkeeep: [CNN]\n", encoding="utf-8")
    with pytest.raises(gl.GlossaryError, match=r"bad\.yaml:3: unknown key 'keeep'"):
        gl.load_glossaries([path])
    path.write_text("terms:\n  Court: [a, [b]]\n", encoding="utf-8")
    with pytest.raises(gl.GlossaryError, match=r"bad\.yaml:2:"):
        gl.load_glossaries([path])


def test_a_huge_glossary_is_refused_in_one_line(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from bilint.cli import cli

    huge = tmp_path / "everything.yaml"
    rows = (f"  Term{i} Alpha: [Término{i} Alfa]" for i in range(gl.MAX_GLOSSARY_BYTES // 30))
    huge.write_text("terms:\n" + "\n".join(rows) + "\n", encoding="utf-8")
    assert huge.stat().st_size > gl.MAX_GLOSSARY_BYTES
    (tmp_path / "a.en.md").write_text("The Term5 Alpha committee met on Tuesday.\n", encoding="utf-8")
    (tmp_path / "a.es.md").write_text("El comité Término5 Alfa se reunió el martes.\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["compare", str(tmp_path / "a.en.md"), str(tmp_path / "a.es.md"),
                                 "--glossary", str(huge)])
    assert r.exit_code == 2
    assert "everything.yaml: glossary is" in r.output and "up to 2 MiB" in r.output
    assert "Traceback" not in r.output and len(r.output.strip().splitlines()) == 1


def test_an_alias_bomb_in_a_glossary_is_an_error_not_a_hang(tmp_path: Path) -> None:
    lines = ["terms:", '  L0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"  L{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(gl.GlossaryError, match=r"bomb\.yaml:[0-9]+: .*must be a non-empty string"):
        gl.load_glossaries([bomb])


def test_a_tbx_with_entities_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "laughs.tbx"
    path.write_text(
        '<?xml version="1.0"?><!DOCTYPE martif [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        '<martif type="TBX"><text><body><termEntry id="c1"><langSet xml:lang="en"><tig>'
        '<term>&lol2;</term></tig></langSet></termEntry></body></text></martif>', encoding="utf-8")
    with pytest.raises(gl.GlossaryError, match=r"laughs\.tbx: TBX with entity declarations"):
        gl.load_glossaries([path])


def test_tbx_import(tmp_path: Path) -> None:
    path = tmp_path / "terms.tbx"
    path.write_text(
        '<?xml version="1.0"?><martif type="TBX"><text><body>'
        '<termEntry id="c1"><langSet xml:lang="en"><tig><term>Bank of Spain</term></tig></langSet>'
        '<langSet xml:lang="es"><tig><term>Banco de España</term></tig>'
        '<tig><term>Banco Español</term><termNote type="administrativeStatus">'
        'deprecatedTerm-admn-sts</termNote></tig></langSet></termEntry>'
        '</body></text></martif>', encoding="utf-8")
    g = gl.load_glossaries([path])
    assert g.concepts[0].forbid == ("Banco Español",)
    assert "Banco de España" in g.concepts[0].translations


def test_cli_glossary_option(tmp_path: Path) -> None:
    from bilint.cli import main

    (tmp_path / "a.en.md").write_text("The Supreme Court ruled.\n", encoding="utf-8")
    (tmp_path / "a.es.md").write_text("La Corte Suprema falló.\n", encoding="utf-8")
    g = tmp_path / "g.yaml"
    g.write_text("terms:\n  Supreme Court: Tribunal Supremo\n", encoding="utf-8")
    args = [str(tmp_path / "a.en.md"), str(tmp_path / "a.es.md"), "--format", "concise"]
    assert main(["compare", *args]) == 0
    assert main(["compare", *args, "--glossary", str(g), "--strict"]) == 1
    bad = tmp_path / "bad.yaml"
    bad.write_text("terms: [x\n", encoding="utf-8")
    assert main(["compare", *args, "--glossary", str(bad)]) == 2


# --- the seed article -------------------------------------------------------------------------


@pytest.mark.shared
@pytest.mark.skipif(not SEED.exists(), reason="needs ../shared")
def test_seed_article_gives_one_name_warning(tmp_path: Path) -> None:
    from bilint.pipeline import load_combined

    result = check(*load_combined(str(SEED)))
    got = [(f.code, f.source.surface if f.source else None) for f in result.findings
           if f.code.startswith("NAM") and f.severity != "info"]
    assert got == [("NAM001", "MS-13")]
    line = SEED.read_text(encoding="utf-8").splitlines()[8]
    assert line.startswith("“Upon all nine being returned")
    text = SEED.read_text(encoding="utf-8").replace("Ibrajim, y Michael Needham", "Ibrajim, y Michael Needam")
    planted = tmp_path / "seed.txt"
    planted.write_text(text, encoding="utf-8")
    result = check(*load_combined(str(planted)))
    assert any(f.code == "NAM003" and f.severity == "error" and f.target
               and f.target.surface == "Michael Needam" for f in result.findings)




def test_a_flood_of_capitals_is_not_read_as_one_huge_name() -> None:
    en = parse_lang("en")
    flood = "A " * (names.LONGEST_RUN + 5) + "said Michael Needham."
    found = [f.surface for f in names.extract(flood, en)]
    assert found == ["Michael Needham"]
    # A long title in capitals, as news has them, is still read.
    title = "WHITE HOUSE SAYS PRESIDENT DONALD TRUMP WILL SIGN THE ORDER ON TUESDAY"
    assert names.extract(title, en)


def test_a_contraction_is_no_name() -> None:
    # "I'm", "I've" and a headline's "Didn't" are a pronoun or a verb, not a name.
    assert nam("After all, I'm the latest in a line of MPs to be told so.",
               "Después de todo, soy el último de una serie de diputados a quien se le dice.") == []
    assert nam("Since then I've sought to champion better services.",
               "Desde entonces he intentado apoyar mejores servicios.") == []
    assert not any("Didn" in k for k in found("It Didn't Go Well"))


def test_an_honorific_leaves_the_person_whatever_the_surname_means() -> None:
    # "Crick", "Bone" and "Bush" are words too; after "Mr" they are a person, and "señor Crick"
    # names the same one.
    assert nam("But the society described Mr Crick's suggestion as folly.",
               "Sin embargo, la sociedad describió la sugerencia del señor Crick como una locura.") == []
    assert nam("Det. Dennis McCarthy wrote in the release.",
               "El detective Dennis McCarthy escribió en la nota.") == []
