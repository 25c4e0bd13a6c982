"""Names that are common words, not actors (issue 11: junk actors).

A junk actor costs an editor a heading, an actor page and a search filter to delete.
The model tags capitalised words as names, and some capitals say nothing about a name:

- the first word of a sentence, which the article writes in lower case elsewhere:
  "Cinemas will be given the film" beside "digital cinemas", "Railway workers" beside
  "the railway" (`sentence_capitals_only`). The same word in mid-sentence capitals
  ("the Cinemas' owner") is a name's, and stays;
- the plural of an initialism: "the MPs said", "NGOs", "CEOs": a common noun for many
  people or things, never one actor (`plural_initialism`);
- a noun for a person of a nation: "the Frenchman has endured", "Englishmen"
  (`nationality_noun`; the nouns of `nationalities.NAME_PREFIX_NOUNS`, which are never
  an adjective, a given name or a name's first word);
- an initialism of a kind of thing, a tax or a measure: "including VAT", "GDP", "an ISP"
  (`thing_initialism`; the words are data: `data/actor_spans.toml`, `thing_acronyms`);
- a doctrine or a practice: "campaigns against Communism", "Thatcherism": an English
  noun in "-ism" (`doctrine_word`).

Each test reads the name and the words of the article only; the editors' registry
overrides them all.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from generator.extract.actors.groups import _longest_name
from generator.extract.actors.mention import _Group
from generator.extract.actors.places import KNOWN_PLACES, gazetteer
from generator.extract.actors.vocabulary import dictionary_words
from generator.extract.nationalities import NAME_PREFIX_NOUNS
from generator.extract.words import word_lists

#: Initialisms of kinds of things, taxes and measures ("VAT", "GDP"), never a body's.
THING_ACRONYMS = word_lists("actor_spans")["thing_acronyms"]

# "MPs", "NGOs", "I.P.O.s": capitals (dotted or not), then a lower-case plural "s".
PLURAL_INITIALISM = re.compile(r"(?:[A-Z]\.?){2,}s")

# What may stand between a sentence's end and its first word: quotes and brackets.
OPENERS = frozenset({'"', "'", "\u201c", "\u2018", "(", "[", "-", "\u2013", "\u2014"})

SENTENCE_ENDS = frozenset({".", "!", "?", ":", ";"})


def plural_initialism(name: str) -> bool:
    """ "MPs", "NGOs": the plural of an initialism, a common noun for many."""
    return PLURAL_INITIALISM.fullmatch(name) is not None


def nationality_noun(name: str) -> bool:
    """ "Frenchman", "Englishmen": a noun for a person of a nation, or its plural in
    "-men"/"-women" (other plurals may name a national side: "the Kiwis")."""
    lowered = name.casefold()
    if lowered in NAME_PREFIX_NOUNS:
        return True
    return lowered.endswith("men") and lowered[:-3] + "man" in NAME_PREFIX_NOUNS


def thing_initialism(name: str) -> bool:
    """ "VAT", "GDP", "ISP": the initialism of a kind of thing (`THING_ACRONYMS`)."""
    return name.replace(".", "").casefold() in THING_ACRONYMS


def doctrine_word(name: str) -> bool:
    """ "Communism", "Marxism": one word in "-ism" that is an English noun (WordNet's,
    `vocabulary.dictionary_words`): a doctrine or a practice, never a body."""
    lowered = name.casefold()
    return lowered.endswith("ism") and lowered in dictionary_words().get("noun", frozenset())


def mark_sentence_capitals(doc: Doc, groups: list[_Group]) -> None:
    """Flags the groups of one word that the article writes in lower case elsewhere
    (`_Group.lower_used`) and capitalised only where a sentence opens: there the
    capital is the sentence's, and nothing says a name ("Cinemas will be given the
    film" beside "digital cinemas"). One capital in mid-sentence, in the group or out
    of it, is a name's ("a U.S. Customs spokesman said. Customs can do a good job")."""
    candidates = {
        _longest_name(g): g for g in groups if g.lower_used and " " not in _longest_name(g)
    }
    if not candidates:
        return
    found: dict[str, bool] = {}
    for token in doc:
        if token.text in candidates and found.get(token.text, True):
            found[token.text] = _opens_sentence(doc, token.idx)
    for name, group in candidates.items():
        group.sentence_capitals = found.get(name, False) and all(
            _opens_sentence(doc, m.start) for m in group.mentions
        )


def _opens_sentence(doc: Doc, start: int) -> bool:
    """Whether the word at character `start` opens a sentence or a paragraph: only
    quotes or brackets between it and a sentence's end, a blank line or the text's
    start. A single line break is no sentence's end: wire copy is hard-wrapped."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    i = span.start - 1
    while i >= 0 and (doc[i].is_space or doc[i].text in OPENERS):
        if doc[i].is_space and doc[i].text.count("\n") + doc[i].whitespace_.count("\n") >= 2:
            return True
        i -= 1
    return i < 0 or doc[i].text in SENTENCE_ENDS


def not_an_actor(group: _Group, kind: str, name: str) -> bool:
    """Whether the group's name is a common word, not an actor's (the tests above). A
    registry entry, an honorific or a role the text gives keeps it."""
    if group.entry is not None or group.honorific:
        return False
    if any(m.roles or m.honorific for m in group.mentions):
        return False
    if plural_initialism(name) or thing_initialism(name) or doctrine_word(name):
        return True
    if nationality_noun(name) or place_pair(name):
        return True
    # "Turkey is ..." beside "roast turkey", "Reading beat ..." beside "reading": a
    # known place keeps its name wherever the capital stands
    return group.sentence_capitals and kind != "person" and not _known_place_name(name)


def place_pair(name: str) -> bool:
    """Two places joined by a hyphen ("U.S.-Japan economic issues", "U.S.-Soviet talks"):
    a compound modifier of what passes between them, never one actor."""
    parts = name.split("-")
    return len(parts) == 2 and all(_known_place_name(p) or p in {"U.S.", "U.K."} for p in parts)


def _known_place_name(name: str) -> bool:
    """A place of the gazetteer or the known places ("Turkey", "Reading", "Nice")."""
    lowered = name.casefold()
    return lowered in KNOWN_PLACES or lowered in gazetteer()
