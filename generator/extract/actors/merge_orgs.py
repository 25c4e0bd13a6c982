"""An organisation's forms merged: acronyms and the names they spell, short forms,
chambers, party adjectives, gentilics, firms with and without their legal form.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from generator.extract import actor_spans
from generator.extract.actor_cues import CHAMBER_WORDS
from generator.extract.actors.and_co import founders_firm
from generator.extract.actors.clubs import club_of_town
from generator.extract.actors.country_prefix import hidden_acronyms
from generator.extract.actors.demonyms import _demonym_stems, _has_demonym_stem
from generator.extract.actors.groups import (
    _as_person,
    _as_type,
    _fold_into_one_container,
    _group_type,
    _longest_name,
    _merge_into_container,
)
from generator.extract.actors.lexicon import (
    FAC_PLACE_VOTE,
    ORG_WORDS,
    PERSON_NOUNS,
    PLACE_HEAD_WORDS,
    TITLE_WORDS,
    court_with_seat,
)
from generator.extract.actors.makers import maker_product
from generator.extract.actors.mention import _Group
from generator.extract.actors.names import _party_named, _without_company_form
from generator.extract.actors.nationality_firms import nationality_firm_core
from generator.extract.actors.places import (
    KNOWN_PLACES,
    PLACE_ALIASES,
    _country_initials,
    _known_place,
    gazetteer,
    place_aliases,
    us_state_codes,
)
from generator.extract.actors.programmes import network_programme
from generator.extract.actors.roles import ROLE_NOUNS
from generator.extract.actors.vocabulary import _common_word
from generator.extract.given_names import GIVEN_NAMES, LISTED_GIVEN_NAMES
from generator.extract.joined_initials import joined_initials, spells_joined
from generator.extract.nationalities import NATIONALITY_WORDS
from generator.extract.words import word_set
from generator.model import name_key

POLITICAL_ADJECTIVES = actor_spans.WORDS["political_adjectives"]

#: The listed words for what a person is, as a role's head ("president", "spokesman")
PERSON_ROLE_HEADS = TITLE_WORDS | PERSON_NOUNS | ROLE_NOUNS
#: The words before "manager" in a bond issue's manager, a bank ("lead manager")
ISSUE_MANAGER_MODIFIERS = actor_spans.COMPANY_WORDS["issue_manager_modifiers"]
#: Words that make a firm's name a unit's ("Bank", "Leasing", "Capital"): a name less
#: such a tail may be the group the unit belongs to, as `company_short` reads it
UNIT_TAIL_WORDS = actor_spans.COMPANY_WORDS["arm_words"] | actor_spans.COMPANY_WORDS["unit_words"]


def _acronym(name: str) -> str:
    """Initials of the capitalised words: "Institute for the Study of War" -> "ISW"."""
    return "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())


def _word_initials(name: str) -> str:
    """Initials of every word, small ones too: "Voice of America" -> "VOA",
    "Department of Transportation" -> "DOT" (agencies are abbreviated so)."""
    return "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isalpha()).upper()


def _cased_initials(name: str) -> str:
    """Initials of every word as written: "Bank of England" -> "BoE", "Ministry of
    Defence" -> "MoD". British bodies keep the small word's letter small."""
    return "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isalpha())


def _mixed_case_acronym(name: str) -> bool:
    """ "BoE", "MoD", "DoJ": capitals with a small letter between them, one word, no
    dots; compared with `_cased_initials`, so the small letter must be a small word's."""
    return re.fullmatch(r"[A-Z](?:[a-z]?[A-Z])+", name) is not None and not name.isupper()


def _title_case_acronym(group: _Group, name: str) -> bool:
    """ "Sepa" of "Scottish Environment Protection Agency", "Acas": an acronym written
    as a word, the BBC's style for those spoken as one. One capitalised word of three to
    six letters that is no English word, no given name and no person's (the letters must
    still spell a body's initials named in the article to join it)."""
    return (
        re.fullmatch(r"[A-Z][a-z]{2,5}", name) is not None
        and not _common_word(name.casefold())
        and name not in GIVEN_NAMES
        and _group_type(group) != "person"
    )


