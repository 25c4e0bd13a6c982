""" "The bank said" in a story quoting one bank that names another in passing: "The World
Bank said it has loaned Mexico 400 mln dlrs ... The loan will be used for lending by
commercial banks and the National Rural Credit Bank, the bank said"; "Continental Bank of
Canada said shareholders approved ... the sale of its assets to Lloyds Bank Canada. The
bank said ...". The body named last whose name holds the noun (`orgs._recent_org_named`)
is the one meant only when the story is about it: where it has not spoken in the
article, was last named in passing (not as the subject of a clause: "to Lloyds Bank
Canada", "acquired Los Angeles Federal Savings Bank") and the last body that spoke, a few
sentences before, is one whose name holds the noun too, "the bank" goes on with that
voice.

A body named with its own words before ("Bank of England lending figures ... the bank
said", after Nationwide spoke: the last voice is no bank) or as a subject ("Labour denies
breaking rules. ... The party says") keeps the nearest.
"""

from __future__ import annotations

import bisect
import re

from generator.extract.speaker_mentions import _NOMINAL_SUBJECT_DEPS
from generator.extract.speakers.context import _Context, _Report
from generator.extract.speakers.lexicon import LOOKBACK_SENTENCES
from generator.model import Actor, name_key


def voice_of_kind(ctx: _Context, start: int, noun: str, nearest: Actor) -> Actor | None:
    """The body a back-reference of kind `noun` at `start` names: `nearest` (the body
    named last whose name holds the noun), unless it has not spoken before `start`, was
    last named in passing, and the body that spoke last, within `LOOKBACK_SENTENCES`, is
    another organisation whose name holds the noun. None when two such bodies stand in
    one sentence and nothing tells them apart (`_rivals_of_kind`)."""
    reports = [r for r in ctx.reports if r.pos < start and r.actor is not None]
    if any(r.actor is nearest for r in reports):
        return nearest
    described = _described_by(ctx, start, noun, nearest)
    if described is not None and not _named_as_subject(ctx, start, nearest):
        return described
    rivals = _rivals_of_kind(ctx, start, noun, nearest)
    if rivals:
        return _told_apart(ctx, start, [nearest, *rivals], reports)
    bodies = [r for r in reports if r.actor.type == "organization"]
    if not bodies or _named_as_subject(ctx, start, nearest):
        return nearest
    last = max(bodies, key=lambda r: r.pos)
    if last.sent < ctx.sent_of(start) - LOOKBACK_SENTENCES:
        return nearest
    return last.actor if noun in name_key(last.actor.name).split() else nearest


#: Words that end a description's head before a noun of its own ("a shareholder in the
#: bank" calls no one a bank).
_LINKS = r"(?:of|in|to|for|with|at|by|from|on|and|or|whose|which|that|who)"


def _described_by(ctx: _Context, start: int, noun: str, nearest: Actor) -> Actor | None:
    """The one other organisation the article has called a `noun` before `start`, in
    apposition or as a copula's complement: "ABN Amro, the Netherlands' largest bank, is
    to cut 2,850 jobs ... ABN Amro is the third large European bank to announce cutbacks
    ... following Deutsche Bank and Credit Suisse Group. ... The bank said it was on
    course": the writer said which body is "the bank"; one whose name merely holds the
    word, named in passing since, is not it. The noun is the description's head: no
    preposition or conjunction before it (`_LINKS`). Found by its written names (the model may
    tag no mention of it there). None when no other body, or several, were so called."""
    called = []
    for actor in ctx.actors:
        if actor is nearest or actor.type != "organization":
            continue
        names = "|".join(re.escape(n) for n in sorted({actor.name, *actor.aliases}, key=len)[::-1])
        pattern = re.compile(
            rf"\b(?:{names})(?:,|\s+(?:is|was))\s+(?:the|a|an)\s+"
            rf"(?:(?:(?!{_LINKS}\b)[^,.;:()\"\s]+\s+){{0,5}}){re.escape(noun)}\b"
        )
        if pattern.search(ctx.text, 0, start):
            called.append(actor)
    return called[0] if len(called) == 1 else None


def _named_as_subject(ctx: _Context, start: int, actor: Actor) -> bool:
    """Whether the last mention of the body before `start` is the subject of a clause
    ("Labour denies breaking rules"), or a word of it ("Bank of England figures show")."""
    spans = [(s, e) for s, e in actor.spans if s < start]
    if not spans:
        return False
    s, e = max(spans)
    i = bisect.bisect_right(ctx.token_starts, max(s, e - 1)) - 1
    token = ctx.doc[i]
    while token.dep_ in {"compound", "flat", "poss", "case"} and token.head.i != token.i:
        token = token.head
    return token.dep_ in _NOMINAL_SUBJECT_DEPS


def _rivals_of_kind(ctx: _Context, start: int, noun: str, nearest: Actor) -> list[Actor]:
    """Other organisations whose names hold the noun, named in the sentence where
    `nearest` was last named before `start`: "Banco Santander signed a
    letter of intent with Bank of America to purchase its West German affiliate,
    CC-Bank, the bank said" names two banks; the nearer is the one bought, not the one
    speaking."""
    before = [s for s, _ in nearest.spans if s < start]
    if not before:
        return []
    sentence = ctx.sent_of(max(before))
    return [
        actor
        for actor in ctx.actors
        if actor is not nearest
        and actor.type == "organization"
        and noun in name_key(actor.name).split()
        and any(s < start and ctx.sent_of(s) == sentence for s, _ in actor.spans)
    ]


def _told_apart(
    ctx: _Context, start: int, bodies: list[Actor], reports: list[_Report]
) -> Actor | None:
    """Of bodies of one kind named together, the one that spoke before `start`, else the
    one named as a clause's subject, when exactly one is; else None: a reader cannot
    tell which "the bank" is, and a wrong body is worse than none."""
    spoke = [body for body in bodies if any(r.actor is body for r in reports)]
    if len(spoke) == 1:
        return spoke[0]
    subjects = [body for body in bodies if _named_as_subject(ctx, start, body)]
    return subjects[0] if len(subjects) == 1 else None
