""" "he"/"she" is not the person a sentence acts on or talks about when someone else may
be speaking, nor someone the story has just told is dead. An editor reads "Police shot
the man. ... “...,” he said" after the governor spoke as the governor's words, or as
unclear, never as the dead man's; "The senator praised the general" is about the
general, told by the senator; "Asked about the general, he said" is not the general.

`pronouns._pronoun_antecedent` takes, in the nearest sentence naming a person of the
pronoun's sex, a subject or else any mention there ("... electing the candidate as the
next president. ... he said"), which may be the one acted on or talked about. Here is
the evidence that refuses such a pick (the quote is then left without a speaker: a wrong
name is worse than none):

- the pick is dead or the victim of deadly harm (`speaker_patients.toml`);
- a reporting clause the walk could not resolve ("One pastor said", "the Media Group's
  Smith says") stands between the pick and the pronoun: that voice may be the "he";
- the pick is not a subject, and its own sentence has a subject that may be another
  person: a definite title or a name the model missed (`reports._unnamed_subject_between`),
  a body named like a person, or a description of a party member or a nationality
  ("The Ohio Republican gave the candidate credit");
- the pick is the object of a verb ("praised X", "asked about X", "agrees with X") and
  someone else of that sex is on the scene nearby: the subject of a clause of the
  writer's or a speaker of a reporting clause within the walk's reach, or the subject
  of the words the pronoun itself reports. Named again as a subject since, the pick
  is on the scene too, and stands.
"""

from __future__ import annotations

import bisect

from generator.extract.actors import TITLE_WORDS
from generator.extract.nationalities import DEMONYM_NOUNS
from generator.extract.pronouns import FEMALE_PRONOUNS, MALE_PRONOUNS, SUBJECT_PRONOUNS
from generator.extract.speakers.context import (
    _Context,
    _Event,
    _in_reported_clause,
    _quote_sentences,
)
from generator.extract.speakers.gender import _may_stand_for
from generator.extract.speakers.lexicon import (
    DOCUMENT_NOUNS,
    LOOKBACK_SENTENCES,
    ORG_NOUNS,
    PERSON_NOUNS,
    STATEMENT_NOUNS,
)
from generator.extract.speakers.name_text import _head_noun, _words
from generator.extract.speakers.reports import (
    _name_shaped_subject_between,
    _recent_reports,
    _unnamed_subject_between,
    _writer_subjects,
)
from generator.extract.speakers.subject_phrases import reports_by_words
from generator.extract.words import word_lists
from generator.model import Actor

_LISTS = word_lists("speaker_patients")
DEATH_VERBS = _LISTS["death_verbs"]
DEATH_STATES = _LISTS["death_states"]
HARM_VERBS = _LISTS["harm_verbs"]
AGENT_PREPOSITIONS = _LISTS["agent_prepositions"]
ASKING_VERBS = _LISTS["asking_verbs"]
PARTY_MEMBER_NOUNS = word_lists("speaker_words")["party_member_nouns"]

# What speaks in a reporting clause without being anyone a "he"/"she" may be
_THING_VOICES = DOCUMENT_NOUNS | STATEMENT_NOUNS | ORG_NOUNS
_OBJECT_DEPS = frozenset({"dobj", "dative", "iobj"})
# Verbs whose prepositional phrases set a scene, not an act on someone: "With X, there
# is not much chance", "Like X, they have"
_LIGHT_VERBS = frozenset({"be", "have"})


def pick_in_doubt(ctx: _Context, chosen: _Event, start: int, gender: str) -> bool:
    """Whether the person the walk picked at `chosen` for a "he"/"she" at `start` is
    refused (see the module's docstring). A possessive ("his campaign said", "his widow
    said") is not the one who speaks: it may well be the one acted on, or the dead."""
    if _possessive_at(ctx, start):
        return False
    if no_longer_speaks(ctx, chosen):
        return True
    if chosen.subject or _pronoun_mention(ctx, chosen) or reports_by_words(ctx, chosen):
        # a subject, or a "his"/"him" already read as the person: the sentence's own
        # subject is likely that person ("The candidate ... refuted a story about his
        # claim"), so only a voice between puts the pick in doubt
        return _voice_between(ctx, chosen.pos, start, chosen.actor)
    begin = ctx.sent_starts[chosen.sent]
    return (
        _voice_between(ctx, begin, start, chosen.actor)
        or _unnamed_subject_between(ctx, begin - 1, start, chosen.actor)
        or _name_shaped_subject_between(ctx, begin - 1, start)
        or _described_person_subject(ctx, begin, start)
        or (_acted_on(ctx, chosen) and _other_on_the_scene(ctx, chosen, start, gender))
    )


def refused(ctx: _Context, actor: Actor, start: int, gender: str) -> bool:
    """Whether a person a later rule found for a "he"/"she" at `start` (a chain of "he"
    subjects, the one person of a stretch) is refused at their last mention before it
    within the walk's reach, as the walk would refuse them there: "Four years later,
    Peter was dead" is the nearest subject, yet not who speaks."""
    here = ctx.sent_of(start)
    for event in ctx.events_before(start):
        reach = LOOKBACK_SENTENCES + _quote_sentences(ctx, event.pos, start)
        if event.sent < here - reach:
            return False
        if event.actor is actor and not ctx.in_content(event.pos):
            return pick_in_doubt(ctx, event, start, gender)
    return False


def _possessive_at(ctx: _Context, start: int) -> bool:
    """Whether the pronoun at `start` is a possessive ("his", "her")."""
    i = bisect.bisect_left(ctx.token_starts, start)
    return i < len(ctx.doc) and ctx.doc[i].idx == start and ctx.doc[i].tag_ == "PRP$"


