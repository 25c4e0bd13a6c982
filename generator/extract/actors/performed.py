"""Titles of works named by what performers and makers do with them: "starred in
Napoleon Dynamite", "her performance in Hotel Rwanda", "a role in Harry Potter", "the
creator of Family Guy". The model tags such titles as people, bodies or places; a
person is never what one stars or has a role in, nor what a creator made, so the
name is a title, not an actor (`span_mention` drops it with the other works).

The words are data (`data/product_words.toml`: `performing_verbs`,
`performing_nouns`, `creator_nouns`).
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.actors.places import KNOWN_PLACES, gazetteer
from generator.extract.words import word_lists

_WORDS = word_lists("product_words")
PERFORMING_VERBS = _WORDS["performing_verbs"]
PERFORMING_NOUNS = _WORDS["performing_nouns"]
CREATOR_NOUNS = _WORDS["creator_nouns"]


def performed_in(span: Span, label: str) -> bool:
    """The name is what a performer stars or has a part in ("starred in X", "her
    role in X") or what a creator made ("the creator of X").

    The name is the object of "in" (or of "of" after a creator noun) that hangs
    directly on the verb or the noun, and follows the preposition (after "the" at
    most). A known place stays ("starred in Paris", "her role in Iraq"). Only "star"
    takes the names the model tags as bodies or places ("starred in Garden State"): a
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
    if prep.lower_ == "in" and word.pos_ == "VERB" and lemma in PERFORMING_VERBS:
        return label not in {"ORG", "GPE", "LOC"} or lemma.endswith("star")
    if prep.lower_ == "in" and word.pos_ == "NOUN" and lemma in PERFORMING_NOUNS:
        return label not in {"ORG", "GPE", "LOC"}
    if prep.lower_ == "of" and word.pos_ == "NOUN" and lemma in CREATOR_NOUNS:
        return label not in {"ORG", "GPE", "LOC"}
    return False


def _place_name(name: str) -> bool:
    """A place the gazetteer or the lexicon knows: "Hollywood", "Iraq"."""
    lowered = name.casefold()
    return lowered in KNOWN_PLACES or lowered in gazetteer()
