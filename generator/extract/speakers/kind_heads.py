"""A body described by a kind word its name need not hold: "Big Rivers Electric Corp ...
the utility spokesman said", "The Amsterdam Stock Exchange ... The bourse said", "the
Scottish Executive ... an executive spokesman said". News refers back to a body by what
it is, and the word for that ("utility", "bourse", "club") is often not the word that
heads its name ("Electric", "Exchange", "United"). `kind_name_heads` in
data/speaker_words.toml says, for each such kind word, which heads of a name make a body
of that kind; `kinds.org_named_with_noun` covers a body named with the kind word itself.

The same discipline as that rule: exactly one body of the kind named before, outside
quotes; no other body named since where it may be the one meant; no unnamed one of the
kind brought in ("a Dutch utility"). Otherwise the description stays the mention: a
match report's "the club" with two clubs named is open.
"""

from __future__ import annotations

import bisect

from generator.extract.speakers.bodies import _party_named
from generator.extract.speakers.companies import _lead_body
from generator.extract.speakers.context import _Context, _in_actor
from generator.extract.speakers.kind_names import KIND_NAME_HEADS, headed_as
from generator.extract.speakers.kinds import PERSON_KINDS, _named_with
from generator.extract.speakers.legal_names import _legal_name
from generator.extract.speakers.lexicon import BODY_VOICES, NOT_COMPANY_WORDS
from generator.extract.speakers.name_text import _words
from generator.extract.speakers.offices import _role_words
from generator.extract.speakers.orgs import _unnamed_before
from generator.extract.words import word_lists
from generator.model import Actor, name_key

_DETERMINERS = {"the", "a", "an"}

CLOSED_NAME_KINDS = word_lists("speaker_words")["closed_name_kinds"]
MARKET_KINDS = word_lists("speaker_words")["market_kinds"]


def org_of_kind_by_name(ctx: _Context, mention: str, start: int) -> Actor | None:
    """The one organisation named before `start` whose name is headed by a word of the
    kind a description names (`KIND_NAME_HEADS`), or that was named with the kind word
    itself: "the utility", "the utility spokesman", "a bourse spokesman", "a spokesman
    for the utility". Modifiers of a bare description must be words of the body's name
    or of its description ("the Dutch utility" needs a Dutch name). Two such bodies, a
    body named since that may be meant (`_kind_body_since`), a person the kind word may
    name as well, or an unnamed one of the kind brought in before: open."""
    parsed = _kind_of(mention)
    if parsed is None:
        return None
    kind, modifiers = parsed
    # "The Amsterdam Stock Exchange will start an inquiry ..., a bourse spokesman said":
    # the story's first words may be about the body that speaks them
    lead = _lead_body(ctx, start, company=False)
    found: dict[int, tuple[Actor, set[str]]] = {}
    for s, e, actor in ctx.spans:
        if s >= start:
            break
        if actor.type != "organization" or _party_named(actor):
            continue
        if ctx.in_quote(s) and actor is not lead:
            continue
        said: set[str] | None = None
        if headed_as(actor.name, kind) or headed_as(ctx.text[s:e], kind):
            said = set(_words(actor.name)) | set(_words(ctx.text[s:e]))
        else:
            named = _named_with(ctx, s, e, actor, kind)
            said = named[0] if named is not None else None
        if said is not None:
            known = found.get(id(actor))
            found[id(actor)] = (actor, said | (known[1] if known else set()))
    if len(found) != 1:
        return None
    actor, said = next(iter(found.values()))
    if not all(m in said for m in modifiers) or _kind_body_since(ctx, actor, start, kind):
        return None
    if _person_of_kind_named(ctx, start, kind):
        return None  # "the executive" may be a company's executive named before
    if _unnamed_before(ctx, start, kind) or _other_of_kind(ctx, start, kind, said):
        return None  # "a Dutch utility ... the utility said": that one, unnamed
    return actor


