"""People the writer names only in passing, as the modifier of a thing ("the Obama
administration", "recent Clinton campaign accusations") or inside a plural thing that
is a clause's subject ("the Chinese comments"): neither is anyone a "he"/"she" may have
moved on to, so the rules that ask who else stands between a pronoun and the speaker it
continues (`reports._none_else_may_be`, `pronouns._titled_subject_antecedent`) pass
them, as they already pass owners in passing ("Sir Alex Ferguson's side").
"""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from generator.extract.speakers.context import _Context, _Event
from generator.extract.speakers.lexicon import thing_noun


def modifier_of_thing(ctx: _Context, event: _Event) -> bool:
    """Whether the person's mention at `event` is a compound modifier of a common noun
    naming a thing or a body ("the Obama administration", "Clinton campaign
    accusations"), not a person: the thing is on the scene, the person only names it.
    A title or noun of people keeps the person on it ("Trump adviser", "Clinton
    aides": a person of theirs, whose words may go on)."""
    token = _last_name_token(ctx, event)
    if token is None or token.dep_ != "compound" or token.head.i <= token.i:
        return False
    noun = token.head
    if noun.pos_ != "NOUN":
        return False  # "Hillary Clinton": a name's own words
    while noun.dep_ == "compound" and noun.head.i > noun.i and noun.head.pos_ == "NOUN":
        noun = noun.head  # "Clinton campaign accusations": up to "accusations"
    return (
        noun.pos_ == "NOUN"
        and thing_noun(noun)
        and all(thing_noun(t) for t in noun.doc[token.i + 1 : noun.i + 1] if t.pos_ == "NOUN")
    )


def _last_name_token(ctx: _Context, event: _Event) -> Token | None:
    """The last word of the person's mention at `event` ("Obama" of "the Obama
    administration"), whose dependency says what the name does in its phrase."""
    end = next((e for s, e, a in ctx.spans if s == event.pos and a is event.actor), None)
    if end is None:
        return None
    i = bisect.bisect_left(ctx.token_starts, end) - 1
    return ctx.doc[i] if 0 <= i < len(ctx.doc) and ctx.doc[i].idx >= event.pos else None


def plural_thing(token: Token) -> bool:
    """Whether a subject is a common noun in the plural naming things ("the Chinese
    comments"): no "he"/"she" refers to it, as to a singular thing (`lexicon.thing_noun`)."""
    return token.tag_ == "NNS" and thing_noun(token)
