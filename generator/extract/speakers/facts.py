"""Speakers named by a nationality or an age the article states of one person: "Dutch
striker Ruud van Nistelrooy ... the Dutchman said", "Wayne Rooney, 19, ... said the
19-year-old", "Scotland's Colin Montgomerie ... the Scot added".

News names a person once with such a fact and then calls him by it instead of the
name. The article's own statement is the evidence: the description is the one person
named earlier to whom the article gives every fact the description says, if that
person is named in the stretch just before. Two such people leave it unresolved; a
person the article gives another age or only other nationalities is not the one
described, whoever the sentence before is about.

What counts as stated (`_stated`): a nationality adjective or noun among the words
written right before the name ("American Andy Roddick", "Frenchman Thierry Henry"), a
country in the possessive right before it ("Scotland's Colin Montgomerie"), in
brackets or "of" after it ("Lee Westwood (England)", "Vladimir Putin of Russia"), a
nationality adjective in an apposition (", the Dutch striker,"), an age after the name
(", 28," or "(28)") or before it ("28-year-old Wayne Rooney"). A country as a team's
name before a role ("Scotland coach Berti Vogts") says whom he works for, not what he
is, and does not count.
"""

from __future__ import annotations

import re

from generator.extract.nationalities import (
    COUNTRIES,
    COUNTRY_WORDS,
    DEMONYM_NOUNS,
    NATIONALITY_WORDS,
    PEOPLE,
)
from generator.extract.speakers.context import _compatible, _Context
from generator.extract.speakers.lexicon import REFERRING_NOUNS
from generator.extract.words import word_lists
from generator.model import Actor

# Nouns for the kind of person one is, no office another may hold ("the 28-year-old
# host", "the 30-year-old striker"): the referring nouns (occupations that are no title
# among them) and the callings
PERSON_KIND_NOUNS = REFERRING_NOUNS | word_lists("speaker_words")["calling_titles"]

# Nouns for the holder, elsewhere, of someone's office ("his Israeli counterpart"): a
# nationality before one is another person's (`nationality_of_another`)
_COUNTERPART_NOUNS = word_lists("speaker_words")["counterpart_nouns"]

_AGE = re.compile(r"(\d{1,3})-year-old")
# what may stand right after a name and state a fact of the person
_AGE_AFTER = re.compile(r"\s*(?:,\s*(\d{1,3})\s*[,.;)]|\((\d{1,3})\))")
_BRACKET_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z .]{1,30})\)")
_OF_AFTER = re.compile(r"\s+of\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)")
_APPOSITION_AFTER = re.compile(r"\s*,\s*(?:the|a|an)\s+([^,.;:()\"]{1,60}?)\s*[,.;]")
# how far back, in sentences, the person must have been named
STRETCH = 6
# parts of speech of the words before a name that describe the person
_DESCRIBING_POS = frozenset({"PROPN", "ADJ", "NOUN", "NUM"})


def described_facts(words: list[str]) -> list[frozenset[str]] | None:
    """The facts "the [modifiers] head" says of a person, each as the set of words that
    would state it ("the 28-year-old Dutchman": the age 28 and dutch/holland/...), when
    it says nothing else: a head that is a nationality noun or an age, and modifiers
    that are ages or nationality adjectives; or an age right before a noun for the kind
    of person, which names no office (`PERSON_KIND_NOUNS`: "the 28-year-old host",
    "the 74-year-old comedian"), the noun saying nothing the rule checks. None for
    anything else ("the veteran Scot", "the Dutch striker"), which it leaves alone."""
    if len(words) < 2 or words[0] != "the":
        return None
    head = words[-1]
    kind = head in PERSON_KIND_NOUNS and len(words) > 2 and _AGE.fullmatch(words[-2])
    if head not in DEMONYM_NOUNS and not _AGE.fullmatch(head) and not kind:
        return None
    facts = []
    for word in words[1:-1] if kind else words[1:]:
        if head in COUNTRIES and word != head and any(word in c.split() for c in COUNTRIES[head]):
            continue  # "the New Zealander": a word of the noun, no fact of its own
        age = _AGE.fullmatch(word)
        if age is not None:
            facts.append(frozenset({f"age:{int(age[1])}"}))
        else:
            nouns = [noun for noun, terms in PEOPLE.items() if word in terms]
            if not nouns:
                return None
            facts.append(frozenset().union(*(PEOPLE[n] | COUNTRIES[n] for n in nouns)))
    return facts


