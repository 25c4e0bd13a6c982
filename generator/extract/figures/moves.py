""" "rose 8%", "fell to 5%": the move a figure describes and how the briefing says it."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from generator.extract import figures_lexicon as lx
from generator.extract.figures.phrases import _np_text
from generator.extract.figures.subjects import _subject_token
from generator.extract.figures.tokens import RESTATED_RE
from generator.extract.words import word_set
from generator.model import Figure

# Words between a move and its size ("rose a revised 0.4 pct", "by at least 50 pct"), and
# the prepositions that give a level instead ("rose to", "down from", "peaked at").
_MOVE_HEDGES = word_set(
    "about around nearly almost roughly some just only over under more less than least "
    "estimated approximately an a revised further mere seasonally adjusted"
)


_LEVEL_WORDS = frozenset({"to", "from", "at", "of", "above", "below"})


def _move_of(span: Span | None) -> tuple[str, frozenset[str]] | None:
    """ "rise" or "fall" when a figure is the size of a move, with the sentence's names.

    "house prices increased by 1.1%", "enrollment soared 565 percent", "exports were up
    two pct", "gasoline stocks fell 2.89 mln barrels": the figure is taken by a verb or
    adverb of a move (`lx.RISE_WORDS`, `lx.FALL_WORDS`) directly or after "by". "rose to
    5.2%" is a level, not a move. The proper nouns of the sentence say which words keep
    their capital in "rise in ...".
    """
    if span is None or len(span) == 0:
        return None
    doc, i = span.doc, span.start - 1
    while i >= 0 and (
        doc[i].lower_ in _MOVE_HEDGES or (doc[i].lower_ == "at" and doc[i + 1].lower_ == "least")
    ):
        i -= 1  # "rose to about 105.9 mln", "dropped by at least 50 pct"
    if i >= 0 and doc[i].lower_ in _LEVEL_WORDS:
        return None  # "rose to 105.9 mln stg", "up from 4.9%": a level, however parsed
    after = _difference_after(span)
    if after is not None:
        return after, frozenset(t.text for t in span.sent if t.pos_ == "PROPN" or t.ent_type_)
    node = span.root
    if _conjoined_size(node):
        pass  # "grow by 1.6 pct in 1987 and 1.2 pct in 1988": the verb's second size
    elif node.dep_ == "pobj" and node.head.lower_ == "by" and node.head.dep_ in ("prep", "agent"):
        node = node.head
    elif node.dep_ not in ("npadvmod", "dobj"):
        return None
    mover = node.head
    if mover.i == node.i or mover.i > span.start:
        return None  # the move is told before its size: "rose 8%", never "8% rose"
    word = mover.lower_ if mover.lower_ in ("up", "down") else mover.lemma_.lower()
    if mover.pos_ not in ("VERB", "AUX", "ADV", "ADP"):
        return None
    if node.dep_ == "dobj" and _level_before(mover, node):
        return None  # "advance to 215 mln dlrs in 1988 and 220 mln dlrs in 1989": a level
    direction = "rise" if word in lx.RISE_WORDS else "fall" if word in lx.FALL_WORDS else None
    if direction is None:
        direction = _passive_change(span, node, mover)
    if direction is None:
        direction = _copula_move(span, node, mover)
    if direction is None:
        return None
    names = frozenset(t.text for t in span.sent if t.pos_ == "PROPN" or t.ent_type_)
    return direction, names


def _level_before(verb: Token, size: Token) -> bool:
    """Whether the verb takes a level "to" a sum of the same unit word before `size`: the
    parser hangs a second level of a list on the verb as its object ("spending is
    expected to advance to 215 mln dlrs in 1988 and 220 mln dlrs in 1989"), and 220 mln
    dlrs read "expected rise in spending", as if spending were to grow by it."""
    for child in verb.children:
        if child.i >= size.i:
            break
        if child.dep_ == "prep" and child.lower_ == "to":
            level = next((c for c in child.children if c.dep_ == "pobj"), None)
            if level is not None and level.lower_ == size.lower_:
                return any(c.dep_ == "nummod" for c in level.children)
    return False


def _difference_after(span: Span) -> str | None:
    """ "rise", "fall" or "shortfall" when the word right after a figure makes it a
    difference: "stood 12p lower at 303p", "would be 10% to 15% lower than last year",
    "closed 12% down", "fell short of its target by 0.8 percent" (the verb's "short"),
    "0.87 Ecus short of the rebate". Read as the level, each says the opposite of the
    article ("shares: 12p")."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.lower_ in lx.SHORT_AFTER:
        return "shortfall"
    if nxt is not None and nxt.lower_ in lx.FALL_AFTER | lx.RISE_AFTER and _said_of_subject(nxt):
        return "fall" if nxt.lower_ in lx.FALL_AFTER else "rise"
    node = span.root
    if node.dep_ == "pobj" and node.head.lower_ == "by":
        node = node.head  # "fell short of its target by 0.8 percent"
    if any(c.lower_ in lx.SHORT_AFTER for c in node.head.children) and node.head.i < span.start:
        return "shortfall" if node.head.lemma_.lower() in lx.FALL_WORDS else None
    return None


def _said_of_subject(comparative: Token) -> bool:
    """Whether "lower"/"higher" after a figure says it of its clause's subject: it hangs
    on a verb ("stood 12p lower", "were 15% higher") of the main clause or of one a
    speaker reports. "delivered ratings 57 percent higher" says it of the ratings, and
    "the figures showed revenue was 4% higher" of the revenue, which are not the subject
    the figure is described by."""
    verb = comparative.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i == comparative.i:
        return False
    if not _than_a_time(comparative):
        return False  # "three points higher than Clinton's support": two things compared
    return verb.dep_ != "ccomp" or verb.head.lemma_.lower() in lx.REPORTING_VERBS


def _than_a_time(comparative: Token) -> bool:
    """Whether what "than" sets the figure against, if anything, is an earlier time or a
    plan ("than a year ago", "than in February", "than first thought")."""
    doc = comparative.doc
    if comparative.i + 1 >= len(doc) or doc[comparative.i + 1].lower_ != "than":
        return True
    after = doc[comparative.i + 2 : min(len(doc), comparative.i + 8)]
    return any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in lx.THAN_TIMES for t in after)


def _passive_change(span: Span, by: Token, verb: Token) -> str | None:
    """ "the budget would be cut by 5 to 10 pct": a cut in the budget, which is no 5 pct.

    A figure after "by" on a passive verb of a change made to its object (the subject
    here; `lx.OBJECT_CHANGE_NOUNS`: "prices were raised by 4 pct" is a rise in prices)
    is the change's size, as with the active verb ("cut prices by 10%"). Only when the
    subject the figure is described by is that verb's own passive subject, named with
    its head word, and not the object of a preposition the parser took for it: "the cash
    flow enabled debt to be reduced by 500 mln dlrs" is no reduction in cash flow, "if
    these loans remain on non-accrual for the remainder of the year net income would be
    reduced by 4.9 mln" none in the remainder.
    """
    if by.lower_ != "by" or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    change = lx.OBJECT_CHANGE_NOUNS.get(verb.lemma_.lower())
    subject = _subject_token(span) if change else None
    if subject is None or subject.dep_ != "nsubjpass" or subject.head.i != verb.i:
        return None
    edge = subject.left_edge.i
    if edge > 0 and subject.doc[edge - 1].pos_ == "ADP":
        return None  # "for the remainder of the year net income would be": a misparse
    said = _np_text(subject)
    return change if said and subject.text in said.split() else None


def _copula_move(span: Span, by: Token, verb: Token) -> str | None:
    """ "consumer spending was up by 1.2%", "exports were down by 3 pct": the parser
    hangs "by" on the copula, beside its "up" or "down", and the figure is the size of a
    rise or a fall, not the subject's level ("Consumer spending: 1.2%"). Only "by", and
    only with the "up"/"down" between the verb and the figure."""
    if by.lower_ != "by" or verb.lemma_.lower() != "be":
        return None
    for child in verb.children:
        if child.dep_ in ("advmod", "prt", "acomp") and verb.i < child.i < span.start:
            if child.lower_ == "up":
                return "rise"
            if child.lower_ == "down":
                return "fall"
    return None


def _conjoined_size(node: Token) -> bool:
    """Whether a figure's head is a second size of the verb's move, the parser hanging it
    on the verb as a conjunct: "will grow by 1.6 pct in 1987 and 1.2 pct in 1988", "rose
    5 pct in January and 7 pct in February". Only with a first size of the same unit word
    before it, taken directly or after "by"."""
    verb = node.head
    if node.dep_ != "conj" or node.pos_ != "NOUN" or verb.pos_ not in ("VERB", "AUX"):
        return False
    for child in verb.children:
        if child.i >= node.i:
            break
        size: Token | None = child
        if child.dep_ == "prep" and child.lower_ == "by":
            size = next((c for c in child.children if c.dep_ == "pobj"), None)
        elif child.dep_ not in ("npadvmod", "dobj"):
            continue
        if (
            size is not None
            and size.lower_ == node.lower_
            and any(c.dep_ == "nummod" for c in size.children)
        ):
            return True
    return False


# Counts rules that name what moved by the clause around the figure: the subject, or
# the figure before it in a list.
_MOVED_THING = frozenset({"subject", "copula-subject", "shared"})


_MOVE_NAMES = lx.CHANGE_NOUNS | lx.RISE_WORDS | lx.FALL_WORDS
# A move told in apposition to the figure before it, as wire copy does: "374,482
# passenger cars, down 9.9 pct": the 9.9 pct is the fall in passenger cars.
_APPOSITIVE_MOVE_RE = re.compile(r"\d[^,;]*,\s+(?:up|down|off)\s+(?:by\s+)?\Z")
# A move told again between dashes: "sank 14.87% - or $1.83 - to close at $10.48".
_DASHED_OR_RE = re.compile(r"\s*(?:--|[-\u2013\u2014])\s*or\s+")


# A move set right after a counted item of a list: "649,587 trucks, down 11.7 pct".
_ITEM_MOVE_GAP_RE = re.compile(r"[ \t]+[^\W\d][^,;]*,\s+(?:up|down|off)\s+(?:by\s+)?")


def _apposed_item(figures: list[Figure], figure: Figure, text: str) -> str | None:
    """What a move set after a counted item counts ("comprised 1.20 mln cars, down 0.8
    pct, 649,587 trucks, down 11.7 pct": the fall in trucks), or None. The subject's
    description ("exports") was kept for every item after the first."""
    before = [f for f in figures if f.end <= figure.start and f.counts]
    if not before:
        return None
    item = max(before, key=lambda f: f.end)
    if not item.rule.endswith("/noun-after") or "(" in (item.counts or ""):
        return None
    if not _ITEM_MOVE_GAP_RE.fullmatch(text, item.end, figure.start):
        return None
    return item.counts


def _say_moves(
    figures: list[Figure], moves: dict[int, tuple[str, frozenset[str]]], text: str
) -> None:
    """A figure that is the size of a move says so: "rise in house prices", not "house
    prices" (which are not 1.1%), "fall in gasoline stocks" (which are not 2.89 mln
    barrels). Only a description read from the clause's subject changes; "a 20% rise in
    profits", "cut prices by 10%" and "the company lost $5m" say it already. The level
    reached ("to 248.44 mln barrels") shared the subject before this, and keeps it.
    """
    for figure in figures:
        move = moves.get(figure.start)
        if move is None or not figure.counts:
            continue
        rule = figure.rule.split("/")[-1]
        before = max(0, figure.start - 200)  # the figure before it is near
        wire = rule == "verb-object" and _APPOSITIVE_MOVE_RE.search(text, before, figure.start)
        if rule not in _MOVED_THING and not wire:
            continue
        direction, names = move
        item = _apposed_item(figures, figure, text)
        if item is not None:
            figure.counts = item  # "649,587 trucks, down 11.7 pct": not the subject's fall
        base, bracket, owner = figure.counts.partition(" (")
        words = base.split()
        if not words or {w.lower() for w in words} & _MOVE_NAMES:
            continue  # "GNP growth", "the rise": the move is named already
        named = re.split(r" (?:for|among) ", base)[0].split()  # "rate for white youth"
        if named[-1].lower() in lx.RATE_HEADS and figure.unit != "pp":
            continue  # "inflation is up 13.8%": the rate, not a move of it; but "the rate
            # rose 0.3 percentage points" is a move: a rate is in percent, not in points
        first = re.sub(r"['\u2019]s$", "", words[0])  # "Ricoh's exports"
        if first not in names and first[1:].islower():  # "M-4 money supply" stays
            words[0] = words[0][:1].lower() + words[0][1:]
        said, figure.counts = figure.counts, f"{direction} in {' '.join(words)}{bracket}{owner}"
        for other in figures:  # "rose 8.5p, or 8.1%": one move told twice
            gap = text[figure.end : other.start] if other.start > figure.end else ""
            restated = RESTATED_RE.fullmatch(gap) or _DASHED_OR_RE.fullmatch(gap)
            if other.counts == said and gap and restated:
                other.counts = figure.counts
