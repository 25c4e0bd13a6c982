"""Wire results tables: which row a figure stands in, and what that row counts.

Reuters gives a company's results as rows of a label, this period's value, "vs" and
the same period's value a year before:

    Shr loss 53 cts vs profit 56 cts
    Net loss 3,865,000 vs 3,963,000
    Revs 24.2 mln vs 26.8 mln
    Avg shrs 7,300,000 vs 7,100,000

What a figure in such a row counts is its label, with the sign its value carries
("loss", "profit"; a value after "vs" without one keeps the row's), spelt out for a
reader who does not know wire abbreviations ("Shr loss" -> "loss per share", "Oper
net" -> "operating net", "Revs" -> "revenues"). A row names its currency at most
once ("Shr 1.20 dlrs ... Net 5,600,000 vs 4,300,000"): its other sums are in that
currency, except rows that count shares or things ("Avg shrs 45.0 mln" is 45 million
shares, not dollars). The words are data in `figures_lexicon` (`TABLE_*`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.extract import figures_lexicon as lx
from generator.extract.figures_scan import article_dollar
from generator.model import Figure

ROW_RE = re.compile(
    r"[ \t]*(?P<label>[A-Z][A-Za-z.&/ -]{1,40}?)[ \t]+(?:(?P<sign>loss|profit)[ \t]+)?"
    r"(?=[-$(\d]|(?:one|two|three|four|five|six|seven|eight|nine|ten|nil)\b)"  # "five cts vs"
)
# What stands before a row's later values: "vs", maybe with its own sign, or "making"
# ("Div 2.75p vs 2.25p making 3.8p vs 3.15p": the year's total).
VS_BEFORE_RE = re.compile(r"\b(?:vs\.?|making)[ \t]+(?:(?P<sign>loss|profit)[ \t]+)?$")
# Two rows glued by a lost line break ("1.56 dlrs dOper net loss", "2.6 mlnProfit"): a
# value after the glue is not the first row's.
GLUED_RE = re.compile(r"[a-z][A-Z][a-z]")
# A row's first value is a number with its unit words, at most three tokens before "vs"
# ("53 cts", "8.5 mln dlrs", "one ct"); longer is a sentence with "vs" in it.
MAX_VALUE_TOKENS = 3
MAX_LABEL_WORDS = 6  # "Share of profits of related companies"


@dataclass(frozen=True)
class Row:
    """The results row a figure stands in."""

    label: str  # as written: "Oper shr"
    sign: str | None  # "loss" or "profit" for this value, if the row says
    counts: str  # what the figure counts, spelt out: "operating loss per share"
    per_share: bool  # a sum per share ("Shr")
    counted: bool  # shares or things, never money ("Avg shrs")


def table_row(text: str, start: int) -> Row | None:
    """The results row whose value starts at `start`, or None.

    The figure must be the row's first value (right after the label and any sign) or
    the value right after its "vs": "Fiscal 1987 nonrecurring income items totaled
    4,322,342 vs 1,393,187" is a sentence, not a row labelled "Fiscal".
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    if " vs " not in line or len(line) > 120:
        return None
    match = ROW_RE.match(line)
    if not match or line_start + match.end() > start:
        return None
    words = match.group("label").split()
    lowered = [w.lower() for w in words]
    if len(words) > MAX_LABEL_WORDS or any(w in lx.TABLE_NOT_LABEL_WORDS for w in lowered):
        return None
    first = line[match.end() :].split(" vs ", 1)[0]
    if len(first.split()) > MAX_VALUE_TOKENS:
        return None
    sign = match.group("sign")
    if line_start + match.end() != start:
        vs = VS_BEFORE_RE.search(text, line_start, start)
        if vs is None or vs.end() != start or GLUED_RE.search(text, line_start, start):
            return None
        first_vs = line_start + match.end() + len(first)
        if vs.start() > first_vs + 1 and "making" not in text[first_vs:start]:
            return None  # "shr loss 3.99 dlrs vs ... net loss 283.3 mln vs": rows run together
        sign = vs.group("sign") or sign
    per_share = any(
        w in lx.TABLE_PER_SHARE_WORDS and lowered[i + 1 : i + 2] != ["of"]  # "Share of profits"
        for i, w in enumerate(lowered)
    )
    if per_share:  # "Year to end-December Shr": the period is the table's, not the label's
        at = next(i for i, w in enumerate(lowered) if w in lx.TABLE_PER_SHARE_WORDS)
        if any(w in lx.TABLE_PERIOD_WORDS for w in lowered[:at]):
            words, lowered = words[at:], lowered[at:]
    counted = any(w in lx.TABLE_COUNT_WORDS for w in lowered)
    return Row(" ".join(words), sign, _spelt(words, lowered, sign, per_share), per_share, counted)