def _merge_acronyms(groups: list[_Group]) -> list[_Group]:
    """Acronyms join the name they abbreviate ("ISW", "Institute for the Study of War").

    A bracketed definition ("the National Security Agency (NSA)") comes first; an
    acronym that the initials of two named bodies spell ("National Security Adviser",
    "National Security Agency") joins neither, unless only one of them was named before
    the acronym's first use: "emails from the Democratic National Committee ... the DNC
    emails, just before the Democratic National Convention" (`_introduced_before`)."""
    long_by_acronym: dict[str, list[_Group]] = defaultdict(list)
    for group in groups:
        name = _longest_name(group)
        if len(name.split()) >= 2 and _group_type(group) != "person":
            name = re.sub(r"^The ", "", name)
            stem = _without_company_form(name)  # "IBM" of "International Business Machines Corp"
            initials_of = {_acronym(name), _acronym(stem), _word_initials(stem)}
            initials_of.add(_cased_initials(stem))  # "BoE" of "Bank of England"
            for initials in initials_of | hidden_acronyms(stem):  # "USDA", "NCA"
                long_by_acronym[initials].append(group)
    group_of = {id(m): g for g in groups for m in g.mentions}
    # "FDR" beside "Franklin Delano Roosevelt": a person's initials, no body's letters
    people = {
        _word_initials(_longest_name(g))
        for g in groups
        if len(_longest_name(g).split()) >= 3 and _group_type(g) == "person"
    }
    result: list[_Group] = []
    for group in groups:
        name = _longest_name(group)
        target = _bracketed_target(group, name, group_of)
        if target is not None and _group_type(target) == "person":
            for named in target.mentions:  # "Minero Peru Comercial (Minpeco)": the one
                _as_type(named, "organization")  # person `_bracketed_target` gives
        if target is None and name.replace(".", "") in people:
            result.append(group)
            continue
        joined = joined_initials(name)  # "S and P" of "Standard and Poor's Corp"
        titled = _title_case_acronym(group, name)  # "Sepa", as the BBC writes acronyms
        upper = name.isupper() or _mixed_case_acronym(name) or joined is not None or titled
        letters = joined or (name.upper() if titled else name.replace(".", ""))
        spelled = long_by_acronym.get(letters, []) if upper else []
        if joined is not None:  # "S and P" is Standard and Poor's, not Security Pacific
            spelled = [g for g in spelled if spells_joined(_longest_name(g), name)]
        if _party_named(name) is not None:  # "GOP": a party, not "Growth and Opportunity
            spelled = [g for g in spelled if _party_body(g)]  # Project" (its letters too)
        # one body under two forms ("Trans World Airlines Inc", "Trans World Airlines")
        stems = {name_key(_without_company_form(_longest_name(g))) for g in spelled}
        if target is None and len(stems) > 1:
            spelled = _introduced_before(spelled, group)
            stems = {name_key(_without_company_form(_longest_name(g))) for g in spelled}
        if target is None and spelled and len(stems) == 1:
            target = spelled[0]
            if _country_initials(name) and _group_type(target) != "place":
                target = None  # "US" is the country, not the initials of "Universal Studio"
        if target is None and name.isupper() and _group_type(group) == "organization":
            target = _inner_acronym_target(name, groups)
        if target is None and not spelled and name.isupper() and len(name) >= 4:
            target = _syllable_acronym_target(name, groups)  # "COMEX"
        if target is not None and target is not group and len(name) >= 2:
            target.mentions.extend(group.mentions)
        else:
            result.append(group)
    return result


def _syllable_acronym_target(name: str, groups: list[_Group]) -> _Group | None:
    """The one body whose name an acronym of syllables abbreviates: "COMEX" of
    "Commodity Exchange", "AMEX" of "American Express" (each capitalised word gives
    its first two letters or more, in order). None when no body or two bodies fit.
    Initials mixed with syllables are left alone: "NASA" would spell "NAtional
    Security Agency" so."""
    found = [
        g
        for g in groups
        if _group_type(g) == "organization"
        and len(words := _longest_name(g).split()) >= 2
        and _beginnings_spell(name, [w for w in words if w[:1].isupper()])
    ]
    return found[0] if len(found) == 1 else None


def _beginnings_spell(acronym: str, words: list[str]) -> bool:
    """Whether `acronym` is the words' beginnings joined, two letters or more each."""

    def spell(rest: str, index: int) -> bool:
        if index == len(words):
            return not rest
        word = words[index].upper()
        return any(
            rest.startswith(word[:size]) and spell(rest[size:], index + 1)
            for size in range(2, min(len(word), len(rest)) + 1)
        )

    return 2 <= len(words) <= 4 and spell(acronym.upper(), 0)