def _kind_of(mention: str) -> tuple[str, list[str]] | None:
    """The kind word of a description and its modifiers: "the utility" (and "the state
    utility"), "the utility spokesman" / "a bourse spokesman" (a voice of the body, no
    modifier), "a spokesman for the utility". None for any other mention, and for one
    written with capitals after its first word ("the Scottish Executive": a name)."""
    words = _words(mention)
    if len(words) < 2 or words[0] not in _DETERMINERS:
        return None
    if not mention.strip()[len(words[0]) :].islower():
        return None
    if words[0] == "the" and words[-1] in KIND_NAME_HEADS:
        return words[-1], words[1:-1]
    if len(words) == 3 and words[1] in KIND_NAME_HEADS and words[2] in BODY_VOICES:
        return words[1], []
    voice_for = len(words) == 5 and words[1] in BODY_VOICES and words[2:4] == ["for", "the"]
    if voice_for and words[4] in KIND_NAME_HEADS:
        return words[4], []
    return None


def _kind_body_since(ctx: _Context, actor: Actor, start: int, kind: str) -> bool:
    """Whether another organisation named after the body's last mention before `start`,
    outside what quotes say or as a subject inside them, may be the one the description
    means. Such a body is never of the kind by its name (it would be a second candidate),
    so for a kind whose bodies' names always say it (`closed_name_kinds`: "Scotland Yard
    ... the Mirror ... The police spokesman") none may be meant; for any other kind, one
    whose name says it is another kind of body is not either (`_another_kind`)."""
    if kind in CLOSED_NAME_KINDS:
        return False
    last = max((s for s, _ in actor.spans if s < start), default=-1)
    for s, e, other in ctx.spans:
        if s >= start:
            break
        if s <= last or other is actor or other.type != "organization":
            continue
        if ctx.in_content(s) and not ctx.is_subject(s, e):
            continue
        if not _another_kind(other, kind):
            return True
    return False


def _another_kind(other: Actor, kind: str) -> bool:
    """Whether a body's name says it is not of the kind: a company by its legal form for
    a market's kind ("Bredero Vast Goed N.V." is no bourse; the Chicago Board of Trade
    may be an exchange), a public body's word (`not_company_words`) for a company's
    kind ("the Nuclear Regulatory Commission" is no utility)."""
    if kind in MARKET_KINDS:
        return _legal_name(other)
    return bool(set(name_key(other.name).split()) & NOT_COMPANY_WORDS)


def _person_of_kind_named(ctx: _Context, start: int, kind: str) -> bool:
    """Whether a kind word that names a person as well (`kinds.PERSON_KINDS`: "the
    executive") may mean a person named before `start` whose role holds a title of
    that kind ("Vittorio Cassoni, senior vice president")."""
    titles = PERSON_KINDS.get(kind)
    if not titles:
        return False
    for person in ctx.actors:
        if person.type != "person" or not any(s < start for s, _ in person.spans):
            continue
        roles = [_role_words(role) for role in person.roles]
        if any(title <= role for title in titles for role in roles):
            return True
    return False


# Dependents by which a noun says which one of its kind it is ("Thai police", "police in
# Thailand", "the state utility", "a Dutch utility")
_QUALIFYING_DEPS = {"amod", "compound", "nmod", "prep", "poss", "nummod", "npadvmod"}


def _other_of_kind(ctx: _Context, start: int, kind: str, said: set[str]) -> bool:
    """Whether the article, before `start`, brings in a body of the kind by the kind word
    with words that say which, outside any actor's name, even inside a quote: "Scotland
    Yard detectives ... Thai police have arrested two men ... the police said" may be
    the Thai police. The bare word ("the police", "after the exchange closes") refers
    back and brings in none; nor does the word modifying another ("police codes"), nor
    one qualified only by words of the body's own name (`said`: "Lisbon bourse" for the
    Lisbon Stock Exchange)."""
    end = bisect.bisect_left(ctx.token_starts, start)
    for token in ctx.doc[:end]:
        if token.lower_ != kind or token.dep_ == "compound" or _in_actor(ctx, token.idx):
            continue
        if any(c.lower_ in {"a", "an"} for c in token.children):
            return True
        qualifiers = {
            t.lower_
            for c in token.children
            if c.dep_ in _QUALIFYING_DEPS
            for t in c.subtree
            if t.is_alpha and not t.is_stop
        }
        if qualifiers - said:
            return True
    return False
