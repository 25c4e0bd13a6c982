"""A body described by the kind the article named it with: "the Emirates news agency,
WAM, reported ... the agency added", "Australian Wheat Forecasters Pty Ltd (AWF) said
... the forecaster said". The description is the one organisation named before it
with that noun, before its name, in apposition to it or as the head of its name.
"""

from __future__ import annotations

import re

from generator.extract.actors import TITLE_WORDS
from generator.extract.speakers.bodies import _party_named
from generator.extract.speakers.companies import (
    NAMED_KIND_NOUNS,
    _company_core,
    _org_named_as_kind,
    _wire_voice_verdict,
)
from generator.extract.speakers.context import _Context
from generator.extract.speakers.legal_names import _legal_name
from generator.extract.speakers.lexicon import (
    NOT_COMPANY_WORDS,
    OCCUPATION_NOUNS,
    PUBLICATION_NOUNS,
    SPOKES_NOUNS,
    STATEMENT_NOUNS,
)
from generator.extract.speakers.name_text import _words
from generator.extract.speakers.offices import _role_words
from generator.extract.speakers.orgs import _unnamed_before
from generator.extract.words import word_lists
from generator.model import Actor, name_key

# How far before a body's name its description may start ("the official Emirates news
# agency, WAM,"): a determiner and a few words, on the same stretch of text
_BEFORE_NAME = 80

#: "prosecutor" -> [{"prosecutor"}, {"u.s.", "attorney"}, ...]: the titles of each kind
PERSON_KINDS: dict[str, list[frozenset[str]]] = {
    kind: [frozenset(title.split("+")) for title in titles.split(",")]
    for kind, _, titles in (
        item.partition(":") for item in word_lists("speaker_words")["person_kind_titles"]
    )
}

COMPANY_KIND_NOUNS = word_lists("speaker_words")["company_kind_nouns"]
COMPANY_KIND_MODIFIERS = word_lists("speaker_words")["company_kind_modifiers"]
_PUBLIC_BODY_WORDS = "|".join(sorted(word_lists("speaker_words")["public_body_name_words"]))
_PUBLIC_BODY_WORD = re.compile(rf"\b(?:{_PUBLIC_BODY_WORDS})\b")

# Nouns that describe a person or what is said, never the body a description names
_NOT_BODY_NOUNS = (
    TITLE_WORDS | SPOKES_NOUNS | OCCUPATION_NOUNS | STATEMENT_NOUNS | PUBLICATION_NOUNS
)


def org_named_with_noun(ctx: _Context, mention: str, start: int) -> Actor | None:
    """The one organisation named before `start` with the head noun of a definite
    description in lower case ("the agency", "the private forecaster").

    A body is named with a noun when the noun stands in the words that introduce its
    name ("the Emirates news agency, WAM"), in apposition after it ("Moody's, the
    rating agency,") or heads the name itself, company suffixes aside, in the singular
    or the plural ("Australian Wheat Forecasters Pty Ltd"). Each modifier of the
    description must be among the words the body was named with ("the news agency",
    not "the central bank" for "Bank of Tokyo"). Two bodies named with the noun, an
    unnamed one of that kind brought in before ("a consulting firm"), a body named
    only inside quotations, or another body named after it that may be meant
    (`_body_since`): open, the description stays the mention.

    The one definition of a body named with the noun of a description: a noun of
    `NAMED_KIND_NOUNS` ("the consortium", "the fund") is read first by the stricter
    evidence of `companies._org_named_as_kind` (the noun right after the name, the
    name's head before "of"/"for", the story's first words, a cut reporting clause),
    and by this one when that finds no body."""
    words = _words(mention)
    if len(words) < 2 or words[0] != "the" or not mention[4:].islower():
        return None  # "the Paris Bourse": a name, other rules read it
    head, modifiers = words[-1], words[1:-1]
    if head in NAMED_KIND_NOUNS:
        found = _org_named_as_kind(ctx, head, modifiers, start)
        if found is not None:
            return found
    if head in _NOT_BODY_NOUNS or not head.isalpha() or _plural(head):
        return None  # "the exchanges said": several bodies, never the one named so
    claims: list[tuple[Actor, set[str], int, bool]] = []
    for s, e, actor in ctx.spans:
        if s >= start:
            break
        if actor.type != "organization" or ctx.in_quote(s) or _party_named(actor):
            continue
        found = _named_with(ctx, s, e, actor, head)
        if found is not None:
            claims.append((actor, *found))
    # "the emirate of Sharjah, the Emirates news agency, WAM,": words that introduce the
    # name after them are no apposition to the name before them
    introducing = {at for _, _, at, before in claims if before}
    named: dict[int, tuple[Actor, set[str]]] = {}
    for actor, said, at, before in claims:
        if at >= 0 and not before and at in introducing:
            continue
        known = named.get(id(actor))
        named[id(actor)] = (actor, said | (known[1] if known else set()))
    if len(named) != 1:
        return None
    actor, said = next(iter(named.values()))
    if not all(m in said for m in modifiers) or _body_since(ctx, actor, start):
        return None
    if _unnamed_before(ctx, start, head):
        return None  # "an Indonesian consulting firm ... the firm said": either
    return actor


def _body_since(ctx: _Context, actor: Actor, start: int) -> bool:
    """Whether another organisation is named between the body's last mention before
    `start` and the description, where it may be the one meant: outside what quotes say,
    or as a subject inside it ("IRNA said ... One battalion of the 25th Division's Third
    Brigade suffered 70 pct losses, the agency added": a body the words are about, not
    one that speaks). A description never reaches back over such a body, whatever kind
    its name says it is."""
    return _other_named_since(ctx, actor, start, "organization")


