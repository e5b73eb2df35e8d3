"""NAM: names, acronyms and codes dropped, added, misspelled or changed, and glossary rules.

Names match anywhere in the document (a person is introduced once, then shortened): by their
folded surface ("CECOT" / "Cecot"), a glossary concept ("United States" / "EE.UU."), the
surname of a full name, or the initials of an organisation ("TdA" / "Tren de Aragua"). What is
left in a paragraph is then looked for in the other text as plain words (Spanish writes
"venezolanos" and "ébola" in lowercase) or as cognates of its uncommon words ("Center of
Virology" / "Centro de Virología") before it is reported.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Hashable
from functools import lru_cache
from operator import attrgetter
from typing import NamedTuple

from .. import glossary as gl
from ..model import Fact, Span
from ..registry import Rule, rule
from ..rxcache import compile_regex
from .kinds import KindSpec, Verdict, register_kind

MISSING = rule(
    "NAM001", "name-missing", "warning", "A name of the source is absent from the translation.",
    what="Reports a name, acronym or code of the source (a person, a place, an organisation, "
    "\"MS-13\") with no counterpart in the translation: not the same name, not its glossary "
    "translation (\"United States\" / \"EE.UU.\"), not its surname, not its acronym, not "
    "written in lowercase in the aligned paragraph, and not translated there by cognates of "
    "its uncommon words (\"Radiological Society\" / \"Sociedad de Radiología\"; a word one "
    "letter off is a misspelling, not a cognate). Only strong names are reported: those "
    "that are not ordinary words of the language (\"Supreme Court\" may be rendered in "
    "ordinary words; \"Needham\" may not).",
    why="A dropped name drops who did what, or where: \"two alleged MS-13 members\" rendered "
    "as \"dos presuntos miembros de pandillas\" no longer says which gang.",
    example='```\nen: a request by the El Salvadoran government of certain MS-13 members\n'
    'es: una solicitud del gobierno salvadoreño de ciertos miembros de pandillas\n```\n'
    'NAM001 "MS-13" is missing from the translation',
)
ADDED = rule(
    "NAM002", "name-added", "warning", "The translation names someone or something the source "
    "does not.",
    what="Reports a strong name of the translation with no counterpart in the source, by the "
    "same matching as name-missing.",
    why="An added name is either a translator's error (a name swapped for another) or a claim "
    "the source does not make.",
    example='```\nen: Rubio and President Bukele also spoke again\n'
    'es: Rubio y el presidente Noem también hablaron nuevamente\n```\nNAM002 "Noem"',
)
MISSPELLED = rule(
    "NAM003", "name-misspelled", "error", "A name is spelled differently in the translation.",
    what="Reports a name of the translation that is not in the source but is within a small edit "
    "distance (one letter in short names, two in long ones; case and accents ignored) of a "
    "source name of the same paragraph that the translation lacks.",
    why="A misspelled name (\"Needham\" printed \"Needam\") is the error readers notice first "
    "and the one the person named objects to.",
    example='```\nen: Michael Needham, the counselor and chief of staff\n'
    'es: Michael Needam, el consejero y jefe de personal\n```\n'
    'NAM003 "Michael Needham" is spelled "Michael Needam" in the translation',
)
CODE_CHANGED = rule(
    "NAM004", "code-changed", "error", "A code or acronym has another value in the translation.",
    what="Reports a code with digits (\"MS-13\", \"COVID-19\", \"F-35\") whose letters agree "
    "with a code of the translation but whose digits do not.",
    why="\"MS-13\" and \"MS-18\" are rival gangs; \"F-35\" and \"F-16\" different aircraft: a "
    "changed digit names another thing.",
    example='```\nen: two alleged MS-13 members\nes: dos presuntos miembros de la MS-18\n```',
)
GLOSSARY = rule(
    "NAM005", "glossary-violation", "warning", "A term is not rendered as the glossary requires.",
    what="With user glossaries (`--glossary FILE`, or `glossaries:` in the configuration): "
    "reports a term rendered otherwise than its accepted translations, a `keep` term not kept "
    "verbatim, and a known wrong rendering (`forbid`) of a term of the source.",
    why="A newsroom's glossary records decisions (\"Tribunal Supremo\", not \"Corte Suprema\"; "
    "\"Cecot\" as written by the house style); each departure is an inconsistency readers see.",
    example='```yaml\nterms:\n  Supreme Court: [Tribunal Supremo]\n```\n'
    '```\nen: the Supreme Court decision\nes: la decisión de la Corte Suprema\n```',
    options="`--glossary FILE` (repeatable): YAML with `terms` (term -> accepted translations, "
    "or `keep`), `keep` (a list), `forbid` (term -> wrong renderings), `concepts` ({en: ..., "
    "es: ...} variants), or TBX.",
)
CASE = rule(
    "NAM006", "name-case", "info",
    "A name differs only in capitals, accents or transliteration.",
    what="Reports a matched name written with other capitals or accents in the translation "
    "(\"CECOT\" / \"Cecot\", \"Jose\" / \"José\"), or transliterated the Spanish way from "
    "another alphabet (\"Volodymyr Zelensky\" / \"Volodímir Zelenski\", \"Khan Younis\" / "
    "\"Jan Yunis\"). Off unless selected.",
    why="Usually house style (Spanish writes acronyms read as words in lowercase, and "
    "transliterates Russian, Ukrainian and Arabic names by its own spelling); a newsroom that "
    "wants one spelling can select this rule.",
    example='```\nen: detained in CECOT\nes: detenidos en el Cecot\n```',
)

DEMONYM = rule(
    "NAM007", "demonym-dropped", "info",
    "A nationality or regional adjective of the source is absent from the translation.",
    what="Reports a demonym of the source (\"Indonesian officials\", \"a Canadian study\") that "
    "the translation neither states nor replaces: no other nationality word of the translation "
    "stands where the source has none. A demonym replaced by another (\"a Welsh farmer\" / \"un "
    "granjero escocés\") is still name-missing (NAM001). Off unless selected.",
    why="Translators drop a nationality the context already gives (\"Indonesian officials\" in a "
    "story from Indonesia become \"las autoridades\"); alone, a dropped one is weak evidence "
    "of a dropped fact, so it is a note.",
    example='```\nen: Indonesian officials were assessing the situation in Palu\n'
    'es: las autoridades estaban evaluando la situación en Palu\n```',
)

FORBID_PREFIX = "!forbid:"


class _Name(NamedTuple):
    """What the judge derives from a name's readings, once per distinct name."""

    keys: tuple[Hashable, ...]
    key_set: frozenset[Hashable]
    concepts: tuple[gl.Concept, ...]