def _introduced_before(spelled: list[_Group], acronym: _Group) -> list[_Group]:
    """The bodies among `spelled` that the article names before the acronym's first use:
    a reader takes an acronym for a name already given, not one still to come."""
    first = min(mention.start for mention in acronym.mentions)
    return [g for g in spelled if min(mention.start for mention in g.mentions) < first]


def _inner_acronym_target(name: str, groups: list[_Group]) -> _Group | None:
    """The one organisation an acronym abbreviates with letters from inside its words
    ("WBG" of "Weibo Gaming"; `actor_spans.inner_acronym`); none when several fit."""
    found = [
        g
        for g in groups
        if _group_type(g) == "organization"
        and actor_spans.inner_acronym(name, re.sub(r"^The ", "", _longest_name(g)))
    ]
    return found[0] if len(found) == 1 else None


def _bracketed_target(group: _Group, name: str, group_of: dict[int, _Group]) -> _Group | None:
    """The organisation a bracketed short form follows, when the initials of its name
    appear in the short form in order ("Elspa" after "Leisure Software Publishers
    Association", whose first words the model left out), or the name the model took for
    a person's whose syllables the short form is (`_syllables_of_person_name`), which
    the caller makes a body's."""
    for mention in group.mentions:
        before = mention.bracketed_after
        target = group_of.get(id(before)) if before is not None else None
        if target is not None and _syllables_of_person_name(group, name, target):
            return target  # a body's name the model took for a person's
        if target is None or _group_type(target) != "organization":
            continue
        letters = iter(name.casefold())
        initials = _acronym(re.sub(r"^The ", "", before.name)).casefold()
        if len(initials) >= 2 and all(ch in letters for ch in initials):
            return target
        if _spelt_from(name, before.name):
            return target
        # after the ticker the bracket can only hold the firm's short form ("Statoil"
        # of "Den Norske Stats Oljeselskap"), led by the initial of one of its words
        if mention.after_ticker and name[:1] in {w[:1] for w in before.name.split()}:
            return target
        if _ticker_symbol_after(name, before.name):
            return target
    return None


def _syllables_of_person_name(group: _Group, short: str, target: _Group) -> bool:
    """Whether a body's short form in brackets is made of the first syllables of the
    name before it, which the model took for a person's ("Minero Peru Comercial
    (Minpeco), the government's minerals marketing arm"): no person is named so, so the
    name is the body's."""
    words = [w for w in _longest_name(target).split() if w[:1].isupper()]
    return (
        _group_type(group) == "organization"
        and _group_type(target) == "person"
        and len(words) >= 3
        and _beginnings_spell(short, words)
    )


def _ticker_symbol_after(short: str, name: str) -> bool:
    """Capitals in brackets after a firm's legal name, led by its first word's initial:
    the firm's stock symbol ("Chase Manhattan Corp (CMB)"), which spells none of the
    name's initials ("Corp" is no "B"). Only after a company form ("Corp", "Inc", "Plc"):
    capitals after a plain name may be another body's ("the Commission (EC)")."""
    return (
        2 <= len(short) <= 5
        and short.isalpha()
        and short.isupper()
        and _without_company_form(name) != name
        and short[0] == name[:1]
    )


def _spelt_from(short: str, name: str) -> bool:
    """Whether an all-capitals short form takes its letters, in order, from the name's
    words, the first from a word's initial: "COMEX" of "Commodity Exchange Inc", "VW" of
    "Volkswagen AG", "CAC" of "Victorian Corporate Affairs Commission". A list's next
    name ("Ford Motor Co, GM, and ...") spells nothing of the name before it."""
    if not short.isupper() or len(short) < 2 or not short.isalpha():
        return False
    words = [w for w in name.split() if w[:1].isupper()]
    for i, word in enumerate(words):
        if word[0] != short[0]:
            continue
        rest = iter(" ".join(words[i:])[1:].casefold())
        if all(ch in rest for ch in short[1:].casefold()):
            return True
    return False


# Last words of newspapers' names, which news uses alone for the paper it has named in
# full ("The New York Times ... the Times reported").
PUBLICATION_WORDS = word_set("times post journal herald telegraph tribune gazette chronicle")


