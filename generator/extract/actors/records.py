"""A group of mentions to an `Actor` record: its canonical name, type, roles and the
confidence of that type.
"""

from __future__ import annotations

import re

from generator.extract import actor_cues, actor_spans
from generator.extract.actors.common_nouns import not_an_actor
from generator.extract.actors.defined_things import defined_thing_group, designation_group
from generator.extract.actors.demonyms import _is_demonym
from generator.extract.actors.groups import (
    DECISIVE,
    _group_type,
    _longest_name,
    _person_shown,
    _person_shown_apart_from_forms,
)
from generator.extract.actors.instruments import instrument_group
from generator.extract.actors.lexicon import FAC_PLACE_VOTE
from generator.extract.actors.media_bodies import media_body_group
from generator.extract.actors.mention import _Group
from generator.extract.actors.named_after import named_after_group
from generator.extract.actors.names import _party_named
from generator.extract.actors.places import (
    KNOWN_PLACES,
    PLACE_ALIASES,
    gazetteer,
    language_names,
    place_aliases,
    state_of_abbreviation,
    state_of_place,
)
from generator.extract.actors.speaking_bodies import speaking_body_group
from generator.extract.actors.things import _made_of_words, _thing_named
from generator.extract.actors.vocabulary import _dictionary_word
from generator.extract.given_names import GIVEN_NAMES, LISTED_GIVEN_NAMES
from generator.extract.joined_initials import joined_initials
from generator.model import Actor, fullest_roles, name_key


def _to_actor(group: _Group) -> Actor | None:
    """The Actor record of a group, or None for nationalities and leftovers."""
    kind = _group_type(group)
    if kind is None:
        return None
    # "OptInRealBig", "JPMorgan": written the way firms write. Only the type changes:
    # how sure we are that it is an actor at all stays as the first type had it.
    judged = kind
    if kind in {"person", "place"} and _brand_named(group):
        kind = "organization"
    if kind == "place" and media_body_group(group):
        kind = "organization"  # "the Middle East Economic Survey", "a hit on Netflix"
    if kind == "place" and speaking_body_group(group):
        kind = "organization"  # "Verizon said in a statement", tagged a place
    labels = {m.label for m in group.mentions}
    if labels == {"NORP"}:
        return None  # "Russian", "Tory": nationalities and groups are not actors
    if group.entry is None and _is_demonym(group, kind):
        return None
    if kind == "place" and group.entry is None and all(m.place_modifier for m in group.mentions):
        return None  # "US dollars": the article is not about the place
    name = group.entry.name if group.entry is not None else _longest_name(group)
    if kind == "person" and group.honorific and " " not in name:
        name = f"{group.honorific} {name}"  # "Mrs Howard", told apart from "Mr Howard"
    if kind == "place" and group.entry is None:
        name = (
            place_aliases().get(name_key(name))
            or state_of_abbreviation(name)
            or state_of_place(name)
            or name
        )
        if name.isupper() and (
            all(len(w) >= 4 and w.isalpha() for w in name.split())
            # "NEW YORK", "LOS ANGELES": words of a place's name, one of them long
            or (
                " " in name
                and all(w.isalpha() for w in name.split())
                and any(len(w) >= 4 for w in name.split())
            )
        ):
            name = name.title()  # "In LONDON, LME silver", "NEW YORK - ": capitals, not initials
    if kind == "organization" and group.entry is None:
        name = _party_named(name) or _with_name_s(group, name)
    mentions = sorted(group.mentions, key=lambda m: m.start)
    aliases: list[str] = []
    seen = {name.casefold()}
    for m in mentions:
        if m.name.casefold() not in seen:
            seen.add(m.name.casefold())
            aliases.append(m.name)
    candidate_roles = list(group.entry.roles) if group.entry is not None else []
    if kind == "person":
        candidate_roles += [r for m in mentions for r in m.roles]
    # "service chief" beside "Former civil service chief": the fuller words win
    roles = fullest_roles(candidate_roles)
    spans = sorted({(m.start, m.end) for m in mentions})
    confidence = _confidence(group, judged, name)
    return Actor(name, kind, aliases, roles, len(spans), spans, confidence)