def _stated(ctx: _Context, actor: Actor, before: int) -> set[str]:
    """The nationalities and ages the article gives `actor` at its mentions before
    `before` (the module docstring says how), as nationality words and "age:N"."""
    stated: set[str] = set()
    text = ctx.text
    for s, e in actor.spans:
        if s >= before:
            continue
        stated |= _written_before(ctx, actor, s)
        after = text[e : e + 80]
        if (m := _AGE_AFTER.match(after)) is not None:
            stated.add(f"age:{int(m[1] or m[2])}")
        for pattern in (_BRACKET_AFTER, _OF_AFTER):
            if (m := pattern.match(after)) is not None and m[1].casefold() in COUNTRY_WORDS:
                stated.add(m[1].casefold())
        if (m := _APPOSITION_AFTER.match(after)) is not None:
            stated |= {w for w in m[1].casefold().split() if _is_nationality_word(w)}
    return stated


def _written_before(ctx: _Context, actor: Actor, start: int) -> set[str]:
    """Facts in the run of describing words right before a mention ("Manchester United's
    28-year-old Dutch striker"), back to the first word that is no such word or is
    another actor's name; a country there only as "Scotland's" right before the name."""
    doc = ctx.doc
    i = next((t.i for t in doc if t.idx >= start), None)
    if i is None:
        return set()
    stated: set[str] = set()
    sent_start = doc[i].sent.start
    k = i - 1
    if k > sent_start and doc[k].lower_ in {"'s", "\u2019s"}:
        for country in (doc[k - 1].lower_, doc[k - 2 : k].text.casefold()):
            if country in COUNTRY_WORDS:
                stated.add(country)
        return stated
    while k >= sent_start and i - k <= 12:
        token = doc[k]
        hyphen = token.text == "-" and k > sent_start
        if not hyphen and token.pos_ not in _DESCRIBING_POS:
            break
        if _other_actor_at(ctx, actor, token.idx):
            break
        k -= 1
    if k + 1 >= i:
        return stated
    run = ctx.text[doc[k + 1].idx : start].casefold()
    stated |= {f"age:{int(age)}" for age in _AGE.findall(run)}
    stated |= {w for w in re.findall(r"[a-z]+", run) if _is_nationality_word(w)}
    return stated


def _is_nationality_word(word: str) -> bool:
    """A nationality adjective or noun ("dutch", "frenchman"), not a country's name."""
    return word in NATIONALITY_WORDS


def _other_actor_at(ctx: _Context, actor: Actor, pos: int) -> bool:
    """Whether a mention of an actor other than `actor` covers character `pos`."""
    return any(s <= pos < e and a is not actor for s, e, a in ctx.spans if s <= pos)


def _agrees(stated: set[str], facts: list[frozenset[str]]) -> bool:
    """Whether the stated words give every fact of the description."""
    return all(stated & fact for fact in facts)


def _contradicts(stated: set[str], facts: list[frozenset[str]]) -> bool:
    """Whether the article gives the person another age, or nationalities none of which
    is the one described."""
    for fact in facts:
        same_kind = {w for w in stated if w.startswith("age:") == _is_age(fact)}
        if same_kind and not same_kind & fact:
            return True
    return False


def _is_age(fact: frozenset[str]) -> bool:
    return any(w.startswith("age:") for w in fact)


