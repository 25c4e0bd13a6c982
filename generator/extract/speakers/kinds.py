"""A body described by the kind the article named it with: "the Emirates news agency,
WAM, reported ... the agency added", "Australian Wheat Forecasters Pty Ltd (AWF) said
... the forecaster said". The description is the one organisation named before it
with that noun, before its name, in apposition to it or as the head of its name.
"""

from __future__ import annotations

import re

from generator.extract.actors import TITLE_WORDS
from generator.extract.speakers.bodies import _party_named
from generator.extract.speakers.companies import _company_core
from generator.extract.speakers.context import _Context
from generator.extract.speakers.lexicon import (
    OCCUPATION_NOUNS,
    PUBLICATION_NOUNS,
    SPOKES_NOUNS,
    STATEMENT_NOUNS,
)
from generator.extract.speakers.name_text import _words
from generator.extract.speakers.orgs import _unnamed_before
from generator.model import Actor

# How far before a body's name its description may start ("the official Emirates news
# agency, WAM,"): a determiner and a few words, on the same stretch of text
_BEFORE_NAME = 80

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
    only inside quotations, or another body named after it: open, the description
    stays the mention."""
    words = _words(mention)
    if len(words) < 2 or words[0] != "the" or not mention[4:].islower():
        return None
    head, modifiers = words[-1], words[1:-1]
    if head in _NOT_BODY_NOUNS or not head.isalpha():
        return None
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
    if not all(m in said for m in modifiers) or _last_body(ctx, start) is not actor:
        return None
    if _unnamed_before(ctx, start, head):
        return None  # "an Indonesian consulting firm ... the firm said": either
    return actor


def _last_body(ctx: _Context, start: int) -> Actor | None:
    """The organisation named last before `start` outside quotations: a description
    never reaches back over another body, whatever kind its name says it is."""
    last: Actor | None = None
    for s, _, actor in ctx.spans:
        if s >= start:
            break
        if actor.type == "organization" and not ctx.in_quote(s):
            last = actor
    return last


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