@lru_cache(maxsize=1 << 14)
def _name_of(value: Hashable, alternatives: tuple[tuple[Hashable, str], ...]) -> _Name:
    # The same names recur through a text and every pair the comparison tries asked for the
    # keys and concepts of both again: a third of the cost of judging names. (Depends on the
    # glossary: see glossary_changed.)
    keys = (value, *(k for k, _ in alternatives))
    ids = [k[1:] for k in keys if isinstance(k, str) and k.startswith("@")]
    by_id = gl.active().by_id if ids else {}
    concepts = tuple(c for c in (by_id.get(i) for i in ids) if c is not None)
    return _Name(keys, frozenset(keys), concepts)


def _name(fact: Fact) -> _Name:
    return _name_of(fact.value, fact.alternatives)


_VALUE = attrgetter("value")


def _keys(fact: Fact) -> tuple[Hashable, ...]:
    return _name_of(fact.value, fact.alternatives).keys


def agree(src: Fact, tgt: Fact) -> str | None:
    if src.kind != tgt.kind:
        return None
    if src.value == tgt.value:
        return ""
    if not (src.alternatives or tgt.alternatives):
        return None  # one key each, and they differ
    return None if _name(src).key_set.isdisjoint(_name(tgt).keys) else ""


def _concepts(fact: Fact) -> tuple[gl.Concept, ...]:
    return _name_of(fact.value, fact.alternatives).concepts


def on_match(src: Fact, tgt: Fact) -> list[Verdict]:
    out: list[Verdict] = []
    for c in _concepts(src):
        if c.term is None:
            continue
        if c.keep and tgt.surface != src.surface and src.surface == c.term:
            out.append(Verdict(GLOSSARY, f"\"{src.surface}\" must be kept as written "
                               f"(glossary {c.where}), not \"{tgt.surface}\"", src, tgt))
        elif c.translations and not c.keep and gl.phrase_key(src.surface) == gl.phrase_key(c.term):
            accepted = {gl.phrase_key(x) for x in c.translations}
            if gl.phrase_key(tgt.surface) not in accepted:
                out.append(Verdict(GLOSSARY, _render_message(src, c) + f", not \"{tgt.surface}\"",
                                   src, tgt))
    if out or tgt.surface == src.surface:
        return out  # the same surface is neither misspelled nor recased
    if not _concepts(tgt) and _misspelled(src, tgt):
        # Matched through the surname, say, but "Micheal Needham" is not "Michael Needham".
        out.append(Verdict(MISSPELLED, f"\"{src.surface}\" is spelled \"{tgt.surface}\" in the "
                           "translation", src, tgt))
    elif not (_concepts(src) or _concepts(tgt)) and _swapped_word(src, tgt):
        # Matched through a word they share, but "Hans-Martin Bartels" is not "Hans-Peter
        # Bartels", nor "Air Google Indonesia" "Air Navigation Indonesia".
        out.append(Verdict(MISSPELLED, f"\"{src.surface}\" is written \"{tgt.surface}\" in the "
                           "translation", src, tgt))
    if not out and gl.fold_token(src.surface) == gl.fold_token(tgt.surface):
        out.append(Verdict(CASE, f"\"{src.surface}\" is written \"{tgt.surface}\" in the "
                           "translation", src, tgt))
    return out


