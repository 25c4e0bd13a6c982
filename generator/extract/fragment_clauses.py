"""Quoted words that are the subject of a reported clause, shown with their predicate.

"The minister said "sustained and deep reform efforts" are needed to ensure long term
growth": the quotation marks close on the subject, and the claim is the clause. Shown
alone under "Who said what", "sustained and deep reform efforts" is a noun phrase that
says nothing (editor's blind review, session 34: the editor wants the reported clause
or nothing). The mirror of `predicate_fragments`, which takes quoted words after "is in"
back to their subject: here the words are taken on to the end of their verb's clause.

Only when the quoted words are the subject of a verb right after the closing mark (its
auxiliaries and a negation between at most), the verb is a reported clause (the
complement of a verb before it), and its own words stay in the sentence with no mark,
tag or line break in them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.punctuation import OPENING_QUOTES

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: Words between the closing mark and the verb that belong to the verb: "are [not]
#: needed", "[will] be".
_VERB_GROUP_DEPS = frozenset({"aux", "auxpass", "neg"})
#: What joins another clause or verb to the verb: not its own words. A clause of
#: purpose or condition is ("are needed [to ensure long term growth]").
_JOINED_DEPS = frozenset({"conj", "cc", "punct", "parataxis", "relcl"})


def subject_clause(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The (start, end) of the reported clause whose subject the quoted words
    `start:end` (inside their marks) are, or None when they are no such subject. The
    clause starts at the subject's first word ("[WikiLeaks's] "hostility to ..." was a
    mistake"), or at the opening mark."""
    quote = doc.char_span(start, end, alignment_mode="expand")
    if quote is None or len(quote) == 0:
        return None
    roots = [t for t in quote if not quote.start <= t.head.i < quote.end]
    roots = [t for t in roots if not (t.is_punct or t.is_space)]
    if len(roots) != 1 or roots[0].dep_ not in _SUBJECT_DEPS:
        return None
    verb = roots[0].head
    if verb.i < quote.end or verb.dep_ != "ccomp" or verb.head.i > quote.start:
        return None
    if not all(_verb_group(t, verb) for t in doc[quote.end : verb.i]):
        return None
    last = _last_own_word(verb)
    first = roots[0].left_edge
    if first.i <= verb.head.i:
        return None
    opening = start - 1 if start > 0 and doc.text[start - 1] in OPENING_QUOTES else start
    return min(first.idx, opening), last.idx + len(last.text)


def _verb_group(token: Token, verb: Token) -> bool:
    """Whether a word between the closing mark and the verb is a mark, a space or part
    of the verb's group ("are [not] needed")."""
    return (
        token.is_quote
        or token.is_space
        or (token.head.i == verb.i and token.dep_ in _VERB_GROUP_DEPS)
    )


def _last_own_word(verb: Token) -> Token:
    """The last word of the verb's own words: its right edge, without a clause joined to
    it ("are needed [and the bank agreed]") or the punctuation that closes it."""
    tails = [c for c in verb.rights if c.dep_ not in _JOINED_DEPS]
    last = max((t.right_edge for t in tails), key=lambda t: t.i, default=verb)
    while last.i > verb.i and (last.is_punct or last.is_space):
        last = last.doc[last.i - 1]
    return last


#: How quoted words in the middle of a clause hang on its verb: as an adverbial ("will
#: call "at an early date" a meeting").
_ADVERBIAL_DEPS = frozenset({"prep", "npadvmod", "advmod"})


def adverbial_gap(doc: Doc, start: int, end: int) -> bool:
    """Whether the quoted words `start:end` are an adverbial in the middle of the
    writer's clause: 'Nigeria also will call "at an early date" an extraordinary meeting
    of noteholders'. The words hang on a verb before the opening mark, and the verb's
    own object or complement follows the closing mark at once: the quotation is a gap
    in someone else's sentence, and alone it says nothing."""
    quote = doc.char_span(start, end, alignment_mode="expand")
    if quote is None or len(quote) == 0:
        return False
    roots = [t for t in quote if not quote.start <= t.head.i < quote.end]
    roots = [t for t in roots if not (t.is_punct or t.is_space)]
    if len(roots) != 1 or roots[0].dep_ not in _ADVERBIAL_DEPS:
        return False
    verb = roots[0].head
    if verb.pos_ not in {"VERB", "AUX"} or verb.i >= quote.start:
        return False
    i = quote.end
    while i < len(doc) and (doc[i].is_quote or doc[i].is_space):
        i += 1
    if i >= len(doc) or doc[i].is_punct:
        return False
    after = doc[i]
    top = after
    while top.head.i != verb.i and top.head.i != top.i:
        top = top.head
    return top.head.i == verb.i and top.dep_ in {"dobj", "attr", "oprd", "ccomp", "xcomp"}
