"""Glossaries: which names are the same thing in English and Spanish, and which renderings a
newsroom requires (`keep`) or rejects (`forbid`).

A glossary is a list of *concepts*; each concept has the surfaces that name it in each language
("United States", "US", "U.S." / "Estados Unidos", "EE.UU.", "EE. UU.", "estadounidense").
The default glossary is YAML under `rules/glossary/`; users add their own YAML files (or TBX,
the terminology exchange standard) with `--glossary FILE` or `glossaries:` in the
configuration. `load_glossaries(paths)` raises `GlossaryError` naming the file and line of
whatever it cannot read.

User YAML files look like this:

    terms:                         # term -> accepted translations
      Supreme Court: [Corte Suprema, Tribunal Supremo]
      Homeland Security: Seguridad Nacional
      Tren de Aragua:
        translations: [Tren de Aragua]
        forbid: [Tren del Aragua]
    keep: [CNN, ACLU]               # must appear verbatim in the translation
    forbid:                         # known wrong renderings
      billion: [billón]
    concepts:                       # the default glossary's own form
      - {en: Oval Office, es: Oficina Oval | Despacho Oval}
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from .resources import rules_path
from .rxcache import compile_regex


class GlossaryError(ValueError):
    """A glossary file that cannot be read; the message names the file and line."""


@dataclass(frozen=True)
class Concept:
    id: str
    # Surfaces by language ("en", "es", or "*" for a user term that holds in either language).
    variants: tuple[tuple[str, tuple[str, ...]], ...]
    origin: str = "default"
    # For a user term: the term, the renderings it accepts, those it rejects, and where it was
    # defined (for messages).
    term: str | None = None
    translations: tuple[str, ...] = ()
    forbid: tuple[str, ...] = ()
    keep: bool = False
    where: str = ""

    def surfaces(self, lang: str | None = None) -> Iterable[str]:
        for code, vs in self.variants:
            if lang is None or code in (lang, "*"):
                yield from vs


# Possessive endings fold away so that "Bukele's" and "Alzheimer's" key like "Bukele".
_POSSESSIVE = compile_regex(r"['’]s?$")
_NON_ALNUM = compile_regex(r"[^\p{L}\p{N}]++")


_MARKS = compile_regex(r"\p{M}++")


def strip_accents(text: str) -> str:
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", _MARKS.sub("", unicodedata.normalize("NFD", text)))


@lru_cache(maxsize=1 << 16)
def fold_token(token: str) -> str:
    """A token's key: no case, no accents, no punctuation ("EE.UU." -> "eeuu", "MS-13" ->
    "ms13", "Bukele's" -> "bukele")."""
    return str(_NON_ALNUM.sub("", strip_accents(_POSSESSIVE.sub("", token)).casefold()))


def fold_text(text: str) -> str:
    """Running text for phrase search: no case, no accents, punctuation as single spaces,
    padded with spaces so that " key " finds whole words."""
    return " " + str(_NON_ALNUM.sub(" ", strip_accents(text).casefold())).strip() + " "


# Tokens as the name extractor sees them: dotted acronyms ("EE.UU.", "EE. UU.", "U.S."), then
# words with inner apostrophes or hyphens ("O'Brien", "al-Assad", "MS-13", "SARS-CoV-2").
# Possessive quantifiers over disjoint classes keep this linear.
ACRONYM = r"\p{Lu}{1,2}+\.(?:[ \u00a0]?+\p{Lu}{1,2}+\.)++"
WORD = r"[\p{L}\p{M}\p{N}]++(?:['’\-\u2010\u2011][\p{L}\p{M}\p{N}]++)*+(?:['’](?=[\s,.;:!?)]|$))?+"
TOKEN = compile_regex(rf"(?P<acro>{ACRONYM})|(?P<word>{WORD})")


def phrase_key(phrase: str) -> str:
    return " ".join(k for k in (fold_token(m.group()) for m in TOKEN.finditer(phrase)) if k)


def is_short_acronym(surface: str) -> bool:
    """"WHO", "US", "EU": only all-capital tokens stand for them, never "who", "Us", "Eu"."""
    letters = [c for c in surface if c.isalpha()]
    return 0 < len(letters) <= 4 and all(c.isupper() for c in letters) and " " not in surface.strip()


@dataclass
class Glossary:
    concepts: list[Concept] = field(default_factory=list)
    keep: set[str] = field(default_factory=set)
    # phrase key -> (concept ids, needs capitals)
    index: dict[str, list[tuple[str, bool]]] = field(default_factory=dict)
    longest: dict[str, int] = field(default_factory=dict)
    by_id: dict[str, Concept] = field(default_factory=dict)
    # folded user term -> its concept, for the checks of accepted and forbidden renderings
    user_terms: dict[str, Concept] = field(default_factory=dict)
    # phrase key of a lowercase variant ("mexicanos") -> concept ids: not names in running
    # text, but the concept a writer means who capitalises one ("los Mexicanos")
    lowercase: dict[str, list[str]] = field(default_factory=dict)

    def add(self, concept: Concept) -> None:
        self.concepts.append(concept)
        self.by_id[concept.id] = concept
        for surface in concept.surfaces():
            key = phrase_key(surface)
            # Lowercase variants ("venezolanos", "estadounidense") are found as plain words by
            # the judge; a capitalised "Español" in "CNN Español" is not the concept Spain.
            if not key:
                continue
            if surface[:1].islower():
                self.lowercase.setdefault(key, []).append(concept.id)
                continue
            self.index.setdefault(key, []).append((concept.id, is_short_acronym(surface)))
            first = key.split(" ", 1)[0]
            self.longest[first] = max(self.longest.get(first, 0), key.count(" ") + 1)
        if concept.term is not None:
            self.user_terms[phrase_key(concept.term)] = concept
            if concept.keep:
                self.keep.add(concept.term)

    def of_word(self, key: str) -> tuple[Concept, ...]:
        """The concepts a capitalised word may name: as a name, or as a lowercase variant."""
        ids = [cid for cid, _ in self.index.get(key, ())] + self.lowercase.get(key, [])
        return tuple(self.by_id[cid] for cid in dict.fromkeys(ids))

    def lookup(self, key: str, upper: bool) -> tuple[str, ...]:
        """Concept ids for a phrase key; `upper` says whether the text had it in capitals."""
        return tuple(cid for cid, caps in self.index.get(key, ()) if upper or not caps)

    def merged(self, other: Glossary) -> Glossary:
        out = Glossary()
        for c in (*self.concepts, *other.concepts):
            out.add(c)
        out.keep |= self.keep | other.keep
        return out


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split("|") if v.strip())


# The default glossary, read and indexed from its YAML (about a tenth of a short article's check)
# on first use and kept in the user's cache (usercache.py), keyed by the YAML files, this module
# and the versions it depends on: a later run loads it in a few milliseconds.
CACHE_NAME = "glossary"


@cache
def default_glossary() -> Glossary:
    from . import usercache

    paths = sorted((rules_path() / "glossary").glob("*.yaml"))
    key = _stamp(paths)
    got = usercache.load(CACHE_NAME, key)
    if isinstance(got, Glossary):
        return got
    built = _build_default(paths)
    usercache.store(CACHE_NAME, key, built)
    return built


def _build_default(paths: Sequence[Path]) -> Glossary:
    g = Glossary()
    for path in paths:
        _read_yaml(path, g, default=True)
    _add_cldr(g)
    return g


def _add_cldr(g: Glossary) -> None:
    """The exonyms CLDR knows (cldr_names.py), after the YAML files: those win."""
    from .cldr_names import exonyms
    from .wordlist import WordList

    langs = ("en", "es")
    lexicon = rules_path() / "lexicon"
    ordinary = {lang: WordList((lexicon / f"common.{lang}.txt").read_text(encoding="utf-8"))
                for lang in langs}
    for cid, variants in exonyms(*langs, ordinary, known=g.index.__contains__, fold=phrase_key):
        g.add(Concept(cid, variants, where=f"CLDR {cid.split(':', 1)[1]}"))


def _stamp(paths: Sequence[Path]) -> str:
    """The files the default glossary is built from and what its keys depend on: the
    interpreter's Unicode data and the regex module (names are folded with both), and babel
    (the CLDR exonyms)."""
    from .digest import sha1
    from .usercache import interpreter, library_versions

    h = sha1(f"{interpreter()} {library_versions({'regex': 'regex', 'babel': 'babel'})}".encode())
    lexicon = rules_path() / "lexicon"
    for path in (*paths, Path(__file__), Path(__file__).with_name("cldr_names.py"),
                 lexicon / "common.en.txt", lexicon / "common.es.txt"):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return str(h.hexdigest())


_active: Glossary | None = None


def active() -> Glossary:
    """The glossary in force: the default one plus what `use()` added."""
    return _active if _active is not None else default_glossary()


def use(paths: Sequence[str | Path]) -> Glossary:
    """Put the default glossary plus these files in force for the checks that follow."""
    global _active
    _active = default_glossary().merged(load_glossaries(paths)) if paths else None
    _changed()
    return active()


def _changed() -> None:
    from .extract import names
    from .judge import names as judge_names

    names.glossary_changed()
    judge_names.glossary_changed()


# A newsroom glossary holds hundreds or a few thousand terms. Reading one costs some 60
# microseconds a term, so a file of 200,000 (8 MB) would add 12 s and 600 MB to every run:
# bilint refuses it rather than stall a commit hook.
MAX_GLOSSARY_BYTES = 2 << 20


def load_glossaries(paths: Sequence[str | Path]) -> Glossary:
    """User glossaries (YAML, or TBX by its extension), merged in order."""
    g = Glossary()
    for p in paths:
        path = Path(p)
        if not path.is_file():
            raise GlossaryError(f"{path}: glossary file not found")
        size = path.stat().st_size
        if size > MAX_GLOSSARY_BYTES:
            raise GlossaryError(
                f"{path}: glossary is {size / 1e6:.1f} MB; bilint reads glossaries up to "
                f"{MAX_GLOSSARY_BYTES >> 20} MiB (some 50,000 terms): keep the terms your "
                "articles use")
        if path.suffix.lower() in (".tbx", ".xml"):
            _read_tbx(path, g)
        else:
            _read_yaml(path, g, default=False)
    return g


# --- YAML -------------------------------------------------------------------------------------


def _line(node: Any) -> int:
    return int(node.start_mark.line) + 1


def _fail(path: Path, node: Any, message: str) -> GlossaryError:
    return GlossaryError(f"{path}:{_line(node)}: {message}")


def _scalar(path: Path, node: Any, what: str) -> str:
    import yaml

    if not isinstance(node, yaml.ScalarNode) or not str(node.value).strip():
        raise _fail(path, node, f"{what} must be a non-empty string")
    return str(node.value).strip()


def _strings(path: Path, node: Any, what: str) -> tuple[str, ...]:
    """A string (with " | " between variants) or a list of strings."""
    import yaml

    if isinstance(node, yaml.ScalarNode):
        return _split(_scalar(path, node, what))
    if isinstance(node, yaml.SequenceNode):
        return tuple(s for item in node.value for s in _split(_scalar(path, item, what)))
    raise _fail(path, node, f"{what} must be a string or a list of strings")


def _read_yaml(path: Path, g: Glossary, default: bool) -> None:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: 10x faster start-up
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f"{mark.line + 1}:" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise GlossaryError(f"{path}:{line} invalid YAML: {problem}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise GlossaryError(f"{path}: cannot read: {exc}") from None
    if root is None:
        return
    if not isinstance(root, yaml.MappingNode):
        raise GlossaryError(f"{path}:{_line(root)}: a glossary is a mapping with `terms`, `keep`, "
                            "`forbid` or `concepts`")
    origin = "default" if default else str(path)
    for key_node, value in root.value:
        key = _scalar(path, key_node, "a key")
        if key == "concepts":
            _read_concepts(path, value, g, origin)
        elif key == "terms":
            if not isinstance(value, yaml.MappingNode):
                raise _fail(path, value, "`terms` must map each term to its translations")
            for term_node, spec in value.value:
                _read_term(path, _scalar(path, term_node, "a term"), spec, g)
        elif key == "keep":
            for term in _strings(path, value, "`keep`"):
                g.add(Concept(f"u:{path}:{_line(value)}:{term}", (("*", (term,)),), str(path),
                              term=term, translations=(term,), keep=True,
                              where=f"{path}:{_line(value)}"))
        elif key == "forbid":
            if not isinstance(value, yaml.MappingNode):
                raise _fail(path, value, "`forbid` must map each term to its wrong renderings")
            for term_node, wrong in value.value:
                term = _scalar(path, term_node, "a term")
                g.add(Concept(f"u:{path}:{_line(term_node)}:{term}", (("*", (term,)),), str(path),
                              term=term, forbid=_strings(path, wrong, "a wrong rendering"),
                              where=f"{path}:{_line(term_node)}"))
        else:
            raise _fail(path, key_node, f"unknown key {key!r} (expected terms, keep, forbid or "
                        "concepts)")


def _read_concepts(path: Path, node: Any, g: Glossary, origin: str) -> None:
    import yaml

    if not isinstance(node, yaml.SequenceNode):
        raise _fail(path, node, "`concepts` must be a list of {en: ..., es: ...} mappings")
    for item in node.value:
        if not isinstance(item, yaml.MappingNode):
            raise _fail(path, item, "a concept is a mapping such as {en: Oval Office, es: "
                        "Oficina Oval}")
        variants: list[tuple[str, tuple[str, ...]]] = []
        for lang_node, surfaces in item.value:
            lang = _scalar(path, lang_node, "a language")
            if lang not in ("en", "es"):
                raise _fail(path, lang_node, f"unknown language {lang!r} (expected en or es)")
            variants.append((lang, _strings(path, surfaces, f"the {lang} variants")))
        if not variants:
            raise _fail(path, item, "an empty concept")
        default = origin == "default"
        cid = f"{'g' if default else 'u'}:{path.name}:{_line(item)}"
        # The default glossary's places are named within the package, wherever it is installed
        # (its pickled cache is built in one place and read in another).
        where = f"rules/glossary/{path.name}:{_line(item)}" if default else f"{path}:{_line(item)}"
        g.add(Concept(cid, tuple(variants), origin, where=where))


def _read_term(path: Path, term: str, spec: Any, g: Glossary) -> None:
    import yaml

    keep = False
    forbid: tuple[str, ...] = ()
    if isinstance(spec, yaml.ScalarNode) and str(spec.value).strip() == "keep":
        translations: tuple[str, ...] = (term,)
        keep = True
    elif isinstance(spec, (yaml.ScalarNode, yaml.SequenceNode)):
        translations = _strings(path, spec, f"the translations of {term!r}")
    elif isinstance(spec, yaml.MappingNode):
        translations = ()
        for k_node, v in spec.value:
            k = _scalar(path, k_node, "a key")
            if k == "translations":
                translations = _strings(path, v, f"the translations of {term!r}")
            elif k == "forbid":
                forbid = _strings(path, v, f"the wrong renderings of {term!r}")
            elif k == "keep":
                keep = isinstance(v, yaml.ScalarNode) and str(v.value).lower() in ("true", "yes")
            else:
                raise _fail(path, k_node, f"unknown key {k!r} for term {term!r} (expected "
                            "translations, forbid or keep)")
        if keep and term not in translations:
            translations = (*translations, term)
    else:
        raise _fail(path, spec, f"the translations of {term!r} must be a string, a list or a "
                    "mapping")
    where = f"{path}:{_line(spec)}"
    g.add(Concept(f"u:{where}", (("*", (term, *translations)),), str(path), term=term,
                  translations=translations, forbid=forbid, keep=keep, where=where))


# --- TBX --------------------------------------------------------------------------------------

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _read_tbx(path: Path, g: Glossary) -> None:
    """TBX (ISO 30042): each termEntry is a concept; a term whose administrativeStatus is
    deprecated or superseded is a forbidden rendering."""
    import xml.etree.ElementTree as ET

    # defusedxml: a TBX file is data from elsewhere; entity declarations (the "billion
    # laughs") and external references are refused, not expanded or fetched.
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import parse

    try:
        tree = parse(path, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except ET.ParseError as exc:
        line = exc.position[0] if exc.position else 0
        raise GlossaryError(f"{path}:{line}: invalid TBX: {exc}") from None
    except DefusedXmlException as exc:
        raise GlossaryError(f"{path}: TBX with entity declarations or external references is "
                            f"not read ({type(exc).__name__})") from None

    def local(tag: str) -> str:
        return tag.rsplit("}", 1)[-1]

    for n, entry in enumerate(e for e in tree.iter() if local(e.tag) in ("termEntry", "conceptEntry")):
        variants: dict[str, list[str]] = {}
        wrong: list[str] = []
        for lang_set in (e for e in entry if local(e.tag) == "langSet"):
            lang = (lang_set.get(_XML_LANG) or lang_set.get("lang") or "").split("-")[0].lower()
            for holder in lang_set.iter():
                if local(holder.tag) not in ("tig", "ntig", "termSec"):
                    continue
                terms = [t.text.strip() for t in holder.iter() if local(t.tag) == "term" and t.text]
                status = " ".join((t.text or "") for t in holder.iter()
                                  if local(t.tag) == "termNote"
                                  and t.get("type") == "administrativeStatus")
                if "deprecated" in status or "superseded" in status:
                    wrong.extend(terms)
                elif lang in ("en", "es"):
                    variants.setdefault(lang, []).extend(terms)
        if not variants:
            continue
        cid = f"u:{path}:{entry.get('id') or n}"
        pairs = tuple((lang, tuple(vs)) for lang, vs in variants.items())
        first = next(iter(variants.values()))[0]
        others = tuple(v for _, vs in pairs for v in vs)
        g.add(Concept(cid, pairs, str(path), term=first, translations=others,
                      forbid=tuple(wrong), where=f"{path} (entry {entry.get('id') or n + 1})"))