def _render_message(src: Fact, c: gl.Concept) -> str:
    options = " or ".join(f"\"{x}\"" for x in c.translations)
    return f"\"{src.surface}\" should be rendered {options} (glossary {c.where})"


def _phrases(fact: Fact) -> frozenset[str]:
    """What the other text may say instead, as folded words: the surface, the surname or the
    distinctive words of a longer name, every glossary variant of its concepts."""
    return _phrases_of(fact.surface, _keys(fact))


def glossary_changed() -> None:
    """The glossary in force changed: forget what was derived from the old one."""
    _phrases_of.cache_clear()
    _name_of.cache_clear()
    _word_phrases.cache_clear()


@lru_cache(maxsize=4096)
def _phrases_of(surface: str, keys: tuple[Hashable, ...]) -> frozenset[str]:
    # The same names recur through a text, and folding every variant of a country each time
    # was a third of the cost of judging names. (Depends on the glossary: see glossary_changed.)
    fact = Fact("name", keys[0], Span(0, len(surface)), surface,
                alternatives=tuple((k, "") for k in keys[1:]))
    out = {gl.fold_text(fact.surface).strip()}
    for k in _keys(fact):
        if isinstance(k, str) and not k.startswith(("@", FORBID_PREFIX)) and " " not in k \
                and len(k) >= 4:
            out.add(k)
    for c in _concepts(fact):
        if c.term is not None and c.translations:
            continue  # a user term must be rendered as the glossary says, not just mentioned
        out.update(gl.fold_text(x).strip() for x in c.surfaces())
    return frozenset(p for p in out if p)


def _found(fact: Fact, folded: str, cognates: bool = False, source: bool = True) -> bool:
    """Whether the other text, `folded`, states the name. `source`: the name is the source's."""
    if any(f" {p} " in folded for p in _phrases(fact)):
        return True
    if not cognates or fact.form != "name":
        return False
    present = set(folded.split())
    if any(_derived(p, present) for p in _phrases(fact) if " " not in p):
        return True
    # A compound of names states each ("the Russian-Turkish deal" / "el acuerdo entre Rusia y
    # Turquía", "the US-China trade war"); a word capitalised against the language's habit
    # is still its concept ("los Mexicanos").
    parts = _parts(fact.surface)
    if parts and all(_word_found(p, folded, present) for p in parts):
        return True
    # Cognates in the other language's spelling: "Californians" / "californianos", "Buddhism"
    # / "budismo"; and an institution by all its distinctive words, in any order: "Radiological
    # Society" / "Sociedad ... de Radiología", "Centro ... de Virología y Biotecnología" /
    # "Center of Virology and Biotechnology". A short word must be there as it is.
    words = _distinctive(fact)
    if not words:
        return False
    # One letter apart is how a name is misspelled (name-misspelled's "Needam"), not how a
    # word crosses languages: only the single-word reading of a source name, as it always did,
    # takes that as a cognate ("Italian" / "italiana").
    legacy = source and " " not in fact.surface.strip()
    if not (legacy or _institution(fact, words)):
        return False  # a person's name is not translated: "Zelenki" is no "Zelensky"
    return all(w in present if len(w) < 5 else _cognate(w, present, legacy) for w in words)


_HYPHENS = re.compile(r"[\-\u2010\u2011]")


def _parts(surface: str) -> tuple[str, ...]:
    """The names a one-word name is made of: each capitalised part of "Russian-Turkish"; the
    word itself when it is one ("Mexicanos")."""
    surface = surface.strip()
    if " " in surface:
        return ()
    parts = tuple(p for p in _HYPHENS.split(surface) if p)
    return parts if all(p[:1].isupper() and len(p) >= 2 for p in parts) else ()


@lru_cache(maxsize=4096)
def _word_phrases(word: str) -> frozenset[str]:
    """What the other text may say for one capitalised word: itself, or a variant of a concept
    it names (depends on the glossary: see glossary_changed)."""
    key = gl.phrase_key(word)
    out = {gl.fold_text(word).strip()}
    for c in gl.active().of_word(key):
        if c.term is None:
            out.update(gl.fold_text(x).strip() for x in c.surfaces())
    return frozenset(p for p in out if p)


def _word_found(word: str, folded: str, present: set[str]) -> bool:
    phrases = _word_phrases(word)
    return any(f" {p} " in folded for p in phrases) or any(
        _derived(p, present) for p in phrases if " " not in p)


# A stem shorter than this is no evidence: "Iran" / "Irán" match as they are, and "Mali" is
# not "maliano" spelled short.
_STEM = 5


