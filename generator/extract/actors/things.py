"""Products and things named like actors ("the iPhone"): kept off the actors list unless
the article shows them acting.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from generator.extract.actors.groups import (
    _group_type,
    _longest_name,
    _person_shown_apart_from_forms,
)
from generator.extract.actors.lexicon import ORG_WORDS, PARTY_WORDS, PLACE_CUE_VOTE
from generator.extract.actors.mention import _Group
from generator.extract.actors.names import COMPANY_FORM_WORDS
from generator.extract.actors.places import KNOWN_PLACES, PLACE_ALIASES, gazetteer, place_aliases
from generator.extract.actors.type_cues import _thing_use
from generator.extract.actors.vocabulary import _common_word, dictionary_words
from generator.extract.given_names import GIVEN_NAMES
from generator.extract.words import derived_lists
from generator.model import name_key


@cache
def thing_names() -> frozenset[str]:
    """Names the model tags as actors that news writing uses for kinds of things
    ("CCTV cameras", "a USB stick"), derived from a corpus by benchmarks/thing_names.py."""
    return derived_lists("thing_names").get("thing_names", frozenset())


def _thing_named(group: _Group, name: str) -> bool:
    """Whether the article names a kind of thing, not an actor.

    Most mentions are uses for a thing (`_thing_use`) and none shows an actor (no
    mention acts, speaks or holds a role), and either most are one of a kind ("a super
    PAC", "in a US District Court"), or the article uses the name for a thing again and
    again ("DVR recordings" and "the DVR size", "an IP address" three times: once
    proves nothing, "the NBC broadcast" alone keeps NBC), or news writing uses the name
    for things only (`thing_names`: "standard CCTV units"). Known places stay: "U.S.
    inflation", "the Iran deal" and "a Trenton native" name places of the story.
    """
    lowered = name.casefold()
    if lowered in KNOWN_PLACES or lowered in gazetteer() or name in PLACE_ALIASES.values():
        return False
    # A nationality word ("the Soviet housewife") names no thing: it is left to
    # `_is_demonym`, and the group's other mentions decide.
    things = sum(m.thing and m.label != "NORP" and not m.modifier for m in group.mentions)
    if not things or 2 * things < len(group.mentions):
        return False
    if any((m.acting and not m.thing) or m.speaks or m.roles or m.context for m in group.mentions):
        return False
    kinds = sum(m.one_of_kind for m in group.mentions)
    return 2 * kinds >= len(group.mentions) or name in thing_names() or _thing_again(group, things)


def _thing_again(group: _Group, things: int) -> bool:
    """The article uses the name for a thing again and again, and nothing in it says
    what kind of actor it would be: no organisation words ("its sporty Alfa Romeo
    subsidiary" makes "Alfa Romeo engines" a carmaker's), no person evidence, and no
    place type (an unknown place's own head noun is no thing: "the Terra Nova field")."""
    if things < REPEATED_THING_USES:
        return False
    evidence = group.evidence()
    if any(evidence.get(kind, 0.0) > 0 for kind in ("organization", "person", "place")):
        return False
    return _group_type(group) != "place"


def _mark_products(groups: list[_Group]) -> None:
    """Flags the groups whose name the article uses for a product only
    (`_product_named`), and the longer and shorter forms of such a name that show no
    actor either: "Windows XP Home" in a list of a PC's parts beside "Windows XP home
    edition", "from Windows 2000 to Windows XP" beside "XP code", and "loopholes in XP"
    beside "pirated versions of Windows XP". A place cue ("to X", "in X") is no actor's
    evidence there: the article already names the product."""
    named = {
        _longest_name(g)
        for g in groups
        if g.entry is None
        and (_group_type(g) != "person" or not _person_shown_apart_from_forms(g))
        and _product_named(g, _longest_name(g))
    }
    for group in groups:
        if group.entry is not None:
            continue
        name = _longest_name(group)
        group.product = name in named or (
            any(_longer_form(name, product) or _last_word_of(name, product) for product in named)
            and _shows_no_actor(group, place_cues=False)
        )
        group.product = group.product or group.maker_product  # "Microsoft Xbox"


def _mark_thing_plurals(doc: Doc, groups: list[_Group]) -> None:
    """Flags the one-word names in the plural whose singular the article uses for a
    kind of thing (`_thing_use`: "three Oscar nominations", "an Oscar", "the
    Bafta-winning actress"): "a gown she wore to the Oscars", "it collected six Baftas"
    name the awards or their night, not an actor. A name that acts, speaks or holds a
    role stays, and so do nationalities and parties ("Democrat lawmakers" beside "the
    Democrats") and known places."""
    candidates = {
        _longest_name(g)[:-1]: g
        for g in groups
        if g.entry is None
        and _plural_name(_longest_name(g))
        and not any(m.label == "NORP" or m.acting or m.speaks or m.roles for m in g.mentions)
    }
    if not candidates:
        return
    used = {t.text for t in doc if t.text in candidates and _thing_use(doc, doc[t.i : t.i + 1])}
    for singular in used:
        candidates[singular].thing_plural = True


def _plural_name(name: str) -> bool:
    """One capitalised word in "s", no party's word, no known place: "Oscars"."""
    lowered = name.casefold()
    return (
        " " not in name
        and len(name) >= 4
        and name[:1].isupper()
        and not name.isupper()
        and lowered.endswith("s")
        and not lowered.endswith("ss")
        and lowered not in PARTY_WORDS
        and lowered[:-1] not in PARTY_WORDS
        and lowered not in KNOWN_PLACES
        and lowered not in gazetteer()
    )


def _longer_form(name: str, product: str) -> str | None:
    """The one word `name` adds to the product name it opens or ends with, when it is no
    organisation word ("Windows XP Home", "Windows XP"; not "Samsung Group")."""
    if name.startswith(product + " "):
        extra = name[len(product) + 1 :]
    elif name.endswith(" " + product):
        extra = name[: -len(product) - 1]
    else:
        return None
    if " " in extra or extra.casefold() in ORG_WORDS | COMPANY_FORM_WORDS:
        return None  # "Windows XP Counterfeit Project": a scheme of its own
    return extra


def _last_word_of(name: str, product: str) -> bool:
    """`name` is the last word of a product's longer name: "XP" of "Windows XP",
    "Celeron" of "Intel Celeron". Not the first word, which is often the maker's
    ("Intel" of "Intel Celeron")."""
    words = product.split()
    return len(words) >= 2 and " " not in name and name == words[-1]


def _shows_no_actor(group: _Group, place_cues: bool = True) -> bool:
    """No mention acts, speaks, holds a role or has a body's (or, unless `place_cues` is
    false, a place's) context word, and nothing in the text argues for an organisation
    or a person."""
    if any(m.acting or m.speaks or m.roles for m in group.mentions):
        return False
    if any(m.context == "organization" or (place_cues and m.context) for m in group.mentions):
        return False
    evidence = group.evidence()
    return not any(evidence.get(kind, 0.0) > 0 for kind in ("organization", "person"))


def _product_named(group: _Group, name: str) -> bool:
    """Whether the article uses the name for a product only (`product_use`).

    At least half of the mentions name the product ("the SIM card number" and
    "removed the SIM"), and nothing shows an actor: no mention acts ("Intel's chips",
    "Intel said"), speaks, holds a role or has a body's context word, and nothing in the
    text argues for an organisation or a person ("Nokia, the phone maker"). A place
    cue in the other mentions ("from Windows Vista to ...") is no evidence against a
    product; known places stay ("US phones" names a country of the story).
    """
    lowered = name.casefold()
    if (
        lowered in KNOWN_PLACES
        or lowered in gazetteer()
        or name in PLACE_ALIASES.values()
        or name_key(name) in place_aliases()  # "the top UK gadget": still the country
    ):
        return False
    if group.evidence().get("place", 0.0) >= PLACE_CUE_VOTE:
        return False  # "the PSP in Ruritania": a place cue in another mention
    products = sum(m.product for m in group.mentions)
    if not products or 2 * products < len(group.mentions):
        return False
    return _shows_no_actor(group, place_cues=False)


# How many uses for a thing in one article make a name a thing's (`_thing_named`).
REPEATED_THING_USES = 2


def _made_of_words(name: str) -> bool:
    """A name of two or more dictionary words, opening with a word that is more than a
    noun and not a given name: see `dictionary_words`."""
    parts = name.split()
    if len(parts) < 2 or parts[0] in GIVEN_NAMES:
        return False
    index = dictionary_words()
    if not index:
        return False
    first = parts[0].casefold()
    if not any(first in index[pos] for pos in ("verb", "adj", "adv")):
        return False
    return all(_common_word(part.casefold().strip(".,")) for part in parts)
