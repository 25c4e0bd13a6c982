"""A US state under its nickname is the state (issue 11: duplicate actors).

Campaign copy names a state, then calls it by its nickname: "New Hampshire voters ...
Sanders won the Granite State by 22 points". `type_votes` already types "the Granite
State" a place (data/us_state_nicknames.toml); here it joins the state the article
names, so the briefing lists New Hampshire once. Without "the" the words may name a
team or a title ("Golden State beat the Lakers", the film "Garden State"), and a
nickname of a state the article does not name is left as it is.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from generator.extract.actors.groups import _as_type, _group_type, _longest_name
from generator.extract.actors.mention import _Group
from generator.extract.actors.places import _state_nicknames
from generator.model import name_key

_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def merge_state_nicknames(doc: Doc, groups: list[_Group]) -> list[_Group]:
    """ "the Granite State" joins "New Hampshire", "the Sunshine State" "Florida": a
    group every mention of which is a state's nickname after "the" joins the place
    group of that state's name, when the article names it."""
    states = {
        name_key(_longest_name(g)): g
        for g in groups
        if g.entry is None and _group_type(g) == "place"
    }
    merged: set[int] = set()
    for group in groups:
        state = _nicknamed_state(doc, group)
        target = states.get(name_key(state)) if state else None
        if target is None or target is group:
            continue
        named_at = min(m.end for m in target.mentions)
        for mention in group.mentions:
            _as_type(mention, "place")
            # another name of the state, an alias: "Silver State" is longer than
            # "Nevada", and the state's own name is the one shown
            mention.other_name_of = named_at
        target.mentions.extend(group.mentions)
        merged.add(id(group))
    return [g for g in groups if id(g) not in merged]


def _nicknamed_state(doc: Doc, group: _Group) -> str | None:
    """The state a group's mentions all name by its nickname after "the", or None."""
    if group.entry is not None or not group.mentions:
        return None
    text = doc.text
    states = set()
    for mention in group.mentions:
        if not _THE_BEFORE.search(text[max(0, mention.start - 6) : mention.start]):
            return None
        state = _state_nicknames().get(" ".join(mention.name.casefold().split()))
        if state is None:
            return None
        states.add(state)
    return states.pop() if len(states) == 1 else None
