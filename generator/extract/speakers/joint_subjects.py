"""People named together as one subject ("Anan Wongsawat and Somchai Preecha said"):
neither alone is whom a "he"/"she" after them stands for.

Both are live: the pronoun may be either, and the article does not say which. The
walk back of `pronouns._pronoun_antecedent` took the first of them (the subject of its
sentence), so "... , Wongsawat and Preecha said. He said ..." went to Wongsawat, a name
an editor cannot check from the page. Refused instead, as for two people of the sex in
one sentence elsewhere.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.speakers.context import _compatible, _Context, _Event


def named_jointly(ctx: _Context, event: _Event, gender: str) -> bool:
    """Whether the person of `event` is joined by a conjunction to another person who
    may be of the pronoun's `gender` ("A and B", "A, B and C"), by the parse of the
    mention's head word ("John Reed and his wife Ann said ... he said" is his)."""
    end = next((e for s, e, a in ctx.spans if s == event.pos and a is event.actor), None)
    head = ctx.name_head(event.pos if end is None else end - 1)
    if head is None:
        return False
    partners: list[Token] = [c for c in head.children if c.dep_ == "conj"]
    if head.dep_ == "conj":
        partners.append(head.head)
    for partner in partners:
        for s, e, actor in ctx.spans:
            if s > partner.idx or partner.idx >= e or actor is event.actor:
                continue
            if actor.type == "person" and _compatible(ctx, actor, gender):
                return True
    return False
