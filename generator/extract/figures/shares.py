"""Figures that take what a neighbour counts: parenthetical and compared figures, a
currency or unit repeated in a list ("$5m and 7m"), places listed after figures.
"""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Doc

from generator.extract import figures_lexicon as lx
from generator.extract.figures.periods import opens_on_date, without_own_date
from generator.extract.figures.qualifiers import qualifies_subject_noun
from generator.extract.figures.ranking import _GUESSED, _kind, _take_counts
from generator.extract.figures.tokens import RESTATED_RE, SCALE_WORD_RE, _contains_word
from generator.model import Figure


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
    if opens_on_date(place):
        core = without_own_date(core)  # "March exports in February": "exports in February"
    return f"{core} in {place}{bracket}{owner}"


# Counts rules that name a counted noun: "1.2 million cars" is no amount of money.
_COUNTED_NOUN = frozenset({"noun-after", "of-phrase", "attributive", "compound"})


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


def _share_measure_unit(figures: list[Figure], doc: Doc | None = None) -> None:
    """A number with no unit right after a measure in its sentence is in that measure.

    Wire copy gives the unit once for a list or a move: "from 17.8 mln tonnes in 1986/87
    to 13.5 mln in 1989/90", "30,000 tonnes for April, 102,000 for May, 15,000 for
    June". The number takes the unit of the figure just before it when both are written
    alike (both with a scale word, or neither) and it names no counted noun of its own
    ("2,000 ships" stays a count). Its rule says so: "numeral+unit.measure/subject".
    A measure that only says which things the clause's subject is about ("Production of
    trucks of up to six tonnes fell to 11,500") lends nothing (`qualifiers`).
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
        if doc is not None and qualifies_subject_noun(doc, prev.start, figure.start):
            continue
        figure.unit = prev.unit
        reader, _, rest = figure.rule.partition(".")
        figure.rule = f"{reader}+unit.measure{rest[len('count') :]}"


# What stands between a price's move and the level it moved to: "rose six Australs per
# tonne to 118", "increased 0.50 Australs to 76.50".
_TO_LEVEL_RE = re.compile(r"\s+to\s+")


def share_price_unit(figures: list[Figure], text: str) -> None:
    """A bare number a priced move reaches is a price in the move's money.

    Grain market reports give the unit once: "Wheat for domestic consumption rose six
    Australs per tonne to 118" (118 read as a count of "Wheat"). A number with no unit
    and no counted noun right after "to" that follows a sum in money per a rate takes
    that money and rate, when both are written alike (neither with a scale word) and
    the number is no year.
    """
    before: Figure | None = None
    for figure in sorted(figures, key=lambda f: f.start):
        prev, before = before, figure
        if prev is None or prev.sentence != figure.sentence or _kind(prev) != "money":
            continue
        if not prev.unit or "/" not in prev.unit or figure.unit is not None:
            continue
        if _kind(figure) != "count" or figure.rule.split("/")[-1] in _COUNTED_NOUN:
            continue
        if any(SCALE_WORD_RE.search(f.text) for f in (prev, figure)):
            continue
        if figure.value_max is None and 1900 <= figure.value <= 2100:
            continue  # "to 1987": a year
        if not _TO_LEVEL_RE.fullmatch(text[prev.end : figure.start]):
            continue
        figure.unit = prev.unit
        figure.rule = figure.rule.replace(".count/", ".money/", 1)


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
