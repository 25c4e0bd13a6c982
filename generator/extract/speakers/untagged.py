""" "he"/"she" after a clause whose subject is a known person's surname or given name
the model did not tag there: "Sandra Paradis, 78, arrived ... Paradis agrees. She said
she'll leave the attacks ...", "I told Megyn Kelly that ... Megyn was incredulous.
“Only you, Dinesh,” she said". The name is no actor's mention at that place, so the
mention-based walk (`pronouns._pronoun_antecedent`) finds no one, and the guards that
take an untagged name for someone new (`reports._unnamed_subject_between`) leave the
pronoun unresolved. The name is the person the article introduced in full before.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from generator.extract.pronouns import FEMALE_PRONOUNS, MALE_PRONOUNS, ORG_PRONOUNS
from generator.extract.speaker_mentions import _NOMINAL_SUBJECT_DEPS
from generator.extract.speakers.context import (
    _compatible,
    _Context,
    _in_actor,
    _quote_sentences,
)
from generator.extract.speakers.gender import _unless_other_gender
from generator.extract.speakers.lexicon import thing_noun
from generator.extract.speakers.lookup import _lookup_name
from generator.extract.speakers.name_text import _strip_name
from generator.extract.speakers.reports import _capital_by_position, _names_a_thing
from generator.model import Actor, name_key

# How many sentences of the writer's a "he"/"she" may reach back to the untagged name.
_REACH = 2


def _untagged_name_subject(ctx: _Context, start: int, gender: str) -> Actor | None:
    """The known person whose surname or given name, untagged, is the nearest subject
    of the writer's before a "he"/"she" at `start` ("Paradis agrees. She said").

    Only a proper name no actor's mention covers, not a common noun capitalised by its
    place nor a well-known place, that the article's names give one person
    (`_lookup_name`, `_given_name_person`), named before, of a compatible gender; and
    only when no other person of a compatible gender is mentioned between it and the
    pronoun outside quotations. Any other nearest subject (a tagged name, a title,
    another pronoun, a group) leaves the pronoun to the other rules: None."""
    token = _nearest_subject(ctx, start, gender, _REACH)
    if token is None:
        return None
    person = _untagged_person(ctx, token)
    if person is None or not _compatible(ctx, person, gender):
        return None
    if _other_person_between(ctx, token.idx, start, person, gender):
        return None
    return _unless_other_gender(ctx, person, gender)


def _nearest_subject(ctx: _Context, start: int, gender: str, reach: int) -> Token | None:
    """The nearest subject of the writer's own clauses before a "he"/"she" at `start`
    that may be whom it stands for, within `reach` sentences of the writer's (quoted
    sentences between do not count, as for `pronouns._beyond_reach`).

    Subjects of quoted or reported words are what was said, not who; a "he"/"she" of
    the same gender is the same chain and a thing ("the sentence", "it") no one, so
    both are passed. Shared by the other "he"/"she" rules that read that subject
    (`described_subject`, `chained`)."""
    pronouns = MALE_PRONOUNS if gender == "m" else FEMALE_PRONOUNS
    here = ctx.sent_of(start)
    i = bisect.bisect_left(ctx.token_starts, start) - 1
    while i >= 0:
        token = ctx.doc[i]
        i -= 1
        sent = ctx.sent_of(token.idx)
        if sent < here - reach and sent < here - reach - _quote_sentences(ctx, token.idx, start):
            return None
        if token.dep_ not in _NOMINAL_SUBJECT_DEPS or ctx.in_content(token.idx):
            continue
        if token.lower_ in pronouns or token.lower_ in ORG_PRONOUNS or _a_thing(token):
            continue
        return token
    return None


def _a_thing(token: Token) -> bool:
    """Whether a subject is a common noun naming a thing ("the sentence", "the
    system"): a singular one of `lexicon.thing_noun`."""
    return token.tag_ == "NN" and thing_noun(token)


def _untagged_person(ctx: _Context, token: Token) -> Actor | None:
    """The person a subject names when it is a proper name the model left untagged
    here: its name words (the subject and the proper nouns compounded into it) looked
    up among the actors, one person, mentioned before it."""
    if token.pos_ != "PROPN" or token.ent_type_ not in {"", "PERSON"}:
        return None
    if _in_actor(ctx, token.idx) or _capital_by_position(ctx, token):
        return None
    if _names_a_thing(ctx, token):
        return None
    first = token.i
    while first > token.left_edge.i and ctx.doc[first - 1].pos_ == "PROPN":
        first -= 1
    name = ctx.doc[first : token.i + 1]
    if any(_in_actor(ctx, t.idx) for t in name):
        return None
    found = _lookup_name(ctx, name.text) or _given_name_person(ctx, name.text)
    if found is None or found.type != "person":
        return None
    if not any(e <= token.idx for _, e in found.spans) and not _introduced_in_full(token):
        return None
    return found


def _introduced_in_full(token: Token) -> bool:
    """Whether the untagged subject headed by `token` is a name written in full, with
    given names or initials before the surname and maybe a nickname in quotation marks
    (`C.J. "Pete" Silas, chairman, told Reuters`): the article introducing its bearer,
    whom it names by the surname afterwards, rather than a bare surname before any
    mention that would say who it is."""
    names: list[Token] = []
    nickname = False
    for word in token.doc[token.left_edge.i : token.i + 1]:
        if word.is_quote:
            nickname = not nickname  # the nickname's words may be tagged anything
        elif not nickname:
            names.append(word)
    return not nickname and len(names) >= 2 and all(t.pos_ == "PROPN" for t in names)


def _given_name_person(ctx: _Context, name: str) -> Actor | None:
    """The one person of the article whose given name is the one word `name`, when no
    person has it as a surname: "I told Megyn Kelly ... Megyn was incredulous." Feature
    writing calls people by their given name once introduced in full."""
    if len(name.split()) != 1 or ctx.by_last.get(name_key(name)):
        return None
    found = {
        id(a): a
        for a in ctx.actors
        if a.type == "person"
        and len(words := _strip_name(a.name).split()) > 1
        and name_key(words[0]) == name_key(name)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _other_person_between(
    ctx: _Context, begin: int, start: int, person: Actor, gender: str
) -> bool:
    """Whether someone else of a compatible gender is mentioned, outside quoted words,
    between the untagged name at `begin` and the pronoun at `start`."""
    for event in ctx.events_between(begin, start):
        if ctx.in_content(event.pos) or event.actor is person:
            continue
        if _compatible(ctx, event.actor, gender):
            return True
    return False