def _derived(phrase: str, present: set[str]) -> bool:
    """A word of `present` is derived from the name `phrase`: "parliament" / "parliamentary",
    "congreso" / "congresista" (names.yaml `derivations`). The derived word is longer by two
    letters at least: a name one letter short ("Hopkin" for "Hopkins") is misspelled, not
    derived."""
    from ..extract.names import derivations

    stems = {phrase}
    if phrase[-1:] in ("a", "e", "o"):
        stems.add(phrase[:-1])
    longer = len(phrase) + 2
    return any(len(stem) + len(e) >= longer and stem + e in present
               for stem in stems if len(stem) >= _STEM for e in derivations("en", "es"))


def _institution(fact: Fact, distinctive: tuple[str, ...]) -> bool:
    """The name holds an ordinary word besides its distinctive ones ("Unit", "Centro"): an
    institution, whose words a translation translates."""
    from ..extract.names import is_ordinary

    return any(is_ordinary(w, "en") or is_ordinary(w, "es")
               for w in _words(fact) if w not in distinctive and not w.isdigit())


def _distinctive(fact: Fact) -> tuple[str, ...]:
    """The words a name is known by: itself when it is one word; else those of its keys that
    are words of it (the surname of a person, the uncommon words of an institution)."""
    if " " not in fact.surface.strip():
        return (gl.fold_token(fact.surface),)
    own = _words(fact)
    return tuple(k for k in _keys(fact)[1:] if isinstance(k, str) and k in own)


def _cognate(word: str, words: set[str], one_letter: bool) -> bool:
    """A word of `words` is `word` in the other language's spelling; `one_letter`: also when
    they are one letter apart."""
    from rapidfuzz import fuzz
    from rapidfuzz.distance import OSA

    if any(len(w) >= 4 and w[0] == word[0] and fuzz.ratio(word, w, score_cutoff=75)
           and (one_letter or OSA.distance(word, w) >= 2) for w in words):
        return True
    # An adjective of a people or a place: Spanish puts an "e" before "s" and a consonant and
    # ends it in -o/-a ("Slavic" / "eslava", "Scandinavian" / "escandinavos").
    stem = _EN_ADJECTIVE.sub("", word)
    if len(stem) < 4 or stem == word or not _S_CONSONANT.match(word):
        return False
    return any(w.startswith("e" + stem) and _ES_ADJECTIVE.fullmatch(w[len(stem) + 1:]) for w in words)


_EN_ADJECTIVE = re.compile(r"(?:ic|ian|ish|an)$")
_S_CONSONANT = re.compile(r"s[^aeiou]")
_ES_ADJECTIVE = re.compile(r"(?:o|a|os|as)")


def _letters_digits(fact: Fact) -> tuple[str, str]:
    key = gl.fold_token(fact.surface)
    return "".join(c for c in key if not c.isdigit()), "".join(c for c in key if c.isdigit())


def _near(a: str, b: str) -> bool:
    if a == b or not a or not b or a[0] != b[0] or min(len(a), len(b)) < 4:
        return False
    from rapidfuzz.distance import OSA

    limit = 1 if max(len(a), len(b)) <= 7 else 2
    return OSA.distance(a, b, score_cutoff=limit) <= limit


def _words(fact: Fact) -> tuple[str, ...]:
    return _words_of(fact.surface)


@lru_cache(maxsize=1 << 14)
def _words_of(surface: str) -> tuple[str, ...]:
    # A name is compared with every name left in its paragraph and with each of its matches.
    return tuple(gl.fold_token(w) for w in surface.split() if w[:1].isupper() or w[:1].isdigit())


def _typo(a: str, b: str) -> bool:
    """One letter dropped, added, changed or two swapped, inside the word: not a cognate's
    ending ("Italian" / "Italiana", "Pilate" / "Pilato") nor an ordinary word ("Anual")."""
    if a == b or a[:1] != b[:1] or min(len(a), len(b)) < 4 or a.startswith(b) or b.startswith(a):
        return False
    # Imported here, past the tests that settle most pairs: an import statement costs a lookup
    # at every call.
    from rapidfuzz.distance import OSA

    from ..extract.names import is_ordinary

    if OSA.distance(a, b, score_cutoff=1) > 1 or _suffix_only(a, b):
        return False
    return not (is_ordinary(b, "es") or is_ordinary(b, "en"))


def _swapped_word(s: Fact, t: Fact) -> bool:
    """Two names of several words, matched through the words they share, one of whose words the
    translation replaced by a word of its own that is no ordinary word (so not a translated
    one): another name swapped in."""
    from ..extract.names import is_ordinary

    sw, tw = _words(s), _words(t)
    if len(sw) < 2 or len(sw) != len(tw) or len(s.surface.split()) != len(t.surface.split()):
        return False
    # A translation reorders, adds and translates the words of a name; a swap changes one word
    # and keeps the others where they were.
    changed = [i for i, (a, b) in enumerate(zip(sw, tw, strict=True)) if a != b]
    if len(changed) != 1:
        return False
    a, b = sw[changed[0]], tw[changed[0]]
    # A word as a name is written ("Leslie", "Hans-Martin"), not a code ("T-CAR", "BatCoV").
    written = [w for w in t.surface.split() if w[:1].isupper() or w[:1].isdigit()][changed[0]]
    if not all(p.isalpha() and p[:1].isupper() and p[1:].islower() for p in _HYPHENS.split(written.strip(",.;:"))):
        return False
    return len(b) >= 3 and not b.isdigit() and not (is_ordinary(b, "es") or is_ordinary(b, "en")) \
        and not (_near(a, b) or _cognate(b, {a}, True))


