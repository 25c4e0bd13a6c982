""" "he"/"she" whose nearest person is of the other sex by given name: "The statement
conflicted with what Melania Trump told NBC News before her appearance Monday night.
Asked by Matt Lauer whether she had practiced her speech, she said, ..." The walk back
(`pronouns._pronoun_antecedent`) takes Matt Lauer, the nearest person whose sex the
text does not state, and its given-name veto (`gender._unless_other_gender`) then
leaves the "she" to no one, though the article named one woman just before.

Here the walk is made again with people of the other sex by given name passed over
as the pronoun's own "he"/"she" rules pass over a "Mr"/"Mrs" of the other sex; the
person it reaches is kept only when the text or the given name says that person is of
the pronoun's sex: an unknown name stays as doubtful as before.
"""

from __future__ import annotations

from generator.extract.speakers.context import _compatible, _Context
from generator.extract.speakers.gender import _given_name_contradicts, _given_name_sex
from generator.extract.speakers.pronouns import _pronoun_antecedent
from generator.model import Actor


def _past_the_other_sex(ctx: _Context, start: int, gender: str) -> Actor | None:
    """The person a "he"/"she" at `start` refers to once people of the other sex by
    given name are passed over, if the walk back was stopped by one of them.

    Only when some person of the other sex by given name is mentioned before the
    pronoun within the walk's reach (else the first walk's answer stands), and only a
    person whose sex is that of the pronoun by an honorific or role
    (`_Context.gender`) or by given name, and not named beside someone of the other
    sex ("Helen Steel and David Morris ... were found guilty ... But he found the
    leaflet was true": the judge's words, and no given name tells him from her)."""
    if not _other_sex_near(ctx, start, gender):
        return None
    found = _pronoun_antecedent(ctx, start, gender, by_given_name=True)
    if found is None or found.type != "person":
        return None
    known = ctx.gender.get(id(found))
    if known != gender and (known is not None or _given_name_sex(found) != gender):
        return None
    if _named_beside_other_sex(ctx, start, found, gender):
        return None
    if _other_between(ctx, start, found, gender):
        return None
    return found


def _other_sex_near(ctx: _Context, start: int, gender: str) -> bool:
    """Whether a person of the other sex by given name is mentioned, outside quoted
    words, in the pronoun's sentence before it or in the sentence before."""
    here = ctx.sent_of(start)
    for event in ctx.events_before(start):
        if event.sent < here - 1:
            return False
        if not ctx.in_content(event.pos) and _given_name_contradicts(ctx, event.actor, gender):
            return True
    return False


def _named_beside_other_sex(ctx: _Context, start: int, person: Actor, gender: str) -> bool:
    """Whether the sentence of `person`'s nearest mention before `start` also names,
    outside quoted words, someone of the other sex by given name."""
    nearest = next((e for e in ctx.events_before(start) if e.actor is person), None)
    if nearest is None:
        return True
    for event in ctx.events_before(start):
        if event.sent < nearest.sent:
            return False
        if event.sent > nearest.sent or ctx.in_content(event.pos):
            continue
        if _given_name_contradicts(ctx, event.actor, gender):
            return True
    return False


def _other_between(ctx: _Context, start: int, person: Actor, gender: str) -> bool:
    """Whether someone else who may be the "he"/"she" (not of the other sex by given
    name) is mentioned after `person`'s nearest mention and before `start`, in quoted
    words too (the parse may take the writer's words for them): "Harriet Colburn ...
    said ... Senator Bernard Alvarez endorsed her challenger, Teresa Brandt. “...,” she
    said" may be Brandt's."""
    for event in ctx.events_before(start):
        if event.actor is person:
            return False
        if _given_name_contradicts(ctx, event.actor, gender):
            continue
        if _compatible(ctx, event.actor, gender):
            return True
    return False
