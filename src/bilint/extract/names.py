"""Names: people, places, organisations, acronyms and codes, in English and Spanish.

A name is a run of capitalised words, acronyms ("ACLU", "EE.UU.", "EE. UU.", "TdA") and codes
("MS-13", "COVID-19", "F-35"), joined by connectors ("Tren de Aragua", "Bank of America").
Glossary phrases are cut out of a run first ("Homeland Security Secretary Kristi Noem" is the
concept Homeland Security and the person Kristi Noem); titles before a name are dropped.

A name is *strong* when it is a glossary concept, an acronym or code, or holds a word that is
not an ordinary word of the text's language (rules/lexicon/common.*.txt); otherwise it is
*weak* ("Supreme Court", "Alien Enemies Act": ordinary words in capitals, which translations
render in ordinary words). A capitalised word that starts a sentence, or a title-case headline,
is not evidence of a name on its own.

The fact's value is its key: a glossary concept id ("@g:...") or the folded surface; other keys
(the surname of a full name, the initials of an organisation, "tda" for "Tren de Aragua") are
its alternatives, so that every key finds its counterpart anywhere in the document.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

import regex

from .. import glossary as gl
from ..lang import Lang
from ..model import Fact, Span, Strength
from ..resources import rules_path
from ..rxcache import compile_regex
from ..tables import snapshot
from ..wordlist import WordList, companion_path
from .numbers import NUMBERED_BY_ROMAN
from .spelled import number_words

Key = str


@dataclass(frozen=True)
class Words:
    """What the extractor knows about one language."""

    ordinary: WordList
    folded: WordList  # the accented ordinary words, without their accents
    connectors: frozenset[str]
    joiners: frozenset[str]
    titles: frozenset[str]
    honorifics: frozenset[str]
    articles: frozenset[str]
    never: frozenset[str]


@snapshot
def _lexicon(base: str) -> dict[str, frozenset[str]]:
    """The lists of names.yaml for one language (from the snapshot: no YAML to parse)."""
    import yaml

    path = rules_path() / "lexicon" / "names.yaml"
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506
    return {key: frozenset(str(w) for w in data[key].get(base, []))
            for key in ("function_words", "connectors", "joiners", "titles", "honorifics", "articles", "never",
                        "prefixes", "derivations")}


@cache
def derivations(*bases: str) -> frozenset[str]:
    """The endings of words derived from a name, in any of `bases` (names.yaml)."""
    return frozenset().union(*(_lexicon(b)["derivations"] for b in bases))


def _number_words(base: str) -> frozenset[str]:
    try:
        return number_words(base)
    except ValueError:  # a language without a number lexicon
        return frozenset()


@cache
def words(base: str) -> Words:
    # The word lists are read from their text files, not the snapshot: as large as it would be
    # otherwise, and quicker to read than to unpickle.
    lex = _lexicon(base)
    common = rules_path() / "lexicon" / f"common.{base}.txt"
    # Number words are ordinary too: "Siete días después" opens with a number, not a name
    # (the word list lacks "siete").
    function_words = {w.casefold() for w in lex["function_words"]} | _number_words(base)
    ordinary = WordList(common.read_text(encoding="utf-8"), function_words)
    folded = WordList(companion_path(common).read_text(encoding="utf-8"),
                      {gl.strip_accents(w) for w in function_words if not w.isascii()})
    titles = frozenset(t.rstrip(".") for t in lex["titles"])  # tokens never hold the dot
    never = frozenset(t.rstrip(".") for t in lex["never"])
    return Words(ordinary, folded, lex["connectors"], lex["joiners"], titles, lex["honorifics"],
                 lex["articles"], never)


# Texts this long ask about most of the word lists: those are loaded whole before the first
# paragraph (the chunks a short text reads would cost a long one more than the whole list).
LONG_TEXT = 100_000


def expect(lang: Lang, size: int) -> None:
    """A text of `size` characters is about to be read."""
    if size >= LONG_TEXT:
        # A Spanish text is read against the English list too (see _ordinary_here).
        for base in dict.fromkeys((lang.base, "en")):
            w = words(base)
            w.ordinary.load()
            w.folded.load()


def glossary_changed() -> None:
    """The glossary in force changed: forget what was derived from the old one."""
    _glossary_keys.cache_clear()
    _described_cache.clear()
    _region_cache.clear()


# Spanish lexicon entries are lemmas; these endings bring a plural, a feminine or a verb form
# back to one ("Aduanas" -> aduana, "Demócratas" -> demócrata, "Informó" -> informar).
_ES_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ces", ("z",)), ("es", ("", "e")), ("as", ("a", "o")), ("os", ("o",)), ("s", ("",)),
    ("a", ("o",)), ("aron", ("ar",)), ("ieron", ("er", "ir")), ("ó", ("ar",)), ("ió", ("er", "ir")),
    ("aba", ("ar",)), ("aban", ("ar",)), ("ado", ("ar",)), ("ada", ("ar",)), ("ados", ("ar",)),
    ("adas", ("ar",)), ("ando", ("ar",)), ("ará", ("ar",)), ("arán", ("ar",)), ("ía", ("er", "ir")),
    ("ían", ("er", "ir")), ("ido", ("er", "ir")), ("ida", ("er", "ir")), ("idos", ("er", "ir")),
    ("iendo", ("er", "ir")), ("erá", ("er",)), ("irá", ("ir",)), ("an", ("ar",)), ("en", ("er", "ir")),
    ("e", ("ar",)), ("mente", ("",)),
)
_ES_BY_ENDING = dict(_ES_ENDINGS)
_PLURAL_LOSES_ACCENT = ("ones", "anes", "enes", "ines", "eses", "ases")
# Nouns made from a word the list has, which it lacks itself: "Planificación" (planificar),
# "Reanimación" (reanimar), "Liderazgo" (líder), "Anticorrupción" (corrupción). Their stems
# lose or move an accent, so they are looked up without one.
_ES_DERIVED: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("aciones", ("ar",)), ("ación", ("ar",)), ("iciones", ("ir", "er")), ("ición", ("ir", "er")),
    ("amientos", ("ar",)), ("amiento", ("ar",)), ("imientos", ("er", "ir")), ("imiento", ("er", "ir")),
    ("azgos", ("",)), ("azgo", ("",)),
)
_EN_DERIVED = ("ers", "able")
# The Arabic article of a name, which a translation may drop: "Al-Nusra" / "Nusra".
_ARTICLES = ("al", "el", "ad", "as", "at")
_ARTICLE_MARKS = ("-", "\u2010", "\u2011", "'", "’")
_ES_PREFIXES = ("anti", "contra", "co", "re", "pre", "pos", "post", "sub", "super", "inter", "multi")
_ES_ENDING_SIZES = sorted({len(e) for e, _ in _ES_ENDINGS})


def _known_folded(word: str, base: str) -> bool:
    w = words(base)
    return word in w.ordinary or word in w.folded


@cache
def is_ordinary(word: str, base: str) -> bool:
    """An ordinary word of the language, capitalised or not ("Court", "Gobierno")."""
    w = word.casefold()
    known = words(base).ordinary
    if w in known:
        return True
    # An accented word may lose or move its accent in its lemma ("Jóvenes" / joven); a word
    # without accents is looked up as written ("Cina" is not "ciña").
    accented = not w.isascii()
    if accented and _known_folded(gl.strip_accents(w), base):
        return True
    if base == "es":
        for size in _ES_ENDING_SIZES:
            repl = _ES_BY_ENDING.get(w[-size:])
            if repl is not None and len(w) >= size + 4:  # "Chian" is no form of chiar
                stem = w[:-size]
                if any(stem + r in known for r in repl) or (accented and any(
                        _known_folded(gl.strip_accents(stem + r), base) for r in repl)):
                    return True
                # A plural loses the accent of its last syllable: "Apelaciones" / apelación,
                # "Alemanes" / alemán, "Ingleses" / inglés.
                if size == 2 and w.endswith(_PLURAL_LOSES_ACCENT) and _known_folded(stem, base):
                    return True
        folded = gl.strip_accents(w)
        for ending, repl in _ES_DERIVED:
            if folded.endswith(gl.strip_accents(ending)) and len(folded) >= len(ending) + 4:
                stem = folded[:-len(ending)]
                if any(_known_folded(stem + r, base) for r in repl):
                    return True
        for prefix in _ES_PREFIXES:
            if w.startswith(prefix) and len(w) >= len(prefix) + 5 and is_ordinary(w[len(prefix):], base):
                return True
    elif base == "en":
        if w.endswith("s") and w[:-1] in known:
            return True
        # A person or thing named after an ordinary verb: "Remainers", "Findable".
        for ending in _EN_DERIVED:
            if w.endswith(ending) and len(w) >= len(ending) + 4 and w[:-len(ending)] in known:
                return True
    return False


class Tok(NamedTuple):
    """A word of a name. (A named tuple: a paragraph makes dozens, at a third of the cost of a
    frozen dataclass.)"""

    start: int
    end: int
    text: str
    kind: str  # "cap", "acro", "code", "num", "lower"


_HAS_DIGIT = compile_regex(r"\p{N}")
_PARTICLE = compile_regex(r"(?:al|el|ad|as|at|ash|bin|ibn|abu|d|l|da|de|del)['’\-\u2010\u2011]\p{Lu}")
# A hyphen then a lowercase word ends a name inside one token: "Trump-friendly" is Trump.
_LOWER_TAIL = compile_regex(r"[\-\u2010\u2011](?=\p{Ll})")
# "I'm", "We've", "Didn't": a pronoun or a verb with its contraction, never a name.
_CONTRACTION_END = compile_regex(r"(?:n['’]t|['’](?:m|ve|ll|re|d))$")
_POSSESSIVE_END = compile_regex(r"(?:['’]s|s['’]|['’])$")
_ROMAN_NUMERAL = r"(?=[IVXLC])C{0,3}+(?:XC|XL|L?+X{0,3}+)(?:IX|IV|V?+I{0,3}+)"
_ROMAN = compile_regex(rf"{_ROMAN_NUMERAL}(?:[\-\u2010\u2011]{_ROMAN_NUMERAL})?+")


def _token(m: regex.Match[str], base: str) -> Tok:
    start = m.start()
    length, text, kind = _token_shape(m.group(), bool(m.group("acro")), base)
    return Tok(start, start + length, text, kind)


@lru_cache(maxsize=1 << 16)
def _token_shape(text: str, acro: bool, base: str) -> tuple[int, str, str]:
    """Length, text and kind of a token as matched: the same words recur through an article,
    so each is read once."""
    if acro:
        text = text.rstrip()
        return len(text), text, "acro"
    tail = _LOWER_TAIL.search(text)
    if tail and text[: tail.start()] not in _lexicon(base)["prefixes"]:
        text = text[: tail.start()]
    first = text[0]
    if first.isdigit():
        if text.isdigit():
            return len(text), text, "num"
        kind = "code" if any(c.isupper() for c in text) and any(c.isalpha() for c in text) else "lower"
        return len(text), text, kind
    if not first.isupper():
        return len(text), text, "cap" if _PARTICLE.match(text) else "lower"
    if _CONTRACTION_END.search(text):
        return len(text), text, "lower"
    poss = _POSSESSIVE_END.search(text)
    if poss and poss.start() > 0:
        text = text[: poss.start()]
    if _HAS_DIGIT.search(text):
        return len(text), text, "code"
    if _ROMAN.fullmatch(text):
        return len(text), text, "roman"  # "Phase II", "World War II": a numeral
    letters = [c for c in text if c.isalpha()]
    uppers = sum(1 for c in letters if c.isupper())
    if len(letters) >= 2 and (uppers == len(letters) or (uppers >= 2 and len(letters) <= 5)):
        if uppers == len(letters) and len(letters) >= 5 and text.isalpha() and is_ordinary(text, base):
            return len(text), text, "cap"  # "WHEREAS", "SOLIDARITY": a word in capitals
        return len(text), text, "acro"
    return len(text), text, "cap"


_OPENERS = "\"“”'‘’«»([{—–-*•¿¡ \t\u00a0"
_ENDERS = ".!?:;…\n"


def _sentence_start(text: str, pos: int) -> bool:
    """After a full stop, a colon, an opening quote or bracket, or at the start."""
    i = pos - 1
    while i >= 0 and text[i] in _OPENERS:
        if text[i] in "¿¡\n\"“«‘":
            return True
        i -= 1
    if i < 0 or text[i] in _ENDERS:
        return True
    # After a list marker that opens the line: "(3) Serology sample collection", "2. Ask".
    return text[i] in ")." and _LIST_MARKER.search(text, max(0, i - 8), i + 1) is not None


_LIST_MARKER = compile_regex(r"(?:^|\n)[ \t]*+\(?[0-9]{1,3}[.)]$")


def _gap_ok(text: str, a: Tok, b: Tok) -> bool:
    gap = text[a.end:b.start]
    return gap in (" ", "\u00a0") or (a.kind == "acro" and a.text.endswith(".") and gap == "")


@dataclass
class Piece:
    toks: list[Tok]
    concepts: tuple[str, ...] = ()
    initial: bool = False


# Only tokens that hold a capital letter can be (or start) a name; the words between two of them
# are read from the gap. Finding capitals first and reading the token around each skips the
# lowercase majority of words, which is what keeps this cheap.
_CAPITAL = compile_regex(r"\p{Lu}")
_TOKEN_CHARS = frozenset("'’-\u2010\u2011")


def _word_start(text: str, i: int, floor: int) -> int:
    """Where the word holding text[i] starts (letters, digits, apostrophes and hyphens back
    from i), not before `floor`."""
    while i > floor and (text[i - 1].isalnum() or text[i - 1] in _TOKEN_CHARS):
        i -= 1
    return i


def _name_tokens(text: str, base: str, start: int, end: int) -> list[Tok]:
    """The tokens of the capitals in text[start:end] (a token may run on past `end`)."""
    out: list[Tok] = []
    # `pos` ends the last token (a token's word is not searched back past it); the next
    # capital is searched from there, so an acronym's other capitals are not visited.
    pos = scan = start
    search = _CAPITAL.search
    while True:
        c = search(text, scan, end)
        if c is None:
            return out
        i = c.start()
        j = _word_start(text, i, pos)
        m = gl.TOKEN.match(text, j)
        if m is None or m.end() <= i:
            m = gl.TOKEN.match(text, i)
        if m is None:
            scan = i + 1
            continue
        pos = scan = m.end()
        if text.startswith("$", pos):
            continue  # "US$", "C$": a currency symbol
        out.append(_token(m, base))


def _joining(text: str, a: Tok, b: Tok, w: Words) -> list[Tok] | None:
    """The connector tokens between two name tokens that belong to one name ([] when they are
    adjacent), or None when the gap separates them."""
    if _gap_ok(text, a, b):
        return []
    gap = text[a.end:b.start]
    if len(gap) > 16 or not (gap.startswith(" ") and gap.endswith(" ")):
        return None
    parts = gap[1:-1].split(" ")
    if len(parts) > 2 or not all(p in w.connectors or p in w.joiners for p in parts):
        return None
    out = []
    pos = a.end + 1
    for p in parts:
        out.append(Tok(pos, pos + len(p), p, "lower"))
        pos += len(p) + 1
    return out


def _runs(text: str, toks: list[Tok], w: Words) -> list[list[Tok]]:
    """Maximal runs: name tokens joined by single spaces and connectors."""
    runs: list[list[Tok]] = []
    for t in toks:
        if t.kind not in ("cap", "acro", "code", "roman"):
            continue
        if runs:
            glue = _joining(text, runs[-1][-1], t, w)
            if glue is not None and not (t.kind == "roman" and not glue
                                         and runs[-1][-1].text.casefold() in _NUMBERED):
                runs[-1].extend(glue)
                runs[-1].append(t)
                continue
        if t.kind == "roman":
            # On its own ("fase II") or numbering a phase or a type ("Phase III"), a numeral
            # is a number (extract/numbers.py); only a name goes on with one ("World War II").
            continue
        runs.append([t])
    return runs


_NUMBERED = frozenset(w for words in NUMBERED_BY_ROMAN.values() for w in words)


def _is_connector(t: Tok, w: Words) -> bool:
    return t.kind == "lower" and (t.text in w.connectors or t.text in w.joiners)


def _pieces(text: str, run: list[Tok], w: Words, base: str) -> list[Piece]:
    g = gl.active()
    out: list[Piece] = []
    rest: list[Tok] = []
    i, n = 0, len(run)
    keys = [gl.fold_token(t.text) for t in run]
    if not any(k in g.longest for k in keys):
        return _plain(text, run, w, base)  # most runs hold no glossary phrase
    while i < n:
        found = None
        if run[i].kind != "lower":
            longest = min(g.longest.get(keys[i], 0), n - i)
            for length in range(longest, 0, -1):
                last = run[i + length - 1]
                if last.kind == "lower":
                    continue
                phrase = " ".join(k for k in keys[i:i + length] if k)
                upper = all(t.kind in ("acro", "code") or t.text.isupper() for t in run[i:i + length])
                ids = g.lookup(phrase, upper)
                if ids:
                    found = (length, ids)
                    break
        if found:
            out.extend(_plain(text, rest, w, base))
            rest = []
            length, ids = found
            out.append(Piece(run[i:i + length], ids))
            i += length
        else:
            rest.append(run[i])
            i += 1
    out.extend(_plain(text, rest, w, base))
    return out


_OF = frozenset(["of", "de", "del"])


def _plain(text: str, toks: list[Tok], w: Words, base: str) -> list[Piece]:
    """A run without glossary phrases: split at joiners (unless an institution's name), at
    calendar words and at titles before a name; trim connectors; drop a sentence's first word
    when it is an ordinary word."""
    if not toks:
        return []
    # Split at "and"/"y" unless a connector ("Department of Health and Human Services") came
    # before it in the same part.
    parts: list[list[Tok]] = [[]]
    # What the current part holds, kept as it grows: rescanning the part at each "of" or "and"
    # would be quadratic in a long run. `strong` counts the leading strong capitals, checked
    # lazily (most runs hold no "of"); `broken` says a token that is not one came after them.
    strong, broken, connected = 0, False, False
    for t in toks:
        # "William Schaffner of Vanderbilt University": a person, then where they work.
        if t.kind == "lower" and t.text in _OF and len(parts[-1]) >= 2:
            part = parts[-1]
            while not broken and strong < len(part):
                if part[strong].kind == "cap" and _strong_tok(part[strong], base):
                    strong += 1
                else:
                    broken = True
            if not broken:
                parts.append([])
                strong, broken, connected = 0, False, False
                continue
        if t.kind == "lower" and t.text in w.joiners and not connected:
            parts.append([])
            strong, broken, connected = 0, False, False
            continue
        if t.kind != "lower" and t.text in w.never:
            parts.append([])
            strong, broken, connected = 0, False, False
            continue
        parts[-1].append(t)
        connected = connected or (_is_connector(t, w) and t.text not in w.joiners)
    out: list[Piece] = []
    for part in parts:
        # Titles followed by a strong word go ("President Donald Trump"); a title run followed
        # by ordinary words stays ("General Motors").
        chunk: list[Tok] = []
        i = 0
        while i < len(part):
            j = i
            while j < len(part) and part[j].kind == "cap" and part[j].text in w.titles:
                j += 1
            honorific = j > i and all(t.text in w.honorifics for t in part[i:j])
            # Two capitalised words after a title that opens the run are a person's full name,
            # ordinary words as they may be ("Vice-President Mike Pence"); a word before the
            # title may be part of it ("Vicefiscal General Rod Rosenstein").
            full_name = not chunk and j < len(part) - 1 and part[j].kind == part[j + 1].kind == "cap"
            if j > i and j < len(part) and (honorific or _strong_tok(part[j], base) or full_name):
                out.extend(_trimmed(text, chunk, w, base))
                chunk = []
                i = j
                continue
            # The whole title run stays (each of its titles would find the same word after it).
            chunk.extend(part[i:max(j, i + 1)])
            i = max(j, i + 1)
        out.extend(_trimmed(text, chunk, w, base))
    return out


def _trimmed(text: str, toks: list[Tok], w: Words, base: str) -> list[Piece]:
    # Indices, not slices: a long run of articles or of ordinary words at sentence starts would
    # otherwise be copied once per word dropped.
    i, j = 0, len(toks)
    while True:
        while i < j and (_is_connector(toks[i], w) or toks[i].text in w.articles
                         or (toks[i].kind == "cap" and toks[i].text in w.titles and j - i == 1)):
            i += 1
        while j > i and _is_connector(toks[j - 1], w):
            j -= 1
        if i == j:
            return []
        initial = _sentence_start(text, toks[i].start)
        if not (initial and toks[i].kind == "cap" and is_ordinary(toks[i].text, base)):
            return [Piece(toks[i:j], (), initial)]
        if j - i == 1:
            return []
        i += 1


def _ordinary_here(word: str, base: str) -> bool:
    """Ordinary in the text's language, or in English inside a Spanish text: Spanish keeps the
    English names of English things ("Australian Retailers Association", "March Madness").
    (Not the reverse: "Rubio" and "Linda" in English are names, not Spanish words.)"""
    return is_ordinary(word, base) or (base != "en" and is_ordinary(word, "en"))


def _strong_tok(t: Tok, base: str) -> bool:
    if t.kind == "acro":
        return True
    if t.kind == "code":
        # "Table1", "Figure2": an ordinary word glued to a number is a label, not a code.
        letters = "".join(c for c in t.text if c.isalpha())
        return len(letters) < 4 or not _ordinary_here(letters, base)
    return t.kind == "cap" and not _ordinary_here(t.text, base)


_WORD_SHAPE = compile_regex(r"\p{L}{4,}+")
_CAPS_LINE_WORD = compile_regex(r"\p{L}{2,}+")


def _headline(text: str, caps: int, base: str) -> bool:
    """Title-case or all-capitals text (`caps` capitalised words): capitals there say nothing
    about names. Told from a sentence full of names by its ordinary words: a headline
    capitalises those too."""
    # A line in capitals ("POR LA PRESENTE SE DECRETA QUE:"), short as it may be.
    every = _CAPS_LINE_WORD.findall(text)
    if len(every) >= 4 and all(w.isupper() for w in every) and sum(is_ordinary(w, base) for w in every) >= 2:
        return True
    if caps < 4:
        return False
    words = _WORD_SHAPE.findall(text)[1:]
    # A headline has at most a third as many ordinary lowercase words as capitalised ones:
    # prose gives itself away after a few words, before most are looked up.
    most_lower = sum(1 for x in words if x[0].isupper()) / 3
    ordinary = lower = 0
    for x in words:
        if is_ordinary(x, base):
            ordinary += 1
            if not x[0].isupper():
                lower += 1
                if lower > most_lower:
                    return False
    return ordinary >= 3 and ordinary - lower >= 0.75 * ordinary


@cache
def _glossary_keys(cids: tuple[str, ...]) -> tuple[Key, ...]:
    return tuple(f"@{c}" for c in cids)


def _fact(text: str, p: Piece, base: str, headline: bool, origin: int = 0) -> Fact:
    """The fact of a piece, its span counted from `origin` in `text`."""
    start, end = p.toks[0].start, p.toks[-1].end
    shape = (text[start:end], tuple((t.text, t.kind) for t in p.toks), p.concepts, p.initial,
             headline, base)
    value, alternatives, strength, form = _described(shape, p)
    return Fact(kind="name", value=value, span=Span(start - origin, end - origin),
                surface=shape[0], strength=strength, form=form, alternatives=alternatives,
                display=shape[0])


_Shape = tuple[str, tuple[tuple[str, str], ...], tuple[str, ...], bool, bool, str]
_Described = tuple[Hashable, tuple[tuple[Hashable, str], ...], Strength, str]
_described_cache: dict[_Shape, _Described] = {}


def _described(shape: _Shape, p: Piece) -> _Described:
    """Keys, strength and form of a piece: the same name recurs, so they are worked out once
    (the glossary in force is part of what they depend on: see glossary_changed)."""
    hit = _described_cache.get(shape)
    if hit is None:
        if len(_described_cache) > 50_000:
            _described_cache.clear()
        f = _describe(shape[0], p, shape[5], shape[4])
        hit = (f.value, f.alternatives, f.strength, f.form)
        _described_cache[shape] = hit
    return hit


def _describe(surface: str, p: Piece, base: str, headline: bool) -> Fact:
    toks = p.toks
    start, end = toks[0].start, toks[-1].end
    content = [t for t in toks if t.kind != "lower"]
    full = " ".join(k for k in (gl.fold_token(t.text) for t in toks) if k)
    keys: list[Key] = []
    if p.concepts:
        keys.extend(_glossary_keys(p.concepts))
    keys.append(full)
    kinds = {t.kind for t in content}
    if len(content) == 1 and content[0].kind in ("acro", "code", "cap"):
        folded = gl.fold_token(content[0].text)
        # "TdAs", "ONGs", "SL-CoVs", "NSAIDs": the plural of an acronym or code.
        if content[0].text.endswith("s") and len(folded) > 2 and (
                content[0].text[-2].isupper() or content[0].text[-2].isdigit()):
            keys.append(folded[:-1])
    if not p.concepts and len(content) >= 2:
        # "CNN Español", "COVID-19 Response Team": the acronym or code alone identifies it.
        keys.extend(gl.fold_token(t.text) for t in content if t.kind in ("acro", "code"))
        last = content[-1]
        if last.kind == "cap" and _strong_tok(last, base):
            keys.append(gl.fold_token(last.text))  # the surname of a full name
        has_connector = len(toks) > len(content)
        if has_connector or len(content) >= 3:
            keys.append("".join(gl.fold_token(t.text)[:1] for t in toks))
            keys.append("".join(gl.fold_token(t.text)[:1] for t in content))
        strong_caps = [t for t in content if t.kind == "cap" and _strong_tok(t, base)]
        if has_connector or len(content) >= 3 or len(strong_caps) < len(content):
            # An institution or place is known by its distinctive words: "Johns Hopkins
            # University" / "Universidad Johns Hopkins" share "hopkins", "Schengen Area" /
            # "espacio Schengen" share "schengen". (A person's first name is no such word.)
            keys.extend(gl.fold_token(t.text) for t in strong_caps)
    # "Al-Nusra" is also "Nusra" ("the Nusra Front" / "el Frente Al-Nusra"): the article is
    # written or left out by each language's habit.
    for t in content:
        if t.kind == "cap" and t.text[:2].lower() in _ARTICLES and t.text[2:3] in _ARTICLE_MARKS:
            bare = gl.fold_token(t.text[3:])
            if len(bare) >= 3:
                keys.append(bare)
    shouting = len(content) >= 2 and all(t.text.isupper() for t in content) and any(
        len(t.text) >= 2 and is_ordinary(t.text, base) for t in content)
    tiny = len(content) == 1 and (len(full) < 2 or (
        content[0].kind == "acro" and len(full) <= 3 and _ordinary_here(full, base)))
    if p.concepts and not (headline and all(t.text.isupper() and _ordinary_here(t.text, base) for t in content)):
        # A known name, whatever the capitals around it; but "LA" in "POR LA PRESENTE SE
        # DECRETA" is the article in a line of capitals, not Los Angeles.
        strong = True
    elif shouting or tiny:
        # "S/N" for Y/N, "LA" in capitals: a letter or a short word, not an acronym.
        strong = False  # also "IT IS HEREBY ORDERED", "POR CUANTO": words in capitals
    elif kinds & {"acro", "code"}:
        strong = any(_strong_tok(t, base) for t in content)
    elif headline or (p.initial and len(content) == 1):
        strong = False
    else:
        strong = any(_strong_tok(t, base) for t in content)
    form = "code" if "code" in kinds else "acronym" if kinds == {"acro"} and not shouting else "name"
    seen: dict[Key, None] = dict.fromkeys(k for k in keys if k)
    ordered = list(seen)
    return Fact(
        kind="name",
        value=ordered[0],
        span=Span(start, end),
        surface=surface,
        strength="strong" if strong else "weak",
        form=form,
        alternatives=tuple((k, "") for k in ordered[1:]),
        display=surface,
    )


# Not the first figure of a score or a ratio: "beat Poulter 4&3", "Rahm 2-1", "McIlroy 4 y 3".
_TRAILING_NUMBER = compile_regex(r"[ \u00a0](\d{1,4}+)(?![\d%]|[.,]\d|\s*+[&\-\u2010\u2011\u2013/:]\s*+\d"
                                 r"|\s++(?:y|and|to|a)\s++\d)")


_forbidden_cache: dict[int, tuple[gl.Glossary, regex.Pattern[str] | None, dict[str, str]]] = {}


def _forbidden(g: gl.Glossary) -> tuple[regex.Pattern[str] | None, dict[str, str]]:
    """One pattern for every wrong rendering a user glossary forbids, and the concept of each."""
    hit = _forbidden_cache.get(id(g))
    if hit is not None and hit[0] is g:
        return hit[1], hit[2]
    owner: dict[str, str] = {}
    for c in g.concepts:
        for wrong in c.forbid:
            owner[gl.fold_text(wrong).strip()] = c.id
    pattern = None
    if owner:
        alts = sorted({regex.escape(w).replace(r"\ ", r"\s++") for c in g.concepts for w in c.forbid},
                      key=len, reverse=True)
        pattern = compile_regex(rf"(?<![\p{{L}}\p{{N}}])(?:{'|'.join(alts)})(?![\p{{L}}\p{{N}}])",
                                regex.IGNORECASE)
    _forbidden_cache.clear()
    _forbidden_cache[id(g)] = (g, pattern, owner)
    return pattern, owner


def _forbidden_facts(text: str) -> list[Fact]:
    pattern, owner = _forbidden(gl.active())
    if pattern is None:
        return []
    from ..judge.names import FORBID_PREFIX

    out = []
    for m in pattern.finditer(text):
        cid = owner.get(gl.fold_text(m.group()).strip())
        if cid is not None:
            out.append(Fact("name", FORBID_PREFIX + cid, Span(m.start(), m.end()), m.group(),
                            strength="weak", form="forbidden", display=m.group()))
    return out


def extract(text: str, lang: Lang) -> list[Fact]:
    base = lang.base
    w = words(base)
    regions = _regions(text, base)
    entries = [_region(text, a, b, w, base) for a, b in regions]
    headline = _headline(text, sum(e.caps for e in entries), base)
    facts: list[Fact] = _forbidden_facts(text)
    # The forbidden renderings' spans, one byte per character: a long text full of them would
    # otherwise test every name against every one.
    forbidden = bool(facts)
    taken = bytearray(len(text) if forbidden else 0)
    for f in facts:
        taken[f.span.start:f.span.end] = b"\x01" * (f.span.end - f.span.start)
    for (start, _), entry in zip(regions, entries, strict=True):
        for fact, piece, may_take_number in entry.facts(headline):
            fact = fact.moved(start)
            if forbidden and taken.find(1, fact.span.start, fact.span.end) >= 0:
                continue
            if may_take_number:
                # "Boeing 737", "Apollo 11": a number right after a name belongs to it.
                m = _TRAILING_NUMBER.match(text, start + piece.toks[-1].end)
                if m:
                    toks = _shifted(piece.toks, start)
                    toks.append(Tok(m.start(1), m.end(1), m.group(1), "num"))
                    fact = _fact(text, Piece(toks, piece.concepts, piece.initial), base, headline)
            facts.append(fact)
    return facts


# Runs of more capitalised words than this (connectors included) are not read as names. News
# has none: the longest in TICO-19 and the seed article is 21, a title in capitals. Reading
# a run costs about 10 us a word, and 1 MB of "A A A ..." is one run of 500,000.
LONGEST_RUN = 120


# A region is a stretch of text that may hold a name: words with a capital letter, joined as
# a name's words are (a space, a connector, nothing after a dotted acronym). It is found by one
# pattern, in C, and what it yields is remembered by its text: most recur ("The" opening a
# sentence, "COVID-19", "World Health Organization"), and the tokens, runs and facts of a
# region depend only on its text, whether a "$" follows it ("US$" is a currency), whether it
# opens a sentence, the headline test and the language (and the glossary: see
# glossary_changed). Every name token lies in a region: its words are the token reader's own
# patterns (glossary.ACRONYM, glossary.WORD), each holding a capital.
_JOIN_CHARS = "'’\\-\u2010\u2011"


@cache
def _region_pattern(base: str) -> regex.Pattern[str]:
    w = words(base)
    glue = "|".join(regex.escape(x) for x in sorted(w.connectors | w.joiners, key=lambda x: (-len(x), x)))
    acro, word = gl.ACRONYM, gl.WORD
    # After a gap, a word that holds a capital before its end ("737-MAX", "iPhone"). The
    # region itself starts at a capital, which the scan finds quickly; the letters of its word
    # before that capital are taken in by `_regions`.
    # (Not through a combining mark: the token reader does not look back past one.)
    holds_capital = rf"(?=[\p{{Ll}}\p{{Lt}}\p{{Lm}}\p{{Lo}}\p{{N}}{_JOIN_CHARS}]*+\p{{Lu}})"
    gap = rf"(?:[ \u00a0]|(?<=\.)|[ ](?:{glue})(?:[ ](?:{glue}))?[ ])"
    return compile_regex(rf"(?=\p{{Lu}})(?:{acro}|{word})(?:{gap}{holds_capital}(?:{acro}|{word}))*+")


def _regions(text: str, base: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in _region_pattern(base).finditer(text)]
    # A region starts at a capital; the letters of its word before it ("iPhone", "pro-Trump")
    # are taken in, up to the region before.
    end = 0
    for k, (start, stop) in enumerate(spans):
        first = _word_start(text, start, end)
        if first < start:
            spans[k] = (first, stop)
        end = stop
    return spans


# A fact of a region, its piece, and whether a number right after it may belong to it.
_RegionFact = tuple[Fact, Piece, bool]


class _Entry:
    """What one region yields: the number of its capitalised words (for the headline test),
    and its facts with their pieces, offsets from the region's start, per headline flag."""

    __slots__ = ("_facts", "base", "caps", "runs", "text")

    def __init__(self, caps: int, runs: list[list[Tok]], text: str, base: str) -> None:
        self.caps = caps
        self.runs = runs  # offsets in `text`, the region as _region_text writes it
        self.text = text
        self.base = base
        self._facts: dict[bool, tuple[_RegionFact, ...]] = {}

    def facts(self, headline: bool) -> tuple[_RegionFact, ...]:
        """Offsets from the region's start."""
        hit = self._facts.get(headline)
        if hit is None:
            hit = self._facts[headline] = self._read(headline)
        return hit

    def _read(self, headline: bool) -> tuple[_RegionFact, ...]:
        w, base, text = words(self.base), self.base, self.text
        out = []
        for run in self.runs:
            if len(run) > LONGEST_RUN:
                continue  # capitals, not names: text in capitals, or a flood of them
            for p in _pieces(text, run, w, base):
                fact = _fact(text, p, base, headline, 1)
                # A strong name ending in a capitalised word may take the number after it.
                takes = fact.strength == "strong" and p.toks[-1].kind == "cap" and not p.concepts
                out.append((fact, Piece(_shifted(p.toks, -1), p.concepts, p.initial), takes))
        return tuple(out)


def _shifted(toks: list[Tok], by: int) -> list[Tok]:
    return [Tok(t.start + by, t.end + by, t.text, t.kind) for t in toks]


_RegionKey = tuple[str, bool, bool, str]


def _region_text(key: _RegionKey) -> str:
    """The region alone, between one character that opens a sentence or does not (".", "x")
    and one that is a "$" or is not: all the reading of its words looks at around it."""
    region, dollar, initial, _ = key
    return ("." if initial else "x") + region + ("$" if dollar else " ")


def _read_region(key: _RegionKey, w: Words) -> _Entry:
    """The region's tokens and runs."""
    text, base = _region_text(key), key[3]
    toks = _name_tokens(text, base, 1, len(text) - 1)
    caps = sum(1 for t in toks if t.kind == "cap")
    return _Entry(caps, _runs(text, toks, w), text, base)


_region_cache: dict[_RegionKey, _Entry] = {}


def _region(text: str, start: int, end: int, w: Words, base: str) -> _Entry:
    key = (text[start:end], text.startswith("$", end), _sentence_start(text, start), base)
    try:
        return _region_cache[key]
    except KeyError:
        pass
    if len(_region_cache) > 50_000:
        _region_cache.clear()
    hit = _region_cache[key] = _read_region(key, w)
    return hit
