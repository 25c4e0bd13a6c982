"""A definite description resolved to the one person the article gave that role (issue
11): "Douglas Schoen, a former Bill Clinton pollster, ... The former pollster said",
"Florida Sen. Marco Rubio ... The Florida senator said" (no other senator named). The
role is the article's own words for the person (`Actor.roles`, from a title before the
name or an apposition), never a list of who holds what.

This is the last rule tried for a description (`_resolve_mention`), after the ones that
read the sentences around it: it decides by the roles alone, so it only names someone
when exactly one person named before the description holds a role whose head is the
description's head and whose words hold every other word of it, and no one else holds a
role of that head which may be it as well (the rule of `_sole_office_holder`).
"""

from __future__ import annotations

from generator.extract.actors.lexicon import STYLE_TITLES
from generator.extract.speakers.context import _compatible, _Context
from generator.extract.speakers.lexicon import (
    DETERMINERS,
    DOCUMENT_NOUNS,
    FEMALE_ROLE_WORDS,
    FORMER_WORDS,
    LOOSE_MODIFIERS,
    MALE_ROLE_WORDS,
    ORG_NOUNS,
    PREPOSITIONS,
    RANK_WORDS,
    STATEMENT_NOUNS,
)
from generator.extract.speakers.name_text import _head_noun, _words
from generator.extract.speakers.offices import (
    TENURE_MODIFIER,
    TITLE_ABBREVIATIONS,
    US_STATE_NAMES,
    _states_of,
)
from generator.model import Actor

# Words that join two roles in one apposition ("front-runner and former host of ...")
_ROLE_JOINS = frozenset({"and", "&"})


def _role_parts(role: str) -> list[list[str]]:
    """The words of each role a role phrase gives: "Republican front-runner and former
    host of the show" is two roles, a front-runner and a host."""
    parts: list[list[str]] = [[]]
    for word in _words(role):
        if word in _ROLE_JOINS:
            parts.append([])
        else:
            parts[-1].append(word)
    return [p for p in parts if p]


def _expanded(word: str) -> set[str]:
    """A role word with what its abbreviation stands for ("sen." -> "senator")."""
    return {word, *TITLE_ABBREVIATIONS.get(word, frozenset())}


def _former_word(word: str) -> bool:
    return word in FORMER_WORDS or word.startswith("ex-")


def _holds(part: list[str], head: str, former: bool) -> set[str] | None:
    """The words of one role (`part`) when it is a role of the description's kind: its
    head noun is the description's head and it is as past as the description ("the
    former pollster" is a former pollster's; "the governor" is not "former Florida Gov.
    Jeb Bush"). None for any other role."""
    role_head = _head_noun(part)
    if role_head is None or head not in _expanded(role_head):
        return None
    if former != any(_former_word(w) for w in part):
        return None
    return {e for w in part for e in _expanded(w)}


def _style_of(actor: Actor) -> list[str]:
    """The style a person's name opens with, as a role: "Pope Francis" is "the pope",
    "Prince Charles" "the prince". Kept in the name (`STYLE_TITLES`), it is no role of
    the actor's, yet the article's description names it. Not the styles a description
    never takes alone ("the lady", "the sir")."""
    first = actor.name.split()[0].casefold()
    if first in STYLE_TITLES and first not in _BARE_STYLES and len(actor.name.split()) > 1:
        return [first]
    return []


#: Styles no description uses alone for the one who bears them.
_BARE_STYLES = frozenset({"sir", "dame", "lady", "lord"})


def _verdict(ctx: _Context, actor: Actor, head: str, wanted: set[str], former: bool) -> str:
    """How a person's roles answer the description: "holds" (a role of its kind with
    every wanted word, a state the article ties to the person counting), "may" (a role
    of its kind that does not say: "Sen. Carl Mendoza" may be the Florida senator too;
    or any role of a person the article ties to the description's state), or "no" (no
    such role, a rank the description does not give, or a state the article
    ties to the person that is not the description's)."""
    tied = _states_of(ctx, actor)
    known = {w for state in tied for w in state.split()}
    wanted_states = {s for s in US_STATE_NAMES if set(s.split()) <= wanted}
    # another lawmaker of the description's state, whatever role the article gives him
    # ("Senate Finance Committee Chairman Lloyd Bentsen (D-Tex.)" may be "the Texas
    # senator" too), as `_state_described_speaker` reads it
    verdict = "may" if wanted_states & tied else "no"
    for role in [*actor.roles, *_style_of(actor)]:
        for part in _role_parts(role):
            words = _holds(part, head, former)
            if words is None or (words & RANK_WORDS) - wanted:
                continue  # the deputy leader is not "the leader"
            if all(w in words or w in known for w in wanted):
                return "holds"
            if not (wanted_states and tied and not wanted_states & tied):
                verdict = "may"
    return verdict


def role_holder(ctx: _Context, start: int, words: list[str], mention: str) -> Actor | None:
    """The one person named before `start` whose role the article gave in the words of
    the definite description `words` ("the former pollster" after "Douglas Schoen, a
    former Bill Clinton pollster"), or None: when two people hold such a role, when
    someone else holds one of its kind that may be it too ("Sen. Carl Mendoza" beside
    "Florida Sen. Dana Whitfield" for "the Florida senator"), when no one does, when the
    description is another's ("the senator's spokesman") or names a body or a
    document, or when the description's sex does not fit the person."""
    if len(words) < 2 or words[0] != "the" or "'s" in mention.replace("\u2019", "'"):
        return None
    if any(a.type == "person" for a in ctx.actors_in(start, start + len(mention))):
        return None
    head = _head_noun(words)
    if head is None or head in ORG_NOUNS | DOCUMENT_NOUNS | STATEMENT_NOUNS:
        return None
    rest = [w for w in words[1:] if w != head and w not in DETERMINERS and w not in PREPOSITIONS]
    former = any(_former_word(w) for w in rest)
    wanted = {
        w
        for w in rest
        if not _former_word(w) and w not in LOOSE_MODIFIERS and not TENURE_MODIFIER.fullmatch(w)
    }
    holders: list[Actor] = []
    for actor in ctx.actors:
        if actor.type != "person" or not any(s < start for s, _ in actor.spans):
            continue
        verdict = _verdict(ctx, actor, head, wanted, former)
        if verdict == "may":
            return None  # another holder of the title the description may mean
        if verdict == "holds":
            holders.append(actor)
    if len(holders) != 1:
        return None
    gender = "f" if head in FEMALE_ROLE_WORDS else "m" if head in MALE_ROLE_WORDS else ""
    return holders[0] if not gender or _compatible(ctx, holders[0], gender) else None
