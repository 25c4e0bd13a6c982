"""The gazetteer: known places, countries, aliases and US states, read once and cached."""

from __future__ import annotations

import re
from functools import cache

import pycountry
from spacy.tokens import Span

from generator.extract.actors.lexicon import EVENT_HEAD_WORDS, ORG_WORDS, PLACE_HEAD_WORDS
from generator.extract.actors.vocabulary import SURNAME_PARTICLES, _common_word, _speaks
from generator.extract.given_names import GIVEN_NAMES
from generator.extract.words import data_tables, word_lists, word_set
from generator.model import name_key

# Other names of places news uses for the same place, to the name shown
# (data/place_aliases.toml): "U.S." and "America" are the United States, "DPRK" and
# "N. Korea" North Korea. Not a gazetteer: only what English news names most.
PLACE_ALIASES: dict[str, str] = {
    str(alias): str(name) for alias, name in data_tables("place_aliases").items()
}


PLACE_ALIASES_BY_KEY = {name_key(alias): name for alias, name in PLACE_ALIASES.items()}


@cache
def place_aliases() -> dict[str, str]:
    """Name key -> the name to show, for PLACE_ALIASES and the official names of the
    world's countries (ISO 3166-1, from pycountry) that hold the short name: "People's
    Republic of China" is China, "Kingdom of Spain" Spain. A country whose short name
    reads inverted ("Korea, Republic of") or is not inside the official one ("Czechia",
    "Czech Republic") keeps the name the article gives, unless ISO gives the country a
    common name: "Syrian Arab Republic" is Syria, "Democratic People's Republic of
    Korea" North Korea, "Viet Nam" Vietnam."""
    aliases: dict[str, str] = {}
    for country in pycountry.countries:
        official = getattr(country, "official_name", None)
        common = getattr(country, "common_name", None)
        short = common or country.name
        # "Kingdom of Spain" holds "Spain"; "Czech Republic" is no official form of "Czechia"
        if official and "," not in short and official != short and short in official:
            aliases[name_key(official)] = short
        if common and "," not in common:  # the common name ISO itself gives
            for other in (official, country.name):
                if other and "," not in other and other != common:
                    aliases[name_key(other)] = common
    aliases.update(PLACE_ALIASES_BY_KEY)
    return aliases


KNOWN_PLACES = word_set(
    """
    kyiv kiev moscow london paris berlin washington beijing tokyo seoul pyongyang delhi
    brussels rome madrid lisbon dublin edinburgh cardiff belfast warsaw vienna prague
    budapest athens ankara istanbul tehran baghdad damascus beirut jerusalem gaza
    cairo riyadh doha dubai kabul islamabad karachi mumbai dhaka bangkok hanoi manila
    jakarta canberra sydney melbourne ottawa toronto montreal havana caracas bogota
    lima santiago brasilia nairobi lagos johannesburg pretoria addis khartoum tripoli
    tunis algiers rabat minsk vilnius riga tallinn helsinki stockholm oslo copenhagen
    amsterdam geneva zurich bern luxembourg bucharest sofia belgrade zagreb sarajevo
    kharkiv odesa odessa mariupol kherson donetsk luhansk bakhmut crimea donbas lviv
    zaporizhzhia avdiivka soledar taipei hong kong shanghai singapore
    ukraine russia china india japan iran iraq syria israel egypt turkey france germany
    italy spain poland canada mexico brazil australia afghanistan pakistan
    """
)