def _other_named_since(ctx: _Context, actor: Actor, start: int, kind: str) -> bool:
    """Whether another actor of `kind` is named after `actor`'s last mention before
    `start`, where it may be the one meant: outside what quotes say, or as a subject
    inside them. The one guard of every description here: none reaches back over a
    second candidate."""
    last = max((s for s, _ in actor.spans if s < start), default=-1)
    for s, e, other in ctx.spans:
        if s >= start:
            break
        if s <= last or other is actor or other.type != kind:
            continue
        if not ctx.in_content(s) or ctx.is_subject(s, e):
            return True
    return False


def _named_with(
    ctx: _Context, s: int, e: int, actor: Actor, head: str
) -> tuple[set[str], int, bool] | None:
    """The words the body named at [s, e) was named with, if the noun is among them: its
    name's, and those of the description before it or in apposition after it; with
    where that description starts (-1 for the name itself) and whether it stands before
    the name."""
    name = _words(ctx.text[s:e])
    core = _words(" ".join(_company_core(actor.name))) or _words(actor.name)
    if _is_noun(head, core[-1:]) or _is_noun(head, name[-1:]):
        return set(name) | set(core), -1, False
    begin = max(0, s - _BEFORE_NAME)
    before = re.search(
        r"\b(?:the|a|an)\s+((?:[\w.'&-]+\s+){0,5}?)([\w-]+),?\s*\(?$",
        ctx.text[begin:s],
        flags=re.IGNORECASE,
    )
    set_off = before is not None and "," in before.group(0)
    if set_off and not re.match(r"\s*[,)]", ctx.text[e : e + 2]):
        before = None  # "by the company, PaineWebber or any company": a list, no apposition
    if before is not None and _is_noun(head, [before.group(2).casefold()]):
        return set(name) | set(_words(before.group(0))), begin + before.start(), True
    after = re.match(
        r"\)?,\s+(?P<det>the|a|an)\s+((?:[\w.'&-]+,?\s+){0,5}?)([\w-]+)(?=\s*[,.;)])",
        ctx.text[e : e + _BEFORE_NAME],
        flags=re.IGNORECASE,
    )
    if after is not None and _is_noun(head, [after.group(3).casefold()]):
        return set(name) | set(_words(after.group(0))), e + after.start("det"), False
    return None


def _is_noun(head: str, words: list[str]) -> bool:
    """Whether the one word given is the noun, in the singular or the plural."""
    return bool(words) and words[0] in {head, head + "s", head + "es"}


def _plural(noun: str) -> bool:
    """Whether a noun is written as a plural ("exchanges", "banks"; not "press")."""
    return noun.endswith("s") and not noun.endswith(("ss", "us", "is"))


def company_agency_voice(ctx: _Context, mention: str, start: int) -> Actor | None:
    """ "Moody's Investors Service Inc said it downgraded ... The agency said", "Standard
    and Poor's Corp said ... the rating agency said": a kind of body a company may be
    (`COMPANY_KIND_NOUNS`), with no modifier or one of a company's kind ("rating",
    "news"), is the company of the chain of "the company said" (`_wire_voice_verdict`:
    the body of the nearest earlier report, no other body the subject of a clause
    since), when that company is named by its legal name and the article, up to the
    description, names no public body: no actor whose name holds a word of another
    kind of body ("Securities and Exchange Commission"), and no capitalised word of a
    public body's name in its text ("the Environmental Protection Agency", which the
    model may have made no actor of). Then "the agency" may be that body instead."""
    words = _words(mention)
    if len(words) < 2 or words[0] != "the" or words[-1] not in COMPANY_KIND_NOUNS:
        return None
    if not mention[4:].islower() or not set(words[1:-1]) <= COMPANY_KIND_MODIFIERS:
        return None
    for s, _, actor in ctx.spans:
        if s >= start:
            break
        if actor.type == "organization" and set(name_key(actor.name).split()) & NOT_COMPANY_WORDS:
            return None
    if _PUBLIC_BODY_WORD.search(ctx.text, 0, start):
        return None
    voice = _wire_voice_verdict(ctx, start, company=True)
    body = voice[0] if voice is not None else None
    return body if body is not None and _legal_name(body) else None


def person_of_kind(ctx: _Context, mention: str, start: int) -> Actor | None:
    """ "U.S. Attorney Rudolph W. Giuliani ... The prosecutor also said": a bare definite
    description of a kind of person (`PERSON_KINDS`) is the one person named before
    whose role holds a title of that kind ("U.S. Attorney"), when no one else's role
    does, and no other person is named after that person's last mention, outside what
    quotes say or as a subject inside it (never across a second candidate)."""
    words = _words(mention)
    if len(words) != 2 or words[0] != "the" or words[1] not in PERSON_KINDS:
        return None
    titles = PERSON_KINDS[words[1]]
    fits = []
    for actor in ctx.actors:
        if actor.type != "person" or not any(s < start for s, _ in actor.spans):
            continue
        roles = [_role_words(role) for role in actor.roles]
        if any(title <= role for title in titles for role in roles):
            fits.append(actor)
    if len(fits) != 1:
        return None
    person = fits[0]
    return None if _other_named_since(ctx, person, start, "person") else person
