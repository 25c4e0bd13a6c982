"""Acronyms: the one organisation an acronym stands for when the article names it in full
("ISW" -> Institute for the Study of War), and the spelt-out form of an acronym.
"""

from __future__ import annotations

import re

from generator.extract.joined_initials import joined_initials, spells_joined
from generator.extract.speakers.context import _company_suffix, _Context
from generator.extract.speakers.lexicon import TOP_TITLES
from generator.extract.speakers.name_text import _words
from generator.extract.words import word_lists
from generator.model import Actor, name_key

#: Heads of a body's name that may stand before or after its field: "Agriculture
#: Department" and "Department of Agriculture" (USDA) are one body
INVERTED_BODY_HEADS = word_lists("speaker_words")["inverted_body_heads"]


#: Words an acronym skips: "Institute for the Study of War" is ISW.
_ACRONYM_SKIPS = word_lists("function_words")["acronym_skips"]


def _by_initials(ctx: _Context, mention: str) -> Actor | None:
    """The one organisation an acronym stands for ("ISW" -> Institute for the Study of
    War), when the article names it in full."""
    written = mention
    mention = joined_initials(mention) or mention  # "S and P", "S/P": SP
    if not (2 <= len(mention) <= 6 and mention.isalpha() and mention.isupper()):
        return None
    named = ctx.by_name.get(name_key(mention))
    if named is not None and named.type == "organization":
        return named  # "USDA said" where the article's body is "USDA" (or has it as alias)
    found = [a for a in ctx.actors if a.type == "organization" and mention in _initials(a.name)]
    if written != mention:  # "S and P" is Standard and Poor's Corp, not Security Pacific
        found = [a for a in found if spells_joined(a.name, written)]
    return found[0] if len(found) == 1 else None


def _top_of_body_by_initials(
    ctx: _Context, start: int, head: str, mention: str, modifiers: list[str]
) -> Actor | None:
    """The one person introduced as the head of a body, for "the <its initials> <top
    title>": "Chira Phanupong, head of Thailand's Board of Investment, said ... The BoI
    chief said". `_person_by_role` looks for the words of the description in the role,
    but the role spells the body out ("Board of Investment") where the description
    gives its initials ("BoI"), and says "head" where it says "chief": any top title is
    the same office. One organisation of the article must have those initials, and one
    person, named before, a role with a top title and that organisation's full name."""
    if head not in TOP_TITLES or len(modifiers) != 1:
        return None
    written = next((w for w in mention.split() if w.casefold() == modifiers[0]), "")
    capitals = "".join(ch for ch in written if ch.isupper())
    if len(capitals) < 2 or not written.isalpha():
        return None
    bodies = [
        a
        for a in ctx.actors
        if a.type == "organization" and ({capitals, written.upper()} & _initials(a.name))
    ]
    if len(bodies) != 1:
        return None
    body = bodies[0].name.casefold()
    heads = [
        a
        for a in ctx.actors
        if a.type == "person"
        and any(s < start for s, _ in a.spans)
        and any(body in role.casefold() and set(_words(role)) & TOP_TITLES for role in a.roles)
    ]
    return heads[0] if len(heads) == 1 else None


def _initials(name: str) -> set[str]:
    """An organisation's initials: "Institute for the Study of War" is ISW; "General
    Motors Corp" is GMC or, without the company suffix, GM ("British Petroleum Co Plc":
    BP)."""
    words = [w for w in name.split() if w.lower() not in _ACRONYM_SKIPS]
    found = {"".join(w[0] for w in words).upper()}
    while len(words) > 2 and _company_suffix(words[-1]):
        words = words[:-1]
        found.add("".join(w[0] for w in words).upper())
    return found


def _spelt_out(ctx: _Context, actor: Actor) -> Actor | None:
    """The organisation an acronym actor stands for, named in full in the article: the
    one written right before it as its definition ("the French Maize Producers
    Association, AGPM, said", "the Council of People's Inspectors (CPI)"), else the one
    organisation whose initials it is, counting the small words and a dotted prefix
    ("U.S. Department of Energy": DOE, USDOE; "U.S. Department of Agriculture": USDA).
    None when the actor is no acronym or no single body fits."""
    acronym = actor.name
    if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
        return None
    defined = re.compile(rf"\s*(?:\(\s*{acronym}\s*\)|,\s*{acronym}\s*,\s+[a-z])")
    found = {
        id(other): other
        for s, e, other in ctx.spans
        if other is not actor
        and other.type == "organization"
        and len(other.name.split()) > 1
        and defined.match(ctx.text, e)
    }
    if len(found) == 1:
        return next(iter(found.values()))
    if found:
        return None
    spelt = [
        other
        for other in ctx.actors
        if other is not actor
        and other.type == "organization"
        and acronym in _long_initials(other.name)
    ]
    return spelt[0] if len(spelt) == 1 else None


def _long_initials(name: str) -> set[str]:
    """`_initials`, and those that count the small words ("Department of Energy": DOE)
    and spell a dotted prefix out or leave it off ("U.S. Department of Agriculture":
    USDA, DA), in either order of a body's head and field ("U.S. Agriculture
    Department": USDA too)."""
    found = set(_initials(name))
    words = name.split()
    variants = [("", words)]
    if len(words) > 1 and "." in words[0]:
        dotted = "".join(c for c in words[0] if c.isalpha()).upper()
        variants += [("", words[1:]), (dotted, words[1:])]
    for lead, rest in list(variants):
        if len(rest) > 1 and rest[-1].casefold() in INVERTED_BODY_HEADS:
            # "U.S. Agriculture Department" is the "U.S. Department of Agriculture": USDA
            variants.append((lead, [rest[-1], "of", *rest[:-1]]))
    for lead, rest in variants:
        found.add(lead + "".join(w[0] for w in rest if w[:1].isalpha()).upper())
        kept = [w for w in rest if w.lower() not in _ACRONYM_SKIPS]
        if kept:
            found.add(lead + "".join(w[0] for w in kept).upper())
    return found
