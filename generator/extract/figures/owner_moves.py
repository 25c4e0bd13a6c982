"""A move told of a name says what of the name moved, and whose it is: "rise in truck
sales (GM)", not "GM" nor "rise in Chrysler Corp" (session 34, blind review).

Wire copy lists makers' moves after the thing that moved: "Detroit's late February
truck sales were generally positive with GM up 10.9 pct, Ford up 48 pct", "its car
sales in the period rose 29.3 pct and Chrysler Corp was up 11.3 pct". The figure's own
clause names only the company; the thing is the sentence's, said once. Two shapes:

- a "with NAME up N" list hung on a clause whose subject is a common noun phrase
  ("truck sales"): the move is in that subject, and NAME owns it;
- a company's move ("Chrysler Corp was up 11.3 pct", read "rise in Chrysler Corp")
  beside another company's named move of a possessed thing ("its car sales ... rose"):
  the same thing moved, and the company owns it.

Only an organisation's name (the parser's ORG) is read as the owner: "the Nikkei was up
3 pct" beside "Tokyo stock prices rose" is the index's own move.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract import figures_lexicon as lx
from generator.extract.figures.subjects import _subject_token
from generator.model import Figure

# "GM up 10.9 pct", "Chrysler gaining 46 pct", "General Motors Corp down 9.3 pct".
_LISTED_MOVE_RE = re.compile(
    r"(?P<name>[A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*)*)\s+"
    r"(?P<move>up|down|off|gaining|losing|rising|falling|rose|fell)\s+(?:by\s+)?\Z"
)
_RISE = lx.RISE_WORDS | {"gaining", "rising", "rose"}
_FALL = lx.FALL_WORDS | {"losing", "falling", "fell"}
# A named move: "rise in car sales", "fall in Ford's sales".
_NAMED_MOVE_RE = re.compile(r"^(?P<move>rise|fall) in (?P<what>.+)$")


def own_named_moves(figures: list[Figure], doc: Doc, text: str) -> None:
    """Say each listed company's move as the move of the sentence's thing, with the
    company as its owner. `text` is `doc`'s text, offsets as the figures'."""
    for figure in figures:
        if not figure.counts or " (" in figure.counts:
            continue
        span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        said = _listed_move(figure, span, text) or _peer_move(figure, figures, span)
        if said:
            figure.counts = said


def _listed_move(figure: Figure, span: Span, text: str) -> str | None:
    """ "with GM up 10.9 pct": "rise in late February truck sales (GM)"."""
    match = _LISTED_MOVE_RE.search(text, max(0, figure.start - 80), figure.start)
    if match is None or not match.group("name").endswith(figure.counts or "\0"):
        return None
    name = figure.counts or ""
    if not _an_organisation(span.sent, name):
        return None
    sentence = span.sent
    with_at = [t for t in sentence if t.lower_ == "with" and t.idx < match.start()]
    root = sentence.root
    if not with_at or with_at[-1].idx < root.idx:
        return None  # "with" must hang the list on the main clause, after its verb
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    thing = _common_thing(subject) if subject is not None else None
    if thing is None:
        return None
    move = match.group("move").lower()
    direction = "rise" if move in _RISE else "fall" if move in _FALL else None
    return f"{direction} in {thing} ({name})" if direction else None


def _peer_move(figure: Figure, figures: list[Figure], span: Span) -> str | None:
    """ "Chrysler Corp was up 11.3 pct" beside "its car sales ... rose 29.3 pct":
    "rise in car sales (Chrysler Corp)"."""
    match = _NAMED_MOVE_RE.match(figure.counts or "")
    subject = _subject_token(span)
    if match is None or subject is None or subject.pos_ != "PROPN" or subject.ent_type_ != "ORG":
        return None
    name = match.group("what")
    if not name.endswith(subject.text):
        return None
    things = set()
    for other in figures:
        other_match = _NAMED_MOVE_RE.match(other.counts or "")
        if other is figure or other.sentence != figure.sentence or other_match is None:
            continue
        other_span = span.doc.char_span(other.start, other.end, alignment_mode="expand")
        owner_subject = _subject_token(other_span) if other_span is not None else None
        if owner_subject is None or owner_subject.pos_ != "NOUN":
            continue
        if not any(c.dep_ == "poss" for c in owner_subject.children):
            continue  # only a thing the sentence gives an owner: "its car sales"
        thing = _common_thing(owner_subject)
        if thing:
            things.add(thing)
    if len(things) != 1:
        return None
    return f"{match.group('move')} in {things.pop()} ({_proper(name)})"


def _proper(name: str) -> str:
    """The name as it is written, without the lower case the move put on its first
    word ("japanese-owned Nissan")."""
    return name[:1].upper() + name[1:]


def _an_organisation(sentence: Span, name: str) -> bool:
    """Whether the parser read the listed name as an organisation's."""
    last = name.split()[-1]
    return any(t.text == last and t.ent_type_ == "ORG" for t in sentence)


def _common_thing(subject: Token) -> str | None:
    """The subject's noun with the words before it that say which, without its
    possessor and articles ("late February truck sales" of "Detroit's late February
    truck sales"), when its head is a common noun; None for a name or a pronoun."""
    if subject.pos_ != "NOUN" or subject.lower_ in lx.NOT_COUNTED:
        return None
    kept = [t for t in subject.lefts if t.dep_ not in ("poss", "det", "predet", "case", "punct")]
    start = min((t.left_edge.i for t in kept), default=subject.i)
    words = subject.doc[start : subject.i + 1]
    if any(t.dep_ == "poss" or t.pos_ in ("PRON", "NUM", "PUNCT") for t in words):
        return None
    said = words.text
    first = words[0]
    return said if first.pos_ == "PROPN" else said[:1].lower() + said[1:]
