""" "Those allegations were put to Wenger after Saturday's game. At first he said only:
'...'": the one a question or a charge is put to is who answers. The nearest earlier
reporting clause (Ferguson's, a paragraph before) is someone else's: he made the
allegations, and his name in a "he said" after them put Wenger's answers under the
man he answers.

Only a person put a question or a charge ("put to", "posed to", "asked", "was asked")
in the writer's sentence just before the pronoun's, or in its own sentence before the
pronoun, of a sex the pronoun fits, when no other person of that sex is named there
outside quotations.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.speakers.context import _compatible, _Context
from generator.model import Actor

#: Verbs that put something to someone with "to": "put to", "posed to", "addressed to"
_PUT_TO = frozenset({"put", "pose", "address", "direct"})


def addressed_person(ctx: _Context, start: int, gender: str) -> Actor | None:
    """The person a question or charge was put to just before a "he"/"she" at
    `start`, under the rules of this module, or None."""
    here = ctx.sent_of(start)
    begin = ctx.sent_starts[max(0, here - 1)]
    addressed: dict[int, Actor] = {}
    others: dict[int, Actor] = {}
    for s, e, actor in ctx.spans:
        if s >= start:
            break
        if s < begin or actor.type != "person" or not actor.listed or ctx.in_content(s):
            continue
        if not _compatible(ctx, actor, gender):
            continue
        span = ctx.doc.char_span(s, e, alignment_mode="expand")
        if span is not None and _put_to(span.root):
            addressed[id(actor)] = actor
        else:
            others[id(actor)] = actor
    if len(addressed) != 1 or set(others) - set(addressed):
        return None
    return next(iter(addressed.values()))


def _put_to(token: Token) -> bool:
    """Whether a name's head is the one something is put to: the object of "to" after
    "put" ("put to Wenger"), or the one asked ("Wenger was asked", "asked Wenger")."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "to":
        return head.head.lemma_.lower() in _PUT_TO
    if token.dep_ in {"nsubjpass", "dobj"}:
        return head.lemma_.lower() == "ask"
    return False
