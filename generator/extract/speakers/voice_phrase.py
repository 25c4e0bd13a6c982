""" "the spokesman said" after a spokesman the article brought in outside a reporting
clause: "Float ranged from near zero on Thursday, for which the Fed spokesman could give
no reason, to ... The spokesman said", "A Bank of Lusitania spokesman qualified the
bank's statement ... '...,' the spokesman said". The bare
definite voice is the one named just before; `_same_voice` finds it only among
reporting clauses, so where the first mention was the subject of another verb, the
quote went without a speaker.

Only a bare "the spokesman" (a voice of a body, `BODY_VOICES`, or "the executive"),
only when no earlier reporting clause is that voice (`_same_voice_report` decides
then), and only the nearest such noun before it within a few sentences, outside any
reported words, where it is not a title before a name ("spokesman Marlin Fitzwater").
That phrase must name its body ("a Bank of Lusitania spokesman", "the Fed spokesman", "a
spokesman for the Fed"); it is read as a mention of its own and speaks only when it
resolves to an organisation the article already has (not one made for the phrase).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from generator.extract.speakers.context import _Context
from generator.extract.speakers.descriptions import _same_voice_report
from generator.extract.speakers.lexicon import BODY_VOICES, INDEFINITES, LOOKBACK_SENTENCES
from generator.extract.speakers.name_text import _capitalised, _words
from generator.model import Actor

Resolver = Callable[[_Context, str, int, int, bool], "Actor | None"]

_VOICE_HEADS = BODY_VOICES | {"executive"}


def earlier_voice_phrase(
    ctx: _Context, words: list[str], start: int, resolve: Resolver
) -> Actor | None:
    """The organisation a bare "the spokesman" at `start` goes back to through a phrase
    outside any reporting clause (see the module), or None. `resolve` is
    `mention._resolve_mention`, passed in to keep the import order."""
    if len(words) != 2 or words[0] != "the" or words[1] not in _VOICE_HEADS:
        return None
    head = words[1]
    if _same_voice_report(ctx, start, head) is not None:
        return None
    first = ctx.sent_of(start) - LOOKBACK_SENTENCES
    i = bisect.bisect_left(ctx.token_starts, start) - 1
    while i >= 0:
        token = ctx.doc[i]
        i -= 1
        if ctx.sent_of(token.idx) < first:
            return None
        if token.lower_ != head or token.pos_ != "NOUN" or ctx.in_content(token.idx):
            continue
        if token.dep_ in {"compound", "appos"}:
            return None  # "spokesman Marlin Fitzwater": a named person's title
        phrase = _voice_phrase(ctx, token.i)
        if phrase is None:
            return None
        text, s, e = phrase
        made = len(ctx.created)
        found = resolve(ctx, text, s, e, True)
        if len(ctx.created) > made:
            return None  # a body made for the phrase alone: only one the article has
        return found if found is not None and found.type == "organization" else None
    return None


def _voice_phrase(ctx: _Context, head: int) -> tuple[str, int, int] | None:
    """The words that bring in the voice whose noun is token `head`: from its left
    edge to the noun, with a "for"/"at" phrase after it ("a spokesman for the Fed"),
    when they name a body by a capitalised word and open on "a"/"an" or on "the" before
    a name ("the Fed spokesman"); None otherwise."""
    token = ctx.doc[head]
    end = token
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in {"for", "at"}:
            end = child.right_edge
        break
    begin = token.left_edge
    s, e = begin.idx, end.idx + len(end.text)
    text = ctx.text[s:e]
    words = _words(text)
    if len(words) < 2 or "\n" in text:
        return None
    named = any(_capitalised(text, w) for w in words[1:] if w != token.lower_)
    if words[0] not in INDEFINITES | {"the"} or not named:
        return None
    return text, s, e
