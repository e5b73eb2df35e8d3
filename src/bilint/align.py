"""Paragraph alignment of an article and its translation.

A Gale–Church style dynamic program over paragraph lengths, sharpened with language-neutral
anchors (numbers, names, URLs) that both sides carry.  The result is a monotone sequence of
groups -- 1-1, 1-0, 0-1, 1-2 and 2-1 -- that covers every paragraph of both sides exactly once.

Lengths alone cannot tell which of two paragraphs of similar size was dropped; anchors can.
A pairing whose two sides share anchors gets a strong bonus, a pairing whose two sides both
have anchors but share none pays a penalty that grows with how many each side has.

The program is banded so that its cost is linear in the number of paragraphs.  The band
follows a skeleton of paragraph pairs that alone on their side carry some anchor (between
the corners it is the corridor between the diagonals ``j = i`` and ``j = i + m - n``), plus
a margin; a run of dropped paragraphs longer than the margin thus stays inside the band
wherever anchors pin both of its ends.  When the best path runs along the edge of the band,
the margin is widened and the program run again.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate

from .tables import snapshot

__all__ = ["Group", "Para", "align"]


@dataclass(frozen=True, slots=True)
class Para:
    """What the aligner needs to know of a paragraph."""

    length: int  # characters of the paragraph
    # Language-neutral evidence: normalized numbers ("238", "4.76"), names ("needham"), URLs.
    anchors: frozenset[str]
    kind: str = "paragraph"  # "paragraph", "title", "source-line", "heading"

    def __reduce__(self) -> tuple[type[Para], tuple[int, frozenset[str], str]]:
        # A long pair's source paragraphs come back from another process: as plain tuples.
        return Para, (self.length, self.anchors, self.kind)


# (source indices, target indices); the shapes are 1-1, 1-0, 0-1, 1-2 and 2-1.
Group = tuple[tuple[int, ...], tuple[int, ...]]

# --- the model --------------------------------------------------------------------------
# Length: Gale & Church's normal model of the target length given the source length: the
# target is RATIO times as long, with a variance of VARIANCE per source character, and a
# pairing costs half the squared deviation in standard units.  Spanish news runs 10-20 %
# longer than its English original.
RATIO = 1.12
VARIANCE = 6.8

# Costs are in nats, the scale of -log(probability), so that they add along the path.
SKIP = 6.0  # a paragraph with no counterpart: rare in a careful translation
LIGHT_SKIP = 1.0  # a title or source line often exists on one side only
# A 1-2 or 2-1, on top of its length cost.  Without anchors, a short paragraph dropped next
# to a long one looks much like the two merged, and only the lengths can tell.  Erring
# towards the merge is the safer mistake for a linter: the dropped paragraph's facts are
# still reported missing from the merged target, whereas a merge read as a drop would report
# facts missing that are there.  Hence a little below SKIP.
MERGE = 5.5
GROUP_KIND = 4.0  # a 1-2 or 2-1 that involves anything but plain paragraphs

# Anchors.  The bonus for shared anchors mixes the weighted Dice overlap (which is high only
# when the two sides carry the same set) with the shared weight itself (more shared evidence
# is more sure).  Anchors that recur in many paragraphs, such as a year or the outlet's name,
# weigh less so that they cannot hold a shifted alignment together.
DICE_BONUS = 6.0
SHARED_BONUS = 1.5
SHARED_CAP = 3.0
CONFLICT = 3.0  # per anchor (up to COUNT_CAP) when both sides have anchors but share none
# Per anchor when only one side has any: numbers and names survive translation, so an
# anchor-rich paragraph against a bare one is weak evidence against the pairing.
ONE_SIDED = 1.0
COUNT_CAP = 3

_KINDS = ("paragraph", "heading", "title", "source-line")
_K_PARAGRAPH, _K_HEADING, _K_TITLE, _K_SOURCE = range(4)
_N_KINDS = len(_KINDS)
# A class packs what the no-shared-anchor costs depend on: kind and capped anchor count.
_N_CLASSES = _N_KINDS * (COUNT_CAP + 1)

_INF = math.inf
_DEFAULT_MARGIN = 5

# Back-pointer codes.
_M11, _M10, _M01, _M12, _M21 = 1, 2, 3, 4, 5
_SHAPE = {_M11: (1, 1), _M10: (1, 0), _M01: (0, 1), _M12: (1, 2), _M21: (2, 1)}


def _kind_code(kind: str) -> int:
    try:
        return _KINDS.index(kind)
    except ValueError:
        return _K_PARAGRAPH


def _is_light(kind: int) -> bool:
    return kind in (_K_TITLE, _K_SOURCE)


def _skip_cost(kind: int) -> float:
    return LIGHT_SKIP if _is_light(kind) else SKIP


def _kind_cost(ks: int, kt: int) -> float:
    if ks == kt:
        # A title or a source line on each side is each other's counterpart; the bonus has
        # to beat two light skips even though, say, the two source URLs differ.
        return -2.0 if _is_light(ks) else 0.0
    if _is_light(ks) or _is_light(kt):
        return 4.0
    return 2.0  # heading against paragraph: a translator may have promoted or demoted it


def _conflict(a: int, b: int) -> float:
    """Both sides have anchors and share none: the more each has, the surer the mismatch."""
    return CONFLICT * min(a, b, COUNT_CAP) if a and b else 0.0


def _mismatch(a: int, b: int) -> float:
    """The cost of a pairing whose sides share no anchor, by how many each side has."""
    if a and b:
        return _conflict(a, b)
    return ONE_SIDED * min(a + b, COUNT_CAP)


def _bonus(shared: float, wa: float, wb: float) -> float:
    dice = 2.0 * shared / (wa + wb)
    return -(DICE_BONUS * dice + SHARED_BONUS * min(shared, SHARED_CAP))


# --- costs that do not depend on which anchors are shared, by class ----------------------
def _cls(kind: int, count: int) -> int:
    return kind * (COUNT_CAP + 1) + min(count, COUNT_CAP)


def _uncls(c: int) -> tuple[int, int]:
    return divmod(c, COUNT_CAP + 1)


def _table11() -> list[list[float]]:
    rows = []
    for cs in range(_N_CLASSES):
        ks, a = _uncls(cs)
        row = []
        for ct in range(_N_CLASSES):
            kt, b = _uncls(ct)
            # Two titles or two source lines pair on their kind; their URLs differ anyway.
            conflict = 0.0 if ks == kt and _is_light(ks) else _mismatch(a, b)
            row.append(_kind_cost(ks, kt) + conflict)
        rows.append(row)
    return rows


def _group_extra(single: tuple[int, int], pair: tuple[tuple[int, int], tuple[int, int]]) -> float:
    """The no-shared-anchor cost of one paragraph against two (either direction)."""
    ks, a = single
    (k1, c1), (k2, c2) = pair
    cost = MERGE
    if ks != _K_PARAGRAPH or k1 != _K_PARAGRAPH or k2 != _K_PARAGRAPH:
        cost += GROUP_KIND
    # Each half of the pair must earn its place: one that has anchors none of which the
    # single side shares is evidence against the merge, on top of the union's conflict.
    cost += _mismatch(a, min(c1 + c2, COUNT_CAP)) + _conflict(a, c1) + _conflict(a, c2)
    return cost


@snapshot  # 4,096 group costs: 9 ms of every start-up when computed
def _table_pairs() -> list[list[float]]:
    """Indexed [single class][pair class], pair class = first * _N_CLASSES + second."""
    rows = []
    for cs in range(_N_CLASSES):
        single = _uncls(cs)
        row = []
        for c1 in range(_N_CLASSES):
            for c2 in range(_N_CLASSES):
                row.append(_group_extra(single, (_uncls(c1), _uncls(c2))))
        rows.append(row)
    return rows


_T11 = _table11()
_T1P = _table_pairs()
# Transposed for 2-1: indexed [source pair class][target class].
_TP1 = [[_T1P[ct][cp] for ct in range(_N_CLASSES)] for cp in range(_N_CLASSES * _N_CLASSES)]


# --- anchors ----------------------------------------------------------------------------
class _Anchors:
    """Anchors as small ints, with their weights and an index of the target paragraphs that
    carry each."""

    def __init__(self, src: Sequence[Para], tgt: Sequence[Para]) -> None:
        ids: dict[str, int] = {}
        empty: frozenset[int] = frozenset()

        def intern(anchors: frozenset[str]) -> frozenset[int]:
            # Most paragraphs of a long text carry no anchor: share one empty set.
            return frozenset([ids.setdefault(a, len(ids)) for a in anchors]) if anchors else empty

        self.src = [intern(p.anchors) for p in src]
        self.tgt = [intern(p.anchors) for p in tgt]
        n_ids = len(ids)
        self.count_s = count_s = [0] * n_ids
        self.count_t = count_t = [0] * n_ids
        for s in self.src:
            for a in s:
                count_s[a] += 1
        for t in self.tgt:
            for a in t:
                count_t[a] += 1
        self.weight = [1.0 / max(cs, ct) for cs, ct in zip(count_s, count_t, strict=True)]
        self.postings: dict[int, list[int]] = {}
        for t_index, t in enumerate(self.tgt):
            for a in t:
                if count_s[a]:  # an anchor the source never has cannot be shared
                    self.postings.setdefault(a, []).append(t_index)
        self.wsrc = [self.mass(s) if s else 0.0 for s in self.src]
        self.wtgt = [self.mass(t) if t else 0.0 for t in self.tgt]

    def mass(self, ids: Iterable[int]) -> float:
        return sum(map(self.weight.__getitem__, ids))

    def shared(self, s: int, lo: int, hi: int) -> dict[int, float]:
        """Target paragraphs in [lo, hi] that share anchors with source paragraph s."""
        out: dict[int, float] = {}
        w = self.weight
        for a in self.src[s]:
            post = self.postings.get(a)
            if post is None:
                continue
            for t in post[bisect_left(post, lo) : bisect_right(post, hi)]:
                out[t] = out.get(t, 0.0) + w[a]
        return out


def _exact11(an: _Anchors, ks: int, kt: int, s: int, t: int, shared: float) -> float:
    return _kind_cost(ks, kt) + _bonus(shared, an.wsrc[s], an.wtgt[t])


def _exact_group(
    an: _Anchors,
    single: frozenset[int],
    w_single: float,
    p1: frozenset[int],
    p2: frozenset[int],
    plain: bool,
    union: frozenset[int],
    w_union: float,
) -> float:
    """The extra cost of one paragraph against two, where anchors are shared; `plain` when
    all three are plain paragraphs; `union` is p1 | p2 and `w_union` its mass, worked out
    once per pair by the caller."""
    cost = MERGE if plain else MERGE + GROUP_KIND
    common = single & union
    a = len(single)
    if common:
        cost += _bonus(an.mass(common), w_single, w_union)
    else:
        cost += _mismatch(a, len(union))
    if p1 and not (single & p1):
        cost += _conflict(a, len(p1))
    if p2 and not (single & p2):
        cost += _conflict(a, len(p2))
    return cost


# --- the band ---------------------------------------------------------------------------
def _skeleton(an: _Anchors, n: int, m: int) -> list[tuple[int, int]]:
    """Points the true path very likely passes: pairs of paragraphs that alone on their side
    carry some anchor, kept in the longest chain that is increasing on both sides (a stray
    pair that crosses the others is dropped), between the two corners."""
    hapax = [i for i, (cs, ct) in enumerate(zip(an.count_s, an.count_t, strict=True)) if cs == 1 == ct]
    where_s: dict[int, int] = {}
    where_t: dict[int, int] = {}
    for s, ids in enumerate(an.src):
        for a in ids:
            where_s[a] = s
    for t, ids in enumerate(an.tgt):
        for a in ids:
            where_t[a] = t
    pairs = sorted({(where_s[a], where_t[a]) for a in hapax}, key=lambda p: (p[0], -p[1]))
    # Longest strictly increasing run of targets; sorting ties on the source side by
    # decreasing target keeps two pairs of one source paragraph out of the same chain.
    tails: list[int] = []  # target of the last pair of the best chain of each length
    tail_at: list[int] = []  # index in pairs of that pair
    back = [-1] * len(pairs)
    for k, (_, t) in enumerate(pairs):
        pos = bisect_left(tails, t)
        back[k] = tail_at[pos - 1] if pos else -1
        if pos == len(tails):
            tails.append(t)
            tail_at.append(k)
        else:
            tails[pos] = t
            tail_at[pos] = k
    chain: list[tuple[int, int]] = []
    k = tail_at[-1] if tail_at else -1
    while k >= 0:
        chain.append(pairs[k])
        k = back[k]
    chain.reverse()
    return [(0, 0), *chain, (n, m)]


def _band(points: list[tuple[int, int]], n: int, m: int, margin: int) -> tuple[list[int], list[int]]:
    """Columns [lo[i], hi[i]] kept in row i: between two points of the skeleton the path may
    drift anywhere between their two diagonals, and by `margin` beyond them."""
    lo = [m] * (n + 1)
    hi = [0] * (n + 1)
    for (s1, t1), (s2, t2) in zip(points, points[1:], strict=False):
        d_lo = min(t1 - s1, t2 - s2) - margin
        d_hi = max(t1 - s1, t2 - s2) + margin
        seg_lo = [x if x > 0 else 0 for x in range(s1 + d_lo, s2 + d_lo + 1)]
        seg_hi = [x if x < m else m for x in range(s1 + d_hi, s2 + d_hi + 1)]
        # Neighbouring segments share their end row, which must cover both.
        seg_lo[0] = min(seg_lo[0], lo[s1])
        seg_hi[0] = max(seg_hi[0], hi[s1])
        lo[s1 : s2 + 1] = seg_lo
        hi[s1 : s2 + 1] = seg_hi
    # Both edges must be monotone, and each row must be reachable from the one above.
    lo = list(accumulate(reversed(lo), min))[::-1]
    hi = list(accumulate(hi, max))
    lo[1:] = map(min, lo[1:], [h + 1 for h in hi[:-1]])
    lo[0] = 0
    hi[n] = m
    return lo, hi


# --- the dynamic program -----------------------------------------------------------------
def align(src: list[Para], tgt: list[Para]) -> list[Group]:
    """Monotone alignment covering every index of both sides exactly once, in order."""
    n, m = len(src), len(tgt)
    if n == 0 or m == 0:
        return [((i,), ()) for i in range(n)] + [((), (j,)) for j in range(m)]
    prep = _Prepared(src, tgt)
    points = _skeleton(prep.an, n, m)
    margin = _DEFAULT_MARGIN
    while True:
        lo, hi = _band(points, n, m, margin)
        groups, touched = _run(prep, lo, hi)
        if not touched or margin >= max(n, m):
            return groups
        # The best path ran along the edge of the band, so a better one may lie outside it.
        margin = min(margin * 4, max(n, m))


class _Prepared:
    """Everything about the two sides that the program reads, as flat lists of numbers."""

    def __init__(self, src: Sequence[Para], tgt: Sequence[Para]) -> None:
        self.n = len(src)
        self.m = m = len(tgt)
        self.an = an = _Anchors(src, tgt)
        self.ks_src = [_kind_code(p.kind) for p in src]
        self.ks_tgt = ks_tgt = [_kind_code(p.kind) for p in tgt]
        self.cls_src = [_cls(k, len(a)) for k, a in zip(self.ks_src, an.src, strict=True)]
        cls_tgt = [_cls(k, len(a)) for k, a in zip(ks_tgt, an.tgt, strict=True)]
        self.slen = [float(p.length) for p in src]
        self.sskip = [_skip_cost(k) for k in self.ks_src]
        # Per-column lists, indexed by the column j of the cell that ends with tgt[j - 1];
        # the dummies at j < 2 only ever meet unreachable (infinite) predecessors.
        self.tlen = tlen = [0.0] + [float(p.length) for p in tgt]
        self.tlen2 = [0.0, 0.0] + [tlen[j - 1] + tlen[j] for j in range(2, m + 1)]
        self.tskip = [0.0] + [_skip_cost(k) for k in ks_tgt]
        self.tcls1 = [0] + cls_tgt
        self.tcls2 = [0, 0] + [cls_tgt[j - 2] * _N_CLASSES + cls_tgt[j - 1] for j in range(2, m + 1)]
        # The no-shared-anchor extra cost of every column, per class of the source side; an
        # article has only a handful of classes, and a row then takes a slice, not a map.
        self._e11: dict[int, list[float]] = {}
        self._e12: dict[int, list[float]] = {}
        self._e21: dict[int, list[float]] = {}

    def e11(self, cls: int) -> list[float]:
        row = self._e11.get(cls)
        if row is None:
            row = self._e11[cls] = list(map(_T11[cls].__getitem__, self.tcls1))
        return row

    def e12(self, cls: int) -> list[float]:
        row = self._e12.get(cls)
        if row is None:
            row = self._e12[cls] = list(map(_T1P[cls].__getitem__, self.tcls2))
        return row

    def e21(self, pair_cls: int) -> list[float]:
        row = self._e21.get(pair_cls)
        if row is None:
            row = self._e21[pair_cls] = list(map(_TP1[pair_cls].__getitem__, self.tcls1))
        return row

    def exact(
        self, lo: list[int], hi: list[int]
    ) -> tuple[list[dict[int, float] | None], list[dict[int, float] | None], list[dict[int, float] | None]]:
        """Extra costs, where anchors are shared, of the cells in the band: per row, by column,
        for the 1-1, 1-2 and 2-1 moves into the cell."""
        n, m, an = self.n, self.m, self.an
        ks_src, ks_tgt = self.ks_src, self.ks_tgt
        ex11: list[dict[int, float] | None] = [None] * (n + 1)
        ex12: list[dict[int, float] | None] = [None] * (n + 1)
        ex21: list[dict[int, float] | None] = [None] * (n + 1)
        # Source paragraph s takes part in rows s + 1 and s + 2.
        shared = [an.shared(s, lo[s + 1] - 2, hi[min(n, s + 2)]) if an.src[s] else {} for s in range(n)]
        # Two neighbouring target paragraphs as one, met by several source rows: worked out once.
        tgt_pairs: dict[int, tuple[frozenset[int], float]] = {}
        for s, sh in enumerate(shared):
            if not sh:
                continue
            ks = ks_src[s]
            ex11[s + 1] = {t + 1: _exact11(an, ks, ks_tgt[t], s, t, v) for t, v in sh.items()}
            cells: dict[int, float] = {}
            for t in {u for v in sh for u in (v - 1, v) if 0 <= u < m - 1}:
                plain = ks == ks_tgt[t] == ks_tgt[t + 1] == _K_PARAGRAPH
                pair = tgt_pairs.get(t)
                if pair is None:
                    union = an.tgt[t] | an.tgt[t + 1]
                    pair = tgt_pairs[t] = (union, an.mass(union))
                cells[t + 2] = _exact_group(an, an.src[s], an.wsrc[s], an.tgt[t], an.tgt[t + 1],
                                            plain, *pair)
            ex12[s + 1] = cells
        for s in range(n - 1):
            sh1, sh2 = shared[s], shared[s + 1]
            if not sh1 and not sh2:
                continue
            a1, a2 = an.src[s], an.src[s + 1]
            src_union = a1 | a2
            w_src_union = an.mass(src_union)
            pair_plain = ks_src[s] == ks_src[s + 1] == _K_PARAGRAPH
            cells = {}
            for t in sh1.keys() | sh2.keys():
                plain = pair_plain and ks_tgt[t] == _K_PARAGRAPH
                cells[t + 1] = _exact_group(an, an.tgt[t], an.wtgt[t], a1, a2, plain, src_union,
                                            w_src_union)
            ex21[s + 2] = cells
        return ex11, ex12, ex21


def _run(prep: _Prepared, lo: list[int], hi: list[int]) -> tuple[list[Group], bool]:
    """The program within the band; also tells whether the path touched the band's edge."""
    n = prep.n
    tlen, tlen2, tskip = prep.tlen, prep.tlen2, prep.tskip
    slen, sskips, cls_src = prep.slen, prep.sskip, prep.cls_src
    ex11, ex12, ex21 = prep.exact(lo, hi)
    inf = _INF
    moves: list[bytes] = []
    # Each row is stored padded with infinite cells: two in front, since a row reads up to
    # two columns left of its first, and behind as many as the next two rows read past its
    # last; every read of a predecessor is then a plain slice.
    hi_ext = hi + [hi[n], hi[n]]

    row0 = [0.0]
    for j in range(1, hi[0] + 1):
        row0.append(row0[-1] + tskip[j])
    p1 = [inf, inf] + row0 + [inf] * max(0, hi_ext[1] - hi[0], hi_ext[2] - 1 - hi[0])
    p1_lo = -2
    p2 = [inf] * (hi_ext[1] + 3)
    p2_lo = -2
    moves.append(bytes([0]) + bytes([_M01]) * hi[0])

    for i in range(1, n + 1):
        s = i - 1
        ls = slen[s]
        cs = RATIO * ls
        # Half the inverse variance; the +1 spares a zero-length source a zero variance.
        iv = 0.5 / (VARIANCE * (ls + 1.0))
        if i >= 2:
            ls2 = ls + slen[s - 1]
            cs2 = RATIO * ls2
            iv2 = 0.5 / (VARIANCE * (ls2 + 1.0))
            e21_all = prep.e21(cls_src[s - 1] * _N_CLASSES + cls_src[s])
        else:
            cs2 = iv2 = 1.0
            e21_all = prep.e21(0)
        sskip = sskips[s]

        j_lo, j_hi = lo[i], hi[i]
        vals: list[float] = []
        mvs: list[int] = []
        ja = j_lo
        if ja == 0:
            vals.append(p1[-p1_lo] + sskip)
            mvs.append(_M10)
            ja = 1
        left = vals[-1] if vals else inf
        if ja <= j_hi:
            cols = slice(ja, j_hi + 1)
            e11 = prep.e11(cls_src[s])[cols]
            e12 = prep.e12(cls_src[s])[cols]
            e21 = e21_all[cols]
            for table, ex in ((e11, ex11[i]), (e12, ex12[i]), (e21, ex21[i])):
                if ex:
                    for j, v in ex.items():
                        if ja <= j <= j_hi:
                            table[j - ja] = v
            k1 = ja - p1_lo
            k2 = ja - p2_lo
            cnt = j_hi - ja + 1
            # The hot loop: one cell per iteration, every operand streamed in by zip, the
            # best cost so far kept in `left`, which is what the next cell's 0-1 move reads.
            for d11, d10, d12, d21, tl, tl2, sk, x11, x12, x21 in zip(
                p1[k1 - 1 : k1 - 1 + cnt],
                p1[k1 : k1 + cnt],
                p1[k1 - 2 : k1 - 2 + cnt],
                p2[k2 - 1 : k2 - 1 + cnt],
                tlen[cols],
                tlen2[cols],
                tskip[cols],
                e11,
                e12,
                e21,
                strict=True,  # a short slice would be a padding bug; fail, don't truncate
            ):
                v = left + sk
                u = tl - cs
                left = d11 + u * u * iv + x11
                mv = 1
                if v < left:
                    left = v
                    mv = 3
                v = d10 + sskip
                if v < left:
                    left = v
                    mv = 2
                # The length cost is never negative, so the cheap bound prunes most cells.
                v = d12 + x12
                if v < left:
                    u = tl2 - cs
                    v += u * u * iv
                    if v < left:
                        left = v
                        mv = 4
                v = d21 + x21
                if v < left:
                    u = tl - cs2
                    v += u * u * iv2
                    if v < left:
                        left = v
                        mv = 5
                # Plain method calls: 3.11 specializes list.append, not a bound-method local.
                vals.append(left)
                mvs.append(mv)
        moves.append(bytes(mvs))
        p2, p2_lo = p1, p1_lo
        tail = max(0, hi_ext[i + 1] - j_hi, hi_ext[i + 2] - 1 - j_hi)
        p1 = [inf, inf] + vals
        if tail:
            p1 += [inf] * tail
        p1_lo = j_lo - 2

    return _trace(prep.n, prep.m, lo, hi, moves)


def _trace(n: int, m: int, lo: list[int], hi: list[int], moves: list[bytes]) -> tuple[list[Group], bool]:
    groups: list[Group] = []
    touched = False
    i, j = n, m
    while i or j:
        if (j == lo[i] and j > 0) or (j == hi[i] and j < m):
            touched = True
        di, dj = _SHAPE[moves[i][j - lo[i]]]
        groups.append((tuple(range(i - di, i)), tuple(range(j - dj, j))))
        i -= di
        j -= dj
    groups.reverse()
    return groups, touched
