""" "Brazil keeps its 30 pct share of the market, Colombia 17 pct, Ivory Coast seven pct":
a list that leaves out the verb and the noun after its first item, each later figure
the named holder's part of what the first counts.

The parser reads the list's later items as objects of the first clause's verb, so what
they count came from the clause ("plan", "wheat (Soviet Union)"): the holder written
right before each figure was lost, and the first item's holder was given to all. A
figure after a comma or "and" and a capitalised name, following a figure of the same
sentence whose description names its holder, is the named holder's: it keeps the noun
written after it ("China 87,259 wheat": wheat), or takes the first item's.
"""

from __future__ import annotations

import itertools
import re

from generator.extract import figures_lexicon as lx
from generator.extract.figures.ranking import _kind
from generator.model import Figure

# ", Colombia ", " and Ivory Coast ", ", and Saudi Arabia ": the name right before the
# figure, one to four capitalised words after a comma or "and" ("and the U.K. 8,797").
_NAME_BEFORE_RE = re.compile(
    r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?(?P<name>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})\s+$"
)
# What may stand between the figure before and the name: its own words ("share of the
# export market", "tonnes barley"), no figure, no clause break, not long.
_ITEM_TAIL_RE = re.compile(r"[^\d.;:()\"]{0,80}")
# Descriptions read from the figure's own words right after it ("87,259 wheat").
_OWN_NOUN_RULES = ("/noun-after", "/of-phrase", "/attributive")
_OWNER_RE = re.compile(r"^(?P<base>.+?) \((?P<owner>[^()]+)\)$")


def own_gapped_items(figures: list[Figure], text: str) -> None:
    """Gives each figure of a gapped list its own holder ("share (Colombia)")."""
    ordered = sorted(figures, key=lambda f: f.start)
    heads: dict[int, Figure] = {}  # a gapped item's first item
    for before, figure in itertools.pairwise(ordered):
        if before.sentence != figure.sentence:
            continue
        head = heads.get(before.start, before)
        found = _NAME_BEFORE_RE.search(text, max(before.end, figure.start - 60), figure.start)
        if found is None or not head.counts:
            continue
        if not _ITEM_TAIL_RE.fullmatch(text, before.end, found.start()):
            continue
        name = found.group("name")
        if not _a_holder(name):
            continue
        first = _OWNER_RE.match(head.counts)
        if first is None or first.group("owner") == name:
            continue  # no holder told for the first item: nothing says the list is by holder
        if _kind(figure) not in (_kind(head), "count") or (
            _kind(figure) == _kind(head) and figure.unit != head.unit
        ):
            continue
        base = first.group("base")
        own = _OWNER_RE.match(figure.counts or "")
        if figure.rule.endswith(_OWN_NOUN_RULES) and figure.counts:
            base = own.group("base") if own else figure.counts
        figure.counts = f"{base} ({name})"
        figure.rule = f"{figure.rule.split('/')[0]}/gapped-list"
        figure.key = head.key
        heads[figure.start] = head


# " and sorghum producers about ": people named by a common noun right before a figure
# of a gapped list, a hedge between ("corn producers will receive about 515 mln dlrs
# and sorghum producers about 85 mln dlrs").
_PEOPLE_BEFORE_RE = re.compile(
    r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?(?P<name>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)"
    r"\s+(?:(?:about|some|around|nearly|almost|roughly)\s+)?$"
)


def own_gapped_people(figures: list[Figure], text: str) -> None:
    """A figure of a gapped list whose owner is the first item's takes the people written
    right before it: "corn producers will receive about 515 mln dlrs and sorghum
    producers about 85 mln dlrs" read 85 mln dlrs "income (corn producers)". Only people
    who act (`lx.AGENT_NOUNS`), so "exports rose 5 pct and imports 3 pct" is no list of
    holders."""
    ordered = sorted(figures, key=lambda f: f.start)
    for before, figure in itertools.pairwise(ordered):
        own = _OWNER_RE.match(figure.counts or "")
        if before.sentence != figure.sentence or own is None:
            continue
        found = _PEOPLE_BEFORE_RE.search(text, max(before.end, figure.start - 60), figure.start)
        if found is None or not _ITEM_TAIL_RE.fullmatch(text, before.end, found.start()):
            continue
        name = found.group("name")
        if name.split()[-1] not in lx.AGENT_NOUNS or name == own.group("owner").lower():
            continue
        if own.group("owner").lower() not in text[max(0, before.start - 60) : before.start].lower():
            continue  # the owner shown is not the first item's holder
        figure.counts = f"{own.group('base')} ({name})"
        figure.rule = f"{figure.rule.split('/')[0]}/gapped-list"


def _a_holder(name: str) -> bool:
    """Whether the capitalised words name a holder: not a month or a day ("April 3 pct":
    a time), not a unit or a currency, not a possessive ("Korea's 3 pct" is a noun
    phrase of its own), not a word that opens a sentence ("The", "But")."""
    words = name.split()
    lowered = [w.lower().rstrip(".") for w in words]
    if any(w.endswith("'s") for w in lowered) or lowered[0] in lx.NOT_HOLDER_OPENERS:
        return False
    if set(lowered) & (lx.MONTHS | lx.WEEKDAYS):
        return False
    return not set(lowered) & (set(lx.MEASURE_UNITS) | set(lx.CURRENCY_SUFFIXES))
