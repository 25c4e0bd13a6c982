"""Titles and offices: "The Florida senator says" after "Florida Sen. Marco Rubio", "the
governor", a state lawmaker, the seat of an office ("Downing Street"). A title names a
person only when exactly one person of the article holds it.
"""

from __future__ import annotations

import re

from generator.extract.actors import TITLE_WORDS
from generator.extract.speakers.chains import _previous_subject
from generator.extract.speakers.context import _compatible, _Context
from generator.extract.speakers.lexicon import (
    FEMALE_ROLE_WORDS,
    FORMER_WORDS,
    GENERIC_HEADS,
    LOOSE_MODIFIERS,
    MALE_ROLE_WORDS,
    RANK_WORDS,
    TOP_TITLES,
)
from generator.extract.speakers.name_text import _former, _words
from generator.extract.state_tags import described_tag, state_tag
from generator.extract.words import word_lists, word_set
from generator.model import Actor, name_key

# Offices whose spokesman speaks for the seat of that office, when the article names
# the seat ("Downing Street said ... The prime minister's official spokesman said").
OFFICE_SEATS: dict[tuple[str, ...], tuple[str, ...]] = {
    ("prime", "minister"): ("Downing Street", "Number 10", "No 10", "Number Ten"),
    ("premier",): ("Downing Street", "Number 10", "No 10", "Number Ten"),
    ("president",): ("White House", "Kremlin", "Elysee", "Élysée", "Blue House"),
}


# "the two-term president", "the three-time champion": how long or how often a person
# held a title, which does not narrow the title to another office
TENURE_MODIFIER = re.compile(
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)-(?:term|time)"
)


# "sen." -> {"senator"}: what a title abbreviation in a role stands for (_role_words)
TITLE_ABBREVIATIONS = {
    short: frozenset(words.split(","))
    for short, _, words in (
        item.partition(":") for item in word_lists("speaker_words")["title_abbreviations"]
    )
}


# Heads of a description by state that name one person of that state: the lawmakers'
# (state_tags.LAWMAKER_HEADS) and a governor's, who is the only one of his state
US_STATE_NAMES = frozenset(word_lists("us_states"))


STATE_OFFICE_HEADS = word_set("senator governor representative congressman congresswoman")


def _state_lawmaker(ctx: _Context, start: int, words: list[str]) -> Actor | None:
    """ "Lloyd Bentsen (D-Tex.) called ... Bentsen predicted ... The Texas senator said":
    the one person the article tags with that state (and party, if the description
    gives one), when he is the subject of the sentence just before or the speaker of
    the last reporting clause. Two people tagged with the state, or a tagged person who
    is not the one just written about, leave the description unresolved."""
    described = described_tag(words)
    if described is None:
        return None
    party, state = described
    tagged = []
    for actor in ctx.actors:
        if actor.type != "person":
            continue
        tags = {t for _, e in actor.spans if (t := state_tag(ctx.text, e)) is not None}
        if any(s == state for _, s in tags):
            tagged.append((actor, tags))
    if len(tagged) != 1:
        return None
    actor, tags = tagged[0]
    if party is not None and (party, state) not in tags:
        return None  # "Smith (R-Ohio) ... the Ohio Democrat": someone else
    if not any(s < start for s, _ in actor.spans):
        return None
    reports = [r for r in ctx.reports if r.pos < start]
    if _previous_subject(ctx, start) is not actor and (
        not reports or reports[-1].actor is not actor
    ):
        return None
    return actor


def _state_described_speaker(ctx: _Context, start: int, words: list[str]) -> Actor | None:
    """ "Sen. Bernie Sanders says he is prepared for a floor fight ...⏎⏎The Vermont
    senator told USA TODAY ...", "It was a partial reversal for the Wisconsin Republican
    [Paul Ryan] ... The Wisconsin Republican said": US news describes the person it has
    just written about by state and office or party, where the article gives that state
    no party-state tag (`_state_lawmaker` reads those).

    The person is the speaker of the last reporting clause (at most two sentences back)
    or the named subject of the sentence before, with no other person named since whom
    the article does not tie to another state. Not
    when the article ties the state to someone else or another state to that person (a
    tag, or a role: "Florida Sen. Marco Rubio"), when a party-state tag gives another
    party, or when the person's roles give an office and not the one described ("House
    Speaker Paul Ryan" is not "the Wisconsin senator").
    """
    head = words[-1] if words else ""
    described = described_tag([*words[:-1], "lawmaker"] if head in STATE_OFFICE_HEADS else words)
    if described is None:
        return None
    party, state = described
    here = ctx.sent_of(start)
    reports = [r for r in ctx.reports if r.pos < start]
    candidate = _previous_subject(ctx, start, owner=True)  # "the Sanders campaign"
    if candidate is None and reports and reports[-1].sent >= here - 2:
        candidate = reports[-1].actor
    if candidate is None or candidate.type != "person":
        return None
    last = max((e for s, e in candidate.spans if e <= start), default=-1)
    if last < 0:
        return None
    between = [a for a in ctx.actors_in(last, start) if a.type == "person" and a is not candidate]
    if any(not (_states_of(ctx, a) - {state}) for a in between):
        # "Trump attacked Cruz. The Texas senator said": Cruz, maybe; but "with Sen.
        # Joni Ernst, R-Iowa" names no one who may be "the Florida senator"
        return None
    for actor in ctx.actors:
        if actor.type != "person":
            continue
        states = _states_of(ctx, actor)
        if actor is candidate and states - {state}:
            return None
        if actor is not candidate and state in states:
            return None
    tags = {t for _, e in candidate.spans if (t := state_tag(ctx.text, e)) is not None}
    if party is not None and any(p != party for p, _ in tags):
        return None
    offices = {w for role in candidate.roles for w in _role_words(role)} & TITLE_WORDS
    if head in STATE_OFFICE_HEADS and offices and head not in offices:
        return None
    return candidate