def _merge_org_short_forms(groups: list[_Group]) -> list[_Group]:
    """A one-word name that starts or ends one organisation joins it ("Altria Group",
    "MG Rover"); places stay apart ("UK" is not "UK Coal").

    People introduced with a title or honorific keep their own record.
    """
    by_first: dict[str, list[_Group]] = defaultdict(list)
    by_last: dict[str, list[_Group]] = defaultdict(list)
    by_stem: dict[str, list[_Group]] = defaultdict(list)
    by_lead: dict[str, list[_Group]] = defaultdict(list)  # "Lex Vehicle" of "... Leasing Ltd"
    by_core: dict[str, list[_Group]] = defaultdict(list)
    by_all_last: dict[str, list[_Group]] = defaultdict(list)
    for group in groups:
        name = re.sub(r"^The ", "", _longest_name(group))
        if len(name.split()) >= 2 and _group_type(group) == "organization":
            first = name.split()[0].casefold().rstrip(",")  # "Walsh," of "Walsh, Greenwood and Co"
            by_first[re.sub(r"['\u2019]s$", "", first)].append(group)
            last = name.split()[-1].casefold()
            by_all_last[last].append(group)  # "Senate" of "U.S. Senate" (`chamber_targets`)
            # not "Group", "Council"; but "the Times" of "The New York Times"
            if last not in ORG_WORDS or last in PUBLICATION_WORDS:
                by_last[last].append(group)
            stem = _without_company_form(name)
            if len(stem.split()) >= 2 and stem != name:
                by_stem[stem.casefold()].append(group)
                for lead in _leading_forms(stem):
                    by_lead[lead.casefold()].append(group)
                # "Kodak" of "Eastman Kodak Co": the last word before the company form
                stem_last = stem.split()[-1].casefold()
                if stem_last != last and stem_last not in ORG_WORDS:
                    by_last[stem_last].append(group)
            core = nationality_firm_core(stem)
            if core is not None:  # "Honda" of "American Honda Motor Corp"
                by_core[core.casefold()].append(group)
    result: list[_Group] = []
    for group in groups:
        name = _longest_name(group)
        key = name.casefold()
        if len(name.split()) == 1:
            targets = by_first.get(key) or by_last.get(key) or by_core.get(key) or []
            if _gentilic(group):  # "Israeli soldiers" name no "Israeli Defense Force"
                targets = []
            if _party_adjective(group) and not all(map(_party_body, targets)):
                targets = []  # "Republican front-runner": not the Republican National Convention
            if key in CHAMBER_WORDS:  # "the House" is no "House Intelligence Committee"
                targets = chamber_targets(name, by_first.get(key, []) + by_all_last[key])
            elif not targets and key in ORG_WORDS and key not in PUBLICATION_WORDS:
                # "the Fund" of the International Monetary Fund, "the Community" of the
                # European Community: the one body named with that head word
                heads = [g for g in by_all_last.get(key, []) if _headed_by_last(g)]
                targets = heads if len(heads) == 1 else []
        else:  # "Gulf States" of "Gulf States Utilities Co"
            targets = by_stem.get(re.sub(r"^the ", "", key), [])
            kind = _group_type(group)
            if not targets and (kind == "person" or (kind == "place" and _label_only_place(group))):
                # a firm's leading words the model took for a person's name, or for a
                # place by its labels alone ("Kansas City" of "Kansas City Southern Inc")
                targets = by_lead.get(key, [])
        if any(m.club for m in group.mentions):  # "Liverpool" the club: no "Liverpool Echo"
            targets = [t for t in targets if club_of_town(name, _longest_name(t))]
        targets = _without_maker_products(group, targets, groups)
        if not any(m.modifier or m.label == "NORP" for m in group.mentions):  # not "American"
            targets = _legal_names_only(targets)
        if len(targets) > 1:  # "Sony" of "Sony Corp", not of "Sony Prudential Life"
            targets = [t for t in targets if _without_company_form(_longest_name(t)) == name]
            # "United" beside "Manchester United" and "Sheffield United": either club,
            # so neither, and no third actor on the page.
            group.shared_short = (
                len(targets) != 1
                and group.vote().get("person", 0.0) < 3.0
                # "Canada" of "Royal Bank of Canada" and "Banco Royal do Canada": the
                # country, as it would be beside one of them (below)
                and not (_group_type(group) == "place" and not _label_only_place(group))
            )
        if len(targets) == 1 and _division_apart(group, targets[0]):
            result.append(group)
            continue
        if len(targets) == 1 and _surname_of(group, targets[0], by_first.get(key)):
            for mention in targets[0].mentions:
                _as_person(mention)  # "Ivo Minar" ... "Minar won": a person, not a firm
            for mention in group.mentions:
                _as_person(mention)
            targets[0].mentions.extend(group.mentions)
            continue
        votes = group.vote()
        if len(targets) == 1 and _person_apart(group, targets[0]):
            result.append(group)  # "Trump ... he said" beside "the Trump Train"
            continue
        if (
            len(targets) == 1
            and group.entry is None
            # a role in apposition ("MKI, a major broker") is no person's name unless
            # the model tags the name a person somewhere; the model's labels alone are
            # none either before a firm named with its legal form ("Avon Products Inc
            # ... Avon said ... Avon's chairman"), though they keep a body apart from
            # its branch ("Yukos" of "Yukos USA")
            and (
                votes.get("person", 0.0) < 3.0
                or not _ever_tagged_person(group)
                or not (_person_in_text(group) or _no_legal_form(targets[0]))
                # "Becor Western" of "Becor Western Inc": a name of two words or more
                # that is a firm's own name less its legal form is the firm, unless
                # the words around it make it a person (a role, "Mr", "he") or it
                # opens with a given name ("Jim Calloway" of "Jim Calloway Corp" may
                # be the man the firm is named after)
                or (
                    len(name.split()) >= 2
                    and not _person_in_words(group)
                    and name.split()[0] not in GIVEN_NAMES | LISTED_GIVEN_NAMES
                )
            )
            # a place only by the model's labels is the organisation's short name:
            # "Sands" of "Las Vegas Sands"; "UK" (a known place) is not "UK Coal"
            and (
                _group_type(group) != "place"
                or _label_only_place(group, buildings=not _no_legal_form(targets[0]))
            )
        ):
            for mention in group.mentions:
                _as_type(mention, "organization")
            targets[0].mentions.extend(group.mentions)
        else:
            result.append(group)
    return result


