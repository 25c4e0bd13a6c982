"""A participle of speech that two people may have spoken.

"Trump told Newsmax that Mitt Romney “had a crazy policy ...,” adding, “He lost all of
the Latino vote ...”": the parser hangs "adding" on the reported clause ("had"), whose
subject is Romney, while the one who adds is as likely the reporter, Trump. When the
reporter (a person or a name) and the reported clause's subject (a person) differ, the
article does not say which of them spoke the participle's words: no speaker is given
(PolNeAR train: Romney and Clinton were given words their critics spoke). Under a
subject that names no one ("told reporters the company was profitable, adding ...")
`speaker_mentions._speech_participle` already gives the words to the reporter.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.pronouns import PERSONAL_SUBJECT_PRONOUNS
from generator.extract.speech_cues import _is_reporting
from generator.extract.words import word_lists

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: Nouns of a person who may report ("strategist", "spokesman"), from the lexicon the
#: speaker rules share.
_PERSON_NOUNS = frozenset(word_lists("speaker_words")["anonymous_person_nouns"])
#: How many open clauses ("will have to choose") may stand between the participle's
#: host and the reported clause.
_MAX_OPEN_CLAUSES = 2


def two_people_may_speak(verb: Token) -> bool:
    """Whether a bare participle of speech hangs on a clause reported by another verb
    of speech, whose subject names a person other than the reporter. A pronoun there
    may be the reporter ("Carson said he saw no need ..., telling ..."): left alone."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or not _is_reporting(verb, direct=True):
        return False
    if any(c.dep_ in _SUBJECT_DEPS or c.dep_ == "mark" for c in verb.children):
        return False
    clause = verb.head
    inner = _subject(clause)
    for _ in range(_MAX_OPEN_CLAUSES):
        if clause.dep_ != "xcomp" or clause.head is clause:
            break
        clause = clause.head
        inner = inner or _subject(clause)
    if clause.dep_ != "ccomp" or not _is_reporting(clause.head, direct=False):
        return False
    outer = _subject(clause.head)
    if inner is None or outer is None or inner.lower_ in PERSONAL_SUBJECT_PRONOUNS:
        return False  # "Carson said he saw no need ..., telling ...": "he" may be Carson
    if not (_person(inner) and _may_report(outer)):
        return False
    return not ({t.lower_ for t in _words(inner)} & {t.lower_ for t in _words(outer)})


def _subject(verb: Token) -> Token | None:
    """A verb's nominal subject, if it has one."""
    return next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)


def _words(subject: Token) -> list[Token]:
    """The name words of a subject phrase (its proper nouns, or its head)."""
    names = [t for t in subject.subtree if t.pos_ == "PROPN"]
    return names or [subject]


def _may_report(subject: Token) -> bool:
    """Whether a reporter's subject may speak: a person, or any name (the model types
    "Trump" an organisation in some sentences; a body reports too), not a document or
    a thing ("filings revealed that he sought $10m, alleging ...": his allegation)."""
    return _person(subject) or subject.pos_ == "PROPN"


def _person(subject: Token) -> bool:
    """Whether a subject names a person: a personal pronoun, a person's name, or a noun
    of a person ("a top GOP strategist")."""
    if subject.lower_ in PERSONAL_SUBJECT_PRONOUNS:
        return True
    if subject.ent_type_ == "PERSON":
        return True
    return subject.tag_ in {"NN", "NNS"} and subject.lemma_.lower() in _PERSON_NOUNS
