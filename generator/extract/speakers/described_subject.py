""" "he"/"she" after a clause whose subject is a definite description of a person the
article has named: "Asked if he was ever bullied, the Republican presidential candidate
said no. But he said bullying doesn't just happen to children", "..., but the Scot
admitted he was unsure whether to start the Dutchman. “...,” he said". News goes on
about one person under a description and then "he"; the walk over person mentions
(`pronouns._pronoun_antecedent`) stops at the description, a subject it cannot name
(`reports._unnamed_subject_between`), and leaves the pronoun to no one.

The description is read as a speaker mention is ("the candidate said"), by the same
rules (`mention._resolve_mention`, passed in to keep the import order): when they find
the person, the "he"/"she" is that person; when they do not, nobody.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from generator.extract.speakers.context import _compatible, _Context, _in_actor
from generator.extract.speakers.gender import _unless_other_gender
from generator.extract.speakers.untagged import _nearest_subject, _other_person_between
from generator.model import Actor

# How many sentences of the writer's before the pronoun's the description may stand in.
_REACH = 2

Resolver = Callable[[_Context, str, int, int, bool], "Actor | None"]


def _described_subject(ctx: _Context, start: int, gender: str, resolve: Resolver) -> Actor | None:
    """The person a definite description names when it is the nearest subject of the
    writer's before a "he"/"she" at `start`.

    Walks back over the subjects of the writer's own clauses (not quoted or reported
    words) within `_REACH` sentences, passing "he"/"she" of the same gender (the same
    chain) and things; the first other subject decides. Only a singular description
    opened by "the", in no actor's mention, that `resolve` reads as one person of a
    compatible gender, with no other person of a compatible gender mentioned between
    it and the pronoun outside quotations."""
    token = _nearest_subject(ctx, start, gender, _REACH)
    if token is None:
        return None
    phrase = _definite_description(ctx, token)
    if phrase is None:
        return None
    found = resolve(ctx, phrase.text, phrase.start_char, phrase.end_char, True)
    if found is None or found.type != "person" or not _compatible(ctx, found, gender):
        return None
    if _other_person_between(ctx, phrase.start_char, start, found, gender):
        return None
    return _unless_other_gender(ctx, found, gender)


def _definite_description(ctx: _Context, token: Token) -> Span | None:
    """The subject's words up to its head ("the Republican presidential candidate",
    "the Scot") when they are a singular definite description of no actor."""
    if token.tag_ not in {"NN", "NNP"} or _in_actor(ctx, token.idx):
        return None
    phrase = ctx.doc[token.left_edge.i : token.i + 1]
    if len(phrase) < 2 or phrase[0].lower_ != "the":
        return None
    if any(t.lower_ in {"'s", "’s"} for t in phrase):  # noqa: RUF001
        return None  # "the senator's aide": someone of someone's
    inside = ctx.actors_in(phrase.start_char, phrase.end_char)
    return None if any(a.type != "place" for a in inside) else phrase
