"""A candidate's campaign speaking where the mention does not name the candidate.

"The Clinton campaign said" and "Clinton's campaign said" are the campaign, under the
candidate's name (`bodies._led_body`). Political copy as often writes the campaign with
a possessive pronoun or with no owner at all, once the article has named it:

- "His campaign said ...", "her campaign aides said": the campaign of the person the
  pronoun stands for, found as "he"/"she" would be (the pronoun rules of `mention`),
  when that person is named in the pronoun's sentence or the two before and is the
  last person named before it in its own sentence;
- "the campaign said ...", "campaign officials said": the campaign the article has
  named before, when it has named exactly one ("the Sanders campaign said ... the
  campaign said"); two campaigns, or one behind a pronoun that is not the same
  person's, leave the mention open.

Unnamed staff speak for the campaign, under their own words as the mention ("a campaign
spokesman"), as `led_body` already lets "a Clinton campaign spokesman" do; staff are the
voices of `SPOKES_NOUNS` only, never a campaign manager, whose words are one person's.
The campaign is an organisation under the name `bodies._owned_body_name` gives a
possessive: the candidate's surname and the noun ("Clinton campaign"), as news names
it; the given name too where another person of the article has the surname
("Hillary Clinton campaign"), so that one campaign is one actor.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from spacy.tokens import Token

from generator.extract.body_names import LED_BODIES
from generator.extract.pronouns import FEMALE_PRONOUNS, MALE_PRONOUNS
from generator.extract.speakers.bodies import _body_actor, _owned_body_name
from generator.extract.speakers.context import _Context
from generator.extract.speakers.lexicon import DETERMINERS, SPOKES_NOUNS
from generator.extract.words import word_lists
from generator.model import Actor

#: Bodies an article names once with their leader and then bare ("the campaign").
BARE_LED_BODIES = word_lists("speaker_words")["bare_led_bodies"]
#: The possessive pronouns a person's campaign is written with.
_POSSESSIVES = {"his": "m", "her": "f"}
#: The parser's links from a body noun to the name or pronoun that owns it.
_OWNER_DEPS = frozenset({"poss", "compound"})
#: How many sentences before a possessive pronoun its person must be named in.
_NEAR_SENTENCES = 2

Resolver = Callable[[_Context, str, int, int, bool], "Actor | None"]


def campaign_voice(
    ctx: _Context, words: list[str], start: int, end: int, resolve: Resolver
) -> Actor | None:
    """The campaign a mention without its candidate's name speaks for ("his campaign",
    "the campaign", "campaign aides"), or None. `resolve` is `mention._resolve_mention`
    (passed in to keep the import order), used for the pronoun."""
    owner, noun = _campaign_words(words)
    if noun is None:
        return None
    if noun not in BARE_LED_BODIES:
        return None  # "his team said": a driver's team is a club, not his
    if owner:
        person = _pronoun_person(ctx, owner, start, resolve)
    else:
        person = _sole_named_owner(ctx, noun, start, resolve)
    if person is None:
        return None
    return _body_actor(ctx, _owned_body_name(ctx, person, f"{_short(person)} {noun}"), start, end)


def _campaign_words(words: list[str]) -> tuple[str, str | None]:
    """The owner word ("his", "her", "" for none) and the body noun of a mention that is
    nothing else, or that and a staff noun: "his campaign", "the campaign", "campaign
    aides", "her campaign spokesman". ("", None) for any other mention."""
    none: tuple[str, str | None] = ("", None)
    core = list(words)
    owner = ""
    if core and core[0] in _POSSESSIVES:
        owner, core = core[0], core[1:]
    elif core and core[0] in DETERMINERS:
        if core[0] != "the" and (len(core) < 3 or core[-1] not in SPOKES_NOUNS):
            return none  # "a campaign said": not one the article named
        core = core[1:]
    if not core or core[0] not in LED_BODIES:
        return none
    if len(core) == 1:
        return owner, core[0]
    if len(core) == 2 and core[1] in SPOKES_NOUNS:
        return owner, core[0]
    return none


