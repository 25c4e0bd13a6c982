"""Nationalities, one lexicon (data/nationalities.toml): the nouns for a person of a
nation ("the Dutchman", "the Scot", "the ex-Wallaby"), the adjectives and nouns that
state one of someone ("Dutch striker Ruud van Nistelrooy"), and the countries
("Scotland's Colin Montgomerie").

Every stage reads them from here, so that a word added to the data file reaches each
use: the speakers (a description by nationality, speakers/facts.py, descriptions.py,
chains.py), the actors (a noun swept into the name after it, actors/span_mention.py,
type_votes.py) and the bodies' names (body_names.py).
"""

from __future__ import annotations

from generator.extract.words import data_tables, word_set

_TABLES = data_tables("nationalities")

#: Nationality noun -> the adjectives and nouns that say it of a person, itself among
#: them ("dutchman" -> "dutch", "dutchman").
PEOPLE: dict[str, frozenset[str]] = {
    noun: word_set(words) | {noun} for noun, words in _TABLES["people"].items()
}

#: Nationality noun -> its countries, several words joined by a space ("new zealand").
COUNTRIES: dict[str, frozenset[str]] = {
    noun: frozenset(w.replace("_", " ") for w in word_set(words))
    for noun, words in _TABLES["countries"].items()
}

#: "the Scot", "the American": the nouns for a person of a nation, said of one person
#: the article names (the keys of [people]).
DEMONYM_NOUNS: frozenset[str] = frozenset(PEOPLE)

#: Every adjective or noun that states a nationality of a person ("dutch", "frenchman");
#: no country's name.
NATIONALITY_WORDS: frozenset[str] = frozenset().union(*PEOPLE.values())

#: The words of the adjectives of [people], each word of a several-word one apart
#: ("dutch"; "south", "african"; "new", "zealand"), and the nouns written there as
#: their own adjective ("serb", "croat", "wallaby"): what may stand before a noun for a
#: person and say only of what nation he is ("the South African archbishop").
NATIONALITY_MODIFIERS: frozenset[str] = frozenset(
    part for words in _TABLES["people"].values() for w in word_set(words) for part in w.split("_")
)

#: Every country's name of [countries], lower case ("netherlands", "new zealand").
COUNTRY_WORDS: frozenset[str] = frozenset().union(*COUNTRIES.values())

#: A people's adjective or noun ("iraqi", "chadian", "south_african") -> the countries of
#: the nations it says, written as `COUNTRIES` ("iraq"): "an Iraqi military communique"
#: is Iraq's (speakers/state_documents.py).
ADJECTIVE_COUNTRIES: dict[str, frozenset[str]] = {
    word: frozenset().union(*(COUNTRIES[noun] for noun, words in PEOPLE.items() if word in words))
    for word in NATIONALITY_WORDS
}

#: The nationality nouns that the model sweeps into a name after them, and that are
#: never part of one ("Frenchman Arnaud Clement"): a sign the name is a person's.
NAME_PREFIX_NOUNS: frozenset[str] = word_set(_TABLES["before_names"])

#: Nouns for someone of the same nation as another ("compatriot Tim Henman"): no
#: nationality of their own, but swept into names like `NAME_PREFIX_NOUNS`.
COMPATRIOT_NOUNS: frozenset[str] = word_set(_TABLES["compatriot_nouns"])

if not NAME_PREFIX_NOUNS <= DEMONYM_NOUNS or set(PEOPLE) != set(COUNTRIES):
    raise ValueError("data/nationalities.toml: every noun needs [people] and [countries]")
