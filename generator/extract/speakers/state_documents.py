"""A state's document named by its capital or its people's adjective: "a Baghdad war
communique said" (Iraq's), "an Iraqi military communique", "a Chadian government
statement". The state speaks, under the article's own actor for it, as when the article
writes "Iraq said"; the mention keeps its words.
"""

from __future__ import annotations

from generator.extract.nationalities import ADJECTIVE_COUNTRIES
from generator.extract.speakers.context import _Context
from generator.extract.speakers.lexicon import DETERMINERS
from generator.extract.speakers.name_text import _words
from generator.extract.words import data_tables, word_lists, word_set
from generator.model import Actor, name_key

_WORDS = word_lists("speaker_words")
STATE_DOCUMENT_NOUNS = _WORDS["state_document_nouns"]
STATE_DOCUMENT_MODIFIERS = _WORDS["state_document_modifiers"]

# capital (words joined by "_") -> its country's name key (data/capitals.toml)
CAPITAL_COUNTRIES = {
    capital: name_key(country)
    for country, capitals in data_tables("capitals").items()
    for capital in word_set(capitals)
}


def _states_document(mention: str) -> bool:
    """Whether the mention names a state's document by its capital or its people's
    adjective ("a Baghdad war communique"), whose state, a place, may speak for it."""
    core = [w for w in _words(mention) if w not in DETERMINERS]
    return (
        len(core) >= 3 and core[-1] in STATE_DOCUMENT_NOUNS and core[-2] in STATE_DOCUMENT_MODIFIERS
    )


def _state_document(ctx: _Context, words: list[str]) -> Actor | None:
    """The state whose document the mention names: a determiner, the state's capital or
    its people's adjective, a word of state (STATE_DOCUMENT_MODIFIERS), and a noun of a
    state's document (STATE_DOCUMENT_NOUNS), nothing else: "a Baghdad war communique".
    Only a state the article names as an actor of its own ("Iraq said ..."); none else."""
    core = [w for w in words if w not in DETERMINERS]
    if len(core) < 3 or len(core) == len(words) or core[-1] not in STATE_DOCUMENT_NOUNS:
        return None
    if core[-2] not in STATE_DOCUMENT_MODIFIERS:
        return None
    place = "_".join(core[:-2])
    key = CAPITAL_COUNTRIES.get(place)
    states = [
        a for a in ctx.actors if a.type in {"place", "organization"} and _is_state(a, key, place)
    ]
    return states[0] if len(states) == 1 else None


def _is_state(actor: Actor, capital_of: str | None, word: str) -> bool:
    """Whether the actor is the country `capital_of` names, or whose people's adjective
    is `word` ("iraqi" of Iraq, "american" of the United States: the one nationality
    lexicon, data/nationalities.toml)."""
    names = {name_key(n) for n in [actor.name, *actor.aliases]}
    if capital_of is not None:
        return capital_of in names
    return not names.isdisjoint(ADJECTIVE_COUNTRIES.get(word, ()))
