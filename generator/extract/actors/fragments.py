"""Pieces of a longer name that the model tags as names of their own.

"Dundee East and West" names two constituencies, Dundee East and Dundee West; the
model tags "Dundee East" and "West", and "West" alone would stand as a place (the
Western world) on the briefing. A compass word alone right after "<Name> <compass
word> and" is the second half of such a pair: the name it shares is written once,
before the first half. Other pieces of names are read elsewhere: `collect._name_tail`
("Casino" of "the Sands Hotel and Casino"), `collect._without_cut_names` ("West" of
"West Ham"), `works._hyphen_fragment` ("Mar" of "Mar-a-Lago").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.actor_cues import COMPASS_WORDS
from generator.extract.actors.places import _known_place, gazetteer
from generator.extract.actors.vocabulary import _common_word

# The words that join the two halves of such a pair.
PAIR_JOINERS = frozenset({"and", "or", "&"})


def compass_pair_half(doc: Doc, span: Span) -> bool:
    """One capitalised compass word after "<Name> <compass word> and": "West" of
    "Dundee East and West", "South" of "Glasgow North and South"."""
    if len(span) != 1 or span.start < 3 or not span[0].is_title:
        return False
    if span[0].lower_ not in COMPASS_WORDS:
        return False
    joiner, first_half, name = doc[span.start - 1], doc[span.start - 2], doc[span.start - 3]
    region = f"{name.text} {first_half.text}"
    return (
        joiner.lower_ in PAIR_JOINERS
        and first_half.is_title
        and first_half.lower_ in COMPASS_WORDS
        and name.is_title
        and not name.is_sent_start
        # "the Middle East and West": a region named by a common word, then the West
        and not _common_word(name.lower_)
        and not _known_place(region)
        and region.casefold() not in gazetteer()
    )
