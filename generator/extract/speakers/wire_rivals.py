"""Bodies that only stand in what a company's statement reports, for the "the company
said" or "it said" that goes on quoting it in wire copy: "Harlow Valve Corp said Brenton
Pump Co has again raised its offer ... The company said the special committee of its
board will meet ... Harlow said ...".

`companies._wire_voice_verdict` leaves such a description open when another body is the
subject of the words reported in between (either company could be meant). That stays so,
but for a rival the story never gives a voice of its own, between two reports of the one
body the story quotes: the writer names a new speaker when the voice changes, and here it
goes back to the same body by name right after the description.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from generator.extract.actors import KNOWN_PLACES
from generator.extract.speakers.context import _Context
from generator.extract.speakers.legal_names import _legal_name
from generator.extract.speakers.lexicon import BODY_VOICES, INDEFINITES
from generator.extract.speakers.name_text import _words
from generator.extract.speech_cues import _is_reporting
from generator.model import Actor, name_key

#: How many sentences after the description the body's next reporting clause may stand
RESUMING_SENTENCES = 2


def silent_rival(ctx: _Context, rival: Actor, body: Actor, start: int) -> bool:
    """Whether `rival`, the subject of words `body`'s reports carry between its last
    report and the description at `start`, is no voice the description may be: the
    story never makes it the subject of its own words nor a quotation's speaker
    (everything said of it is said by others), every reporting clause resolved before
    `start` is `body`'s, and the next quotation's speaker after the description's is
    `body` by name, within `RESUMING_SENTENCES` sentences."""
    if rival is body or rival.type != "organization":
        return False
    if not _only_reported(ctx, rival):
        return False
    if any(r.actor is not None and r.actor is not body for r in ctx.reports if r.pos < start):
        return False
    return _resumes(ctx, body, start)


def _only_reported(ctx: _Context, actor: Actor) -> bool:
    """Whether `actor` never speaks in the story: no mention of it is a quotation's
    speaker, nor, outside a quotation's words, the subject of a verb of speech or stance
    ("Beta declined to comment", "Beta denied it"). What the writer states of it
    ("Brenton already owns 19.6 pct") gives it no voice."""
    for s, e, other in ctx.spans:
        if other is not actor:
            continue
        if _speaker_mention_at(ctx, s, e):
            return False
        token = ctx.subject_token(s, e)
        if token is not None and not ctx.in_content(s) and _voices(token.head):
            return False
    return True


def _voices(verb: Token) -> bool:
    """Whether a subject's verb gives it a voice: a verb of speech or stance, or one
    governing such a verb ("declined to comment", "refused to say")."""
    if _is_reporting(verb, direct=False) or _is_reporting(verb, direct=True):
        return True
    return any(c.dep_ == "xcomp" and _is_reporting(c, direct=False) for c in verb.children)


def _speaker_mention_at(ctx: _Context, start: int, end: int) -> bool:
    """Whether [start, end) overlaps a quotation's speaker mention."""
    return any(s < end and start < e for s, e in ctx.mentions)


def _resumes(ctx: _Context, body: Actor, start: int) -> bool:
    """Whether the first quotation speaker named after the description at `start` is
    `body` ("... The company said ... Harlow said ..."), not far after it. A bare voice
    of no named body in between ("A spokeswoman was unable to say") is passed: it names
    no other speaker."""
    i = bisect.bisect_right(ctx.mentions, (start, len(ctx.text)))
    while i < len(ctx.mentions):
        s, e = ctx.mentions[i]
        i += 1
        if ctx.sent_of(s) > ctx.sent_of(start) + RESUMING_SENTENCES:
            return False
        named = ctx.actors_in(s, e)
        if named:
            return named == [body]
        if not _bare_voice(ctx.text[s:e]):
            return False
    return False


def _bare_voice(mention: str) -> bool:
    """ "A spokeswoman", "a company spokesman": one voice of a body it does not name."""
    words = _words(mention)
    return len(words) in (2, 3) and words[0] in INDEFINITES and words[-1] in BODY_VOICES


def capitalised_short_name(ctx: _Context, mention: str) -> Actor | None:
    """The company a one-word speaker in capitals stands for when it is no one's
    initials: "WEDGE, which is owned by ..., also said" after "WEDGE Group Inc said".
    Wire copy shortens a company to the first word of its legal name, written as it is
    there. Only the one organisation whose name opens with that very word (case and
    all) and ends with a legal form, never a known place ("US") nor a word another
    actor is named by."""
    word = mention.strip()
    if not word.isalpha() or word.casefold() in KNOWN_PLACES:
        return None
    if name_key(word) in ctx.by_name:
        return None
    found = [
        a
        for a in ctx.actors
        if a.type == "organization" and a.name.split()[:1] == [word] and _legal_name(a)
    ]
    return found[0] if len(found) == 1 else None
