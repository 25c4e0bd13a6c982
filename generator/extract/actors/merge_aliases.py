"""Merges of the names one actor goes by: other names ("also known as"), nicknames,
spouses kept apart, honorific splits, and the registry's aliases.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from generator.extract.actors.groups import _group_sex, _longest_name
from generator.extract.actors.mention import _Group
from generator.extract.actors.names import _key
from generator.model import Registry


def _merge_other_names(groups: list[_Group]) -> list[_Group]:
    """ "Jay-Z, real name Shawn Carter", "Chelsea Manning - then known as Bradley
    Manning": the other name joins the actor it names, whose name stays the one shown."""
    group_of_end = {m.end: g for g in groups for m in g.mentions if m.other_name_of is None}
    result = list(groups)
    for group in groups:
        targets = {
            id(target): target
            for m in group.mentions
            if m.other_name_of is not None
            for end in range(m.other_name_of - 3, m.other_name_of + 1)
            if (target := group_of_end.get(end)) is not None
        }
        if len(targets) != 1 or group.entry is not None:
            continue
        target = next(iter(targets.values()))
        if target is group or target not in result or group not in result:
            continue
        if any(m.other_name_of is None for m in group.mentions) and len(group.mentions) > 1:
            continue  # a name used in its own right too: two actors, or unclear
        target.mentions.extend(group.mentions)
        result.remove(group)
    return result


def _split_by_honorific(group: _Group) -> list[_Group]:
    """ "Mr Howard" and "Mrs Howard" in one article are two people: a group whose
    mentions carry honorifics of both sexes splits in two, each unmarked mention going
    with the nearest marked one before it (the first marked one if none is before).
    Each part keeps its honorific to show with a one-word name ("Mrs Howard"), so that
    the two are told apart on the page when neither joins a full name."""
    marked = [m for m in group.mentions if m.sex is not None]
    if len({m.sex for m in marked}) < 2:
        return [group]
    parts = {"m": _Group(entry=group.entry), "f": _Group()}
    first = min(marked, key=lambda m: m.start)
    for mention in sorted(group.mentions, key=lambda m: m.start):
        before = [m for m in marked if m.start <= mention.start] or [first]
        sex = mention.sex or max(before, key=lambda m: m.start).sex or "m"
        parts[sex].mentions.append(mention)
    for part in parts.values():
        words = Counter(m.honorific for m in part.mentions if m.honorific)
        part.honorific = words.most_common(1)[0][0] if words else None
    return [part for part in parts.values() if part.mentions]


def _merge_spouses(groups: list[_Group]) -> list[_Group]:
    """ "Michael Howard's wife, Sandra" ... "Mrs Howard": the article names the wife
    by her given name and her married surname, so the two are one person, "Sandra
    Howard". Only for a part split off by its honorific (the article itself writes the
    surname after "Mrs"), and one given name said to be that surname's spouse."""
    result = list(groups)
    for group in groups:
        if group.honorific is None or group not in result:
            continue
        surname = _longest_name(group)
        if " " in surname:
            continue
        spouses = [
            g
            for g in result
            if g is not group
            and " " not in _longest_name(g)
            and any(m.kin_of == surname for m in g.mentions)
            and _group_sex(g) in {None, _group_sex(group)}
        ]
        if len(spouses) != 1:
            continue
        given = spouses[0]
        for mention in given.mentions:
            if mention.kin_of == surname:
                mention.name = f"{mention.name} {surname}"
        group.mentions.extend(given.mentions)
        group.honorific = None
        result.remove(given)
    return result


def _merge_nicknames(groups: list[_Group]) -> list[_Group]:
    """A nickname used alone ('Ryu "Keria" Min-seok' ... "a Keria special") joins its
    person. Only a group of bare nickname mentions that the model did not call a place
    ("LA" of 'Antonio "LA" Reid' stays the city where the article names it), and only a
    nickname of one person."""
    owners: dict[str, list[_Group]] = defaultdict(list)
    for group in groups:
        for nickname in {m.nickname_name for m in group.mentions if m.nickname_name}:
            owners[_key(nickname)].append(group)
    if not owners:
        return groups
    kept: list[_Group] = []
    for group in groups:
        names = {_key(m.name) for m in group.mentions}
        owner = owners.get(next(iter(names))) if len(names) == 1 else None
        if (
            owner is not None
            and len(owner) == 1
            and owner[0] is not group
            and not any(m.label in {"GPE", "LOC", "FAC"} for m in group.mentions)
        ):
            owner[0].mentions.extend(group.mentions)
            continue
        kept.append(group)
    return kept


def _merge_registry(groups: list[_Group], registry: Registry) -> list[_Group]:
    """Groups whose names match the same registry entry become one, carrying the entry."""
    by_entry: dict[str, _Group] = {}
    rest: list[_Group] = []
    for group in groups:
        entry = None
        for mention in group.mentions:
            entry = registry.lookup(mention.name) or registry.lookup(f"the {mention.name}")
            if entry is not None:
                break
        if entry is None:
            rest.append(group)
            continue
        target = by_entry.setdefault(entry.name, _Group(entry=entry))
        target.mentions.extend(group.mentions)
    return [*by_entry.values(), *rest]