def _brand_named(group: _Group) -> bool:
    """Every mention is one word written the way firms write (`actor_cues.brand_shaped`),
    no known place, and nothing in the text settles a person or a place (no honorific,
    no style, no "the town of")."""
    if group.entry is not None:
        return False
    names = {m.name for m in group.mentions}
    if not all(actor_cues.brand_shaped(n) for n in names):
        return False
    if any(n.casefold() in KNOWN_PLACES or n.casefold() in gazetteer() for n in names):
        return False
    evidence = group.evidence()
    return all(evidence.get(k, 0.0) < DECISIVE[k] for k in ("person", "place"))


def _with_name_s(group: _Group, name: str) -> str:
    """ "McDonald's", "Sainsbury's": a firm named with "'s" that the model cut off as a
    possessive. Every mention has the "'s", and at least one where nothing owned
    follows it (`_s_in_name`); "Google's profits" alone stays "Google". Initials do not
    count, which never carry it: "S&P" beside "Standard & Poor's" is "Standard & Poor's"."""
    worded = [m for m in group.mentions if not _initials(m.name)] or group.mentions
    suffixes = {m.s_after for m in worded}
    if None in suffixes or not any(m.s_in_name for m in worded):
        return name
    return name + sorted(s for s in suffixes if s is not None)[0]


def _initials(name: str) -> bool:
    """A name of capitals only ("S&P", "IBM") or of two initials joined by "and"."""
    return name.isupper() or joined_initials(name) is not None


def _confidence(group: _Group, kind: str, name: str) -> float:
    """How sure the article makes us that `name` is an actor of type `kind` (0-1).

    Strong: the editors' registry; words of the text that say the type (a title or
    honorific, an apposition role, organisation words, a place cue); a full name of
    several words. Middling: a single word that speaks ("X said") or recurs. Weak
    (below CONFIDENT: no actor page, no search filter): a single organisation or place
    word the model tagged once with nothing else for it. Junk (below LISTED: not on the
    briefing at all): a single word called a person with nothing of a person about it,
    a "person" holding digits or a possessive.
    """
    if group.entry is not None:
        return 1.0
    if not_an_actor(group, kind, name):
        return 0.2  # "Cinemas will ...", "the MPs said", "the Frenchman", "VAT": common words
    if group.shared_short and kind != "person":
        return 0.2  # the short form of several bodies: which one is not known
    if group.recased and kind != "person" and not any(m.speaks for m in group.mentions):
        return 0.2  # "U.S. Dollar" beside "the dollar": a wire's capitals; "U.S. Steel said"
    if kind == "person" and named_after_group(group):
        return 0.2  # "Christian Dior luxury goods", "Jim Crow laws": a brand, a law
    if (kind != "person" or not _person_shown_apart_from_forms(group)) and _thing_named(
        group, name
    ):
        return 0.2  # "standard CCTV units", "a super PAC": a kind of thing, not an actor
    if (kind != "person" or not _person_shown_apart_from_forms(group)) and (
        group.product
        or group.thing_plural
        or defined_thing_group(group)  # "RipGuard, a technology that ..."
        or designation_group(group)  # "a Gold Star mother"
    ):
        return 0.2  # "a 2.6ghz Intel Celeron chip", "the SIM card": a product, not an actor
    if kind != "person" and instrument_group(group, name, kind):
        return 0.2  # "Sterling rose", "Philippine Investment Notes": money, not an actor
    evidence = group.evidence()
    words = name.split()
    if len(name) >= 2 and ROMAN_NUMERAL.fullmatch(name):
        return 0.2  # "World XV", "Henry VIII" cut short: a numeral, not an actor
    if (
        kind == "organization"
        and actor_spans.role_acronym(name)
        and not any(m.speaks for m in group.mentions)
    ):
        return 0.2  # "the SG's advocacy", "finals MVP": an office or an award
    if kind != "person" and name.casefold() in language_names():
        return 0.2  # "learning Hindi": a language, not a place or a body
    if any(ch.isdigit() for ch in name) and kind == "person":
        return 0.2  # "Spider-Man 2": a title, not a person
    if any(re.search(r"['\u2019]s\b", m.name) for m in group.mentions) and kind == "person":
        return 0.2  # "Gumayusi's Draven": a phrase, not a name
    if kind == "person" and _made_of_words(name) and not _person_shown(group):
        return 0.2  # "Iron Maiden", "Age Concern": words, and nothing of a person
    if kind == "place" and _facility_by_label_only(group, name):
        return 0.3  # "the Golden Globes", "the Great Recession": the model's word alone
    strong = {"person": 3.0, "organization": 5.0, "place": 1.5}[kind]
    if evidence.get(kind, 0.0) >= strong:
        return 1.0
    if kind == "person" and _titled_in_office(group, name):
        return 0.8  # "President Obama" once among "Obama aides": the lone words sum less
    if kind == "place" and (name.casefold() in KNOWN_PLACES or name in PLACE_ALIASES.values()):
        return 1.0
    if kind == "place" and name.casefold() in gazetteer():
        return 0.8  # an ISO country or region the model tagged
    if (
        kind != "person"
        and group.lower_used
        and evidence.get(kind, 0.0) <= 0.0
        and not _person_shown(group)
        and not any(m.acting or m.context for m in group.mentions)
    ):  # "The Intercept's Sam Biddle", "Time magazine" name bodies all the same
        return 0.3  # "Director of the Hotel" beside "the hotel": a common word
    several = [m for m in group.mentions if m.kind() == kind]
    if len(words) >= 2 and several:
        return 0.8
    if kind == "organization" and name.isupper() and len(name) >= 2:
        return 0.7  # an acronym: "CIA", "IMF"
    if any(m.speaks or m.context == kind for m in group.mentions):
        return 0.6
    if kind != "person" and len(several) >= 2:
        return 0.6
    if kind == "place" and len(words) == 1:
        return 0.3  # "Hysteria", "Zinedine": one unknown word the model called a place once
    if kind != "person":
        return 0.45  # once, by the model's word alone: listed, but no page
    return 0.3  # a lone word with nothing of a person about it: not listed


