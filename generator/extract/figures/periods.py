"""The period that tells two figures of one thing apart (issue 11, "what it counts").

"Net receipts fell to 521 mln stg from 727 mln in April and compared with 500 mln in
May 1986": the three figures count net receipts, and the table read "727 mln | Net
receipts" and "500 mln | Net receipts", as if each were this month's. What sets the
other sides of the comparison apart is the time written right after each ("in April",
"a year earlier", "in the third quarter"); the description says it: "Net receipts in
April", "Profit a year earlier".

Only among figures of one sentence with the same description, where their own times
differ (one may have none: the sentence's subject or verb gives it), and only a time
the parse marks as a date right after the figure. A cell stays short.
"""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Doc, Span

from generator.extract import figures_lexicon as lx
from generator.model import Figure

_MOST_WORDS = 8  # a table cell, as `which._MOST_WORDS`

# Prepositions that may open a time after a figure: "in April", "for 1986", "by 2020".
_TIME_PREPS = frozenset({"in", "for", "during", "at", "by"})

# How far after a figure its time may start: "727 mln in April", "874.2m rupees a year
# earlier", "4.6 pct in the third quarter".
_REACH = 2


def say_periods(figures: list[Figure], doc: Doc) -> None:
    """Add its own time to the description of each figure that shares its description
    with another figure of its sentence, where the times written after them differ."""
    groups: dict[tuple[str, str, bool], list[Figure]] = {}
    for figure in figures:
        if figure.counts and figure.sentence:
            # a share and a sum are no two sides of one comparison ("a one billion dlr
            # organization that can grow at more than seven to 10 pct annually")
            key = (figure.sentence, figure.counts, figure.unit == "%")
            groups.setdefault(key, []).append(figure)
    for group in groups.values():
        if len(group) < 2:
            continue
        times = [_time_after(doc, figure) for figure in group]
        times = _restated_times(group, times, doc.text)
        if len({t.lower() if t else None for t in times}) < 2:
            continue  # the same time, or none at all: nothing tells them apart
        for figure, time in zip(group, times, strict=True):
            if time:
                figure.counts = _with_time(figure.counts or "", time)


def _restated_times(group: list[Figure], times: list[str | None], text: str) -> list[str | None]:
    """The times of a group's figures, a sum restated right after ("vs 3.9 mln dlrs, or
    73 cts per share in 1985") taking its restatement's: 3.9 mln dlrs read "net income",
    as if it were this year's, beside "net income in 1985" for its 73 cts."""
    by_start = {figure.start: time for figure, time in zip(group, times, strict=True)}
    ordered = sorted(group, key=lambda f: f.start)
    for before, after in itertools.pairwise(ordered):
        gap = text[before.end : after.start]
        if (
            by_start[before.start] is None
            and by_start[after.start]
            and _RESTATING_GAP_RE.fullmatch(gap)
        ):
            by_start[before.start] = by_start[after.start]
    return [by_start[figure.start] for figure in group]


# A time a comparison sets against the story's own: "in last year's second quarter", "a
# year earlier", "in the prior quarter". A bare "last week" or "last year" is often the
# story's own period ("stocks rose to 248 mln barrels last week"), and is left alone.
_COMPARED_TIME_RE = re.compile(
    r"\b(?:ago|earlier|prior|previous|year-ago|year-earlier)\b|\blast\s+year['\u2019]s\b", re.I
)

# A past time may be longer than a comparison's: "in last year's second quarter"; the
# cell it makes too ("first quarter net income in the prior comparable quarter").
_LONGEST_PAST = 6
_MOST_PAST = 10


def say_past_times(figures: list[Figure], doc: Doc, text: str) -> None:
    """Add a compared past time written right after a figure to its description, alone
    in its sentence too: "Rainier earned 17.4 mln dlrs or 86 cts per share in last year's second
    quarter" read "17.4 mln dlrs | earned (Rainier)", as if it were this year's. A sum
    restated right before ("17.4 mln dlrs or 86 cts") takes its restatement's time."""
    times: dict[int, str] = {}
    for figure in figures:
        time = _time_after(doc, figure, _LONGEST_PAST) or _prior_period_after(text, figure)
        if time and _COMPARED_TIME_RE.search(time):
            times[figure.start] = re.sub(r"^(?=the\s)", "in ", time, flags=re.I)  # "in the prior"
    ordered = sorted(figures, key=lambda f: f.start)
    for before, after in itertools.pairwise(ordered):
        gap = text[before.end : after.start]
        if after.start in times and before.start not in times and _RESTATING_GAP_RE.fullmatch(gap):
            times[before.start] = times[after.start]
    for figure in figures:
        time = times.get(figure.start)
        if time and figure.counts and not _COMPARED_TIME_RE.search(figure.counts):
            time = _past_overlap(figure.counts, time)  # "in January" + "in January a year ago"
            figure.counts = _with_time(figure.counts, time, said_check=False, most=_MOST_PAST)


_RESTATING_GAP_RE = re.compile(r",?\s+or\s+")

