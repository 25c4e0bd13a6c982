"""One department under its two names (issue: duplicate actors): "the Labor
Department" and "the Department of Labor", "the U.S. Commerce Department" and "the
Commerce Department".

News names a government department by its field first ("Labor Department") and, in the
same story, by its formal name ("Department of Labor"); the briefing listed two
bodies. Both forms reduce to the field ("Labor"), less the country's initials that may
open either ("U.S."): two groups with the same field are one department. A field named
twice with two countries' initials ("U.S. Agriculture Department", "U.K. Department of
Agriculture") stays two.
"""

from __future__ import annotations

from generator.extract.actors.country_prefix import without_country_initials
from generator.extract.actors.groups import _group_type, _longest_name
from generator.extract.actors.mention import _Group
from generator.model import name_key

DEPARTMENT = "department"


def department_field(name: str) -> tuple[str, str] | None:
    """(the country's initials or "", the field) of a department's name in either form:
    ("", "labor") of "Labor Department" and "Department of Labor", ("us", "commerce")
    of "U.S. Commerce Department"; None for any other name."""
    own = without_country_initials(name)
    country = name_key(name.split()[0]) if own else ""
    words = (own or name).split()
    if len(words) >= 2 and words[-1].casefold() == DEPARTMENT:
        field = words[:-1]
    elif len(words) >= 3 and words[0].casefold() == DEPARTMENT and words[1] == "of":
        field = words[2:]
    else:
        return None
    if not all(w[:1].isupper() for w in field):
        return None
    return country, name_key(" ".join(field))


def merge_department_forms(groups: list[_Group]) -> list[_Group]:
    """Groups naming one department in its two forms joined into the first named; a
    form with no country's initials joins the one department of its field there is."""
    by_field: dict[str, list[tuple[str, _Group]]] = {}
    for group in groups:
        if group.entry is not None or _group_type(group) != "organization":
            continue
        found = department_field(_longest_name(group))
        if found is not None:
            by_field.setdefault(found[1], []).append((found[0], group))
    merged: set[int] = set()
    for forms in by_field.values():
        countries = {country for country, _ in forms if country}
        if len(forms) < 2 or len(countries) > 1:
            continue  # one form only, or two countries' departments
        first = min((g for _, g in forms), key=lambda g: min(m.start for m in g.mentions))
        for _, group in forms:
            if group is not first:
                first.mentions.extend(group.mentions)
                merged.add(id(group))
    return [g for g in groups if id(g) not in merged]
