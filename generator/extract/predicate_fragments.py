"""Quoted predicates that do not say whom they are about.

"Dr Moss said Ms Carter is in "good enough overall health to serve as governor"": the
quoted words are the predicate of the reported clause, and its subject ("Ms Carter")
and verb ("is in") are the writer's. Shown alone under "Who said what", "good enough
overall health to serve as governor" leaves the reader to guess who is meant (editor's
blind review, session 33, bounds). Such a fragment is shown with its reported clause,
as a short fragment is (`quotes._fragments_in_clauses`), however long it is.

Only a predicate of a copula outside the marks: the quotation's root is the complement
("is "a reckless gamble"", "seemed "deeply troubled"") or the object of a preposition
the copula takes ("is in "good health"", "was at "a turning point""), and the copula's
subject stands outside the marks, in the writer's words. An object of a verb of
speaking or doing ("called for "a full inquiry"") says what the source asked for or
did, and is judged by the rules of its own.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

_COMPLEMENT_DEPS = frozenset({"attr", "acomp", "oprd"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})
#: Copulas whose complement describes their subject: "is", "seems", "remains".
_COPULAS = frozenset({"be", "seem", "remain", "appear", "look", "sound", "become", "stay"})


def subjectless_predicate(doc: Doc, start: int, end: int) -> bool:
    """Whether the quoted words at `start`..`end` are the predicate of a copula whose
    subject is outside them (see the module docstring)."""
    quote = doc.char_span(start, end, alignment_mode="expand")
    if quote is None or len(quote) == 0:
        return False
    copula = _copula_of(quote)
    if copula is None or quote.start <= copula.i < quote.end:
        return False
    subjects = [c for c in copula.children if c.dep_ in _SUBJECT_DEPS]
    return bool(subjects) and all(not quote.start <= s.i < quote.end for s in subjects)


def clause_end(doc: Doc, start: int, end: int) -> int:
    """The end of the copula's clause that quoted predicate words at `start`..`end` belong
    to: "Trump is too "dangerous and reckless" [to be president]" goes on after the
    closing mark. `end` when the words are no such predicate."""
    quote = doc.char_span(start, end, alignment_mode="expand")
    copula = _copula_of(quote) if quote is not None else None
    if copula is None:
        return end
    # the copula's own words only: "was "a disaster" [and voted no]" joins another verb
    tails = [c for c in copula.rights if c.dep_ not in _JOINED_DEPS and c.i >= quote.end]
    if not tails:
        return end
    last = max(t.right_edge.i for t in tails)
    while last > copula.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return max(end, doc[last].idx + len(doc[last]))


#: What joins another clause or verb to the copula's: not the copula's own words.
_JOINED_DEPS = frozenset({"conj", "cc", "punct", "parataxis", "advcl", "relcl"})


def clause_start(doc: Doc, start: int, end: int) -> int | None:
    """Where the reported clause of a quoted predicate starts, when the parser found no
    report to hold it ("said Ms Carter is in "good enough ..."": most of the clause is
    quoted, so no reported clause was taken): the first word of the copula's subject,
    after its "that". Only a copula that is the clause of a verb before it, with the
    subject after that verb; None otherwise."""
    if not subjectless_predicate(doc, start, end):
        return None
    quote = doc.char_span(start, end, alignment_mode="expand")
    copula = _copula_of(quote) if quote is not None else None
    if copula is None or copula.dep_ != "ccomp" or copula.head.i > copula.i:
        return None
    first = copula.left_edge
    while first.i < copula.i and (first.dep_ == "mark" or first.is_punct):
        first = doc[first.i + 1]
    if first.i <= copula.head.i or first.i == copula.i:
        return None
    return first.idx


def _copula_of(quote: Span) -> Token | None:
    """The copula the quoted words are the predicate of, or None. The words may hang on
    it in more than one place ("is in "good health to serve"": "health" on "in",
    "serve" on "is"), but one of them must be its complement or the object of its
    preposition, and every other must hang on the copula or that preposition."""
    words = [t for t in quote if not (t.is_punct or t.is_space)]
    outside = [t for t in words if not quote.start <= t.head.i < quote.end]
    copula, hosts = None, set()
    for root in outside:
        head = root.head
        if root.dep_ in _COMPLEMENT_DEPS and head.lemma_.lower() in _COPULAS:
            copula, hosts = head, {head.i}
            break
        if root.dep_ == "pobj" and head.dep_ == "prep" and _copula_before(head) is not None:
            copula = _copula_before(head)
            hosts = {head.i, copula.i}
            break
    if copula is None or any(root.head.i not in hosts for root in outside):
        return None
    return copula


def _copula_before(prep: Token) -> Token | None:
    """The "be" a preposition follows as its predicate: "is [still] in"."""
    verb = prep.head
    if verb.lemma_.lower() != "be" or prep.i < verb.i:
        return None
    between = prep.doc[verb.i + 1 : prep.i]
    return verb if all(t.pos_ in {"ADV", "PART"} for t in between) else None
