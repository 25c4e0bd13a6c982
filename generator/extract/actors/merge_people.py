"""A person's short forms merged into the full name: a surname, a partial name, a name
contained in a longer one; refused when two people could share it.
"""

from __future__ import annotations

from collections import defaultdict

from generator.extract import actor_spans
from generator.extract.actors.given_forms import merge_given_name_forms
from generator.extract.actors.groups import (
    _as_person,
    _group_sex,
    _group_type,
    _longest_name,
    _merge_into_container,
)
from generator.extract.actors.kin_pronouns import split_by_pronouns
from generator.extract.actors.lexicon import (
    KIN_NOUNS,
    LISTED_PLACE_VOTE,
    STYLE_TITLES,
    SURNAME_PARTICLES,
)
from generator.extract.actors.mention import _Group
from generator.extract.actors.names import INITIAL, _is_styled
from generator.extract.actors.places import _known_place, _us_state_names, gazetteer
from generator.extract.actors.vocabulary import _common_word
from generator.extract.given_names import GIVEN_NAMES, LISTED_GIVEN_NAMES
from generator.model import name_key

NAME_SUFFIXES = actor_spans.WORDS["name_suffixes"]


def _merge_person_short_forms(groups: list[_Group]) -> list[_Group]:
    """Short forms join full names: "Austin" -> "Lloyd Austin", "Tony" -> "Tony Blair"."""
    full: list[_Group] = [
        g
        for g in groups
        if _group_type(g) == "person" and len(_longest_name(g).split()) >= 2 and g.entry is None
    ]
    # Full forms first ("Sir Joshua Reynolds", "Joshua Reynolds"), so that a surname
    # finds one person rather than two.
    groups = _merge_partial_full_names(groups, full)
    groups = _merge_initialled_names(groups, [g for g in full if g in groups])
    # "Bill Clinton" and "William Jefferson Clinton"
    groups = merge_given_name_forms(groups, [g for g in full if g in groups], _middles_agree)
    full = [g for g in full if g in groups]
    by_last: dict[str, list[_Group]] = defaultdict(list)
    by_first: dict[str, list[_Group]] = defaultdict(list)
    by_paternal: dict[str, list[_Group]] = defaultdict(list)
    by_stem: dict[str, list[_Group]] = defaultdict(list)
    for group in full:
        words = _longest_name(group).split()
        by_last[name_key(words[-1])].append(group)
        particle, hyphen, stem = words[-1].partition("-")
        if hyphen and stem and particle.casefold() in SURNAME_PARTICLES:
            by_stem[name_key(stem)].append(group)  # "Thani" of "Hamad Nasser al-Thani"
        if _paternal_surname(words):
            by_paternal[name_key(words[1])].append(group)
        if len(words) >= 3 and words[-1].casefold().strip(",") in NAME_SUFFIXES:
            by_last[name_key(words[-2])].append(group)  # "Wyatt" of "Oscar S. Wyatt Jr"
        if words[0].casefold() not in STYLE_TITLES:
            by_first[name_key(words[0])].append(group)
        elif len(words) >= 3:  # "Sheikh Abdul-Aziz bin Khalifa al-Thani" ... "Abdul-Aziz"
            by_first[name_key(words[1])].append(group)
    for stem, owners in by_stem.items():
        if len(owners) == 1 and stem not in by_last:
            by_last[stem] = owners  # two al-Tayers leave "Tayer" to neither
    both_sexes = _surnames_of_both_sexes(groups, full)
    merged: list[_Group] = []
    for group in groups:
        if group in full or group.entry is not None:
            merged.append(group)
            continue
        name = _longest_name(group)
        if name_key(name) in both_sexes:
            target = _same_sex_target(group, name_key(name), by_last)
        else:
            target = _short_form_target(group, name, by_last, by_first, by_paternal)
        if target is None:
            group.surname = _shared_surname(group, name, by_last)
            merged.append(group)
        else:
            for mention in group.mentions:
                _as_person(mention)
            target.mentions.extend(group.mentions)
    return merged


def _place_labelled(group: _Group) -> bool:
    """Whether the model labels any of the group's mentions a place or a people."""
    return any(m.label in {"GPE", "LOC", "FAC", "NORP"} for m in group.mentions)