def fact_referent(ctx: _Context, start: int, words: list[str]) -> tuple[bool, Actor | None]:
    """(decided, person) for a description by nationality or age at `start`: decided
    with the one person named before to whom the article gives those facts, if named
    in the last `STRETCH` sentences; decided with None when two people have them; not
    decided when no one has them (the sentence structure may still tell), but for the
    sole person the article has named so far (`_sole_person`)."""
    facts = described_facts(words)
    if facts is None:
        return False, None
    named = [
        a
        for a in ctx.actors
        if a.type == "person"
        and any(s < start for s, _ in a.spans)
        and _fits_sex(ctx, a, words[-1])
    ]
    agreeing = [a for a in named if _agrees(_stated(ctx, a, start), facts)]
    if len(agreeing) > 1:
        return True, None
    if not agreeing:
        return _sole_person(ctx, start, facts)
    person = agreeing[0]
    last = max(s for s, _ in person.spans if s < start)
    if ctx.sent_of(start) - ctx.sent_of(last) > STRETCH:
        return False, None
    return True, person


def _sole_person(
    ctx: _Context, start: int, facts: list[frozenset[str]]
) -> tuple[bool, Actor | None]:
    """ "Lord of the Rings director Peter Jackson has said ... said the New Zealander":
    when the article so far, headline and what people say included, names one person and
    only one, the description is that person, unless the article gives him another
    age or nationality. Not decided otherwise."""
    people = {id(a): a for s, _, a in ctx.spans if s < start and a.type == "person"}
    if len(people) != 1:
        return False, None
    (person,) = people.values()
    if _contradicts(_stated(ctx, person, start), facts):
        return False, None
    return True, person


def _fits_sex(ctx: _Context, actor: Actor, head: str) -> bool:
    """Whether a nationality noun that gives a sex ("Dutchwoman", "Scotsman") fits what
    the article says of the person's sex."""
    if head.endswith("woman"):
        return _compatible(ctx, actor, "f")
    if head.endswith("man"):
        return _compatible(ctx, actor, "m")
    return True


def fact_conflict(ctx: _Context, start: int, words: list[str], actor: Actor | None) -> bool:
    """Whether the person found by the sentence structure for a description by
    nationality or age is given another age or nationality by the article ("Rooney,
    19, ... Ferguson said ... said the 19-year-old" is not Ferguson if he is 63)."""
    facts = described_facts(words)
    if facts is None or actor is None or actor.type != "person":
        return False
    return _contradicts(_stated(ctx, actor, start), facts)


def nationality_of_another(ctx: _Context, start: int, word: str, actor: Actor) -> bool:
    """Whether a nationality that modifies a title ("the Israeli prime minister") may be
    someone else's than `actor`'s, the holder of the title found without it: the article
    gave it, before `start`, to a counterpart it does not name, and never to `actor`
    ("Prime Minister Tony Blair met his Israeli counterpart ... the Israeli prime
    minister said" is not Blair). Otherwise ("Archbishop Ian Moyo ... The Kenyan
    archbishop said"; "Iraqi oil minister Issam Chalabi") it narrows nothing."""
    nouns = [noun for noun, terms in PEOPLE.items() if word in terms]
    people = frozenset().union(*(PEOPLE[n] for n in nouns))
    countries = frozenset().union(*(COUNTRIES[n] for n in nouns))
    if not people or _stated(ctx, actor, start) & (people | countries):
        return False
    # the adjective of a counterpart, not the country nor the people nor a title: "talks
    # with Iraq", "The French turned in a stuttering performance", "a photo op with the
    # Mexican president" (the man described again later) say nothing of someone else
    for token in ctx.doc:
        if token.idx >= start:
            break
        if (
            token.lower_ in people
            and token.dep_ in {"amod", "compound"}
            and token.head.i > token.i
            and token.head.lemma_.casefold() in _COUNTERPART_NOUNS
        ):
            return True
    return False
