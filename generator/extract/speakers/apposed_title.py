"""A title the article gave a named person in apposition, for a description that uses it
later: "But Guardian, the first Republican mayor elected in Atlantic City, stopped short
... And the mayor said". The actor's roles keep short appositions only, so "the mayor"
would find no holder; the editor reads the apposition itself.

A description names the person only when exactly one person named before it was given
the title, in apposition or as a role: "the senator" after two senators is open.
"""

from __future__ import annotations

import re

from generator.extract.pronouns import RELATIVE_PRONOUNS
from generator.extract.speakers.context import _compatible, _Context
from generator.extract.speakers.lexicon import (
    FEMALE_ROLE_WORDS,
    FORMER_WORDS,
    LOOSE_MODIFIERS,
    MALE_ROLE_WORDS,
    PREPOSITIONS,
    RANK_WORDS,
)
from generator.extract.speakers.name_text import _words
from generator.extract.speakers.offices import _role_words
from generator.model import Actor

# ", the first Republican mayor elected in Atlantic City," right after a name: up to the
# next comma, full stop or line; a determiner opens it
_APPOSITION = re.compile(r",\s+((?:the|a|an)\s[^,.;:\n()]{1,100})", re.IGNORECASE)

# What may follow the head noun of an apposition and leave it the head ("the mayor of
# Atlantic City", "the mayor who ...", "the mayor and a lawyer"), besides participles
_AFTER_HEAD = PREPOSITIONS | RELATIVE_PRONOUNS | {"and"}


def apposed_title(text: str, end: int, head: str) -> list[str] | None:
    """The words of an apposition right after a name ending at `end` whose head noun is
    `head` ("Guardian, the first Republican mayor elected in ...": ["the", "first",
    "republican", "mayor", "elected", ...]), or None: a possessive before it names
    another's ("Smith, the mayor's aide"), a noun after it makes it a modifier ("the
    mayor pro tem")."""
    match = _APPOSITION.match(text, end)
    if match is None:
        return None
    phrase = match.group(1)
    words = _words(phrase)
    if head not in words:
        return None
    i = words.index(head)
    raw = phrase.replace("\u2019", "'").casefold().split()
    if any(w.endswith("'s") or w.endswith("'") for w in raw[: i + 1]):
        return None  # "the mayor's chief of staff", "the state's secretary"
    nxt = words[i + 1] if i + 1 < len(words) else None
    if nxt is not None and nxt not in _AFTER_HEAD and not nxt.endswith(("ed", "ing")):
        return None
    return words


def apposed_title_holder(
    ctx: _Context, start: int, head: str, required: list[str], after: list[str]
) -> Actor | None:
    """The one person named before `start` to whom the article gave the title `head`
    with every required word ("the Republican mayor": "republican"; "the secretary of
    state": "of state") in an apposition, when no other person named before holds the
    title in an apposition or a role. A former holder is no holder of "the mayor", and
    only a former one is "the former mayor"; a sex the title gives must fit."""
    wanted = [w for w in required if w not in LOOSE_MODIFIERS] + [w for w in after if w != "the"]
    former = bool(set(required) & FORMER_WORDS)
    holders: dict[int, Actor] = {}
    apposed: set[int] = set()
    for actor in ctx.actors:
        if actor.type != "person":
            continue
        ends = [e for s, e in actor.spans if s < start]
        if not ends:
            continue
        for end in ends:
            words = apposed_title(ctx.text, end, head)
            if words is None:
                continue
            was = bool(set(words[: words.index(head)]) & FORMER_WORDS)
            if was != former or set(words) & RANK_WORDS - set(required):
                continue
            if all(w in words for w in wanted):
                holders[id(actor)] = actor
                apposed.add(id(actor))
            else:
                return None  # "Smith, the Democratic mayor": another mayor, maybe
        for role in actor.roles:
            words = _role_words(role)
            if head in words and not words & (FORMER_WORDS | RANK_WORDS):
                holders[id(actor)] = actor
    if len(holders) != 1 or not apposed:
        return None
    found = next(iter(holders.values()))
    gender = "f" if head in FEMALE_ROLE_WORDS else "m" if head in MALE_ROLE_WORDS else ""
    return found if not gender or _compatible(ctx, found, gender) else None
