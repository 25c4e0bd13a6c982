"""Measures that qualify a noun of a clause rather than give one of its values.

"Production of trucks of up to six tonnes fell to 11,500 from 14,600": "six tonnes"
says which trucks, and the bare numbers after it count trucks, not tonnes. Wire copy
gives a unit once for a list ("fell to 17.8 mln tonnes from 19.5 mln") and
`shares._share_measure_unit` lends it to the bare numbers after it; a measure inside
the subject of the numbers' verb, hung on a noun below the subject's head, is such a
qualifier and lends nothing: "tonnes" on 11,500 trucks misreads every one of them.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from generator.extract.figures.subjects import _governing_verb

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})

# A size class written after a plural noun: "trucks up to six tonnes", "vans of up to
# two tonnes", "tankers over 200,000 dwt". The parser often loses such a clause's
# subject ("... and exports of trucks up to six tonnes fell to 15,400"), so the words
# themselves are read as well. "rose to up to 5 mln tonnes" has no plural noun before.
SIZE_CLASS_RE = re.compile(
    r"\b[a-z]{3,}s\s+(?:of\s+)?(?:up\s+to|under|over|above|below|(?:less|more)\s+than)\s+$"
)


def qualifies_subject_noun(doc: Doc, measure_start: int, figure_start: int) -> bool:
    """Whether the measure at `measure_start` sits inside the subject of the verb that
    governs the figure at `figure_start`, below a noun of that subject other than its
    head ("Production of trucks of up to six tonnes": under "trucks", not "Production").

    "Exports of 30,000 tonnes rose to 45,000" keeps its lending: there the measure is the
    subject head's own "of" and the numbers after it are tonnes too.
    """
    if SIZE_CLASS_RE.search(doc.text, max(0, measure_start - 40), measure_start):
        return True
    measure = _token_at(doc, measure_start)
    figure = _token_at(doc, figure_start)
    if measure is None or figure is None or measure.sent.start != figure.sent.start:
        return False
    verb = _governing_verb(doc[figure.i : figure.i + 1])
    subjects = [child for child in verb.children if child.dep_ in _SUBJECT_DEPS]
    for subject in subjects:
        if not subject.left_edge.i <= measure.i <= subject.right_edge.i:
            continue
        return _nouns_between(measure, subject) >= 1
    return False


def _token_at(doc: Doc, start: int) -> Token | None:
    """The token that begins at character `start` (or covers it)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _nouns_between(measure: Token, subject: Token) -> int:
    """How many plural nouns stand on the path from the measure up to the subject's head,
    the measure's own unit noun and the head left out ("trucks" in "Production of trucks
    of up to six tonnes"). A verb on the path ("the plant, which makes 5 mln tonnes a
    year, said output fell to 3.2 mln") makes the measure a value of its own clause,
    not a class of things: none is counted then."""
    unit = measure.head if measure.dep_ in ("nummod", "quantmod") else measure
    node, found = unit.head, 0
    for _ in range(8):
        if node.i == subject.i or node.head.i == node.i:
            break
        if node.pos_ in ("VERB", "AUX"):
            return 0
        if node.tag_ in ("NNS", "NNPS"):
            found += 1
        node = node.head
    return found