def _suffix_only(a: str, b: str) -> bool:
    """The words differ only in their ending: "Pilate" / "Pilato", "Administration" /
    "Administración", "Coalition" / "Coalición" are one word in two languages."""
    first = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return first >= len(a) - (4 if len(a) >= 8 else 1)


def _misspelled(s: Fact, t: Fact) -> bool:
    """The target name is a near miss of the source name, or one of its words a typo of a word
    of the source name: "Needam" / "Needham", "Custodio Calidcott" / "Caldicott Guardian"."""
    if s.strength != "strong" and t.strength != "strong":
        return False  # "Order" / "Orden": ordinary words in both languages
    sw, tw = _words(s), _words(t)
    if sw == tw:
        return False
    if len(sw) == 1 and len(tw) == 1 and _near(sw[0], tw[0]) and not (
            sw[0].startswith(tw[0]) or tw[0].startswith(sw[0]) or _suffix_only(sw[0], tw[0])):
        return True  # "China" / "Cina" (a word too, but not this one's translation)
    return any(_typo(a, b) for a in sw for b in tw if b not in sw)


_key_cache: dict[int, tuple[list[Fact], frozenset[Hashable]]] = {}


def _all_keys(facts: list[Fact]) -> frozenset[Hashable]:
    """Every key of a document's names (cached for the document's list of facts)."""
    hit = _key_cache.get(id(facts))
    if hit is not None and hit[0] is facts:
        return hit[1]
    keys = frozenset(k for f in facts for k in _keys(f))
    if len(_key_cache) > 8:
        _key_cache.clear()
    _key_cache[id(facts)] = (facts, keys)
    return keys


_count_cache: dict[int, tuple[list[Fact], Counter[Hashable]]] = {}


def _key_counts(facts: list[Fact]) -> Counter[Hashable]:
    hit = _count_cache.get(id(facts))
    if hit is not None and hit[0] is facts:
        return hit[1]
    counts: Counter[Hashable] = Counter(map(_VALUE, facts))
    counts.update(_other_keys(facts))
    if len(_count_cache) > 8:
        _count_cache.clear()
    _count_cache[id(facts)] = (facts, counts)
    return counts


def _other_keys(facts: list[Fact]) -> list[Hashable]:
    """The keys of each fact besides its value, each once: with the values, what a fact counts
    under. (Written out: the two documents' thousands of names are counted in every run.)"""
    out: list[Hashable] = []
    for f in facts:
        alts = f.alternatives
        if not alts:
            continue
        if len(alts) == 1:
            if alts[0][0] != f.value:
                out.append(alts[0][0])
        else:
            value = f.value
            out.extend({k for k, _ in alts if k != value})
    return out


def _kept(s: Fact, every: tuple[list[Fact], list[Fact], list[Fact]]) -> bool:
    """The translation writes this acronym as the source does in most of its uses (else it
    spells it out or translates it, and one more spelled-out use says nothing)."""
    src, tgt = _key_counts(every[0]), _key_counts(every[1])
    return any(5 * tgt[k] >= 4 * src[k] > 0 for k in _keys(s))


def _translated_code(s: Fact, t: Fact) -> bool:
    """"ACE2" / "ECA2", "ARDS" / "SDRA": the same letters reordered, as Spanish reorders the
    words an acronym stands for."""
    (sl, sd), (tl, td) = _letters_digits(s), _letters_digits(t)
    if sd != td:
        return False
    # "ICD-10" / "CIE-10": a code's letters translated, its number kept.
    return sorted(sl) == sorted(tl) or (bool(sd) and len(sl) == len(tl) and bool(set(sl) & set(tl)))


# English and Spanish spell the sounds of other alphabets differently: "kh" / "j", "y" / "i",
# "gue" / "ge", "ph" / "f" (no single-letter typo makes one of these); then also "ou" / "u",
# doubled letters and a final "h", which a dropped letter could make too.
_SPELLINGS = (("kh", "j"), ("y", "i"), ("gue", "ge"), ("gui", "gi"), ("ph", "f"))
_DROPS = (("ou", "u"), ("ck", "k"))
_DOUBLED = re.compile(r"([a-z])\1+")
_FINAL_H = re.compile(r"(?<=[a-z])h\b")


