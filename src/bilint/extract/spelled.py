"""Spelled-out numbers in English and Spanish: "two hundred and thirty-eight", "tres mil
millones", "twenty-first", "dos tercios".

The vocabulary lives in `rules/lexicon/numbers.<base>.yaml`; this module owns the grammar.
The text is cut into word tokens once, and numbers are read left to right from those tokens
with a bounded look-ahead, so the work is linear in the length of the text.

Values are exact Decimals, except fractions that do not end in decimal: those are rounded
to six places (a third is Decimal("0.333333"), two thirds Decimal("0.666667")). Mixed
numbers ("two and a half", "four point seven six million") have form "words".

We compute values ourselves rather than with text2num: it misses forms news uses
("veintiún", "four point seven six million", "a hundred and five") and costs import time.
"""

from __future__ import annotations

import gc
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from itertools import accumulate
from typing import Any

from ..tables import snapshot

__all__ = ["Spelled", "find_spelled", "number_words", "scale_words"]

_GC_PAUSE_FROM = 1 << 16  # characters


@dataclass(frozen=True, slots=True)
class Spelled:
    """A spelled-out number found in a text."""

    start: int  # offset in text
    end: int  # exclusive
    value: Decimal
    form: str  # "words", "ordinal", "fraction"
    weak: bool  # ambiguous surface ("one", "un", "first", "segundo", "half", "a hundred"...)
    scale: str | None  # the largest scale word used, lower-case ("million", "mil millones")


def find_spelled(text: str, base: str) -> list[Spelled]:
    """The spelled-out numbers of `text` in language `base` ("en" or "es"), in order,
    non-overlapping, each as long as the grammar allows."""
    lex = _lexicon(_base(base))
    if len(text) < _GC_PAUSE_FROM or not gc.isenabled():
        return _Parser(text, lex).run()
    # A big number-dense text makes one object per number: the cyclic collector would walk
    # them again and again (a third of the time on 1 MB of "one one ..."), and they hold no
    # cycles, so it is paused for the call.
    gc.disable()
    try:
        return _Parser(text, lex).run()
    finally:
        gc.enable()


def scale_words(base: str) -> dict[str, Decimal]:
    """Scale word (or phrase) -> multiplier, e.g. en "billion" -> 1e9, es "billón" -> 1e12."""
    return {w: Decimal(v) for w, v in _lexicon(_base(base)).scale_values.items()}


def number_words(base: str) -> frozenset[str]:
    """Every word that can be or start a spelled-out number, lower-case, with and without its
    accents ("millón", "millon"): what the flood guard (extract/density.py) counts."""
    words = _lexicon(_base(base)).words
    return frozenset(words) | frozenset(w.canon for w in words.values())


# --- lexicon -----------------------------------------------------------------------------
# Plain slotted classes rather than dataclasses: each dataclass costs ~2 ms of import time.

_BASES = ("en", "es")
_UNIT, _TEEN, _TEN, _HUNDREDS, _HUNDRED, _MULT, _SCALE = (
    "unit",
    "teen",
    "ten",
    "hundreds",
    "hundred",
    "mult",
    "scale",
)


class _Word:
    __slots__ = (
        "alone",
        "canon",
        "card",
        "closes",
        "denom",
        "ordinal",
        "plural_denom",
        "value",
        "weak",
    )

    def __init__(
        self,
        canon: str,
        card: str | None = None,
        value: int = 0,
        ordinal: int | None = None,
        denom: int | None = None,
        plural_denom: bool = False,
        weak: bool = False,
        alone: bool = False,
        closes: bool = False,
    ) -> None:
        self.canon = canon  # spelling from the lexicon, lower-case with accents
        # Grammar class for cardinals: unit, teen, ten, hundreds (es "doscientos"),
        # hundred (en multiplier), mult (dozen), scale; None if not a cardinal word.
        self.card = card
        self.value = value
        # en: the word ends a cardinal as an ordinal; es: the value of an ordinal word.
        self.ordinal = ordinal
        self.denom = denom
        self.plural_denom = plural_denom
        self.weak = weak
        self.alone = alone  # a scale that is a number by itself (es "mil")
        self.closes = closes  # es "cien": only a scale may follow