def _facility_by_label_only(group: _Group, name: str) -> bool:
    """A place the model alone calls a facility, every time, with no word of the text
    for a place: no place cue, no place word in the name ("Road", "Square", "Bay"), no
    known place, no saint's name nor building's word ("Dome"). The model's facilities
    without such words are mostly events, programmes and bodies ("the Golden Globes",
    "the Great Recession", "BBC Radio Scotland's Sunday Live programme", "the Royal
    Ballet"): not a place to give a page. Only a place named once: the model's
    facilities named again and again are mostly the seats and buildings a story is set
    in ("Sanders was at the Vatican ... spent the night at the Vatican")."""
    if len(group.mentions) > 1 or any(m.label != "FAC" for m in group.mentions):
        return False
    from_text = group.evidence().get("place", 0.0) - FAC_PLACE_VOTE * len(group.mentions)
    return (
        from_text <= 0.0
        and not any(m.context == "place" for m in group.mentions)
        and name.casefold() not in KNOWN_PLACES
        and name.casefold() not in gazetteer()
        and not actor_cues.building_named(name)
    )


ROMAN_NUMERAL = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")


def _titled_in_office(group: _Group, name: str) -> bool:
    """An office title before one of the group's mentions ("President Obama", `_office`),
    and a name that is no English word, or recurs: "Coach Carter" (a film) and "Head
    Start" (a programme) are one title and a common word once; "Governor Bush" recurs."""
    if not any(m.office for m in group.mentions) or name in GIVEN_NAMES | LISTED_GIVEN_NAMES:
        return False  # "President Enrique" of a full name the text cut
    return not _dictionary_word(name.casefold()) or len({m.start for m in group.mentions}) >= 2
