""" "sales rose to 118,079 ..., an 11.1 pct rise": a move told after the level it moved to
says what moved, from the clause it is added to (session 34, blind review: "0.4 pct |
rise", "10 pct | decline").

Wire copy gives the level first and the move after it, as an apposition or a conjunct:
"February imports totalled 32.11 billion marks, a decline of 10 pct against February
1986", "Imported cars sales were estimated at 219,300 in February, a 0.4 pct rise from
last year". The move's own words are a change noun alone; what moved is the subject of
the verb the move is added to. `bare_moves.name_bare_moves` takes it first from a move
named in the sentence; this reads the clause when there is none.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract import figures_lexicon as lx
from generator.extract.figures.bare_moves import _bare_move, _own_in_phrase
from generator.extract.figures.phrases import _np_text, common_opening
from generator.extract.figures.subjects import _names_an_agent, _subject_of
from generator.model import Figure

# How the move's noun hangs on what it is added to: an apposition ("totalled 32.11
# billion marks, a decline of 10 pct") or a conjunct the parser made of it ("rose to
# 118,079, an 11.1 pct rise").
_ADDED_DEPS = frozenset({"appos", "conj", "npadvmod"})
# The way from there to the verb: the level's number and its preposition ("at 219,300").
_LEVEL_DEPS = frozenset({"pobj", "prep", "dobj", "attr", "nummod", "quantmod", "compound"})
_CHANGE_NOUNS = lx.CHANGE_NOUNS


def name_clause_moves(figures: list[Figure], doc: Doc, text: str) -> None:
    """Each figure still described by a bare move ("rise", "decline") takes what moved
    from the subject of the clause its move is added to: "rise in imported cars sales".
    Only a subject that is a thing (a common noun, no person, no group of people)."""
    for figure in figures:
        base, _, owner = (figure.counts or "").partition(" (")
        if not _bare_move(base) or owner or _own_in_phrase(figure, text):
            continue
        if "respectively" in figure.sentence:
            continue
        span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        move = _move_noun(span.root)
        verb = _added_to(move) if move is not None else None
        subject = _subject_of(verb) if verb is not None else None
        if subject is None or subject.pos_ != "NOUN" or _names_an_agent(subject):
            continue
        if subject.lower_ in lx.NOT_COUNTED or any(c.dep_ == "poss" for c in subject.children):
            continue  # "its sales": whose is said elsewhere; left alone
        said = _np_text(subject)
        if not said or len(said.split()) > 6:
            continue
        said = said if subject.doc[subject.left_edge.i].pos_ == "PROPN" else common_opening(said)
        figure.counts = f"{base} in {said}"


def _move_noun(root: Token) -> Token | None:
    """The change noun the figure sizes: its head ("a 0.4 pct rise") or the noun its
    "of" hangs on ("a decline of 10 pct")."""
    node = root
    for _ in range(3):
        if node.lemma_.lower() in _CHANGE_NOUNS or node.lower_ in _CHANGE_NOUNS:
            return node if node.pos_ == "NOUN" else None
        if node.head is node:
            return None
        node = node.head
    return None


def _added_to(move: Token) -> Token | None:
    """The verb whose clause the move is added to, through the level it follows."""
    if move.dep_ == "conj" and move.head.lower_ in _CHANGE_NOUNS:
        move = move.head  # "a decline of 10 pct ... but a rise of 5.5 pct"
    if move.dep_ not in _ADDED_DEPS:
        return None
    node = move.head
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.dep_ not in _LEVEL_DEPS or node.head is node:
            return None
        node = node.head
    return None
