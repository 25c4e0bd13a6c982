"""The person a job description names by apposition when the description holds another
name or a second title: "Reagan's National Security Adviser, Frank Carlucci, added" is
Carlucci, not Reagan; "FW Woolworth Co's chairman and chief executive officer, Harold
Sells, said" is Sells, one man with two titles, not two speakers.

The mention the reporting clause gives is the subject's words up to its comma, so the
name inside it (the possessor, "Reagan's") was taken for the speaker, or the second
title read as a second speaker and the quote left without one. The parser hangs the name
on the description's head as its apposition; that name is the speaker when everything
between the description and the name is the description's own titles (joined by "and",
with no determiner of their own: "the chairman and the president" are two people).
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.speakers.context import _Context
from generator.model import Actor

# Dependencies of the words of a second title joined to the first ("and chief executive
# officer"): nothing of a clause.
TITLE_PART_DEPS = frozenset({"cc", "conj", "amod", "compound", "punct", "prep", "pobj"})

# Parts of speech a title is written with.
TITLE_PART_POS = frozenset({"NOUN", "PROPN", "ADJ", "CCONJ", "PUNCT", "ADP"})


def apposed_holder(ctx: _Context, start: int, end: int) -> Actor | None:
    """The person named in apposition to a one-person description at [start, end),
    past any titles joined to it, or None."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    root = span.root
    if root.tag_ not in {"NN", "NNP"} or root.dep_ not in {"nsubj", "nsubjpass"}:
        return None  # "officials, including John Smith, said": examples of a group
    if any(s <= root.idx < e for s, e, a in ctx.spans if a.type == "person"):
        return None  # the mention's head is a name already
    for child in root.rights:
        if child.dep_ != "appos" or child.idx < end:
            continue
        between = [t for t in ctx.doc[span.end : child.left_edge.i] if not t.is_space]
        if "\n" in ctx.text[end : child.idx] or not _titles_only(between, root):
            return None
        for actor in ctx.actors_in(child.left_edge.idx, child.idx + len(child.text)):
            if actor.type == "person" and any(s <= child.idx < e for s, e in actor.spans):
                return actor
        return None
    return None


def _titles_only(between: list[Token], root: Token) -> bool:
    """Whether the words between a description and its apposed name are only commas and
    titles joined to the description ("and chief executive officer,"), each joined
    title without a determiner of its own."""
    for token in between:
        if token.dep_ not in TITLE_PART_DEPS or token.pos_ not in TITLE_PART_POS:
            return False
        if token.dep_ == "conj" and (
            token.head.i != root.i or any(c.dep_ in {"det", "poss"} for c in token.children)
        ):
            return False
    return True
