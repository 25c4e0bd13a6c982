"""Back-references the whole article settles: "the spokesman", "the company", "the
automaker" and "it" as the speaker of a reporting clause, when the rules that look
only a few sentences back (`_same_voice_report`, `_wire_voice_verdict`) lose the
chain because another voice was quoted in between.

An editor reads the whole story: "a Honda spokesman said ... Tetsuo Chino said ...
Analysts say ... the spokesman said" is still Honda's spokesman, the one spokesman the
story introduced; "Honeywell said ... chairman Edson Spencer said ... it said" is still
Honeywell, the one body that has spoken. So the referent is sought over every
reporting clause before the mention, and given only when there is one: two bodies
whose voices share the noun, a voice of that noun left without a body, or another body
acting since the referent last spoke leave the mention without a speaker.
"""

from __future__ import annotations

import bisect

from generator.extract.speakers.bodies import _party_named
from generator.extract.speakers.chains import _last_thing_subject
from generator.extract.speakers.companies import (
    _company_actor,
    _looks_cut,
    _named_in_passing,
    _short_name_of,
    _thing_relative,
)
from generator.extract.speakers.context import _Context, _Report
from generator.extract.speakers.legal_names import _legal_name, no_rival_company
from generator.extract.speakers.lexicon import (
    BODY_VOICES,
    NOT_COMPANY_WORDS,
    ORG_NOUNS,
    WIRE_VOICE_NOUNS,
)
from generator.extract.speakers.name_text import _head_noun, _words
from generator.extract.speakers.offices import _role_words
from generator.extract.words import word_lists
from generator.model import Actor, name_key

# Words for a company by its trade ("the automaker", "the airline"): wire copy's
# back-reference to the one company whose reports the story carries
COMPANY_TRADE_NOUNS = word_lists("speaker_words")["company_trade_nouns"]


def article_referent(ctx: _Context, words: list[str], start: int) -> Actor | None:
    """The speaker a bare back-reference at `start` stands for over the whole article
    ("the spokesman", "the company", "the automaker", "it"), or None."""
    if words == ["it"]:
        if _last_thing_subject(ctx, start) is not None:
            return None  # "The offer will expire ... it said": maybe that thing
        return sole_speaking_company(ctx, start, company=False)
    if len(words) != 2 or words[0] != "the":
        return None
    if words[1] in BODY_VOICES:
        return article_voice(ctx, start, words[1])
    if words[1] in WIRE_VOICE_NOUNS | COMPANY_TRADE_NOUNS:
        return sole_speaking_company(ctx, start, company=True) or sole_acting_company(ctx, start)
    return None


def article_voice(ctx: _Context, start: int, head: str) -> Actor | None:
    """ "a Honda spokesman said ... (other voices) ... the spokesman said": the body that
    every earlier reporting clause headed by `head` was resolved to ("a Honda
    spokesman", "a spokesman for the ministry", "the spokesman" found so), when they
    name one body. None when there is no such clause, when one was left without a body
    ("a Japanese official said": the article's official speaks for no body it named),
    when they name two bodies, or when the article gives a person that title ("Honda
    spokesman Ken Ito": "the spokesman" may be him)."""
    bodies: set[int] = set()
    found: Actor | None = None
    for report in _before(ctx, start):
        mention = _words(report.mention)
        if not mention or (_head_noun(mention) != head and mention[-1] != head):
            continue
        if report.actor is None or report.actor.type != "organization":
            return None
        bodies.add(id(report.actor))
        found = report.actor
    if found is None or len(bodies) != 1:
        return None
    for actor in ctx.actors:
        if actor.type == "person" and any(head in _role_words(r) for r in actor.roles):
            return None
    return found


def sole_speaking_company(ctx: _Context, start: int, company: bool) -> Actor | None:
    """ "Honeywell said ... chairman Edson Spencer said ... it said": the one company
    whose reporting clauses before `start` were resolved (for "the company", the one
    such company: "the Commerce Department said" is no other), when nothing since its
    last one may be meant instead. A person's report in between is no rival ("it", "the
    company" is never a person), nor a group's ("analysts said"); another body's, or a
    body's voice left unresolved ("the ministry said", "Verizon said"), is. Among the actors named
    since, as in `_wire_voice_verdict`: another body as the subject of a clause (of what
    is reported too), a body the writer names other than in passing, and for "it"
    (`company` False) a place as a subject."""
    reports = list(_before(ctx, start))
    spoken = {id(r.actor): r.actor for r in reports if r.actor is not None}
    bodies = [a for a in spoken.values() if _company_actor(a) and _a_company(a, company)]
    if len(bodies) != 1:
        return None  # "the company" is never the Commerce Department that spoke too
    body = bodies[0]
    if _party_named(body) or _looks_cut(ctx, body):
        return None
    last = max(i for i, r in enumerate(reports) if r.actor is body)
    for report in reports[last + 1 :]:
        if report.actor is not None and report.actor.type != "person":
            return None  # another body, or a place, spoke since
        if report.actor is None and _open_body_voice(ctx, report):
            return None  # "the ministry said", "Verizon said" (no actor): a body
    return None if _rival_since(ctx, body, reports[last].end, start, company) else body