# "15 cts per share the prior comparable quarter", "in the year-ago period": a compared
# period the parse does not mark as a date.
_PRIOR_PERIOD_RE = re.compile(
    r"\s*(?:(?:in|for)\s+)?(the\s+(?:prior|previous|year-ago|year-earlier)\s+"
    r"(?:comparable\s+)?(?:quarter|qtr|year|period|half|month|week))\b",
    re.I,
)


def _past_overlap(counts: str, time: str) -> str:
    """The part of `time` the description does not end with already: "median price in
    January" + "in January a year ago" -> "a year ago"."""
    said = counts.partition(" (")[0].lower().split()
    words = time.split()
    for k in range(len(words) - 1, 0, -1):
        if said[-k:] == [w.lower() for w in words[:k]]:
            return " ".join(words[k:])
    return time


def _prior_period_after(text: str, figure: Figure) -> str | None:
    """A compared period right after a figure that the parse left unmarked, or None."""
    match = _PRIOR_PERIOD_RE.match(text, figure.end)
    return " ".join(match.group(1).split()) if match else None


def _time_after(doc: Doc, figure: Figure, longest: int = 4) -> str | None:
    """The date phrase right after a figure ("in April", "a year earlier"), as written."""
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if span is None:
        return None
    i = span.end
    n = len(doc)
    while i < n and i - span.end < _REACH and doc[i].ent_type_ != "DATE":
        if doc[i].lower_ not in _TIME_PREPS and doc[i].ent_type_ not in ("MONEY", "QUANTITY"):
            return None  # "727 mln stg in April": a unit word may stand between
        i += 1
    if i >= n or doc[i].ent_type_ != "DATE" or doc[i].ent_iob_ != "B":
        return None
    ent = next((e for e in doc.ents if e.start == i), None)
    if ent is None or len(ent) > longest:
        return None
    if ent.root.head.i >= ent.end and ent.root.head.pos_ in ("NOUN", "PROPN"):
        return None  # "a 250 mln mark five year straight eurobond": the bond's term
    if len(ent) == 1 and ent[0].pos_ in ("ADV", "NOUN"):
        # "annually": how often, not when; "53,000 dlrs vs 1,023,000 dlrs in quarter":
        # a wire list's bare period is the pair's, not the second figure's
        return None
    prep = doc[i - 1] if i > span.end and doc[i - 1].lower_ in _TIME_PREPS else None
    after = doc[ent.end] if ent.end < n else None
    if prep is None and after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return None  # "a 250 mln mark five year straight eurobond": a term of the bond
    words: Span = doc[prep.i if prep is not None else i : ent.end]
    return " ".join(words.text.split())


def _with_time(counts: str, time: str, said_check: bool = True, most: int = _MOST_WORDS) -> str:
    """ "Net receipts" + "in April" -> "Net receipts in April", the owner kept last.

    Without `said_check`, a time whose last word the description has ("first quarter net
    income" + "in the prior comparable quarter") is still added: the caller knows the
    description does not say it."""
    base, bracket, owner = counts.partition(" (")
    if said_check and re.search(rf"\b{re.escape(time.split()[-1])}\b", base, re.I):
        return counts  # the time is said already
    said = f"{without_own_date(base)} {time}"
    if len(said.split()) > most:
        return counts
    return f"{said}{bracket}{owner}"


# A date that opens a description: "March exports", "fiscal 1987 capital spending",
# "1986 net income". A month or year from `lx.MONTHS`, or a "fiscal" year.
_OPENING_DATE_RE = re.compile(
    r"^(?:fiscal\s+(?:19|20)\d\d|(?:"
    + "|".join(sorted(lx.MONTHS - {"may"}, key=len, reverse=True))
    + r")(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d)\s+(?=[a-z])",
    re.I,
)


def without_own_date(base: str) -> str:
    """A description without the date it opens on, for a figure that another time is
    given: "March exports" + "in February" is "exports in February" (it read "March
    exports in February"), "fiscal 1987 capital spending" + "a year ago" is "capital
    spending a year ago". The date is the story's own period, the new time the figure's."""
    return _OPENING_DATE_RE.sub("", base, count=1) or base


def opens_on_date(words: str) -> bool:
    """Whether `words` open on a month or a year ("February", "March 1986", "1985")."""
    return _OPENING_DATE_RE.match(f"{words} x") is not None


# "up from 22,995 dlrs", "down from 6.5 pct", "from 18 pct": the figure is the earlier
# side of a change.
_EARLIER_RE = re.compile(r"\b(?:up|down|rising|falling)?\s*from\s+(?:about\s+|around\s+)?$", re.I)
# The words of a description that say it is the later side: "new prices", "current rate".
_LATER_WORDS = frozenset({"new", "current", "revised"})


def say_earlier_sides(figures: list[Figure], text: str) -> None:
    """A figure after "up from" is what was before: a description that calls the thing
    new ("new prices are 23,910 dlrs for the 924S, up from 22,995 dlrs": 22,995 dlrs
    read "new prices") is said as the previous one."""
    for figure in figures:
        words = (figure.counts or "").split(" ", 1)
        if len(words) < 2 or words[0].lower() not in _LATER_WORDS:
            continue
        if _EARLIER_RE.search(text, max(0, figure.start - 24), figure.start):
            figure.counts = f"previous {words[1]}"
