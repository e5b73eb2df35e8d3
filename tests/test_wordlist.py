"""The sorted word lists behind "is this an ordinary word?" and their accent-free companions."""

from __future__ import annotations

import pytest

from bilint.extract.names import is_ordinary
from bilint.wordlist import WordList, companion_path, folded_companion, lists

SAMPLE = "# A comment line\n# and another\na\naardvark\nabeja\nabogado\nzarza\nzoo\nárbol\n"


@pytest.mark.parametrize("word", ["a", "aardvark", "abeja", "abogado", "zarza", "zoo", "árbol"])
def test_every_listed_word_is_found(word: str) -> None:
    assert word in WordList(SAMPLE)


@pytest.mark.parametrize("word", ["", "#", "# A comment line", "ab", "abe", "abogados", "z",
                                  "zzz", "arbol", "b", "aardvarks"])
def test_unlisted_words_and_comments_are_not_found(word: str) -> None:
    assert word not in WordList(SAMPLE)


def test_extra_words_count_as_listed() -> None:
    words = WordList(SAMPLE, {"según"})
    assert "según" in words
    assert "segun" not in words


def test_every_word_of_the_real_lists_is_found() -> None:
    for path in lists():
        text = path.read_text(encoding="utf-8")
        listed = WordList(text)
        body = [w for w in text.split("\n") if w and not w.startswith("#")]
        assert body == sorted(body), f"{path} must stay sorted for the binary search"
        missing = [w for w in body if w not in listed]
        assert not missing, missing[:10]


def test_companions_are_up_to_date() -> None:
    for path in lists():
        companion = companion_path(path)
        expected = folded_companion(path.read_text(encoding="utf-8"))
        assert companion.read_text(encoding="utf-8") == expected, (
            f"{companion} is stale: run `python -m bilint.wordlist`")


@pytest.mark.parametrize(("word", "base"), [
    ("Jovenes", "es"),  # "jóvenes" written without its accent
    ("Gobierno", "es"),
    ("Informó", "es"),  # a verb form brought back to "informar"
    ("Court", "en"),
    ("Courts", "en"),
])
def test_ordinary_words_in_capitals_are_recognised(word: str, base: str) -> None:
    assert is_ordinary(word, base)


@pytest.mark.parametrize(("word", "base"), [("Needham", "en"), ("Bukele", "es"), ("Noem", "en")])
def test_surnames_are_not_ordinary_words(word: str, base: str) -> None:
    assert not is_ordinary(word, base)


def test_a_list_asked_about_many_words_answers_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    import bilint.wordlist as wl

    monkeypatch.setattr(wl, "_WHOLE_AFTER", 2)
    words = WordList(SAMPLE)
    asked = ["abeja", "zoo", "aardvark", "árbol", "zz", "abogados", "a", ""]
    assert [w in words for w in asked] == [True, True, True, True, False, False, True, False]


def test_a_list_loaded_whole_answers_as_by_chunks() -> None:
    by_chunks, whole = WordList(SAMPLE), WordList(SAMPLE)
    whole.load()
    asked = ["", "a", "zoo", "árbol", "arbol", "#", "zz", "abogado"]
    assert [w in whole for w in asked] == [w in by_chunks for w in asked]


def test_a_single_capital_is_no_plural_of_nothing() -> None:
    # "S" once read as the plural of "" when a long text had loaded the English list whole.
    from bilint.extract import names
    from bilint.lang import parse_lang

    names.expect(parse_lang("en"), names.LONG_TEXT)
    is_ordinary.cache_clear()
    assert not is_ordinary("S", "en")
