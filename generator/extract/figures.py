"""Key figures of an article: money, percentages, counts and measures, ranked.

`extract_figures(doc)` is a pure function in the style of `textacy.extract`: a parsed
spaCy Doc in, `Figure` records out, most important first. Recognition happens on the
text (`figures_scan`), because figures are tokenised inconsistently; this module uses
the parse for what only syntax can tell: whether "2019" counts something or dates it,
whether "7" is part of a name ("Game 7"), what a number counts ("70,000 inhabitants",
"a fine of £5m", "Tesla shares rose 8%"), and how much it matters.

It is linear in the length of the document (one regex pass, then a bounded walk around
each figure), needs no model beyond the parse, and never raises: a figure whose context
cannot be read is dropped, not fatal.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re

from spacy.tokens import Doc, Span, Token

from generator.extract import figures_lexicon as lx
from generator.extract.figures_scan import Quantity, scan_quantities
from generator.extract.figures_table import note_item, share_table_units, table_row
from generator.extract.literal_search import has_whole_words
from generator.extract.run_on import run_on_chars
from generator.extract.words import word_set
from generator.model import Figure
from generator.reading.layout import doc_layout, doc_text, shown_text

__all__ = ["extract_figures"]


_KIND_WEIGHT = {
    "money": 3.0,
    "percent": 2.5,
    "ratio": 2.2,
    "fraction": 2.0,
    "count": 1.5,
    "measure": 1.6,
    "vague": 1.3,
    "age": 0.8,
    "duration": 0.6,
}
_NAME_ENTS = frozenset({"ORG", "PRODUCT", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PERSON"})
_NP_WORD_POS = frozenset({"ADJ", "NOUN", "PROPN"})


def extract_figures(doc: Doc, minor: bool = False) -> list[Figure]:
    """The key figures in `doc`, the lead's first, then by `score` and position.

    Each figure carries its text as written (`doc.text[start:end]`), the full value
    (`£1.13bn` -> 1130000000), a short unit (ISO currency code, "%", "km"...), what it
    counts or measures, its sentence, and the rule that read it. Dates, years, times,
    phone numbers, list numbers and numbers inside names are left out.

    Durations, ages, vague amounts ("thousands of"), "one rival" and repeats are
    quantities but not key figures: an editor would strike them from the briefing. With
    `minor`, they are returned too, after the key figures and with `key` false (a
    benchmark of quantity reading, such as NewsQuant, annotates every quantity).
    """
    text = doc_text(doc)
    if not text or not text.strip():
        return []
    quantities = scan_quantities(text)  # a failure reaches extract_document's guard
    sentences = _sentence_bounds(doc)
    # What a figure counts is read from its sentence's tree and words, once per figure:
    # a run-on "sentence" (a CSV line, a table without full stops) has no tree worth
    # reading, and reading it per figure was quadratic (generator/extract/run_on.py).
    run_ons = run_on_chars(doc)
    run_on_starts = [start for start, _ in run_ons]
    figures: list[Figure] = []
    asides: set[int] = set()
    moves: dict[int, tuple[str, frozenset[str]]] = {}
    elliptic: set[int] = set()
    currency = _article_currency(quantities, text)
    for q in quantities:
        if run_ons and _inside(run_ons, run_on_starts, q.start):
            continue
        figure = _to_figure(doc, q, sentences, text, currency)
        if figure is not None and _in_aside(_tokens(doc, q)):
            asides.add(figure.start)
        moving = figure is not None and q.kind in _MOVING_KINDS
        moving = moving and (q.kind == "percent" or q.value_max is None)  # "rose 5 to 20 mln"
        move = _move_of(_tokens(doc, q)) if moving else None
        if figure is not None and move is not None:
            moves[figure.start] = move
        if figure is not None and _elliptic(_tokens(doc, q)):
            elliptic.add(figure.start)
        if figure is not None:
            figures.append(figure)
    _share_parenthetical_counts(text, figures)
    share_table_units(figures, text)  # before _share_currency: "net loss" is money
    _share_currency(figures)
    _share_measure_unit(figures)
    _say_moves(figures, moves, text)
    _share_elliptic_counts(figures, elliptic)
    _gaps_not_key(figures, text)
    _timed_not_key(figures)
    definite = {
        f.start
        for f in figures
        if re.search(r"\b(?:the|these|those)\s+$", text[max(0, f.start - 7) : f.start], re.I)
    }
    body_start = doc_layout(doc).body_start
    ranked = _rank(figures, _lead_end(text, sentences), asides, body_start, definite)
    return ranked if minor else [figure for figure in ranked if figure.key]


# Words between a move and its size ("rose a revised 0.4 pct", "by at least 50 pct"), and
# the prepositions that give a level instead ("rose to", "down from", "peaked at").
_MOVE_HEDGES = word_set(
    "about around nearly almost roughly some just only over under more less than least "
    "estimated approximately an a revised further mere seasonally adjusted"
)
_LEVEL_WORDS = frozenset({"to", "from", "at", "of", "above", "below"})
# Kinds of figure that can be the size of a move: "rose 8%", "fell 8p", "fell 2.89 mln
# barrels", "unemployment rose 20,000".
_MOVING_KINDS = frozenset({"percent", "money", "measure", "count"})


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
    direction = "rise" if word in lx.RISE_WORDS else "fall" if word in lx.FALL_WORDS else None
    if direction is None:
        direction = _passive_change(span, node, mover)
    if direction is None:
        return None
    names = frozenset(t.text for t in span.sent if t.pos_ == "PROPN" or t.ent_type_)
    return direction, names


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
        if move is None or not figure.counts or figure.rule.split("/")[-1] not in _MOVED_THING:
            continue
        direction, names = move
        base, bracket, owner = figure.counts.partition(" (")
        words = base.split()
        if not words or {w.lower() for w in words} & _MOVE_NAMES:
            continue  # "GNP growth", "the rise": the move is named already
        if words[-1].lower() in lx.RATE_HEADS:
            continue  # "inflation is up 13.8%": the rate, not a move of it
        first = re.sub(r"['\u2019]s$", "", words[0])  # "Ricoh's exports"
        if first not in names and first[1:].islower():  # "M-4 money supply" stays
            words[0] = words[0][:1].lower() + words[0][1:]
        said, figure.counts = figure.counts, f"{direction} in {' '.join(words)}{bracket}{owner}"
        for other in figures:  # "rose 8.5p, or 8.1%": one move told twice
            gap = text[figure.end : other.start] if other.start > figure.end else ""
            if other.counts == said and gap and RESTATED_RE.fullmatch(gap):
                other.counts = figure.counts


def _elliptic(span: Span | None) -> bool:
    """A figure in a clause that leaves out its verb: "prices rose 15.1% over 2004, but
    by only 2.8% in the second half" (the parser makes "by" a conjunct of the clause)."""
    if span is None or len(span) == 0:
        return False
    root = span.root
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ in ("by", "to") and prep.dep_ == "conj"


def _share_elliptic_counts(figures: list[Figure], elliptic: set[int]) -> None:
    """A figure whose clause leaves out its verb counts what the figure before it in
    its sentence, of the same unit, counts; the subject the parser found for it is the
    subject of another verb ("The lender said prices rose ..., but by only 2.8%")."""
    ordered = sorted(figures, key=lambda f: f.start)
    for before, figure in itertools.pairwise(ordered):
        if (
            figure.start in elliptic
            and before.counts
            and before.sentence == figure.sentence
            and before.unit == figure.unit
            and _kind(before) == _kind(figure)
        ):
            _take_counts(figure, before)


def _timed_not_key(figures: list[Figure]) -> None:
    """A duration or age that took its unit or description from another figure is no
    more key than one read on its own: "2,194,970 tonnes (43 weeks)", "rose to 81 days
    from 53". (`_rank` makes one key again where the lead measures a term with it.)"""
    for figure in figures:
        if _kind(figure) in _TIMED:
            figure.key = False


def _rank(
    figures: list[Figure],
    lead_end: int,
    asides: set[int],
    headline_end: int = 0,
    definite: frozenset[int] | set[int] = frozenset(),
) -> list[Figure]:
    """Key figures of the lead first, then the other key figures, then the minor ones.

    The lead tells the news, so what it counts is what the briefing is about; within
    each group the score decides. A figure in an aside of the lead (an apposition or a
    relative clause: "Germany, the biggest of the 12 countries sharing the euro, grew")
    is background, not what the lead is about. A duration or age is key when the lead
    gives it with what it measures ("jailed for 20 years"); a figure that repeats one
    ranked before it is not key; the headline's "26 power projects" does not make the
    lead's "26 big power stations" a repeat, since the briefing leaves the headline out;
    "the 26 projects" later on (a definite article, `definite`) points back at them.
    """

    def in_lead(figure: Figure) -> bool:
        if figure.rule.endswith("/table-label"):
            return True  # a wire results table is the news, whatever its lines end with
        return figure.start < lead_end and figure.start not in asides

    for figure in figures:
        if figure.start < headline_end:
            figure.key = False  # the briefing shows the body's telling, not the headline's
            continue
        measured = figure.rule.split("/")[-1] in _MEASURED_BY
        if not figure.key and in_lead(figure) and measured and _kind(figure) in _TIMED:
            figure.key = _kind(figure) == "age" or _a_term(figure.counts)
    figures.sort(key=lambda f: (not f.key, not in_lead(f), -f.score, f.start))
    seen: dict[tuple[object, ...], list[str | None]] = {}
    values: set[tuple[object, ...]] = set()
    for figure in figures:
        told = (figure.value, figure.value_max, figure.unit, " ".join(figure.text.lower().split()))
        before = seen.setdefault(told, [])
        value = (figure.value, figure.value_max, figure.unit)
        pointed = figure.start in definite and value in values  # "the 26 (18) projects"
        if figure.key and (pointed or any(_same_thing(figure.counts, o) for o in before)):
            figure.key = False
        if figure.start >= headline_end:
            before.append(figure.counts)
            values.add(value)
    figures.sort(key=lambda f: (not f.key, not in_lead(f), -f.score, f.start))
    return figures


_TIMED = ("duration", "age")


_TIME_NOUNS = frozenset({"qtr", "period", "periods"})


def _a_time(token: Token) -> bool:
    """A noun that dates rather than names a thing ("in mid-1986", "in the first qtr",
    "from $64.4m in the same period")."""
    return token.ent_type_ in ("DATE", "TIME") or token.lower_ in lx.NOT_COUNTED | _TIME_NOUNS


def _a_term(counts: str | None) -> bool:
    """Whether a duration measures a term (`lx.TERM_NOUNS`): "jail term", not "study"."""
    words = re.findall(r"[a-z]+", (counts or "").split(" (")[0].lower())
    return any(word in lx.TERM_NOUNS for word in words)


def _same_thing(counts: str | None, other: str | None) -> bool:
    """Whether two figures of the same value count the same thing, as far as we can tell.

    "2,500 jobs" in the headline and the lead is one fact; a 2.5% growth forecast and a
    2.5% target are two.
    """
    if counts is None or other is None:
        return True
    words, others = set(counts.lower().split()), set(other.lower().split())
    said, other_said = words - _TELLING_WORDS, others - _TELLING_WORDS
    if said and other_said:  # "cut in production" and "fall in Ford sales" share only "in"
        return bool(said & other_said)
    return bool(words & others)


# Words that say how a figure counts its thing, not which thing: two descriptions that
# share only these ("cut in production", "fall in Ford sales") count different things.
_TELLING_WORDS = (
    frozenset({"in", "of", "the", "a", "an", "over"})
    | _MOVE_NAMES
    | frozenset(lx.OBJECT_CHANGE_NOUNS.values())
    | frozenset(lx.CHANGE_VERB_PARTICIPLES.values())
    | frozenset({"margin", "lead", "loss"})
)


def _in_aside(span: Span | None) -> bool:
    """Whether the figure sits in an apposition or relative clause of its sentence."""
    node = span.root if span is not None else None
    for _ in range(12):
        if node is None or node.dep_ in ("ROOT", ""):
            return False
        if node.dep_ in ("appos", "relcl"):
            return True
        node = node.head
    return False


# Counts rules that tie a duration to what it measures ("a jail term of 20 years", "a
# 20-year sentence", "a grounding for three months"), unlike "work will take two weeks".
_MEASURED_BY = frozenset({"attributive", "noun-before-of", "prep-host", "worth-of"})


def _kind(figure: Figure) -> str:
    """The kind of quantity, from the rule ("numeral.money/of-phrase" -> "money")."""
    return figure.rule.split("/")[0].split(".")[-1]


PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t]*\n|\n(?=[ \t]+\S)|(?<=[.!?\"\u201d])[ \t]*\n")


def _lead_end(text: str, sentences: list[tuple[int, int]]) -> int:
    """Where the lead paragraph ends: the first paragraph that ends like prose.

    A headline line before it (no full stop at its end) belongs to the lead. Paragraphs
    end at a blank line, an indented line (wire copy) or a line that ends a sentence;
    a lead runs at most two sentences, so unparagraphed text does not make a long lead.
    """
    lead_start, end = 0, len(text)
    for match in PARAGRAPH_BREAK_RE.finditer(text):
        block = text[lead_start : match.start()].strip()
        if block and block[-1] in ".!?\"'\u2019\u201d)":
            end = match.start()
            break
        lead_start = match.end()
    else:
        lead_start = 0
    ends = [e for _, e in sentences if e > lead_start]
    return min(end, ends[1]) if len(ends) >= 2 else end


# --- sentences and tokens ----------------------------------------------------------


def _sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Character bounds of each sentence (the whole text if the Doc has no sentences)."""
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        return [(s.start_char, s.end_char) for s in doc.sents]
    return [(0, len(doc_text(doc)))]


def _inside(bounds: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    """Whether character `pos` lies in one of `bounds` (sorted; `starts` their starts)."""
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and pos < bounds[i][1]


def _sentence_of(bounds: list[tuple[int, int]], pos: int) -> tuple[int, int, int]:
    """Index, start and end of the sentence holding character `pos`."""
    i = max(0, bisect.bisect_right([s for s, _ in bounds], pos) - 1)
    return i, bounds[i][0], bounds[i][1]


def _tokens(doc: Doc, q: Quantity) -> Span | None:
    """The tokens covering the figure (expanded to whole tokens)."""
    return doc.char_span(q.start, q.end, alignment_mode="expand")


def _number_token(span: Span) -> Token:
    """The token of the span that carries the number (the first with a digit or NUM)."""
    for token in span:
        if token.like_num or token.pos_ == "NUM" or any(c.isdigit() for c in token.text):
            return token
    return span[0]


# --- filters that need the parse ----------------------------------------------------


def _is_year(span: Span) -> bool:
    """A four-digit number that dates rather than counts ("in 2019", "the 2016 election").

    Kept only as a count of a plural noun not introduced by a date preposition
    ("2000 employees").
    """
    token = _number_token(span)
    prev = token.nbor(-1).lower_ if token.i > 0 else ""
    head = token.head
    counts_plural = (
        token.dep_ in ("nummod", "quantmod")
        and head.i > token.i
        and head.tag_ in ("NNS", "NNPS")
        and head.lower_ not in lx.NOT_COUNTED
    )
    determined = any(
        t.pos_ == "DET" or t.tag_ in ("PRP$", "POS")  # "Hawkeye Bancorp's 1986 results"
        for t in span.doc[max(0, token.i - 2) : token.i]
    )
    if counts_plural and 1900 <= _year_value(token) <= 2100:
        between = span.doc[token.i + 1 : head.i]
        if any(t.pos_ in ("NOUN", "PROPN") for t in between):
            return True  # "1986 record results", "1987 crop soybeans": a year before a compound
    if _after_a_day(token):
        return True  # "the Sept. 11, 2001 attacks"
    return not counts_plural or prev in lx.YEAR_PREPS or determined  # "the 1987 lease payments"


# A bid/offer quote gives the offer's fraction alone after the bid ("6-1/2 3/8 pct",
# "6-11/16 9/16"): read alone, it is a figure of 0.375 or 0.5625.
TWO_WAY_RE = re.compile(r"\d-\d{1,2}/\d{1,2}[ \t]+$")
YEAR_SPAN_END_RE = re.compile(r"\b(?:19|20)\d\d[-/\u2013]$")
COMMA_THOUSANDS_RE = re.compile(r"\d,\d{3}\b")


def _comma_thousands_year(span: Span, text: str) -> bool:
    """ "1985 results restated", "at 1985 levels": a year, in a text that writes its
    thousands with a comma ("30,500 units"); there "2000 employees" would be "2,000"."""
    token = _number_token(span)
    return 1900 <= _year_value(token) <= 2100 and COMMA_THOUSANDS_RE.search(text) is not None


def _year_value(token: Token) -> int:
    """The value of a four-digit token, or 0."""
    return int(token.text) if re.fullmatch(r"\d{4}", token.text) else 0


def _after_a_day(token: Token) -> bool:
    """A year right after a month and day: "Sept. 11, 2001", "March 3, 1987"."""
    if token.i < 3 or token.nbor(-1).text != ",":
        return False
    day, month = token.nbor(-2), token.nbor(-3)
    return day.like_num and month.lower_.rstrip(".") in lx.MONTHS


def _in_name(doc: Doc, span: Span, q: Quantity) -> bool:
    """A bare number that is part of a name: "Game 7", "iPhone 11", "category 4", "787 Max"."""
    token = _number_token(span)
    if token.ent_type_ in _NAME_ENTS and token.ent_iob_ == "I":
        return True
    if _of_a_name(token):
        return True
    if _after_label_word(token):
        return True
    if token.i > 1 and token.nbor(-2).text[:1].isupper() and not token.nbor(-2).is_sent_start:
        owner = token.nbor(-2).text + token.nbor(-1).text
        if owner.lower() in lx.NUMBERED_NAME_POSSESSORS:
            return True  # "Standard and Poor's 500 futures": an index's name
    if token.i > 0 and not token.is_sent_start:
        prev = token.nbor(-1)
        adjacent = prev.whitespace_ == " " and not prev.is_sent_start
        named = any(c.isupper() for c in prev.text) and prev.pos_ in ("PROPN", "NOUN", "ADJ")
        if adjacent and named and prev.lower_ not in lx.MONTH_LIKE and not _is_verbish(prev):
            return prev.ent_type_ not in ("DATE", "GPE", "NORP", "MONEY")
    if token.i + 1 < len(doc) and q.integral_digits and q.value >= 100:
        nxt = token.nbor(1)
        return nxt.text[:1].isupper() and nxt.ent_type_ != "NORP" and nxt.tag_ != "NNPS"
    return False


def _after_label_word(token: Token) -> bool:
    """A number right after a word that numbers things ("Game 7", "game four", "stage 2")."""
    if token.i == 0 or token.is_sent_start:
        return False
    prev = token.nbor(-1)
    opening = prev.is_sent_start and prev.text not in lx.NAME_LABELS  # "Number 10 said"
    return prev.whitespace_ == " " and not opening and prev.lower_ in lx.LABEL_WORDS


def _of_a_name(token: Token) -> bool:
    """ "the Group of 10", "Class of 92": a number after a proper name and "of"."""
    if token.i < 2 or token.nbor(-1).lower_ != "of":
        return False
    name = token.nbor(-2)
    return name.pos_ == "PROPN" and not name.is_sent_start and name.text[:1].isupper()


def _capitalised_in_name(token: Token) -> bool:
    """ "the Group of Five", "the Gang of Four": a capitalised number word after "Name of".

    Written lowercase ("a group of five") it still counts.
    """
    return token.text[:1].isupper() and not token.is_sent_start and _of_a_name(token)


def _is_verbish(token: Token) -> bool:
    """A capitalised word the tagger called PROPN but that reads as a verb or adverb."""
    return token.lower_ in ("up", "down", "about", "around", "nearly", "over", "some")


def _is_age_apposition(doc: Doc, q: Quantity, text: str) -> bool:
    """ "John Smith, 45, said": an age attached to a name, which editors do not want."""
    if not (q.bare and q.integral_digits and 1 <= q.value <= 120):
        return False
    before = text[max(0, q.start - 3) : q.start]
    after = text[q.end : q.end + 2]
    closed = after[:1] in (",", ")", ";", "") or re.fullmatch(r"\.\s?", after)  # "Nick Wood, 41."
    if not (re.search(r"(?:,\s|\()$", before) and closed):
        return False
    span = doc.char_span(max(0, q.start - 3), q.start, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    prev = doc[span.start - 1] if doc[span.start].is_punct else doc[span.start]
    if prev.lower_ in lx.AGE_HOLDER_NOUNS:
        return True  # "The prince, 20, apologised"
    after_token = doc.char_span(q.end, q.end + 1, alignment_mode="expand")
    if prev.tag_ == "NN" and after_token is not None and after_token.end < len(doc):
        verb = doc[after_token.end]  # "The apprentice, 19, apologised": one of someone
        if text[q.end : q.end + 1] == "," and verb.tag_ in ("VBD", "VBZ"):
            return True
    return prev.pos_ == "PROPN" or prev.ent_type_ in ("PERSON", "ORG") or prev.text[:1].isupper()


# --- what a figure counts ------------------------------------------------------------


def _phrase_after(doc: Doc, i: int, limit: int = 5) -> tuple[str, Token] | None:
    """A short noun phrase starting at token `i` (determiners skipped): text and head."""
    n = len(doc)
    while i < n and (doc[i].pos_ in ("DET", "PRON") and doc[i].dep_ in ("det", "poss")):
        i += 1
    start, head = i, None
    while i < n and i - start < limit:
        token = doc[i]
        glued = token.is_punct and token.text in "-'\u2019" and i > start
        owned = token.tag_ == "POS" and i > start  # "of the state's corporate holdings"
        if token.pos_ in _NP_WORD_POS or (token.tag_ in ("VBN", "VBG") and i + 1 < n) or glued:
            if token.pos_ in ("NOUN", "PROPN"):
                head = token
                nxt = doc[i + 1] if i + 1 < n else None
                if nxt is None or not (
                    (nxt.pos_ in ("NOUN", "PROPN") and nxt.dep_ not in _CLAUSE_DEPS)
                    or (nxt.text in "-" and not nxt.whitespace_)
                    or _possessive_before_noun(doc, nxt.i)
                ):
                    break  # "half a million children skip school": "skip" heads a clause
            i += 1
            continue
        if owned:
            i += 1
            continue
        break
    while (  # "of all UK net users", "home PC net security buyers": not "UK", "home PC"
        head is not None
        and head.dep_ in ("compound", "nmod")
        and head.i < head.head.i <= start + limit
        and (head.head.pos_ in ("NOUN", "PROPN") or _misread_noun(head.head))
        and all(t.pos_ in _NP_WORD_POS for t in doc[head.i + 1 : head.head.i])
    ):
        head = head.head
    if head is None or head.lower_ in lx.NOT_COUNTED | lx.EMPTY_HEADS or head.like_num:
        return None
    first = doc[start]
    end = head.i
    while (
        end + 2 < n
        and doc[end + 1].text == "-"
        and not (doc[end].whitespace_ or doc[end + 1].whitespace_)
    ):
        end += 2  # "100% Nigerian-owned": the whole compound, not "Nigerian"
    return doc[first.i : end + 1].text, head


_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl"})
_NOMINAL_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "attr"})


def _misread_noun(token: Token) -> bool:
    """ "34 John Wayne films": a lowercase word the tagger read as a verb although the
    parse gives it a noun's place (an object, a subject) after a name's compound."""
    return token.pos_ == "VERB" and token.dep_ in _NOMINAL_DEPS and token.text.islower()


def _possessive_before_noun(doc: Doc, i: int) -> bool:
    """A possessive "'s" followed by the noun phrase it owns ("Fairchild's voting stock").

    The owner alone ("49.9 pct of Fairchild") would say whose, not what, the figure is.
    """
    if doc[i].tag_ != "POS" or i + 1 >= len(doc):
        return False
    nxt = doc[i + 1]
    return nxt.pos_ in _NP_WORD_POS or nxt.tag_ in ("VBN", "VBG")


def _people_adjective(doc: Doc, i: int) -> tuple[str, Token] | None:
    """ "60% of the dead", "half of the injured": an adjective standing for people."""
    if i + 1 >= len(doc) or doc[i].lower_ != "the":
        return None
    word = doc[i + 1]
    after = doc[i + 2] if i + 2 < len(doc) else None
    if word.pos_ not in ("ADJ", "VERB") or word.tag_ not in ("JJ", "VBN") or not word.is_lower:
        return None
    if after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return None  # "of the dead soldiers": the noun phrase reader's case
    return word.text, word


def _phrase_before_of(doc: Doc, span: Span, with_ok: bool = False) -> str | None:
    """ "a fine of £5m", "winds of 155mph", "a grant worth $8m": the noun before.

    With `with_ok`, also "a phone with 3,687mAh", "a fund with $2bn" (what has it).
    """
    i = span.start - 1
    while i >= 0 and (
        doc[i].is_space  # a hard-wrapped line: "revenues of\n1.47 billion dlrs"
        or doc[i].lower_ in ("about", "around", "some", "nearly", "almost", "roughly", "up", "to")
        or doc[i].lower_ in ("more", "less", "than", "over", "under", "just", "only", "estimated")
        or doc[i].pos_ == "DET"
    ):
        i -= 1
    if i < 1 or doc[i].lower_ not in ("of", "at", "to", "worth", "with", "below", "above", "for"):
        return None  # also "market capitalisations below $700m"
    if doc[i].lower_ == "with" and not with_ok:
        return None
    head = doc[i - 1]
    if doc[i].lower_ == "with" and doc[i].head.i != head.i:
        return None  # "took sixth place in the US chart with $5.4m": the film's, not the chart's
    if doc[i].lower_ == "with" and any(
        t.lemma_.lower() in lx.COMPARING_VERBS for t in doc[max(doc[i].sent.start, i - 6) : i]
    ):
        return None  # "compared that new cost with the £500m needed for the war": not the cost
    if doc[i].lower_ == "for" and (not with_ok or head.lower_ not in lx.ASKING_NOUNS):
        return None  # "demand for 746 billion pesetas", not "sold the unit for $5m"
    if head.pos_ not in ("NOUN", "PROPN") or head.lower_ in lx.NOT_COUNTED:
        return None
    if head.lower_ in lx.APPROXIMATING_NOUNS or (head.pos_ == "PROPN" and head.ent_type_ == "DATE"):
        return None  # "in excess of $234,000", "by the end of April of $45m"
    if _in_preposition(head):
        return None  # "a step too far in favor of the 1 percent": no noun of it
    qualified = _qualified_noun(head)
    if qualified is not None:
        head_i, head = head.i, qualified  # "a loss before taxes of 83 mln": the loss's
    else:
        head_i = head.i
    j = head.i
    while j - 1 >= 0 and doc[j - 1].pos_ in ("NOUN", "PROPN", "ADJ") and head.i - j < 3:
        j -= 1
    j = _hyphen_start(doc, j)
    if doc[i].lower_ in ("at", "to") and head.lower_ not in (
        "price",
        "rate",
        "level",
        "value",
        "cost",
    ):
        return None
    if head.lower_ in lx.SUM_NOUNS:
        return None  # "paid a total of $5m": what was paid says more (the subject)
    return doc[_item_before(doc, j) : head_i + 1].text


def _in_preposition(noun: Token) -> bool:
    """Whether a noun is part of a preposition made with it ("in favor of", "on behalf
    of", "in the face of": `lx.PREPOSITION_NOUNS` after "in" or "on", a "the" between)."""
    if noun.lower_ not in lx.PREPOSITION_NOUNS:
        return False
    i = noun.i - 1
    if i >= 0 and noun.doc[i].lower_ == "the":
        i -= 1
    return i >= 0 and noun.doc[i].lower_ in ("in", "on")


_QUALIFYING_PREPS = frozenset({"before", "after", "excluding", "including"})


def _a_unit_word(token: Token) -> bool:
    """Whether `token` ends an amount ("83 mln markka", "12 mln"): no noun to qualify."""
    word = token.lower_
    units = (lx.CURRENCY_SUFFIXES, lx.MINOR_CURRENCY, lx.MEASURE_UNITS, lx.SCALE_WORDS)
    return token.like_num or any(word in unit_words for unit_words in units)


def _qualified_noun(word: Token) -> Token | None:
    """The noun a "before"/"after" phrase qualifies, when `word` ends that phrase: in "a
    profit before tax of 12 mln stg", "a loss before appropriations and taxes of 83 mln
    markka" the sum is the profit's or the loss's, not the tax's (the page read "83 mln
    markka: taxes"). None when `word` is no such phrase's last noun."""
    while word.dep_ == "conj" and word.head.pos_ in ("NOUN", "PROPN"):
        word = word.head
    prep = word.head
    if word.dep_ != "pobj" or prep.lower_ not in _QUALIFYING_PREPS or prep.dep_ != "prep":
        return None
    if any(c.dep_ in ("det", "poss") for c in word.children):
        return None  # "a loss of 83 mln after a profit of 355 mln": a sequence, no qualifier
    noun = prep.head
    before = prep.doc[prep.i - 1] if prep.i > 0 else noun
    if noun.pos_ not in ("NOUN", "PROPN") and not _a_unit_word(before):
        noun = before  # "reported a profit before tax": the parser hung it on the verb
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.lower_ not in lx.NOT_COUNTED else None


def _hyphen_start(doc: Doc, j: int) -> int:
    """Where a phrase starting at `j` starts when its first word ends a hyphenated word:
    "long-distance phone rates" is parsed "long - distance ...", and the phrase cut at the
    hyphen read "distance phone rates" (wire copy, figs17)."""
    while (
        j >= 2
        and doc[j - 1].text == "-"
        and not doc[j - 2].whitespace_
        and not doc[j - 1].whitespace_
        and doc[j - 2].is_alpha
    ):
        j -= 2
    return j


_ITEM_PREPS = frozenset({"from", "on", "of", "in", "for"})


def _item_before(doc: Doc, j: int) -> int:
    """Where the phrase starting at `j` starts when it names where a note item came from:
    "gain from discontinued operations of 3.5 mln dlrs", "gain on disposal of discontinued
    operations of 269,000 dlrs" are gains, not "discontinued operations" (`lx.NOTE_ITEM_NOUNS`)."""
    k = j
    for _ in range(3):  # "gains of sale of investments in Enron Corp of 14 mln dlrs"
        if k < 2 or doc[k - 1].lower_ not in _ITEM_PREPS or doc[k - 2].pos_ != "NOUN":
            return j
        k -= 2
        if doc[k].lower_ in lx.NOTE_ITEM_NOUNS | {"income"}:
            while (
                k - 1 >= 0
                and doc[k - 1].dep_ in ("compound", "amod")  # not "earnings exclude losses"
                and doc[k - 1].head.i >= k
                and doc[k - 1].tag_ not in ("JJR", "JJS")  # "less writedowns of"
                and j - k < 6
            ):
                k -= 1  # "realized investment gains from ..."
            return k
    return j


def _subject_phrase(span: Span) -> tuple[str | None, bool]:
    """The subject of the verb governing the figure ("Tesla shares rose 8%" -> "Tesla shares").

    Only a subject that can be what the figure measures: the subject of the figure's own
    verb (or the noun of its participle clause), and not a name or a group of people.
    "Sibneft paid $1bn", "lawmakers voted to raise it to $8.70", "the banks asked the
    utility to prepay 45 mln dlrs": the subject says who acted, not what the amount is,
    and a key-figures table that reads "$1bn: Sibneft" misleads (issue 11). Such a
    subject is returned with False: the figure is about it (NewsQuant's concepts are
    often that entity) but the briefing cannot say what the figure is.
    """
    verb = _governing_verb(span)
    subject = _subject_of(verb)
    if subject is None or subject.like_num or subject.pos_ == "NUM":
        return None, True
    if subject.lower_ in lx.NOT_COUNTED and subject.lower_ not in ("figure", "figures"):
        return None, True  # "the year on year rate": a time word is no description
    after = subject.doc[subject.i + 1] if subject.i + 1 < len(subject.doc) else None
    if subject.text.isupper() and after is not None and after.text == ":":
        return None, True  # "NOTE: 1987 qtr includes ...": a label, not what it counts
    agent = _names_an_agent(subject) or subject.lower_ in lx.TITLE_NOUNS
    return _np_text(subject), _own_subject(verb, subject) and not agent


_WH = frozenset({"WDT", "WP"})  # "which", "that", "who" as a clause's subject
# Verbs (lemmas) by which a count or a measure is its subject's: "exports were 469,100
# tonnes", "output totalled", "production fell to 20,000 tonnes".
_SUBJECT_MEASURES = (
    frozenset({"be", "total", "number"}) | lx.MEASURING_VERBS | lx.LEVEL_VERBS | lx.VALUING_VERBS
)
# How a count or a measure hangs on such a verb: as its complement or object, or after
# a preposition of a level ("fell to", "up from", "at", "against").
_MEASURED_DEPS = frozenset({"attr", "acomp", "dobj", "npadvmod", "oprd"})
_LEVEL_PREPS = frozenset(
    {"to", "from", "at", "by", "against", "of", "above", "below", "around", "vs", "vs.", "versus"}
)


def _in_subject(span: Span) -> bool:
    """Whether the figure modifies its clause's subject ("The 300-shareholder threshold
    has drawn anger"): the subject says what it counts, whatever the verb."""
    subject = _subject_token(span)
    node = span.root
    for _ in range(3):  # "300" -> "shareholder" -> "threshold", modifiers all the way
        if subject is None or node.i == subject.i:
            break
        if node.dep_ not in ("nummod", "compound", "amod", "quantmod", "nmod", "punct"):
            return False  # "the yen's rise in April to about 140": deeper in the phrase
        node = node.head
    return subject is not None and node.i == subject.i


def _measures_subject(span: Span, kind: str) -> bool:
    """Whether a count or a measure is its clause subject's own, by the verb that links them.

    "exports were 469,100 tonnes", "production fell to 20,000 tonnes": the subject is
    what is measured. "killing 15" (guards killed them), "the mugging occurred 100
    yards from the hotel", "at an average of 133,000 ounces a year over the life of the
    mine": the figure hangs on another verb or noun, and the subject is not what it
    counts; an editor would strike "15: guards". A measure is its subject's after a
    verb of having too ("the field, thought to contain a billion barrels"), and as the
    object of any verb ("winds gusting up to 60 km/h").
    """
    root = span.root
    for _ in range(3):  # "by $1 to $8.25": the parser hangs one number on another
        if root.dep_ in ("quantmod", "compound", "nummod") and root.head.pos_ in ("NUM", "SYM"):
            root = root.head
        elif root.dep_ in ("conj", "appos") and root.head.pos_ in ("NUM", "NOUN", "SYM"):
            root = root.head  # "would be 900 rupees per tonne, or seven barrels"
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in _LEVEL_PREPS and head.dep_ == "prep":
        root, head = head, head.head
        if head.lower_ in ("up", "down") and head.head is not head:
            head = head.head  # "up from 4.9%"
        if (head.like_num or head.lower_ in lx.UNIT_ONLY) and head.dep_ == "pobj":
            head = head.head.head  # "fell by 6.6 pct to 1,091,000": "to" hangs on "pct"
    elif root.dep_ not in _MEASURED_DEPS:
        return False
    lemma = head.lemma_.lower()
    if kind == "measure" and root.dep_ == "dobj" and head.pos_ == "VERB":
        return True  # "winds gusting up to 60 km/h": a measure a verb takes is its subject's
    having = kind == "measure" and lemma in lx.HAVING_VERBS
    return head.pos_ in ("VERB", "AUX") and (lemma in _SUBJECT_MEASURES or having)


def _valued_subject(doc: Doc, span: Span, subject: str, what: bool) -> str | None:
    """What a sum says of its subject: "machines that cost only £399" is the cost of the
    machines, "the developer was worth more than £200m" the developer's worth.

    The subject alone ("£399: machines", "£200m: developer") reads as the thing counted.
    A person or company worth a sum is what the sum is about, so it is kept even where
    the subject rule would only say whose the figure is.
    """
    i = span.start - 1
    while i >= 0 and doc[i].lower_ in lx.APPROX:
        i -= 1
    verb = _governing_verb(span)
    relative = any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in _WH for c in verb.children)
    worth = i >= 0 and doc[i].lower_ == "worth" and doc[i].head.pos_ not in ("NOUN", "PROPN")
    if worth and not relative:  # "a package for the chief executive, which was worth ..."
        return f"{subject}'s worth"
    if what and verb.lemma_.lower() in lx.COST_VERBS:
        return f"cost of {subject}"
    lemma, root = verb.lemma_.lower(), span.root
    summed = root.head.lower_ == "of" and root.head.head.lower_ in lx.SUM_NOUNS
    placed = lemma in lx.PLACING_VERBS and (root.head.lower_ == "with" or summed)
    if subject.lower().split()[-1] in lx.WORK_NOUNS and (lemma in lx.TAKING_VERBS or placed):
        return f"takings of {subject}"  # "The movie took $28.5m": the film's takings
    return None


def _governing_verb(span: Span) -> Token:
    """The nearest verb (or the root) above the figure."""
    node = span.root
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") or node.dep_ == "ROOT":
            break
        node = node.head
    return node


def _own_subject(verb: Token, subject: Token) -> bool:
    """Whether `subject` is the subject of `verb` itself, not of a clause around it.

    A verb shares the subject of the verb it is coordinated with or that it completes
    ("the market grew and was worth £1bn", "production is likely to fall to 20,000
    tonnes", "growth will slow to 0.9% before recovering to 1.6%"); a reported clause,
    or any clause with a subject of its own, does not ("the firm said it expects $5m":
    the firm is not what the $5m is).
    """
    if verb.dep_ == "acl" and subject.i == verb.head.i:
        return True  # "a bid valuing the club at £800m"
    stranded = _stranded_subject(verb) if verb.dep_ == "conj" else None
    if stranded is not None and stranded.i == subject.i:
        return True  # "... and Canada Savings Bonds fell 294 mln dlrs": the bonds' fall
    node = verb
    for _ in range(4):
        if subject.head.i == node.i or (
            node.dep_ in ("relcl", "conj") and subject.i == node.head.i
        ):
            return True  # "a vaccine that works, and costs $4 a dose": the vaccine's cost
        if node.dep_ not in ("conj", "xcomp", "acomp", "advcl", "pcomp", "prep") or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in node.children
        ):
            return False
        node = node.head
    return False


