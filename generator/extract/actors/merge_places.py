"""Places merged: a place contained in a longer place name, state-suffixed forms
("Portland, Ore."), compass forms, abbreviations and clipped names.
"""

from __future__ import annotations

from collections import defaultdict

from generator.extract import actor_spans
from generator.extract.actors.country_prefix import without_country_initials
from generator.extract.actors.groups import (
    _fold_into_one_container,
    _group_type,
    _longest_name,
    _merge_into_container,
)
from generator.extract.actors.mention import _Group
from generator.extract.actors.names import _without_company_form
from generator.extract.actors.places import (
    KNOWN_PLACES,
    _country_name,
    gazetteer,
    place_aliases,
    us_state_codes,
)
from generator.extract.actors.vocabulary import _common_word
from generator.model import name_key

ADJECTIVE_ENDINGS = actor_spans.WORDS["adjective_endings"]
WATER_WORDS = actor_spans.WORDS["water_words"]


def _merge_contained_places(groups: list[_Group]) -> list[_Group]:
    """ "Vegas" joins "Las Vegas", "Jerez" joins "Jerez de Frontera", when the article
    names one such longer place. Countries and regions stay apart ("Ireland" is not
    "Northern Ireland", "Sudan" not "South Sudan"), as do names with a role of their
    own in the registry. A name of two words or more that only the model's label calls
    a body joins too ("contest Bethnal Green" after "the constituency of Bethnal Green
    and Bow"): nothing in the text argues for a body."""
    places = [g for g in groups if g.entry is None and _group_type(g) == "place"]
    known = gazetteer() | KNOWN_PLACES
    mergeable = [
        g
        for g in places
        if not _longest_name(g).isupper()  # "LA" is no part of "La Liga"
        and (len(_longest_name(g).split()) >= 2 or _longest_name(g).casefold() not in known)
        # "Britain" (an alias of a country) is no part of "Labour Britain"
        and name_key(_longest_name(g)) not in place_aliases()
    ]
    groups = _merge_into_container(groups, mergeable)
    places = [g for g in places if g in groups]
    groups = _fold_into_one_container(
        groups,
        places,
        _label_only_body,
        lambda inside, outer: len(outer) > len(inside) and inside in outer,
    )
    named = [
        g
        for g in places
        if g in groups  # "Persian Gulf", not "Turkish-Gulf" (relations) nor "Gulf Arab"
        and len(words := _longest_name(g).split()) >= 2
        and words[-1].casefold() in WATER_WORDS
    ]
    return _merge_water_short_forms(groups, named)


def _merge_water_short_forms(groups: list[_Group], places: list[_Group]) -> list[_Group]:
    """ "the Gulf" joins "the Persian Gulf" ("Mideast Gulf", "Arabian Gulf"): a place
    named by a noun of WATER_WORDS alone is the one place of the article whose name ends
    in that noun (the gazetteer knows a town called Gulf, which kept it apart). Not a
    name where the noun leads: in tanker-war copy "the Gulf" is the Persian Gulf beside
    "the Gulf of Oman", and "Gulf Arab" is no water."""
    return _fold_into_one_container(
        groups,
        places,
        lambda group: (
            group.entry is None
            and _group_type(group) == "place"
            and name_key(_longest_name(group)) in WATER_WORDS
        ),
        lambda inside, outer: len(outer) > len(inside) and outer.endswith(inside),
    )


def _label_only_body(group: _Group) -> bool:
    """A name of two words or more that only the model's label calls a body."""
    return (
        group.entry is None
        and len(_longest_name(group).split()) >= 2
        and _group_type(group) == "organization"
        and group.evidence().get("organization", 0.0) <= 0
    )


def _merge_state_suffixed_places(groups: list[_Group]) -> list[_Group]:
    """ "Washington" joins "Washington DC", "Burlington" joins "Burlington VT": a place
    and the same place with a US state's code after it, known places or not
    (`_merge_contained_places` keeps known places apart)."""
    places = [g for g in groups if g.entry is None and _group_type(g) == "place"]
    suffixed: dict[str, _Group] = {}
    for group in places:
        words = _longest_name(group).split()
        if len(words) >= 2 and words[-1].replace(".", "") in us_state_codes():
            suffixed.setdefault(name_key(" ".join(words[:-1])), group)
    if not suffixed:
        return groups
    result: list[_Group] = []
    for group in groups:
        target = suffixed.get(name_key(_longest_name(group))) if group in places else None
        if target is not None and target is not group:
            target.mentions.extend(group.mentions)
        else:
            result.append(group)
    return result


_COMPASS = frozenset({"north", "south", "east", "west"})


def _merge_compass_short_forms(groups: list[_Group]) -> list[_Group]:
    """ "the North" joins the one place named "North ..." ("North Korea"), as news
    writing shortens divided countries; with none or several such places it stays. A
    state or province is no divided country: "the South" of a story that names South
    Carolina is the region."""
    by_word: dict[str, list[_Group]] = defaultdict(list)
    for group in groups:
        words = _longest_name(group).split()
        if (
            len(words) >= 2
            and words[0].casefold() in _COMPASS
            and _group_type(group) == "place"
            and not _subdivision(" ".join(words))
        ):
            by_word[words[0].casefold()].append(group)
    result: list[_Group] = []
    for group in groups:
        name = _longest_name(group)
        targets = by_word.get(name.casefold(), []) if len(name.split()) == 1 else []
        if len(targets) == 1 and group.entry is None and _group_type(group) != "person":
            targets[0].mentions.extend(group.mentions)
        else:
            result.append(group)
    return result


