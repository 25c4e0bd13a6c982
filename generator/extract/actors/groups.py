"""Helpers on a `_Group` of mentions that every merge needs: its longest name, its type,
its sex, folding one group into another.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from generator.extract.actors.lexicon import STYLE_TITLES
from generator.extract.actors.mention import _Group, _Mention
from generator.extract.actors.names import _fullest, _given_name_led_full
from generator.extract.actors.person_cues import (
    person_outweighs_labels,
    person_over_place_labels,
)
from generator.extract.actors.places import _body_or_place_shaped
from generator.extract.given_name_sexes import LISTED_FEMALE_GIVEN_NAMES, LISTED_MALE_GIVEN_NAMES
from generator.extract.given_names import FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES
from generator.model import ACTOR_TYPE_ORDER, ActorType, name_key

# Given names of one sex: the corpus's ("Mr Howard" of Michael Howard), widened by the
# names Faker's locales list for one sex only ("Melania", "Michelle"; given_name_sexes),
# as the speakers' pronoun checks read them
_MALE_GIVEN = MALE_GIVEN_NAMES | LISTED_MALE_GIVEN_NAMES
_FEMALE_GIVEN = FEMALE_GIVEN_NAMES | LISTED_FEMALE_GIVEN_NAMES


def _group_sex(group: _Group) -> str | None:
    """ "m" or "f" when the article marks one (honorifics before its mentions) or the
    full name opens with a given name of one sex (derived from the archive); None when
    unknown or both."""
    sexes = {m.sex for m in group.mentions if m.sex is not None}
    words = _longest_name(group).split()
    for word in words[:2] if len(words) >= 2 else []:
        if word.casefold() in STYLE_TITLES:
            continue
        if word in _MALE_GIVEN:
            sexes.add("m")
        elif word in _FEMALE_GIVEN:
            sexes.add("f")
        break
    return sexes.pop() if len(sexes) == 1 else None


def _group_type(group: _Group) -> ActorType | None:
    """The type most of the group's mentions argue for, or None for non-actors.

    Each mention votes once, for the type its own evidence favours (the model's label,
    plus a title, a cue, the words of the name), so that a surname the model tags as
    an organisation in a few sentences is still typed by the rest. Ties go to the type
    with the most weight of evidence.
    """
    if group.entry is not None:
        return group.entry.type
    if group.listed is not None:
        return group.listed  # type: ignore[return-value]
    club = club_majority(group)  # a town written as its club in most marked mentions
    if club is not None:
        return club  # type: ignore[return-value]
    # Words of the text that name the type outright ("oil giant Yukos", "Lord Butler",
    # organisation words) hold for every mention, whatever the model's labels.
    decisive = [
        k
        for k in ACTOR_TYPE_ORDER
        if any(m.evidence().get(k, 0.0) >= DECISIVE[k] for m in group.mentions)
    ]
    if len(decisive) == 1:
        return decisive[0]  # type: ignore[return-value]
    evidence = group.evidence()
    # The grammar shows a body ("X, which", "X's Jimmy Page", "X manager Y") and nothing
    # in the text a person: the model's person labels do not outvote it. A full name
    # that opens with a given name shows one, however often the surname stands alone
    # ("James Baker" ... "Baker" ... "the Baker team").
    # "the Clinton team" beside "Hillary Clinton" and a score of "Clinton"s the model
    # calls a person: the name before a body's noun is the person's own team.
    named = _named_person(group)
    body = max(
        (
            m.evidence().get("organization", 0.0)
            for m in group.mentions
            if not (named and m.body_noun)
        ),
        default=0.0,
    )
    # A title or an honorific before one mention shows a person however many lone-word
    # mentions (each weak evidence, `_type_votes`) sum the person evidence down to zero:
    # "President Obama" beside "the letter to Obama, which" and "Obama aides".
    unshown = (
        evidence.get("person", 0.0) <= 0
        and evidence.get("place", 0.0) < 2.0
        and not any(_given_name_led_full(m.name) for m in group.mentions)
        and not any(m.roles or m.honorific for m in group.mentions)
    )
    if not decisive and body >= 3.0 and unshown:
        return "organization"
    counts: dict[str, int] = defaultdict(int)
    for mention in group.mentions:
        kind = mention.kind()
        if kind is not None:
            counts[kind] += 1
    if not counts:
        return None
    votes = group.vote()
    # A tie of the model's labels with nothing in the text for a person ("Manchester
    # United" once a place, once a person; "BBC Sport" once each) is not a person's name;
    # a surname used alone ("Rooney" of "Wayne Rooney") shows one, and only a name that
    # opens with a place or an acronym loses the tie ("Jean-Philippe Grandclaude" keeps it).
    shown = _person_shown(group) or not _body_or_place_shaped(_longest_name(group))
    best = max(
        ACTOR_TYPE_ORDER,
        key=lambda k: (counts.get(k, 0), votes.get(k, 0.0), k != "person" or shown),
    )
    if best == "organization" and person_outweighs_labels(group):
        return "person"  # "Burger's award came a week after he won" beside bare "Burger"s
    if best == "place" and person_over_place_labels(group):
        return "person"  # "Governor Kasich" beside "Kasich"es the model calls places
    return best  # type: ignore[return-value]


def club_majority(group: _Group) -> str | None:
    """ "organization" when more of the group's mentions are written as a club
    (`clubs.club_use`) than as the town ("in Newcastle", "the city of Newcastle"), else None:
    the usual vote decides. Mentions with neither say nothing."""
    if any(m.label == "PERSON" and len(m.name.split()) >= 2 for m in group.mentions):
        return None  # a person named in full: "Julian White" ... "signed White"
    clubs = sum(1 for m in group.mentions if m.club is True)
    if not clubs:
        return None
    towns = sum(1 for m in group.mentions if m.club is False)
    return "organization" if clubs > towns else None


def _named_person(group: _Group) -> bool:
    """A person's full name of two words or more among the group's mentions ("Donald
    Trump" ... "Trump" ... "the Trump team"), or the surname of people named in full
    (`_shared_surname`) that the model labels a person in most of its mentions."""
    if group.surname:
        return 2 * sum(m.label == "PERSON" for m in group.mentions) > len(group.mentions)
    return any(
        m.label == "PERSON" and len(m.name.split()) >= 2 and not m.body_noun for m in group.mentions
    )


# Evidence in one mention that settles a group's type: an honorific or style (4), an
# organisation word or introduction (5, 6), a known place with a cue (4.5). A role (3)
# or a place cue (2) only votes.
DECISIVE = {"person": 4.0, "organization": 5.0, "place": 4.0}


def _longest_name(group: _Group) -> str:
    """The canonical name of a group: see `canonical_name` (mention names are bare).
    Another name given once ("real name Shawn Carter") is an alias, not the name."""
    names = [m.name for m in group.mentions if m.other_name_of is None]
    return _fullest(names or [m.name for m in group.mentions])


def _as_person(mention: _Mention) -> None:
    """A surname of a person the article names in full is that person, whatever label
    the model gave this one occurrence ("Trump", "Assange" tagged as organisations)."""
    _as_type(mention, "person")


def _as_type(mention: _Mention, kind: str) -> None:
    """Replace the model's label of one mention by the type the article's naming shows."""
    votes = mention.evidence()
    votes[kind] = votes.get(kind, 0.0) + 1.0
    mention.votes = votes
    mention.base = kind


def _merge_into_container(groups: list[_Group], candidates: list[_Group]) -> list[_Group]:
    """Each candidate whose name lies, as whole words, inside exactly one longer
    candidate's name joins that one (shortest first); the others stay as they are."""
    keys = {id(g): f" {name_key(_longest_name(g))} " for g in candidates}
    result = list(groups)
    for group in sorted(candidates, key=lambda g: len(keys[id(g)])):
        inside = keys[id(group)]
        longer = [
            g
            for g in candidates
            if g is not group
            and g in result
            and len(keys[id(g)]) > len(inside)
            and inside in keys[id(g)]
        ]
        if len(longer) == 1:
            longer[0].mentions.extend(group.mentions)
            result.remove(group)
    return result


def _fold_into_one_container(
    groups: list[_Group],
    containers: list[_Group],
    short_form: Callable[[_Group], bool],
    inside_of: Callable[[str, str], bool],
) -> list[_Group]:
    """`groups` with each `short_form` group's mentions folded into the one group of
    `containers` whose name holds its name (`inside_of`, on name keys padded with
    spaces); a short form two containers hold stays apart, as it names neither surely."""
    keys = {id(g): f" {name_key(_longest_name(g))} " for g in containers}
    result: list[_Group] = []
    for group in groups:
        inside = f" {name_key(_longest_name(group))} "
        longer = (
            [g for g in containers if g is not group and inside_of(inside, keys[id(g)])]
            if short_form(group)
            else []
        )
        if len(longer) == 1:
            longer[0].mentions.extend(group.mentions)
        else:
            result.append(group)
    return result


def _person_shown_apart_from_forms(group: _Group) -> bool:
    """`_person_shown` without its weakest sign, a second form of the name: "the Mac
    mini" beside "a less powerful Mac Mini" shows no person, "Mr Cox" beside "Gavin
    Cox" does (an honorific is person evidence)."""
    if group.evidence().get("person", 0.0) > 0 or group.honorific:
        return True
    return any(m.speaks or m.roles or m.honorific for m in group.mentions)


def _person_shown(group: _Group) -> bool:
    """Whether the text shows a person: a title, honorific, role, person noun or
    given name (person evidence), the surname used alone, or speech."""
    if group.evidence().get("person", 0.0) > 0:
        return True
    if any(m.speaks or m.roles for m in group.mentions):
        return True
    return len({m.name for m in group.mentions}) > 1
