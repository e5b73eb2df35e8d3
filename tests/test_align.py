"""Paragraph alignment: shapes, kinds, edge cases, and recovery of a known alignment."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bilint.align import Group, Para, align

# Lengths of the paragraphs of a real-looking English news article: a short lede, long body
# paragraphs, quotes, a one-line kicker.  Neighbours differ, as they do in real articles.
ARTICLE_LENGTHS = [
    212, 387, 145, 498, 263, 574, 121, 336, 447, 189,
    529, 301, 96, 412, 255, 583, 168, 362, 470, 138,
    295, 541, 224, 399, 110, 456, 318, 87,
]  # fmt: skip


def one_to_one(n: int, offset: int = 0) -> list[Group]:
    return [((i,), (i + offset,)) for i in range(n)]


def para(length: int, *anchors: str, kind: str = "paragraph") -> Para:
    return Para(length, frozenset(anchors), kind)


def translate(src: list[Para], rng: random.Random, lo: float = 1.05, hi: float = 1.25) -> list[Para]:
    """Spanish runs 5-25 % longer; anchors and kinds carry over."""
    return [Para(round(p.length * rng.uniform(lo, hi)), p.anchors, p.kind) for p in src]


def article(n: int, rng: random.Random, anchor_rate: float = 0.6) -> list[Para]:
    """Paragraphs of 80-600 characters; most carry a few anchors, some of them recurring
    (the year, the main name) as in a real article."""
    out = []
    for i in range(n):
        anchors: set[str] = set()
        if rng.random() < anchor_rate:
            anchors |= {f"fact{i}-{k}" for k in range(rng.randint(1, 3))}
            if rng.random() < 0.3:
                anchors.add("2024")
            if rng.random() < 0.3:
                anchors.add("needham")
        out.append(Para(rng.randint(80, 600), frozenset(anchors)))
    return out


def assert_covers(groups: list[Group], n: int, m: int) -> None:
    src = [i for s, _ in groups for i in s]
    tgt = [j for _, t in groups for j in t]
    assert src == list(range(n))
    assert tgt == list(range(m))
    for s, t in groups:
        assert (len(s), len(t)) in {(1, 1), (1, 0), (0, 1), (1, 2), (2, 1)}


# --- the simple shapes ------------------------------------------------------------------
def test_identical_lengths_align_one_to_one() -> None:
    src = [para(n) for n in ARTICLE_LENGTHS]
    assert align(src, list(src)) == one_to_one(len(src))


def test_uniform_lengths_without_anchors_align_one_to_one() -> None:
    # Nothing tells the paragraphs apart, so the cheapest path must be the diagonal.
    src = [para(300)] * 40
    tgt = [para(345)] * 40
    assert align(src, tgt) == one_to_one(40)


def test_careful_translation_with_loose_lengths_stays_one_to_one() -> None:
    rng = random.Random(5)
    src = article(60, rng)
    tgt = translate(src, rng, 0.9, 1.45)
    assert align(src, tgt) == one_to_one(60)


@pytest.mark.parametrize("dropped", [1, 7, 15, 22, 28])
def test_dropped_paragraph_is_one_skip_and_nothing_shifts(dropped: int) -> None:
    rng = random.Random(dropped)
    src = article(30, rng)
    tgt = translate(src, rng)
    del tgt[dropped]
    groups = align(src, tgt)
    assert [g for g in groups if len(g[0]) != 1 or len(g[1]) != 1] == [((dropped,), ())]
    expected = [((i,), (i if i < dropped else i - 1,)) for i in range(30) if i != dropped]
    assert [g for g in groups if g[1]] == expected


@pytest.mark.parametrize("added", [0, 9, 16, 30])
def test_added_paragraph_is_one_insertion(added: int) -> None:
    rng = random.Random(100 + added)
    src = article(30, rng)
    tgt = translate(src, rng)
    tgt.insert(added, para(260, "aclaracion", "1998"))
    groups = align(src, tgt)
    expected: list[Group] = [((i,), (i if i < added else i + 1,)) for i in range(30)]
    expected.insert(added, ((), (added,)))
    assert groups == expected


def test_paragraph_split_in_two_is_one_to_two() -> None:
    rng = random.Random(11)
    src = article(20, rng)
    src[8] = para(520, "238", "cecot", "15000000", "bukele")
    tgt = translate(src, rng)
    # The translator broke the long paragraph after its second sentence.
    tgt[8:9] = [para(270, "238", "cecot"), para(330, "15000000", "bukele")]
    groups = align(src, tgt)
    assert ((8,), (8, 9)) in groups
    assert [g for g in groups if g != ((8,), (8, 9))] == [
        ((i,), (i if i < 8 else i + 1,)) for i in range(20) if i != 8
    ]


def test_paragraph_split_by_length_alone() -> None:
    rng = random.Random(12)
    src = [para(n) for n in ARTICLE_LENGTHS]
    tgt = translate(src, rng)
    whole = tgt[5].length  # 574 characters in English
    tgt[5:6] = [para(whole * 45 // 100), para(whole * 55 // 100)]
    groups = align(src, tgt)
    assert ((5,), (5, 6)) in groups
    assert len(groups) == len(src)


def test_two_paragraphs_merged_are_two_to_one() -> None:
    rng = random.Random(13)
    src = article(20, rng)
    src[12] = para(190, "4.76", "needham")
    src[13] = para(240, "2019", "ofac")
    tgt = translate(src, rng)
    tgt[12:14] = [para(round(430 * 1.14), "4.76", "needham", "2019", "ofac")]
    groups = align(src, tgt)
    assert ((12, 13), (12,)) in groups
    assert_covers(groups, 20, 19)
    assert all(len(s) == 1 and len(t) == 1 for s, t in groups if (s, t) != ((12, 13), (12,)))


# --- kinds ------------------------------------------------------------------------------
def test_title_only_on_target_is_left_alone() -> None:
    rng = random.Random(21)
    src = article(15, rng)
    tgt = [para(64, kind="title")] + translate(src, rng)
    assert align(src, tgt) == [((), (0,))] + one_to_one(15, offset=1)


def test_titles_and_source_lines_pair_with_each_other() -> None:
    rng = random.Random(22)
    body = article(12, rng)
    src = [para(58, kind="title"), *body, para(61, "https://edition.cnn.com/a", kind="source-line")]
    tgt = [
        para(70, kind="title"),
        *translate(body, rng),
        para(66, "https://cnnespanol.cnn.com/b", kind="source-line"),
    ]
    assert align(src, tgt) == one_to_one(14)


def test_source_line_on_one_side_only_does_not_pair_with_a_paragraph() -> None:
    rng = random.Random(23)
    src = article(10, rng)
    tgt = translate(src, rng)
    src.append(para(60, "https://edition.cnn.com/a", kind="source-line"))
    assert align(src, tgt) == one_to_one(10) + [((10,), ())]


def test_unknown_kind_counts_as_paragraph() -> None:
    src = [para(200, kind="blockquote"), para(300)]
    tgt = [para(230), para(340)]
    assert align(src, tgt) == one_to_one(2)


# --- edge cases -------------------------------------------------------------------------
def test_empty_lists() -> None:
    assert align([], []) == []
    assert align([para(100), para(200)], []) == [((0,), ()), ((1,), ())]
    assert align([], [para(100)]) == [((), (0,))]


def test_single_paragraphs() -> None:
    assert align([para(100)], [para(115)]) == [((0,), (0,))]


def test_zero_length_paragraphs_do_not_break_the_cost() -> None:
    groups = align([para(0), para(0), para(200)], [para(0), para(230)])
    assert_covers(groups, 3, 2)


def test_realistic_article_lengths_dropped_paragraph_found() -> None:
    rng = random.Random(2024)
    english = [para(n) for n in ARTICLE_LENGTHS]
    spanish = translate(english, rng)
    found = 0
    for dropped in range(len(english)):
        tgt = spanish[:dropped] + spanish[dropped + 1 :]
        groups = align(english, tgt)
        assert_covers(groups, 28, 27)
        found += [g for g in groups if len(g[0]) != 1 or len(g[1]) != 1] == [((dropped,), ())]
    # By lengths alone a drop is found wherever its neighbours are not of a similar size.
    assert found >= 26
    tgt = spanish[:17] + spanish[18:]
    assert ((17,), ()) in align(english, tgt)


def test_clustered_drops_beyond_the_band_are_recovered() -> None:
    # 40 paragraphs missing early and 40 added later: the lists are of equal length, but
    # the true path leaves the initial band and forces it to widen.
    rng = random.Random(31)
    src = [para(rng.randint(80, 600), f"s{i}") for i in range(300)]
    tgt = translate(src, rng)
    extra = [para(rng.randint(80, 600), f"new{k}") for k in range(40)]
    tgt = tgt[:50] + tgt[90:200] + extra + tgt[200:]
    groups = align(src, tgt)
    expected: list[Group] = [((i,), (i,)) for i in range(50)]
    expected += [((i,), ()) for i in range(50, 90)]
    expected += [((i,), (i - 40,)) for i in range(90, 200)]
    expected += [((), (j,)) for j in range(160, 200)]
    expected += [((i,), (i,)) for i in range(200, 300)]
    assert groups == expected


def test_long_input_with_sparse_drops() -> None:
    rng = random.Random(41)
    src = article(3000, rng)
    tgt = translate(src, rng)
    dropped = sorted(rng.sample(range(3000), 6))
    for k in reversed(dropped):
        del tgt[k]
    groups = align(src, tgt)
    assert_covers(groups, 3000, 2994)
    assert [s for s, t in groups if not t] == [(k,) for k in dropped]


# --- properties -------------------------------------------------------------------------
@st.composite
def edited_translation(draw: st.DrawFn) -> tuple[list[Para], list[Para], list[Group]]:
    """A source, its translation with paragraphs dropped and added, and the true alignment.
    A drop right next to an insertion is a substitution -- a paragraph rewritten beyond
    recognition -- which is not generated: it may honestly align either way."""
    n = draw(st.integers(0, 60))
    lengths = draw(st.lists(st.integers(40, 1200), min_size=n, max_size=n))
    ratios = draw(st.lists(st.floats(1.05, 1.25), min_size=n, max_size=n))
    ops = draw(st.lists(st.sampled_from(["keep"] * 8 + ["drop", "insert"]), min_size=n, max_size=n))
    tail = draw(st.booleans())
    src: list[Para] = []
    tgt: list[Para] = []
    truth: list[Group] = []
    last = ""
    for i, (length, ratio, op) in enumerate(zip(lengths, ratios, ops, strict=True)):
        src.append(para(length, f"s{i}"))
        if op == "insert" and last != "drop":
            tgt.append(para(draw(st.integers(40, 1200)), f"new{i}"))
            truth.append(((), (len(tgt) - 1,)))
        if op == "drop" and last != "insert":
            truth.append(((i,), ()))
        else:
            op = "keep" if op == "drop" else op
            tgt.append(para(round(length * ratio), f"s{i}"))
            truth.append(((i,), (len(tgt) - 1,)))
        last = op
    if tail and last != "drop":
        tgt.append(para(draw(st.integers(40, 1200)), "tail"))
        truth.append(((), (len(tgt) - 1,)))
    return src, tgt, truth


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.integers(0, 2000), max_size=80),
    st.lists(st.integers(0, 2000), max_size=80),
    st.lists(st.sets(st.sampled_from(["1", "2", "3", "ana", "cnn", "http://x"]), max_size=3), max_size=80),
)
def test_any_input_is_covered_once_in_order(a: list[int], b: list[int], anchors: list[set[str]]) -> None:
    def build(lengths: list[int], offset: int) -> list[Para]:
        kinds = ["paragraph", "paragraph", "title", "source-line", "heading"]
        return [
            Para(n, frozenset(anchors[(k + offset) % len(anchors)]) if anchors else frozenset(), kinds[n % 5])
            for k, n in enumerate(lengths)
        ]

    assert_covers(align(build(a, 0), build(b, 3)), len(a), len(b))


@settings(max_examples=200, deadline=None)
@given(edited_translation())
def test_distinctive_anchors_recover_the_true_alignment(
    case: tuple[list[Para], list[Para], list[Group]],
) -> None:
    src, tgt, truth = case
    groups = align(src, tgt)
    assert_covers(groups, len(src), len(tgt))
    assert groups == truth