def _names_an_agent(token: Token) -> bool:
    """A proper name or a noun for people: who did something, not what a figure measures."""
    if token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    capitalised = token.text[:1].isupper() and not token.is_upper
    if capitalised and (  # "Sibneft" opening a sentence, and written so elsewhere
        not _opens_sentence(token)
        or any(t.text == token.text and not _opens_sentence(t) for t in token.doc)
    ):
        return True
    return token.lower_ in lx.AGENT_NOUNS


def _opens_sentence(token: Token) -> bool:
    """Whether only punctuation (an opening quotation mark) comes before `token` in its
    sentence: "“Inflation has come down" is capitalised as a sentence start."""
    return all(t.is_punct or t.is_space for t in token.doc[token.sent.start : token.i])


def _subject_token(span: Span) -> Token | None:
    """The nominal subject of the verb that governs the figure, if any."""
    return _subject_of(_governing_verb(span))


def _subject_of(verb: Token) -> Token | None:
    """The nominal subject of `verb`, through conjunctions, relative and reported clauses.

    A pronoun subject ("The company said it has 1,000 customers") is replaced by the
    subject of the enclosing clause, the cheapest resolution that is right in news
    sentences most of the time.
    """
    node = came_from = verb
    for _ in range(5):
        controller = _object_controller(node, came_from)
        if controller is not None:
            return controller
        subject = _nearest_subject(node)
        if subject is None and node.dep_ == "conj":
            subject = _stranded_subject(node)
        if subject is not None:
            if subject.lower_ in ("which", "who") or (
                subject.lower_ == "that" and node.dep_ == "relcl"
            ):
                head = node.head
                relative = node.dep_ == "relcl" or head.i == subject.i - 1
                return head if relative and head.pos_ in ("NOUN", "PROPN") else None
            if subject.pos_ not in ("PRON", "DET", "NUM") and subject.lower_ not in lx.PRONOUNS:
                return subject
            if subject.lower_ not in ("he", "she", "it", "they", "we"):
                return None
        # "a firm employing 500 people", "an engine tuned to produce 296hp" (not "plans to
        # cut 600 jobs" or "the quarter ended in June", whose noun is not the agent)
        if _agent_noun_of_acl(node, came_from):
            return node.head.head if node.head.dep_ == "appos" else node.head
        if node.dep_ not in ("conj", "xcomp", "advcl", "acl", "ccomp", "relcl", "pcomp"):
            return None
        came_from, node = node, _enclosing_verb(node)
        if node is None:
            return None
    return None


# What may stand inside a subject's noun phrase, before its head: "Canada Savings Bonds",
# "total Canadian dollar major assets", "the zinc production".
_NP_LEFT_DEPS = frozenset({"compound", "amod", "det", "nmod", "poss", "case", "punct"})


def _stranded_subject(verb: Token) -> Token | None:
    """The subject of a second clause that the parser took for a conjunct of the object
    before it: in "treasury bills rose 600 mln dlrs to 75.15 billion dlrs and Canada
    Savings Bonds fell 294 mln dlrs", "Bonds" is parsed as a conjunct of "dlrs" and
    "fell" is left with no subject, so the first clause's was taken (wire copy lists its
    money and trade series so). The noun phrase right before the verb, opened by "and"
    or "but", is the verb's subject.
    """
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].pos_ in ("ADV", "AUX", "PART"):
        i -= 1  # "and zinc production also dropped"
    if i < 0 or doc[i].pos_ not in ("NOUN", "PROPN") or doc[i].head.i > verb.i:
        return None
    head = doc[i]
    for _ in range(3):  # "total ... assets of the chartered banks rose": the assets
        prep = head.head
        if head.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.i < prep.i:
            if prep.head.pos_ not in ("NOUN", "PROPN") or prep.lower_ != "of":
                break
            head = prep.head
    start = head.i
    while start > 0 and doc[start - 1].dep_ in _NP_LEFT_DEPS and doc[start - 1].head.i <= head.i:
        start -= 1
    opener = doc[start - 1] if start > 0 else None
    if opener is None or opener.lower_ not in ("and", "but") or opener.dep_ != "cc":
        return None
    return head


def _nearest_subject(verb: Token) -> Token | None:
    """The subject of `verb`; of two, the one nearer before it.

    "In London, the area with the highest price, annual inflation rose to 7.1%": the
    parser gives "rose" two subjects; the one next to the verb is its own, the other a
    phrase set before the clause (a noun with a phrase of its own, then a comma; no
    quotation between, whose speaker follows it).
    """
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    before = [c for c in subjects if c.i < verb.i]
    if len(before) > 1:
        first, last = before[-2], before[-1]
        doc = verb.doc
        between = doc[first.right_edge.i + 1 : last.left_edge.i]
        close = all(t.dep_ in ("advmod", "aux", "neg") for t in doc[last.right_edge.i + 1 : verb.i])
        set_off = (
            any(t.text == "," for t in between)
            and not any(t.is_quote for t in doc[first.i : verb.i])  # a quote, then its speaker
            and any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in first.children)
        )
        if set_off and close and last.pos_ in ("NOUN", "PROPN"):
            return last  # set off by a comma: the earlier one is not the verb's
    return subjects[0] if subjects else None


def _object_controller(node: Token, came_from: Token) -> Token | None:
    """The object of `node` that is the subject of its infinitive `came_from`.

    "Airlines helped push the average up 15 points to end the day at 2406": who ends the
    day at 2406 is the average, the object of "push", not the subject "airlines" (object
    control, `lx.OBJECT_CONTROL_VERBS`). The subject of the verb above names what pushed,
    not what the figure measures (review 11).
    """
    if _moving_participle(came_from) and came_from.head.i == node.i and _finite(node):
        # "the report forecast total growth of 3.6% in 2004, slipping to 2.9% next year":
        # what slips is the growth forecast, not the report that forecast it ("set a
        # ceiling of 16.6 mln bpd, rising to 18.3 mln": a frame's level, told as before)
        obj = next((c for c in node.children if c.dep_ == "dobj" and _nominal(c)), None)
        if obj is not None and obj.lower_ not in lx.FRAME_NOUNS:
            return obj
    if came_from is node or came_from.dep_ != "xcomp" or came_from.head.i != node.i:
        return None
    if node.lemma_.lower() not in lx.OBJECT_CONTROL_VERBS:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in came_from.children):
        return None  # "kept rising": a participle shares the subject
    return next((c for c in node.children if c.dep_ == "dobj" and _nominal(c)), None)


def _moving_participle(token: Token) -> bool:
    """A participle clause of rising or falling with no object of its own, after a comma
    ("..., slipping to 2.9% next year"): it tells how the main clause's object moved."""
    return (
        token.dep_ == "advcl"
        and token.tag_ == "VBG"
        and token.lemma_.lower() in lx.RISE_WORDS | lx.FALL_WORDS
        and not any(c.dep_ in ("dobj", "nsubj") for c in token.children)
        and token.i > 0
        and any(t.text == "," for t in token.doc[token.left_edge.i - 1 : token.i])
    )


def _finite(verb: Token) -> bool:
    """A verb in the past or present tense: a clause of its own ("the report forecast
    ..."), not a participle or infinitive ("the option of redeeming the bonds ...")."""
    return verb.tag_ in ("VBD", "VBZ", "VBP")


def _nominal(token: Token) -> bool:
    """A noun, or an adjective used as one ("the average", "the poor")."""
    if token.pos_ in ("NOUN", "PROPN"):
        return token.lower_ not in lx.NOT_COUNTED and token.lower_ not in lx.PRONOUNS
    return token.pos_ == "ADJ" and any(c.dep_ == "det" for c in token.children)


def _agent_noun_of_acl(node: Token, came_from: Token) -> bool:
    """Whether `node` is a participle clause whose noun does what the clause says."""
    if node.dep_ != "acl" or node.head.pos_ not in ("NOUN", "PROPN"):
        return False
    return node.tag_ == "VBG" or (node is not came_from and came_from.dep_ in ("xcomp", "advcl"))


def _enclosing_verb(token: Token) -> Token | None:
    """The nearest verb above `token` in the tree."""
    node = token.head
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.head is node:
            return None
        node = node.head
    return None


def _moved_noun(doc: Doc, span: Span) -> str | None:
    """ "with sales down 3.1%", "profits up 8%,": the noun right before a move word.

    An absolute phrase has no verb, so the clause's subject ("a switch to new models
    hit Mercedes, with sales down 3.1%") is not what moved; the noun before "up" or
    "down" is. Only after "with" or a comma, so that "prices rose, up 2%" is left alone.
    """
    i = span.start - 1
    while i > 0 and doc[i].lower_ in ("just", "only", "about", "some", "nearly", "almost"):
        i -= 1  # "with private consumption up just 0.2%"
    if i < 2 or doc[i].lower_ not in ("up", "down", "off"):
        return None
    noun = doc[i - 1]
    if noun.pos_ != "NOUN" or noun.lower_ in lx.NOT_COUNTED or noun.lower_ in lx.UNIT_ONLY:
        return None
    j = noun.i
    while j > 0 and doc[j - 1].pos_ in ("NOUN", "ADJ", "PROPN", "DET", "PRON") and noun.i - j < 4:
        j -= 1
    if j == 0 or doc[j - 1].lower_ not in ("with", ","):
        return None
    return _np_text(noun)


def _adjacent_name(doc: Doc, span: Span) -> str | None:
    """ "Blackmores up 9.4 per cent", "Dow +0.2%": a name just before a market move."""
    i = span.start - 1
    while i >= 0 and span.start - i <= 3 and doc[i].lower_ in lx.MOVE_WORDS:
        i -= 1
    if i < 0 or i == span.start - 1 or doc[i].pos_ != "PROPN" or doc[i].ent_type_ == "DATE":
        return None  # not "the end of February was six pct"
    j = i
    while j - 1 >= 0 and doc[j - 1].pos_ == "PROPN" and i - j < 3:
        j -= 1
    return doc[j : i + 1].text


def _np_text(head: Token) -> str | None:
    """The head noun with its compound and adjective modifiers (and "of X" for "shares").

    "Shares in Manchester United closed up 4.75%": "Shares" alone does not say whose.
    """
    left = head.i
    for child in head.lefts:
        if (
            child.dep_ in ("compound", "amod", "nmod", "poss")
            and child.pos_ != "PRON"
            and child.tag_ not in ("WP$", "WDT", "WP")
        ):
            edge = child.left_edge
            glued = not any(t.whitespace_ for t in child.doc[edge.i : child.i])
            named = (
                child.dep_ in ("nmod", "poss")
                and all(  # "New Zealand's", "Private sector"
                    t.pos_ in ("PROPN", "NOUN", "ADJ") for t in child.doc[edge.i : child.i]
                )
            )
            whole = child.dep_ == "compound" or glued or named  # "Cincinnati-based"
            left = min(left, edge.i if whole else child.i)
    doc = head.doc
    right = head.i
    if head.lower_ in lx.GENERIC_SUBJECTS:
        for child in head.rights:
            holding = (  # "shares in Manchester United"; "Pernod shares in Paris" are Pernod's
                child.lower_ == "in"
                and head.lower_ in lx.HOLDING_NOUNS
                and not any(c.dep_ in ("compound", "poss", "nmod") for c in head.lefts)
            )
            if child.dep_ == "prep" and (child.lower_ == "of" or holding):
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    right = objects[0].i
    if head.lower_ in lx.CHANGE_NOUNS:  # "a fall in note circulation will add 360 mln stg"
        for child in head.rights:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if child.dep_ == "prep" and child.lower_ == "in" and objects:
                thing = objects[0]
                if thing.ent_type_ not in ("DATE", "TIME") and thing.lower_ not in lx.MONTHS:
                    right = thing.i if thing.i - head.i <= 5 else right
    while right + 2 < len(doc) and not doc[right].whitespace_ and doc[right + 1].text == "-":
        right += 2  # "Ben-Moshe", "start-up"
    if head.i - left > 5:
        left = head.i - 2
    while left >= 2 and doc[left].text == "-" and not doc[left - 1].whitespace_:
        left -= 1  # "low-cost airline", not "-cost airline"
    while (
        left >= 2
        and doc[left - 1].text == "-"
        and not (doc[left - 2].whitespace_ or doc[left - 1].whitespace_)
    ):
        left -= 2  # "York-based Global Depository Receipts", not "based Global ..."
    words = doc[left : right + 1]
    text = words.text.strip(" ,'\u2019")
    text = re.split(r"\n\s*\n|, ", text)[-1]  # not across a comma or a paragraph break
    text = re.sub(r"^(?:the|a|an|its|their|his|her|our)\s+", "", text, flags=re.I)
    return text or None


Counted = tuple[str | None, Token | None, str]  # phrase, its head token, the rule that read it


def _counts(doc: Doc, span: Span, q: Quantity, text: str) -> tuple[str | None, str]:
    """What the figure counts, on one line and within one sentence, and the rule that read it.

    Hard-wrapped wire text must not break the phrase, and a phrase must not run over a
    sentence end the parser missed ("a predicted extra £250m. Turnover"): what follows
    the last sentence end is kept, since the head of the phrase is its last word.
    """
    counts, rule = _counts_raw(doc, span, q, text)
    if not counts:
        return None, rule
    counts = " ".join(counts.split())
    counts = SENTENCE_END_RE.split(counts)[-1].strip()
    figure = text[q.start : q.end]
    if figure + "-" in counts:  # "300-shareholder threshold": what the 300 are
        counts = counts.replace(figure + "-", "", 1)
    if _contains_word(counts, figure):  # "MacBook Pro 16 inch", "or tax thresholds, of 30 pct"
        counts = counts[: counts.index(figure)]
    counts = re.split(r"[\s,]+of\s+[-+\d$\u00a3\u20ac]", counts)[0]  # "rates, of 30 pct"
    counts = COMPARED_FIGURE_RE.split(counts)[0]  # "parents who have players compared to 9%"
    counts = re.sub(r"^(?:or|and|but)\s+|[\s,;:(-]+(?:of|at|to|by|with|from)?\s*$", "", counts)
    counts = re.sub(r"^(?:of|at|to|by|with|from|in)(?:\s+|$)", "", counts)
    counts = _without_left_units(counts)  # "mln dlr issue" of "a 250 mln dlr issue"
    if not counts or _units_only(counts) or not re.search(r"[^\W\d_]", counts):
        return None, "none"  # "pct" for "14 pct", "mln dlrs" for "900 mln dlrs"
    if _contains_word(figure.lower(), counts.lower()):
        return None, "none"  # "Eighty-five points is too much": the figure's own unit
    if re.match(r"\d", counts):
        return None, "none"  # "30 pct": another figure, not what this one counts
    if _frame_only(counts):
        frame = _frame_token(span, counts)
        if frame is None or frame.dep_ not in ("nsubj", "nsubjpass"):
            host = _frame_host(frame)  # a subject is a thing: "the barrier would cut ..."
            return (host, "frame-host") if host else (None, "none")
    return counts, rule


_LEFT_UNITS = lx.UNIT_ONLY - {"per"}  # "per capita income" keeps its "per"


def _without_left_units(counts: str) -> str:
    """A description without the scale and unit words another figure left at its start:
    "A 250 mln dlr issue of bonds ... to yield 7.73 pct" counts the "issue", not the
    "mln dlr issue"; "A 30 pct tariff increase will bring in 600 mln" no "pct tariff
    increase". Another figure's number was dropped from the phrase; its words go too."""
    base, bracket, owner = counts.partition(" (")
    words = base.split(" ")
    while len(words) > 1 and words[0].lower() in _LEFT_UNITS:
        words.pop(0)
    return " ".join(words) + bracket + owner  # "dlrs (Prospect)" keeps its one word


# A comparison with another figure inside a phrase: what follows is the other figure's.
COMPARED_FIGURE_RE = re.compile(
    r"[\s,]+(?:compared\s+(?:to|with)|versus|vs\.?|against)\s+(?:only\s+|just\s+)?[-+\d$\u00a3\u20ac]"
)


def _frame_only(counts: str) -> bool:
    """Whether a description is only a place on a scale (`lx.FRAME_NOUNS`): "range",
    "maximum", "second place", "mark (German rival)", never "price range" or "sea level"."""
    words = counts.split(" (")[0].lower().split()
    return (
        bool(words)
        and words[-1] in lx.FRAME_NOUNS
        and all(w in lx.FRAME_MODIFIERS for w in words[:-1])
    )


def _frame_token(span: Span, counts: str) -> Token | None:
    """The frame noun a description was read from: the nearest of that word to the figure."""
    word = counts.split(" (")[0].split()[-1].lower()
    sent = span.sent
    near = [t for t in sent if t.lower_ == word]
    return min(near, key=lambda t: abs(t.i - span.start)) if near else None


