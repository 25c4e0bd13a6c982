"""A division named after the place it lies in, with the place's possessive: "Green
Bay's Brown County", "Reno's Washoe County". The model sweeps both names into one
span; the briefing listed "Reno's Washoe County" as one actor (typed a body at the
curly apostrophe). The owner must be a place a lexicon knows and the owned name end in
a division's noun (`division_nouns`, data/place_kind_words.toml). The counties named
with a possessive are named after people and saints ("Prince George's County", "Queen
Anne's County", "St. Mary's County"): an owner that opens with a style, a saint's
abbreviation or a given name stays part of one name, unless a lexicon knows it as a
place.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from generator.extract.actor_spans import POSSESSIVE_MARKS
from generator.extract.actors.lexicon import STYLE_TITLES
from generator.extract.actors.place_nouns import DIVISION_NOUNS
from generator.extract.given_names import GIVEN_NAMES

SAINT_FORMS = frozenset({"st", "st.", "saint", "ste", "ste."})


def place_and_its_division(
    doc: Doc, ent: Span, known_place: Callable[[str], bool]
) -> list[Span] | None:
    """The place and the division it owns, two place names, or None."""
    mark = next((t.i for t in ent[1:-1] if t.lower_ in POSSESSIVE_MARKS), None)
    if mark is None or doc[mark - 1].whitespace_ or mark + 2 > ent.end:
        return None
    owned = doc[mark + 1 : ent.end]
    if len(owned) < 2 or owned[-1].lower_ not in DIVISION_NOUNS:
        return None
    if not all(t.is_title for t in owned):
        return None
    owner = doc[ent.start : mark]
    first = owner[0]
    named_after_person = (
        first.lower_ in STYLE_TITLES or first.lower_ in SAINT_FORMS or first.text in GIVEN_NAMES
    )
    if not all(t.is_title for t in owner) or (named_after_person and not known_place(owner.text)):
        return None
    return [
        Span(doc, owner.start, owner.end, label="GPE"),
        Span(doc, owned.start, owned.end, label="GPE"),
    ]