_APPOSED_TAG = re.compile(r",\s*([DRI]-[A-Za-z][A-Za-z. ]{0,14}?)\.?(?=[,;)]|\.?\s|$)")


def _states_of(ctx: _Context, actor: Actor) -> set[str]:
    """The US states the article ties to a person: party-state tags after the name
    ("(I-Vt.)", ", R-Iowa,") and states in the roles it gives ("Florida Sen.", "senator from
    Vermont")."""
    states = {s for _, e in actor.spans if (t := state_tag(ctx.text, e)) for s in [t[1]]}
    for _, e in actor.spans:
        # the wire's apposition: "Sen. Joni Ernst, R-Iowa."
        match = _APPOSED_TAG.match(ctx.text, e)
        tags = [state_tag(f"({match[1]}{dot})", 0) for dot in ("", ".")] if match else []
        states.update(tag[1] for tag in tags if tag is not None)
    for role in actor.roles:
        text = " " + " ".join(_words(role)) + " "
        states.update(s for s in US_STATE_NAMES if f" {s} " in text)
    return states


#: The words title abbreviations stand for ("senator", "governor", "congressman")
ABBREVIATED_TITLES = frozenset(w for words in TITLE_ABBREVIATIONS.values() for w in words)


#: Those of them a party-state tag ("(D-Tex.)") says a person may hold whatever the role
LAWMAKER_TITLES = ABBREVIATED_TITLES - {"governor"}


def _party_state_tagged(ctx: _Context, actor: Actor) -> bool:
    """Whether the article gives a person a party-state tag, as lawmakers get ("Lloyd
    Bentsen (D-Tex.)", "Sen. Joni Ernst, R-Iowa,")."""
    return any(
        state_tag(ctx.text, e) is not None or _APPOSED_TAG.match(ctx.text, e)
        for _, e in actor.spans
    )


def _sole_office_holder(
    ctx: _Context, start: int, words: list[str], head: str, narrowing: list[str]
) -> Actor | None:
    """ "Florida Sen. Marco Rubio ... The Florida senator says", "Gov. Chris Christie
    ... The governor claimed": a definite title that US news writes abbreviated before
    a name (`TITLE_ABBREVIATIONS`) is the one person named before whose role holds it
    ("Sen." read as "senator", `_role_words`) with every other word of the description
    (a state the article ties to the person counts: "Sen. Ted Cruz, R-Texas").
    `_person_by_role` reads roles as written and so misses the abbreviation.

    Only when that person is the sole holder: anyone else named before with the title
    leaves the description open ("Sen. Tim Scott" may be "the senator" as well), unless
    the description names a state and the article ties that other holder to another
    one only ("Texas Sen. Ted Cruz" is not "the Florida senator"); a lawmaker's
    party-state tag makes a holder of the person whatever the role says ("Finance
    Committee Chairman Lloyd Bentsen (D-Tex.)" may be "the Texas senator"). A former
    holder ("former Florida Gov. Jeb Bush") is not "the governor", nor in the way; a
    description of a former holder, a rank ("Lt. Gov.") or a sex the person does not
    have ("the congresswoman") is left open.
    """
    if head not in ABBREVIATED_TITLES or _former(words, head):
        return None
    wanted = [w for w in narrowing if w not in LOOSE_MODIFIERS]
    text = f" {' '.join(wanted)} "
    states = {s for s in US_STATE_NAMES if f" {s} " in text}
    fits: list[Actor] = []
    for actor in ctx.actors:
        if actor.type != "person" or not any(s < start for s, _ in actor.spans):
            continue
        roles = [_role_words(r) for r in actor.roles]
        roles = [r for r in roles if head in r and not r & (FORMER_WORDS | RANK_WORDS)]
        tied = _states_of(ctx, actor)
        lawmaker = head in LAWMAKER_TITLES and _party_state_tagged(ctx, actor)
        if not roles and lawmaker and (not states or states & tied):
            return None  # "Chairman Lloyd Bentsen (D-Tex.)" may be the Texas senator
        if not roles:
            continue
        known = {w for state in tied for w in state.split()}
        if any(all(w in r or w in known for w in wanted) for r in roles):
            fits.append(actor)
        elif not (states and tied and not states & tied):
            return None  # another holder the description may mean
    if len(fits) != 1:
        return None
    gender = "f" if head in FEMALE_ROLE_WORDS else "m" if head in MALE_ROLE_WORDS else ""
    return fits[0] if not gender or _compatible(ctx, fits[0], gender) else None


