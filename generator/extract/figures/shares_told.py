"""Descriptions a share's size contradicts: "44 percent | majority".

A poll's "44 percent expect Clinton to win, while a majority say ..." lets the parse
read the share as the majority's. A reader of the key-figures table takes "majority" at
its word: more than half. A share of half or less described by a noun that means more
than half (`figures_lexicon.OVER_HALF_NOUNS`) is unexplained rather than misdescribed
(precision first: no description costs less than a wrong one).
"""

from __future__ import annotations

import re

from generator.extract import figures_lexicon as lx
from generator.model import Figure

# The largest share, on each kind's scale, that is not more than half.
_HALF = {"percent": 50.0, "ratio": 0.5, "fraction": 0.5}

# The words of a description before what restricts it: "majority (poll)", "Democratic
# majority", not "voters who say the majority party ..." (a clause names the counted).
_HEAD_WORDS_RE = re.compile(r"^[^(,]*?(?=\s+(?:who|that|which|of|in|for|with)\b|\s*\(|$)")


def drop_over_half_words(figures: list[Figure]) -> None:
    """Clears the description of each share of half or less whose head says "majority"."""
    for figure in figures:
        kind = figure.rule.split("/")[0].split(".")[-1]
        half = _HALF.get(kind)
        if half is None or figure.counts is None:
            continue
        if max(figure.value, figure.value_max or figure.value) > half:
            continue
        head = _HEAD_WORDS_RE.match(figure.counts)
        words = set(head.group(0).lower().split()) if head else set()
        if words & lx.OVER_HALF_NOUNS:
            figure.counts = None