def _spelt(words: list[str], lowered: list[str], sign: str | None, per_share: bool) -> str:
    """ "Shr loss" -> "loss per share", "Oper net" + profit -> "operating net profit"."""
    spelt = [
        lx.TABLE_ABBREVIATIONS.get(low, word.lower() if word[1:].islower() else word)
        for word, low in zip(words, lowered, strict=True)
    ]
    if per_share:
        rest = [
            s for s, low in zip(spelt, lowered, strict=True) if low not in lx.TABLE_PER_SHARE_WORDS
        ]
        return " ".join([*rest, sign or "earnings", "per share"])
    if sign and sign not in lowered:
        spelt.append(sign)
    return " ".join(spelt)


_WORD_RE = re.compile(r"[A-Za-z][A-Za-z-]*\.?|\S+")
_LOOK_BACK = 80
_MAX_ITEM_WORDS = 5


def note_item(text: str, start: int) -> str | None:
    """The item a results note names right before a sum: "gain", "tax credit".

    "NOTE: 1987 qtr includes gain 5,360,000 dlrs", "Net includes pretax real estate
    disposition loss 920,000 dlrs vs gain 52,000 dlrs": wire notes drop the "of", so the
    parser reads "gain" as a verb of a move ("rise in NOTE") or the note's subject as
    what the sum counts. The item is the noun phrase between a word that introduces it
    (`lx.NOTE_ITEM_INTRODUCERS`) and the sum, ending in an item noun
    (`lx.NOTE_ITEM_NOUNS`), read from the text on one line or over a line wrap.
    """
    words = _WORD_RE.findall(text[max(0, start - _LOOK_BACK) : start])
    if not words or words[-1] not in lx.NOTE_ITEM_NOUNS:
        return None
    for back in range(2, min(_MAX_ITEM_WORDS, len(words) - 1) + 2):
        word = words[-back]
        if word.rstrip(".") in lx.NOTE_ITEM_INTRODUCERS:
            return " ".join(words[-back + 1 :])
        if not re.fullmatch(r"[a-z][a-z-]*|[A-Z]{2,5}", word):
            return None  # a number, a name or a mark: no note item ("LIFO" is a word)
    return None


# Minor units, as written, that say which currency a table's bare sums are in when no
# row names one ("Shr 20 cts vs 19 cts / Net 4,625,000 vs 6,781,000": the wire's "cts"
# are cents of the story's dollar, as its bare "dlrs" are, `figures_scan.article_dollar`,
# "dollar" below; "p" is pence). "cents" spelt out is not read: Australian and Asian
# tables write "Shr 37.0 cents" for their own dollar.
_MINOR_CURRENCY = (
    (re.compile(r"\d\s*cts?\b"), "dollar"),
    (re.compile(r"\d\s*(?:p|pence)\b"), "GBP"),
)
_SCALED_RE = re.compile(r"\d\s*(?:mln|bln|million|billion|trillion|thousand|m|bn)\b", re.I)


def share_table_units(figures: list[Figure], text: str) -> None:
    """A results table's sums are in the one currency the table names; counts stay counts.

    A bare sum on a money row ("Net loss 3,865,000", "Revs 24.2 mln") takes the
    currency of the table's other rows when they name exactly one (ISO code, else the
    currency of their "cts" or pence); its rule says so: "numeral+currency.money/
    table-label". A row that counts shares or things ("Avg shrs 45.0 mln") is a count,
    even where the article's one currency was lent to it.

    The rows rank first, in the order written (this period's value before the one a
    year before, "Shr" before "Net" before "Revs"): the table is the news, and a note
    under it ("Net includes a gain of ...") is not.
    """
    rows = [(f, table_row(text, f.start)) for f in figures if f.rule.endswith("/table-label")]
    rows = [(f, row) for f, row in rows if row is not None]
    if not rows:
        return
    codes = {f.unit for f, _ in rows if f.unit and re.fullmatch(r"[A-Z]{3}", f.unit)}
    if not codes:
        codes = {
            code for f, _ in rows for written, code in _MINOR_CURRENCY if written.search(f.text)
        }
    code = next(iter(codes)) if len(codes) == 1 else None
    if code == "dollar":
        code = article_dollar(text)
    top = max(f.score for f in figures)
    for figure, row in rows:
        figure.score = top  # ties: `_rank` keeps the written order
        reader, _, rest = figure.rule.partition(".")
        kind = rest.split("/")[0]
        if row.counted:
            if kind == "money" and "+currency" in reader:
                figure.unit = None
                figure.rule = f"{reader.replace('+currency', '')}.count/table-label"
            continue
        if (
            code
            and not row.per_share
            and kind == "count"
            and figure.unit is None
            and (_SCALED_RE.search(figure.text) or abs(figure.value) >= 1000)
        ):
            figure.unit = code
            figure.rule = f"{reader}+currency.money/table-label"
