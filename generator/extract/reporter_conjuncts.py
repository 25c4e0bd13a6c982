"""Where a report stops before the reporter's own next predicate (issue 11, bounds).

The parser often hangs a verb that goes with the reporter on the reported verb, and the
report runs on over it. Two shapes are cut here:

- an infinitive or a subjunctive ("vowed [to keep abortion legal]", "proposed that
  [more forces be left in Iraq]") cannot go on with a verb in the past or the third
  person present that has no subject of its own: "to keep ... and celebrated the
  ruling Monday", "be left in Iraq, and pushed to funnel arms ...". Such a verb is
  the reporter's next act, told by the writer. Not a verb under a modal: "said [she
  could not support Trump but understood why people did]" is what she said, the past
  tense only backshifted ("I understand why");
- a refusal to give out more ("said [it had received an offer] but declined to name
  the bidder", "insisted [there could be no deals] but twice declined directly to say
  ..."): the writer's account of how the source answered, whatever the reported verb.

Only an unmistakable form: a verb whose past form is its base ("cut", "put", "set") may
be the infinitive's own second verb, tagged wrong; a participle ("would be arrested and
charged") shares the clause's auxiliary; and only a verb that governs an object or a
clause of its own ("celebrated the ruling", "pushed to funnel arms"), which a participle
read as past tense rarely does.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.words import word_lists

#: Tags of the first word of a verb group that is neither finite nor modal: the base
#: form ("keep", "be left") and the infinitive marker ("to keep").
_BASE_GROUP = frozenset({"VB", "TO"})
#: Finite tags an infinitive or a subjunctive cannot be coordinated with: past and 3rd
#: person present.
_FINITE_ONLY = frozenset({"VBD", "VBZ"})
_AUXILIARIES = frozenset({"aux", "auxpass"})
#: The labels of a verb's own subject, of any kind (shared with `closing_conjuncts`).
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
#: What a verb governs when it is a predicate of its own ("celebrated the ruling",
#: "declined to say", "pushed to funnel arms").
_GOVERNED = frozenset({"dobj", "xcomp", "ccomp"})
_REFUSAL_VERBS = word_lists("quote_words")["refusal_verbs"]
_DISCLOSURE_VERBS = word_lists("quote_words")["disclosure_verbs"]


def _base_group(verb: Token) -> bool:
    """Whether a verb group is an infinitive or a subjunctive by its form: its first
    auxiliary is "to" or a base form ("to keep", "be left"), or it has none and is a base
    form itself ("that he resign"); not "could be", "has been" or "was"."""
    auxiliaries = [c for c in verb.children if c.dep_ in _AUXILIARIES and c.i < verb.i]
    if not auxiliaries:
        return verb.tag_ == "VB"
    return auxiliaries[0].tag_ in _BASE_GROUP


def _own_predicate(conj: Token) -> bool:
    """Whether a conjoined verb is finite, unmistakably, and a predicate of its own with
    no subject of its own: it shares a subject, the reporter's."""
    if conj.dep_ != "conj" or conj.tag_ not in _FINITE_ONLY:
        return False
    if conj.tag_ == "VBD" and conj.lower_ == conj.lemma_.lower():
        return False  # "to cut costs and cut jobs": "cut" may be tagged wrong
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ in _AUXILIARIES for c in conj.children):
        return False
    return any(c.dep_ in _GOVERNED for c in conj.children)


def _refusal(conj: Token) -> bool:
    """ "but declined to name the bidder", "but refused to say when": a refusal to give
    out more."""
    return conj.lemma_.lower() in _REFUSAL_VERBS and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in _DISCLOSURE_VERBS for c in conj.children
    )


def reporters_next_verb(clause: Token) -> int | None:
    """Character offset where reported content under `clause` (its verb) ends before a
    conjoined verb that is the reporter's own next act (see the module docstring), or
    None. The cut is at the end of the word before the verb's phrase and the commas
    and coordinators that open it."""
    base = _base_group(clause)
    for conj in clause.children:
        if conj.i < clause.i or not _own_predicate(conj):
            continue
        if not base and not _refusal(conj):
            continue
        return end_before_conjunct(clause, conj)
    return None


def end_before_conjunct(clause: Token, conj: Token) -> int:
    """Where a report headed by `clause` ends when a conjunct verb joined to it is not
    part of it: after the last word before the conjunct's phrase, its comma and "and"
    left out. Shared by every rule that stops a report before a joined verb."""
    doc = clause.doc
    i = conj.left_edge.i
    while i > clause.i and (doc[i - 1].is_punct or doc[i - 1].dep_ == "cc"):
        i -= 1
    last = doc[i - 1]
    return last.idx + len(last)
