"""Role nouns glued to the front of a name: "Midfielder Edu scored", "Newcomer Ciara
won", "Veteran Martinez lost". A sentence opens with the capitalised noun, and the
model keeps it inside the entity, as a person ("Newcomer Ciara") or as a body
("Midfielder Edu"). The noun is the person's role, not part of the name; styles that
are part of how a person is known ("Lord Butler", "Sir Clive Woodward") are kept
(lexicon.STYLE_TITLES, never in the list, data/glued_roles.toml).
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
from generator.extract.words import word_lists

GLUED_ROLE_NOUNS = word_lists("glued_roles")["role_nouns"]


# A glued role stands before a name of one to three words: "Songwriter Guy Chambers".
MAX_NAME_WORDS = 3


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
    rest = doc[start + 1 : end]
    if not 1 <= len(rest) <= MAX_NAME_WORDS:
        return False
    if not all(t.is_alpha and t.is_title and t.pos_ == "PROPN" for t in rest):
        return False
    lead = rest[0].text
    given = (GIVEN_NAMES, LISTED_GIVEN_NAMES, MALE_GIVEN_NAMES, FEMALE_GIVEN_NAMES)
    if not any(lead in names for names in given) and _common_word(lead.lower()):
        return False  # "Coach House", "Keeper Lane": a name that holds the noun
    return not (_known_place(rest.text) or _company_suffix(rest[-1].text))


def person_behind_glued_role(doc: Doc, ent: Span) -> Span | None:
    """The entity as a person's, role noun and all, where the model tagged "Midfielder
    Edu" a body or a place: the mention then strips the noun as a title (`glued_role`)
    and keeps it as the role."""
    if ent.label_ == "PERSON" or not glued_role(doc, ent.start, ent.end):
        return None
    return Span(doc, ent.start, ent.end, label="PERSON")
