"""A surname the archive names several people by, joined to the one its role points to.

The archive joins a bare surname ("Obama", an article's "President Obama" throughout)
to the one full name of the archive that ends in it (`archive._surname_map`). A famous
person's relatives are named in full too ("Michelle Obama", "Nancy Davis Reagan"), so
that rule leaves the surname of the most quoted people bare on their briefings: 131 of
the 175 bare surnames of people with several full names in the PolNeAR and BBC
archives were "Obama". Here the roles the articles give decide instead:

- a bare surname's role agrees with a full name's role when one of the articles writes
  the same role for both ("President"; "former" and "then" aside);
- every bare mention with a role that agrees with any full name's must agree with one
  and the same person's: a bare "Obama" with "first lady" beside another with
  "President" stands for two people, and the surname stays bare;
- that person is named in full in DOMINANCE times as many briefings as all the other
  full names ending in the surname together, and in MIN_BRIEFINGS at least: roles are
  extracted with noise (one briefing gives "Michelle Obama" the role "President" of
  "President Barack Obama and Michelle Obama"), and a namesake of comparable standing
  ("Clinton": Hillary 569 briefings, Bill 95) is never guessed at.

A surname the editors' registry names a person by is left to the registry's rule.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from generator.model import name_key

# The person a surname goes to is named in full in at least this many times as many
# briefings as every other full name ending in it together ("Barack Obama" 136,
# the other Obamas 12), and in MIN_BRIEFINGS at least.
DOMINANCE = 5
MIN_BRIEFINGS = 3

# Words before a role that do not change which office it is.
_TIME_WORDS = ("former ", "then ", "ex ")

# One briefing's person actors: (name, roles) pairs.
People = Iterable[tuple[str, list[str]]]


def role_key(role: str) -> str:
    """A role as compared across briefings: "Former President" and "president" agree."""
    key = name_key(role)
    for word in _TIME_WORDS:
        if key.startswith(word):
            key = key[len(word) :]
    return key


def role_surname_map(
    briefings: Iterable[People], middles: dict[str, str], taken: Iterable[str]
) -> dict[str, str]:
    """Surname -> the full name its roles point to, for surnames of several full names.

    `briefings`: the person actors of each briefing; `middles`: name key -> page name
    of the forms one person goes by (`archive._middle_initial_map`); `taken`: surnames
    another rule decides (joined already, or a registry person's)."""
    spelled: dict[str, str] = {}
    named_in: dict[str, Counter[str]] = defaultdict(Counter)  # surname -> full name -> briefings
    roles_of: dict[str, set[str]] = defaultdict(set)  # full name -> its role keys
    bare_roles: dict[str, list[set[str]]] = defaultdict(list)  # surname -> each bare actor's roles
    for people in briefings:
        for name, roles in people:
            words = name.split()
            keys = {role_key(role) for role in roles} - {""}
            if len(words) == 1:
                if keys:
                    bare_roles[name].append(keys)
                continue
            full = spelled.setdefault(name_key(name), middles.get(name_key(name), name))
            named_in[words[-1]][full] += 1
            roles_of[full] |= keys
    skip = set(taken)
    found: dict[str, str] = {}
    for surname, mentions in bare_roles.items():
        candidates = named_in.get(surname)
        if surname in skip or candidates is None or len(candidates) < 2:
            continue
        target = _role_target(mentions, candidates, roles_of)
        if target is not None:
            found[surname] = target
    return found


def _role_target(
    bare: list[set[str]], candidates: Counter[str], roles_of: dict[str, set[str]]
) -> str | None:
    """The one full name every bare mention's role agrees with, if it dominates."""
    agreeing: set[str] | None = None
    for keys in bare:
        agree = {name for name in candidates if keys & roles_of[name]}
        if agree:
            agreeing = agree if agreeing is None else agreeing & agree
    if not agreeing:
        return None
    target = max(agreeing, key=lambda name: (candidates[name], name))
    others = sum(count for name, count in candidates.items() if name != target)
    if candidates[target] < MIN_BRIEFINGS or candidates[target] < DOMINANCE * others:
        return None
    return target