@lru_cache(maxsize=1 << 12)
def _transliterated(value: Hashable) -> tuple[str, str] | None:
    """A name's key with the letters a dropped letter could explain folded, and with the
    spellings folded too; None for names that are not plain words."""
    if not isinstance(value, str) or not value[:1].isalpha():
        return None
    key = value
    for a, b in _DROPS:
        key = key.replace(a, b)
    key = _FINAL_H.sub("", _DOUBLED.sub(r"\1", key))
    spelled = key
    for a, b in _SPELLINGS:
        spelled = spelled.replace(a, b)
    return key, spelled


_UMLAUTS = (("ü", "ue"), ("ö", "oe"), ("ä", "ae"))


def _umlauts(a: str, b: str) -> bool:
    """One surface writes the other's umlauts as German does without them ("ue" for "ü"):
    "Mueller" / "Müller", not "Mueller" / "Muller" (a letter dropped)."""
    a, b = a.casefold(), b.casefold()
    if a == b:
        return False
    for x, y in ((a, b), (b, a)):
        if any(u in y for u, _ in _UMLAUTS):
            for u, spelled in _UMLAUTS:
                y = y.replace(u, spelled)
            if x == y:
                return True
    return False


# A name cut short is a third shorter at least, and long enough to name something alone.
_CLIP_MIN, _CLIP_RATIO = 4, 0.75


def _clipped(s: Fact, t: Fact) -> bool:
    """One single-word name is the other cut short: "Insta" / "Instagram"."""
    a, b = gl.fold_token(s.surface), gl.fold_token(t.surface)
    if " " in s.surface.strip() or " " in t.surface.strip() or not a or not b:
        return False
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return len(short) >= _CLIP_MIN and len(short) <= _CLIP_RATIO * len(long_) and long_.startswith(short)


def _same_transliterated(s: Fact, t: Fact) -> bool:
    """The same name in two transliterations: equal once spellings are folded, and not
    already once only what a typo could explain is (that is a misspelling)."""
    sk, tk = _transliterated(s.value), _transliterated(t.value)
    return sk is not None and tk is not None and sk[1] == tk[1] and sk[0] != tk[0]


def _near_miss(t: Fact, sources: list[Fact]) -> tuple[Fact, Rule] | None:
    """The first source name the target is a near miss of: a code with other digits, or a
    misspelling."""
    for s in sources:
        if s.form == "code" and t.form == "code":
            (sl, sd), (tl, td) = _letters_digits(s), _letters_digits(t)
            if sl == tl and sd != td:
                return s, CODE_CHANGED
        if _misspelled(s, t) or (not (_concepts(s) or _concepts(t)) and _swapped_word(s, t)):
            return s, MISSPELLED
    return None


class _Settled:
    """The facts settled so far, told apart by identity: a fact hashes all its fields at each
    test of a set, and settling a paragraph tests every fact several times. Equal facts (the
    same name at the same offset of both texts) count as one, as they do in a set."""

    def __init__(self, facts: list[Fact]) -> None:
        self._facts = facts
        if len({f.span.start for f in facts}) == len(facts):
            # No two facts start at the same offset, so no two are equal.
            self._number = {id(f): i for i, f in enumerate(facts)}
        else:
            first: dict[Fact, int] = {}
            self._number = {id(f): first.setdefault(f, i) for i, f in enumerate(facts)}
        self._done: set[int] = set()

    def __contains__(self, fact: Fact) -> bool:
        return self._number[id(fact)] in self._done

    def add(self, fact: Fact) -> None:
        self._done.add(self._number[id(fact)])

    def facts(self) -> set[Fact]:
        return {f for f in self._facts if self._number[id(f)] in self._done}


