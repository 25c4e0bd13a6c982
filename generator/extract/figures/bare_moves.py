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


def name_bare_moves(figures: list[Figure]) -> None:
    """Each figure described by a bare move takes what moved from the nearest move named
    in full in its sentence, the nearest before it first: "rise in borrowings" for
    "January's 9.5 pct rise" after "borrowings rose by 8.8 pct". A bare move with an
    owner ("increase (index)") takes it only from a move of that owner's thing, and
    loses the bracket then ("increase in index"); never across sentences."""
    for figure in figures:
        base, _, owner = (figure.counts or "").partition(" (")
        if not _bare_move(base):
            continue
        peers = [
            other
            for other in figures
            if other is not figure and other.sentence == figure.sentence and _named_move(other)
        ]
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
        if owner and not _shares_word(what, owner.rstrip(")")):
            continue  # "increase (gasoline)" beside "rise in fuel oil": another thing
        change = base.split()[-1]
        figure.counts = f"{base[: len(base) - len(change)]}{change} in {what}"
