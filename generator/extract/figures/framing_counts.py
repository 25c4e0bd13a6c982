"""Counts that frame a story rather than tell its news: not key figures.

"Sales of the eight domestic-based manufacturers rose", "he never debated with fewer
than four candidates", "a committee of three independent directors approved it": the
number of firms reporting, of candidates on a stage, of members of a panel says who
the story is about, and a key-figures table that lists "eight | domestic-based
manufacturers" beside the sales tells an editor nothing (review 34). The counts an
editor keeps are of what happened: people killed, jobs cut, votes, units sold.

So a small count of participants (`lx.PARTICIPANT_NOUNS`) is a frame when the text
gives the set as known (a definite article or a possessive before the number: "the six
major industrial nations", "the court's eight remaining members"), sets it apart from
others ("five other candidates"), bounds it ("fewer than four") or makes a group of it
("a coalition of 13 states", `lx.GROUP_NOUNS`). "17 banks were disqualified" and "a
group of five men was arrested" are news and stay key. Such counts stay in the record,
not key.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract import figures_lexicon as lx
from generator.extract.figures.tokens import _number_token
from generator.extract.figures_scan import Quantity

# A participant count above this is no longer a set told at a glance ("the 150 banks").
MAX_FRAMING_COUNT = 20


def frames_the_story(span: Span | None, q: Quantity) -> bool:
    """Whether the bare count `q` (its tokens `span`) frames the story (see the module)."""
    if span is None or len(span) == 0 or not q.bare or q.kind != "count":
        return False
    if not float(q.value).is_integer() or not 0 < q.value < MAX_FRAMING_COUNT:
        return False
    number = _number_token(span)
    noun = _counted_noun(number)
    if noun is None:
        return False
    if noun.lemma_.lower() not in lx.PARTICIPANT_NOUNS and noun.lower_ not in lx.PARTICIPANT_NOUNS:
        return False  # "a group of five men was arrested": news
    return (
        _told_as_known(noun, number)
        or _set_apart(noun, number)
        or _bounded(number)
        or _makes_up_a_group(noun)
    )


def _counted_noun(number: Token) -> Token | None:
    """The noun the number counts ("eight ... manufacturers"), when the parse says so."""
    head = number.head
    if number.dep_ in ("nummod", "quantmod") and head.pos_ in ("NOUN", "PROPN"):
        return head if head.i > number.i else None
    return None


def _told_as_known(noun: Token, number: Token) -> bool:
    """ "the eight core companies", "the UK's six largest operators", "its four partners"."""
    for child in noun.children:
        if child.i >= number.i:
            continue
        if child.dep_ == "det" and child.lower_ in lx.FRAMING_DETERMINERS:
            return True
        if child.dep_ == "poss":
            return True
    return False


def _set_apart(noun: Token, number: Token) -> bool:
    """ "five other candidates", "the three remaining members"."""
    return any(
        child.i > number.i and child.lower_ in lx.FRAMING_MODIFIERS for child in noun.children
    )


def _bounded(number: Token) -> bool:
    """ "fewer than four candidates": a bound on a set, not a count of an event."""
    doc = number.doc
    if number.i < 2 or doc[number.i - 1].lower_ != "than":
        return False
    return doc[number.i - 2].lower_ in lx.FRAMING_BOUNDS


def _makes_up_a_group(noun: Token) -> bool:
    """ "a committee of three directors", "the Cartagena group of 11 debtor nations"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of":
        return False
    host = prep.head
    return host.pos_ in ("NOUN", "PROPN") and host.lemma_.lower() in lx.GROUP_NOUNS
