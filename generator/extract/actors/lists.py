"""Clubs listed together are clubs: "The favourites are Chelsea and Barcelona, and Real
Madrid ...", "Barcelona, Bayern Munich, Porto, Real Madrid, Werder Bremen". A sports
report lists sides with sides; the model labels the members of one list differently
(a club named after its town a place, beside clubs it calls bodies), and nothing else
in the article may say otherwise.

A list is a run of three or more mentions in one sentence with only commas, "and" or
"&" between them (`_lists`), not after a preposition of places ("games in Wigan,
Leeds and Hull"). In a sports report (`clubs.match_report`, or two match scores such
as "3-0"), a list whose members are all typed bodies or places (or left out), none a
country or a US state (national sides are written as their countries and keep their
type), and one of them a club by its type or by a name no place is known by ("AC
Milan", "Real Madrid"), is a list of clubs: each of its members typed a place is a
club. Its mention there counts as a club's use of the town's name, so that a town the
article also writes as the town ("in Barcelona") takes the type most of its mentions
show (`groups.club_majority`); a member never written as a town is a club
(`_Group.listed`). A list with a person in it is left alone (a team sheet's players,
"Chelsea, Jose Mourinho and Roman Abramovich"), and so are music and film lists: they
mix bands with singers and films with people.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from generator.extract.actors.clubs import match_report
from generator.extract.actors.groups import _group_type, _longest_name
from generator.extract.actors.lexicon import PLACE_CUE_WORDS
from generator.extract.actors.mention import _Group, _Mention
from generator.extract.actors.places import (
    KNOWN_PLACES,
    _country_name,
    _us_state_names,
    gazetteer,
    place_aliases,
)
from generator.model import name_key

# What may stand between two members of a list: a comma, "and", "&", or both, and an
# article before the next name ("Arsenal, Chelsea and the Saints").
_BETWEEN = re.compile(r"\s*(?:,\s*(?:and\s+|&\s+)?|and\s+|&\s+)(?:the\s+)?", re.IGNORECASE)

# A match's score or a set's, as a sports report writes it: "3-0", "5-1", "6-4".
_SCORE = re.compile(r"\b\d{1,2}-\d{1,2}\b")

# Prepositions before a list of towns or grounds, not of clubs: the lexicon's place cues
# ("in", "near") with "at" and "from" ("went down 3-0 to Porto" names a side).
PLACE_PREPOSITIONS = PLACE_CUE_WORDS | {"at", "from", "between"}

# Members a list needs: two can be any pair ("Smith and Wesson"), three are a list.
MIN_MEMBERS = 3

# Scores that make an article a sports report where its words alone do not
# ("Champions League", "knockout stages", "went down 3-0 to Fenerbahce").
MIN_SCORES = 2


def type_club_lists(doc: Doc, groups: list[_Group]) -> None:
    """Type the members of each list of clubs in a sports report as clubs."""
    if not _sports_report(doc):
        return
    owner = {id(m): g for g in groups for m in g.mentions}
    for run in _lists(doc, [m for g in groups for m in g.mentions]):
        members: list[_Group] = []
        for mention in run:
            group = owner[id(mention)]
            if all(group is not g for g in members):
                members.append(group)
        if (
            len(members) >= MIN_MEMBERS
            and not _after_place_word(doc, run[0])
            and _clubs_listed(members)
        ):
            _type_clubs(run, owner)


def _sports_report(doc: Doc) -> bool:
    """A football or rugby report by its words (`clubs.match_report`), or any report
    with two match scores or more."""
    return match_report(doc) or len(_SCORE.findall(doc.text)) >= MIN_SCORES


def _after_place_word(doc: Doc, mention: _Mention) -> bool:
    """The list follows a preposition of places: "games in Wigan, Leeds and Hull",
    "at Bath, Gloucester and Sale" are towns and grounds."""
    words = doc.text[: mention.start].split()
    return bool(words) and words[-1].casefold() in PLACE_PREPOSITIONS


def _lists(doc: Doc, mentions: list[_Mention]) -> list[list[_Mention]]:
    """Runs of `MIN_MEMBERS` mentions or more in one sentence with only list
    punctuation between them."""
    runs: list[list[_Mention]] = []
    run: list[_Mention] = []
    for mention in sorted(mentions, key=lambda m: m.start):
        if run and _joined(doc, run[-1], mention):
            run.append(mention)
            continue
        if len(run) >= MIN_MEMBERS:
            runs.append(run)
        run = [mention]
    if len(run) >= MIN_MEMBERS:
        runs.append(run)
    return runs


def _joined(doc: Doc, left: _Mention, right: _Mention) -> bool:
    """`right` follows `left` in the same sentence with only a list's joint between."""
    if right.start <= left.end:
        return False
    between = doc.text[left.end : right.start]
    if "\n" in between or not _BETWEEN.fullmatch(between):
        return False
    first = doc.char_span(left.start, left.end, alignment_mode="expand")
    second = doc.char_span(right.start, right.end, alignment_mode="expand")
    return first is not None and second is not None and first.sent == second.sent


def _clubs_listed(members: list[_Group]) -> bool:
    """A list of clubs and towns: a member a club by its type or its name, every member
    typed a body or a place, or no actor at all (a team sheet's players and a list of
    people are no list of clubs), none a country or a US state."""
    kinds = [_group_type(g) for g in members]
    return (
        any(_club(g) for g in members)
        and all(k in {"organization", "place", None} for k in kinds)
        and not any(_national(g) for g in members)
    )


def _club(group: _Group) -> bool:
    """Typed a body, or typed a place by a name of words no place is known by ("AC
    Milan", "Real Madrid", "Bayer Leverkusen": a town's name with a club's word)."""
    kind = _group_type(group)
    if kind == "organization":
        return True
    name = _longest_name(group)
    lowered = name.casefold()
    return (
        kind == "place"
        and len(name.split()) >= 2
        and lowered not in KNOWN_PLACES
        and lowered not in gazetteer()
        and name_key(name) not in place_aliases()
    )


def _national(group: _Group) -> bool:
    """A country or a US state: a national side is written as its country."""
    name = _longest_name(group)
    return _country_name(name) or name.casefold() in _us_state_names()


def _type_clubs(run: list[_Mention], owner: dict[int, _Group]) -> None:
    """Each member of a list of clubs is a club: its mention in the list is a club's use
    of the town's name, weighed against the town's uses ("in Barcelona") by
    `groups.club_majority`; a member the article never writes as a town is a club."""
    for mention in run:
        group = owner[id(mention)]
        if group.entry is not None or _group_type(group) != "place":
            continue
        if any(m.club is False for m in group.mentions):
            mention.club = True
        else:
            group.listed = "organization"
