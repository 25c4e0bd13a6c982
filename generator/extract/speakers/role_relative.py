""" "who" after a role's body stands for the role's holder (issue: wrong speakers).

"said Howard Rubel, a senior analyst at Merrill Lynch, who notes that ...": the parser
hangs the relative clause on the body's name, and the clause was given to Merrill
Lynch. "who" takes a person: after a role noun and its preposition ("analyst at",
"spokesman for", "director of"), the name is where the role is held, and the clause is
the role holder's. The antecedent becomes the role noun, whose phrase the resolver
reads as the person it describes (or leaves unresolved).
"""

from __future__ import annotations

from spacy.tokens import Token

#: Prepositions that tie a body to the role held in it: "analyst at", "director of".
ROLE_PREPOSITIONS = frozenset({"at", "with", "for", "of"})


def role_holder_of_body(pronoun: Token, antecedent: Token, role_nouns: frozenset[str]) -> Token:
    """The role noun ("analyst") a "who" stands for when the parser hung it on the body
    the role is held at ("Merrill Lynch"); else `antecedent` as it was."""
    if pronoun.lower_ != "who" or antecedent.pos_ != "PROPN":
        return antecedent
    name = antecedent
    while name.dep_ in {"compound", "flat"} and name.head.i > name.i:
        name = name.head
    prep = name.head
    if name.dep_ != "pobj" or prep.lower_ not in ROLE_PREPOSITIONS or prep.head.i >= prep.i:
        return antecedent
    role = prep.head
    if role.pos_ != "NOUN" or role.lemma_.lower() not in role_nouns:
        return antecedent
    return role
