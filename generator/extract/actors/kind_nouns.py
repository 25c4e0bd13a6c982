"""Kind nouns that are no names of their own (issue 11: duplicate and junk actors).

News names a body in full once and then refers back to it by the noun of its kind,
capitalised as house styles do: "The European Electrical Component Manufacturers
Association complained ... the Association had given proof", "The State Department
... The Department accepts", "the Frankfurt Stock Exchange ... the Bourse was hit".
The model tags the lone noun as a name, and the briefing listed a second body,
"Association", beside the first. Such a noun joins the one body of the article whose
name it heads (`merge_kind_nouns`); beside none or several it is left as it was.

A place named by a nationality or a name and a lower-case kind of place ("the northern
Kazakh city of Aktogay", "the Plateau east of the Rockies") is no place's name either:
the model's span ran over a common noun (`lower_case_place`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from generator.extract.actor_cues import CHAMBER_WORDS
from generator.extract.actors.groups import _as_type, _group_type, _longest_name
from generator.extract.actors.lexicon import ORG_WORDS
from generator.extract.actors.mention import _Group
from generator.extract.actors.names import _without_company_form
from generator.extract.actors.type_cues import PLACE_ONLY_NOUNS
from generator.extract.words import word_lists

_SPEAKER_WORDS = word_lists("speaker_words")

#: Nouns of a body's kind ("association", "bourse"), with the words that head the name
#: of a body of that kind (data/speaker_words.toml `kind_name_heads`, the table the
#: speaker rules read for "the bourse said"): "bourse" heads "Stock Exchange" too. A
#: head of several words is written with "+" ("air+lines").
KIND_HEADS: dict[str, set[tuple[str, ...]]] = {}
for _item in _SPEAKER_WORDS["kind_name_heads"]:
    _kind, _, _heads = _item.partition(":")
    KIND_HEADS.setdefault(_kind, {(_kind,)}).update(
        tuple(head.split("+")) for head in _heads.split(",")
    )
for _kind in ORG_WORDS | _SPEAKER_WORDS["named_kind_nouns"]:
    KIND_HEADS.setdefault(_kind, {(_kind,)})

#: "the House" is a chamber of Congress, not the White House: chambers are names of
#: their own, whatever else the article names. "the Club" of a match report may be a
#: supporters' club as well as the one club named ("Leeds United"). A party's members
#: ("the Republicans", "the Tories") are the party, not "House Republicans".
_NOT_KINDS = (
    CHAMBER_WORDS
    | {"club"}
    | {"dems", "democrats", "republicans", "tories", "conservatives", "liberals"}
    | {"socialists", "greens"}
)

#: The lower-case nouns a place's span may run over: a kind of place ("city",
#: "province") or a compass word ("the Plateau east of the Rockies"). Not any noun:
#: "the Eastern bloc" is a name, written so by wire copy.
_PLACE_TAIL_WORDS = PLACE_ONLY_NOUNS | {"north", "south", "east", "west"}

#: "the Ministry", "a Ministry official": the noun of a body named before.
_DETERMINER_BEFORE = re.compile(r"\b(?:the|an?)\s+$", re.IGNORECASE)


def merge_kind_nouns(doc: Doc, groups: list[_Group]) -> list[_Group]:
    """ "the Association" joins "European Electrical Component Manufacturers
    Association", "the Bourse" the "Frankfurt Stock Exchange": a capitalised noun of a
    body's kind, written after "the" or "a" at every mention, joins the one organisation of
    the article whose name it heads. Beside two such bodies ("the Department" in an
    article of the State and Defense departments) or none it stays as it was."""
    targets_of: dict[int, _Group] = {}
    for group in groups:
        kind = _kind_noun(doc, group)
        if kind is None:
            continue
        targets = [
            other for other in groups if other is not group and _headed_by(other, KIND_HEADS[kind])
        ]
        if len(targets) == 1:
            targets_of[id(group)] = targets[0]
    if not targets_of:
        return groups
    result: list[_Group] = []
    for group in groups:
        target = targets_of.get(id(group))
        if target is None or id(target) in targets_of:
            result.append(group)
            continue
        for mention in group.mentions:
            _as_type(mention, "organization")
        target.mentions.extend(group.mentions)
    return result


def _kind_noun(doc: Doc, group: _Group) -> str | None:
    """The kind noun a group names, lower case, or None: one capitalised word of
    `KIND_HEADS` (no chamber), after "the" or "a" at every mention ("the Ministry
    had surveyed", "a Ministry official") but a headline's, not in the registry."""
    if group.entry is not None:
        return None
    name = _longest_name(group)
    kind = name.casefold()
    if " " in name or not name[:1].isupper() or name.isupper() or kind not in KIND_HEADS:
        return None
    if kind in _NOT_KINDS or any(m.name.casefold() != kind for m in group.mentions):
        return None
    text = doc.text
    after = [
        bool(_DETERMINER_BEFORE.search(text[max(0, m.start - 6) : m.start])) for m in group.mentions
    ]
    # a wire headline's capitals ("JAPAN MINISTRY ASKS ...") say nothing either way
    if not any(after) or not all(
        a or m.name.isupper() for a, m in zip(after, group.mentions, strict=True)
    ):
        return None
    return kind


def _headed_by(group: _Group, heads: set[tuple[str, ...]]) -> bool:
    """Whether an organisation's name of two words or more, before any "of"/"for" and
    without its company form, ends with one of `heads`: "European Electrical Component
    Manufacturers Association", "Frankfurt Stock Exchange", "Church of England"."""
    if group.entry is None and _group_type(group) != "organization":
        return False
    name = re.sub(r"^The ", "", _longest_name(group))
    words = name.split()
    if len(words) < 2:
        return False
    for i, word in enumerate(words[1:], start=1):
        if word.casefold() in {"of", "for"}:
            words = words[:i]
            break
    core = [w.casefold().strip(".,") for w in _without_company_form(" ".join(words)).split()]
    return any(len(core) >= len(head) and tuple(core[-len(head) :]) == head for head in heads)


def lower_case_place(group: _Group) -> bool:
    """A place whose name ends in a lower-case kind of place or compass word ("Kazakh
    city", "Plateau east"): the model's span ran over a common noun, and no place's name
    ends so. Not of the editors' registry."""
    if group.entry is not None or _group_type(group) != "place":
        return False
    words = _longest_name(group).split()
    return len(words) >= 2 and words[-1] in _PLACE_TAIL_WORDS