def _frame_host(frame: Token | None) -> str | None:
    """What a frame noun places on its scale, or None when the parse does not say.

    "estimates of earnings per share in the range of" -> the noun the frame's preposition
    hangs on; "data rates up to a maximum of" -> the same past "up"; "may up its bid to
    the £1.5bn mark", "the index rose to a level of" -> the verb's object, else its
    subject; "The TV took second place (67%)" -> "TV". A person or a group of people is
    not what a figure measures ("he took third place with 54%" is his share, not him).
    """
    if frame is None:
        return None
    node = frame.head
    if frame.dep_ == "pobj" and node.dep_ == "prep":
        node = node.head
        if node.pos_ in ("ADV", "ADP") and node.head is not node:
            node = node.head  # "up to a maximum of"
    elif frame.dep_ not in ("dobj", "attr"):
        return None
    thing: Token | None = node
    if node.pos_ in ("VERB", "AUX"):
        objects = [c for c in node.children if c.dep_ == "dobj" and c.i != frame.i]
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        thing = (objects or subjects or [None])[0]
    if (
        thing is None
        or thing.i == frame.i
        or thing.pos_ not in ("NOUN", "PROPN")
        or thing.lower_ in lx.FRAME_NOUNS | lx.NOT_COUNTED
        or _names_an_agent(thing)
    ):
        return None
    return _np_text(thing)


def _units_only(counts: str) -> bool:
    """Whether a phrase is only the figure's own scale and unit words ("mln dlrs")."""
    words = counts.lower().split()
    return counts.lower() in lx.UNIT_ONLY or all(
        w in lx.UNIT_ONLY or w in lx.SCALE_WORDS or w in lx.CURRENCY_SUFFIXES for w in words
    )


# A sentence end inside a phrase: a full stop after a lowercase word, a digit, a
# currency scale or a bracket, then a capital ("£250m. Turnover"), not "U.S. Company",
# not a title before a name.
# "Rep. Dan Glickman", "Gov. Cuomo": a title's full stop ends no sentence.
_NOT_AFTER_TITLE = "".join(rf"(?<!\b{t})" for t in sorted(lx.TITLE_ABBREVIATIONS))
SENTENCE_END_RE = re.compile(
    rf"(?<=[a-z0-9%)\]]){_NOT_AFTER_TITLE}[.!?][\"'\u2019\u201d]?\s+(?=[A-Z\u201c\"])"
)


def _contains_word(phrase: str, words: str) -> bool:
    """Whether `words` occur in `phrase` as whole words ("one" is not in "phones")."""
    return has_whole_words(phrase, words)


# Counts rules that read the words around the figure, not the parse, so they need no
# check against sentence ends the parser missed.
_READ_FROM_TEXT = frozenset({"age", "list-name", "table-label", "note-item"})


def _text_sentence(text: str, span: Span, q: Quantity) -> tuple[int, int]:
    """The bounds of the figure's sentence, cut at sentence ends the parser missed."""
    lo, hi = span.sent.start_char, span.sent.end_char
    for match in SENTENCE_END_RE.finditer(text, lo, hi):
        if match.end() <= q.start:
            lo = match.end()
        elif match.start() >= q.end:
            hi = match.start()
            break
    return lo, hi


def _within(text: str, phrase: str, lo: int, hi: int) -> bool:
    """Whether the head (last word) of `phrase` is written in text[lo:hi]."""
    words = phrase.split()
    return not words or _contains_word(text[lo:hi], words[-1])


def _counts_raw(doc: Doc, span: Span, q: Quantity, text: str) -> tuple[str | None, str]:
    """What the figure counts or measures, a short noun phrase from its sentence.

    For counted things the owner follows in brackets: the name a bracketed figure
    describes ("WAR (John Gant)" for "John Gant (0.5 WAR)"), else the subject of the
    clause ("workers (Ford)", "goals (Chris Wood)"): in a key-figures table the counted
    noun alone rarely says whose figure it is.
    """
    core, head, rule = _core_counts(doc, span, q, text)
    lo, hi = _text_sentence(text, span, q)
    said = (core or "").split(" (")[0]  # "offered (Waste Management)": the part read there
    if rule == "verb-agent" and head is not None:
        said = head.text  # "loss" for "lost": the verb is what was read there
    if core is not None and rule not in _READ_FROM_TEXT and not _within(text, said, lo, hi):
        return None, "none"  # the parser joined two sentences and read the other one
    if core is None or head is None:
        return core, rule
    if rule in _COUNTED_THING_RULES:
        core = _changed_count(span, head, core)  # "jobs shed", not the jobs there are
    of_host = _of_host(doc, span) if q.kind in ("count", "vague") else None
    # "received $5m from Acme" is the receiver's: the verb's "from" names who paid
    source = _from_owner(head) if rule != "verb-agent" else None
    owner = _bracket_host(doc, span) or of_host or source or _possessor(span)
    owner = owner or _head_possessor(head)
    if owner is None and not _possessed(head):
        owner = _owner(span, head, agent=rule == "verb-agent", share=rule == "of-phrase")
    if owner and (re.search(r"\d", owner) or set(owner.lower().split()) & lx.UNIT_ONLY):
        return core, rule  # "jobs ($4bn)", "wells (mln dlr exploration venture)": no owner
    if owner and owner.isupper() and f"{owner}:" in text:
        return core, rule  # "NOTE: ... includes a gain": a label, no owner
    if owner and not _shares_word(core, owner) and _within(text, owner, lo, hi):
        return f"{core} ({owner})", rule
    return core, rule


# Counts rules that name the counted thing itself ("240,000 jobs", "30 mln tonnes of
# capacity", "514 mln dlrs in reserves"): a change of it is the figure's to tell.
_COUNTED_THING_RULES = frozenset({"noun-after", "of-phrase", "in-phrase"})
_CHANGE_OF_NOUNS = lx.CHANGE_NOUNS | lx.LOSS_NOUNS
_DEFINITE = frozenset({"the", "these", "those", "this", "that"})


def _changed_count(span: Span, counted: Token, core: str) -> str:
    """What a figure counts when the story tells a change of those things, else `core`.

    "The industry has shed 240,000 jobs": the 240,000 are the jobs shed, not the jobs
    the industry has; so with "plans to cut 15 mln tonnes of capacity", "20,000 jobs
    will be cut", "the 71,000 jobs added in October", "30 mln tonnes of capacity was
    excess and should be closed" (`lx.CHANGE_VERB_PARTICIPLES`: "jobs shed", "capacity
    cut"). After a change noun the figure is the change's size: "the loss of 130,000
    tonnes of capacity" is a "loss of capacity", "a fall of 514 mln dlrs in reserves" a
    "fall in reserves". Only the figure's own phrase or its counted noun is looked at:
    "cut its 13.6 billion dlr trade surplus" gives the surplus's level, and stays; so do
    things already told of ("creating the 20 million new jobs promised by EU leaders").
    """
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.dep_ == "prep":
        change = root.head.head
        if change.pos_ == "NOUN" and change.lower_ in _CHANGE_OF_NOUNS and change.i < span.start:
            joint = "in" if counted.dep_ == "pobj" and counted.head.lower_ == "in" else "of"
            return f"{change.text} {joint} {core}"
    for node in dict.fromkeys((counted, root)):
        if any(c.dep_ == "poss" or c.lower_ in _DEFINITE for c in node.children):
            continue  # "creating the 20 million new jobs promised": known ones, not a change
        participle = _change_participle(node)
        if (
            participle
            and node is not counted
            and node.head.lemma_.lower() in lx.COUNTED_OBJECT_VERBS
        ):
            continue  # "will cost the firm $5m in fees": the price, not fees lost
        if participle and not _contains_word(core.lower(), participle):
            return f"{core} {participle}"  # not "lost output lost"
    return core


def _change_participle(node: Token) -> str | None:
    """How the verb of a change says it was done to `node` ("shed", "lost", "laid off"),
    when `node` is its object, its passive subject, the subject it shares with a passive
    verb of its own clause's conjunct, or the noun its participle describes."""
    verb = node.head
    if node.dep_ == "dobj" or (node.dep_ == "nsubjpass" and verb.i != node.i):
        return _participle_of(verb)
    if _going_posts(node):
        return "cut"  # "up to 2,500 jobs are to go"
    if node.dep_ == "nsubj" and verb.i != node.i:
        for conj in verb.children:
            passive = any(c.dep_ == "auxpass" for c in conj.children)
            own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children)
            if conj.dep_ == "conj" and conj.tag_ == "VBN" and passive and not own_subject:
                return _participle_of(conj)
    for child in node.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.i > node.i:
            return _participle_of(child)
    return None


def _going_posts(node: Token) -> bool:
    """ "Up to 2,500 jobs are to go at the broker", "1,100 jobs will go in banking": posts
    (`lx.GOING_NOUNS`) that are the subject of "go" are lost. Not when they go somewhere
    or to someone ("300 jobs will go to local people"), become something ("go unfilled")
    or do not go ("will not go")."""
    if node.dep_ != "nsubj" or node.lower_ not in lx.GOING_NOUNS:
        return False
    verb = node.head
    if verb.lemma_.lower() == "be":  # "are to go"
        verb = next((c for c in verb.children if c.dep_ == "xcomp"), verb)
    if verb.lemma_.lower() != "go" or verb.pos_ != "VERB":
        return False
    for child in (*verb.children, *node.head.children):
        if child.i == verb.i:
            continue
        if child.dep_ in ("neg", "dobj", "attr", "acomp", "oprd", "xcomp", "dative"):
            return False
        if child.dep_ == "prep" and child.lower_ in ("to", "into", "toward", "towards", "for"):
            return False
    return True