def _pronoun_mention(ctx: _Context, event: _Event) -> bool:
    """Whether the mention at `event` is a personal pronoun ("his", "him"), a speaker
    mention resolved before and remembered as the person's (`resolve._remember`)."""
    token = ctx.name_head(event.pos)
    return token is not None and token.idx == event.pos and token.pos_ == "PRON"


def no_longer_speaks(ctx: _Context, event: _Event) -> bool:
    """Whether the mention at `event` is of someone the sentence tells is dead or the
    victim of deadly harm: the subject of "died" or "was dead", the passive subject or
    the object of "killed", "shot" (`speaker_patients.toml`)."""
    token = ctx.name_head(event.pos)
    if token is None:
        return False
    verb = token.head
    lemma = verb.lemma_.lower()
    if token.dep_ == "nsubj" and lemma in DEATH_VERBS:
        return True
    if token.dep_ == "nsubj" and any(
        c.dep_ in {"acomp", "attr"} and c.lemma_.lower() in DEATH_STATES for c in verb.children
    ):
        return True
    return token.dep_ in {"nsubjpass", "dobj"} and lemma in HARM_VERBS


def _voice_between(ctx: _Context, begin: int, start: int, actor: Actor) -> bool:
    """Whether a reporting clause between `begin` and `start`, outside quotations, was
    left unresolved and may be one person speaking other than `actor`: a name the model
    missed ("the Research Center's Smith agrees"), a title or a noun of a person ("the
    senator", "One pastor ... said"); not a "he"/"she" (the chain itself), a group, a
    document or a body, nor words that hold the actor's own mention."""
    for report in ctx.reports:
        if not begin <= report.pos < start or report.actor is not None:
            continue
        if ctx.in_content(report.pos):
            continue
        if any(s < report.end and report.start < e for s, e in actor.spans):
            continue  # "David Simas, the White House political director, recalled"
        if set(_words(report.mention)) & set(_words(actor.name)):
            continue  # "Megyn" after "Megyn Kelly": the same person, maybe
        span = ctx.doc.char_span(report.start, report.end, alignment_mode="expand")
        if span is None or len(span) == 0 or span.root.tag_ in {"NNS", "NNPS"}:
            continue  # "Several people said": a group
        if _in_reported_clause(span.root):
            continue  # "I told her that ... a federal judge refused": what was told
        if _one_person_voice(report.mention):
            return True
    return False


def _one_person_voice(mention: str) -> bool:
    """Whether the words of a reporting clause's subject may name one person: a name
    (its last word capitalised), a singular title or noun of a person, or "one" and a
    singular noun that names no document, statement or body ("one pastor")."""
    words = _words(mention)
    if not words or words[0] in MALE_PRONOUNS | FEMALE_PRONOUNS | SUBJECT_PRONOUNS:
        return False
    if mention.split()[-1][:1].isupper():
        return True
    head = _head_noun(words) or words[-1]
    if head in _THING_VOICES or head.endswith("s"):
        return False
    return head in PERSON_NOUNS | TITLE_WORDS or words[0] == "one"


def _described_person_subject(ctx: _Context, begin: int, start: int) -> bool:
    """Whether a clause of the writer's between `begin` and `start` has as its subject a
    definite description of one party member or national ("The Wisconsin Republican",
    "the Texan"), which the model may have linked to a body."""
    for token in _writer_subjects(ctx, begin - 1, start):
        if token.lower_ not in PARTY_MEMBER_NOUNS | DEMONYM_NOUNS:
            continue
        if any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return True
    return False


def _acted_on(ctx: _Context, event: _Event) -> bool:
    """Whether the mention at `event` is the object of a verb: "praised X", "gave X
    credit", "asked about X", "agrees with X"; not an agent ("written by X"), nor the
    object of a preposition on a noun or a copula ("the words of X", "With X, there is")."""
    token = ctx.name_head(event.pos)
    if token is None:
        return False
    if token.dep_ in _OBJECT_DEPS:
        # "asked the senator whether ...": the one asked answers next
        return token.head.pos_ == "VERB" and token.head.lemma_.lower() not in ASKING_VERBS
    if token.dep_ != "pobj":
        return False
    preposition, verb = token.head, token.head.head
    if preposition.lower_ in AGENT_PREPOSITIONS or verb.lemma_.lower() in _LIGHT_VERBS:
        return False  # "written by X"; "With X, there is not much chance"
    return verb.pos_ == "VERB"


def _other_on_the_scene(ctx: _Context, chosen: _Event, start: int, gender: str) -> bool:
    """Whether someone other than the one acted on at `chosen`, who may be the pronoun
    (`_may_stand_for`), is a subject of the writer's, or speaks in a reporting clause,
    within the walk's reach before `start`, or is the subject of the words the pronoun's
    own sentence reports; unless the one acted on is named again as a subject after
    `chosen` (then on the scene as well)."""
    here = ctx.sent_of(start)
    for event in ctx.events_between(chosen.pos + 1, start):
        if event.actor is chosen.actor and event.subject:
            return False  # "drew Ann Lee to skating. ... Ms. Lee found ..., she said"
    for report in _recent_reports(ctx, start):
        person = report.actor
        if person is None or person is chosen.actor or person.type != "person":
            continue
        if _may_stand_for(ctx, person, gender):
            return True
    for event in ctx.events_before(start):
        reach = LOOKBACK_SENTENCES + _quote_sentences(ctx, event.pos, start)
        if event.sent < here - reach:
            break
        if event.actor is chosen.actor or not event.subject or event.background:
            continue
        if ctx.in_content(event.pos) and event.sent != here:
            continue  # said of someone in words reported before: not on the scene
        if _may_stand_for(ctx, event.actor, gender):
            return True
    return False