def sole_acting_company(ctx: _Context, start: int) -> Actor | None:
    """ "American Express Co's stock fell ..., traders said. The company has said":
    where no body has spoken yet, the one body the text before `start` makes the
    subject of a clause (of reported words too) or the owner of one, if it is a company
    by its legal form. Any other body named as a subject or owner leaves it open; one
    named in passing ("its plans for brokerage unit Shearson Lehman Brothers") does
    not. So does a clause before left without a speaker that names one ("Public Service
    Co of Colorado said", no actor) or is a body's ("The company said", found
    unclear)."""
    for report in _before(ctx, start):
        if report.actor is not None and report.actor.type != "person":
            return None  # a body spoke: `sole_speaking_company` decides
        if report.actor is None and _open_body_voice(ctx, report):
            return None  # "Public Service Co of Colorado said", "The company said" left
            # open: a body the article names so is no actor, or was unclear already
    acting: dict[int, Actor] = {}
    for s, e, actor in ctx.spans:
        if s >= start:
            break
        if actor.type != "organization" or not (ctx.is_subject(s, e) or _owns_subject(ctx, s, e)):
            continue
        acting[id(actor)] = actor
    if len(acting) != 1:
        return None
    found = next(iter(acting.values()))
    if not _legal_name(found) or _looks_cut(ctx, found):
        return None  # a company by its legal form ("American Express Co"), not any
        # body the model found acting ("Accords", a product)
    return found


def _owns_subject(ctx: _Context, start: int, end: int) -> bool:
    """Whether the name at [start, end) owns a clause's subject ("American Express Co's
    stock fell"): what the clause says is said of that body."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    return root.dep_ == "poss" and root.head.dep_ in {"nsubj", "nsubjpass"}


def _open_body_voice(ctx: _Context, report: _Report) -> bool:
    """Whether an unresolved reporting clause may be a body's: a singular description of
    one or a name (`_singular_voice`, `_names_one`), never a thing's relative clause."""
    if _thing_relative(report):
        return False
    return _singular_voice(report) or _names_one(ctx, report)


def _names_one(ctx: _Context, report: _Report) -> bool:
    """Whether an unresolved reporting clause names its speaker by a proper name."""
    span = ctx.doc.char_span(report.start, report.end, alignment_mode="expand")
    return span is not None and any(t.pos_ == "PROPN" for t in span)


def _before(ctx: _Context, start: int) -> list[_Report]:
    """The reporting clauses before `start`, in text order."""
    return [r for r in ctx.reports if r.pos < start]


def _a_company(body: Actor, company: bool) -> bool:
    """Whether "the company" may name `body`: no word of another kind of body in its
    name ("the Commerce Department"), unless it is a company by its legal form. "It"
    may be any body."""
    if not company:
        return body.type == "organization" or _company_actor(body)
    kinds = set(name_key(body.name).split()) & NOT_COMPANY_WORDS
    return not kinds or _legal_name(body)


def _singular_voice(report: _Report) -> bool:
    """Whether an unresolved reporting clause is a voice "it" or "the company" may be:
    a body described in the singular ("the ministry", "it", "the agency"), not people
    ("analysts", "one trader", "a spokesman")."""
    words = _words(report.mention)
    head = _head_noun(words) if words else None
    return words == ["it"] or (head is not None and head in ORG_NOUNS | COMPANY_TRADE_NOUNS)


def _rival_since(ctx: _Context, body: Actor, since: int, start: int, company: bool) -> bool:
    """Whether an actor named between `since` and `start` may be what the mention
    means instead of `body` (the checks of `_wire_voice_verdict` for "it", for "the
    company" too: across the whole article, a company the writer names other than in
    passing may be the one meant)."""
    i = bisect.bisect_left(ctx.span_starts, since)
    while i < len(ctx.spans) and ctx.spans[i][0] < start:
        s, e, actor = ctx.spans[i]
        i += 1
        if actor is body or actor.type == "person" or _short_name_of(actor, body):
            continue
        if ctx.in_quote(s) and not ctx.is_subject(s, e):
            continue
        if actor.type == "place" and (company or ctx.in_content(s) or not ctx.is_subject(s, e)):
            continue
        if company and actor.type == "organization" and no_rival_company(body, actor):
            continue
        if not ctx.in_content(s) and _named_in_passing(ctx, s, e):
            continue
        if ctx.is_subject(s, e) or not ctx.in_content(s):
            return True  # the subject of a clause, or what the writer's own words are
            # about ("Helal was the director of Procter & Gamble's location")
    return False