def _base(base: str) -> str:
    b = base.lower()
    if b not in _BASES:
        raise ValueError(f"unsupported language {base!r}: expected one of {_BASES}")
    return b


@lru_cache(maxsize=8192)
def _fold(word: str) -> str:
    """Lower-case without accents, so that "Veintiun" finds "veintiún"."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _word_str(x: Any) -> str:
    # YAML 1.1 reads unquoted no/yes/on/off as booleans: a silent loss of a word.
    if not isinstance(x, str):
        raise ValueError(f"number lexicon: {x!r} is not a word (quote it in the YAML)")
    return x


def _keys(items: Any) -> frozenset[str]:
    return frozenset(_fold(_word_str(x)) for x in (items or ()))


def _seqs(items: Any) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(_fold(_word_str(w)) for w in seq) for seq in (items or ()))


def _card_of(value: int) -> str:
    """The cardinal class an English ordinal word plays ("twentieth" is a ten)."""
    if value < 10:
        return _UNIT
    if value < 20:
        return _TEEN
    if value < 100:
        return _TEN
    return _HUNDRED if value == 100 else _SCALE


class _Lexicon:
    """One language's number vocabulary, indexed by folded word."""

    def __init__(self, data: dict[str, Any], name: str) -> None:
        weak = _keys(data.get("weak"))
        closes = _keys(data.get("closes_group"))
        alone = _keys(data.get("scale_alone"))
        entries: dict[str, dict[str, Any]] = {}

        def put(word: Any, **attrs: Any) -> None:
            key = _fold(_word_str(word))
            entry = entries.setdefault(key, {"canon": word.lower()})
            for attr, val in attrs.items():
                if entry.get(attr, val) != val:
                    raise ValueError(f"{name}: {word!r} has two values for {attr}")
                entry[attr] = val

        for section, card in (
            ("units", _UNIT),
            ("teens", _TEEN),
            ("tens", _TEN),
            ("hundreds", _HUNDREDS),
            ("multipliers", _MULT),
            ("scales", _SCALE),
        ):
            for word, value in (data.get(section) or {}).items():
                put(word, card=card, value=int(value))
        for word in data.get("hundred") or ():
            put(word, card=_HUNDRED, value=100)

        ordinals = data.get("ordinals") or {}
        self.ordinal_sum = bool(ordinals.get("sum"))
        ordinal_words = {_word_str(w): int(v) for w, v in (ordinals.get("words") or {}).items()}
        for word, value in ordinal_words.items():
            if self.ordinal_sum:
                put(word, ordinal=value)
            else:
                # In English the ordinal word plays the part of its cardinal in the grammar.
                put(word, card=_card_of(value), value=value, ordinal=value)
        for prefix, tens in (ordinals.get("compound_prefixes") or {}).items():
            for word, value in ordinal_words.items():
                if value < 10:
                    put(f"{_word_str(prefix)}{word}", ordinal=int(tens) + value)

        fractions = data.get("fractions") or {}
        for word, den in (fractions.get("singular") or {}).items():
            put(word, denom=int(den))
        for word, den in (fractions.get("plural") or {}).items():
            put(word, denom=int(den), plural_denom=True)

        self.words: dict[str, _Word] = {
            key: _Word(weak=key in weak, alone=key in alone, closes=key in closes, **entry)
            for key, entry in entries.items()
        }

        scales = {_word_str(w): int(v) for w, v in (data.get("scales") or {}).items()}
        phrases = {_word_str(p): int(v) for p, v in (data.get("scale_phrases") or {}).items()}
        self.scale_values: dict[str, int] = {**scales, **phrases}
        self.scale_phrases: dict[tuple[str, str], str] = {}
        for phrase in phrases:
            first, _, second = _fold(phrase).partition(" ")
            self.scale_phrases[(first, second)] = phrase

        half = data.get("half") or {}
        conn = data.get("connectors") or {}
        self.and_words = _keys(conn.get("and"))
        self.and_tens_only = conn.get("and_joins", "hundreds") == "tens"
        self.articles = _keys(conn.get("article"))
        self.points = _keys(conn.get("decimal_point"))
        self.of_words = _keys(fractions.get("of"))
        self.part_words = _keys(fractions.get("parts"))
        self.half_words = _keys(half.get("words"))
        self.half_prefixes = _seqs(half.get("before_scale"))
        self.and_half = _seqs(half.get("and_half"))
        self.and_half_after_count = bool(half.get("and_half_after_count"))
        self.and_half_next = frozenset(seq[1] for seq in self.and_half if len(seq) > 1)
        self.need_of_after_article = _keys(fractions.get("need_of_after_article"))
        self.need_of_after_one = _keys(fractions.get("need_of_after_one"))
        not_num = data.get("not_a_number") or {}
        self.preceded_by = {_fold(_word_str(k)): _keys(v.get("preceded_by")) for k, v in not_num.items()}
        self.followed_by = {_fold(_word_str(k)): _keys(v.get("followed_by")) for k, v in not_num.items()}
        self.filtered = frozenset(self.preceded_by) | frozenset(self.followed_by)
        # Folded keys that a word written without accents does not reach.
        self.accented = frozenset(_fold(_word_str(w)) for w in data.get("needs_accent") or ())
        self.starts = frozenset(self.words) | self.articles | self.half_words
        self.fast = self._fast_table()

    def _fast_table(
        self,
    ) -> dict[str, tuple[tuple[Decimal, str, bool, str | None], frozenset[str]]]:
        """For each word that is a number by itself: that number, and the words that could
        continue it. A word not followed by one of those is the whole number, which spares
        the grammar for most numbers in running text ("one one one ..." included)."""
        words = self.words

        def keys_of(*cards: str) -> frozenset[str]:
            return frozenset(k for k, w in words.items() if w.card in cards)

        after_count = (
            keys_of(_HUNDRED, _MULT, _SCALE)
            | frozenset(k for k, w in words.items() if w.denom is not None)
            | self.points
            | self.and_words
        )
        if self.part_words:  # "una tercera parte"
            after_count |= frozenset(k for k, w in words.items() if w.ordinal is not None)
        units, teens, tens = keys_of(_UNIT), keys_of(_TEEN), keys_of(_TEN)
        cont = {
            _UNIT: after_count,
            _TEEN: after_count,
            _TEN: after_count | units,
            _HUNDREDS: after_count | units | teens | tens,
            _SCALE: after_count | units | teens | tens | keys_of(_HUNDREDS),
        }
        ordinal_cont = (
            frozenset(k for k, w in words.items() if w.ordinal is not None and w.card is None)
            | self.part_words
        )
        table: dict[str, tuple[tuple[Decimal, str, bool, str | None], frozenset[str]]] = {}
        for key, w in words.items():
            if key in self.articles or key in self.half_words:
                continue
            if w.ordinal is not None and w.card is None:  # es ordinal
                table[key] = ((Decimal(w.ordinal), "ordinal", w.weak, None), ordinal_cont)
            elif w.ordinal is not None:  # en ordinal: ends the number at once
                table[key] = ((Decimal(w.value), "ordinal", w.weak, None), frozenset())
            elif w.card in (_UNIT, _TEEN, _TEN, _HUNDREDS) or (w.card == _SCALE and w.alone):
                scale = w.canon if w.card == _SCALE else None
                table[key] = (
                    (Decimal(w.value), "words", w.weak and scale is None, scale),
                    cont[w.card],
                )
        return table


