# ruff: noqa: RUF001, RUF002 - quotation marks are the subject here
"""Quoted text that narrates another person's speech: not the carried speaker's words.

`direct_attribution._carry` gives a quotation with no tag of its own the speaker of the
quotation before it ("“A,” she said. “B.”"). Some quoted paragraphs are not speech at
all but a passage the article quotes — another paper's report, a book, a column — that
itself tells who said what, often with a quotation nested inside:

    "Trump tried to laugh it off by interjecting, “Only Rosie O’Donnell.” But Kelly was
    relentless.
    "On Sunday, Sanders announced that he had raised $20 million in January alone."

Carried over, such a passage puts a report of Trump's or Sanders' words in the mouth of
the previous speaker (PolNeAR train: Kelly, Griffin). A speaker's own words speak in
the first or second person; a passage with neither, whose sentence has a named person
other than the carried speaker as a subject and a verb of speech, is a narration, and
keeps no speaker (the nested words belong to the person it names, the passage to no
one: a quote left without a speaker costs less than one given to the wrong person).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.quote_context import _Attribution
from generator.extract.speech_cues import _is_reporting
from generator.extract.words import word_set

#: Words of the one speaking or spoken to: a speaker's own quotation holds one of these
#: ("I think", "we will", "you know"); a narrated passage holds none.
_SPEAKER_WORDS = word_set(
    "i i'm i've i'd i'll me my mine myself we we're we've we'd we'll us our ours "
    "ourselves let's you you're you've you'd you'll your yours yourself yourselves"
)
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: The rule recorded on a quotation left without a speaker by `unless_narrated`.
NARRATED_RULE = "direct.narrated"


def unless_narrated(quote: Span, lent: _Attribution) -> _Attribution:
    """A speaker lent by a neighbouring sentence, unless the quotation narrates another
    person's speech ("Trump tried to laugh it off by interjecting, “Only Rosie
    O’Donnell.”" after a quotation of Kelly's): then no one."""
    if not lent.has_speaker or not opens_paragraph(quote, quote.doc.text):
        return lent
    if not narrates_another(quote, lent.speaker):
        return lent
    return _Attribution(None, None, rule=NARRATED_RULE)


def narrates_another(quote: Span, speaker: Span | None) -> bool:
    """Whether a quotation reads as a passage that reports someone else's speech, where
    the carried speaker is a person: no word of the first or second person, and a verb
    of speech whose subject is a name that the speaker's name does not hold. A quoted
    paragraph carried from a paper or a body ("CNN reported that night: ...") is that
    body's text, which may well tell what others said: left alone."""
    if speaker is None or not _person(speaker):
        return False
    words = [t for t in quote if t.is_alpha or "'" in t.text or "’" in t.text]
    if not words or any(_plain(t) in _SPEAKER_WORDS for t in words):
        return False
    own = {_plain(t) for t in speaker}
    for token in quote:
        if not _is_reporting(token, direct=True) or any(c.dep_ == "xcomp" for c in token.children):
            continue  # "for the RNC to continue to give ...": not speech
        subject = _subject(token)
        if (
            subject is not None
            and quote.start <= subject.i < quote.end
            and _other_name(subject, own)
        ):
            return True
    return False


def opens_paragraph(quote: Span, text: str) -> bool:
    """Whether a quotation opens its paragraph: only quotation marks stand between the
    line break (or the start of the text) and its first word."""
    begin = quote.start_char
    line_start = text.rfind("\n", 0, begin) + 1
    return not text[line_start:begin].strip(" \"'“‘”’`")


def _person(speaker: Span) -> bool:
    """Whether a speaker mention is a person: a name not typed a body (the model types
    some surnames a place: "Griffin"), or "he" / "she"; not a paper or a body ("CNN")."""
    root = speaker.root
    if root.lower_ in _PERSON_PRONOUNS:
        return True
    return root.pos_ == "PROPN" and root.ent_type_ not in _BODY_TYPES


#: Entity types of a paper, a body or a work, whose quoted text is its own. A place
#: ("GPE") is not among them: the model types many surnames so ("Griffin").
_BODY_TYPES = frozenset({"ORG", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT"})


_PERSON_PRONOUNS = word_set("he she")


def _plain(token: Token) -> str:
    """A word in lower case with a plain apostrophe ("I’m" -> "i'm")."""
    return token.lower_.replace("’", "'")


def _subject(verb: Token) -> Token | None:
    """The subject of a verb of speech, or of the clause a bare participle of speech
    hangs from ("Trump tried to laugh it off by interjecting": Trump)."""
    for _ in range(_HOPS):
        subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is not None or verb.head.i == verb.i:
            return subject
        if verb.dep_ not in _HOST_DEPS:
            return None
        verb = verb.head
    return None


#: Links from a bare participle up to the clause whose subject it shares:
#: "interjecting" -pcomp-> "by" -prep-> "laugh" -xcomp-> "tried".
_HOST_DEPS = frozenset({"pcomp", "prep", "xcomp", "advcl", "conj"})
_HOPS = 4


def _other_name(subject: Token, own: set[str]) -> bool:
    """Whether a subject is a name that the carried speaker's name does not hold
    ("Sanders announced", under Griffin's quotation)."""
    if subject.pos_ != "PROPN":
        return False
    names = [t for t in subject.subtree if t.pos_ == "PROPN"]
    return not any(_plain(t) in own for t in names)
