"""A figure that is the extreme of a series says so: "record high of price of crude", not
"price of crude" (session 29, read on random briefings).

"The price of crude is about 50% higher than at the start of 2004, but down on the record
high of $55.67 set in late October" gave "$55.67 | price of crude", as if crude cost that
now; "well below its peak of 12.8 percent in 2010" and "a 1987 low of 11-3/4 dlrs" read the
same way. The figure is the object of "of" after a noun of an extreme
(`extreme_nouns` of data/figure_outlooks.toml); that noun and the words that qualify it
("record", "1985", "all-time") go before the description. A description that names the
extreme already is left as it is.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.words import data_tables, word_set
from generator.model import Figure

EXTREME_NOUNS: frozenset[str] = word_set(data_tables("figure_outlooks")["words"]["extreme_nouns"])
# The words that qualify the extreme's noun and go with it: "record high", "1985 high",
# "all-time low", "52-week high". Determiners and owners ("its peak") do not.
_QUALIFIER_DEPS = frozenset({"amod", "compound", "nummod", "npadvmod"})


def mark_extremes(figures: list[Figure], doc: Doc) -> None:
    """Put the extreme before the description of each figure that is one ("peak of
    market value"). `doc` is the figures' document: their offsets are its text's."""
    for figure in figures:
        if not figure.counts:
            continue
        span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
        noun = _extreme_of(span.root) if span is not None and len(span) else None
        if noun is None:
            continue
        words = {w.lower().strip("()'") for w in figure.counts.split()}
        if words & EXTREME_NOUNS or "record" in words:
            continue
        figure.counts = f"{_extreme_words(noun)} of {figure.counts}"


def _extreme_of(root: Token) -> Token | None:
    """The noun of an extreme the figure is the object of ("high" in "the record high of
    $55.67"), or None. The figure's root hangs on "of" (through its currency sign or
    unit, "$" or "dlrs", when the parser made that the head), and "of" on the noun."""
    node = root
    for _ in range(2):
        if node.dep_ == "pobj" and node.head.lower_ == "of":
            noun = node.head.head
            return noun if noun.pos_ == "NOUN" and noun.lower_ in EXTREME_NOUNS else None
        if node.head is node:
            return None
        node = node.head
    return None


def _extreme_words(noun: Token) -> str:
    """The extreme's noun with the words before it that qualify it: "record high"."""
    qualifiers = [
        child
        for child in noun.children
        if child.i < noun.i and child.dep_ in _QUALIFIER_DEPS and not child.is_punct
    ]
    start = min((q.left_edge.i for q in qualifiers), default=noun.i)
    return noun.doc[start : noun.i + 1].text