def _read_yaml(base: str) -> tuple[dict[str, Any], str]:
    # Imported here: yaml and pathlib cost import time that most importers never need.
    import yaml

    from bilint.resources import rules_path

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    path = rules_path() / "lexicon" / f"numbers.{base}.yaml"
    with path.open(encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=loader)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping at the top")
    return data, path.name


@snapshot
def _lexicon(base: str) -> _Lexicon:
    data, name = _read_yaml(base)
    return _Lexicon(data, name)


# --- parsing -----------------------------------------------------------------------------

# Letters. Text not in NFC may hold combining accents apart from their letter ("u\u0301"):
# then the slower pattern keeps them in the word.
_SPLIT_RE = re.compile(r"([^\W\d_]+)")
_SPLIT_NFD_RE = re.compile(r"((?:[^\W\d_]|[\u0300-\u036f])+)")
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})
_SIX_PLACES = Decimal("0.000001")
_HALF = Decimal("0.5")

# Building Spelled through its slot descriptors: the frozen dataclass __init__ goes through
# object.__setattr__ per field and costs twice as much, which shows on number-dense text.
_new = object.__new__
_SET = tuple(getattr(Spelled, f).__set__ for f in ("start", "end", "value", "form", "weak", "scale"))


def _spelled(start: int, end: int, value: Decimal, form: str, weak: bool, scale: str | None) -> Spelled:
    s = _new(Spelled)
    s0, s1, s2, s3, s4, s5 = _SET
    s0(s, start)
    s1(s, end)
    s2(s, value)
    s3(s, form)
    s4(s, weak)
    s5(s, scale)
    return s


