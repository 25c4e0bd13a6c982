"""Who a candidacy description can *not* be: "Bernie Sanders met privately with Pope
Francis ... The Democratic presidential candidate said" is Sanders, because the pope
holds an office no candidate holds; "Republican front-runner Donald Trump" is not "the
Democratic front-runner". `descriptions._candidate_referent` walks back past such people
to the person the sentence before is about, and stops at anyone else.

The evidence is only what the article writes: a title of office as part of the name or
written right before it ("Pope Francis", "Gov. Maggie Hassan", "Justice Ginsburg"), the
roles it gives, and the party words in them or in a party-state tag.
"""

from __future__ import annotations

from generator.extract.actors import TITLE_WORDS
from generator.extract.speakers.context import _Context
from generator.extract.speakers.name_text import _words
from generator.extract.speakers.offices import TITLE_ABBREVIATIONS, _role_words
from generator.extract.state_tags import state_tag
from generator.extract.words import word_lists
from generator.model import Actor

CANDIDACY_TITLES = word_lists("speaker_words")["candidacy_titles"]

CANDIDACY_OFFICES = word_lists("speaker_words")["candidacy_offices"]

#: "gop" -> "republican": the party a word of a description or a role names
_PARTY_FORMS = word_lists("speaker_words")["us_party_forms"]
US_PARTY_OF = {form: party for form, _, party in (item.partition(":") for item in _PARTY_FORMS)}


def described_party(words: list[str]) -> str | None:
    """The one US party a description names ("the GOP nominee" -> "republican")."""
    parties = {US_PARTY_OF[w] for w in words if w in US_PARTY_OF}
    return parties.pop() if len(parties) == 1 else None


def parties_of(ctx: _Context, actor: Actor) -> set[str]:
    """The US parties the article ties to a person: party words in the roles it gives
    ("Republican front-runner") and party-state tags ("(D-Vt.)")."""
    parties = {US_PARTY_OF[w] for role in actor.roles for w in _words(role) if w in US_PARTY_OF}
    for _, end in actor.spans:
        tag = state_tag(ctx.text, end)
        if tag is not None and tag[0] in ("democrat", "republican"):
            parties.add(tag[0])
    return parties


def written_titles(ctx: _Context, actor: Actor) -> set[str]:
    """Titles of office the article writes as part of a person's name or right before a
    mention of it ("Pope Francis", "Justice Ginsburg"), spelt out ("gov." -> "governor"):
    the roles the actor records may leave them out. Not the offices a candidate often
    holds while running (`CANDIDACY_OFFICES`: "Sen. Bernie Sanders" runs)."""
    titles: set[str] = set()
    first = actor.name.split()[0].casefold() if actor.name.split() else ""
    candidates = [first]
    for start, _ in actor.spans:
        before = ctx.text[max(0, start - 20) : start].split()
        if before:
            candidates.append(before[-1].casefold())
    for word in candidates:
        spelt = TITLE_ABBREVIATIONS.get(word, frozenset({word.rstrip(".")}))
        titles |= {w for w in spelt if w in TITLE_WORDS}
    return titles - CANDIDACY_OFFICES


def offices_besides_candidacy(held: set[str]) -> set[str]:
    """The titles of office among a person's role words (`_role_words`, abbreviations
    with their spelt-out forms: "gov." and "governor") that no candidate holds while
    running: a director, a justice, a pope, never a governor or a senator
    (`CANDIDACY_OFFICES`)."""
    offices = held & TITLE_WORDS
    if offices & CANDIDACY_OFFICES:
        # "Ohio Gov." gives "gov." and "governor": the abbreviation is the same office
        offices = {w for w in offices if not TITLE_ABBREVIATIONS.get(w, set()) & CANDIDACY_OFFICES}
    return offices - CANDIDACY_OFFICES


def ruled_out(ctx: _Context, actor: Actor, party: str | None) -> bool:
    """Whether `actor` cannot be a candidate the description names: the article gives
    the person a title of office and none of a candidacy (a governor, a justice, the
    pope; "her chief political rival" is one in the race), or a party other than the
    description's."""
    heads = {w for words in map(_words, actor.roles) if words for w in _role_words(words[-1])}
    held = heads | written_titles(ctx, actor)
    if held & CANDIDACY_TITLES:
        return False
    if offices_besides_candidacy(held):
        return True
    parties = parties_of(ctx, actor)
    return party is not None and bool(parties) and party not in parties
