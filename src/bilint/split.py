"""One file holding an article and then its translation: where does the language change?"""

from __future__ import annotations

from .lang import language_scores
from .model import Segment


def split_point(texts: list[str]) -> tuple[int, str, str] | None:
    """The index of the first paragraph of the second language, and the two languages.

    Chooses the cut that maximises agreement of each paragraph's function words with its
    side; a paragraph with no evidence (a source line, a URL) stays with the part before it,
    where a news source line belongs.
    """
    scores = [language_scores(t) for t in texts]
    best: tuple[float, int, str, str] | None = None
    for first, second in (("en", "es"), ("es", "en")):
        a, b = (0, 1) if first == "en" else (1, 0)
        total_second = sum(s[b] - s[a] for s in scores)
        running = 0
        for k in range(1, len(texts)):
            running += scores[k - 1][a] - scores[k - 1][b]
            total_second -= scores[k - 1][b] - scores[k - 1][a]
            value = running + total_second
            if best is None or value >= best[0]:
                best = (value, k, first, second)
    if best is None or best[0] <= 0:
        return None
    return best[1], best[2], best[3]


def renumber(segments: tuple[Segment, ...]) -> tuple[Segment, ...]:
    return tuple(
        Segment(i, s.span, "title" if i == 0 and s.kind == "heading" else s.kind)
        for i, s in enumerate(segments)
    )