def _fraction(num: int, den: int) -> Decimal:
    q = Decimal(num) / Decimal(den)
    exponent = q.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -6:
        q = q.quantize(_SIX_PLACES)
    return q


def _clean(value: Decimal | int) -> Decimal:
    """Integral values as plain integers (Decimal("4760000"), not "4760000.00")."""
    if isinstance(value, int):
        return Decimal(value)
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


class _Found:
    __slots__ = ("form", "next", "scale", "value", "weak")

    def __init__(self, next_: int, value: Decimal | int, form: str, weak: bool, scale: str | None) -> None:
        self.next = next_  # token index after the number
        self.value = value
        self.form = form
        self.weak = weak
        self.scale = scale


# A number as read so far: next token, form, group, fraction of the group, completed parts,
# number words used, all of them weak, scale name, mixed (decimals or "and a half").
# Appended to a key that must not be read as a number word (matches no lexicon entry).
_UNREAD = "\x00"

_Snap = tuple[int, str, int, Decimal | None, list[tuple[Decimal | int, int]], int, bool, str | None, bool]


class _Parser:
    def __init__(self, text: str, lex: _Lexicon) -> None:
        self.lex = lex
        if text.isascii():
            # Lower-casing ASCII keeps every offset, so the words come out as keys.
            parts = _SPLIT_RE.split(text.lower())
            keys = parts[1::2]
        else:
            nfc = unicodedata.is_normalized("NFC", text)
            parts = (_SPLIT_RE if nfc else _SPLIT_NFD_RE).split(text)
            # Only non-ASCII words pay for accent folding.
            keys = [w.lower() if w.isascii() else _fold(w) for w in parts[1::2]]
        accented = lex.accented
        if accented and not accented.isdisjoint(keys):
            # Written without its accent, such a word is another word ("decimos").
            keys = [k + _UNREAD if k in accented and w.isascii() else k
                    for k, w in zip(keys, parts[1::2], strict=True)]
        # parts alternate gap, word, gap, word, ..., gap: gaps[k] is the text before word k.
        self.gaps = parts[0::2]
        self.cum = list(accumulate(map(len, parts)))  # word k spans cum[2k]..cum[2k+1]
        self.keys = keys
        self.n = len(keys)

    def run(self) -> list[Spelled]:
        out: list[Spelled] = []
        append = out.append
        lex, keys, cum, n = self.lex, self.keys, self.cum, self.n
        starts, fast, filtered = lex.starts, lex.fast, lex.filtered
        preceded, followed = lex.preceded_by, lex.followed_by
        joined = self._joined
        new = _new
        s0, s1, s2, s3, s4, s5 = _SET
        skip = 0
        # The hot loop: one pass over the words, with the common one-word number inline.
        for i, key in enumerate(keys):
            if i < skip or key not in starts:
                continue
            quick = fast.get(key)
            if quick is not None:
                single, cont = quick
                nxt = i + 1
                if nxt == n or keys[nxt] not in cont or not joined(nxt):
                    if key in filtered:
                        before = preceded.get(key)
                        if before and i and keys[i - 1] in before and joined(i):
                            continue
                        after = followed.get(key)
                        if after and nxt < n and keys[nxt] in after and joined(nxt):
                            continue
                    value, form, weak, scale = single
                    s = new(Spelled)
                    s0(s, cum[2 * i])
                    s1(s, cum[2 * i + 1])
                    s2(s, value)
                    s3(s, form)
                    s4(s, weak)
                    s5(s, scale)
                    append(s)
                    continue
            found = self._parse(i)
            if found is None or (found.next == i + 1 and key in filtered and self._excluded(i)):
                continue
            append(
                _spelled(
                    cum[2 * i],
                    cum[2 * found.next - 1],
                    _clean(found.value),
                    found.form,
                    found.weak,
                    found.scale,
                )
            )
            skip = found.next
        return out

    # -- helpers --

    def _joined(self, j: int) -> bool:
        """Whether token j continues the phrase of token j-1: only spaces (no blank line) or
        one hyphen between them."""
        gap = self.gaps[j]
        if gap == " " or gap in _HYPHENS:
            return True
        return gap.isspace() and gap.count("\n") < 2

    def _key(self, j: int) -> str | None:
        """Key of token j if it exists and continues token j-1."""
        if j < self.n and self._joined(j):
            return self.keys[j]
        return None

    def _word(self, j: int) -> _Word | None:
        k = self._key(j)
        return None if k is None else self.lex.words.get(k)

    def _seq(self, j: int, seq: tuple[str, ...]) -> bool:
        """Whether tokens j.. spell `seq` (token j itself need not be joined to j-1)."""
        if j + len(seq) > self.n or self.keys[j] != seq[0]:
            return False
        return all(self._key(j + x) == seq[x] for x in range(1, len(seq)))

    def _excluded(self, i: int) -> bool:
        """A one-word number in a context that says it is not one ("no one", "one of")."""
        key = self.keys[i]
        before = self.lex.preceded_by.get(key)
        if before and i > 0 and self._joined(i) and self.keys[i - 1] in before:
            return True
        after = self.lex.followed_by.get(key)
        return after is not None and self._key(i + 1) in after

    def _scale_after(self, j: int) -> _Word | None:
        w = self._word(j)
        if w is not None and w.card in (_SCALE, _MULT) and w.ordinal is None:
            return w
        return None

    def _label(self, j: int, w: _Word) -> str | None:
        """The scale name of scale token j, as a phrase with the word before it if the
        lexicon has one ("mil millones"); None for other words."""
        if w.card != _SCALE:
            return None
        if j > 0 and self._joined(j):
            phrase = self.lex.scale_phrases.get((self.keys[j - 1], self.keys[j]))
            if phrase is not None:
                return phrase
        return w.canon

    # -- grammar --

    def _parse(self, i: int) -> _Found | None:
        lex = self.lex
        key = self.keys[i]
        if key in lex.articles:
            return self._article(i)
        if key in lex.half_words:
            return self._half(i)
        w = lex.words[key]
        if lex.ordinal_sum and w.ordinal is not None and w.card is None:
            return self._ordinal_sum(i, w)
        return self._cardinal(i, article=False)

    def _half(self, i: int) -> _Found:
        """ "half a million", "medio millón", or a lone "half"/"mitad"."""
        lex = self.lex
        for seq in lex.half_prefixes:
            if self._seq(i, seq):
                end = i + len(seq)
                sw = self._scale_after(end)
                if sw is not None:
                    value = Decimal(sw.value) / 2
                    return _Found(end + 1, value, "words", False, self._label(end, sw))
        w = lex.words.get(self.keys[i])
        return _Found(i + 1, _HALF, "fraction", w is None or w.weak, None)

    def _article(self, i: int) -> _Found | None:
        """ "a" counts as one only before a hundred, dozen, scale or fraction word."""
        lex = self.lex
        k1 = self._key(i + 1)
        if k1 is None:
            return None
        if k1 in lex.half_words:
            sw = self._scale_after(i + 2)
            if sw is not None:  # "a half million"
                value = Decimal(sw.value) / 2
                return _Found(i + 3, value, "words", False, self._label(i + 2, sw))
            return _Found(i + 2, _HALF, "fraction", True, None)
        w1 = lex.words.get(k1)
        if w1 is None:
            return None
        if w1.denom is not None and not w1.plural_denom:
            if k1 in lex.need_of_after_article and self._key(i + 2) not in lex.of_words:
                return None  # "a third term": the ordinal is found on its own
            return _Found(i + 2, _fraction(1, w1.denom), "fraction", True, None)
        if w1.card in (_HUNDRED, _MULT, _SCALE) and w1.ordinal is None:
            return self._cardinal(i, article=True)
        return None

    def _ordinal_sum(self, i: int, w: _Word) -> _Found:
        """Spanish ordinals: "vigésimo primero" = 21, each word below the last one's place."""
        assert w.ordinal is not None
        total = w.ordinal
        if total >= 3 and self._key(i + 1) in self.lex.part_words:
            # "la tercera parte" is a third; "la segunda parte" a sequel, hence from 3 on.
            return _Found(i + 2, _fraction(1, total), "fraction", False, None)
        place = 10 ** (len(str(total)) - 1)
        j = i + 1
        while True:
            nw = self._word(j)
            if nw is None or nw.ordinal is None or nw.card is not None or nw.ordinal >= place:
                break
            total += nw.ordinal
            place = 10 ** (len(str(nw.ordinal)) - 1)
            j += 1
        return _Found(j, total, "ordinal", j == i + 1 and w.weak, None)

    def _decimals(self, j: int) -> tuple[int, str] | None:
        """The digits after a decimal point word, read from token j: "seven six" -> "76",
        "setenta y cinco" -> "75". None if there are none."""
        lex = self.lex
        digits: list[str] = []
        while True:
            w = self._word(j)
            if w is None or w.ordinal is not None or w.card not in (_UNIT, _TEEN, _TEN):
                break
            value = w.value
            j += 1
            if w.card == _TEN:
                if lex.and_tens_only:
                    u = self._word(j + 1) if self._key(j) in lex.and_words else None
                    step = 2
                else:
                    u = self._word(j)
                    step = 1
                if u is not None and u.card == _UNIT and u.ordinal is None:
                    value += u.value
                    j += step
            digits.append(str(value))
        return (j, "".join(digits)) if digits else None

    def _cardinal(self, i: int, article: bool) -> _Found | None:
        """A cardinal from token i, which may end as an ordinal ("twenty-first") or turn out
        to be the count of a fraction ("two thirds")."""
        lex, keys, words, n = self.lex, self.keys, self.lex.words, self.n
        # Completed parts, each (value, scale), scales strictly decreasing: a scale multiplies
        # every part smaller than itself, so "mil quinientos millones" is 1500 * 10^6.
        segs: list[tuple[Decimal | int, int]] = []
        h = t = u = 0  # the group being read, below a thousand
        has_h = has_t = has_u = False
        closed = False  # only a scale may follow ("cien", "zero", decimals, "and a half")
        frac: Decimal | None = None  # decimals or "and a half" of the group
        decimal = mixed = False
        after_join: str | None = None  # "and"/"y" consumed, its tail not yet
        before_and: _Snap | None = None  # the number as it was before the last "and"
        ntok = 0  # number words used, not connectors or the article
        all_weak = True
        scale_label: str | None = None
        max_scale = 0
        best: _Snap | None = None  # the longest number read so far
        fail: _Word | None = None
        j = i
        if article:
            u, has_u = 1, True
            j = i + 1

        while j < n:
            if j > i and not self._joined(j):
                break
            k = keys[j]
            w = words.get(k)
            form = "words"
            group = has_h or has_t or has_u

            if k in lex.and_words:
                if after_join is not None:
                    break
                half_seq = None
                if self._key(j + 1) in lex.and_half_next:
                    half_seq = next((s for s in lex.and_half if self._seq(j, s)), None)
                if half_seq is not None and frac is None:
                    if not group and segs:  # "a million and a half", "dos millones y medio"
                        frac = Decimal(segs[-1][1]) / 2
                        mixed = True
                        j += len(half_seq)
                        best = (j, form, h + t + u, frac, segs, ntok, all_weak, scale_label, True)
                        break
                    if group and lex.and_half_after_count and not closed:
                        frac = _HALF  # "two and a half", maybe then "million"
                        mixed = closed = True
                        j += len(half_seq)
                        best = (j, form, h + t + u, frac, segs, ntok, all_weak, scale_label, True)
                        continue
                nw = self._word(j + 1)
                if nw is None or closed:
                    break
                if lex.and_tens_only:  # "treinta y ocho"
                    ok = has_t and not has_u and t > 0 and nw.card == _UNIT
                else:  # "two hundred and five", "one thousand and one"
                    ok = ((has_h and not has_t and not has_u) or (not group and bool(segs))) and (
                        nw.card in (_UNIT, _TEEN, _TEN)
                    )
                if not ok:
                    break
                after_join = k
                before_and = best
                j += 1
                continue

            if k in lex.points:
                if after_join or frac is not None or segs or not group:
                    break
                dec = self._decimals(j + 1)
                if dec is None:
                    break
                j, digits = dec
                frac = Decimal("0." + digits)
                decimal = closed = True
                best = (j, form, h + t + u, frac, segs, ntok, all_weak, scale_label, True)
                continue

            if w is None:
                break

            # A count followed by a denominator: "two thirds", "un tercio", "una tercera parte".
            if (
                not segs
                and frac is None
                and after_join is None
                and group
                and (w.denom is not None or (w.ordinal is not None and lex.part_words))
            ):
                count = h + t + u
                nk = self._key(j + 1)
                if lex.part_words and w.ordinal is not None and w.ordinal >= 3 and nk in lex.part_words:
                    return _Found(j + 2, _fraction(count, w.ordinal), "fraction", False, None)
                if w.denom is not None:
                    of_next = nk in lex.of_words or self.gaps[j] in _HYPHENS
                    # "three quarters" may be periods of a year; "three quarters of" is not.
                    frac_weak = article or (w.weak and not of_next)
                    if w.plural_denom and count >= 2 and w.weak and not of_next and not article:
                        # "seven halves" in a golf record, "the past two quarters": periods or
                        # halved matches counted, not a fraction; the count is the number.
                        pass
                    elif w.plural_denom and count >= 1:
                        return _Found(j + 1, _fraction(count, w.denom), "fraction", frac_weak, None)
                    if not w.plural_denom and count == 1 and ntok <= 1:
                        need = lex.need_of_after_article if article else lex.need_of_after_one
                        if of_next or k not in need:
                            return _Found(j + 1, _fraction(1, w.denom), "fraction", frac_weak, None)

            card = w.card
            if card is None or (closed and card != _SCALE):
                fail = w
                break
            v = w.value
            if card == _UNIT:
                if (
                    has_u
                    or (has_t and lex.and_tens_only and after_join is None)
                    or (v == 0 and (group or segs))
                ):
                    fail = w
                    break
                u, has_u = v, True
                closed = v == 0
            elif card in (_TEEN, _TEN):
                if has_t or has_u:
                    fail = w
                    break
                if card == _TEEN:
                    u, has_t, has_u = v, True, True
                else:
                    t, has_t = v, True
            elif card == _HUNDREDS:
                if group:
                    fail = w
                    break
                h, has_h = v, True
                closed = w.closes
            elif card == _HUNDRED:
                count = t + u
                if not (has_t or has_u) and w.ordinal is not None and not has_h and not segs:
                    count = 1  # "the hundredth time"
                if has_h or after_join is not None or count == 0:
                    fail = w
                    break
                h, has_h = count * 100, True
                t = u = 0
                has_t = has_u = False
            elif card == _MULT:  # "two dozen": ends the number
                count = h + t + u
                if segs or count == 0 or after_join is not None:
                    fail = w
                    break
                best = (
                    j + 1,
                    form,
                    count * v,
                    None,
                    segs,
                    ntok + 1,
                    all_weak and w.weak,
                    scale_label,
                    False,
                )
                break
            else:  # scale
                if after_join is not None:
                    fail = w
                    break
                keep = [s for s in segs if s[1] > v]
                if len(keep) < len(segs) and segs[len(keep)][1] == v:
                    fail = w  # "two million three million"
                    break
                multiplied: Decimal | int = h + t + u if frac is None else frac + (h + t + u)
                multiplied += sum(s[0] for s in segs[len(keep) :])
                if not group and frac is None and len(keep) == len(segs):
                    if w.alone or (w.ordinal is not None and not segs):
                        multiplied = 1  # es "mil"; en "the thousandth"
                    else:
                        fail = w
                        break
                if multiplied == 0:
                    fail = w
                    break
                segs = [*keep, (multiplied * v, v)]
                h = t = u = 0
                has_h = has_t = has_u = closed = False
                frac = None
                before_and = None
                if w.ordinal is None and v > max_scale:
                    max_scale = v
                    scale_label = self._label(j, w)
                if decimal or mixed:
                    # "four point seven six million", "two and a half million": nothing more.
                    best = (j + 1, form, 0, None, segs, ntok + 1, False, scale_label, True)
                    break

            ntok += 1
            all_weak = all_weak and w.weak
            after_join = None
            j += 1
            if w.ordinal is not None:
                form = "ordinal"
            best = (j, form, h + t + u, frac, segs, ntok, all_weak, scale_label, decimal or mixed)
            if w.ordinal is not None:
                break

        if fail is not None and before_and is not None and fail.card in (_HUNDRED, _SCALE, _MULT):
            # "one hundred and two hundred": the words after "and" begin another number.
            best = before_and
        return None if best is None else self._found(*best, article)

    @staticmethod
    def _found(
        next_j: int,
        form: str,
        group: int,
        frac: Decimal | None,
        segs: list[tuple[Decimal | int, int]],
        ntok: int,
        all_weak: bool,
        scale: str | None,
        mixed: bool,
        article: bool,
    ) -> _Found:
        value: Decimal | int = group + sum(s[0] for s in segs)
        if frac is not None:
            value = frac + value
        if scale is not None or mixed:
            weak = False  # "one million", "one point five": unmistakably numbers
        elif article:
            weak = ntok == 1  # "a hundred", "a dozen"
        else:
            weak = ntok == 1 and all_weak
        return _Found(next_j, value, form, weak, scale)
