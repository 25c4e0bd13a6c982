"""Dictionary words and common words (spaCy lookups): a name made of common words is
weak evidence of a name.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

from spacy.lookups import Lookups
from spacy.tokens import Span, Token
from spacy.util import get_installed_models

from generator.extract.actors.lexicon import REPORTING_LEMMAS


@cache
def _lemmatizer_lookups() -> Lookups | None:
    """The lookups of the first installed English pipeline's lemmatizer that holds a
    lemma index, or None."""
    for candidate in sorted(get_installed_models()):
        if not candidate.startswith("en_core_web"):
            continue
        try:
            spec = importlib.util.find_spec(candidate)
        except (ImportError, ValueError):
            continue
        for location in (spec.submodule_search_locations or []) if spec else []:
            for path in sorted(Path(location).glob("*/lemmatizer/lookups/lookups.bin")):
                lookups = Lookups().from_disk(path.parent)
                if lookups.has_table("lemma_index"):
                    return lookups
    return None


@cache
def dictionary_words() -> dict[str, frozenset[str]]:
    """The English words of the model's lemmatizer index by part of speech ("noun",
    "verb", "adj", "adv": WordNet's lemmas, "iron", "maiden", "age", "concern").

    A full name made only of such words and opening with a word that is more than a
    noun ("Iron Maiden", "Age Concern", "Kill Bill") is a band, a title or a body
    unless the text shows a person. WordNet lists famous people as nouns ("Saddam",
    "Hussein", "Powell"), hence the first word's test. Read from the installed
    English pipelines' files (the same WordNet lists in every `en_core_web_*` model);
    empty (the check never fires) if none has them.
    """
    lookups = _lemmatizer_lookups()
    if lookups is None:
        return {}
    index = lookups.get_table("lemma_index")
    return {pos: frozenset(index.get(pos, [])) for pos in ("noun", "verb", "adj", "adv")}


@cache
def irregular_verb_forms() -> frozenset[str]:
    """The irregular inflected forms of English verbs the lemmatizer lists ("got",
    "said", "sent", "told"); empty if no pipeline has them."""
    lookups = _lemmatizer_lookups()
    if lookups is None or not lookups.has_table("lemma_exc"):
        return frozenset()
    return frozenset(lookups.get_table("lemma_exc").get("verb", {}))


# Lower-case particles inside surnames: "Walter van der Vijver", "Luiz da Silva".
SURNAME_PARTICLES = frozenset(
    {"van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "dos", "das", "le"}
)


@cache
def _common_words() -> frozenset[str]:
    """Every English word of the lemmatizer's index (lower case): see `dictionary_words`."""
    index = dictionary_words()
    return frozenset().union(*index.values()) if index else frozenset()


def reports(token: Token) -> bool:
    """Whether a word is the subject of a reporting verb ("X said", "said X", "X told"):
    the one test of a name that speaks, read by `_speaks` and by the rules that find
    speakers the model did not tag (`cued_speakers`, `entity_parts`)."""
    return token.dep_ in {"nsubj", "nsubjpass"} and token.head.lemma_ in REPORTING_LEMMAS


def _speaks(span: Span) -> bool:
    """Whether the name acts as someone who speaks: "X said", "X, who ...", "X told"."""
    root = span.root
    # Walk on only through the rest of a name the model cut ("Tony" of "Tony Blair"):
    # a name modifying a noun or another entity ("Manchester United manager Sir Alex
    # Ferguson said", "Labour spokesman said") is not the one who speaks.
    while (
        root.dep_ in {"compound", "flat"}
        and root.head.i != root.i
        and root.head.pos_ == "PROPN"
        and root.head.ent_type_ == ""
    ):
        root = root.head
    if reports(root):
        return True
    doc = span.doc
    after = span.end + (1 if span.end < len(doc) and doc[span.end].text == "," else 0)
    return after < len(doc) and doc[after].lower_ == "who"


def _common_word(word: str) -> bool:
    """An English word of the lemmatizer's index, singular or plural ("buccaneers")."""
    return _dictionary_word(word) or (word.endswith("s") and _dictionary_word(word[:-1]))


def _dictionary_word(word: str) -> bool:
    """Whether `word` (lower case) is an English word of the lemmatizer's index."""
    return word in _common_words()