# The world's countries, so that a nationality adjective of any of them ("Kuwaiti
# tankers") is known as one. Names that are also common given names or surnames
# ("Jordan", "Chad", "Georgia") are left out: a person called so must stay a person.
COUNTRIES = word_set(
    """
    albania algeria andorra angola argentina armenia austria azerbaijan bahamas bahrain
    bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana
    brunei bulgaria burundi cambodia cameroon chile colombia comoros congo croatia cuba
    cyprus denmark djibouti dominica ecuador eritrea estonia eswatini ethiopia fiji
    finland gabon gambia ghana greece grenada guatemala guinea guyana haiti honduras
    hungary iceland indonesia ireland jamaica kazakhstan kenya kiribati korea kosovo
    kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania
    madagascar malawi malaysia maldives mali malta mauritania mauritius micronesia
    moldova monaco mongolia montenegro morocco mozambique myanmar burma namibia nauru
    nepal netherlands nicaragua niger nigeria norway oman palau panama paraguay peru
    philippines portugal qatar romania rwanda samoa senegal serbia seychelles slovakia
    slovenia somalia sudan suriname sweden switzerland taiwan tajikistan tanzania
    thailand togo tonga trinidad tunisia turkmenistan tuvalu uganda uruguay uzbekistan
    vanuatu venezuela vietnam yemen zambia zimbabwe scotland wales england swaziland
    """
)


KNOWN_PLACES = KNOWN_PLACES | COUNTRIES | word_set("europe asia africa antarctica oceania")


@cache
def gazetteer() -> frozenset[str]:
    """Names of the world's countries and their subdivisions (states, provinces,
    counties, regions: ISO 3166-1 and 3166-2, from pycountry), casefolded.

    Evidence that a name the model tagged is a place ("New Brunswick", "Portsmouth",
    "Texas"), and that a one-word "place" tagged once with nothing else for it
    ("Hysteria", "Zinedine") is not one. It holds common words too ("Central",
    "Delta"), so it only ever confirms a place label or a place-shaped name.
    """
    names: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                names.add(value.casefold())
    names.update(sub.name.casefold() for sub in pycountry.subdivisions)
    return frozenset(names)


@cache
def language_names() -> frozenset[str]:
    """Names of the world's major languages (ISO 639-1, from pycountry), casefolded,
    leaving out those that are also a country's or region's name ("Nauru").

    "learning Hindi", "shot in Hindi and English": the model tags a language as a
    place or a body; a language is never an actor.
    """
    names = set()
    for language in pycountry.languages:
        if getattr(language, "alpha_2", None):
            names.add(re.sub(r"\s*\(.*\)$", "", language.name).casefold())
    return frozenset(names - gazetteer() - KNOWN_PLACES)


def state_of_place(name: str) -> str | None:
    """The place of a name "State of X" where X is a US state's full name or a
    country's ("State of Virginia" is Virginia), or None."""
    if not name.startswith("State of "):
        return None
    place = name.removeprefix("State of ")
    if place.lower() in _us_state_names() or _country_name(place):
        return place
    return None


@cache
def _countries() -> frozenset[str]:
    """Country names, casefolded: known places' countries, ISO 3166-1 and aliases."""
    names = {c.name.casefold() for c in pycountry.countries}
    names.update(getattr(c, "common_name", "").casefold() for c in pycountry.countries)
    return frozenset(names | COUNTRIES | set(PLACE_ALIASES))


def _country_name(name: str) -> bool:
    return name.casefold() in _countries() or name_key(name) in place_aliases()


def _known_place(name: str) -> bool:
    """A country or a place the lexicon knows ("Britain", "UK"), for `actor_spans`."""
    return name.casefold() in KNOWN_PLACES or _country_name(name)


def _country_initials(name: str) -> bool:
    """Whether a name that spells a pronoun is a country's initials: "US" is the United
    States, never "us" (the model tags it a place; the pronoun is written in lower case)."""
    return name.isupper() and name_key(name) in place_aliases()


@cache
def us_state_codes() -> frozenset[str]:
    """The two-letter postal codes of the US states and territories (ISO 3166-2,
    from pycountry): "TX", "VT", "DC"."""
    return frozenset(
        sub.code.split("-", 1)[1] for sub in pycountry.subdivisions.get(country_code="US")
    )


@cache
def _us_state_names() -> frozenset[str]:
    """The full names of the US states, lower case (data/us_states.toml): "new york"."""
    return frozenset(word_lists("us_states"))


