"""Quoted words after "is in", "was at": a predicate that does not say whom it is about.

"Dr Moss said Ms Carter is in "good enough overall health to serve as governor"": the
quoted words are the object of the preposition of the reported clause's "is", and its
subject ("Ms Carter") and "is in" are the writer's. Shown alone under "Who said what",
"good enough overall health to serve as governor" is a noun phrase with neither a
predicate nor anyone it is said of (editor's blind review, session 33, bounds). Such a
fragment is shown from the copula's subject to the end of the copula's own words.

Only the object of a preposition right after "be" ("is in", "was still at"): a quoted
complement ("England were "no longer world class"", "2005 to be a "transitional
year"") reads as what was said of the subject, and the editor's annotations (review
TUNE part) keep it as the quotation, which is what the page shows.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})
#: What joins another clause or verb to the copula's: not the copula's own words.
_JOINED_DEPS = frozenset({"conj", "cc", "punct", "parataxis", "advcl", "relcl"})


def clause_start(doc: Doc, start: int, end: int) -> int | None:
    """Where the reported clause of quoted words after "is in" starts: the first word of
    the copula's subject, after its "that". Only a copula that is the clause of a verb
    before it ("said [that] Ms Carter is in "..."), its subject outside the marks and
    after that verb; None otherwise."""
    quote = doc.char_span(start, end, alignment_mode="expand")
    copula = _copula_of(quote) if quote is not None and len(quote) else None
    if copula is None or copula.dep_ != "ccomp" or copula.head.i > copula.i:
        return None
    subjects = [c for c in copula.children if c.dep_ in _SUBJECT_DEPS]
    if not subjects or any(quote.start <= s.i < quote.end for s in subjects):
        return None
    first = copula.left_edge
    while first.i < copula.i and (first.dep_ == "mark" or first.is_punct):
        first = doc[first.i + 1]
    if first.i <= copula.head.i or first.i == copula.i:
        return None
    return first.idx


def clause_end(doc: Doc, start: int, end: int) -> int:
    """The end of the copula's own words around quoted words after "is in": "is in
    "good health" [to serve]" may go on after the closing mark. `end` when the words
    are no such predicate."""
    quote = doc.char_span(start, end, alignment_mode="expand")
    copula = _copula_of(quote) if quote is not None and len(quote) else None
    if copula is None:
        return end
    # the copula's own words only: "is in "good health" [and voted no]" joins a verb
    tails = [c for c in copula.rights if c.dep_ not in _JOINED_DEPS and c.i >= quote.end]
    if not tails:
        return end
    last = max(t.right_edge.i for t in tails)
    while last > copula.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return max(end, doc[last].idx + len(doc[last]))


def _copula_of(quote: Span) -> Token | None:
    """The "be" whose preposition takes the quoted words as its object, or None. The
    words may hang on it in more than one place ("is in "good health to serve"":
    "health" on "in", "serve" on "is"), but every one must hang on the copula or its
    preposition."""
    words = [t for t in quote if not (t.is_punct or t.is_space)]
    outside = [t for t in words if not quote.start <= t.head.i < quote.end]
    objects = [t for t in outside if t.dep_ == "pobj" and t.head.dep_ == "prep"]
    if len(objects) != 1 or quote.start <= objects[0].head.i < quote.end:
        return None
    prep = objects[0].head
    copula = _copula_before(prep)
    if copula is None or any(t.head.i not in {prep.i, copula.i} for t in outside):
        return None
    return copula


def _copula_before(prep: Token) -> Token | None:
    """The "be" a preposition follows as its predicate: "is [still] in"."""
    verb = prep.head
    if verb.lemma_.lower() != "be" or prep.i < verb.i:
        return None
    between = prep.doc[verb.i + 1 : prep.i]
    return verb if all(t.pos_ in {"ADV", "PART"} for t in between) else None
