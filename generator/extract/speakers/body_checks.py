"""Checks on a description of a body's kind ("the company", "the veteran game maker")
once a rule has given it an organisation: the text may show the description is not
that body's, whatever the rule read.

- The sentence before makes its subject a bare name (no article before it) that the
  model made no actor of but that reads as a body's (tagged an organisation, or closed
  by a legal form: "Harlow Widgets Ltd was hit by weak demand. The company said"):
  "the company" is that one, the story's subject, never the only body the model did
  mark. A name it made a person of is left alone: "Boyd Jefferies had been chief
  executive. The company said" is the company named before.
- What is said calls its speaker "he" or "she" right away, and the noun may be said of
  one person ("The veteran game maker says he has one problem still to solve"): a
  person's words, not a studio's.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.actor_spans import COMPANY_SUFFIXES
from generator.extract.pronouns import SEXED_SUBJECT_PRONOUNS
from generator.extract.speakers.chains import _main_subject
from generator.extract.speakers.context import _Context
from generator.extract.speakers.lexicon import DETERMINERS, ORG_NOUNS
from generator.extract.speakers.name_text import _words
from generator.extract.words import word_lists
from generator.model import Actor, Quote

PERSON_OR_BODY_NOUNS = word_lists("speaker_words")["person_or_body_nouns"]

# Labels of a subject that names a place or a date, never the body "the company" is.
_NOT_BODY_LABELS = frozenset({"GPE", "LOC", "DATE", "TIME", "NORP", "FAC"})


def refused_body_description(ctx: _Context, quote: Quote, actor: Actor) -> bool:
    """Whether the organisation found for a quote's description of a body is refused
    (see the module)."""
    if actor.type != "organization" or quote.speaker_start is None:
        return False
    mention = quote.speaker_mention or ""
    words = _words(mention)
    if len(words) < 2 or words[0] not in DETERMINERS or words[-1] not in ORG_NOUNS:
        return False
    if not mention.split()[-1][:1].islower():
        return False  # "The Finance Ministry": a name, not a description
    if words[-1] in PERSON_OR_BODY_NOUNS and _calls_speaker_a_person(quote.text):
        return True
    return _other_name_subject(ctx, quote.speaker_start, actor)


def _calls_speaker_a_person(text: str) -> bool:
    """Whether the words said open with "he" or "she" (a reported clause: "he has one
    problem still to solve")."""
    first = text.split()[:1]
    return bool(first) and first[0].casefold() in SEXED_SUBJECT_PRONOUNS


def _other_name_subject(ctx: _Context, start: int, actor: Actor) -> bool:
    """Whether the main subject of the sentence before `start` is a name written bare
    that no actor holds, that reads as a body's, and that is not `actor`'s."""
    here = ctx.sent_of(start)
    if here == 0:
        return False
    subject = _main_subject(ctx, here - 1)
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ in _NOT_BODY_LABELS:
        return False
    if any(s <= subject.idx < e for s, e in actor.spans):
        return False
    if subject.left_edge.lower_ in DETERMINERS:
        return False  # "The Windows XP Counterfeit Project will mean": a thing, no body
    marked = [a for s, e, a in ctx.spans if s <= subject.idx < e]
    if marked:
        return False  # a person, a place or another body: the other rules weigh those
    phrase = subject.doc[subject.left_edge.i : subject.i + 1]
    if not _reads_as_body(phrase):
        return False  # "Boyd Jefferies had been chief executive": maybe a person
    return not _names_actor(subject, actor)


def _reads_as_body(phrase: Span) -> bool:
    """Whether a name no actor holds reads as a body's: the model tags a word of it an
    organisation, or a company's legal form closes it ("Harlow Widgets Ltd")."""
    if any(t.ent_type_ == "ORG" for t in phrase):
        return True
    return phrase[-1].lower_.rstrip(".") in COMPANY_SUFFIXES


def _names_actor(subject: Token, actor: Actor) -> bool:
    """Whether the subject's name is a name of `actor` (a short or long form of it)."""
    phrase = subject.doc[subject.left_edge.i : subject.i + 1]
    said = _words(phrase.text)
    return any(
        said and (_words(n)[: len(said)] == said or said[-len(_words(n)) :] == _words(n))
        for n in [actor.name, *actor.aliases]
        if _words(n)
    )
