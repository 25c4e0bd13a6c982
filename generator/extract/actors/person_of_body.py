"""A person's name run into the body they speak for: "said Hargreaves of Hoare Govett"
tagged as one organisation, "Alan Hargreaves of Hoare Govett Asia Ltd" as one person.

Wire copy introduces an analyst or an official by name, "of", and the firm, and the
model often keeps the three as one entity. Left whole, the span is an actor nobody is
(an organisation "Hargreaves of Hoare Govett" beside the person "Alan Hargreaves"),
and the quote it speaks is given to that actor, not to the person, so the "he" after
it has no one to stand for. The span is cut into the person and the body when the
article shows the first part is a person's name: the surname (or the whole name) of
someone it names in full elsewhere with a given name, or a full name opening with a
given name before a body's name written as firms are ("Asia Ltd", "Bank"). A body
named after a person ("Morgan Stanley", "Goldman Sachs", "James Capel and Co") has
no "of" inside its name, and a person's style of a place ("Lord Owen of Plymouth",
"Prince Michael of Kent") has a place after it, which is left alone.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.actors.lexicon import _NOT_NAME_START, ORG_WORDS, STYLE_TITLES
from generator.extract.actors.names import COMPANY_SUFFIXES, _given_name_led_full
from generator.extract.actors.places import _known_place, gazetteer
from generator.extract.given_name_sexes import LISTED_FEMALE_GIVEN_NAMES, LISTED_MALE_GIVEN_NAMES
from generator.extract.given_names import GIVEN_NAMES, LISTED_GIVEN_NAMES
from generator.model import name_key

# Every given name the lexicon knows: the corpus's, and those Faker's locales list
# ("Cynthia", "Lawrence" are in the second only).
ANY_GIVEN_NAMES = (
    GIVEN_NAMES | LISTED_GIVEN_NAMES | LISTED_MALE_GIVEN_NAMES | LISTED_FEMALE_GIVEN_NAMES
)

# The longest person's name read before "of": "Alan Hargreaves", "Mary Ann Smith".
MAX_NAME_WORDS = 3


def person_of_body(doc: Doc, ent: Span) -> list[Span] | None:
    """[the person, the body] of an entity "NAME of BODY" whose NAME the article
    shows to be a person's (see the module docstring), or None. Where the model called
    the whole a person, the body is kept only if its name is written as a firm's: what
    follows "of" in a person's entity may be a town the lexicon does not know."""
    if ent.label_ not in {"ORG", "PERSON"}:
        return None
    of = next((t.i for t in ent[1:-1] if t.lower_ == "of"), None)
    if of is None or not 1 <= of - ent.start <= MAX_NAME_WORDS:
        return None
    name, body = doc[ent.start : of], doc[of + 1 : ent.end]
    if not _name_words(name) or not _body_words(body):
        return None
    named_elsewhere = _named_in_full_elsewhere(doc, ent, name)
    full_before_firm = full_person_name(name.text) and firm_shaped(body)
    if not (named_elsewhere or full_before_firm):
        return None
    person = Span(doc, name.start, name.end, label="PERSON")
    if ent.label_ == "PERSON" and not firm_shaped(body):
        return [person]  # "Chimerine of Wharton": a school, a firm or a small town
    return [person, Span(doc, body.start, body.end, label="ORG")]


def full_person_name(text: str) -> bool:
    """A person's full name: two to four capitalised words, the first a given name
    ("Cynthia Latta", "Arthur G. Cohen"), none a body's word ("James Capel and Co")."""
    words = text.split()
    return (
        _given_name_led_full(text) or (2 <= len(words) <= 4 and words[0] in ANY_GIVEN_NAMES)
    ) and all(w[:1].isupper() and w.casefold() not in ORG_WORDS for w in words)


def _name_words(name: Span) -> bool:
    """Capitalised proper nouns that may be a person's name: no body's word ("Bank of",
    "Institute of"), no style ("Lord", "Prince"), no word that opens no name."""
    return all(
        t.is_alpha
        and t.is_title
        and t.pos_ == "PROPN"
        and t.lower_ not in ORG_WORDS
        and t.lower_ not in STYLE_TITLES
        and t.lower_ not in _NOT_NAME_START
        for t in name
    )


def _body_words(body: Span) -> bool:
    """A capitalised name that is no place's: "Hoare Govett", not "Kent" or "Texas"."""
    if not body[0].is_title or not any(t.pos_ == "PROPN" for t in body):
        return False
    text = body.text
    return not (_known_place(text) or text.casefold() in gazetteer())


def firm_shaped(body: Span) -> bool:
    """A body's name as firms and institutions write it: a legal form at its end
    ("Hoare Govett Asia Ltd") or a body's word in it ("Nippon Life Insurance Co")."""
    return body[-1].lower_ in COMPANY_SUFFIXES or any(t.lower_ in ORG_WORDS for t in body)


def _named_in_full_elsewhere(doc: Doc, ent: Span, name: Span) -> bool:
    """Another entity the model calls a person, a full name opening with a given name,
    ends with `name`: "Alan Hargreaves" for "Hargreaves" (or for "Alan Hargreaves")."""
    wanted = name_key(name.text)
    for other in doc.ents:
        if other.label_ != "PERSON" or other.start == ent.start or len(other) < 2:
            continue
        words = other.text.split()
        if not full_person_name(other.text):
            continue
        if name_key(" ".join(words[-len(name) :])) == wanted or name_key(other.text) == wanted:
            return True
    return False