def _headed_by_last(group: _Group) -> bool:
    """Whether a body's name is headed by its last word, which may then stand alone for
    it: "European Community", "U.S. Army"; not "Second Chamber of Parliament" (a part
    of Parliament) nor "Don Guardian" (a person's name, whatever the model's label)."""
    words = _longest_name(group).split()
    return words[-2].casefold() not in {"of", "for"} and words[0] not in GIVEN_NAMES


def _without_maker_products(
    group: _Group, targets: list[_Group], groups: list[_Group]
) -> list[_Group]:
    """The longer names `group` may be the short form of, less the products it makes
    ("Microsoft Xbox" of "Microsoft": `maker_product`), which are flagged as such."""
    products = [t for t in targets if maker_product(group, t, groups)]
    for product in products:
        product.maker_product = True
    return [t for t in targets if t not in products]


def _division_apart(group: _Group, target: _Group) -> bool:
    """Whether a one-word body ("EMI") and the longer name it opens ("EMI Music") are
    a parent and its division, two actors: the short name says or does something
    before the longer one is first named ("EMI said ..." before "EMI Music's sales"),
    so it stands for a body of its own rather than abbreviating one, and the longer
    name acts too. The division's own words are common nouns ("Music", "Sport
    Interactive"), not a name ("Exxon Mobil"). A longer name that is the short one with
    a company form ("Altria Group", "Sony Corp") or a party's ("Labour Party") is the
    same body, and stays one."""
    name = re.sub(r"^The ", "", _longest_name(target))
    if _without_company_form(name) != name or _party_body(target):
        return False  # "Labour" of "Labour Party" is the party itself
    if name_key(name).split()[0] != name_key(_longest_name(group)):
        return False  # "the Post" of "New York Post": a last word, no parent's name
    if network_programme(name):
        return True  # "NBC" beside "NBC Nightly News": the network and its programme
    if any(m.division for m in target.mentions):
        return True  # "Next Directory, the mail-order arm of Next": the text says two
    if not all(_common_word(w.casefold()) for w in name.split()[1:]):
        return False  # "Exxon" of "Exxon Mobil": a merged firm's name, no division's
    return _acts_before(group, target) and any(m.speaks or m.acting for m in target.mentions)


