"""Where a report stops before the reporter's own next predicate (issue 11, bounds).

A reported clause whose verb is not finite -- an infinitive ("vowed [to keep abortion
legal]"), a verb under a modal ("insisted [there could be no deals]") or a subjunctive
("proposed that [more forces be left in Iraq]") -- cannot go on with a verb in the past
or the third person present that has no subject of its own: "to keep ... and
celebrated the ruling", "there could be no deals ... but twice declined to say ...",
"more forces be left in Iraq, and pushed to funnel arms ...". Such a verb is the
reporter's next act, told by the writer; the parser hung it on the reported verb, and
the report ran on over it. On a breadth sample (random.Random("bounds28"): 40 PolNeAR
train, 40 BBC, 40 Reuters articles) this was the most frequent way a reported clause
ran past the speaker's words.

Only an unmistakable form: a verb whose past form is its base ("cut", "put", "set")
may be the infinitive's own second verb, tagged wrong, and a participle ("would be
arrested and charged") shares the clause's auxiliary; and only a verb that governs an
object or a clause of its own ("celebrated the ruling", "declined to say"), which a
participle read as past tense rarely does.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Tags of a verb group that is not finite by itself: the base form ("keep", "be"), a
#: modal ("could") and the infinitive marker ("to").
_NON_FINITE_GROUP = frozenset({"VB", "MD", "TO"})
#: Finite tags a non-finite verb cannot be coordinated with: past and 3rd person present.
_FINITE_ONLY = frozenset({"VBD", "VBZ"})
_AUXILIARIES = frozenset({"aux", "auxpass"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
#: What a verb governs when it is a predicate of its own ("celebrated the ruling",
#: "declined to say", "pushed to funnel arms").
_GOVERNED = frozenset({"dobj", "xcomp", "ccomp"})


def _non_finite(verb: Token) -> bool:
    """Whether a verb group is not finite by its own form: a base form, or a verb whose
    first auxiliary is a modal, "to" or a base form ("could be", "to keep", "be left",
    "could have been"); not "has been" or "was"."""
    auxiliaries = [c for c in verb.children if c.dep_ in _AUXILIARIES and c.i < verb.i]
    if not auxiliaries:
        return verb.tag_ == "VB"
    return auxiliaries[0].tag_ in _NON_FINITE_GROUP


def _reporters_verb(conj: Token) -> bool:
    """Whether a verb conjoined to a non-finite reported verb is finite, unmistakably, and
    a predicate of its own: the reporter's next act, not the report's."""
    if conj.dep_ != "conj" or conj.tag_ not in _FINITE_ONLY:
        return False
    if conj.tag_ == "VBD" and conj.lower_ == conj.lemma_.lower():
        return False  # "to cut costs and cut jobs": "cut" may be tagged wrong
    if any(c.dep_ in _SUBJECTS or c.dep_ in _AUXILIARIES for c in conj.children):
        return False
    return any(c.dep_ in _GOVERNED for c in conj.children)


def reporters_next_verb(clause: Token) -> int | None:
    """Character offset where reported content under `clause` (its verb) ends before a
    conjoined verb that is the reporter's own next act (see the module docstring), or
    None. The cut is at the end of the word before the verb's phrase and the commas
    and coordinators that open it."""
    if not _non_finite(clause):
        return None
    doc = clause.doc
    for conj in clause.children:
        if conj.i < clause.i or not _reporters_verb(conj):
            continue
        i = conj.left_edge.i
        while i > clause.i and (doc[i - 1].is_punct or doc[i - 1].dep_ == "cc"):
            i -= 1
        last = doc[i - 1]
        return last.idx + len(last)
    return None
