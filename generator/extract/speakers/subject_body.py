"""A description of a body ("the company", "the firm", "The chemicals-and-crops firm")
speaking right after a sentence about that body: "OptInRealBig was fighting several
legal battles, most notably against Microsoft. The company said filing for Chapter 11
would help it". The other rules for such a description (orgs.py) look at every body
named in a window of sentences and give up when there are two or an unnamed one of the
kind; this one reads what the story has just made its subject.

Given only when the body is the main subject of the sentence right before, and no other
body is named between it and the description (`_org_subject_just_before`); and only when
nothing makes the description someone else's:
- wire copy's chain of "the company said" finds another body could be meant
  (companies.`_wire_voice_verdict`);
- its kind does not fit (a company noun for the Commerce Department, any noun for a
  party);
- the words said name the body (a statement about it is another's: "the company said it
  could not contend with maneuvers by Microsoft");
- another body has already spoken in the story (two live voices, as "Gull Air said it
  filed suit against Texas Air ... Texas Air acquired ... The company said");
- an unnamed body of that kind is brought in, in that sentence or this one ("an
  Indonesian consulting firm");
- the body's name opens with another body's name (a division: "Next Directory" in a
  story about Next);
- the article only uses the name for a product.
"""

from __future__ import annotations

from generator.extract.products import product_use
from generator.extract.speakers.bodies import _party_named
from generator.extract.speakers.chains import _org_subject_just_before
from generator.extract.speakers.companies import _wire_voice_verdict
from generator.extract.speakers.context import _Context
from generator.extract.speakers.lexicon import DETERMINERS
from generator.extract.speakers.name_text import _words
from generator.extract.speakers.orgs import (
    GENERIC_ORG_NOUNS,
    QUOTED_COMPANY_NOUNS,
    _not_company,
)
from generator.model import Actor


def subject_body_voice(ctx: _Context, words: list[str], start: int) -> Actor | None:
    """The body a definite description of a body's kind at `start` refers to, when the
    sentence before made that body its subject (see the module); None otherwise."""
    if not words or words[0] != "the" or words[-1] not in GENERIC_ORG_NOUNS:
        return None
    if any(w in DETERMINERS for w in words[1:]):
        return None  # "the company's ..." never reaches here; "the other firm" does
    noun = words[-1]
    if _wire_voice_verdict(ctx, start, company=True) == (None,):
        return None  # wire copy's chain of "the company said" found it open
    found = _org_subject_just_before(ctx, start)
    if found is None or _party_named(found):
        return None
    if noun in QUOTED_COMPANY_NOUNS and _not_company(found):
        return None  # "the company" is never the Food and Drug Administration
    if _named_in_words_said(ctx, found) or _another_voice(ctx, found, start):
        return None
    if _unnamed_nearby(ctx, start, noun):
        return None
    if _division(ctx, found) or _product_only(ctx, found):
        return None
    return found


def _named_in_words_said(ctx: _Context, actor: Actor) -> bool:
    """Whether the quotation being resolved names the body: it is what is talked
    about."""
    begin, end = ctx.quote
    if any(begin <= s < end for s, _ in actor.spans):
        return True
    said = f" {' '.join(_words(ctx.text[begin:end]))} "
    return any(f" {' '.join(_words(n))} " in said for n in [actor.name, *actor.aliases] if n)


def _another_voice(ctx: _Context, actor: Actor, start: int) -> bool:
    """Whether a body other than `actor` has been given a statement before `start`."""
    return any(
        report.pos < start
        and report.actor is not None
        and report.actor is not actor
        and report.actor.type == "organization"
        for report in ctx.reports
    )


def _unnamed_nearby(ctx: _Context, start: int, noun: str) -> bool:
    """Whether "a ... firm" (the noun with an indefinite article, outside every name)
    stands in the description's sentence or the one before."""
    first = ctx.sent_starts[max(0, ctx.sent_of(start) - 1)]
    for token in ctx.doc.char_span(first, start, alignment_mode="expand") or []:
        if token.lemma_.lower() != noun or token.pos_ != "NOUN":
            continue
        if any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children):
            return True
    return False


def _division(ctx: _Context, actor: Actor) -> bool:
    """Whether another organisation's name is the opening of this one's ("Next
    Directory" beside "Next"): the part, not the body the story is about."""
    own = _words(actor.name)
    for other in ctx.actors:
        if other is actor or other.type != "organization":
            continue
        theirs = _words(other.name)
        if theirs and len(theirs) < len(own) and own[: len(theirs)] == theirs:
            return True
    return False


def _product_only(ctx: _Context, actor: Actor) -> bool:
    """Whether every mention of the body the model marked reads as a product's."""
    spans = [ctx.doc.char_span(s, e, alignment_mode="expand") for s, e in actor.spans]
    spans = [span for span in spans if span is not None and len(span)]
    return bool(spans) and all(product_use(span) for span in spans)
