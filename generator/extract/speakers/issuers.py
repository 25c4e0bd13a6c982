"""Who put out the statement a speaker mention names: "Black Lives Matter issued a
statement saying it took the action ..." is the group's word, not that of the body the
article named last ("..., the Chicago Sun-Times reported"), to which a bare "a statement"
would otherwise be taken back. The issuer is the subject of the verb of issuing
(`issuing_participles` in speaker_words.toml: "issued", "released") whose object the
statement noun is.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.pronouns import SUBJECT_PRONOUNS
from generator.extract.speakers.bodies import ISSUING_PARTICIPLES
from generator.extract.speakers.lexicon import DOCUMENT_NOUNS, STATEMENT_NOUNS


def statement_issuer(doc: Doc, start: int, end: int) -> Span | None:
    """The words naming who issued the statement that the mention at `start`..`end`
    names ("a statement" in "X issued a statement saying"), or None: no statement noun,
    no verb of issuing, or a pronoun subject, which the pronoun rules resolve."""
    mention = doc.char_span(start, end, alignment_mode="expand")
    if mention is None or len(mention) == 0:
        return None
    noun = mention.root
    if noun.lemma_.lower() not in STATEMENT_NOUNS | DOCUMENT_NOUNS or noun.dep_ != "dobj":
        return None
    verb = noun.head
    if verb.lower_ not in ISSUING_PARTICIPLES:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return _name_before(verb)
    if len(subjects) != 1 or subjects[0].lower_ in SUBJECT_PRONOUNS:
        return None
    return _subject_words(subjects[0], verb)


def _name_before(verb: Token) -> Span | None:
    """The capitalised words right before a verb the parser found no subject for
    ("Black Lives Matter issued", the name split over two sentences), when they open a
    sentence or follow punctuation: the name is all of the subject."""
    doc = verb.doc
    left = verb.i
    while left > 0 and doc[left - 1].is_alpha and doc[left - 1].text[0].isupper():
        left -= 1
    if left == verb.i:
        return None
    opens = left == 0 or doc[left - 1].is_punct or doc[left - 1].is_space
    return doc[left : verb.i] if opens else None


def _subject_words(subject: Token, verb: Token) -> Span:
    """The subject's words, run on over the proper nouns the parser left between it and
    the verb ("Black Lives Matter": "Matter" hung on the verb as an adverb)."""
    doc = subject.doc
    right = subject.right_edge.i
    while right + 1 < verb.i and doc[right + 1].pos_ == "PROPN":
        right += 1
    return doc[subject.left_edge.i : right + 1]
