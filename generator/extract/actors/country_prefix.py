"""Acronyms of a body's name that its written form hides (issue: duplicate actors):
the name opens with its country's initials, or names a department by its field first.

Wire copy writes "the U.S. National Cattlemen's Association" once and "the NCA" after:
the acronym abbreviates the body's own name, not the country written before it, so
the initials of the whole name ("UNCA") never matched and the briefing listed the body
twice. Likewise "the U.S. Agriculture Department" and "USDA", "the Justice Department"
and "DOJ": the acronym is of the department's formal name, "(U.S.) Department of
Agriculture", which news writes the other way round.

Only a country's initials ("U.S.", "UK", "U.K.": the place aliases written in
capitals) are set aside or kept as a prefix, only before a name of two words or more
("US Airways" keeps its first word), and only acronyms of three letters or more are
read ("IP" is no short name of the "UK Independence Party").
"""

from __future__ import annotations

from generator.extract.actors.places import _country_initials

# The fewest letters of an acronym read here.
MIN_LETTERS = 3

DEPARTMENT = "Department"


def without_country_initials(name: str) -> str | None:
    """The name less the country's initials that open it ("National Cattlemen's
    Association" of "U.S. National Cattlemen's Association"), or None when it opens
    with none or too little is left."""
    first, _, rest = name.partition(" ")
    if len(rest.split()) < 2 or not _country_initials(first.replace(".", "")):
        return None
    return rest


def _capital_initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())


def hidden_acronyms(name: str) -> set[str]:
    """Acronyms of `name` that its initials as written do not give: "NCA" of "U.S.
    National Cattlemen's Association", "USDA" of "U.S. Agriculture Department", "DOJ"
    of "Justice Department", "DHS" of "Homeland Security Department"."""
    found: set[str] = set()
    own = without_country_initials(name)
    country = name.split()[0].replace(".", "") if own else ""
    rest = own or name
    if own:
        found.add(_capital_initials(own.split()))
    words = rest.split()
    if len(words) >= 2 and words[-1] == DEPARTMENT and all(w[:1].isupper() for w in words):
        field = _capital_initials(words[:-1])
        found |= {"D" + field, "DO" + field}  # "DHS", "DOJ"
        if country:
            found.add(country + "D" + field)  # "USDA"
    return {a for a in found if len(a) >= MIN_LETTERS}
