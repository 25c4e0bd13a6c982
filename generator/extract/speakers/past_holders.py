""" "The former Labour leader said", "the outgoing European Commissioner said": a
description by an office the person held or is leaving names one particular person,
never whoever holds it now, so news writes it only for someone it has just named ("it
was put to Mr Kinnock that he had once ... But the outgoing European Commissioner
said"). The rules that read such a description as a named speaker's other name
(`descriptions._varied_reference`, `_described_subject`) want that person to be the
speaker or the subject of the sentence before; here the person is only named there
(as an object, or in the report before the last sentence), and the description is
theirs when nobody else is at hand.
"""

from __future__ import annotations

from generator.extract.speakers.context import _Context
from generator.extract.speakers.lexicon import FORMER_WORDS
from generator.extract.speakers.offices import _role_words
from generator.extract.speakers.reports import _unnamed_subject_between
from generator.model import Actor

#: Words that make an office a past or ending one: "the former leader", "the outgoing
#: commissioner", "the ex-minister"
PAST_OFFICE_WORDS = FORMER_WORDS | {"outgoing"}

#: How many sentences before the description's own the person may be named in
REACH = 2


def past_office(words: list[str], head: str) -> bool:
    """Whether a definite description ("the former labour leader") describes its
    person by an office held before or being left: a word of `PAST_OFFICE_WORDS` (or
    "ex-") before the head."""
    before = words[: words.index(head)] if head in words else words
    return words[:1] == ["the"] and any(
        w in PAST_OFFICE_WORDS or w.startswith("ex-") for w in before
    )


def sole_person_at_hand(ctx: _Context, start: int, words: list[str], head: str) -> Actor | None:
    """The one person named in the description's sentence before it and the `REACH`
    sentences before that, in the writer's words or in any quotation but the one being
    attributed. Not when anyone else is named there, when a clause since has a subject
    the article made no actor ("The prime minister replied"), or when the article gives
    the person an office now that the description names as past: its head or all its
    other words ("Chancellor Gordon Brown" is no former chancellor, "Arsenal manager
    Arsene Wenger" no former Arsenal boss)."""
    here = ctx.sent_of(start)
    begin = ctx.sent_starts[max(0, here - REACH)]
    people: dict[int, Actor] = {}
    last = -1
    for s, e, actor in ctx.spans:
        if s >= start:
            break
        if s < begin or actor.type != "person" or not actor.listed or ctx.in_quote(s):
            continue
        people[id(actor)] = actor
        last = max(last, e)
    if len(people) != 1:
        return None
    person = next(iter(people.values()))
    if _unnamed_subject_between(ctx, last, start, same=person):
        return None
    described = set(words) - {"the", head} - PAST_OFFICE_WORDS
    for role in map(_role_words, person.roles):
        if role & PAST_OFFICE_WORDS:
            continue
        if head in role or (described and described <= role):
            return None  # "Arsenal manager Arsene Wenger" is no former Arsenal boss
    return person
