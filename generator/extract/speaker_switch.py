"""A second speaker in the tag's own sentence: the next quotation is not carried over.

`direct_attribution._carry` lets the rest of the previous quotation's sentence stand
between two quotations ("“A,” X told the Journal in July, after Y had asked. “B.”": B
is still X's). When that rest hands the word to someone else —

    “Tell her I promised you a picture,” Ebeling said, and her husband cut in. “Don't
    forget Betsy's husband Tom ...”
    “Yes,” Smith said, before Jones interrupted. “No.”

— the next quotation is the other person's reply, not the first speaker's (PolNeAR
train: the husband's words went to Ebeling). Who the other is may be a description
("her husband") the page cannot name: the quotation keeps no speaker.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.actors import TITLE_WORDS
from generator.extract.actors.lexicon import KIN_NOUNS
from generator.extract.quote_context import _Attribution
from generator.extract.speech_cues import _is_reporting
from generator.extract.words import word_lists

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: How a second speaker's clause hangs on the tag: "..., and her husband cut in",
#: "..., before Jones interrupted".
_SECOND_CLAUSE_DEPS = frozenset({"conj", "advcl"})
#: The rule recorded on a quotation that a neighbouring sentence's speaker is not lent
#: to because the sentence before handed the word to another.
SWITCHED_RULE = "direct.speaker_switched"
#: Verbs that speak with the particle "in", breaking into talk ("her husband cut in").
_BREAK_IN_VERBS = word_lists("quote_words")["break_in_verbs"]
#: Nouns for a person who may take the word, from the lexicons the speaker rules share.
_PERSON_NOUNS = (
    word_lists("speaker_words")["person_nouns"]
    | word_lists("speaker_words")["anonymous_person_nouns"]
    | TITLE_WORDS
    | KIN_NOUNS
)


def speaker_switched(doc: Doc, prev_end: int, start: int, previous: _Attribution) -> bool:
    """Whether the rest of the sentence of a quotation ending at `prev_end` (a character
    offset), up to the next quotation at `start`, gives the word to someone other than
    that quotation's speaker."""
    gap = doc.char_span(prev_end, start, alignment_mode="contract")
    if gap is None or gap.start == 0:
        return False
    prev_sent = doc[gap.start - 1].sent.start
    rest = [t for t in gap if t.sent.start == prev_sent]
    return another_speaks_after(rest, previous.speaker, previous.speaker_text or "")


def another_speaks_after(words: list[Token], speaker: Span | None, speaker_text: str) -> bool:
    """Whether the rest of the previous quotation's sentence (`words`) holds a verb of
    speech whose subject is a noun or a name outside the previous speaker's mention (or,
    with no mention, not a word of the speaker's name)."""
    within = {t.i for t in words}
    for token in words:
        if token.dep_ not in _SECOND_CLAUSE_DEPS:
            continue  # the tag itself, or a clause inside it ("a crowd the campaign estimated")
        if not (_is_reporting(token, direct=True) or _breaks_in(token)):
            continue
        if any(c.dep_ == "xcomp" for c in token.children):
            continue  # "as vaguer rumors continued to hold up the stock": no speech
        subject = next((c for c in token.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is None or subject.pos_ == "PRON" or subject.i not in within:
            continue  # "“A,” X said, and he added": still X
        if not _may_speak(subject):
            continue
        if _earlier(token):
            continue  # "“A,” X told the Journal, after Y had asked. “B.”": still X
        if speaker is not None and speaker.start <= subject.i < speaker.end:
            continue
        if speaker is None and subject.text in speaker_text.split():
            continue
        return True
    return False


def _may_speak(subject: Token) -> bool:
    """Whether a subject names someone who may speak: a name, or a noun for a person
    ("her husband", "the senator"); not a thing ("rumors")."""
    if subject.pos_ == "PROPN" or subject.ent_type_ == "PERSON":
        return True
    return subject.lemma_.lower() in _PERSON_NOUNS


def _earlier(verb: Token) -> bool:
    """Whether a verb tells what came before the quotation: "after Y had asked"."""
    return any(
        (c.dep_ == "aux" and c.lower_ == "had") or (c.dep_ == "mark" and c.lower_ == "after")
        for c in verb.children
    )


def _breaks_in(token: Token) -> bool:
    """ "her husband cut in", "Jones broke in": a verb with the particle "in" that
    interrupts; "cut" alone speaks of nothing."""
    return token.lemma_.lower() in _BREAK_IN_VERBS and any(
        child.dep_ in {"prt", "advmod", "prep"}
        and child.lower_ == "in"
        and not list(child.children)
        for child in token.children
    )