def _paternal_surname(words: list[str]) -> bool:
    """Whether a three-word name is a given name and two surnames, the Spanish and
    Portuguese way ("Juan Lechin Oquendo", "Victor Paz Estenssoro"), which the article
    shortens to the first surname ("Lechin said"). Not a middle name ("John Maynard
    Keynes" keeps "Keynes": a middle word that is a given name), an initial or a
    particle ("Ludwig van Beethoven")."""
    if len(words) != 3 or words[0] not in GIVEN_NAMES | LISTED_GIVEN_NAMES:
        return False
    middle = words[1]
    return (
        middle[:1].isupper()
        and middle.isalpha()
        and len(middle) > 2
        and middle not in GIVEN_NAMES
        and middle not in LISTED_GIVEN_NAMES
        and words[2][:1].isupper()
        # "Ted Cruz Apologizes", a heading's words run on: a surname is no English word
        and not any(_common_word(w.casefold()) for w in words[1:])
    )


def _surnames_of_both_sexes(groups: list[_Group], full: list[_Group]) -> set[str]:
    """The one-word names the article writes after honorifics of both sexes ("Mr.
    Obama" and "Mrs. Obama"): the surname of two people, split by `_split_by_honorific`."""
    sexes: dict[str, set[str]] = defaultdict(set)
    for group in groups:
        if group in full or group.entry is not None:
            continue
        name = _longest_name(group)
        if " " not in name:
            sexes[name_key(name)].update(m.sex for m in group.mentions if m.sex is not None)
    return {key for key, found in sexes.items() if len(found) > 1}


def _same_sex_target(group: _Group, key: str, by_last: dict[str, list[_Group]]) -> _Group | None:
    """The one person named in full whom a part of a surname of two people (`"Mr.
    Obama"`, beside "Mrs. Obama") stands for: only one of its sex known from the given
    name or honorifics. A full name of unknown sex ("Michelle Obama", "Ghazala Khan")
    may be either of the two, so the part goes to no one rather than maybe to the wrong
    person (the President's words given to his wife); nor to a name it opens. Two of
    its sex ("Hillary Clinton" and "Chelsea Clinton" beside "Mrs. Clinton") are told
    apart as one-word names are, by the one introduced last before it (`_nearest_before`)."""
    sex = _group_sex(group)
    if sex is None:
        return None
    found = [c for c in by_last.get(key) or [] if _group_sex(c) == sex]
    if len(found) > 1:
        return _nearest_before(group, found)
    return found[0] if found else None


def _short_form_target(
    group: _Group,
    name: str,
    by_last: dict[str, list[_Group]],
    by_first: dict[str, list[_Group]],
    by_paternal: dict[str, list[_Group]] | None = None,
) -> _Group | None:
    """The one full-name person a one-word name (or a surname of several words: "Le
    Bon" of "Simon Le Bon") stands for, or None. A name no full name ends with may be the
    first of two surnames ("Lechin" of "Juan Lechin Oquendo": `by_paternal`)."""
    words = name.split()
    if len(words) != 1:
        return _long_surname_target(group, name, by_last)
    # Only the text's own evidence keeps a surname apart from the full name: a clear
    # place cue ("in Jordan") or organisation words ("the firm Dell"). The model's
    # labels of single words are too noisy to outvote the article's naming.
    if _surname_kept_apart(group, name):
        return None
    key = name_key(words[0])
    candidates = _surname_candidates(group, key, by_last)
    if not candidates and by_paternal and not _place_labelled(group):
        # "Miners in Medina halted work" is the town, whoever "Jose Medina Quispe" is
        candidates = _surname_candidates(group, key, by_paternal)
    if len(candidates) == 1:
        return candidates[0]
    if len(candidates) > 1:
        return _shared_surname_target(group, candidates)
    firsts = by_first.get(key) or []
    sex = _group_sex(group)
    if sex is not None:
        firsts = [c for c in firsts if _group_sex(c) in {None, sex}]
    if len(firsts) == 1 and (
        group.vote().get("person", 0.0) > 0 or _bare_given_name(group, name, firsts[0])
    ):
        return firsts[0]
    return None


