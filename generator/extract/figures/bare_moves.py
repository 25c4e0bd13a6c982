""" "rose 8.8 pct ... from January's 9.5 pct rise": a move that says only that something
moved takes what moved from the move it is compared with in the same sentence.

Wire copy tells a change and sets it against an earlier one in the same breath
("consumer credit rose 536 mln dlrs in January after a revised rise of 144 mln dlrs in
December"). The earlier figure's own words are a change noun and a time ("rise",
"January's rise", "previous February rise"), and the page read "144 mln dlrs | rise":
an editor has to find what rose. The figure the sentence compares it with already says
it ("rise in consumer credit", from `moves._say_moves`), so the bare one says it too.
"""

from __future__ import annotations

import re

from generator.extract import figures_lexicon as lx
from generator.extract.figures.owners import _shares_word
from generator.model import Figure

# A move whose description names what moved: "rise in borrowings", "fall in exports".
_NAMED_MOVE_RE = re.compile(
    rf"^(?:{'|'.join(sorted(lx.CHANGE_NOUNS, key=len, reverse=True))}) in (?P<what>.+)$"
)


def _bare_move(base: str) -> bool:
    """Whether a description is only a change noun with words of time or manner before
    it ("rise", "January's rise", "previous February increase", "revised rise")."""
    words = [re.sub(r"['\u2019]s$", "", w).lower() for w in base.split()]
    if not words or words[-1] not in lx.CHANGE_NOUNS:
        return False
    qualifiers = lx.BARE_MOVE_QUALIFIERS | lx.TIME_ONLY_WORDS
    return all(w in qualifiers for w in words[:-1])


def _named_move(figure: Figure) -> str | None:
    """What moved, as a move named in full says it ("borrowings" of "rise in
    borrowings"), without its owner's bracket."""
    match = _NAMED_MOVE_RE.match((figure.counts or "").partition(" (")[0])
    return match.group("what") if match else None


# What may follow a bare move's figure without naming what moved: a time ("a rise of
# 144 mln dlrs in December", "in the first quarter", "in 1985").
_IN_AFTER_RE = re.compile(r"\s+in\s+(?:the\s+)?(?P<word>[\w.'\u2019-]+)")


def _own_in_phrase(figure: Figure, text: str) -> bool:
    """Whether the figure's own words go on to say what moved: "a drop of 17 pct in U.S.
    sales" is a drop in sales, whatever else rose in the sentence. "in December", "in the
    first quarter", "in 1985" are times and say nothing of it."""
    match = _IN_AFTER_RE.match(text, figure.end)
    if match is None:
        return False
    word = match.group("word").lower()
    return not (word[:1].isdigit() or word in lx.TIME_ONLY_WORDS or word in lx.MONTHS)


def name_bare_moves(figures: list[Figure], text: str) -> None:
    """Each figure described by a bare move takes what moved from the nearest move named
    in full in its sentence, the nearest before it first: "rise in borrowings" for
    "January's 9.5 pct rise" after "borrowings rose by 8.8 pct". A bare move with an
    owner ("increase (index)") takes it only from a move of that owner's thing, and
    loses the bracket then ("increase in index"); one without takes it only when one
    thing moved in the sentence. Never across sentences, never when the figure's own
    "in" phrase names the thing ("a drop of 17 pct in U.S. sales") or the sentence pairs
    moves "respectively". `text` is the document's text, offsets as the figures'."""
    for figure in figures:
        base, _, owner = (figure.counts or "").partition(" (")
        if not _bare_move(base):
            continue
        if _own_in_phrase(figure, text) or "respectively" in figure.sentence:
            continue  # "rises of 3.25 pct and 6.5 pct respectively": one each, not one
        peers = [
            other
            for other in figures
            if other is not figure and other.sentence == figure.sentence and _named_move(other)
        ]
        if owner:  # "increase (fuel oil)": only a move of that thing
            peers = [p for p in peers if _shares_word(_named_move(p) or "", owner.rstrip(")"))]
        elif len({_named_move(p) for p in peers}) > 1:
            continue  # "a rise in exports and a rise in imports": which one is not said
        before = [p for p in peers if p.start < figure.start]
        after = [p for p in peers if p.start > figure.start]
        nearest = (
            max(before, key=lambda p: p.start)
            if before
            else min(after, key=lambda p: p.start)
            if after
            else None
        )
        what = _named_move(nearest) if nearest is not None else None
        if what is None:
            continue
        change = base.split()[-1]
        figure.counts = f"{base[: len(base) - len(change)]}{change} in {what}"