def settle(sources: list[Fact], targets: list[Fact], src_text: str, tgt_text: str,
           every: tuple[list[Fact], list[Fact], list[Fact]]) -> tuple[list[Verdict], set[Fact]]:
    verdicts: list[Verdict] = []
    done = _Settled([*sources, *targets])
    folded: dict[bool, str] = {}

    def text_of(source: bool) -> str:
        if source not in folded:
            folded[source] = gl.fold_text(src_text if source else tgt_text)
        return folded[source]

    for t in targets:
        if isinstance(t.value, str) and t.value.startswith(FORBID_PREFIX):
            done.add(t)
            c = gl.active().by_id.get(t.value[len(FORBID_PREFIX):])
            if c is not None and c.term is not None \
                    and f" {gl.fold_text(c.term).strip()} " in text_of(True):
                term = gl.phrase_key(c.term)
                src = next((x for x in sources if x not in done and gl.phrase_key(x.surface) == term), None)
                if src is not None:
                    done.add(src)  # reported here, not also as missing
                verdicts.append(Verdict(GLOSSARY, f"\"{t.surface}\" is a wrong rendering of "
                                        f"\"{c.term}\" (glossary {c.where})", src, t))
    s_open = [s for s in sources if s not in done]
    t_open = [t for t in targets if t not in done]
    # A name transliterated the Spanish way ("Volodymyr Zelensky" / "Volodímir Zelenski"):
    # the same name, before any is taken for a misspelling of it.
    for t in t_open:
        if t in done or _transliterated(t.value) is None:
            continue
        s = next((s for s in s_open if s not in done and _same_transliterated(s, t)), None)
        if s is not None:
            verdicts.append(Verdict(CASE, f"\"{s.surface}\" is written \"{t.surface}\" in the "
                                    "translation", s, t))
            done.add(s)
            done.add(t)
    # The same name written out another way: German's "ue" for "ü" ("Baden-Wuerttemberg" /
    # "Baden-Württemberg"), or cut short ("Insta" / "Instagram").
    for t in t_open:
        if t in done or t.form != "name":
            continue
        s = next((s for s in s_open if s not in done and s.form == "name"
                  and (_umlauts(s.surface, t.surface) or _clipped(s, t))), None)
        if s is not None:
            verdicts.append(Verdict(CASE, f"\"{s.surface}\" is written \"{t.surface}\" in the "
                                    "translation", s, t))
            done.add(s)
            done.add(t)
    # A target name close to a source name: misspelled, or a changed code. The target must be
    # a name the source does not state in this paragraph.
    for t in t_open:
        # Weak targets too: a typo may happen to spell an ordinary word ("China" / "Chia").
        if t in done or _concepts(t):
            continue
        candidates = [s for s in s_open if s not in done]
        if not candidates:
            break  # no source name left to be misspelled
        near_miss = _near_miss(t, candidates)
        # Whether the source states the target name is asked last: it takes folding the
        # source paragraph, and most targets are no near miss of anything.
        if near_miss is None or (src_text and _found(t, text_of(True))):
            continue
        s, rule_ = near_miss
        if rule_ is CODE_CHANGED:
            verdicts.append(Verdict(CODE_CHANGED, f"\"{s.surface}\" became \"{t.surface}\"", s, t))
        else:
            verdicts.append(Verdict(MISSPELLED, f"\"{s.surface}\" is spelled \"{t.surface}\" "
                                    "in the translation", s, t))
        done.add(s)
        done.add(t)
    # Acronyms and codes translated letter by letter.
    for s in s_open:
        if s in done or s.form not in ("code", "acronym"):
            continue
        for t in t_open:
            if t not in done and t.form in ("code", "acronym") and _translated_code(s, t):
                done.add(s)
                done.add(t)
                break
    # What follows only adds to `done`, each fact on its own merits, so the cheap tests go
    # first and a paragraph's text is folded only when a name still needs looking for.
    for s in s_open:
        # A name cut short beside its full form in the paragraphs around: "fake Insta accounts -
        # a reference to photo-sharing site Instagram".
        if s not in done and s.form == "name" and any(o is not s and _clipped(s, o) for o in every[2]):
            done.add(s)
    for s in s_open:
        # An acronym Spanish spells out or translates ("CT" / "tomografía computarizada",
        # "SARS" / "SRAG") cannot be checked letter by letter: one is missing only when the
        # translation uses it elsewhere. A strong name the other text states in other words
        # (lowercase, a demonym) is present.
        if s not in done and ((s.form == "acronym" and not _kept(s, every))
                              or (s.strength == "strong" and tgt_text
                                  and _found(s, text_of(False), True))):
            done.add(s)
    near_keys: set[Hashable] | None = None
    for t in t_open:
        if t in done:
            continue
        if t.form == "acronym" and not _concepts(t):
            done.add(t)  # a translation's own acronym is never an addition
            continue
        # One more mention of someone the source names in the paragraphs around ("el
        # presidente de EE.UU. Donald Trump" where the source says "President Donald Trump")
        # adds no one. (A dropped mention is still reported: it may drop who is meant, as
        # "certain MS-13 members" rendered "certain gang members" does.) Far away, the same
        # name is more likely a swap.
        if near_keys is None:
            near_keys = {k for f in every[2] for k in _keys(f)}
        if not near_keys.isdisjoint(_keys(t)) \
                or (t.strength == "strong" and src_text and _found(t, text_of(True), True, source=False)) \
                or (src_text and (_lowercase_lead(t, tgt_text, text_of(True))
                                  or _head_moved(t, tgt_text, src_text))):
            done.add(t)
    # A nationality dropped, with none other in its place: a note.
    for s in s_open:
        if s not in done and _demonym(s) and not _in_title(s, src_text) \
                and not _other_demonym(s, text_of(False), text_of(True)):
            verdicts.append(Verdict(DEMONYM, f"\"{s.surface}\" ({_describe(s)}) is missing from "
                                    "the translation", s, None))
            done.add(s)
    # A user term rendered otherwise: a glossary violation rather than a missing name.
    for s in s_open:
        if s in done:
            continue
        for c in _concepts(s):
            if c.term is not None and c.translations and gl.phrase_key(s.surface) == gl.phrase_key(c.term):
                verdicts.append(Verdict(GLOSSARY, _render_message(s, c), s, None))
                done.add(s)
                break
    return verdicts, done.facts()