def _pronoun_person(ctx: _Context, pronoun: str, start: int, resolve: Resolver) -> Actor | None:
    """The person "his"/"her" at `start` stands for, resolved as "he"/"she" would be,
    when the article names that person in the pronoun's sentence or the two before: a
    pronoun whose person is further back is too loose a guess for a body's name (a
    live blog's junk name taken for "his" in "Ted Cruz apologized for his campaign's
    suggestion")."""
    assert pronoun in MALE_PRONOUNS | FEMALE_PRONOUNS  # the rules for "he"/"she" take it
    found = resolve(ctx, pronoun, start, start + len(pronoun), True)
    if found is None or found.type != "person":
        return None
    since = ctx.sent_starts[max(0, ctx.sent_of(start) - _NEAR_SENTENCES)]
    near = any(since <= s and e <= start for s, e in found.spans)
    return found if near and not _other_person_first(ctx, found, start) else None


def _other_person_first(ctx: _Context, person: Actor, start: int) -> bool:
    """Whether the name the model tagged as a person last before `start` in its sentence
    is not `person`'s: "his" in "Ted Cruz apologized for his campaign's suggestion"
    is most likely the name just before it, and a resolver that disagrees is in doubt."""
    since = ctx.sent_starts[ctx.sent_of(start)]
    lo, hi = (bisect.bisect_left(ctx.token_starts, at) for at in (since, start))
    names = [t for t in ctx.doc[lo:hi] if t.ent_type_ == "PERSON"]
    if not names:
        return False
    last = names[-1]
    return not any(s <= last.idx < e for s, e in person.spans)


def _sole_named_owner(ctx: _Context, noun: str, start: int, resolve: Resolver) -> Actor | None:
    """The one person whose `noun` ("campaign") the article names before `start`, by
    name ("the Sanders campaign", "Sanders's campaign") or by a pronoun resolved to a
    person ("his campaign"); None when it names none, several, a plural ("the Clinton
    and Sanders campaigns") or one whose owner is unclear."""
    owners: list[Actor] = []
    for token in ctx.doc[: bisect.bisect_left(ctx.token_starts, start)]:
        lower = token.lower_
        if lower not in {noun, noun + "s"} or token.pos_ not in {"NOUN", "PROPN"}:
            continue
        owner = _owner_before(ctx, token, resolve)
        if owner is None:
            continue  # "the campaign trail", "a presidential campaign": no one's
        if lower != noun or owner == "unclear":
            return None  # "the Clinton and Sanders campaigns", "his campaign" of whom?
        if owner not in owners:
            owners.append(owner)
    return owners[0] if len(owners) == 1 else None


def _owner_before(ctx: _Context, token: Token, resolve: Resolver) -> Actor | str | None:
    """Who owns the body noun `token` by the words the parser hangs on it as its owner:
    a person's name ("Sanders campaign", "Sanders's campaign", "Clinton's 2008
    campaign"), or "his"/"her" resolved to a person; "unclear" where an owner is there
    but no person of the article ("the senator's campaign", "their campaign", a
    pronoun with no near person); None where there is none ("the campaign trail", "a
    presidential campaign")."""
    owners = [c for c in token.children if c.dep_ in _OWNER_DEPS and c.i < token.i]
    if not owners:
        return None
    if len(owners) > 1:
        return "unclear"
    owner = owners[0]
    if owner.lower_ in _POSSESSIVES:
        return _pronoun_person(ctx, owner.lower_, owner.idx, resolve) or "unclear"
    if owner.pos_ != "PROPN" and not owner.text[:1].isupper():
        return "unclear" if owner.dep_ == "poss" else None  # "the senator's campaign"
    found = [a for s, e, a in ctx.spans if s <= owner.idx < e]
    people = [a for a in found if a.type == "person"]
    return people[0] if len(people) == 1 and len(found) == 1 else "unclear"


def _short(person: Actor) -> str:
    """The person's name as the campaign's is written: given name and surname."""
    parts = person.name.split()
    return f"{parts[0]} {parts[-1]}" if len(parts) > 2 else person.name
