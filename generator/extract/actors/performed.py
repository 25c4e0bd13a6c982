"""Titles of works named by what performers and makers do with them: "starred in
Napoleon Dynamite", "her performance in Hotel Rwanda", "a role in Harry Potter", "the
creator of Family Guy", "Harry Potter author JK Rowling", "The Polar Express,
starring Tom Hanks". The model tags such titles as people, bodies or places; a person
is never what one stars or has a role in, nor what a creator made, nor written
before another's "author" or "star", and stars no one, so the name is a title, not
an actor (`span_mention` drops it with the other works).

The words are data (`data/product_words.toml`: `performing_verbs`,
`performing_nouns`, `creator_nouns`, `work_role_nouns`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.actors.places import KNOWN_PLACES, gazetteer, place_aliases
from generator.extract.actors.places import _known_place as lexicon_place
from generator.extract.actors.works import TITLE_NOUNS
from generator.extract.words import word_lists
from generator.model import name_key

_WORDS = word_lists("product_words")
PERFORMING_VERBS = _WORDS["performing_verbs"]
PERFORMING_NOUNS = _WORDS["performing_nouns"]
CREATOR_NOUNS = _WORDS["creator_nouns"]
WORK_ROLE_NOUNS = _WORDS["work_role_nouns"]
PART_NOUNS = _WORDS["part_nouns"]

# The forms of "star" that follow a title and take its performers: "X, starring Y";
# after "which" or "that": "X, which starred Y".
STARRING_FORMS = frozenset({"starring", "co-starring"})
STARRED_FORMS = frozenset({"starred", "stars", "co-starred", "co-stars"})


def performed_in(span: Span, label: str) -> bool:
    """The name is what a performer stars or has a part in ("starred in X", "her
    role in X") or what a creator made ("the creator of X").

    The name is the object of "in" (or of "of" after a creator noun) that hangs
    directly on the verb or the noun, and follows the preposition (after "the" at
    most). A known place stays ("starred in Paris", "her role in Iraq"). Only "star"
    takes the names the model tags as bodies or places ("starred in Garden State",
    "is to star in Fingersmith", where "star" may be parsed as a noun), and a part
    ("role", "cameo") a place no gazetteer knows ("her role in Vera Drake"): a
    performer appears in a paper, has a role in a party, and Facebook's creator made a
    company ("appeared in the Guardian", "a role in Congress", "a cameo in
    Bakersfield"). "Play" counts with the part it plays ("plays a drunkard in X") and
    a name the model reads as a person only ("played a match in Leeds").
    """
    if label in {"FAC", "NORP"} or _place_name(span.text):
        return False  # "starred in the Old Vic": a theatre
    root = span.root
    if root.dep_ != "pobj" or root.head.dep_ != "prep":
        return False
    prep = root.head
    between = span.doc[prep.i + 1 : span.start]
    if len(between) > 1 or any(t.lower_ != "the" for t in between):
        return False  # "role in a musical - Conleth Hill": the parser hung a name on it
    word = prep.head
    lemma = word.lemma_.lower()
    if prep.lower_ == "in" and word.dep_ == "dobj" and word.head.lemma_.lower() == "play":
        return label == "PERSON"  # "plays a bored lawyer in X", "in" hung on the part
    if prep.lower_ == "in" and word.pos_ == "VERB" and lemma == "play":
        # "plays a divorced drunkard in Duane Hopwood": a part played in a title the
        # model reads as a person ("played in London", "played a match in Leeds" stay)
        return label == "PERSON" and any(c.dep_ == "dobj" for c in word.children)
    if prep.lower_ == "in" and _verb_star(word):
        return True  # "is to star in Fingersmith", "star" parsed as a noun
    if prep.lower_ == "in" and word.pos_ == "VERB" and lemma in PERFORMING_VERBS:
        return label not in {"ORG", "GPE", "LOC"} or lemma.endswith("star")
    if prep.lower_ == "in" and word.pos_ == "NOUN" and lemma in PERFORMING_NOUNS:
        if label in {"GPE", "LOC"}:
            # "her role in Vera Drake" tagged a place no gazetteer or alias knows
            # ("his role in Iraq", "a role in the UK" stay)
            return lemma in PART_NOUNS and not _known_place(span.text)
        return label != "ORG"  # not bodies: "a role in Labour"
    if prep.lower_ == "of" and word.pos_ == "NOUN" and lemma in CREATOR_NOUNS:
        return label not in {"ORG", "GPE", "LOC"}
    return False


def _verb_star(word: Token) -> bool:
    """ "star" or "co-star" after "to", which the parser may read as a noun: "is to
    star in Fingersmith", "set to co-star in Closer". A noun "star" with no "to"
    before it is a performer ("the star in Hollywood")."""
    doc = word.doc
    return word.lower_ in {"star", "co-star"} and word.i > 0 and doc[word.i - 1].lower_ == "to"


def title_before_role(span: Span, label: str) -> bool:
    """A title of two words or more that the model reads as a person, before a noun for
    the people of a work and a name: "Harry Potter author JK Rowling", "Mary Poppins
    star Julie Andrews", "Harry Potter film co-star Michael Gambon". A person's name
    is not written before "author", "star" or "director" of someone else; one word
    may be ("Shakespeare actor Ian McKellen"), so it stays."""
    if label != "PERSON" or len(span) < 2:
        return False
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].lower_ in TITLE_NOUNS:  # "Harry Potter film co-star"
        i += 1
    word = doc[i].lower_ if i < len(doc) else ""
    if word == "co" and i + 2 < len(doc) and doc[i + 1].text == "-":
        word, i = "co-" + doc[i + 2].lower_, i + 2  # "co-star", split by the tokenizer
    return (
        i + 1 < len(doc)
        and word in WORK_ROLE_NOUNS
        and doc[i].pos_ == "NOUN"
        and doc[i + 1].pos_ == "PROPN"
        and doc[i + 1].text[:1].isupper()
    )


def starring_after(span: Span) -> bool:
    """A title followed by the performers it stars: "The Polar Express, starring Tom
    Hanks", "Kinsey starring Liam Neeson", "Beyond Borders, which starred Angelina
    Jolie". A person or a body does not star anyone (a performer stars "in" or "as":
    "Depp, starring in ..." stays). Known places stay."""
    if _place_name(span.text):
        return False
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].text == ",":
        i += 1
    verbs = STARRING_FORMS
    if i < len(doc) and doc[i].lower_ in {"which", "that"}:
        i, verbs = i + 1, STARRED_FORMS
    return (
        i + 1 < len(doc)
        and doc[i].lower_ in verbs
        and doc[i + 1].pos_ == "PROPN"
        and doc[i + 1].text[:1].isupper()
    )


def _known_place(name: str) -> bool:
    """A place the gazetteer, the lexicon or the aliases know ("UK", "Iraq")."""
    return _place_name(name) or lexicon_place(name) or name_key(name) in place_aliases()


def _place_name(name: str) -> bool:
    """A place the gazetteer or the lexicon knows: "Hollywood", "Iraq"."""
    lowered = name.casefold()
    return lowered in KNOWN_PLACES or lowered in gazetteer()