def _role_words(role: str) -> set[str]:
    """The words of a role, with what its title abbreviations stand for ("Sen." ->
    "senator"), so that "Sen. Bernie Sanders" holds the title of "the Vermont senator".
    A lieutenant's title is left as written: "Lt. Gov. Dan Patrick" is not "the
    governor"."""
    words = set(_words(role))
    if words & {"lt.", "lieutenant"}:
        return words
    for word in list(words):
        words |= TITLE_ABBREVIATIONS.get(word, frozenset())
    return words


def _generic_head_holder(ctx: _Context, start: int, head: str, required: list[str]) -> Actor | None:
    """ "Arsenal manager Arsene Wenger ... '...,' the Arsenal boss said": a generic head
    ("boss", "chief", "head") with the body's words stands for the top title the article
    gave someone of that body (`TOP_TITLES`). Only the one person named before whose
    roles hold those words: if anyone else's role does too ("Arsenal captain Patrick
    Vieira", "Chelsea chief executive Peter Kenyon" beside the manager), the
    description may be either of them and stays unresolved; a bare "the boss" names no
    body and is left alone."""
    if head not in GENERIC_HEADS or not required:
        return None
    tied: list[Actor] = []
    for actor in ctx.actors:
        if actor.type != "person":
            continue
        roles = [set(_words(role)) for role in actor.roles]
        roles = [r for r in roles if set(required) <= r]
        if not roles:
            continue
        if any(s < start for s, _ in actor.spans) and any(
            r & TOP_TITLES and not r & RANK_WORDS for r in roles
        ):
            tied.append(actor)
        else:
            return None  # someone else of that body: "the Arsenal boss" may be either
    return tied[0] if len(tied) == 1 else None


def _office_seat(ctx: _Context, words: list[str]) -> Actor | None:
    """ "the prime minister's official spokesman": the seat of that office (Downing
    Street), if the article names exactly one seat of it among its actors."""
    for office, seats in OFFICE_SEATS.items():
        if not any(tuple(words[i : i + len(office)]) == office for i in range(len(words))):
            continue
        found = {id(a): a for name in seats if (a := ctx.by_name.get(name_key(name))) is not None}
        if len(found) == 1:
            return next(iter(found.values()))
    return None


def _is_seat(actor: Actor) -> bool:
    """Whether the actor is the seat of an office ("Downing Street"), which speaks for
    the office's holder although the model may type it a place."""
    names = {name_key(n) for n in [actor.name, *actor.aliases]}
    return any(name_key(seat) in names for seats in OFFICE_SEATS.values() for seat in seats)


def _person_by_role(
    ctx: _Context, start: int, head: str, context: list[str], required: list[str] = ()
) -> Actor | None:
    """The person whose role holds the head noun ("the defense secretary" -> "secretary").

    Words before the head that narrow the role ("Adelson's attorney", "the business
    partner", "the deputy leader") must be in the role too: "Attorney General John
    Ashcroft" is not Adelson's attorney. A former holder is none of "the mayor".
    """
    required = [
        w for w in required if w not in LOOSE_MODIFIERS and not TENURE_MODIFIER.fullmatch(w)
    ]
    scored: list[tuple[int, int, Actor]] = []
    # A lead may describe someone before naming them ("The head of the mercenary group
    # ... complained", named two paragraphs on); once people have been named, a
    # description refers back to one of them.
    named_before = any(s < start for s, _, a in ctx.spans if a.type == "person")
    asked = set(context) | set(required)
    for actor in ctx.actors:
        if actor.type != "person":
            continue
        # a role holds the title only without a rank the mention does not give: the
        # shadow foreign secretary is not "the foreign secretary"
        roles = [set(_words(role)) for role in actor.roles]
        roles = [r for r in roles if not (r & RANK_WORDS) - asked]
        if not asked & FORMER_WORDS:
            # "Hana Brook, the former mayor of Dunmore" is not "the mayor"
            roles = [r for r in roles if not r & FORMER_WORDS]
        role_words = {w for role in roles for w in role}
        if head not in role_words or any(w not in role_words for w in required):
            continue
        overlap = sum(1 for w in context if w in role_words)
        last_before = max((s for s, _ in actor.spans if s < start), default=-1)
        if last_before < 0 and named_before:
            continue  # a description refers back to someone named, not ahead past them
        scored.append((overlap, last_before, actor))
    if not scored:
        if any(w in FORMER_WORDS or w.startswith("ex-") for w in context):
            return None  # "the former Arsenal boss" is not the one the article made it
        return _generic_head_holder(ctx, start, head, required)
    scored.sort(key=lambda t: (t[0], t[1]), reverse=True)
    if len(scored) > 1 and scored[0][0] == scored[1][0] and scored[0][1] < 0:
        return None
    return scored[0][2]
