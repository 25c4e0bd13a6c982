"""What the subject of a clause of the writer's is, read from its words, for the guards
that stop a "he"/"she" from continuing the person named before it: a subject that is
that person under a title ("Director of public credit Angel Gurria told reporters ...,
but he said"), or a word the tokenizer glued to a quotation mark (`budget."We have to`),
is no one new on the scene.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.punctuation import QUOTE_CHARACTERS
from generator.model import Actor

# Links by which a name stands inside a subject phrase headed by a title: "Director of
# public credit Angel Gurria" (appos), "Secretary Roberto Lavagna" (compound, flat)
_NAME_LINKS = frozenset({"appos", "compound", "flat"})


def names_in_apposition(token: Token, actor: Actor) -> bool:
    """Whether the subject headed by `token` names `actor` through a name linked to it
    ("Director of public credit Angel Gurria": the parser makes the title the subject
    and the name its apposition): the subject is that person under a title, not another
    name. Read from the actor's mentions, so a name of someone else in the same place
    ("The director, Stephen Wall") still counts as another person."""
    for child in token.children:
        if child.dep_ not in _NAME_LINKS or child.pos_ != "PROPN":
            continue
        if any(s <= child.idx < e for s, e in actor.spans):
            return True
    return False


def quote_glued(token: Token) -> bool:
    """Whether a token begins with a quotation mark the tokenizer left on it
    (`budget."We have to ask`, written without a space): the opening of quoted words,
    never a name, whatever tag the parser gives the capital that follows."""
    return len(token.text) > 1 and token.text[0] in QUOTE_CHARACTERS
