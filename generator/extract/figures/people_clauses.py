""" "1,409 teachers said they wanted to endorse Sanders", "the 93,522 people who voted for
John Edwards": a count of people says what those people do.

A count of people is rarely of all of them: the clause it stands in picks them out.
The page read "1,409 | teachers", "93,522 | people", which an editor rewrites as
"teachers who said they wanted to endorse Sanders", "people who voted for John Edwards".
The count's own relative clause ("who voted ...") or, when the count is its verb's
subject, that verb with its complements, says it, phrase by phrase while the words
stay few: a phrase is taken whole or not at all, so that no cell ends mid-phrase.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract import figures_lexicon as lx

# At most this many words of the clause after "who", and of the description in all.
_CLAUSE_WORDS = 6
_MOST_WORDS = 10

# Dependents that open another clause or a list, not part of what the people do.
_NOT_THEIRS = frozenset({"punct", "cc", "conj", "advcl", "mark", "parataxis", "relcl"})

# What may stand between the people and their verb ("members have helped", "did not").
_BEFORE_VERB = frozenset({"aux", "neg", "advmod"})

# Words a cut clause must not end on ("voted for", "were", "said that").
_DANGLING_POS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PART", "AUX", "PRON"})


def people_clause(noun: Token, core: str) -> str:
    """`core` with what the counted people do, when the count picks them out by it.

    Only a count of people (`lx.CLAUSE_PEOPLE`) whose description ends with its noun
    (nothing was added yet: "people killed", "voters in Florida" stay), through a "who"
    clause right after the noun or as the subject of the verb right after it."""
    base, bracket, owner = core.partition(" (")
    if noun.lower_ not in lx.CLAUSE_PEOPLE or not base.endswith(noun.text):
        return core
    verb = _their_verb(noun)
    said = _clause_words(verb) if verb is not None else None
    if said is None and verb is not None:
        said = _what_they_said(verb)  # "voters who planned to watch the debate"
    if said is None or len(base.split()) + 1 + len(said.split()) > _MOST_WORDS:
        return core
    return f"{base} who {said}{bracket}{owner}"


def _their_verb(noun: Token) -> Token | None:
    """The verb whose subject the counted people are: of a "who" clause right after the
    noun ("people who voted"), or the verb the noun is the subject of, right after it
    ("1,409 teachers said"). Not a verb another subject has, nor one past a comma."""
    doc = noun.doc
    nxt = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if nxt is None:
        return None
    if nxt.lower_ == "who" and nxt.dep_ == "nsubj" and nxt.head.dep_ == "relcl":
        clause = nxt.head
        return clause if clause.head.i == noun.i else None
    if noun.dep_ != "nsubj" or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = noun.head
    between = doc[noun.i + 1 : verb.i]
    if verb.i < noun.i or any(t.is_punct or t.dep_ not in _BEFORE_VERB for t in between):
        return None
    return verb


def _what_they_said(verb: Token) -> str | None:
    """The clause a count of people said of themselves, when "said they ..." whole is too
    long: "Eight of 10 voters said they planned to watch the debate" picks out voters
    who planned to watch it. Only a verb of saying (`lx.SURVEY_VERBS`) whose clause has
    "they", the people themselves, as its subject."""
    if verb.lemma_.lower() not in lx.SURVEY_VERBS:
        return None
    clause = next((c for c in verb.rights if c.dep_ == "ccomp" and c.pos_ == "VERB"), None)
    if clause is None:
        return None
    subject = next((c for c in clause.lefts if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ != "they":
        return None
    return _clause_words(clause)


def _clause_words(verb: Token) -> str | None:
    """The verb with its auxiliaries before it and the whole phrases after it that fit
    in `_CLAUSE_WORDS` words, in order; None when no phrase after the verb fits where it
    has one ("members who gather", cut from "gather for a summit in Hong Kong") or needs
    one (a copula, a verb of saying), or when the words end on a dangling word."""
    doc = verb.doc
    start = min([c.i for c in verb.lefts if c.dep_ in ("aux", "neg")] + [verb.i])
    end = verb.i + 1
    for child in verb.rights:
        if child.dep_ in _NOT_THEIRS:
            break
        lo, hi = child.left_edge.i, child.right_edge.i + 1
        words = doc[lo:hi]
        if lo != end or any(t.is_punct or t.like_num for t in words):
            break
        if hi - start > _CLAUSE_WORDS:
            break
        end = hi
    said = doc[start:end]
    left_out = any(c.dep_ not in _NOT_THEIRS and c.i >= end for c in verb.rights)
    needs_more = verb.pos_ == "AUX" or verb.lemma_.lower() in lx.SURVEY_VERBS
    if end == verb.i + 1 and (left_out or needs_more):
        return None  # "members who gather" (for a summit in ...), "people who were"
    if said[-1].pos_ in _DANGLING_POS or len(said) > _CLAUSE_WORDS:
        return None
    return said.text
