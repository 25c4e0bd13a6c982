"""A mention's own text looked up among the article's actors (offsets missing or not
tagged): the name as written, without a company suffix, with a surname particle.
"""

from __future__ import annotations

from generator.extract.actors import TITLE_WORDS
from generator.extract.actors.lexicon import SURNAME_PARTICLES
from generator.extract.actors.vocabulary import SURNAME_PARTICLES as NAME_PARTICLES
from generator.extract.speakers.context import _company_suffix, _Context
from generator.extract.speakers.initials import _by_initials
from generator.extract.speakers.name_text import _strip_name
from generator.model import Actor, name_key


def _lookup_name(ctx: _Context, mention: str) -> Actor | None:
    """An actor named by the mention text itself (offsets missing or not tagged)."""
    cleaned = _strip_name(mention)
    if not cleaned:
        return None
    actor = ctx.by_name.get(name_key(cleaned))
    if actor is not None:
        return ctx.parent_named(cleaned, actor)
    company = _company_without_suffix(ctx, cleaned)
    if company is not None:
        return company
    last = ctx.by_last.get(name_key(cleaned.split()[-1]), [])
    if len(last) == 1 and _name_shaped(cleaned) and _may_be(cleaned, last[0]):
        return last[0]
    if not last:
        particled = _particle_surname_person(ctx, cleaned)
        if particled is not None:
            return particled
    return _by_initials(ctx, cleaned)


def _particle_surname_person(ctx: _Context, mention: str) -> Actor | None:
    """The one person whose surname is the mention behind a hyphened particle: "Tayer
    said" after "Ahmed Humaid al-Tayer", "Yamani" after "Ahmed Zaki al-Yamani". News
    drops the Arabic article "al-" on later mention, so the surname index (keyed by the
    last word, "al-tayer") misses it. One capitalised word only, and only when one
    person of the article has that surname; two leave it unclear."""
    if len(mention.split()) != 1 or not mention[:1].isupper():
        return None
    found = []
    for actor in ctx.actors:
        if actor.type != "person":
            continue
        particle, _, surname = actor.name.split()[-1].partition("-")
        if particle.casefold() in SURNAME_PARTICLES and name_key(surname) == name_key(mention):
            found.append(actor)
    return found[0] if len(found) == 1 else None


def _company_without_suffix(ctx: _Context, name: str) -> Actor | None:
    """The one organisation a name gives without its company suffix: "General
    Acquisition said" after "General Acquisition Co" (news drops "Co", "Inc", "Corp"
    once the full name is given)."""
    if len(name.split()) < 2 or not name[:1].isupper():
        return None  # "Acquisition" alone may be anything
    wanted = name_key(name)
    found = []
    for actor in ctx.actors:
        if actor.type != "organization":
            continue
        words = actor.name.split()
        while len(words) > 1 and _company_suffix(words[-1]):
            words = words[:-1]
        if len(words) < len(actor.name.split()) and name_key(" ".join(words)) == wanted:
            found.append(actor)
    return found[0] if len(found) == 1 else None


def _name_shaped(mention: str) -> bool:
    """Whether a mention ends with a name as a name is written: capitalised, its last
    word after a word of the name, a title or a surname's particle ("Former Chelsea
    captain Desailly", "Ludwig van Beethoven"). "Clinton's aggressive attack on Trump"
    ends with Trump's surname after "on": no name of his."""
    words = mention.split()
    if not mention[:1].isupper():
        return False
    if len(words) == 1:
        return True
    before = words[-2]
    return before[:1].isupper() or before.casefold() in TITLE_WORDS | _PARTICLES


_PARTICLES = SURNAME_PARTICLES | NAME_PARTICLES


def _may_be(mention: str, actor: Actor) -> bool:
    """Whether a mention that shares the actor's surname can be that actor: a surname
    alone can, "J. Hall" can be James Hall, but "James Hall" is not Ellie Hall."""
    words = mention.split()
    if len(words) == 1:
        return True
    first = words[0].rstrip(".").casefold()
    for name in [actor.name, *actor.aliases]:
        given = [w.rstrip(".").casefold() for w in _strip_name(name).split()[:-1]]
        if not given or given[0] == first or (len(first) == 1 and given[0][:1] == first):
            return True
    return False
