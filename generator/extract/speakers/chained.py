""" "he"/"she" at the end of a chain of "he"/"she" that goes back further than the walk
over person mentions reaches: "Rubio speaks at length about his hawkish views. Lately,
he has been underscoring his values more. He tries to personalize the topics he raises.
... “I am passionate about many of the issues,” he said". Features and profiles keep a
person the subject for paragraphs; `pronouns._pronoun_antecedent` gives up after a
few sentences of the writer's (`pronouns._beyond_reach`), so the last "he" had no one.

Here the chain itself is the evidence: every sentence of the writer's between the name
and the pronoun has a "he"/"she" of that gender as a subject, and no other person of a
compatible gender is mentioned there outside quotations.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.pronouns import FEMALE_PRONOUNS, MALE_PRONOUNS
from generator.extract.speaker_mentions import _NOMINAL_SUBJECT_DEPS
from generator.extract.speakers.context import (
    _compatible,
    _Context,
    _quote_sentences,
    _quoted_only,
)
from generator.extract.speakers.gender import _unless_other_gender
from generator.extract.speakers.lexicon import LOOKBACK_SENTENCES
from generator.extract.speakers.untagged import (
    _nearest_subject,
    _other_person_between,
    _untagged_person,
)
from generator.model import Actor, name_key

# How many sentences of the writer's a chain of "he"/"she" may run back to the name.
_CHAIN_REACH = 8


def _chained_name_subject(ctx: _Context, start: int, gender: str) -> Actor | None:
    """The person whose name is the nearest subject of the writer's before a "he"/"she"
    at `start` (`untagged._nearest_subject`), beyond the reach of the walk over person
    mentions, when every sentence of the writer's between goes on with a "he"/"she" of
    the same gender as a subject.

    Only the name of one person of a compatible gender, an actor's mention or a name
    the model left untagged there (`untagged._untagged_person`), with no other person
    of a compatible gender mentioned between outside quotations. A tagged name within
    the walk's reach is the walk's to decide (its guards stand): nothing is found."""
    token = _nearest_subject(ctx, start, gender, _CHAIN_REACH)
    if token is None:
        return None
    here = ctx.sent_of(start)
    sent = ctx.sent_of(token.idx)
    person = _person_at(ctx, token)
    seen = person is not None and any(a is person for s, _, a in ctx.spans if s == token.idx)
    if person is None:
        person = _untagged_person(ctx, token)  # ("Rubio is trying ...", untagged)
    elif seen and sent >= here - LOOKBACK_SENTENCES - _quote_sentences(ctx, token.idx, start):
        return None  # a person's mention the walk reached: the walk's verdict stands
    if person is None or not _compatible(ctx, person, gender):
        return None
    if not all(_goes_on_with_pronoun(ctx, k, gender) for k in range(sent + 1, here)):
        return None
    if _other_person_between(ctx, token.idx, start, person, gender):
        return None
    return _unless_other_gender(ctx, person, gender)


def _person_at(ctx: _Context, token: Token) -> Actor | None:
    """The person whose mention covers `token`, if one actor's does: a person, or a
    one-word name the model typed a body there ("Rubio is trying to ...") that is the
    surname of one person of the article, a surname the "he" chain makes a person's."""
    found = {id(a): a for s, e, a in ctx.spans if s <= token.idx < e}
    if len(found) != 1:
        return None
    actor = next(iter(found.values()))
    if actor.type == "person":
        return actor
    if len(actor.name.split()) != 1:
        return None
    people = ctx.by_last.get(name_key(actor.name), [])
    return people[0] if len(people) == 1 else None


def _goes_on_with_pronoun(ctx: _Context, sent: int, gender: str) -> bool:
    """Whether sentence `sent` is quoted words only, or has a "he"/"she" of `gender` as
    the subject of a clause of the writer's."""
    if _quoted_only(ctx, sent):
        return True
    pronouns = MALE_PRONOUNS if gender == "m" else FEMALE_PRONOUNS
    return any(
        t.dep_ in _NOMINAL_SUBJECT_DEPS and t.lower_ in pronouns and not ctx.in_content(t.idx)
        for t in ctx.sentence_tokens(sent)
    )
