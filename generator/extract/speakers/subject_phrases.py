"""What the subject of a clause of the writer's is, read from its words, for the guards
that stop a "he"/"she" from continuing the person named before it: a subject that is
that person under a title ("Director of public credit Angel Gurria told reporters ...,
but he said"), or a word the tokenizer glued to a quotation mark (`budget."We have to`),
is no one new on the scene.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from generator.extract.actors import TITLE_WORDS
from generator.extract.actors.lexicon import REPORTING_LEMMAS
from generator.extract.punctuation import QUOTE_CHARACTERS
from generator.extract.speakers.context import _Context, _Event
from generator.model import Actor

# Tags of a reporting verb that a name is the subject of when it stands right before it
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def names_in_apposition(token: Token, actor: Actor) -> bool:
    """Whether the subject headed by `token` is a title whose apposition is a name of
    `actor` ("Director of public credit Angel Gurria": the parser makes the title the
    subject and the name its apposition): the subject is that person under a title, not
    another name. Read from the actor's mentions, so a name of someone else in the same
    place ("The director, Stephen Wall") still counts as another person, and only a
    title heads it ("Trump adviser Roger Stone" is Stone, whoever "Trump" is)."""
    if token.ent_type_ or token.lemma_.lower() not in TITLE_WORDS:
        return False
    for child in token.children:
        if child.dep_ != "appos" or child.pos_ != "PROPN":
            continue
        if any(s <= child.idx < e for s, e in actor.spans):
            return True
    return False


def quote_glued(token: Token) -> bool:
    """Whether a token begins with a quotation mark the tokenizer left on it
    (`budget."We have to ask`, written without a space): the opening of quoted words,
    never a name, whatever tag the parser gives the capital that follows."""
    return len(token.text) > 1 and token.text[0] in QUOTE_CHARACTERS


def reports_by_words(ctx: _Context, event: _Event) -> bool:
    """Whether the person's mention at `event` is followed at once (past a comma) by a
    finite reporting verb: "Facebook created the tool ..., a spokeswoman, Anna
    Richardson White, said on Saturday, and ...". The name is the subject of that
    reporting clause whatever the parser made of the sentence (here the object of
    "created"), so a "she said" after it goes on with her."""
    end = next((e for s, e, a in ctx.spans if s == event.pos and a is event.actor), None)
    if end is None or ctx.in_content(event.pos):
        return False
    if ctx.text[end : end + 2] in {"'s", "\u2019s"}:
        return False  # "White's spokesman said": her spokesman speaks
    i = bisect.bisect_left(ctx.token_starts, end)
    if i < len(ctx.doc) and ctx.doc[i].text == ",":
        i += 1
    if i >= len(ctx.doc):
        return False
    verb = ctx.doc[i]
    if verb.pos_ != "VERB" or verb.tag_ not in _FINITE or verb.lemma_ not in REPORTING_LEMMAS:
        return False
    # "the campaign hired Smith, said Jones": the verb's own subject after it speaks
    return not any(c.dep_ in {"nsubj", "nsubjpass"} and c.i > verb.i for c in verb.children)
