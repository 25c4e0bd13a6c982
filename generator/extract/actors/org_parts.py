"""Part of a body's name that the model alone calls a person: "Den Danske" of "Den
Danske Bank", "Kredi Bankasi" of "Yapi ve Kredi Bankasi AS", "Buitoni" of "Industrie
Buitoni Perugina Spa".

Wire copy names a firm in full once and then by the words that make it distinct, with
neither the legal form nor its first words; two capitalised words that are no common
English read to the model as a person's name ("Den Danske's 5-3/4 1992 bond"). The
briefing listed a person nobody is beside the bank. `merge_orgs` folds a firm's
leading words ("Gulf States" of "Gulf States Utilities Co") and its name less the legal
form into the firm; this module folds any run of whole words of a body's name, where
nothing but the model's label makes the short form a person: no word of the text
(a role, an honorific, a pronoun, a given name, a speaking verb with a full name), and
exactly one body of the article holds those words, a body written as one (a legal
form or a body's word in its name).
"""

from __future__ import annotations

from generator.extract import actor_spans
from generator.extract.actors.groups import _as_type, _group_type, _longest_name
from generator.extract.actors.lexicon import ORG_WORDS
from generator.extract.actors.mention import _Group
from generator.extract.given_names import GIVEN_NAMES, LISTED_GIVEN_NAMES
from generator.model import name_key

#: Words that say a name is a body's as written: a body's word ("Bank", "Group") or a
#: legal form ("AS", "SpA", "Spa"), casefolded.
BODY_WORDS = ORG_WORDS | actor_spans.COMPANY_SUFFIXES
LEGAL_FORMS = frozenset(w.casefold() for w in actor_spans.COMPANY_WORDS["legal_forms"])


def merge_label_only_parts(groups: list[_Group]) -> list[_Group]:
    """`groups` with each label-only person (see the module docstring) folded into the
    one body whose name holds its words, and typed as that body."""
    bodies = [g for g in groups if g.entry is None and _body_written_as_one(g)]
    keys = {id(g): f" {name_key(_longest_name(g))} " for g in bodies}
    result: list[_Group] = []
    for group in groups:
        holders = []
        if _label_only_person(group):
            inside = f" {name_key(_longest_name(group))} "
            holders = [
                g
                for g in bodies
                if g is not group and len(keys[id(g)]) > len(inside) and inside in keys[id(g)]
            ]
        if len(holders) != 1:
            result.append(group)
            continue
        for mention in group.mentions:
            _as_type(mention, "organization")
        holders[0].mentions.extend(group.mentions)
    return result


def _body_written_as_one(group: _Group) -> bool:
    """An organisation whose name of two words or more holds a legal form or a body's
    word: "Den Danske Bank", "Industrie Buitoni Perugina Spa"."""
    name = _longest_name(group)
    words = [w.strip(",") for w in name.split()]
    return (
        len(words) >= 2
        and _group_type(group) == "organization"
        and any(
            w[:1].isupper() and (w.casefold() in LEGAL_FORMS or w.casefold() in BODY_WORDS)
            for w in words
        )
    )


def _label_only_person(group: _Group) -> bool:
    """A group typed a person by the model's labels alone: no registry entry, no
    honorific, role or pronoun of one sex, no given name opening it, and no vote of the
    text for a person (`_Group.evidence`)."""
    if group.entry is not None or group.honorific or _group_type(group) != "person":
        return False
    if any(m.honorific or m.roles or m.pronoun_sex or m.kin_of for m in group.mentions):
        return False
    first = _longest_name(group).split()[0]
    if first in GIVEN_NAMES or first in LISTED_GIVEN_NAMES:
        return False
    return group.evidence().get("person", 0.0) <= 0.0
