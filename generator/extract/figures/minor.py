"""Whether a figure is minor (a race number, a model number, an age, a level the text
only restates): shown only with `minor`, never as a key figure; and the readings
`_to_figure` makes of a figure's surroundings.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from generator.extract import figures_lexicon as lx
from generator.extract.figures.count_hosts import _gapped_object
from generator.extract.figures.filters import COMMA_THOUSANDS_RE
from generator.extract.figures.ranking import _GUESSED
from generator.extract.figures.tokens import SCALE_WORD_RE, _number_token
from generator.extract.figures_scan import Quantity
from generator.model import Figure
from generator.reading.layout import doc_text

# A bid/offer quote gives the offer's fraction alone after the bid ("6-1/2 3/8 pct",
# "6-11/16 9/16"): read alone, it is a figure of 0.375 or 0.5625.
TWO_WAY_RE = re.compile(r"\d-\d{1,2}/\d{1,2}[ \t]+$")


YEAR_SPAN_END_RE = re.compile(r"\b(?:19|20)\d\d[-/\u2013]$")


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


def _names_a_model(doc: Doc, span: Span, q: Quantity) -> bool:
    """A plain number right before a singular noun names a model or a line: 100 or more
    ("the 747 jet"), or 2 or more beside a name ("3 spokesperson Belinda Henderson": the
    firm Three; "the Hit 40 UK rundown").

    A count of many things takes the plural ("2,500 jobs"); "the 68020 microprocessor",
    "Porsche's 911 coupe", "the 747 jet", "a 7480 cartridge tape subsystem" (a singular
    compound, in a text that writes its counts "2,500") name one thing. Nouns whose
    plural looks like their singular ("300 aircraft", "50 staff": `lx.SAME_PLURAL_NOUNS`)
    still count, and a level the number marks ("the 2400 mark": `lx.LEVEL_NOUNS`) is still
    a figure.
    """
    if not (q.integral_digits and q.value >= 2) or span.end >= len(doc):
        return False
    noun = doc[span.end]
    end = noun.i  # the singular nouns after the number: "7480 cartridge tape subsystem"
    while end < len(doc) and doc[end].tag_ in ("NN", "NNP"):
        end += 1
    common = [t for t in doc[noun.i : end] if t.tag_ == "NN"]  # "3 spokesperson Jo Bell"
    head = common[-1] if common else noun
    plural_next = end < len(doc) and doc[end].tag_ in ("NNS", "NNPS")
    named = any(t.tag_ == "NNP" for t in doc[noun.i : end])
    # "a 300 seat plane" counts seats; a longer singular compound names a model only for
    # a number a text that writes "2,500" leaves bare: "a 7480 cartridge tape subsystem"
    compounded = q.value >= 100 and not named and _number_token(span).head.i != noun.i
    if compounded and not (q.value >= 1000 and COMMA_THOUSANDS_RE.search(doc_text(doc))):
        return False
    return (
        head.tag_ == "NN"
        and not plural_next  # "700 heart transplants", "12 UK firms": a count
        # a number under 100 only beside a name: "the Hit 40 UK rundown", "3 spokesperson
        # Jo Bell"; "the 18 certificate" may be a count the tagger called singular
        and (noun.tag_ == "NN" if q.value >= 100 else named)
        and head.lower_ not in lx.SAME_PLURAL_NOUNS | lx.LEVEL_NOUNS
        and noun.is_alpha
        and (noun.tag_ == "NNP" or len(noun.text) >= 3)  # "150 kn": a unit the scan does not know
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


# Counts rules that name what a fraction is said of, not the whole it is a share of:
# "the stock closed up 1/2" (a price move), "a provision allowing the holder of at least
# one-third of all classes of its stock" (the subject). The page showed such a fraction
# as if its whole were told (issue 11); "two-thirds of the workforce" (of-phrase)
# describes its whole.
_FRACTION_NO_WHOLE_RULES = frozenset({"subject"})
# A fraction's own whole after it, which the extractor did not read ("the holder of
# one-third of its stock", "divestment of one-third of existing 40 offices"): the noun
# before it is then not its whole. "rates of just two thirds of that in the US": "that"
# is the noun before, told again.
OWN_WHOLE_AFTER_RE = re.compile(r"\s+of\s+(?!(?:that|those)\b)", re.I)


def _fraction_without_whole(q: Quantity, text: str, rule: str) -> bool:
    """A fraction whose counts are not the whole it is a share of (see above)."""
    how = rule.split("/")[-1]
    if how in _FRACTION_NO_WHOLE_RULES:
        return True
    return how == "noun-before-of" and OWN_WHOLE_AFTER_RE.match(text, q.end) is not None


def _minor(q: Quantity, text: str, counts: str | None, rule: str) -> bool:
    """Not a key figure: a duration, age or vague amount, or "one rival", "the two firms".

    Such figures stay in the record (they are quantities, and searchable) but rank after
    the key figures; `_rank` makes a duration or age key again when the lead is about it.
    A figure whose meaning the extractor cannot say is not key either: with nothing it
    counts, or only whose it is (the "agent" rule), or a "count" with decimals and no
    unit (a price, a time, an index level: "took the title in 46.46", "priced at
    99.24"); an editor would have to look it up. So is a contest's share whose holder
    has no name to read ("support" alone, `_contest_share`).
    """
    if q.kind in ("duration", "age", "vague"):
        return True
    roughly = ROUGHLY_RE.search(text[max(0, q.start - 20) : q.start])
    if q.kind == "fraction" and q.worded and roughly:
        return True  # "more than half of all graduates", "about a third": a vague amount
    if q.kind in ("percent", "fraction") and PERCENTILE_BEFORE_RE.search(
        text[max(0, q.start - 14) : q.start]
    ):
        return True  # "the top 1 percent", "the middle one-fifth": a group of people, named
    if q.kind == "fraction" and (
        counts is None
        or rule.endswith(_GUESSED)
        or _fraction_without_whole(q, text, rule)
        or PART_BEFORE_RE.search(text[max(0, q.start - 10) : q.start])
    ):
        # "through two-thirds of 1986/87 year": a share of nothing named; "Cos rose 2-5/8
        # to 87-3/4 ... and U.S. Tobacco 7/8 to 27": whose, at best (a price move, its
        # unit unsaid); "the first three-quarters of his report": a part; what a
        # fraction is said of is not its whole (`_fraction_without_whole`)
        return True
    if q.kind == "ratio" and rule.split("/")[-1] in _FRACTION_NO_WHOLE_RULES:
        return True  # "our audience was larger than 58 of 61 ... debates": not the audience's
    if (counts is None or rule.endswith(_GUESSED)) and q.kind != "fraction":
        return True  # "Eight out of 10 said ...": a ratio of nobody named, as a count
    if rule.endswith("/contest-share") and "(" not in (counts or ""):
        return True  # "the mayor won (58 percent to 40 percent)": a share, nobody's named
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
    if counts and re.fullmatch(r"[A-Z]{1,2}", counts):
        return True  # "Apr/Sep 8/10 P", "May 3 PB": a market table's code letters
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
PERCENTILE_BEFORE_RE = re.compile(
    r"\b(?:top|bottom|middle|richest|wealthiest|poorest|lowest|highest)\s+$", re.I
)


# A part of a text or a time, not a share of it: "the first three-quarters of his report".
PART_BEFORE_RE = re.compile(r"\b(?:first|last|second|final|latter|former)\s+$", re.I)


SELECTED_RE = re.compile(rf"\b(?:{'|'.join(sorted(lx.SELECTION_WORDS))})\s+$", re.I)


WIRE_SCALE_RE = re.compile(r"\d\s*(?:mln|bln|billion|bn)\b", re.I)