def _bare_given_name(group: _Group, name: str, person: _Group) -> bool:
    """Is a one-word name the model did not call a person the given name of the one
    person the article names in full with it ("difficult for Jerzy" beside "Jerzy
    Dudek", "Arjen's foot" beside "Arjen Robben")? The article's own naming says so
    unless the word is a place ("Jordan") or an English word ("Rose", "Sterling"), the
    text itself shows a body or a place there, or the full name may be a body's the
    model calls a person ("Northline" of "Northline Rail"). The caller asks that no
    other person of the article opens with the word ("Jerzy" beside "Jerzy Dudek" and
    "Jerzy Kowalski" joins neither)."""
    if _known_place(name) or name.casefold() in gazetteer() or _common_word(name.casefold()):
        return False
    votes = group.evidence()
    if votes.get("organization", 0.0) > 0 or votes.get("place", 0.0) > 0:
        return False
    # A given name the lexicons know, or a full name whose other words are no English
    # words ("Arjen Robben"): "Northline" of "Northline Rail" (a firm the model calls
    # a person) opens a body's name, not a person's.
    rest = _longest_name(person).split()[1:]
    return (
        name in GIVEN_NAMES
        or name in LISTED_GIVEN_NAMES
        or not any(_common_word(word.casefold()) for word in rest)
    )


def _shared_surname_target(group: _Group, candidates: list[_Group]) -> _Group | None:
    """Which of several people named in full a bare surname stands for ("Clinton"
    beside "Hillary Clinton" and "former President Bill Clinton").

    A mention a pronoun after it shows the sex of goes to the one person of that sex
    (`split_by_pronouns`). The rest go to the one introduced last before them
    (`_nearest_before`), unless those pronouns all point to another who is the one the
    article is about: introduced first, and named in full at least as often. "Hillary
    Clinton" (once, first) ... "her husband, former President Bill Clinton" (once) ...
    "If Clinton won the primary -- as she did in 2008" ... "attacks on Clinton" are
    hers, where the nearest name before was his. With no such pronoun, they go to the
    one the article is about when the nearest one was named once, as that person's
    relative (`_named_as_kin`: "her husband, former President Bill Clinton")."""
    given = split_by_pronouns(group, candidates, _group_sex)
    for mention, person in given:
        _as_person(mention)
        person.mentions.append(mention)
    if not group.mentions:
        return given[0][1]
    target = _nearest_before(group, candidates)
    if target is None:
        return None
    shown = {person for _, person in given}
    if len(shown) == 1 and target not in shown:
        other = next(iter(shown))
        return other if _is_subject_over(other, target) else target
    if not shown and _named_as_kin(target):
        subjects = [c for c in candidates if c is not target and _is_subject_over(c, target)]
        if len(subjects) == 1 and not _named_as_kin(subjects[0]):
            return subjects[0]
    return target


def _named_as_kin(group: _Group) -> bool:
    """Is the person named in full once, as someone's relative ("her husband, former
    President Bill Clinton")? Then a bare surname after it is not his for being nearest:
    the article names him in passing, beside the one it is about."""
    full = [m for m in group.mentions if m.n_tokens >= 2]
    return len(full) == 1 and any(
        role.split()[-1].casefold() in KIN_NOUNS for role in full[0].roles if role
    )


def _is_subject_over(one: _Group, other: _Group) -> bool:
    """Is `one` the person the article is about rather than `other`: named in full
    first, and at least as often?"""

    def full(group: _Group) -> list[int]:
        return [m.start for m in group.mentions if m.n_tokens >= 2]

    ones, others = full(one), full(other)
    return bool(ones) and bool(others) and min(ones) < min(others) and len(ones) >= len(others)


def _surname_candidates(group: _Group, key: str, by_last: dict[str, list[_Group]]) -> list[_Group]:
    """The people named in full whose surname a one-word name may be, of its sex."""
    candidates = by_last.get(key) or by_last.get(key + "s") or []
    sex = _group_sex(group)
    if sex is not None:  # "Mrs Howard" is not Michael Howard
        candidates = [c for c in candidates if _group_sex(c) in {None, sex}]
    return candidates


