"""Demonyms ("Russian", "Kenyans"): the people of a place, not the place itself; and names
used in lower case, which are words rather than names.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cache

import numpy as np
from spacy.attrs import IS_LOWER, LEMMA, LOWER
from spacy.tokens import Doc

from generator.extract.actor_spans import PLACE_KIND_FIRM_NOUNS
from generator.extract.actors.groups import _group_type, _longest_name
from generator.extract.actors.lexicon import ORG_WORDS
from generator.extract.actors.mention import _Group
from generator.extract.actors.places import KNOWN_PLACES
from generator.extract.actors.speaking_bodies import speaks_as_tagged_body
from generator.extract.actors.type_cues import COMPASS_ADJECTIVES
from generator.extract.nationalities import NATIONALITY_WORDS
from generator.extract.words import word_set

DEMONYM_ENDINGS = ("i", "is", "an", "ans", "ian", "ians", "ese", "ish", "n", "ns")


KNOWN_PLACES_FOLDED = frozenset(name.casefold() for name in KNOWN_PLACES)


def _mark_demonyms(groups: list[_Group]) -> None:
    """Flags one-word names formed from a place the article names, or a known place."""
    places = set(KNOWN_PLACES_FOLDED)
    places.update(
        _longest_name(g).casefold()
        for g in groups
        if _group_type(g) == "place" and len(_longest_name(g).split()) == 1
    )
    places.update(
        _longest_name(g).casefold()
        for g in groups
        if _group_type(g) == "place" and len(_longest_name(g).split()) > 1
    )
    by_first: dict[str, set[str]] = defaultdict(set)  # "south" -> {"south africa", ...}
    for place in places:
        if " " in place:
            by_first[place.split()[0]].add(place)
    known = _known_place_stems()  # the gazetteer's, built once; then the article's own
    stems = (known, _demonym_stems(places - KNOWN_PLACES_FOLDED))
    for group in groups:
        name = _longest_name(group)
        if name.casefold() in KNOWN_PLACES:
            continue
        if len(name.split()) == 1:
            group.demonym = _has_demonym_stem(name, stems, besides=name.casefold())
        else:
            group.demonym = _people_of_place(name, stems, by_first)


def _people_of_place(name: str, stems: StemTables, by_first: dict[str, set[str]]) -> bool:
    """A name of several words for a place's people: "the South Africans" of "South
    Africa", "a beautiful Eastern European city" (compass words and "European").
    `by_first` holds the places of several words by their first word: only those
    opening with the name's first word can make it."""
    words = name.split()
    if any(w[:1].islower() for w in words):
        return False
    alike = by_first.get(words[0].casefold(), set()) - {name.casefold()}
    if alike and _demonym_of(name, alike):
        return True
    *before, last = words
    return all(w.casefold() in COMPASS_ADJECTIVES for w in before) and _has_demonym_stem(
        last, stems
    )


def _mark_lower_used(doc: Doc, groups: list[_Group]) -> None:
    """Flags one-word names that the article also writes as a common word, in lower
    case or as its singular: "Director of the Hotel" beside "the hotel", "bad Bills"
    beside "the bill"."""
    lower = _lower_case_words(doc)
    for group in groups:
        name = _longest_name(group)
        if " " in name or not name.istitle():
            continue
        word = name.casefold()
        group.lower_used = word in lower or (word.endswith("s") and word[:-1] in lower)
    for group in groups:
        group.recased = _recased(_longest_name(group), lower)


def _lower_case_words(doc: Doc) -> set[str]:
    """The lower-case forms and lemmas of the Doc's words written in lower case
    (`{t.lower_ for t in doc if t.is_lower} | {t.lemma_ for t in doc if t.is_lower}`),
    read from the Doc's arrays: once per distinct word, not once per token."""
    if not len(doc):
        return set()
    values = doc.to_array([IS_LOWER, LOWER, LEMMA])
    chosen = values[values[:, 0] != 0]
    strings = doc.vocab.strings
    return {strings[value] for value in np.unique(chosen[:, 1:]).tolist()}


DOTTED_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,}")


def _recased(name: str, lower: set[str]) -> bool:
    """ "U.S. Dollar", "U.S. Pressure", "U.S. Officials" beside "the dollar", "pressure",
    "officials": wire copy capitalises the word after an abbreviation as if a sentence
    began there. A dotted abbreviation followed only by words the article writes in
    lower case elsewhere is that, not a name; a body's word at the end keeps it one
    ("U.S. Agriculture Department", "U.S. Navy")."""
    words = name.split()
    if len(words) < 2 or not DOTTED_ABBREVIATION.fullmatch(words[0]):
        return False
    rest = [w.casefold() for w in words[1:]]
    if len(rest) == 1 and (
        rest[0] in FIRM_KIND_WORDS or _lower_compound(words[1]) or _verb_form(rest[0])
    ):
        return True  # "U.S. Banks", "U.S. Concern", "U.S. Arms-for-Iran", "U.S. Suggested"
    return rest[-1] not in ORG_WORDS and all(
        w.istitle() and (c in lower or (c.endswith("s") and c[:-1] in lower))
        for w, c in zip(words[1:], rest, strict=True)
    )


# "U.S. Bank", "U.S. Firms": a word for a kind of firm (data/company_words.toml), alone
# after an abbreviation, is the wire's capital on a common noun, singular or plural.
FIRM_KIND_WORDS = frozenset(
    {word for noun in PLACE_KIND_FIRM_NOUNS for word in (noun, noun + "s")} | {"companies"}
)