_PLACES = ("g:countries.", "g:places.", "cldr:territory")


def _demonym(fact: Fact) -> bool:
    """An adjective of a place ("Indonesian", "Welsh"): a variant of a country or place concept
    that is not its first English name and whose Spanish variants include lowercase adjectives
    (a party's "Labour" / "laborista" is no nationality)."""
    if fact.form != "name" or not (concepts := _concepts(fact)):
        return False
    key = gl.phrase_key(fact.surface)
    for c in concepts:
        if c.term is not None or not c.id.startswith(_PLACES):
            continue
        english = [gl.phrase_key(x) for x in c.surfaces("en")]
        if english and key in english[1:] and key != english[0] \
                and any(x[:1].islower() for x in c.surfaces("es")):
            return True
    return False


def _in_title(fact: Fact, text: str) -> bool:
    """Whether the source writes `fact` before a capitalised word: part of a title ("a Scottish
    Sun source"), not an adjective of the things it describes."""
    surface = fact.surface.strip()
    for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
        nxt = gl.TOKEN.search(text, m.end())
        if nxt is not None and nxt.group()[:1].isupper() and not text[m.end():nxt.start()].strip():
            return True
    return False


def _other_demonym(fact: Fact, folded_tgt: str, folded_src: str) -> bool:
    """Whether the translation holds a nationality word of another concept the source does not
    state: the dropped demonym may have been replaced."""
    own = {c.id for c in _concepts(fact)}
    lowercase = gl.active().lowercase
    for word in set(folded_tgt.split()):
        for cid in lowercase.get(word, ()):
            if cid in own:
                continue
            c = gl.active().by_id[cid]
            if not any(f" {gl.fold_text(x).strip()} " in folded_src for x in c.surfaces()):
                return True
    return False


# A name after a noun, joined by "de" or not: "del Partido Conservador", "Ryder".
_OF = compile_regex(r"\s++(?:de(?:l|\s++la|\s++las|\s++los)?+\s++)?+"
                    r"(?P<name>\p{Lu}[\p{L}\p{M}'’\-]*+(?:\s++\p{Lu}[\p{L}\p{M}'’\-]*+)*+)")


def _head_moved(t: Fact, text: str, src_text: str) -> bool:
    """Whether `t` is an ordinary noun heading a name the source states in English word order:
    "Congreso del Partido Conservador" for "Conservative Party Conference", "Copa Ryder" for
    "Ryder Cup". The rest of the name must be in the source, followed there by a capitalised
    word (the head, translated)."""
    from ..extract.names import is_ordinary

    surface = t.surface.strip()
    if " " in surface or not is_ordinary(surface, "es"):
        return False
    g = gl.active()
    for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
        rest = _OF.match(text, m.end())
        if rest is None:
            continue
        name = rest.group("name")
        forms = {name}
        for cid in g.lookup(gl.phrase_key(name), True):
            forms.update(g.by_id[cid].surfaces("en"))
        if any(re.search(rf"(?<!\w){re.escape(f)}\s+[A-Z]", src_text) for f in forms):
            return True
    return False


# How many lowercase words before a name may be the start of it ("la asamblea general de las
# naciones Unidas").
_LEAD = 3


def _lowercase_lead(t: Fact, text: str, folded_other: str) -> bool:
    """Whether `t` ends a name the translation starts in lowercase: "naciones Unidas" for the
    source's "UN", "la casa Blanca" for "the White House". The longer phrase must be a glossary
    concept the other text states; a word that is a name in its own right is not swallowed."""
    surface = t.surface.strip()
    g = gl.active()
    for m in re.finditer(re.escape(surface), text):
        before = [w.group() for w in gl.TOKEN.finditer(text[max(0, m.start() - 80):m.start()])]
        lead: list[str] = []
        for word in reversed(before[-_LEAD:]):
            if not word[:1].islower():
                break
            lead.insert(0, word)
            key = gl.phrase_key(" ".join([*lead, surface]))
            for cid in (*g.lookup(key, True), *g.lowercase.get(key, ())):
                c = g.by_id[cid]
                if c.term is None and any(f" {gl.fold_text(x).strip()} " in folded_other
                                          for x in c.surfaces()):
                    return True
    return False


def _describe(fact: Fact) -> str:
    return {"code": "code", "acronym": "acronym"}.get(fact.form, "name")


register_kind(KindSpec(
    "name", MISSPELLED, MISSING, ADDED, agree=agree, describe=_describe, on_match=on_match,
    scope=-1, keys=_keys, settle=settle,
    claimed=lambda s, targets: any(not _concepts(t) and _near_miss(t, [s]) is not None for t in targets),
))
