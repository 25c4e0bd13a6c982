"""The entry point: `extract_figures` scans the text for quantities, drops those the parse
shows are no figures (`filters`), turns each into a `Figure` (`_to_figure`: what it
counts, whether it is minor), shares counts between neighbours and ranks them.
`_to_figure` lives here, beside its one caller, so that a test can replace it in this
module.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from generator.extract.figures.bare_moves import name_bare_moves
from generator.extract.figures.clause_moves import name_clause_moves
from generator.extract.figures.contexts import drop_speaker_labels
from generator.extract.figures.counts import _counts
from generator.extract.figures.extremes import mark_extremes
from generator.extract.figures.filters import (
    _after_label_word,
    _capitalised_in_name,
    _comma_thousands_year,
    _in_name,
    _is_age_apposition,
    _is_year,
    after_every,
    capitalised_before_a_name,
    ends_a_day_span,
    in_a_label_list,
    is_age_after_of,
    is_age_by_copula,
)
from generator.extract.figures.framing_counts import frames_the_story
from generator.extract.figures.gapped_lists import own_gapped_items, own_gapped_people
from generator.extract.figures.minor import (
    NAMED_SUM_RE,
    TWO_WAY_RE,
    WIRE_SCALE_RE,
    YEAR_SPAN_END_RE,
    _a_score,
    _article_currency,
    _gaps_not_key,
    _millions_glued,
    _minor,
    _model_range,
    _names_a_model,
    _names_a_race,
    _names_an_event,
    _spent_sum,
)
from generator.extract.figures.moves import _move_of, _say_moves
from generator.extract.figures.outlooks import mark_outlooks
from generator.extract.figures.owner_moves import own_named_moves
from generator.extract.figures.periods import say_earlier_sides, say_past_times, say_periods
from generator.extract.figures.ranking import (
    _elliptic,
    _in_aside,
    _number,
    _rank,
    _score,
    _share_elliptic_counts,
    _timed_not_key,
)
from generator.extract.figures.shares import (
    _share_currency,
    _share_measure_unit,
    _share_parenthetical_counts,
    share_price_unit,
)
from generator.extract.figures.shares_told import drop_over_half_words
from generator.extract.figures.tokens import (
    _inside,
    _lead_end,
    _number_token,
    _sentence_bounds,
    _sentence_of,
    _tokens,
)
from generator.extract.figures.which import storage_of
from generator.extract.figures.with_shares import share_with_clauses
from generator.extract.figures_scan import Quantity, scan_quantities
from generator.extract.figures_table import share_table_units
from generator.extract.run_on import run_on_chars
from generator.extract.transcript import transcript_labels
from generator.model import Figure
from generator.reading.layout import doc_layout, doc_text, shown_text


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
    _share_measure_unit(figures, doc)
    share_price_unit(figures, text)  # "rose six Australs per tonne to 118"
    _say_moves(figures, moves, text)
    _share_elliptic_counts(figures, elliptic)
    share_with_clauses(figures, text)  # "with Labour taking 30 percent"
    _gaps_not_key(figures, text)
    _timed_not_key(figures)
    drop_speaker_labels(figures, transcript_labels(doc, text), text)  # "CLINTON: I ..."
    definite = {
        f.start
        for f in figures
        if re.search(r"\b(?:the|these|those)\s+$", text[max(0, f.start - 7) : f.start], re.I)
    }
    body_start = doc_layout(doc).body_start
    ranked = _rank(figures, _lead_end(text, sentences), asides, body_start, definite)
    name_bare_moves(ranked, text)  # "January's 9.5 pct rise" after "borrowings rose 8.8 pct"
    name_clause_moves(ranked, doc, text)  # "rose to 118,079, an 11.1 pct rise"
    own_named_moves(ranked, doc, text)  # "with GM up 10.9 pct": rise in truck sales (GM)
    own_gapped_items(ranked, text)  # "..., Colombia 17 pct": share (Colombia)
    own_gapped_people(ranked, text)  # "... and sorghum producers about 85 mln dlrs"
    # after ranking: a time said ("in January") makes no two figures one repeated fact
    say_periods(ranked, doc)  # "Net receipts in April" for the comparison's other side
    say_past_times(ranked, doc, text)  # "earned in last year's second quarter (Rainier)"
    say_earlier_sides(ranked, text)  # "new prices are 23,910 dlrs, up from 22,995 dlrs"
    drop_over_half_words(ranked)  # "44 percent | majority": no majority
    mark_outlooks(ranked, doc)  # "projected the economy would grow 2.8 pct"
    mark_extremes(ranked, doc)  # "down on the record high of $55.67": record high of ...
    return ranked if minor else [figure for figure in ranked if figure.key]


# Kinds of figure that can be the size of a move: "rose 8%", "fell 8p", "fell 2.89 mln
# barrels", "unemployment rose 20,000".
_MOVING_KINDS = frozenset({"percent", "money", "measure", "count"})


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
    if ends_a_day_span(q, text):
        return None  # "the March 11 through 20 sales period": a date, not a count
    if q.kind == "money" and NAMED_SUM_RE.fullmatch(text[q.start : q.end]):
        return None  # "the PS3" (not "PS" for a folded "£"), "rapper 50 Cent": names
    if q.bare and not q.worded and q.integral_digits and _in_name(doc, span, q):
        return None
    if q.bare and q.integral_digits and in_a_label_list(_number_token(span)):
        return None  # "at Key Stages 1, 3 and 4": labels, not counts
    if q.bare and after_every(_number_token(span)):
        return None  # "one of every four bankers": the whole of a proportion
    if q.bare and q.worded and _after_label_word(_number_token(span)):
        return None  # "game four of the semifinals", "round two": a label, as "Game 7"
    if q.bare and q.worded and _capitalised_in_name(_number_token(span)):
        return None  # "the Group of Five countries", "the Gang of Four": a name
    if q.bare and q.worded and capitalised_before_a_name(_number_token(span)):
        return None  # "the 2005 Six Nations": a name
    if _is_age_apposition(doc, q, text) or is_age_by_copula(span, q) or is_age_after_of(span, q):
        return None  # "Jo Reyes, 41,", "the boy - who was 13 at the time": ages
    if _millions_glued(doc, span, q, text):
        q.value, q.unit, q.kind, q.scaled, q.rule = q.value * 1e6, None, "count", True, "m-million"
    counts, counts_rule = _counts(doc, span, q, text)
    counts = storage_of(counts, q.unit, counts_rule)  # "6GB | storage of iPod mini model"
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
    if q.bare and counts_rule in ("noun-after", "compound") and _names_a_model(doc, span, q):
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
        key=not _minor(q, text, counts, f"{scan_rule}/{counts_rule}")
        and not frames_the_story(span, q),  # "the eight manufacturers": who, not news
    )
