"""A lead's closing speech tag that the parser read as one more verb of the lead.

"A proposed sales tax on gold could put a damper on the Tokyo market and encourage a
shift of trading to Hong Kong, senior vice president of Credit Suisse Paul Hofer told a
press conference." On a long wire lead whose clause already holds two verbs joined by
"and", the small model often makes the closing "told" a third conjunct of the lead's
verb, and hangs the speaker's name on the last noun before it ("Hong Kong, ... Paul
Hofer"). The tag then has no subject and no content of its own: the whole lead, the
story's main claim, was nobody's words, and every "he said" after it went back to no
one.

The shape on the page is plain whatever the parse: a sentence that opens with its
reported clause, a comma, the speaker's title and name (`closing_names.closing_name`),
then a plain reporting verb with nothing after it but who heard it or where ("told a
press conference", "said in a statement") and the full stop. Only that shape is read.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.closing_names import closing_speaker
from generator.extract.reporter_conjuncts import SUBJECT_DEPS
from generator.extract.speech_cues import PLAIN_REPORT_CUES

#: What a closing tag may govern after it: who heard it, where or when it was said
#: ("told a press conference", "said in a statement on Tuesday"), never a clause or a
#: second verb of its own.
_AFTER_TAG = frozenset({"dobj", "dative", "prep", "npadvmod", "advmod", "punct"})
#: Words that open a second clause, not a speaker's title: "..., and Smith said".
_CLAUSE_OPENERS = frozenset({"CCONJ", "SCONJ", "PRON", "ADV"})
#: How the parser hangs the tag on the lead's verb: one more conjunct, an adverbial
#: clause when the lead's last phrase opens with a conjunction ("... after registering
#: gains in the first two months, managing board chairman Carl Hahn said"), or the
#: clause a lead's own verb of estimating reports ("Petro-Canada estimates reserves of
#: ... 70 mln barrels, company spokesman Bob Foulkes said from its Calgary office").
_READ_AS = frozenset({"conj", "advcl", "ccomp"})


def closing_conjunct_speaker(verb: Token, inside: list[bool]) -> Span | None:
    """The speaker's mention of a closing tag read as a conjunct of the lead's verb
    ("..., trade secretary Jose Concepcion told reporters."), or None when the verb is
    no such tag."""
    found = _closing_conjunct(verb, inside)
    return found[0] if found is not None else None


def _closing_conjunct(verb: Token, inside: list[bool]) -> tuple[Span, int] | None:
    """The speaker's mention and the comma that ends the lead's reported words."""
    if verb.dep_ not in _READ_AS or verb.lower_ not in PLAIN_REPORT_CUES or inside[verb.i]:
        return None
    lead = verb.head
    sent = verb.sent
    if lead.dep_ != "ROOT" or lead.i >= verb.i or lead.left_edge.i != sent.start:
        return None
    if any(child.i > verb.i and child.dep_ not in _AFTER_TAG for child in verb.children):
        return None
    if not _ends_sentence(verb):
        return None
    found = closing_speaker(verb, inside)
    if found is None:
        return None
    mention, comma = found
    subjects = [child for child in verb.children if child.dep_ in SUBJECT_DEPS]
    if any(not mention.start <= child.i < mention.end for child in subjects):
        return None  # "..., and prices rose, dealers told": the verb's own clause
    opener = verb.doc[comma + 1]
    if opener.pos_ in _CLAUSE_OPENERS or any(inside[t.i] for t in sent[: comma - sent.start]):
        return None
    return mention, comma


def closing_conjunct_content(verb: Token, inside: list[bool]) -> tuple[int, int] | None:
    """The characters of the reported clause a closing tag read as a conjunct closes:
    from the sentence's start to the comma before the speaker, or None."""
    found = _closing_conjunct(verb, inside)
    if found is None:
        return None
    doc = verb.doc
    first, last = verb.sent.start, found[1] - 1
    while first < last and (doc[first].is_punct or doc[first].is_space):
        first += 1
    while last > first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return doc[first].idx, doc[last].idx + len(doc[last])


def _ends_sentence(verb: Token) -> bool:
    """Whether nothing but the verb's own words and the closing marks follow it."""
    sent = verb.sent
    last = sent.end - 1
    doc = verb.doc
    while last > verb.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return verb.right_edge.i >= last