def _subdivision(name: str) -> bool:
    """A country's state, province or region (ISO 3166-2), not a country itself."""
    return name.casefold() in gazetteer() and not _country_name(name)


def _abbreviates(short: str, full: str) -> bool:
    """Whether the word `short` is a written abbreviation of `full`: its first letter,
    then some of its other letters in order ("Man" of "Manchester", "Utd" of "United",
    "Nottm" of "Nottingham")."""
    short, full = short.casefold().rstrip("."), full.casefold()
    if not 2 <= len(short) < len(full) or not short.isalpha() or short[0] != full[0]:
        return False
    letters = iter(full[1:])
    return all(ch in letters for ch in short[1:])


def _merge_abbreviated_names(groups: list[_Group]) -> list[_Group]:
    """A body or place written with abbreviated words joins the one name of as many
    words it abbreviates: "Man City" is "Manchester City", "Man Utd" "Manchester
    United", "Nottm Forest" "Nottingham Forest" (sports pages and team sheets write
    clubs so), "Con Edison" "Consolidated Edison Co" (a firm's legal form left out).
    People keep their own records, and so does a known place ("New York" is not "New
    Yorker")."""
    known = gazetteer() | KNOWN_PLACES
    bodies = [
        g
        for g in groups
        if g.entry is None
        and _group_type(g) in {"organization", "place"}
        and len(_longest_name(g).split()) >= 2
    ]
    targets_of: dict[int, list[_Group]] = {}
    target_of: dict[int, _Group] = {}
    for group in bodies:
        words = _longest_name(group).split()
        if _longest_name(group).casefold() in known:
            continue
        targets = []
        for other in bodies:
            # "Con Edison" of "Consolidated Edison Co": the company form left out
            full = _without_company_form(_longest_name(other)).split()
            if other is group or len(full) != len(words):
                continue
            pairs = list(zip(words, full, strict=True))
            if all(a == b or _abbreviates(a, b) for a, b in pairs) and any(
                a != b for a, b in pairs
            ):
                targets.append(other)
        targets_of[id(group)] = targets
    for group in bodies:
        targets = targets_of.get(id(group), [])
        # "Con Ed" abbreviates "Con Edison" and "Consolidated Edison Co", the first an
        # abbreviation of the second: one body, the fullest name
        ids = {id(t) for t in targets}
        ends = [t for t in targets if not ids & {id(u) for u in targets_of.get(id(t), [])}]
        if len(ends) == 1 and all(t is ends[0] or ends[0] in targets_of[id(t)] for t in targets):
            target_of[id(group)] = ends[0]
    result: list[_Group] = []
    for group in groups:
        target = target_of.get(id(group))
        seen = {id(group)}
        while target is not None and id(target) in target_of and id(target) not in seen:
            seen.add(id(target))  # "Con Ed" -> "Con Edison" -> "Consolidated Edison Co"
            target = target_of[id(target)]
        if target is not None and id(target) not in target_of:
            target.mentions.extend(group.mentions)
        else:
            result.append(group)
    return result


def _own_name(name: str) -> str:
    """A body's name less the country's initials that open it (`without_country_initials`)."""
    return without_country_initials(name) or name


def _merge_clipped_names(groups: list[_Group]) -> list[_Group]:
    """A one-word body name that clips the first word of one longer body's name joins
    it: "the Fed" is the "(U.S.) Federal Reserve Board" the article names. Only when exactly
    one such body is named, never a known place or an acronym, and never the first part
    of a compound ("Mac" of "Macworld Expo")."""
    known = gazetteer() | KNOWN_PLACES
    bodies = [g for g in groups if g.entry is None and _group_type(g) == "organization"]
    # Each body's name, made again only when its mentions change, and the bodies merged
    # away: asked of every pair, they made this cubic in a paste of hundreds of names.
    names = {id(g): _longest_name(g) for g in bodies}
    merged: set[int] = set()
    for group in bodies:
        name = names[id(group)]
        if " " in name or len(name) < 3 or name.isupper() or name.casefold() in known:
            continue
        targets = [
            other
            for other in bodies
            if other is not group
            and id(other) not in merged
            # "the U.S. Federal Reserve Board": the body's own name after its country's
            and len(words := _own_name(names[id(other)]).split()) >= 2
            and len(words[0]) > len(name)
            and words[0].casefold().startswith(name.casefold())
            # "Mac" + "world", "Inter" + "national": a compound, not a clipped word
            and not _common_word(words[0][len(name) :].casefold())
            # "Congress" + "ional": an adjective made of the name, another body
            and words[0][len(name) :].casefold() not in ADJECTIVE_ENDINGS
        ]
        if len(targets) == 1:
            targets[0].mentions.extend(group.mentions)
            names[id(targets[0])] = _longest_name(targets[0])
            merged.add(id(group))
    return [group for group in groups if id(group) not in merged]