def _acts_before(group: _Group, target: _Group) -> bool:
    """Whether a body speaks or acts before a longer name holding its own is first
    named: then it stands for a body of its own (a parent, `_division_apart` and
    `_parent_of_a_unit`), not for that name shortened."""
    first = min(m.start for m in target.mentions)
    return any((m.speaks or m.acting) and m.start < first for m in group.mentions)


def _legal_names_only(targets: list[_Group]) -> list[_Group]:
    """The targets less those that are another target's name without its company form
    ("Gull Air" beside "Gull Air Inc"): one firm, which this loop joins, so "Gull said"
    is that firm's short name, not one shared by two bodies."""
    stems = {
        _without_company_form(_longest_name(t)).casefold() for t in targets if not _no_legal_form(t)
    }
    return [t for t in targets if not _no_legal_form(t) or _longest_name(t).casefold() not in stems]


def _person_in_text(group: _Group) -> bool:
    """Whether the text, not the model's labels, shows a person in one of the group's
    mentions: a role, an honorific, a pronoun of one sex, or any other person evidence
    (`_Mention.evidence`). A firm's short name the model tags a person wherever it
    stands alone ("Avon said", "Avon's spokesman") shows none."""
    if group.honorific:
        return True
    return any(
        m.roles or m.honorific or m.pronoun_sex or m.evidence().get("person", 0.0) > 0.0
        for m in group.mentions
    )


def _person_apart(group: _Group, target: _Group) -> bool:
    """Whether a one-word name the article's words make a person (a "he"/"she" going on
    from it, an honorific) and the model tags a person once stays apart from the body
    whose name it opens or ends, when that body has no legal form: "Trump" ("Trump told Newsmax ...,
    adding, 'He lost ...'") is no short form of "the Trump Train" the model calls a body.
    A firm named with its legal form keeps its short name ("Avon" of "Avon Products Inc",
    however the model tags it)."""
    return (
        len(_longest_name(group).split()) == 1
        and _no_legal_form(target)
        and any(m.pronoun_sex or m.honorific for m in group.mentions)
        and _ever_tagged_person(group)
        and not any(m.label == "ORG" and m.speaks for m in target.mentions)
    )


def _person_in_words(group: _Group) -> bool:
    """Whether the article's words, not the name's shape or the model's labels, make one
    of the group's mentions a person: a role, an honorific or a pronoun of one sex."""
    return bool(group.honorific) or any(
        m.honorific or m.pronoun_sex or any(_person_role(r) for r in m.roles)
        for m in group.mentions
    )


def _person_role(role: str) -> bool:
    """Whether a role's head is a listed word for what a person is ("president of the
    bank", "chief executive"), not a phrase the apposition rule took for a role ("the
    amended Davis Mining offer": "offer" ends as agent nouns do, and is none), nor the
    role of a bank running a bond issue ("sole manager", "lead manager")."""
    words = re.split(r" (?:of|for|at|in|to|with) ", role, maxsplit=1)[0].split()
    if len(words) >= 2 and words[-2].casefold() in ISSUE_MANAGER_MODIFIERS:
        return False
    return bool(words) and words[-1].casefold() in PERSON_ROLE_HEADS


def _leading_forms(stem: str) -> list[str]:
    """Shorter forms of a firm's name (without its legal form) that keep its first two
    words or more: the words before its "and" ("Davis Mining" of "Davis Mining and
    Manufacturing"), and the words before a tail of common words ("Lex Vehicle" of
    "Lex Vehicle Leasing")."""
    words = stem.split()
    forms = []
    if words.count("and") == 1 and words.index("and") >= 2:
        forms.append(" ".join(words[: words.index("and")]))
    cut = len(words)
    while cut > 2 and _common_or_gerund(words[cut - 1].casefold()):
        if words[cut - 1].casefold() in UNIT_TAIL_WORDS:
            break  # "Harwell Dunmore" of "Harwell Dunmore Bank": maybe the bank's group
        cut -= 1
        forms.append(" ".join(words[:cut]))
    return forms


def _common_or_gerund(word: str) -> bool:
    """A common English word, or the "-ing" noun of one ("Leasing", "Mining")."""
    if _common_word(word):
        return True
    stem = word[:-3] if word.endswith("ing") else ""
    return len(stem) >= 3 and (_common_word(stem) or _common_word(stem + "e"))


def _no_legal_form(group: _Group) -> bool:
    """Whether the group's name ends in no company form ("Yukos USA", not "Avon
    Products Inc")."""
    name = _longest_name(group)
    return _without_company_form(name) == name


