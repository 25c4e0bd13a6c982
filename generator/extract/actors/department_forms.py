"""One department under its two names (issue: duplicate actors): "the Labor
Department" and "the Department of Labor", "the U.S. Commerce Department" and "the
Commerce Department".

News names a government department by its field first ("Labor Department") and, in the
same story, by its formal name ("Department of Labor"); the briefing listed two
bodies. Both forms reduce to the field ("Labor"), less the country's initials that may
open either ("U.S."): two groups with the same field are one department. A field named
twice with two countries' initials ("U.S. Agriculture Department", "U.K. Department of
Agriculture") stays two.

Its initials are a third name: "USDA" (U.S. Department of Agriculture), "DOE"
(Department of Energy), "DOJ" beside "the Justice Department" or "the Energy
Department" (`department_acronym`): the formal name's initials, "of" given or not, the
country's before them.
"""

from __future__ import annotations

import re

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


# Initials a department is known by: the country's ("US"), "D", "O" for "of" or not,
# then the field's ("A" of "Agriculture", "HS" of "Homeland Security").
_ACRONYM = re.compile(r"(?P<country>[A-Z]{2})?DO?(?P<field>[A-Z]{1,3})")


def department_acronym(acronym: str, field: str) -> bool:
    """Whether `acronym` spells the department of `field` (as `department_field` gives
    it, lower case): "USDA" and "DOA" of "agriculture", "DHS" of "homeland security";
    not "USTR" nor "DOE" of "agriculture". Words such as "and" give no initial."""
    match = _ACRONYM.fullmatch(acronym.replace(".", ""))
    if match is None or len(acronym.replace(".", "")) < 3:
        return False
    initials = "".join(w[0] for w in field.split() if w not in {"and", "of", "the"})
    return match.group("field").casefold() == initials


def merge_department_forms(groups: list[_Group]) -> list[_Group]:
    """Groups naming one department in its two forms joined into the first named; a
    form with no country's initials joins the one department of its field there is,
    and so do the department's initials ("USDA"), where one field fits them."""
    by_field: dict[str, list[tuple[str, _Group]]] = {}
    acronyms: list[_Group] = []
    for group in groups:
        if group.entry is not None or _group_type(group) != "organization":
            continue
        name = _longest_name(group)
        found = department_field(name)
        if found is not None:
            by_field.setdefault(found[1], []).append((found[0], group))
        elif name.replace(".", "").isupper() and name.replace(".", "").isalpha():
            acronyms.append(group)
    for group in acronyms:
        fields = [f for f in by_field if department_acronym(_longest_name(group), f)]
        if len(fields) == 1:
            by_field[fields[0]].append(("", group))
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