def _participle_of(verb: Token) -> str | None:
    """The participle `lx.CHANGE_VERB_PARTICIPLES` gives a verb, with its particle."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = verb.lemma_.lower()
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    for particle in particles:
        said = lx.CHANGE_VERB_PARTICIPLES.get(f"{lemma} {particle}")
        if said:
            return said
    return lx.CHANGE_VERB_PARTICIPLES.get(lemma)


def _core_counts(doc: Doc, span: Span, q: Quantity, text: str) -> Counted:
    """The counted or measured noun phrase, its head token when it has one, and the rule.

    `text` is `doc.text`, passed down because `Doc.text` joins every token on each call.
    Rule names are short and stable: the benchmark reports precision per rule.
    """
    after = _skip_parenthetical(doc, span.end)
    if (
        after + 1 < len(doc)
        and doc[after].lower_ == "or"
        and doc[after + 1].lower_ in lx.APPROX_AFTER
    ):
        after += 2  # "30 or so pastors": the pastors, not "so pastors"
    nxt = doc[after] if after < len(doc) else None
    if nxt is not None and re.search(r"[.!?][\"'\u2019\u201d)]*\s", text[q.end : nxt.idx + 1]):
        nxt = None  # "a predicted extra £250m. Turnover": the next word is the next sentence
    if nxt is not None and "\n" in text[q.end : nxt.idx + len(nxt)] and _table_label(text, q.start):
        nxt = None  # "Shr ... vs loss 1.12 dlrs\nNet profit": a results row ends at its line
    of_phrase = in_phrase = None
    if nxt is not None and nxt.lower_ == "of":
        of_phrase = _phrase_after(doc, after + 1) or _people_adjective(doc, after + 1)
    if nxt is not None and nxt.lower_ == "in" and q.kind == "money":
        found = _phrase_after(doc, after + 1)
        in_phrase = found if found and found[1].pos_ == "NOUN" else None  # "$1bn in gains"
        if in_phrase and (_a_time(in_phrase[1]) or re.search(r"\d", in_phrase[0])):
            in_phrase = None  # "10 dlrs in mid-1986", "20.9 mln dlrs in the first qtr"
        if in_phrase and in_phrase[1].lower_ in lx.SETTING_NOUNS | lx.PREPOSITION_NOUNS:
            in_phrase = None  # "rose to 74.50 dlrs in active trading": where, not what
    direct = _phrase_after(doc, after) if nxt is not None and nxt.pos_ in _NP_WORD_POS else None
    if nxt is not None:
        direct = _to_attached_noun(doc, span, after, direct)
    attributive = direct if direct and _modifies(span, direct[1]) else None
    if q.kind == "money":
        attributive = _with_of(doc, attributive)  # "a $250m line of credit"
    attributive = _with_in(doc, attributive)  # "a 20% rise in pre-tax profits"
    held = _with_at(span) if q.kind in ("money", "percent", "measure", "count") else None
    if held:
        return held[0], held[1], "with-at"  # "with imports at 1.55 billion dlrs"
    item = note_item(text, q.start) if q.kind in ("money", "count") else None
    if item and not table_row(text, q.start):  # "vs loss 55 cts" is a row's value
        return item, None, "note-item"  # "includes gain 5,360,000 dlrs": no "of", no move
    if _signed(text, q) and (q.kind in ("money", "percent") or q.unit in ("points", "pence")):
        name = _list_name(text, q)  # "Dow +0.4% FTSE 100 +0.9%": "FTSE" is the next entry
        if name:
            return name, None, "list-name"
    if q.kind == "age":
        age = f"{q.unit or 'years'} old"
        return (f"{age} ({attributive[0]})" if attributive else age), None, "age"
    named: list[tuple[tuple[str, Token] | None, str]]
    if q.kind in ("percent", "fraction", "vague"):
        of_phrase = _surveyed_group(doc, span, of_phrase)
        named = [(_stake_in(span, of_phrase), "of-phrase"), (attributive, "attributive")]
    elif q.kind == "money":
        named = [(attributive, "attributive"), (of_phrase, "of-phrase"), (in_phrase, "in-phrase")]
    elif q.kind in ("count", "ratio"):
        named = [
            (_with_of(doc, direct), "noun-after"),
            (of_phrase if q.worded else None, "of-phrase"),
        ]
    elif q.kind == "measure":
        named = [(attributive, "attributive"), (of_phrase, "of-phrase")]
    elif q.kind == "duration":
        named = [(attributive, "attributive"), (_worth_of(doc, after), "worth-of")]
    else:
        named = [(attributive, "attributive")]
    if (
        q.kind == "money"
        and attributive
        and not of_phrase
        and not in_phrase
        and attributive[1].tag_ not in ("NNS", "NNPS")  # "a portfolio of $5bn loans"
    ):
        # "a rate increase of 39.9 mln dlrs contingent upon ...": after "N of", the amount
        # is N's; a word after it the parser glued on is not what it measures
        of_before = _phrase_before_of(doc, span)
        if of_before and doc[span.start - 1].lower_ == "of":
            return of_before, None, "noun-before-of"
    for candidate, rule in named:
        if candidate:
            return candidate[0], candidate[1], rule
    gapped = _gapped_noun(span) if q.kind == "count" else None
    if gapped is not None:
        return gapped.text, gapped, "gapped-noun"  # "369 domestic ... and 347 elsewhere"
    if q.kind == "count" and q.worded:
        return None, None, "none"  # "the two": the subject is not what they count
    if q.kind in ("money", "percent") or q.unit in ("points", "pence"):
        name = _list_name(text, q)
        if name:
            return name, None, "list-name"
    label = _table_label(text, span.start_char)
    if label:
        return label, None, "table-label"
    before = _phrase_before_of(doc, span, with_ok=q.kind in ("money", "measure", "percent"))
    if before:
        return before, None, "noun-before-of"
    host = _bracket_host(doc, span)
    if host:
        return host, None, "bracket-host"
    if q.kind == "duration":
        if _time_adverbial(text, q):
            return None, None, "time-frame"
        prep = _prep_host(span)
        if prep:
            return prep, None, "prep-host"
        return _direct_subject(span), None, "subject"
    copula = _copula_subject(doc, span)
    if copula:
        return copula, None, "copula-subject"
    if q.kind in ("money", "percent", "measure", "count"):
        changed = _changed_object(span)
        if changed:
            return changed, None, "verb-object"
    if q.kind in ("money", "percent", "measure"):
        moved = _moved_sum(span)
        if moved:
            return moved, None, "moved-sum"  # "add 2.3 billion dlrs to the cost of X"
    if q.kind == "money":
        verb = _agent_verb(span)
        if verb is not None:
            said = "loss" if verb.lemma_.lower() in lx.LOSING_VERBS else verb.text
            if verb.lemma_.lower() in lx.ASKING_VERBS and span.root.head.lower_ == "for":
                said = f"{verb.text} for"  # "asking for (island state)"
            return said, verb, "verb-agent"  # "earned (Gulf States)", "loss (Eastern)"
        done = _participle(span)
        if done is not None:
            return done, None, "participle"  # "the 27 dlrs a share offered by Waste"
    moved = _moved_noun(doc, span) if q.kind in ("money", "percent", "count") else None
    if moved:
        return moved, None, "moved-noun"
    own = _subject_token(span)
    if (
        own is not None
        and span.start <= own.i < span.end
        and not any(t.pos_ in ("NOUN", "PROPN") for t in doc[own.left_edge.i : span.start])
    ):
        return None, None, "none"  # "The remaining $36m will be paid": not "remaining"
    subject, what = _subject_phrase(span)
    if (
        subject
        and what
        and q.kind in ("count", "measure")
        and not (q.kind == "count" and q.scaled and q.unit is None)  # "against April's 66 mln"
        and not _in_subject(span)
        and not _measures_subject(span, q.kind)
    ):
        subject = None  # "guards turned their guns on the prisoners, killing 15": not guards
    if subject and q.kind == "money":
        valued = _valued_subject(doc, span, subject, what)
        if valued:
            return valued, None, "subject"
    if subject:
        return subject, None, "subject" if what else "agent"
    if q.kind in ("money", "percent"):
        name = _adjacent_name(doc, span)
        if name:
            return name, None, "adjacent-name"
    if q.kind in ("money", "percent", "measure"):
        topic, what = _sentence_topic(span)
        if topic:
            return topic, None, "sentence-topic" if what else "agent"
    return None, None, "none"


def _gapped_noun(span: Span) -> Token | None:
    """ "checks on 175,000 people at Heathrow and 10,000 at Gatwick": a number joined to an
    earlier counted noun leaves the noun out; the 10,000 are people too, not the checks.

    Only where the parse makes the number a conjunct of a noun an earlier number counts,
    and the noun alone: "369 domestic branches and 347 elsewhere" are not all domestic.
    """
    number = span.root
    noun = number.head
    if number.dep_ != "conj" or noun.i >= number.i or noun.pos_ != "NOUN":
        return None
    if span.end < len(span.doc) and span.doc[span.end].lower_ == "of":
        return None  # "11 titles - three of them Grand Slams": a part, said of the part
    counted = any(c.dep_ == "nummod" and c.like_num for c in noun.children)
    if not counted or noun.lower_ in lx.NOT_COUNTED or _units_only(noun.text):
        return None  # "341 mln dlrs here and 1.79 billion abroad": a unit, not a thing
    return noun


_ATTACHING_DEPS = frozenset({"nummod", "compound", "nmod", "amod", "quantmod"})


def _to_attached_noun(
    doc: Doc, span: Span, start: int, found: tuple[str, Token] | None
) -> tuple[str, Token] | None:
    """The phrase up to the noun the figure modifies, when the words read stop short of it.

    "a 4.3 billion dlr Grand Falls nuclear plant" counts the plant, not "Grand Falls";
    "15 deep and surface mines" counts mines. Only within the same few words, with no
    punctuation between, so that a misparse cannot reach into the rest of the sentence.
    """
    root = span.root
    target = root.head
    if root.dep_ not in _ATTACHING_DEPS or target.pos_ != "NOUN" or target.lower_ in lx.NOT_COUNTED:
        return found
    if target.lower_ in lx.EMPTY_HEADS:
        return None  # "three others": the number counts what the text named before
    if target.i < start or target.i - start > 5 or (found and found[1].i >= target.i):
        return found
    if doc[start].is_punct or any(t.is_punct and t.text != "-" for t in doc[start : target.i]):
        return found  # "300-shareholder threshold" is read whole elsewhere
    if doc[start].lower_ in ("and", "or") and not (
        start + 1 < len(doc) and doc[start + 1].like_num
    ):
        return found  # "to 1,670 tonnes from 2,165 and zinc production dropped": the
        # parser joined the number to the next clause's subject; it counts no production
    while start < target.i and doc[start].pos_ in ("DET", "PRON"):
        start += 1
    return doc[start : target.i + 1].text, target


def _surveyed_group(
    doc: Doc, span: Span, of_phrase: tuple[str, Token] | None
) -> tuple[str, Token] | None:
    """ "14% of people aged 18 to 34 said they never vote": which people, and what they say.

    A share of a group of people ("people", "voters", "over-55s": `lx.SURVEYED_NOUNS`)
    is told by the words that pick the group out ("aged 18 to 34", "under 55", "who
    backed Labour") and by what the share says it does: "people" alone says nothing an
    editor could use. The group's words are read up to a comma or a clause; a reported
    clause follows as written, up to a few words ("people aged between 18 and 34 who
    said they never voted in general elections").
    """
    if of_phrase is None:
        return None
    text, head = of_phrase
    if head.lower_ not in lx.SURVEYED_NOUNS and not AGE_GROUP_NOUN_RE.fullmatch(head.lower_):
        return of_phrase
    end = _group_end(doc, head.i + 1)
    group = text + doc[head.i : end].text[len(head.text) :]
    said = None if doc[end - 1].i > head.i and doc[head.i + 1].tag_ in _WH else _share_says(span)
    return (f"{group} who {said}" if said else group), head


AGE_GROUP_NOUN_RE = re.compile(r"(?:over|under)-\d+s")


def _group_end(doc: Doc, i: int) -> int:
    """Where the words that pick out a group of people end ("aged between 18 and 34")."""
    n = len(doc)
    if i >= n:
        return i
    word = doc[i].lower_
    if word in ("aged", "under", "over", "above", "below"):
        j = i + 1
        if j < n and doc[j].lower_ == "between":
            j += 1
        start = j
        while j < n and (doc[j].like_num or (j > start and doc[j].lower_ in ("and", "to", "-"))):
            j += 1
        while j > start and not doc[j - 1].like_num:
            j -= 1
        return j if j > start else i
    if word in ("who", "that") and doc[i].tag_ in ("WP", "WDT"):
        j = i + 1
        while j < n and j - i <= 6 and not doc[j].is_punct and doc[j].dep_ != "cc":
            j += 1
        return j if j > i + 1 and any(t.pos_ == "VERB" for t in doc[i + 1 : j]) else i
    return i


def _share_says(span: Span) -> str | None:
    """What a share of people says it does, or does: "said they never voted in general
    elections", "disappeared from the electoral roll".

    Only where the share is the subject of the verb, of a reporting verb with a pronoun
    subject ("14% ... said they ...") or of any other verb ("did not vote", "smoke"), up
    to six words after it and no punctuation; a copula with nothing after it says nothing.
    """
    root = span.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
        return None
    doc = span.doc
    if verb.lemma_.lower() not in lx.SURVEY_VERBS:  # "12% of voters disappeared from the roll"
        before = [c.i for c in verb.children if c.dep_ in ("aux", "neg") and root.i < c.i < verb.i]
        start = min(before, default=verb.i)
        if any(t.is_punct for t in doc[root.i + 1 : start]) or verb.i - start > 3:
            return None
        j = _words_end(doc, verb.i + 1, 6)
        return doc[start:j].text.strip() if j > verb.i + 1 or verb.pos_ == "VERB" else None
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in ("they", "we", "it"):
        return None
    start = subject.i + 1
    j = _words_end(doc, start, 6)
    words = doc[start:j].text.strip()
    return f"{verb.text} {subject.text} {words}" if words else None


def _words_end(doc: Doc, i: int, limit: int) -> int:
    """Where up to `limit` words from token `i` end: at punctuation, not inside a name
    ("from the electoral roll in Northern Ireland", not "... in Northern")."""
    j = i
    while j < len(doc) and j - i < limit and not doc[j].is_punct and not doc[j].is_space:
        j += 1
    while j < len(doc) and j - i < limit + 4 and j > i and doc[j].ent_iob_ == "I":
        j += 1
    return j


def _stake_in(span: Span, of_phrase: tuple[str, Token] | None) -> tuple[str, Token] | None:
    """ "They own 29% of United": a stake in United, not United.

    A share of a company (a proper name alone after "of") with a verb of owning, buying
    or selling is a stake in it; "29%: United" would read as United's own figure.
    """
    if of_phrase is None or of_phrase[1].pos_ != "PROPN":
        return of_phrase
    text, head = of_phrase
    verb = _governing_verb(span)
    if verb.lemma_.lower() not in lx.OWNING_VERBS:
        return of_phrase
    return f"stake in {text}", head


def _changed_object(span: Span) -> str | None:
    """ "raise the minimum wage by $1 to $8.25", "cut prices by 10%": what was changed.

    A money or percent figure after "to", "by" or "from" on a verb with a noun object
    measures that object, not the verb's subject (who did the raising); after "by" on a
    verb of `lx.OBJECT_CHANGE_NOUNS` it is the change's size and says so ("cut in
    prices", "rise in minimum wage"), after "to" or "from" a level; so does a move
    after "up" or "down" ("helped push the average up 15 points": the average moved,
    not what pushed it).
    """
    root = span.root
    if (
        root.dep_ == "npadvmod"
        and root.head.pos_ == "VERB"
        and not any(c.like_num for c in root.children)
    ):
        # "by around 0.25 pesetas a kilo": the rate's noun roots the span; the sum is the
        # preposition's object
        root = next((t for t in span if t.dep_ == "pobj"), root)
    for _ in range(3):  # "by $1 to $8.25": the parser hangs "$1" on the other figure
        if root.dep_ in ("quantmod", "compound", "nummod") and root.head.pos_ in ("NUM", "SYM"):
            root = root.head
    prep = root.head
    pushed = root.dep_ == "npadvmod" and prep.lower_ in ("up", "down") and prep.dep_ != "ROOT"
    if not pushed and (
        root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("to", "by", "from", "at")
    ):
        return None
    verb = prep.head
    if verb.pos_ != "VERB":
        return None
    valued = verb.lemma_.lower() in lx.VALUING_VERBS
    if prep.lower_ == "at" and not valued:
        return None  # "sold shares at 50p": the price of a sale, not of the object
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or not _nominal(obj) or obj.i > prep.i:
        # an "object" after the figure is an apposition the parser misread: "widened
        # to more than $60bn (£31.7bn), an all-time record" measures no record
        return None
    word = obj.lower_
    units = (lx.CURRENCY_SUFFIXES, lx.MINOR_CURRENCY, lx.MEASURE_UNITS, lx.UNIT_ONLY)
    if any(word in unit_words for unit_words in units):
        return None  # "shed 10 marks to 687", "added 15 sen to RM2.70": another figure's unit
    text = _np_text(obj)
    if text and prep.lower_ == "by" and verb.lemma_.lower() in lx.WINNING_VERBS:
        return _margin(verb, obj, text)
    if text and valued and verb.lemma_.lower() == "value":
        the = "" if obj.pos_ == "PROPN" else "the "  # "values Manchester United at £800m"
        return f"value of {the}{text}"  # "values the club at £800m"
    found = _with_in(obj.doc, (text, obj)) if text else None  # "the rise in prices to 6.3%"
    if found and prep.lower_ in ("to", "from") and obj.lower_ in lx.CHANGE_NOUNS:
        level = _changed_thing(obj)
        if level:
            return level  # "a half-point cut in base rates to 10 pct": the rates' level
    said = found[0] if found else text
    change = lx.OBJECT_CHANGE_NOUNS.get(verb.lemma_.lower()) if _right_after_by(span) else None
    if said and change and not pushed and obj.lower_ not in lx.CHANGE_NOUNS:
        return f"{change} in {said}"  # "reducing annual capacity by 31 mln tonnes"
    return said


def _moved_sum(span: Span) -> str | None:
    """ "could add 2.3 billion dlrs to the cost of the program": added to cost of the
    program; "wiped 8.9 billion schillings off the balance sheet total": wiped off it.

    A sum that a verb of `lx.SUM_MOVING_VERBS` moves onto or off a thing is told by that
    thing, not by the verb's subject (the drought, the dollar's weakness), which is a
    cause. Only the verb's direct object, with the verb's own "to" / "off" / "from"
    phrase right after it (past an adverb: "adding 900 mln dlrs annually to program
    costs"), and only when that phrase names a thing, not another figure ("added 4% to
    142bn euros" is the subject's move) or a time.
    """
    root = span.root
    for _ in range(3):
        if root.dep_ in ("quantmod", "compound", "nummod") and root.head.pos_ in ("NUM", "SYM"):
            root = root.head
    verb = root.head
    moving = lx.SUM_MOVING_VERBS.get(verb.lemma_.lower())
    if root.dep_ != "dobj" or verb.pos_ != "VERB" or moving is None:
        return None
    said, preps = moving
    prep = next(
        (
            c
            for c in (*verb.rights, *(r for t in span for r in t.rights))  # or on the sum
            if c.dep_ == "prep" and c.lower_ in preps and span.end <= c.i <= span.end + 1
        ),
        None,
    )
    thing = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if prep is None or thing is None or thing.pos_ not in ("NOUN", "PROPN"):
        return None
    units = (lx.CURRENCY_SUFFIXES, lx.MINOR_CURRENCY, lx.MEASURE_UNITS, lx.UNIT_ONLY)
    if (
        any(thing.lower_ in unit_words for unit_words in units)
        or any(  # "to 5 billion shares"; but "to the company's 1987 production"
            (c.like_num or c.dep_ == "nummod") and not re.fullmatch(r"(?:19|20)\d\d", c.text)
            for c in thing.children
        )
        or _a_time(thing)
        or thing.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL")
        or thing.lower_ in lx.SUM_POOL_NOUNS
    ):
        return None  # "added 4% to 142bn euros", "cut 2 pct from a year earlier"
    text = _np_text(thing)
    if text and text.endswith(thing.text):  # "the cost of the program", once
        text = _with_of(thing.doc, (text, thing))[0]
    return f"{said} {text}" if text else None


def _right_after_by(span: Span) -> bool:
    """Whether "by" comes right before the figure, past hedges ("by about 10%", "by a
    further 2 pct"): "by $1 to $8.25" gives the change once, the $8.25 is a level."""
    doc, i = span.doc, span.start - 1
    while i >= 0 and doc[i].lower_ in _MOVE_HEDGES:
        i -= 1
    return i >= 0 and doc[i].lower_ == "by"


def _margin(verb: Token, obj: Token, text: str) -> str:
    """What a figure after "by" on a verb of winning measures: "defeated Sanders by 20
    points" a margin over Sanders, "won Florida by 20 points" a margin in Florida, "is
    leading Cruz by one point" a lead over Cruz; never the object itself."""
    if verb.lemma_.lower() == "lead":
        return f"lead over {text}"
    place = obj.ent_type_ in ("GPE", "LOC") or obj.lower_ in ("seat", "state", "election", "vote")
    return f"margin {'in' if place else 'over'} {text}"


def _changed_thing(change: Token) -> str | None:
    """ "a cut in their base rates" -> "base rates": what a change noun changed."""
    for prep in change.rights:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            thing = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if thing is not None and thing.pos_ in ("NOUN", "PROPN"):
                start = thing.left_edge.i
                while start < thing.i and (
                    thing.doc[start].dep_ == "det" or thing.doc[start].tag_ == "PRP$"
                ):
                    start += 1  # "their base rates" -> "base rates"
                return thing.doc[start : thing.i + 1].text  # "pre-tax profits", as written
    return None


def _participle(span: Span) -> str | None:
    """What was done with the amount, said by a past participle after it, and by whom.

    "a higher bid than the 27 dlrs per share offered by Waste Management": what was
    offered, by Waste Management (not by the clause's subject, ChemLawn); "the $2bn
    paid for the stake": what was paid for the stake. Only a participle with its agent
    or its purpose ("by", "for") says so.
    """
    for token in span:
        for verb in token.rights:
            if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.i < span.end:
                continue
            for prep in verb.children:
                objects = [c for c in prep.children if c.dep_ == "pobj"]
                phrase = _np_text(objects[0]) if objects else None
                if prep.dep_ == "agent" and phrase:
                    return f"{verb.text} ({phrase})"
                if prep.lower_ == "for" and phrase:
                    return f"{verb.text} for {phrase}"
    return None


def _agent_verb(span: Span) -> Token | None:
    """ "the utility earned $245m": the verb, when a money object's subject is who acted.

    What such an amount is, is what was earned, paid or sought; the subject names whose
    it is and follows in brackets. Verbs that measure their subject ("cost", "topped")
    are left to the subject rule, but for "lose" with a subject that is not a price: "the
    system could lose 1.4 billion dlrs" is a loss (said so: "loss (system)").
    """
    root = span.root
    asked = root.head if root.dep_ == "pobj" and root.head.lower_ == "for" else None
    if asked is not None and asked.head.pos_ == "VERB":
        verb = asked.head  # "the island state is asking for about $320m"
        subject = _subject_of(verb) if verb.lemma_.lower() in lx.ASKING_VERBS else None
        if subject is not None and subject.pos_ in ("NOUN", "PROPN"):
            return verb
    if root.dep_ == "conj" and root.head.dep_ == "dobj" and root.head.pos_ in ("NUM", "NOUN"):
        root = root.head  # "cut 1.6 billion dlrs in 1989 and 2.45 billion in 1990"
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in lx.SUM_NOUNS:
        root = root.head.head  # "earned a total of 13 billion dlrs": what was earned
    verb = root.head
    lemma = verb.lemma_.lower()
    dobj = root.dep_ == "dobj" or _gapped_object(root)
    if not dobj or verb.pos_ != "VERB" or lemma not in lx.TRANSACTION_VERBS:
        return None
    subject = _subject_of(verb)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    if lemma in lx.MEASURING_VERBS and not (lemma in lx.LOSING_VERBS and _loses_money(subject)):
        return None
    return verb


def _loses_money(subject: Token) -> bool:
    """ "the company lost 168 mln dlrs": a loss; "shares lost 12 cts", "gold lost $3": a move.

    A company, a lender, a system lose money; a price, a share, a currency or a
    commodity that "lost" an amount moved by it (`lx.MARKET_MOVERS`).
    """
    word = subject.lower_
    return word not in lx.MARKET_MOVERS | lx.GENERIC_SUBJECTS | lx.MONEY_NOUNS


def _with_of(doc: Doc, found: tuple[str, Token] | None, limit: int = 4) -> tuple[str, Token] | None:
    """A counted phrase with its "of" complement: "members of the public", "counts of fraud"."""
    if found is None:
        return None
    text, head = found
    j = head.i + 1
    if j >= len(doc) or doc[j].lower_ != "of" or head.lower_ in lx.NOT_COUNTED:
        return found
    tail = _phrase_after(doc, j + 1, limit=limit)
    if tail is None or tail[1].i - j > limit + 1:
        return found
    return text + doc[head.i : tail[1].i + 1].text[len(head.text) :], head


def _with_in(doc: Doc, found: tuple[str, Token] | None) -> tuple[str, Token] | None:
    """A change noun with what changed: "a 20% rise in pre-tax profits", not "rise".

    Only "in" and a noun phrase that is not a time ("a 0.6 pct increase in March").
    """
    if found is None or found[1].lower_ not in lx.CHANGE_NOUNS:
        return found
    text, head = found
    j = head.i + 1
    if j >= len(doc) or doc[j].lower_ != "in" or not text.endswith(head.text):
        return found  # also when the phrase already runs on past its head ("cut in rates")
    tail = _phrase_after(doc, j + 1, limit=4)
    if tail is None or tail[1].ent_type_ in ("DATE", "TIME") or tail[1].lower_ in lx.MONTHS:
        return found
    return text + doc[head.i : tail[1].i + 1].text[len(head.text) :], head


def _worth_of(doc: Doc, i: int) -> tuple[str, Token] | None:
    """ "50 years' worth of programmes": what the duration is worth of."""
    if i + 1 < len(doc) and doc[i].lower_ in ("worth", "'", "\u2019"):
        j = i + 1 if doc[i].lower_ == "worth" else i + 2
        if j < len(doc) and doc[j].lower_ == "of" and doc[j - 1].lower_ == "worth":
            return _phrase_after(doc, j + 1)
    return None


LIST_NAME_RE = re.compile(
    r"(?:^|(?<=[\s:;,(]))((?:The |the )?[A-Z][\w&.'\u2019-]*"
    r"(?: (?:[A-Z][\w&.'\u2019-]*|&|\d{2,4})){0,4})"
    r"\s*,?\s*(?:up|down|by|off|\+|-|\u2212|\u2013)?\s*$"
)


def _signed(text: str, q: Quantity) -> bool:
    """Whether the figure is written with a sign ("+0.2%", "-1.5%"), as in a market list."""
    first = text[q.start : q.start + 1]
    return (first != "" and first in "+-\u2212") or text[q.start - 1 : q.start] == "+"


def _list_name(text: str, q: Quantity) -> str | None:
    """ "Dow +0.2%", "Unite Group, down 68p", "Burlington by 2.6%": a name in a market list.

    Only a capitalised name immediately before the figure, with at most a comma and a
    move word ("up", "down", "by", a sign) between them; a verb between them ("Apple
    rose 3%") leaves the figure to the subject of the clause.
    """
    window = text[max(0, q.start - 60) : q.start]
    window = window[max(window.rfind("\n"), window.rfind("%"), window.rfind("."), -1) + 1 :]
    signed = _signed(text, q)
    match = LIST_NAME_RE.search(window)
    if not match:
        return None
    moved = window[match.end(1) :].strip(" ,")
    if not moved and not signed:
        return None
    prefix = window[: match.start(1)].strip()
    if moved == "by" and not (prefix in ("", "and", ", and") or prefix[-1:] in (",", ";", ":")):
        return None  # "cut prices at Dover and Hull by 5%": a place, not a list entry
    name = re.sub(r"^(?:The|the) ", "", match.group(1))
    if name.lower() in lx.NOT_NAMES or len(name) < 2:
        return None
    return name


def _of_host(doc: Doc, span: Span) -> str | None:
    """ "the deaths of 12 people", "a squad of 25 players": the noun a counted phrase is of."""
    i = span.start - 1
    while i >= 0 and span.start - i <= 3 and doc[i].lower_ in lx.APPROX | {"the", "its", "their"}:
        i -= 1
    if i < 1 or doc[i].lower_ != "of":
        return None
    host = doc[i - 1]
    if host.pos_ != "NOUN" or not host.is_alpha or host.lower_ in lx.NOT_COUNTED | lx.NOT_HOSTS:
        return None
    return _np_text(host)


def _bracket_host(doc: Doc, span: Span) -> str | None:
    """ "John Gant (0.5 WAR)", "the jobless rate (5.2%)": the noun a bracketed figure describes."""
    i = span.start - 1
    if i >= 1 and doc[i].lower_ in ("up", "down", "about", "around", "+", "-"):
        i -= 1
    if i < 1 or doc[i].text != "(":
        return None
    host = doc[i - 1]
    if host.pos_ not in ("NOUN", "PROPN") or host.lower_ in lx.NOT_COUNTED:
        return None
    if any(c.isdigit() for t in doc[max(0, i - 3) : i] for c in t.text):
        return None  # "8 miles (13km)": a conversion, shared in _share_parenthetical_counts
    return _np_text(host)


def _copula_subject(doc: Doc, span: Span) -> str | None:
    """ "Unemployment is 5.2%", "the MSRP is $33,790": the subject of a copula before the figure.

    Read from the words, because the parser often hangs a number after "is" elsewhere.
    """
    i = span.start - 1
    while i >= 0 and span.start - i <= 3 and doc[i].lower_ in lx.APPROX:
        i -= 1
    if i < 1 or doc[i].lower_ not in lx.COPULAS:
        return None
    cop = doc[i]
    subject = next((c for c in cop.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and cop.dep_ == "aux":
        subject = next((c for c in cop.head.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("which", "that", "who"):
        subject = cop.head if cop.dep_ == "relcl" else None  # "a country that is 90 miles wide"
    if subject is None:
        subject = _noun_before(doc, i)
    if subject is None or subject.pos_ in ("PRON", "NUM", "DET") or subject.lower_ in lx.PRONOUNS:
        return None
    if subject.lower_ in lx.NOT_COUNTED:
        return None
    return _np_text(subject)


TIME_FRAME_BEFORE_RE = re.compile(
    r"\b(?:in|on|at|over|during|within|since|after|before|until|from|the|last|past|next|coming|"
    r"first|recent)\s+(?:\w+\s+)?$",
    re.I,
)
TIME_FRAME_AFTER_RE = re.compile(
    r"^\W{0,2}(?:ago|later|earlier|before|after|on|since|into)\b", re.I
)


def _time_adverbial(text: str, q: Quantity) -> bool:
    """ "two years later", "over the past three months": a duration that dates, not measures."""
    before = text[max(0, q.start - 24) : q.start]
    return bool(
        TIME_FRAME_BEFORE_RE.search(before) or TIME_FRAME_AFTER_RE.match(text[q.end : q.end + 12])
    )


def _direct_subject(span: Span) -> str | None:
    """The subject of the verb the figure hangs on, not looked for beyond that clause.

    For durations: "the crime is punishable by three years in prison", "the field can
    produce oil for 25 years"; a pronoun ("we have two months") gives nothing.
    """
    node = span.root
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") or node.dep_ == "ROOT":
            break
        node = node.head
    subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in ("which", "that", "who") and node.dep_ == "relcl":
        subject = node.head
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.lower_ in lx.PRONOUNS:
        return None
    return _np_text(subject)


def _noun_before(doc: Doc, i: int) -> Token | None:
    """The nearest noun before token `i` in its clause ("the voltage across it was")."""
    for j in range(i - 1, max(-1, i - 6), -1):
        token = doc[j]
        if token.pos_ in ("NOUN", "PROPN") or (
            token.is_alpha and token.is_upper and len(token) > 1 and token.pos_ != "PRON"
        ):
            return token
        if token.pos_ not in ("PRON", "ADP", "DET", "ADV", "ADJ") or token.is_sent_start:
            return None
    return None


def _prep_host(span: Span) -> str | None:
    """ "a grounding for three months": the noun a duration's preposition hangs on."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("for", "over", "after"):
        return None
    host = prep.head
    if host.pos_ != "NOUN" or host.lower_ in lx.NOT_COUNTED:
        return None
    return _np_text(host)


def _sentence_topic(span: Span) -> tuple[str | None, bool]:
    """The first noun phrase of the sentence: what a verbless or list sentence is about.

    A last resort for money, percentages and measures ("Homes from $750,000 to $1m stay
    70 days"), where a figure with no stated subject is still about the sentence topic.
    A name or a noun for people is returned with False, as in `_subject_phrase`.
    """
    for chunk in span.sent.noun_chunks:
        if chunk.end >= span.start:
            return None, True  # "includes after-tax 82 mln dlr": a modifier, not the topic
        root = chunk.root
        if root.pos_ in ("PRON", "NUM") or root.like_num or root.lower_ in lx.NOT_COUNTED:
            continue
        if root.text.isupper() and root.i + 1 < len(root.doc) and root.doc[root.i + 1].text == ":":
            continue  # "NOTE: 1987 qtr includes ...": a label, not the topic
        return _np_text(root), not _names_an_agent(root)
    return None, True


def _with_at(span: Span) -> tuple[str, Token] | None:
    """ "with imports at 1.55 billion dlrs, ... and exports at 1.65 billion": the noun a
    figure is given for by "at" in a clause opened by "with" (or a conjunct of it) is
    what it counts; the sentence's subject ("Total trade fell") is not."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "at" or prep.dep_ != "prep":
        return None
    noun = prep.head
    if noun.pos_ != "NOUN" or noun.lower_ in lx.NOT_COUNTED:
        return None
    first = noun
    while first.dep_ == "conj" and first.head.pos_ == "NOUN":
        first = first.head
    verbless = first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX")  # ", and exports at"
    if not verbless and (first.dep_ != "pobj" or first.head.lower_ != "with"):
        return None
    nearer = [t for t in noun.doc[noun.i + 1 : prep.i] if t.pos_ == "NOUN" and t.dep_ == "conj"]
    if nearer:
        noun = nearer[-1]  # "exports at 4.91 billion and imports, both FOB, at 6.76 billion"
    said = _np_text(noun)
    return (said, noun) if said else None


def _table_label(text: str, start: int) -> str | None:
    """What a value of a wire results row counts ("Shr loss 12 cts" -> "loss per share")."""
    row = table_row(text, start)
    return row.counts if row else None


def _skip_parenthetical(doc: Doc, i: int) -> int:
    """The token after a bracketed aside ("8 miles (13km) of tunnels"), or `i`."""
    if i < len(doc) and doc[i].text == "(":
        for j in range(i + 1, min(i + 10, len(doc))):
            if doc[j].text == ")":
                return j + 1
    return i


def _from_owner(head: Token) -> str | None:
    """ "a 5.1 billion dlr bid from Amoco": the name the counted thing comes from.

    The clause's subject would name who received it ("Dome, which has accepted a ...
    bid from Amoco" is not Dome's bid).
    """
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "by"):
            name = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if name is not None and name.ent_type_ in ("ORG", "PERSON"):
                return _np_text(name)  # not "users from Canada": a place says where
    return None


def _owner(span: Span, head: Token, agent: bool = False, share: bool = False) -> str | None:
    """The subject of the clause, when it is not the counted phrase itself.

    Unless `agent` (the figure is what the subject earned, paid or raised: "raised
    (Clinton)"), the subject must hold the figure through its verb (`_has_figure`: "the
    thriller has sold 17 million copies"), or name who can own one (`_names_an_owner`)
    and own it through its verb (`_subject_owns`): a cause ("Previous initiatives brought
    40,000 pupils back"), a survey or a rater ("Moody's is reviewing 648 mln dlrs of
    securities") is the clause's subject without the figure being its own, and people at
    large or a quantity of them (`_no_one`) own nothing. `share`: the figure is a share
    "of" something, which a copula's subject does not own ("X is 25 pct of Y").

    Not across two prepositions: in "interest expense was lower due to the retirement
    of a 200 mln dlr debenture" the debenture is not the interest expense's. Not into an
    apposition to a name, which describes the named thing on its own ("Morales signed on
    to guard Queen Miri, the $70 million yacht belonging to Adelson" is not Morales's
    yacht; "earned 13 billion dlrs, a 54 pct leap" is still the earner's), and not a
    noun coordinated with the counted one ("35,000 Palestinians and 850 Israeli settlers
    live there": the settlers are not the Palestinians').
    """
    subject = _subject_token(span)
    if subject is None or subject.i == head.i or span.start <= subject.i <= head.i:
        return None
    if head in subject.conjuncts:
        return None
    node, preps = span.root, 0
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") or node.dep_ == "ROOT" or node.head is node:
            break
        preps += node.dep_ == "prep"
        if node.dep_ == "appos" and node.head.pos_ == "PROPN":
            return None
        node = node.head
    if preps >= 2:
        return None
    if subject.pos_ in ("PRON", "DET", "NUM", "VERB", "AUX") or _owns_nothing(subject):
        return None
    if not agent and _no_one(subject):
        return None
    person = _person_in(span, subject)
    if person is not None:
        return person  # "Salah's second spell ... as he netted 32 goals": Salah's goals
    owned = _names_an_owner(subject) or _who_antecedent(subject)
    held = _has_figure(span, subject, share)
    if not (agent or held or (owned and _subject_owns(span, subject))):
        return None
    text = _name_with_of(subject) or _np_text(subject)
    return text if text and len(text.split()) <= 5 else None


NAME_LINK_WORDS = frozenset({"of", "for", "and", "&"})


def _name_with_of(subject: Token) -> str | None:
    """ "The Centers for Disease Control is monitoring...": a name that goes on through
    "of" or "for" is named whole ("Bank of China"), not cut to "(Centers)"; a name too long
    for a bracket ("International Federation of Professional and Technical Engineers")
    is then left out by the caller."""
    if subject.pos_ != "PROPN":
        return None
    prep = next((c for c in subject.rights if c.dep_ == "prep"), None)
    if prep is None or prep.lower_ not in ("of", "for") or prep.i != subject.i + 1:
        return None
    doc, end = subject.doc, prep.i
    while end + 1 <= prep.right_edge.i and (
        doc[end + 1].text[:1].isupper() or doc[end + 1].lower_ in NAME_LINK_WORDS
    ):
        end += 1
    while end > prep.i and doc[end].lower_ in NAME_LINK_WORDS:
        end -= 1  # "Federation of Professional and": not ending on a link word
    start = _np_text(subject)
    return f"{start} {doc[prep.i : end + 1].text}" if start and end > prep.i else None


_OWNER_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"})
# A body that owns, or a price or market that moved ("the 13.7% rise (house prices)").
_OWNING_NOUNS = (lx.OWNER_NOUNS | lx.GENERIC_SUBJECTS | lx.MARKET_MOVERS) - lx.FRAME_SUBJECTS
_PEOPLE_WORDS = lx.PEOPLE_NOUNS | lx.SURVEYED_NOUNS | frozenset({"man", "woman"})


def _names_an_owner(subject: Token) -> bool:
    """Whether a clause's subject names who can own a figure: a name, or a body or a role
    listed in `lx.OWNER_NOUNS` ("the company", "the city", "the court").

    Other nouns are what a figure is about, not whose it is: a cause ("(exposure)"), a
    survey ("(annual survey)"), a share of people ("(Black voters)", "(Winners)"). A word
    capitalised only because it opens the sentence ("Fees comprise ...") is not a name
    (`_names_an_agent`).
    """
    if subject.lower_ in _OWNING_NOUNS or subject.ent_type_ in _OWNER_ENTS:
        return True
    if not any(t.text[:1].isupper() for t in subject.sent):
        return True  # lowercased text ("waymo will bring a factory"): no capital tells a name
    return _names_an_agent(subject)


def _no_one(subject: Token) -> bool:
    """A subject that names no owner whatever its verb: a quantity of people ("three million
    fewer Democrats", "Many Republicans") or a word for people at large ("Women in 46
    countries", "the man who ... won seven league titles")."""
    if any(c.lower_ in lx.QUANTIFYING_WORDS for c in subject.lefts):
        return True
    word = subject.lower_
    return word in _PEOPLE_WORDS or (word.endswith("s") and word[:-1] in _PEOPLE_WORDS)


def _subject_owns(span: Span, subject: Token) -> bool:
    """Whether the subject owns what its verb does to the figure: not through a verb that
    acts on someone else's thing (`lx.NOT_OWNING_VERBS`: "Moody's is reviewing 648 mln dlrs
    of securities", "Senate Democrats blocked a $1.1 billion package"), nor as a passive
    subject of what it came from or was done by ("Winners were chosen from ten categories",
    "voted for by 4,000 listeners")."""
    if _governing_verb(span).lemma_.lower() in lx.NOT_OWNING_VERBS:
        return False
    return subject.dep_ != "nsubjpass" or not any(
        t.dep_ in ("prep", "agent") and t.lower_ in ("from", "by") for t in span.root.ancestors
    )


def _person_in(span: Span, subject: Token) -> str | None:
    """The name in a subject that "he" or "she" stands for when the subject itself names no
    one: "Salah's second spell ... as he netted 32 goals" are Salah's goals."""
    verb = _governing_verb(span)
    if not any(c.dep_ == "nsubj" and c.lower_ in ("he", "she") for c in verb.children):
        return None
    if subject.pos_ == "PROPN" or subject.ent_type_ == "PERSON":
        return None
    name = next(
        (c for c in subject.lefts if c.dep_ in ("poss", "compound", "nmod") and c.pos_ == "PROPN"),
        None,
    )
    return _np_text(name) if name is not None else None


def _who_antecedent(subject: Token) -> bool:
    """ "cornerbacks who can run a 40 yard dash": a noun that "who" stands for is a person
    or a body acting, and owns what its clause counts."""
    return any(
        c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ == "who" for g in c.children)
        for c in subject.children
    )


def _has_figure(span: Span, subject: Token, share: bool = False) -> bool:
    """ "A baker's dozen is 13 units", "a squad that contained 17 players", "the thriller
    has sold 17 million copies": through a copula or a verb of having or yielding, the
    subject is what the figure measures or who holds it, whatever noun it is."""
    verb = _governing_verb(span)
    if not _own_subject(verb, subject):
        return False  # "The report forecast that there will be 80 million users"
    lemma = verb.lemma_.lower()
    if lemma in lx.HAVING_VERBS:
        return True
    if lemma in lx.COPULAS:
        # "X is 13 units", not "X is 25 pct of Y" (Y is not X's) nor "X are ... with a 1/8
        # pct praecipuum" (a figure in a prepositional phrase is not what X is)
        return not share and not _through_prep(span.root, verb)
    return any((lemma, c.lower_) in lx.HAVING_PHRASES for c in verb.children if c.dep_ in _LINKS)


_LINKS = frozenset({"prt", "prep"})


def _through_prep(node: Token, verb: Token) -> bool:
    """Whether a preposition stands between `node` and `verb`, its governing verb."""
    while node.i != verb.i and node.head is not node:
        if node.dep_ == "prep":
            return True
        node = node.head
    return False


def _head_possessor(head: Token) -> str | None:
    """ "a rollout to Merrill Lynch's 600 offices": a name's possessive on the counted noun
    says whose the figure is (the clause's subject, Automatic Data Processing, does not)."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    for child in head.lefts:
        if (
            child.dep_ == "poss"
            and child.pos_ == "PROPN"
            and child.ent_type_ not in ("DATE", "TIME")
        ):
            return _np_text(child)
    return None


def _possessed(head: Token) -> bool:
    """Whether a noun's possessive ("the firm's", not "its") stands on the counted noun: the
    thing is that owner's, so the clause's subject is not named in its place."""
    return head.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in head.lefts
    )


def _owns_nothing(subject: Token) -> bool:
    """An act or a process ("(move)", "(delivery)", "(purchase)"): not whose a figure is."""
    return subject.pos_ == "NOUN" and subject.lower_ in lx.OWNERLESS_NOUNS


def _shares_word(a: str, b: str) -> bool:
    """Whether two phrases share a word (lowercased, a plural "s" aside), to avoid
    "shares (shares of X)" and "loan (loans)" (the subject "two loans" the loan is one of)."""

    def stems(phrase: str) -> set[str]:
        words = (re.sub(r"['\u2019]s?$", "", w) for w in phrase.lower().split())
        return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words}

    return bool(stems(a) & stems(b))


def _possessor(span: Span) -> str | None:
    """ "downgraded First Interstate's 1.3 billion dlrs of debt": whose the figure is, as
    the text says with a possessive on the figure; the clause's subject (the rater) is not
    the owner. A possessive on the counted noun ("13% of South Africa's exports") is part
    of what is counted, and a time ("last year's 169 billion dlr deficit") owns nothing."""
    for child in span.root.lefts:
        if (
            child.dep_ == "poss"
            and child.pos_ in ("PROPN", "NOUN")
            and child.ent_type_ not in ("DATE", "TIME")
            and child.lower_ not in lx.NOT_COUNTED
        ):
            return _np_text(child)
    return None


def _modifies(span: Span, head: Token) -> bool:
    """Whether the figure is a modifier of `head` ("a £1,000 payment", "6kW motor")."""
    for token in span:
        if token.head.i == head.i or (token.head.head.i == head.i and token.head in span):
            return True
    root = span.root
    return root.head.i >= span.end and root.dep_ in (
        "nummod",
        "compound",
        "amod",
        "nmod",
        "npadvmod",
        "quantmod",
    )


# --- ranking -----------------------------------------------------------------------------


def _score(q: Quantity, counts: str | None, sentence_index: int) -> float:
    """How much the figure matters: its kind, what it counts, its size and place.

    Money and percentages, and counts of people, matter most; durations, ages and a
    lone "one" least. Figures in the lead weigh more: the news is told first.
    """
    weight = _KIND_WEIGHT.get(q.kind, 1.0)
    head = counts.split(" (")[0].split(" of ")[0].lower().split()[-1:] if counts else []
    if q.kind in ("count", "vague", "ratio", "fraction") and head and head[0] in lx.PEOPLE_NOUNS:
        weight = 3.0
    if counts is None:
        weight *= 0.6
    if q.kind == "count" and abs(q.value) <= 2 and q.worded:
        weight *= 0.4
    size = math.log10(abs(q.value) + 1) / 12 if q.kind in ("money", "count", "vague") else 0.0
    position = 1 + 1.5 / (1 + sentence_index)
    return round(weight * position + min(size, 1.0), 4)


# --- assembling ----------------------------------------------------------------------------


def _number(value: float) -> float | int:
    """An int when integral (70000, not 70000.0), else the float rounded to 10 places."""
    if math.isfinite(value) and float(value).is_integer() and abs(value) < 1e18:
        return int(value)
    return round(value, 10)


def _article_currency(quantities: list[Quantity], text: str) -> str | None:
    """The one currency (ISO code) of the article's scaled sums ("1.25 billion dlrs"), if one."""
    codes = {
        q.unit
        for q in quantities
        if q.kind == "money"
        and q.scaled
        and re.fullmatch(r"[A-Z]{3}", q.unit or "")
        and SCALE_WORD_RE.search(text[q.start : q.end])
    }
    return codes.pop() if len(codes) == 1 else None


def _spent_sum(span: Span) -> bool:
    """A bare scaled amount that a verb of spending takes: "agreed to cut 1.6 billion from
    the farm budget", "a compromise between 1.4 billion sought by the Senate and ...".

    Only verbs whose object is money (`lx.SPENDING_VERBS`): "sold 3 million" may be
    consoles, "spent 3 billion" is money.
    """
    root = span.root
    for _ in range(2):
        if root.dep_ == "conj" and root.head.pos_ in ("NUM", "NOUN"):
            root = root.head  # "cut 1.6 billion in 1989 and 2.45 billion in 1990"
    if any(c.dep_ == "acl" and c.lemma_.lower() in lx.SPENDING_VERBS for c in root.children):
        return True  # "1.4 billion sought by the Senate"
    verb = root.head
    return (
        (root.dep_ == "dobj" or _gapped_object(root))
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in lx.SPENDING_VERBS
    )


def _gapped_object(root: Token) -> bool:
    """ "cut 1.6 billion in 1989 and 2.45 billion in 1990": the second amount, which the
    parser joins to the verb, is its object too (the verb is left out before it)."""
    verb = root.head
    return (
        root.dep_ == "conj"
        and root.i > verb.i
        and verb.pos_ == "VERB"
        and any(
            c.dep_ == "dobj" and c.pos_ in ("NUM", "NOUN") and c.i < root.i for c in verb.children
        )
    )


def _to_figure(
    doc: Doc,
    q: Quantity,
    sentences: list[tuple[int, int]],
    text: str,
    currency: str | None = None,
) -> Figure | None:
    """A Figure for the quantity, or None when the parse shows it is not a figure.

    `text` is `doc.text`: `Doc.text` joins all the tokens again on every call. A bare
    scaled amount ("1.6 billion") that a verb of spending takes is in the article's one
    `currency` (wire copy gives "dlrs" once: "cut 1.25 billion dlrs ... cut 1.6 billion").
    """
    span = _tokens(doc, q)
    if span is None or len(span) == 0:
        return None
    if (
        currency
        and q.kind == "count"
        and q.unit is None
        and q.scaled
        and q.value_max is None
        and WIRE_SCALE_RE.search(text[q.start : q.end])
        and _spent_sum(span)
    ):
        q.kind, q.unit, q.rule = "money", currency, f"{q.rule}+currency"
    if q.year_like and (_is_year(span) or _comma_thousands_year(span, text)):
        return None
    if q.rule.startswith("fraction") and TWO_WAY_RE.search(text, max(0, q.start - 12), q.start):
        return None  # "settling at 6-1/2 3/8 pct": the offer side of a bid/offer quote
    if q.bare and not q.worded and YEAR_SPAN_END_RE.search(text, max(0, q.start - 5), q.start):
        return None  # "1984-86 Audi 5000 vehicles": the end of a span of years
    if q.kind == "money" and NAMED_SUM_RE.fullmatch(text[q.start : q.end]):
        return None  # "the PS3" (not "PS" for a folded "£"), "rapper 50 Cent": names
    if q.bare and not q.worded and q.integral_digits and _in_name(doc, span, q):
        return None
    if q.bare and q.worded and _after_label_word(_number_token(span)):
        return None  # "game four of the semifinals", "round two": a label, as "Game 7"
    if q.bare and q.worded and _capitalised_in_name(_number_token(span)):
        return None  # "the Group of Five countries", "the Gang of Four": a name
    if _is_age_apposition(doc, q, text):
        return None
    if _millions_glued(doc, span, q, text):
        q.value, q.unit, q.kind, q.scaled, q.rule = q.value * 1e6, None, "count", True, "m-million"
    counts, counts_rule = _counts(doc, span, q, text)
    if q.kind == "measure" and counts_rule == "attributive" and _names_an_event(counts):
        return None  # "the men's 60m title", "the 400m hurdles crown": an event's name
    if (
        q.kind == "measure"
        and counts_rule == "noun-before-of"
        and _names_an_event(counts)
        and "record" not in (counts or "").lower()
    ):
        return None  # "the quarter-finals of the 200m", not "a world record of 4.89m"
    if _names_a_race(doc, span, q) or _model_range(q, text):
        return None  # "the 1500m", "Boeing 737-800 planes": a race's or a model's name
    if q.rule == "range" and q.kind == "count" and _a_score(q, text):
        return None  # "a 0-0 tie", "won 3-1": a score, not a range
    if q.bare and counts_rule == "noun-after" and _names_a_model(doc, span, q):
        return None  # "the 68020 microprocessor", "its 911 coupe": a model, not a count
    if q.kind == "count" and counts is None and q.value < 20 and float(q.value).is_integer():
        return None  # "the two met", "Herrera: 4": a small number that counts nothing
    index, s_start, s_end = _sentence_of(sentences, q.start)
    scan_rule = f"{q.rule}.{q.kind}"
    return Figure(
        text=text[q.start : q.end],
        value=_number(q.value),
        unit=q.unit,
        counts=counts,
        sentence=shown_text(text[s_start:s_end].strip()),
        start=q.start,
        end=q.end,
        score=_score(q, counts, index),
        value_max=_number(q.value_max) if q.value_max is not None else None,
        rule=f"{scan_rule}/{counts_rule}",
        key=not _minor(q, text, counts, f"{scan_rule}/{counts_rule}"),
    )


def _names_a_model(doc: Doc, span: Span, q: Quantity) -> bool:
    """A plain number of 100 or more right before a singular noun names a model or a line.

    A count of many things takes the plural ("2,500 jobs"); "the 68020 microprocessor",
    "Porsche's 911 coupe", "the 747 jet" name one thing. Nouns whose plural looks like
    their singular ("300 aircraft", "50 staff": `lx.SAME_PLURAL_NOUNS`) still count, and
    a level the number marks ("the 2400 mark": `lx.LEVEL_NOUNS`) is still a figure.
    """
    if not (q.integral_digits and q.value >= 100) or span.end >= len(doc):
        return False
    noun = doc[span.end]
    return (
        noun.tag_ == "NN"
        and _number_token(span).head.i == noun.i  # not "700 heart transplants"
        and noun.is_alpha
        and len(noun.text) >= 3  # "150 kn": a unit the scan does not know
        and noun.lower_ not in lx.SAME_PLURAL_NOUNS | lx.LEVEL_NOUNS
        and span[-1].whitespace_ == " "
        and not re.search(r"\d,\d", doc_text(doc)[q.start : q.end])  # "1,000 strong" is written so
    )


RACE_BEFORE_RE = re.compile(r"\b(?:the|men['\u2019]s|women['\u2019]s)\s+$", re.I)


def _names_a_race(doc: Doc, span: Span, q: Quantity) -> bool:
    """ "entered the 10,000m", "a finalist in the 1500m": a standard race distance after
    "the" with no noun after it, or before an event's noun ("400m hurdles"), names the race
    (`lx.RACE_METRES`); "the 400m tower" and "the 100m waves" measure the noun they come
    before."""
    if q.kind != "measure" or q.unit != "m" or q.value not in lx.RACE_METRES:
        return False
    text = doc_text(doc)
    after = WORD_RE.match(text, q.end)
    if after and after.group(1).lower() in lx.EVENT_NOUNS:
        return True  # "her world 400m hurdles win", "the 100m final": the event's name
    if not RACE_BEFORE_RE.search(text[max(0, q.start - 10) : q.start]):
        return False
    return span.end >= len(doc) or doc[span.end].pos_ not in ("NOUN", "PROPN")


# A sum written as a name: a console ("PS3": one digit after a folded "PS") or a
# capitalised singular coin after a plural number ("50 Cent").
NAMED_SUM_RE = re.compile(r"PS\d|(?:[2-9]|\d{2,})\s+Cent")
MODEL_RANGE_RE = re.compile(r"\d{3,}-\d{3,}")
NAME_BEFORE_RE = re.compile(r"(?<![.!?]\s)\b[A-Z][A-Za-z]+\s+$")


def _model_range(q: Quantity, text: str) -> bool:
    """ "Boeing 737-800 planes", "an Airbus 330-200": a hyphened pair of long numbers right
    after a capitalised name is a model; a range is opened by "from" or "between", or
    follows a verb or a lower-case word ("cut 300-400 jobs")."""
    if q.rule != "range" or not MODEL_RANGE_RE.fullmatch(text[q.start : q.end]):
        return False
    before = text[max(0, q.start - 30) : q.start]
    return bool(NAME_BEFORE_RE.search(before)) and not re.search(r"\b(?:From|Between)\s+$", before)


def _millions_glued(doc: Doc, span: Span, q: Quantity, text: str) -> bool:
    """ "14m customers", "4m DS consoles": a glued "m" before a plural noun is millions.

    The scan reads "m" after a bare number as metres (money takes "m" as millions
    already: "£14m"). A count noun in the plural after it says millions; "the 400m
    hurdles" and "10m waves" (`lx.METRE_NOUNS`) stay measures.
    """
    if q.kind != "measure" or q.unit != "m" or not re.fullmatch(r"[\d.,]+m", text[q.start : q.end]):
        return False
    i = span[-1].i + 1
    while i + 1 < len(doc) and i - span[-1].i <= 2 and doc[i].dep_ == "compound":
        i += 1  # "4m DS consoles": over a name to the noun it qualifies
    if i >= len(doc):
        return False
    noun = doc[i]
    return noun.tag_ == "NNS" and noun.lower_ not in lx.EVENT_NOUNS | lx.METRE_NOUNS


# Counts rules that guess what a figure is from afar: whose it is ("agent") or the first
# noun phrase of its sentence ("sentence-topic", right about half the time on NewsQuant
# and on sampled BBC business copy). The figure keeps the guess but is not key.
_GUESSED = ("/agent", "/sentence-topic")


def _a_score(q: Quantity, text: str) -> bool:
    """A score or a tally written as a range: "0-0", "3-1", "a 1-2 defeat", "won 5-4".

    A range runs from low to high; "3-1" does not, and a low-high pair of small numbers
    before a result noun is a scoreline too.
    """
    written = text[q.start : q.end]
    if not re.fullmatch(r"\d{1,2}\s?[-\u2013]\s?\d{1,2}", written) or q.value_max is None:
        return False
    if q.value >= q.value_max:
        return True
    after = re.match(r"\s+([a-z]+)", text[q.end : q.end + 20])
    return bool(after and after.group(1) in lx.RESULT_NOUNS)


def _names_an_event(counts: str | None) -> bool:
    """Whether a distance modifies a sporting event's noun ("60m title", "1500m final")."""
    words = (counts or "").split(" (")[0].lower().split()
    return bool(words) and (words[-1] in lx.EVENT_NOUNS or words[0] in lx.EVENT_NOUNS)


def _minor(q: Quantity, text: str, counts: str | None, rule: str) -> bool:
    """Not a key figure: a duration, age or vague amount, or "one rival", "the two firms".

    Such figures stay in the record (they are quantities, and searchable) but rank after
    the key figures; `_rank` makes a duration or age key again when the lead is about it.
    A figure whose meaning the extractor cannot say is not key either: with nothing it
    counts, or only whose it is (the "agent" rule), or a "count" with decimals and no
    unit (a price, a time, an index level: "took the title in 46.46", "priced at
    99.24"); an editor would have to look it up.
    """
    if q.kind in ("duration", "age", "vague"):
        return True
    roughly = ROUGHLY_RE.search(text[max(0, q.start - 20) : q.start])
    if q.kind == "fraction" and q.worded and roughly:
        return True  # "more than half of all graduates", "about a third": a vague amount
    if q.kind == "percent" and PERCENTILE_BEFORE_RE.search(text[max(0, q.start - 14) : q.start]):
        return True  # "income is going to the top 1 percent": a group of people, named
    if q.kind == "fraction" and (
        counts is None
        or rule.endswith(_GUESSED)
        or PART_BEFORE_RE.search(text[max(0, q.start - 10) : q.start])
    ):
        # "through two-thirds of 1986/87 year": a share of nothing named; "Cos rose 2-5/8
        # to 87-3/4 ... and U.S. Tobacco 7/8 to 27": whose, at best (a price move, its
        # unit unsaid); "the first three-quarters of his report": a part
        return True
    if (counts is None or rule.endswith(_GUESSED)) and q.kind not in ("fraction", "ratio"):
        return True
    if q.bare and not float(q.value).is_integer():
        return True
    if q.bare and SELECTED_RE.search(text[max(0, q.start - 16) : q.start]):
        return True  # "the first five games", "all three airports": a part of a known set
    if q.bare and q.value < 20 and MEMBER_OF_RE.search(text[max(0, q.start - 24) : q.start]):
        return True  # "one of the three brothers behind the firm": who, not how many
    if q.bare and AGE_GROUP_RE.search(text[max(0, q.start - 7) : q.start]):
        return True  # "an over-60 woman", "the under-18s": an age group
    if q.bare and AGE_OF_RE.search(text[max(0, q.start - 22) : q.start]):
        return True  # "by the age of 40", "between the ages of 18 and 29": an age
    if q.bare and q.value < 120 and AGE_LIMIT_RE.search(text[max(0, q.start - 40) : q.start]):
        return True  # "parents living with children under 18": an age group
    if q.bare and text[q.end : q.end + 1] == "-" and text[q.end + 1 : q.end + 2].isalpha():
        return True  # "the 12-nation eurozone", "a 300-shareholder threshold"
    if q.kind == "money" and q.worded and "-" in text[q.start : q.end]:
        return True  # "the one-euro jobs", "a two-dollar bill": a label, not an amount
    written = text[q.start : q.end]
    if q.unit in lx.NAME_IF_CAPITAL_UNITS and written[-1:].isupper() and written[-2:-1].isdigit():
        return True  # "3G technology": a network's name, kept as a quantity only
    after = WORD_RE.match(text, q.end)
    if (
        q.kind == "percent"
        and q.value >= 100
        and after
        and after.group(1).lower() in lx.FULL_PERCENT_IDIOM_WORDS
    ):
        return True  # "100 percent accurate", "110% committed": a manner of speaking
    if q.bare and TIME_OF_RE.match(text, q.end):
        return True  # "four seasons ago", "three o'clock": when, not how many
    if q.kind == "measure" and DIRECTION_RE.match(text, q.end):
        return True  # "about 100 kilometres (60 miles) south of the capital": a place
    if counts and _says_only_when(counts):
        return True  # "793 mln stg: February": when, not what
    level = LEVEL_AFTER_RE.match(text, q.end)
    after_level = q.bare and level and level.group(1).lower() in lx.LEVEL_NOUNS
    if after_level and counts and _counted_head(counts) in lx.LEVEL_NOUNS:
        # "around the 77 U.S. mark", "in this 2400 area": a level said to count "mark" or
        # "area"; "the Dow closed above the 2400 mark" is the Dow's and stays key
        return True
    if q.bare and RATIO_AFTER_RE.match(text, q.end):
        return True  # "killed seven Russian soldiers for every one of its own": a ratio
    return q.kind == "count" and q.worded and abs(q.value) <= 2 and not q.scaled


# Counts rules that read what a figure counts from its clause's subject: a figure that is
# a gap from another ("the temperature was 20 degrees below that specified", "imports
# of 15 mln tonnes, 700,000 tonnes below the preliminary figure") is not the subject's
# level, and "700,000 tonnes: USSR wheat imports" misleads.
_SUBJECT_RULES = frozenset({"subject", "copula-subject", "shared", "agent", "sentence-topic"})
GAP_AFTER_RE = re.compile(
    r"\s+(?:below|above|short\s+of|higher\s+than|lower\s+than|more\s+than|less\s+than)"
    r"\s+(?:the|that|those|its|their|his|her|a|an|last|this)\b",
    re.I,
)


def _gaps_not_key(figures: list[Figure], text: str) -> None:
    """A gap from another figure ("20 degrees below that specified") whose counts come from
    its clause's subject is no key figure. Run after counts are shared, which may make a
    figure key again. A share or a rate is left alone: "sales are expected to be 8% to 9%
    lower than the prior year" is a change the annotated briefings accept as the sales'."""
    for figure in figures:
        if figure.unit in _RELATIVE_UNITS:
            continue
        if figure.rule.split("/")[-1] in _SUBJECT_RULES and GAP_AFTER_RE.match(text, figure.end):
            figure.key = False


_RELATIVE_UNITS = frozenset({"%", "bp", "pp"})


# The noun right after a number, past one capitalised word ("the 77 U.S. mark").
LEVEL_AFTER_RE = re.compile(r"\s+(?:[A-Z][\w.]*\s+)?([a-z]+)\b")
# A count read as a ratio: "N things for every one", "for each 100" after the counted
# noun (up to five words of it).
RATIO_AFTER_RE = re.compile(
    r"(?:\s+[\w'\u2019-]+){1,5}?\s+for\s+(?:every|each)\s+(?:one|single|\d)", re.I
)


def _counted_head(counts: str) -> str:
    """The head word of what a figure counts: "components of the survey (index)" ->
    "components", "U.S. mark (Canadian dollar)" -> "mark"."""
    words = counts.split(" (")[0].split(" of ")[0].lower().split()
    return words[-1] if words else ""


def _says_only_when(counts: str) -> bool:
    """Whether "what it counts" is only a time or period ("February", "calendar")."""
    words = counts.split(" (")[0].lower().split()
    return bool(words) and all(w.strip(".,'") in lx.TIME_ONLY_WORDS for w in words)


# Words that make a fraction rough ("more than half", "about a third", "just over a
# quarter"); "just" alone means "only" ("just two thirds of that in the US").
ROUGHLY_RE = re.compile(
    r"\b(?:more|less|fewer)\s+than\s+$|\b(?:about|around|almost|nearly|roughly|some|over|"
    r"under|approximately)\s+$|\bjust\s+(?:over|under)\s+$",
    re.I,
)
_DIRECTIONS = "|".join(sorted(lx.DIRECTION_WORDS, key=len, reverse=True))
DIRECTION_RE = re.compile(rf"\s*(?:\([^)]{{1,30}}\)\s*)?(?:{_DIRECTIONS})\b", re.I)
MEMBER_OF_RE = re.compile(
    r"\b(?:one|two|each|either|neither|none|both|some|any|all|most)\s+of\s+"
    r"(?:the|its|their|his|her|our)\s+$",
    re.I,
)
WORD_RE = re.compile(r"\s+([A-Za-z]+)")
TIME_OF_RE = re.compile(r"\s+(?:[a-z]+\s+ago\b|o['\u2019]clock\b)", re.I)
AGE_GROUP_RE = re.compile(r"\b(?:over|under)-$", re.I)
AGE_OF_RE = re.compile(r"\bages?\s+of\s+(?:\d{1,3}\s*(?:and|to|-|\u2013)\s*)?$", re.I)
AGE_LIMIT_RE = re.compile(
    rf"\b(?:{'|'.join(sorted(lx.AGE_LIMITED_NOUNS))})\s+(?:aged\s+)?(?:under|over|below|above)\s+$",
    re.I,
)
# A group of people named by their share of a whole: "the top 1 percent", "the richest 10%".
PERCENTILE_BEFORE_RE = re.compile(r"\b(?:top|bottom|richest|wealthiest|poorest)\s+$", re.I)
# A part of a text or a time, not a share of it: "the first three-quarters of his report".
PART_BEFORE_RE = re.compile(r"\b(?:first|last|second|final|latter|former)\s+$", re.I)
SELECTED_RE = re.compile(rf"\b(?:{'|'.join(sorted(lx.SELECTION_WORDS))})\s+$", re.I)


def _share_parenthetical_counts(text: str, figures: list[Figure]) -> None:
    """Figures that restate or continue the figure before them count the same thing.

    "1.3 billion shekels ($350 million)" and "87 mph (140 km/h)" are one fact told twice;
    "down 68p at 1,112p" and "rose to 5.2%, up from 4.9%" give a move and a level, or a
    level and the level it is compared with, of the same thing.
    """
    bases: dict[int, str] = {}  # a listed figure's description before its place was added
    for index, (before, after) in enumerate(itertools.pairwise(figures)):
        gap = text[before.end : after.start]
        closes = text[after.end : after.end + 1] == ")"
        told = figures[index - 1] if index else None
        if told is not None and _compared_past_restatement(text, told, before, after):
            # "gain of 3.8 mln dlrs, or 34 cts a share, vs 731,000 dlrs": the sum set
            # against the sum, past the per-share figure that restates the first
            _take_counts(after, told)
            if after.unit is None:
                after.unit = told.unit
                after.rule = after.rule.replace(".count/", f".{_kind(told)}/", 1)
        elif (
            RESTATED_RE.fullmatch(gap)  # "rose 8.5p, or 8.1%", "$350 million ("
            or (closes and re.fullmatch(r"\s*;\s*", gap))
        ):
            if before.counts is not None:
                _take_counts(after, before)
                after.key = before.key  # one fact told twice is key or not as one
            else:
                _take_counts(before, after)
                before.key = after.key
        elif (
            before.counts is not None
            and after.rule.split("/")[-1] in _WEAK_COUNTS
            and (
                (
                    AT_LEVEL_RE.fullmatch(gap)
                    and MOVED_RE.search(text[max(0, before.start - 12) : before.start])
                )
                or (COMPARED_RE.fullmatch(gap) and before.unit == after.unit)
            )
        ):
            _take_counts(after, before)
        elif (
            before.counts is not None
            and not before.rule.endswith(_GUESSED)
            and after.rule.split("/")[-1] in _WEAK_COUNTS
            and before.unit == after.unit
            and _kind(before) == _kind(after)
            and before.sentence == after.sentence
            and LISTED_RE.fullmatch(gap)
            and not re.match(r"-[A-Za-z]", text[after.end : after.end + 2])  # "60-kilo bag"
        ):
            # "£192,713 in England; £139,544 in Wales", "1.5% in Germany and 2.2% in France":
            # a list of the same measure by place or time, told once; each figure keeps
            # its own place, or the list would show four "average house price" rows
            _take_counts(after, before)
            _list_places(text, before, after, gap, bases)
        elif (
            _kind(before) == "percent"
            and after.unit is None
            and _kind(after) == "count"
            and after.rule.split("/")[-1] in _WEAK_COUNTS
            and SCALE_WORD_RE.search(after.text)
            and COMPARED_RE.fullmatch(gap)
        ):
            _compared_with_level(text, told, before, after)
        elif (
            before.counts is not None
            and before.unit is not None
            and after.unit is None
            and _kind(after) == "count"
            and after.rule.split("/")[-1] in _WEAK_COUNTS
            and (COMPARED_RE.fullmatch(gap) or MOVING_TO_RE.fullmatch(gap))
        ):
            # "fall to 20,000 tonnes from 22,000", "a ceiling of 16.6 mln bpd, rising to
            # 18.3 mln in the fourth quarter": the unit is written once
            kind = _kind(before)
            _take_counts(after, before)
            after.unit = before.unit
            after.rule = after.rule.replace(".count/", f".{kind}/", 1)
        elif _compared_after_noun(before, after, gap):
            # "450 carcases against 150", "30,500 units against 26,900 in 1985": the
            # counted noun is written once, between the figure and the one it is set against
            _take_counts(after, before)
            after.key = before.key


# Between a level and the move told after it: "6.75 mln bpd, up 3.3 pct from 6.53 mln".
LEVEL_THEN_MOVE_RE = re.compile(r"\s*,?\s*(?:(?:up|down|off)\s+(?:by\s+)?|or\s+)")


def _compared_with_level(text: str, level: Figure | None, move: Figure, after: Figure) -> None:
    """ "6.75 mln bpd, up 3.3 pct from 6.53 mln": `after` is set against `level`.

    A number written with a scale word ("6.53 mln") is never a percentage, so the level
    a percentage move is measured from is in the unit of the level told before the move,
    and counts what it counts. With no such level ("The rise was 19.64 pct, up from
    35.83 billion") its unit is unsaid, and it is no key figure.
    """
    if (
        level is not None
        and level.sentence == after.sentence
        and level.counts is not None
        and level.unit is not None
        and _kind(level) != "percent"
        and SCALE_WORD_RE.search(level.text)
        and LEVEL_THEN_MOVE_RE.fullmatch(text[level.end : move.start])
    ):
        _take_counts(after, level)
        after.unit = level.unit
        after.rule = after.rule.replace(".count/", f".{_kind(level)}/", 1)
        after.key = level.key
    else:
        after.key = False


def _compared_past_restatement(text: str, told: Figure, before: Figure, after: Figure) -> bool:
    """ "X dlrs, or Y cts a share, vs Z": `after` (Z) is set against `told` (X)."""
    return (
        told.counts is not None
        and before.unit != after.unit
        and (after.unit == told.unit or (after.unit is None and _kind(after) == "count"))
        and after.rule.split("/")[-1] in _WEAK_COUNTS
        and RESTATED_RE.fullmatch(text[told.end : before.start]) is not None
        and COMPARED_RE.fullmatch(text[before.end : after.start]) is not None
    )


def _compared_after_noun(before: Figure, after: Figure, gap: str) -> bool:
    """ "450 carcases against 150": `after` is set against `before`'s count of a noun."""
    if not (
        before.counts
        and before.rule.endswith("/noun-after")
        and _kind(before) == _kind(after) == "count"
        and before.unit is None
        and after.unit is None
        and after.rule.split("/")[-1] in _WEAK_COUNTS
    ):
        return False
    noun = before.counts.split(" (")[0]
    head = re.match(rf"\s+{re.escape(noun)}", gap)
    return head is not None and COMPARED_RE.fullmatch(gap[head.end() :]) is not None


# A capitalised word of a name; a full stop only inside it or after an initial ("U.S."),
# never the one that ends the sentence ("in Northern Ireland. The forecasts").
_NAME_WORD = r"[A-Z](?:[\w'\u2019-]|\.(?=\w)|(?<=\b[A-Z])\.)*"
# Words that open the next sentence rather than continue a name ("in the U.S. The").
_OPENING = r"(?:The|A|An|It|He|She|They|We|I|In|But|And|This|That)\b"
# The place or time a listed figure is given for, written right after it: "in England",
# "for the North East", "in December".
PLACE_AFTER_RE = re.compile(
    rf"\s*(?:in|for)\s+((?:the[ \t]+)?{_NAME_WORD}(?:[ \t]+(?!{_OPENING}){_NAME_WORD}){{0,2}})"
    r"(?:,?[ \t]+((?:19|20)\d\d)\b)?"  # "in February 1986", "in December, 1985"
)


def _list_places(text: str, before: Figure, after: Figure, gap: str, bases: dict[int, str]) -> None:
    """Two figures of a list that share one description each say their own place.

    "The average house price was £192,713 in England; £139,544 in Wales": "average
    house price in England" and "... in Wales". Only when both figures have a place
    after them: a list that names one is not told by place.
    """
    base = bases.get(before.start, before.counts)
    first = PLACE_AFTER_RE.match(gap)
    second = PLACE_AFTER_RE.match(text, after.end)
    if base is None or first is None or second is None:
        return
    bases[before.start] = bases[after.start] = base
    if before.counts == base:
        before.counts = _with_place(base, _place(first))
    after.counts = _with_place(base, _place(second))


def _place(found: re.Match[str]) -> str:
    """The place or time a list gives, with its year: "February 1986", not "February"
    (which reads as this year's, told in the same sentence)."""
    return f"{found.group(1)} {found.group(2)}" if found.group(2) else found.group(1)


def _with_place(counts: str, place: str) -> str:
    """ "average house price" + "England" -> "average house price in England"; an owner
    in brackets stays last."""
    core, bracket, owner = counts.partition(" (")
    if _contains_word(core, place):
        return counts
    return f"{core} in {place}{bracket}{owner}"


# What stands between a figure and the same fact told again: "1.3 billion shekels ($350
# million)", "rose 8.5p, or 8.1%", "87 mph / 140 km/h".
RESTATED_RE = re.compile(r"\s*[(\[]\s*|\s*,?\s*[(\[]?\s*(?:or|/)\s*")


# Counts rules that name a counted noun: "1.2 million cars" is no amount of money.
_COUNTED_NOUN = frozenset({"noun-after", "of-phrase", "attributive"})


def _share_currency(figures: list[Figure]) -> None:
    """A scaled amount without a currency, after money in its sentence, is in that money.

    Wire copy gives the currency once, after the number: "profits of 265.4 mln dlrs on
    sales of 1.85 billion", "fell to 32.94 billion N.Z. Dlrs against 33.42 billion". A
    writer who puts "$" before an amount puts it before each; a figure whose counted
    noun is named ("2.5 billion people") keeps being a count. A count that describes
    money ("debt", "profit") but has no currency left is not key: its unit is unsaid.
    """
    money: Figure | None = None
    for figure in sorted(figures, key=lambda f: f.start):
        if money is not None and money.sentence != figure.sentence:
            money = None
        kind = _kind(figure)
        if kind == "money" and figure.unit and "/" not in figure.unit:
            money = figure if figure.text[:1].isalnum() else None  # "$5bn" repeats its "$"
            if not re.fullmatch(r"[A-Z]{3}", figure.unit):
                money = None  # "47 cts": no scaled amount is in cents
        elif (
            money is not None
            and kind == "count"
            and figure.unit is None
            and re.search(r"\d\s*[A-Za-z]", figure.text)  # a scale word: "1.85 billion"
            and figure.rule.split("/")[-1] not in _COUNTED_NOUN
        ):
            figure.unit = money.unit
            figure.rule = figure.rule.replace(".count/", ".money/", 1)
    _share_repeated_currency(figures)
    for figure in figures:
        head = (figure.counts or "").split(" (")[0].lower().split()[-1:]
        if _kind(figure) == "count" and figure.unit is None and head and head[0] in lx.MONEY_NOUNS:
            figure.key = False  # "foreign debt ... 5.86 billion": money whose currency is unsaid


def _share_repeated_currency(figures: list[Figure]) -> None:
    """A scaled amount without a currency that repeats an earlier sum is that sum again.

    "Congress should provide at least 800 mln dlrs ... 'I feel your subcommittee should
    plan on providing at least 800 mln next year'": a speaker quoted after the report
    leaves the currency off. The repeat takes the sum's currency and what it counts,
    and is no key figure of its own (the sum is one already).
    """
    sums: dict[float, Figure] = {}
    for figure in sorted(figures, key=lambda f: f.start):
        kind = _kind(figure)
        if kind == "money" and re.fullmatch(r"[A-Z]{3}", figure.unit or ""):
            if SCALE_WORD_RE.search(figure.text) and figure.value_max is None:
                sums.setdefault(float(figure.value), figure)
            continue
        source = sums.get(float(figure.value))
        if (
            source is None
            or kind != "count"
            or figure.unit is not None
            or figure.value_max is not None
            or not SCALE_WORD_RE.search(figure.text)
            or figure.rule.split("/")[-1] in _COUNTED_NOUN
        ):
            continue
        figure.unit = source.unit
        figure.rule = figure.rule.replace(".count/", ".money/", 1)
        if source.counts:
            _take_counts(figure, source)
        figure.key = False


def _share_measure_unit(figures: list[Figure]) -> None:
    """A number with no unit right after a measure in its sentence is in that measure.

    Wire copy gives the unit once for a list or a move: "from 17.8 mln tonnes in 1986/87
    to 13.5 mln in 1989/90", "30,000 tonnes for April, 102,000 for May, 15,000 for
    June". The number takes the unit of the figure just before it when both are written
    alike (both with a scale word, or neither) and it names no counted noun of its own
    ("2,000 ships" stays a count). Its rule says so: "numeral+unit.measure/subject".
    """
    before: Figure | None = None
    for figure in sorted(figures, key=lambda f: f.start):
        prev, before = before, figure
        if prev is None or prev.sentence != figure.sentence or _kind(prev) != "measure":
            continue
        if not prev.unit or "/" in prev.unit or figure.unit is not None or _kind(figure) != "count":
            continue
        scaled = [bool(SCALE_WORD_RE.search(f.text)) for f in (prev, figure)]
        if scaled[0] != scaled[1] or figure.rule.split("/")[-1] in _COUNTED_NOUN:
            continue
        year = figure.value_max is None and float(figure.value).is_integer()
        if year and 1900 <= figure.value <= 2100:
            continue  # "1987": a year, whatever it sits next to
        figure.unit = prev.unit
        reader, _, rest = figure.rule.partition(".")
        figure.rule = f"{reader}+unit.measure{rest[len('count') :]}"


WIRE_SCALE_RE = re.compile(r"\d\s*(?:mln|bln|billion|bn)\b", re.I)
SCALE_WORD_RE = re.compile(r"\d\s*(?:mln|bln|million|billion|trillion|thousand|m|bn)\b", re.I)


def _take_counts(figure: Figure, source: Figure) -> None:
    """`figure` counts what `source` counts; its rule says so ("numeral.money/shared").

    Taking counts read by the "agent" rule (whose the figure is, not what), it is no
    more a key figure than its source.
    """
    if figure.rule.endswith((*_GUESSED, "/none")):
        figure.key = source.key  # it was minor only for want of a description
    if source.rule.endswith(_GUESSED):
        figure.key = False
    figure.counts = source.counts
    figure.rule = f"{figure.rule.split('/')[0]}/shared"


# Counts rules that guess from the clause: a figure compared with the one before it
# ("earned $244.9m, compared to $265.4m") takes that one's counts instead. A counts
# phrase read next to the figure ("compared to profits of $265.4m") is kept.
_WEAK_COUNTS = frozenset(
    {"subject", "agent", "copula-subject", "sentence-topic", "adjacent-name", "none"}
)
# What may stand between two figures of one list: the place or time of the first and a
# conjunction ("£192,713 in England; £139,544", "1.5% in Germany next year and 2.2%").
LISTED_RE = re.compile(
    r"\s*(?:(?:in|for|at|during)\s+(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2}\s*)?"
    r"(?:(?:this|next|last)\s+(?:year|month|week|quarter)\s*)?"
    r"(?:(?:in|for|during)\s+(?:the\s+)?(?:(?:first|second|third|fourth|latest|current|prior)\s+)?"
    r"(?:quarter|qtr|year|half|period|month|week)\s*)?"  # wire results: "in quarter and"
    r"[,;]?\s*(?:and|but|while|or)?\s*(?:(?:by|to)\s+)?(?:only\s+|just\s+)?"
)
MOVING_TO_RE = re.compile(
    r"\s*,?\s*(?:rising|falling|climbing|dropping|increasing|decreasing|going)\s+to\s*", re.I
)
AT_LEVEL_RE = re.compile(r"\s*,?\s*(?:at|to)\s*")
MOVED_RE = re.compile(r"\b(?:up|down|rose|fell|gained|lost|added|shed|climbed|slipped)\s*$", re.I)
COMPARED_RE = re.compile(
    r"\s*[,;(]?\s*(?:(?:up|down) from|from|versus|vs\.?|compared with|compared to|against|after)"
    r"(?:\s+[a-z'\u2019]+){0,3}\s*"
)