def _ever_tagged_person(group: _Group) -> bool:
    """Whether the model tags any mention of the group a person."""
    return any(m.label == "PERSON" for m in group.mentions)


def chamber_targets(chamber: str, candidates: list[_Group]) -> list[_Group]:
    """The chambers themselves among the bodies a bare "Senate", "House" or "Congress"
    may be the short form of (`_chamber_itself`): "U.S. Senate", "House of
    Representatives", "U.S. Congress", read among the names the chamber's word opens
    or ends. Beside two ("U.S. House" and "Florida House") the bare name is the short
    form of either, which the caller leaves unlisted."""
    return list({id(t): t for t in candidates if _chamber_itself(t, chamber)}.values())


def _chamber_itself(target: _Group, chamber: str) -> bool:
    """Whether `target` is the chamber `chamber` itself: "House of Representatives",
    "House of Commons", or the chamber of a place ("U.S. House", "Florida Senate");
    not "White House" nor "House Intelligence Committee"."""
    words = _longest_name(target).split()
    if len(words) >= 3 and words[0].casefold() == chamber.casefold() and words[1] == "of":
        return True
    if len(words) < 2 or words[-1].casefold() != chamber.casefold():
        return False
    place = " ".join(words[:-1])
    return (
        _known_place(place)
        or place.casefold() in gazetteer()
        or name_key(place) in place_aliases()
        or place.replace(".", "") in us_state_codes()
    )


def _party_adjective(group: _Group) -> bool:
    """A party's adjective used mostly as an adjective ("Republican front-runner",
    "Democratic primary"): it may stand for the party, never for another body whose
    name it opens ("Republican National Convention", "Democratic National Committee")."""
    adjectival = sum(m.label == "NORP" and m.modifier for m in group.mentions)
    name = _longest_name(group).casefold()
    return name in POLITICAL_ADJECTIVES and 2 * adjectival > len(group.mentions)


def _party_body(group: _Group) -> bool:
    """A party by its name: "Republican Party", "Labour", "the Tories"."""
    name = _longest_name(group)
    return name.casefold().endswith(" party") or _party_named(name) is not None


def _gentilic(group: _Group) -> bool:
    """A one-word nationality used mostly as an adjective ("Israeli soldiers", "the
    Israeli government"): the people or state of a place, not a short form of the body
    whose name it opens ("Israeli Defense Force"). A body's short name is a noun of its
    own ("American said it would cut fares" of "American Airlines") and stays free to
    join."""
    name = _longest_name(group)
    if name.casefold() in NATIONALITY_WORDS and all(
        m.label == "NORP" and not m.acting for m in group.mentions
    ):
        # "The Scottish Executive said", the model tagging only "Scottish": a nationality
        # opening a body's name it missed is no "Scottish National Party". One that acts
        # itself stays free ("American said it would cut fares": American Airlines)
        return True
    adjectival = sum(m.label == "NORP" and m.modifier for m in group.mentions)
    if 2 * adjectival <= len(group.mentions):
        return False
    return " " not in name and _has_demonym_stem(name, (_gentilic_stems(),))


@cache
def _gentilic_stems() -> dict[str, set[str]]:
    """The demonym stems of the gazetteer's places and one-word aliases, built once."""
    return _demonym_stems(
        KNOWN_PLACES | {a for a in PLACE_ALIASES if " " not in a and "." not in a}
    )


def _surname_of(group: _Group, target: _Group, first_of: list[_Group] | None) -> bool:
    """Whether the one-word `group` is the surname of `target`, a person the model
    tagged as an organisation: the last word of a two- or three-word name, tagged a
    person wherever it stands alone, while nothing in the text makes the full name an
    organisation. Organisations are shortened to their first word ("Altria"), people
    to their last ("Minar")."""
    if first_of or group.entry is not None or target.entry is not None:
        return False
    if not all(m.label == "PERSON" or m.base == "person" for m in group.mentions):
        return False  # the model's label, or the type a team sheet gave the surname
    words = _longest_name(target).split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    return target.evidence().get("organization", 0.0) < 3.0