def _shared_surname(group: _Group, name: str, by_last: dict[str, list[_Group]]) -> bool:
    """A one-word name that is the surname of people the article names in full, joined to
    none of them ("Clinton" in the headline, before Hillary and Bill Clinton are named),
    with nothing in the text a place or a body: a person's name."""
    words = name.split()
    return (
        len(words) == 1
        and bool(_surname_candidates(group, name_key(words[0]), by_last))
        and not _surname_kept_apart(group, name)
    )


def _surname_kept_apart(group: _Group, name: str) -> bool:
    """Does the text itself show a one-word name to be a place or a body rather than
    the surname of a person it names in full? Only a clear place cue ("in Jordan") or
    organisation words ("the firm Dell") do. The model's labels of single words are too
    noisy to outvote the article's naming, and so is the name before a body's noun ("the
    Clinton team", "the Clinton organization"): the person's own team, said of
    politicians in most stories about them."""
    votes = group.evidence()
    if (
        _text_place_evidence(group, name) >= 2.0
        and votes.get("person", 0.0) < 3.0
        and _place_shown(group, name)
    ):
        return True
    body = sum(m.evidence().get("organization", 0.0) for m in group.mentions if not m.body_noun)
    # one "Assange, his legal team" does not outweigh a person's naming
    return body >= max(5.0, votes.get("person", 0.0))


def _gazetteer_only(name: str) -> bool:
    """A name only the gazetteer knows as a place ("Miyazaki"), not a country, a US
    state or a place of the lexicon ("Jordan", "Nevada"): a surname as often as a town."""
    lowered = name.casefold()
    return not _known_place(name) and lowered not in _us_state_names() and lowered in gazetteer()


def _text_place_evidence(group: _Group, name: str) -> float:
    """The group's place evidence less the gazetteer's own vote for a name it alone
    lists (`LISTED_PLACE_VOTE`): what the text around the name says ("in Miyazaki"), not
    that a town is called so. "Miyazaki's Spirited Away" beside "Hayao Miyazaki" is the
    director's film."""
    votes = group.evidence().get("place", 0.0)
    if _gazetteer_only(name):
        listed = sum(1 for m in group.mentions if m.label in {"GPE", "LOC", "FAC"})
        votes -= LISTED_PLACE_VOTE * listed
    return votes


def _place_shown(group: _Group, name: str) -> bool:
    """Does the article show a surname to be a place as well? A name the lexicon knows
    as a place ("in Jordan"), or a place cue in most of its mentions: one "in Scalia"
    or "coalescing around Sanders" among mentions of the person is a figure of speech,
    not a town called so."""
    if _known_place(name) or name.casefold() in gazetteer():
        return True
    cued = sum(1 for m in group.mentions if m.evidence().get("place", 0.0) >= 2.0)
    return 2 * cued > len(group.mentions)


def _long_surname_target(
    group: _Group, name: str, by_last: dict[str, list[_Group]]
) -> _Group | None:
    """The one person whose full name ends with the words of `name` and holds more
    ("Le Bon" of "Simon Le Bon", "van Persie" of "Robin van Persie"), when the text
    itself does not show `name` to be a body or a place."""
    words = name.split()
    if len(words) > 3 or not words[-1][:1].isupper():
        return None
    votes = group.evidence()
    if votes.get("organization", 0.0) >= 3.0 or votes.get("place", 0.0) >= 2.0:
        return None
    tail = name_key(name).split()
    found = [
        g
        for g in by_last.get(name_key(words[-1]), [])
        if len(full := name_key(_longest_name(g)).split()) > len(tail)
        and full[-len(tail) :] == tail
    ]
    return found[0] if len(found) == 1 else None


def _nearest_before(group: _Group, candidates: list[_Group]) -> _Group | None:
    """Of several people sharing a surname, the one introduced last before the short form.

    The short form's first use after any of them is introduced counts: a headline's
    "Trump" comes before every full name ("Republicans begin roll call vote to nominate
    Trump", then "Donald Trump" ... "Melania Trump"), and says nothing of which one."""
    introduced = min(
        (m.start for c in candidates for m in c.mentions if m.n_tokens >= 2), default=None
    )
    if introduced is None:
        return None
    after = [m.start for m in group.mentions if m.start > introduced]
    if not after:
        return None
    first = min(after)
    best, best_pos = None, -1
    for cand in candidates:
        positions = [m.start for m in cand.mentions if m.start < first and m.n_tokens >= 2]
        if positions and max(positions) > best_pos:
            best, best_pos = cand, max(positions)
    return best