@cache
def _us_state_forms() -> frozenset[str]:
    """US states as news writes them after a town: full names and AP abbreviations with
    their full stops ("Texas", "Mich.", "N.Y."), lower case (data/us_states.toml). Postal
    codes are left out: "IN", "ME" and "OK" are words too."""
    states = word_lists("us_states")
    forms = {name for name in states}
    forms.update(a for abbreviations in states.values() for a in abbreviations if "." in a)
    return frozenset(forms)


@cache
def _state_abbreviations() -> dict[str, str]:
    """AP abbreviations of the US states with their full stops, lower case, to the
    state's name as shown: "calif." -> "California", "n.y." -> "New York"."""
    return {
        form: state.title()
        for state, forms in word_lists("us_states").items()
        for form in forms
        if "." in form
    }


@cache
def _state_nicknames() -> dict[str, str]:
    """Lower-case nicknames of the US states to the state (data/us_state_nicknames.toml)."""
    return {str(k): str(v) for k, v in data_tables("us_state_nicknames").items()}


def state_nickname(span: Span) -> str | None:
    """The US state a name after "the" is the nickname of ("in the Granite State" ->
    "New Hampshire"), or None. Without "the" the words may name a team or a title:
    "Golden State beat the Lakers", the film "Garden State"."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ != "the":
        return None
    return _state_nicknames().get(" ".join(span.text.casefold().split()))


def state_of_abbreviation(name: str) -> str | None:
    """The US state a name abbreviates as AP style does, full stop written ("Calif.",
    "Va.", "N.Y."): an editor shows the state's name. Without its full stop the word is
    left alone: "VA" is also Veterans Affairs, "Miss" an honorific, "LA" Los Angeles."""
    if not name.endswith("."):
        return None
    return _state_abbreviations().get(name.casefold())


def _body_or_place_shaped(name: str) -> bool:
    """A name opening with a place ("Manchester United") or an acronym ("BBC Sport")."""
    first = name.split()[0] if name.split() else ""
    lowered = first.casefold()
    return (first.isupper() and len(first) > 1) or (
        first not in GIVEN_NAMES and (lowered in KNOWN_PLACES or lowered in gazetteer())
    )


def _place_led(span: Span, label: str, name: str) -> bool:
    """A name the model calls a person or a body, shaped like a club's or a firm's
    (see `_place_led_body`), that does not speak: "Sheffield United", not "Victoria
    Wood said". A title or honorific before it takes the vote back (`_mention_from_span`)."""
    lowered = name.casefold()
    if label not in {"PERSON", "ORG"} or lowered in KNOWN_PLACES or lowered in gazetteer():
        return False
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in {"'s", "\u2019s", "'", "\u2019"}:
        return False  # "American Airlines' Kent Powell": someone of the firm
    words = [w.strip(".,") for w in lowered.split()]
    if any(w in ORG_WORDS for w in words) or words[-1] in PLACE_HEAD_WORDS | EVENT_HEAD_WORDS:
        return False  # the words of the name already say what it is
    return _place_led_body(name) and not _speaks(span)


def _place_led_body(name: str) -> bool:
    """A place's name followed only by common words: "Sheffield United", "Manchester
    City", "Tampa Bay Buccaneers", "Leeds Rhinos". Clubs and firms are named so; a
    person's name is not (a given name opens it, or a surname ends it). The caller
    leaves out names that are places themselves ("New York") and names that speak."""
    words = name.split()
    if len(words) < 2 or words[0] in GIVEN_NAMES or not words[0][:1].isupper():
        return False
    if words[0].casefold() in SURNAME_PARTICLES:
        return False  # "Van Gogh", "De Klerk": a surname's particle, not the Turkish Van
    if words[0].casefold() not in KNOWN_PLACES and words[0].casefold() not in gazetteer():
        return False
    return all(
        word not in GIVEN_NAMES and word[:1].isupper() and _common_word(word.casefold())
        for word in words[1:]
    )