def _label_only_place(group: _Group, buildings: bool = False) -> bool:
    """A place by the model's labels alone: no cue, not a known place, no alias. With
    `buildings`, the building label's lean to a place (`FAC_PLACE_VOTE`) counts as the
    model's too: "a spokesman for Allegheny Beverage" of "Allegheny Beverage Corp",
    tagged a building. Only before a firm named with its legal form: "the Vatican" is
    no short name of "Vatican Radio", nor "the Capitol" of "Capitol Hill"."""
    name = _longest_name(group).casefold()
    if name in KNOWN_PLACES or name_key(name) in place_aliases():
        return False
    labels = sum(m.label == "FAC" for m in group.mentions) if buildings else 0
    return group.evidence().get("place", 0.0) <= FAC_PLACE_VOTE * labels


def _merge_contained_orgs(groups: list[_Group]) -> list[_Group]:
    """ "Media Council" joins "Ugandan Media Council" when it is inside no other name.
    A court named with its seat ("United States Court of Appeals for the Seventh
    Circuit") takes no bare "Court of Appeals": every circuit's court is called so, and
    the article's other "Court of Appeals in Washington" is another court."""
    orgs = [
        g
        for g in groups
        if g.entry is None
        and _group_type(g) == "organization"
        and len(_longest_name(g).split()) >= 2
        and not court_with_seat(_longest_name(g))
    ]
    parents = [g for g in orgs if _parent_of_a_unit(g, orgs)]
    groups = _merge_into_container(groups, [g for g in orgs if g not in parents])
    # "told the Wheat Growers" after "the National Association of Wheat Growers": a
    # short form the model called a building, with nothing of a place about it.
    orgs = [g for g in orgs if g in groups]
    groups = _fold_into_one_container(
        groups,
        orgs,
        lambda group: _building_short_form(group, _longest_name(group)),
        lambda inside, outer: inside in outer,
    )
    return _merge_firms_without_form(groups, [g for g in orgs if g in groups])


def _parent_of_a_unit(group: _Group, orgs: list[_Group]) -> bool:
    """Whether a body's name is that of the parent of a unit the article names after
    it: "General Motors has warned ... General Motors Acceptance Corp (GMAC)", where
    the longer name adds only a unit's words ("Acceptance", "Credit", "Bank":
    `UNIT_TAIL_WORDS`) and a company form. As with a one-word name and its division
    (`_division_apart`), the short name must speak or act before the unit is first
    named: wire copy that names "Great Western Financial Corp" first and "Great
    Western" after uses the short name for the same firm."""
    short = name_key(_longest_name(group)).split()
    for other in orgs:
        words = name_key(_without_company_form(_longest_name(other))).split()
        if other is group or len(words) <= len(short) or words[: len(short)] != short:
            continue
        if not all(w in UNIT_TAIL_WORDS for w in words[len(short) :]):
            continue
        if _acts_before(group, other):
            return True
    return False


def _merge_firms_without_form(groups: list[_Group], orgs: list[_Group]) -> list[_Group]:
    """ "Diamond Shamrock" joins "Diamond Shamrock Corp": a firm named without its
    company suffix, which the model took for a person's name (two capitalised words),
    when nothing in the text says it is a person (no honorific, role or person cue)."""
    firms: dict[str, list[_Group]] = defaultdict(list)
    for org in orgs:
        name = _longest_name(org)
        stem = _without_company_form(name)
        if stem != name:
            firms[name_key(stem)].append(org)
    if not firms:
        return groups
    result: list[_Group] = []
    for group in groups:
        targets = firms.get(name_key(_longest_name(group)), [])
        if (
            len(targets) == 1
            and targets[0] is not group
            and group.entry is None
            and _group_type(group) == "person"
            and not group.honorific
            and not any(m.roles or m.honorific for m in group.mentions)
            and (
                group.evidence().get("person", 0.0) <= 0.0
                # "James Capel" of "James Capel and Co": a given name is no evidence
                or (founders_firm(_longest_name(targets[0])) and not _person_in_words(group))
            )
        ):
            for mention in group.mentions:
                _as_type(mention, "organization")
            targets[0].mentions.extend(group.mentions)
        else:
            result.append(group)
    return result


def _building_short_form(group: _Group, name: str) -> bool:
    """A name of two or more words that only the model's building label calls a place
    (no cue, no place word at its end)."""
    return (
        group.entry is None
        and len(name.split()) >= 2
        and {m.label for m in group.mentions} == {"FAC"}
        and name.split()[-1].casefold() not in PLACE_HEAD_WORDS
        and group.evidence().get("place", 0.0) <= 0.5 * len(group.mentions)
    )
