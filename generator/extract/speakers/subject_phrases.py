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
    verb = _reporting_verb_after(ctx, event)
    if verb is None:
        return False
    return not ctx.in_content(event.pos) or _swallowed_clause(ctx, event, verb)


def _reporting_verb_after(ctx: _Context, event: _Event) -> Token | None:
    """The finite reporting verb right after the mention at `event` (past a comma) that
    has no subject of its own after it, or None."""
    end = next((e for s, e, a in ctx.spans if s == event.pos and a is event.actor), None)
    if end is None or ctx.text[end : end + 2] in {"'s", "\u2019s"}:
        return None  # "White's spokesman said": her spokesman speaks
    i = bisect.bisect_left(ctx.token_starts, end)
    if i < len(ctx.doc) and ctx.doc[i].text == ",":
        i += 1
    if i >= len(ctx.doc):
        return None
    verb = ctx.doc[i]
    if verb.pos_ != "VERB" or verb.tag_ not in _FINITE or verb.lemma_ not in REPORTING_LEMMAS:
        return None
    # "the campaign hired Smith, said Jones": the verb's own subject after it speaks
    if any(c.dep_ in {"nsubj", "nsubjpass"} and c.i > verb.i for c in verb.children):
        return None
    return verb


def _swallowed_clause(ctx: _Context, event: _Event, verb: Token) -> bool:
    """Whether a name inside reported words is the subject of the reporting clause
    that closes the sentence, which the reported words took in by mistake: "Argentina
    will tell its creditors it needs ..., Industry and Foreign Trade Secretary Roberto
    Lavagna told reporters." read as Argentina telling everything after "tell". Only
    when the words end with the name or run on over it, and nothing after the verb but
    its objects and phrases ("reporters", "in a statement") ends the sentence: no other
    verb, no mark of quotation."""
    named = next((e for s, e, a in ctx.spans if s == event.pos and a is event.actor), verb.idx)
    words = next((s for s, e in ctx.contents if s <= event.pos < e and e >= named), None)
    if words is None:
        return False  # the words end with the name, or run on over the verb
    if not _set_off_by_comma(ctx, words, event.pos):
        return False  # "The minister said Smith told him so": Smith is what was said
    for token in verb.doc[verb.i + 1 : verb.sent.end]:
        if token.pos_ in {"VERB", "AUX"} or token.is_quote:
            return False
    return True


# What may stand between the comma that sets off a closing reporting clause and the
# name: the speaker's title ("Industry and Foreign Trade Secretary")
_TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ", "CCONJ", "ADP", "DET", "PUNCT"})


def _set_off_by_comma(ctx: _Context, begin: int, pos: int) -> bool:
    """Whether a comma inside the reported words (from `begin`) comes before the name
    at `pos` with only a title between ("..., Industry and Foreign Trade Secretary
    Roberto Lavagna"): a clause of its own, not a name inside what was said."""
    i = bisect.bisect_left(ctx.token_starts, pos) - 1
    while i >= 0 and ctx.doc[i].idx >= begin:
        token = ctx.doc[i]
        if token.text == ",":
            return True
        if token.pos_ not in _TITLE_POS:
            return False
        i -= 1
    return False
