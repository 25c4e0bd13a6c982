""" "he"/"she" in a stretch of the article that names one person of that sex only:
"... he asked me. ... Back at the bungalow, he led me down the corridor ... We sat in
the concrete courtyard, beside a clothesline draped with Nega's laundry. The power
failed again ... “...,” he told me." Profiles and long political stories stay with one
person for paragraphs, under "he" and the odd possessive; the walk over person mentions
(`pronouns._pronoun_antecedent`) and the chain of "he" subjects (`chained`) give up
after a few sentences or at the first sentence of another subject, and the reporting
clauses (`reports._recent_reports`) are out of reach.

A reader takes the "he" for the one man the stretch names, when there is no one else it
could be: the last rule tried for a pronoun, and the strictest. The stretch is the
pronoun's paragraph and the two before it (never the headline). In it:

- every person mentioned (in quotations too, owners too, people the briefing does not
  list too, but a name of no one in passing: "a bottle of Absolut") who may be a "he"
  (`gender._may_stand_for`) is that one person;
- that person is named there in the writer's own words, and speaks in a reporting
  clause there or is the subject of a clause of the writer's (not only the owner of
  something named in passing: "a draw against Sir Alex Ferguson's side");
- no proper name the model left untagged, no "the senator" or "a delegate" is the
  subject of a clause of the writer's after that person's last mention
  (`reports._unnamed_subject_between`, `reports._indefinite_person_between`);
- no quotation of the stretch is given to someone else;
- no body or place of the stretch may be a person the model typed otherwise.
"""

from __future__ import annotations

from generator.extract.pronouns import FEMALE_PRONOUNS, MALE_PRONOUNS
from generator.extract.speakers.context import _Context, _Event, _headline_end
from generator.extract.speakers.gender import (
    _may_stand_for,
    _object_of_preposition,
    _unless_other_gender,
)
from generator.extract.speakers.reports import (
    _indefinite_person_between,
    _name_shaped,
    _unnamed_subject_between,
)
from generator.extract.speakers.stretch import previous_paragraph_start
from generator.model import Actor

# How many paragraphs before the pronoun's own the stretch takes in.
_PARAGRAPHS_BEFORE = 2


def sole_person_of_stretch(ctx: _Context, start: int, gender: str) -> Actor | None:
    """The one person of a compatible sex the stretch before a "he"/"she" at `start`
    names, or None (see the module's docstring for what the stretch must not hold)."""
    begin = _stretch_start(ctx, start)
    people = {
        id(event.actor): event.actor
        for event in ctx.events_between(begin, start)
        if _may_stand_for(ctx, event.actor, gender) and not _thing_in_passing(ctx, event)
    }
    if len(people) != 1 or _person_typed_otherwise(ctx, begin, start):
        return None
    person = next(iter(people.values()))
    if person.type != "person":
        return None
    named = [
        event.pos
        for event in ctx.events_between(begin, start)
        if event.actor is person and not ctx.in_content(event.pos)
    ]
    if not named or not _on_the_scene(ctx, begin, start, person):
        return None
    last = max(named)
    if _unnamed_subject_between(ctx, last, start, person):
        return None
    if _indefinite_person_between(ctx, last, start):
        return None
    if _other_speaker(ctx, begin, start, person, gender):
        return None
    return _unless_other_gender(ctx, person, gender)


def _person_typed_otherwise(ctx: _Context, begin: int, start: int) -> bool:
    """Whether the stretch names, outside quotations, a body or place that may be a
    person the model typed otherwise ("Atlantic City Mayor Don Guardian" typed a body,
    `reports._name_shaped`, or a word the model tagged a person): someone the "he"
    may be, whom the count of people cannot see."""
    for s, e, actor in ctx.spans:
        if not begin <= s < start or actor.type == "person" or ctx.in_content(s):
            continue
        if _name_shaped(actor):
            return True
        span = ctx.doc.char_span(s, e, alignment_mode="expand")
        if span is not None and any(t.ent_type_ == "PERSON" for t in span):
            return True
    return False


def _on_the_scene(ctx: _Context, begin: int, start: int, person: Actor) -> bool:
    """Whether the stretch is about `person`: they speak in one of its reporting
    clauses, or are the subject of a clause of the writer's there, not only the owner
    of what it names in passing ("a potential draw against Sir Alex Ferguson's side"
    is about the draw, and the "he" of a page that lost its subject's name no one)."""
    if any(r.actor is person for r in ctx.reports if begin <= r.pos < start):
        return True
    return any(
        event.actor is person and event.subject and not event.owner
        for event in ctx.events_between(begin, start)
        if not ctx.in_content(event.pos)
    )


def _thing_in_passing(ctx: _Context, event: _Event) -> bool:
    """Whether a mention is of a name the model took for a person with nothing of a
    person about it, in passing after a preposition ("a chilled bottle of Absolut"),
    as the walk over person mentions passes it (`pronouns._pronoun_antecedent`)."""
    return not event.actor.listed and not event.subject and _object_of_preposition(ctx, event)


def _stretch_start(ctx: _Context, start: int) -> int:
    """Where the stretch of `start` begins: the start of the paragraph
    `_PARAGRAPHS_BEFORE` before its own, never inside the headline."""
    begin = ctx.text.rfind("\n", 0, start) + 1
    for _ in range(_PARAGRAPHS_BEFORE):
        begin = previous_paragraph_start(ctx.text, begin)
    return max(begin, _headline_end(ctx))


def _other_speaker(ctx: _Context, begin: int, start: int, person: Actor, gender: str) -> bool:
    """Whether a reporting clause of the stretch gives words to someone other than
    `person`: another person, a body, a description ("a delegate said"). A "he"/"she"
    of the same sex left unresolved is the same chain, not someone else."""
    pronouns = FEMALE_PRONOUNS if gender == "f" else MALE_PRONOUNS
    for report in ctx.reports:
        if not begin <= report.pos < start or report.actor is person:
            continue
        if report.actor is None and report.mention.strip().casefold() in pronouns:
            continue
        return True
    return False