def _merge_partial_full_names(groups: list[_Group], full: list[_Group]) -> list[_Group]:
    """One person under two full forms becomes one actor.

    Same first and last word ("Lloyd J. Austin", "Lloyd Austin"); or a style and the
    surname ("Lord Butler") with the one other full name ending in it ("Robin Butler").
    """
    by_ends: dict[tuple[str, str], _Group] = {}
    result: list[_Group] = []
    for group in groups:
        if group not in full:
            result.append(group)
            continue
        words = name_key(_longest_name(group)).split()
        ends = (words[0], words[-1])
        same = by_ends.get(ends)
        if same is not None and _middles_agree(_longest_name(same), _longest_name(group)):
            same.mentions.extend(group.mentions)
        else:
            by_ends[ends] = group
            result.append(group)
    by_last: dict[str, list[_Group]] = defaultdict(list)
    for group in result:
        if group in full:
            by_last[name_key(_longest_name(group).split()[-1])].append(group)
    for same in by_last.values():
        styled = [g for g in same if _is_styled(_longest_name(g))]
        plain = [g for g in same if g not in styled]
        if len(styled) == 1 and len(plain) == 1 and styled[0].entry is None:
            plain[0].mentions.extend(styled[0].mentions)
            result.remove(styled[0])
    return _merge_contained_names(result, full)


def _given_name(name: str) -> str:
    """The first word of a full name after its styles: "Clive" of "Sir Clive Woodward"."""
    words = name.split()
    while len(words) > 2 and words[0].casefold().rstrip(".") in STYLE_TITLES:
        words = words[1:]
    return words[0]


def _merge_initialled_names(groups: list[_Group], full: list[_Group]) -> list[_Group]:
    """ "D Hickie" joins "Denis Hickie": a team sheet or a caption gives a player the
    initial of his given name, the report his full name, and the reader should find one
    actor. Only when the article names exactly one person in full with that surname and
    a given name of that initial ("S Williams" beside "Shane" and "Scott Williams" stays
    apart)."""
    spelled = [g for g in full if not INITIAL.fullmatch(_longest_name(g).split()[0])]
    result: list[_Group] = []
    for group in groups:
        words = _longest_name(group).split()
        if group not in full or len(words) != 2 or not INITIAL.fullmatch(words[0]):
            result.append(group)
            continue
        same = [
            g
            for g in spelled
            if name_key(_longest_name(g).split()[-1]) == name_key(words[-1])
            and _given_name(_longest_name(g))[:1] == words[0][0]
        ]
        if len(same) == 1 and same[0].entry is None:
            same[0].mentions.extend(group.mentions)
        else:
            result.append(group)
    return result


def _middles_agree(one: str, other: str) -> bool:
    """Whether two full names with the same first and last word may be one person:
    one has no middle name ("Lloyd Austin", "Lloyd J. Austin"), or the middle
    initials agree ("John F. Kennedy", "John Fitzgerald Kennedy"). "George H.W. Bush"
    and "George W. Bush" are father and son."""
    middles = [
        "".join(ch for w in name.split()[1:-1] for ch in _initials(w)) for name in (one, other)
    ]
    return not middles[0] or not middles[1] or middles[0] == middles[1]


def _initials(word: str) -> str:
    """ "H.W." -> "HW", "Fitzgerald" -> "F": the initials a middle name stands for."""
    parts = [p for p in word.replace("-", ".").split(".") if p]
    return "".join(p[0].upper() for p in parts)


def _merge_contained_names(groups: list[_Group], full: list[_Group]) -> list[_Group]:
    """A full name inside exactly one longer one joins it: "Prince Saud" and "Saud
    Al-Faisal" are "Prince Saud Al-Faisal" when the article names no other Saud."""
    people = [g for g in groups if g in full and g.entry is None]
    return _merge_into_container(groups, people)