def _verb_form(word: str) -> bool:
    """A past or a present participle's ending ("suggested", "rising"): the wire's
    capital on the verb after "U.S.", no name."""
    return len(word) > 5 and word.isalpha() and word.endswith(("ed", "ing"))


def _lower_compound(word: str) -> bool:
    """A hyphened compound with a part in lower case ("Arms-for-Iran", "Made-in"): a
    modifier the wire capitalised, never a name ("Rolls-Royce", "Coca-Cola")."""
    return any(part.islower() for part in word.split("-")[1:])


def _demonym_of(name: str, places: set[str]) -> bool:
    """ "Kuwaiti" of "Kuwait", "Ukrainian" of "Ukraine", "Kashmiris" of "Kashmir";
    the people of a place in "-ia", a plural of its stem: "Yugoslavs", "Serbs", "Croats"
    (not the stem alone: "Tunis" of "Tunisia" is a city)."""
    lowered = name.casefold()
    for place in places:
        if place.endswith("ia") and len(place) >= 6 and lowered == place[:-2] + "s":
            return True
        for cut in (0, 1, 2):
            stem = place[: len(place) - cut] if cut else place
            if (
                len(stem) >= 4
                and lowered.startswith(stem)
                and lowered[len(stem) :] in DEMONYM_ENDINGS
            ):
                return True
    return False


def _demonym_stems(places: Iterable[str]) -> dict[str, set[str]]:
    """Stem -> the places it is cut from: `_demonym_of`'s stems (a place whole, less its
    last letter, less its last two; four letters or more), for `_has_demonym_stem`."""
    stems: dict[str, set[str]] = defaultdict(set)
    for place in places:
        for cut in (0, 1, 2):
            stem = place[: len(place) - cut] if cut else place
            if len(stem) >= 4:
                stems[stem].add(place)
    return stems


#: Stem indexes (`_demonym_stems`) whose places together are the ones to look at.
StemTables = tuple[dict[str, set[str]], ...]


def _has_demonym_stem(name: str, stems: StemTables, besides: str = "") -> bool:
    """`_demonym_of(name, places - {besides})` for the places of the `stems` tables,
    found by cutting the name at each ending instead of trying every place of the
    article and the gazetteer on every one-word name (each name's cuts are a handful;
    the places are hundreds)."""
    lowered = name.casefold()
    for cut in range(4, len(lowered) + 1):
        if lowered[cut:] in DEMONYM_ENDINGS and any(
            table.get(lowered[:cut], set()) - {besides} for table in stems
        ):
            return True
    # the people of a place in "-ia" ("Yugoslavs" of "Yugoslavia"): the place less its
    # last two letters is one of its stems
    place = lowered[:-1] + "ia"
    return (
        lowered.endswith("s")
        and len(place) >= 6
        and any(place in table.get(lowered[:-1], set()) - {besides} for table in stems)
    )


@cache
def _known_place_stems() -> dict[str, set[str]]:
    """The demonym stems of the gazetteer's places (casefolded), built once."""
    return _demonym_stems(KNOWN_PLACES_FOLDED)


def _is_demonym(group: _Group, kind: str) -> bool:
    """ "Ukrainian" in "Ukrainian troops": a nationality the model sometimes tags as a
    place. One word, used as an adjective or labelled a nationality somewhere in the
    article, and never with a place cue or organisation words of its own."""
    names = {m.name for m in group.mentions}
    if any(len(name.split()) > 1 for name in names) and not group.demonym:
        return False  # "the South Africans" is flagged (`_people_of_place`)
    evidence = group.evidence()
    if evidence.get("place", 0.0) >= 1.5 or evidence.get("organization", 0.0) >= 5.0:
        return False
    if next(iter(names)).casefold() in KNOWN_PLACES:
        return False
    if _speaks_as_body(group):
        return False  # "Verizon said in a statement", tagged a nationality once
    adjectival = sum(m.label == "NORP" or m.modifier for m in group.mentions)
    if adjectival and (
        (kind != "person" and not _body_used_as_modifier(group, kind))
        or 2 * adjectival >= len(group.mentions)
    ):
        return True
    # "Francis" looks like "France" + "is": the spelling alone never unmakes a person
    return group.demonym and kind != "person"


def _speaks_as_body(group: _Group) -> bool:
    """Whether the model tags the name a body where it is the subject of a reporting
    verb ("Verizon said in a statement"), and nothing makes it a people's name: no
    demonym's form, no nationality word, no plural ("the Khans said", "Gibraltarians
    told"). A people speaks through its members, never in a company's statement."""
    name = _longest_name(group)
    return (
        speaks_as_tagged_body(group)
        and not group.demonym
        and name.casefold() not in NATIONALITY_WORDS
        and not name.endswith("s")
    )


#: Words for a people that no place's name forms ("a Latina woman", "Hispanic voters"),
#: read with the demonyms the places give.
PEOPLE_WORDS = word_set("latina latinas latino latinos hispanic hispanics")


def _body_used_as_modifier(group: _Group, kind: str) -> bool:
    """ "every Arsenal player", tagged an adjective once beside "with Arsenal": a body's
    name written before a noun, not a nationality. Only a body's: a place the model
    names so may be a product's ("its Iressa drug"); and never a name shaped like a
    people's word (`demonym`), one the model calls a nationality somewhere, or a word
    for a people."""
    if kind != "organization" or group.demonym:
        return False
    if any(m.label == "NORP" for m in group.mentions):
        return False
    names = {m.name.casefold() for m in group.mentions}
    return not names & (NATIONALITY_WORDS | PEOPLE_WORDS)
