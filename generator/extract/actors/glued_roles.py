"""Role nouns glued to the front of a name: "Midfielder Edu scored", "Newcomer Ciara
won", "Veteran Martinez lost", and a nationality so ("Belgian Kim Gevaert"). A
sentence opens with the capitalised noun, and the model keeps it inside the entity,
as a person ("Newcomer Ciara") or as a body ("Midfielder Edu"). The noun is the
person's role, not part of the name; styles that are part of how a person is known
("Lord Butler", "Sir Clive Woodward") are kept (lexicon.STYLE_TITLES, never in the
list, data/glued_roles.toml).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.actors.lexicon import STYLE_TITLES
from generator.extract.actors.names import _company_suffix
from generator.extract.actors.places import _known_place
from generator.extract.actors.vocabulary import _common_word
from generator.extract.given_names import (
    FEMALE_GIVEN_NAMES,
    GIVEN_NAMES,
    LISTED_GIVEN_NAMES,
    MALE_GIVEN_NAMES,
)
from generator.extract.nationalities import NATIONALITY_WORDS
from generator.extract.words import word_lists

GLUED_ROLE_NOUNS = word_lists("glued_roles")["role_nouns"]


# A glued role stands before a name of one to three words: "Songwriter Guy Chambers".
MAX_NAME_WORDS = 3


def _name_run(doc: Doc, start: int, end: int) -> Span | None:
    """The capitalised proper nouns from `start` that a name is made of, where the
    entity ends with them or runs on only into a possessive or a dash the name is cut
    at ("Newcomer Ciara's four nominations", "Newcomer Ciara - who"); else None."""
    stop = start
    while stop < end and doc[stop].is_alpha and doc[stop].is_title and doc[stop].pos_ == "PROPN":
        stop += 1
    if stop == start:
        return None
    if stop < end and not (doc[stop].lower_ in POSSESSIVES or doc[stop].text in DASHES):
        return None
    return doc[start:stop]


POSSESSIVES = frozenset({"'s", "\u2019s"})


DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def glued_role(doc: Doc, start: int, end: int) -> bool:
    """Whether the token at `start` is a capitalised role noun (data/glued_roles.toml)
    before a person's name that runs to `end`: one to three capitalised proper nouns,
    the first a given name or no English word ("Edu", "Martinez", "Guy"), and no
    place nor a firm's suffix ("Captain Cook Inc")."""
    first = doc[start]
    if not first.is_title or first.lower_ not in GLUED_ROLE_NOUNS:
        return False
    if first.lower_ in STYLE_TITLES or not first.whitespace_:
        return False
    rest = _name_run(doc, start + 1, end)
    if rest is None or not 1 <= len(rest) <= MAX_NAME_WORDS:
        return False
    lead = rest[0].text
    given = (GIVEN_NAMES, LISTED_GIVEN_NAMES, MALE_GIVEN_NAMES, FEMALE_GIVEN_NAMES)
    if not any(lead in names for names in given) and _common_word(lead.lower()):
        return False  # "Coach House", "Keeper Lane": a name that holds the noun
    return not (_known_place(rest.text) or _company_suffix(rest[-1].text))


def glued_nationality(doc: Doc, start: int, end: int, person: bool = True) -> bool:
    """Whether the token at `start` is a capitalised nationality ("Belgian", "Russian")
    before a person's full name that runs to `end`: two or three capitalised proper
    nouns, the first a given name, or (in an entity the model calls a `person`) no
    English word, nor the last ("Belgian Kim Gevaert", "Russian Dmitriy Bogdanov").
    That keeps bodies out: "American Airlines", "British Airways", "Russian Standard"."""
    first = doc[start]
    if not first.is_title or first.lower_ not in NATIONALITY_WORDS or not first.whitespace_:
        return False
    rest = _name_run(doc, start + 1, end)
    if rest is None or not 2 <= len(rest) <= MAX_NAME_WORDS:
        return False
    given = (GIVEN_NAMES, LISTED_GIVEN_NAMES, MALE_GIVEN_NAMES, FEMALE_GIVEN_NAMES)
    if not any(rest[0].text in names for names in given) and not (
        person and not any(_common_word(t.lower_) for t in (rest[0], rest[-1]))
    ):
        return False
    return not (_known_place(rest.text) or _company_suffix(rest[-1].text))


def person_behind_glued_role(doc: Doc, ent: Span) -> Span | None:
    """The entity as a person's, role noun and all, where the model tagged "Midfielder
    Edu" a body or a place: the mention then strips the noun as a title (`glued_role`)
    and keeps it as the role."""
    if ent.label_ == "PERSON" or not (
        glued_role(doc, ent.start, ent.end)
        or glued_nationality(doc, ent.start, ent.end, person=False)
    ):
        return None
    return Span(doc, ent.start, ent.end, label="PERSON")
