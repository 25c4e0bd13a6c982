"""One person under two forms of the given name in one article: "Bill Clinton" and
"William Jefferson Clinton", "Chuck Grassley" and "Charles Grassley".

The forms are those of `data/given_name_forms.toml`, a hand-written table of English
hypocorisms (no form of names of both sexes, none that is a given name of its own).
The two names must share the surname, their middle names must agree
(`merge_people._middles_agree`), and each may pair with no other full name of the
article: "Bill Clinton" beside "William Clinton" and "Willie Clinton" stays apart.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable

from generator.extract.actors.groups import _longest_name
from generator.extract.actors.lexicon import STYLE_TITLES
from generator.extract.actors.mention import _Group
from generator.extract.words import word_lists
from generator.model import name_key


@functools.cache
def _formal_of() -> dict[str, frozenset[str]]:
    """Short form -> the formal names it stands for ("bill" -> {"william"})."""
    found: dict[str, set[str]] = defaultdict(set)
    for formal, shorts in word_lists("given_name_forms").items():
        for short in shorts:
            found[short].add(formal)
    return {short: frozenset(formals) for short, formals in found.items()}


def same_given_name(one: str, other: str) -> bool:
    """Are two different given names forms of one ("Bill", "William"; "Ted", "Edward")?"""
    a, b = name_key(one), name_key(other)
    if a == b:
        return False
    formal = _formal_of()
    return b in formal.get(a, ()) or a in formal.get(b, ())


def _given_and_rest(name: str) -> tuple[str, list[str]] | None:
    """The given name of a full name and the words after it, styles aside."""
    words = name.split()
    while len(words) > 2 and words[0].casefold().rstrip(".") in STYLE_TITLES:
        words = words[1:]
    if len(words) < 2 or words[0].casefold().rstrip(".") in STYLE_TITLES:
        return None
    return words[0], words[1:]


def merge_given_name_forms(
    groups: list[_Group], full: list[_Group], middles_agree: Callable[[str, str], bool]
) -> list[_Group]:
    """Joins two full-name people of one surname whose given names are forms of one.

    `full`: the person groups named in full; `middles_agree(one, other)`: whether two
    names' middle names may be one person's. The group kept is the one of the longer
    name (`_longest_name`: the fullest form the article uses)."""
    by_surname: dict[str, list[tuple[_Group, str]]] = defaultdict(list)
    for group in full:
        if group.entry is not None or group not in groups:
            continue
        parts = _given_and_rest(_longest_name(group))
        if parts is not None:
            by_surname[name_key(parts[1][-1])].append((group, parts[0]))
    drop: set[int] = set()
    for people in by_surname.values():
        pairs = [
            (a, b)
            for i, (a, given_a) in enumerate(people)
            for b, given_b in people[i + 1 :]
            if same_given_name(given_a, given_b)
        ]
        for a, b in pairs:
            if sum(1 for p in pairs if a in p or b in p) != 1:
                continue  # one of them pairs with a third name: unclear
            if not middles_agree(_plain(_longest_name(a)), _plain(_longest_name(b))):
                continue
            keep, other = (a, b) if len(_longest_name(a)) >= len(_longest_name(b)) else (b, a)
            keep.mentions.extend(other.mentions)
            drop.add(id(other))
    return [g for g in groups if id(g) not in drop]


def _plain(name: str) -> str:
    """A full name with one given name for all its forms, so that only the middle
    names are compared: "Bill Clinton" -> "X Clinton"."""
    parts = _given_and_rest(name)
    return name if parts is None else " ".join(["X", *parts[1]])
