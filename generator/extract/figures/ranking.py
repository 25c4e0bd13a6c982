"""The kind of a figure (money, percent, count ...), its score, and which figures are
key: timed and elliptic figures, asides, shared counts.
"""

from __future__ import annotations

import itertools
import math
import re

from spacy.tokens import Span

from generator.extract import figures_lexicon as lx
from generator.extract.figures.moves import _MOVE_NAMES
from generator.extract.figures_scan import Quantity, scan_quantities
from generator.model import Figure

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
    wholes = _ratio_wholes(figures, headline_end)
    for figure in figures:
        told = (figure.value, figure.value_max, figure.unit, " ".join(figure.text.lower().split()))
        before = seen.setdefault(told, [])
        value = (figure.value, figure.value_max, figure.unit)
        pointed = figure.start in definite and value in values  # "the 26 (18) projects"
        if figure.key and (pointed or any(_same_thing(figure.counts, o) for o in before)):
            figure.key = False
        if figure.key and _tells_a_whole_again(figure, told, wholes, definite):
            figure.key = False
        if figure.start >= headline_end:
            before.append(figure.counts)
            values.add(value)
    figures.sort(key=lambda f: (not f.key, not in_lead(f), -f.score, f.start))
    return figures


_TIMED = ("duration", "age")


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


# The whole of a ratio: "eight of nine", "Four out of 10", "$4 of every $5", "one in five".
_RATIO_WHOLE_RE = re.compile(r"\s(?:in|of|out\s+of)\s+(?:every\s+)?(\S+)$", re.I)


def _ratio_wholes(
    figures: list[Figure], headline_end: int
) -> dict[tuple[object, ...], list[tuple[int, str | None]]]:
    """The wholes of the body's ratios, as `_rank` keys what was told, with where each
    ratio starts and what it counts."""
    wholes: dict[tuple[object, ...], list[tuple[int, str | None]]] = {}
    for figure in figures:
        whole = _ratio_whole(figure) if figure.start >= headline_end else None
        if whole is not None:
            wholes.setdefault(whole, []).append((figure.start, figure.counts))
    return wholes


def _tells_a_whole_again(
    figure: Figure,
    told: tuple[object, ...],
    wholes: dict[tuple[object, ...], list[tuple[int, str | None]]],
    definite: frozenset[int] | set[int],
) -> bool:
    """ "in eight of nine states" ... "across nine states", "the nine states": the whole
    of a ratio told before is a repeat, as it was when the two numbers were read apart,
    whichever of the two ranks first."""
    for whole, found in wholes.items():
        if whole[:3] != told[:3]:  # the value, as "pointed" in `_rank`
            continue
        for start, counts in found:
            again = whole == told and _same_thing(figure.counts, counts)
            if start < figure.start and (again or figure.start in definite):
                return True
    return False


def _ratio_whole(figure: Figure) -> tuple[object, ...] | None:
    """How a ratio's whole would be told alone ("nine" of "eight of nine")."""
    if _kind(figure) != "ratio":
        return None
    match = _RATIO_WHOLE_RE.search(figure.text)
    if match is None:
        return None
    found = scan_quantities(f"all {match.group(1)}")  # a numeral alone reads as a list number
    if len(found) != 1:
        return None
    return (found[0].value, found[0].value_max, found[0].unit, match.group(1).lower())


def _kind(figure: Figure) -> str:
    """The kind of quantity, from the rule ("numeral.money/of-phrase" -> "money")."""
    return figure.rule.split("/")[0].split(".")[-1]


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


# Significant digits a published value keeps: the 15 a float holds exactly, so that a
# scale's binary error, in the 16th, goes ("8.2 mln" is 8.2 times a million,
# 8199999.999999999 in binary; an editor reads 8200000 in the JSON).
VALUE_DIGITS = 15


def _number(value: float) -> float | int:
    """The value as published: to `VALUE_DIGITS` significant digits, an int when
    integral (70000, not 70000.0)."""
    if not math.isfinite(value):
        return value
    value = float(f"{value:.{VALUE_DIGITS}g}")
    if value.is_integer() and abs(value) < 1e18:
        return int(value)
    return value


# Counts rules that guess what a figure is from afar: whose it is ("agent") or the first
# noun phrase of its sentence ("sentence-topic", right about half the time on NewsQuant
# and on sampled BBC business copy). The figure keeps the guess but is not key.
_GUESSED = ("/agent", "/sentence-topic")


def _take_counts(figure: Figure, source: Figure) -> None:
    """`figure` counts what `source` counts; its rule says so ("numeral.money/shared").

    Taking counts read by the "agent" rule (whose the figure is, not what), it is no
    more a key figure than its source. A contest's share ("support (Clinton)") is its
    holder's alone: the next share in the sentence is another's, and takes nothing.
    """
    if source.rule.endswith("/contest-share"):
        return
    if figure.rule.endswith((*_GUESSED, "/none")):
        figure.key = source.key  # it was minor only for want of a description
    if source.rule.endswith(_GUESSED):
        figure.key = False
    figure.counts = source.counts
    figure.rule = f"{figure.rule.split('/')[0]}/shared"
