"""A body's voice named by one word of the body's name that the model did not mark:
"Talks that could lead to Corvane Corp taking a stake in <Automobili Trastevere
SpA> are continuing, a Trastevere spokesman said." Wire copy calls a
company by the word of its name that sets it apart; the model marks the full name once
and misses the short word inside the mention, so no actor stands in it and the body
went unnamed.

The word speaks for the body only where nothing else could be meant: a capitalised
word (or two) of the mention, right before the spokesman's noun or after "for", that is
a word of exactly one organisation's name the article gives before the mention, of no
person's or place's, no dictionary word ("a Bank spokesman", "a Japanese official"),
no nationality, no place or abbreviation ("a U.S. official") and no word of a body's
kind. `_from_named` then reads the mention as if
the name had been marked, with its rules for who a spokesman speaks for ("a former
Trastevere executive" for no one).
"""

from __future__ import annotations

from generator.extract.actors import KNOWN_PLACES, common_words
from generator.extract.nationalities import NATIONALITY_WORDS
from generator.extract.speakers.bodies import _from_named
from generator.extract.speakers.context import _Context
from generator.extract.speakers.lexicon import DETERMINERS, ORG_NOUNS, SPOKES_NOUNS
from generator.extract.speakers.name_text import _capitalised, _words
from generator.model import Actor


def body_by_name_word(ctx: _Context, mention: str, words: list[str], start: int) -> Actor | None:
    """The organisation one unmarked word of its name in a spokesman's mention names
    (see the module), or None."""
    run = _name_run(mention, words)
    if run is None:
        return None
    if any(w in ORG_NOUNS or w in NATIONALITY_WORDS or w in common_words() for w in run):
        return None
    if any("." in w or w in KNOWN_PLACES for w in run):
        return None  # "a U.S. official" beside "U.S. Steel Corp": a country's voice
    holders = [a for a in ctx.actors if _holds(a, run)]
    if len(holders) != 1 or holders[0].type != "organization":
        return None  # "a Ford spokesman" with Ford Motor Co and Ford Brasil, or a person
    body = holders[0]
    if not any(s < start for s, _ in body.spans):
        return None
    spelled = " ".join(words).replace(" ".join(run), " ".join(_words(body.name)), 1)
    return _from_named([body], spelled.split())


def _name_run(mention: str, words: list[str]) -> list[str] | None:
    """The capitalised words that name the body in "a Trastevere spokesman" or "a
    spokesman for Trastevere": one or two, and nothing else beside the determiner and
    the spokesman's noun."""
    core = words[1:] if words and words[0] in DETERMINERS else words
    if len(core) >= 2 and core[-1] in SPOKES_NOUNS:
        run = core[:-1]
    elif len(core) >= 3 and core[0] in SPOKES_NOUNS and core[1] == "for":
        run = core[2:]
    else:
        return None
    if not 1 <= len(run) <= 2 or not all(_capitalised(mention, w) for w in run):
        return None
    return run


def _holds(actor: Actor, run: list[str]) -> bool:
    """Whether one of the actor's names holds the words in a row."""
    for name in [actor.name, *actor.aliases]:
        own = _words(name)
        if any(own[i : i + len(run)] == run for i in range(len(own) - len(run) + 1)):
            return True
    return False
