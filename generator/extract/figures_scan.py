"""Finding quantities in plain text: numerals, number words, scales, currencies, units.

This is the text half of the figure extractor. It works on characters rather than spaCy
tokens because tokenisation of figures is unstable ("£1.13bn" is one token, "$639m" is
three, "PS2.7m" is glued to a word) and the figure's `text` must be the exact span as
written. It is regex driven and linear in the text length: one pass finds number
cores, each core is extended left (sign, currency) and right (scale, currency, percent,
unit, rate), then neighbouring quantities are merged into ranges and ratios. Decisions
that need syntax (years versus counts, names, what a number counts) are left to
`figures/`, which sees the parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from generator.extract import figures_lexicon as lx
from generator.extract.dollar_places import LOCAL_SIGN_RE, WORLD_PRICED_RATES, dollar_places

Kind = str  # "money", "percent", "measure", "duration", "age", "count", "fraction", ...


@dataclass
class Quantity:
    """One quantity found in the text, before syntax-based filtering."""

    start: int
    end: int
    value: float
    unit: str | None = None
    kind: Kind = "count"
    value_max: float | None = None
    scaled: bool = False  # a scale word or suffix multiplied the number
    worded: bool = False  # spelled out ("seven"), not digits
    integral_digits: bool = False  # digits without decimals or thousands separators
    raw: float = 0.0  # the number before its scale word
    rule: str = "numeral"  # which reader found it: numeral, words, fraction, vague, range, ratio

    @property
    def bare(self) -> bool:
        """No unit, currency or scale: a plain number whose meaning depends on syntax."""
        return self.unit is None and not self.scaled and self.kind == "count"

    @property
    def year_like(self) -> bool:
        """A four-digit integer written like a year ("2019"), which is usually a date."""
        return self.bare and self.integral_digits and 1000 <= self.value <= 2200


# --- compiled patterns ------------------------------------------------------------

# "plus or minus 2.8", "+/- 3": the sign of a margin of error, not of the number.
PLUS_OR_MINUS_RE = re.compile(r"(?:\bplus\s+or|\+\s*/)\s*$", re.I)
# A number after a hyphen glued to a model name with digits: "CFM56-5", "A340-300".
MODEL_NAME_BEFORE_RE = re.compile(r"(?<![\w$\u00a3\u20ac])[A-Za-z]+\d+[-\u2013]$")


def _alternation(words: object) -> str:
    """A regex alternation of `words`, longest first so the longest form wins."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[arg-type]


_NUMBER_WORDS = [*lx.UNITS_WORDS, *lx.TENS_WORDS]
# What "half a" or "a quarter of a" may measure: "a quarter of a percentage point".
_POINT_UNITS = r"percentage\s+points?|percent|per\s+cent|pct|point"
_WORD_SCALES = ["hundred", "thousand", "million", "billion", "trillion", "dozen"]
# "seven and a half percent", "one-and-a-half million", "two and a half years": the half
# is part of the number (read without it, the page showed 7, 1 and 2).
_AND_A_HALF = r"(?:\s+and\s+|-and-)a[\s-]half"
_AND_A_HALF_RE = re.compile(_AND_A_HALF + r"\b", re.I)
# "three quarters of a", "six-tenths of a" (million, percentage point): a number.
_PART_OF = (
    r"(?:a|one|two|three|four|five|six|seven|eight|nine)[\s-]+"
    r"(?:thirds?|quarters?|fifths?|tenths?|fourths?)\s+of"
)
_NUMERAL = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_WORDNUM = (
    rf"(?:\ba\s+(?:{'|'.join(_WORD_SCALES)})|\bhalf\s+a\s+(?:million|billion|trillion|dozen)"
    rf"|\b{_PART_OF}\s+a\s+(?:million|billion|trillion)"
    rf"|\b(?:half|{_PART_OF})\s+a(?=\s+(?:{_POINT_UNITS})\b)"
    rf"|\b(?:{_alternation(_NUMBER_WORDS)}))"
    rf"(?:(?:\s+and\s+|[\s-]+)(?:{_alternation(_NUMBER_WORDS + _WORD_SCALES)})"
    rf"|{_AND_A_HALF})*\b"
)
_FRACTION_COUNTS = r"(?:a|one|two|three|four|five|seven|nine)"
_FRACTION_PARTS = r"(?:half|thirds?|quarters?|fifths?|tenths?|fourths?)"
# "two-thirds", hyphenated, is a fraction wherever it stands ("cut by two-thirds."); read
# as "two", the page showed a count of 2. One part is singular, several plural: "a
# two-quarter decline" is two quarters of a year. Spaced ("a third"), only before
# "of"/"the".
_HYPHENED_FRACTION = (
    r"(?:one-(?:half|third|quarter|fifth|tenth|fourth)"
    r"|(?:two|three|four|five|six|seven|eight|nine)-(?:thirds|quarters|fifths|tenths|fourths))"
)
_FRACTION_WORDS = (
    rf"\b(?:{_HYPHENED_FRACTION}\b(?!-)"
    rf"|(?:{_FRACTION_COUNTS}[\s-]+{_FRACTION_PARTS}|half)(?=\s+(?:of|the)\b))"
    rf"(?!\s+of\s+a\s+(?:million|billion|trillion|{_POINT_UNITS})\b)"  # a number, not a share
)
_VAGUE = (
    r"\b(?:(?:tens|hundreds)\s+of\s+)?(?:dozens|scores|hundreds|thousands|millions|billions)"
    r"(?=\s+(?:of|more|upon)\b)"
)
CORE_RE = re.compile(
    rf"(?P<mixed>(?<![\d/.,-])(?:\d{{1,4}}-|\d{{1,3}} )\d{{1,2}}/\d{{1,2}}(?![\d/]))"
    rf"|(?P<frac>(?<![\d/.,])\d{{1,3}}\s?[/\u2044]\s?\d{{1,3}}(?![\d/]))"
    rf"|(?P<vulgar>\d*[½⅓⅔¼¾⅕⅛])"
    rf"|(?P<num>{_NUMERAL})"
    rf"|(?P<fracword>{_FRACTION_WORDS})"
    rf"|(?P<vague>{_VAGUE})"
    rf"|(?P<word>{_WORDNUM})",
    re.IGNORECASE,
)

_LETTER_PREFIXES = {k: v for k, v in lx.CURRENCY_PREFIXES.items() if k[0].isalpha()}
_SYMBOL_PREFIXES = {k: v for k, v in lx.CURRENCY_PREFIXES.items() if not k[0].isalpha()}
CUR_PREFIX_RE = re.compile(
    rf"(?:(?<![A-Za-z])(?P<code>{_alternation(_LETTER_PREFIXES)})"
    rf"|(?P<sym>{_alternation(_SYMBOL_PREFIXES)}))\s?$"
)
_SCALES = {**lx.SCALE_WORDS, **lx.MONEY_ONLY_SCALES}
SCALE_RE = re.compile(rf"(?P<sep>[ \-]?)(?P<w>{_alternation(_SCALES)})(?![A-Za-z])", re.I)
CUR_SUFFIX_RE = re.compile(
    rf"[ \-]?(?P<w>{_alternation({**lx.CURRENCY_SUFFIXES, **lx.CURRENCY_AFTER_SCALE_ONLY})})"
    r"(?![A-Za-z])",
    re.I,
)
US_AFTER_RE = re.compile(r" ?(?:US|U\.S\.)(?![A-Za-z])")
PERCENT_RE = re.compile(
    rf"(?P<sep>[ \-]?)(?P<w>{_alternation(lx.PERCENT_SUFFIXES)})(?![A-Za-z])", re.I
)
MINOR_RE = re.compile(rf"(?P<sep> ?)(?P<w>{_alternation(lx.MINOR_CURRENCY)})(?![A-Za-z])", re.I)
UNIT_RE = re.compile(
    rf"(?P<sep>[ \-]?)(?P<w>{_alternation(lx.MEASURE_UNITS)})(?![A-Za-z0-9²])", re.I
)
AGE_RE = re.compile(r"[ \-]?(?P<u>year|month|week|day)s?[ \-]old\b", re.I)
RATE_RE = re.compile(
    rf"(?: ?(?:per|/) ?| an? |-an?-)(?P<w>{_alternation(lx.RATE_NOUNS)})(?:s|es)?(?![A-Za-z])", re.I
)
# "17m/s", "426m per minute": a unit of time after "per" or a slash only.
PER_ONLY_RATE_RE = re.compile(
    rf" ?(?:per|/) ?(?P<w>{_alternation(lx.PER_ONLY_RATE_NOUNS)})(?![A-Za-z0-9])", re.I
)
TIME_SUFFIX_RE = re.compile(r" ?(?:[ap]\.m\.|[ap]m\b|GMT\b|BST\b|[ECMP][SD]?T\b|ET\b|hrs\b)", re.I)
ORDINAL_RE = re.compile(r"(?:st|nd|rd|th)\b", re.I)
PHONE_RE = re.compile(
    r"(?<![\d,.])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,5}\)[ .-]?)?\d{2,5}(?:[ -]\d{2,5}){2,4}(?![\d,])"
)
LIST_ITEM_RE = re.compile(r"(?:^|\n)[ \t]*$")
WORD_BEFORE_RE = re.compile(r"([A-Za-z][A-Za-z.&']*)\W{0,2}$")
WORD_AFTER_RE = re.compile(r"^\W{0,3}([A-Za-z][A-Za-z.']*)")


# --- number parsing ---------------------------------------------------------------


def parse_numeral(text: str) -> float | None:
    """The value of a numeral written with digits ("70,000", "1.5", ".001")."""
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def parse_mixed(text: str) -> float | None:
    """The value of a mixed number as wire copy writes it: "9-3/4" is 9.75, not 9 to 0.75;
    and as US papers do: "4 1/2 hours" is 4.5 hours, not half an hour."""
    whole, fraction = re.split(r"[- ]", text, maxsplit=1)
    num, den = (int(part) for part in fraction.split("/"))
    if den not in (2, 4, 8, 16, 32, 64) or not 0 < num < den:
        return None
    return int(whole) + num / den


def parse_number_words(text: str) -> float | None:
    """The value of spelled-out numbers ("two hundred and fifty thousand", "a dozen").

    Returns None when the words do not form one number ("one two"), so that a list of
    numbers is not read as their sum.
    """
    words = [
        w
        for w in re.split(r"[\s-]+", _AND_A_HALF_RE.sub(" +half", text.lower()))
        if w and w != "and"
    ]
    if words == ["half", "a"]:
        return 0.5  # "half a percentage point"
    if words[:2] == ["half", "a"]:
        scale = lx.SCALE_WORDS.get(words[2]) if len(words) > 2 else None
        return scale / 2 if scale else None
    part = lx.FRACTION_WORDS.get(words[1]) if len(words) > 1 else None
    if part and words[1] not in ("half", "halves") and words[2:4] == ["of", "a"]:
        # "a quarter of a million", "three quarters of a billion", "six-tenths of a point"
        scale = lx.SCALE_WORDS.get(words[4]) if len(words) == 5 else 1 if len(words) == 4 else None
        count = 1 if words[0] == "a" else lx.UNITS_WORDS.get(words[0])
        return scale * count * part if scale and count else None
    if words and words[0] == "a":
        words[0] = "one"
    total, current, last = 0.0, 0.0, ""
    for word in words:
        if word in lx.UNITS_WORDS or word in lx.TENS_WORDS:
            value = lx.UNITS_WORDS.get(word, lx.TENS_WORDS.get(word, 0))
            if last in lx.UNITS_WORDS or (last in lx.TENS_WORDS and word in lx.TENS_WORDS):
                return None
            if last in lx.TENS_WORDS and value >= 10:
                return None
            current += value
        elif word == "+half":
            if last not in lx.UNITS_WORDS and last not in lx.TENS_WORDS:
                return None  # "one hundred and a half": no number
            current += 0.5
        elif word in ("hundred", "dozen"):
            current = (current or 1) * lx.SCALE_WORDS[word]
        elif word in lx.SCALE_WORDS:
            total += (current or 1) * lx.SCALE_WORDS[word]
            current = 0
        else:
            return None
        last = word
    return total + current


def _fraction_word_value(text: str) -> float | None:
    """The value of "a third", "two-thirds", "half"."""
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w]
    if not words:
        return None
    if len(words) == 1:
        return lx.FRACTION_WORDS.get(words[0])
    count = 1 if words[0] == "a" else lx.UNITS_WORDS.get(words[0])
    part = lx.FRACTION_WORDS.get(words[-1])
    if count is None or part is None:
        return None
    return count * part


# --- reading one quantity ---------------------------------------------------------


def _glued_prefix_ok(text: str, start: int) -> bool:
    """Whether a number preceded by a letter or hyphen may still be a figure.

    "G7", "MP3", "Covid-19" and "F-35" are names; "US55,931,000" (currency code) and
    "once-70,000" are figures.
    """
    prev = text[start - 1] if start > 0 else ""
    if prev.isalpha():
        return bool(CUR_PREFIX_RE.search(text[max(0, start - 6) : start]))
    if MODEL_NAME_BEFORE_RE.search(text[max(0, start - 16) : start]):
        return False  # "the CFM56-5 engine", "the A340-300": a model's name goes on
    if prev in "-\u2013" and start >= 2 and text[start - 2].isalpha():
        match = WORD_BEFORE_RE.search(text[max(0, start - 20) : start - 1])
        word = match.group(1) if match else ""
        if word.lower() in lx.HYPHEN_PREFIXES:
            return True
        return word.islower() and word.lower() not in lx.NAME_PREFIXES
    return prev not in "/:#№.\\" or (prev == "." and not text[start - 2 : start - 1].isalnum())


def _negative_sign(text: str, start: int) -> tuple[int, bool]:
    """The new start and whether the number is negative ("-1.4", "minus 233", "$-50.8bn")."""
    match = re.search(
        r"(?:\bminus[ -]|(?<![\w\d.,)%])[-\u2212])$", text[max(0, start - 7) : start], re.I
    )
    if not match:
        return start, False
    before = text[: start - len(match.group(0))].rstrip()
    if before[-1:].isdigit() or before.lower().endswith(("from", "between")):
        return start, False  # a range "5 - 10", not a sign
    if PLUS_OR_MINUS_RE.search(before[-10:]):
        return start, False  # "plus or minus 4.2 points": a margin, not a negative number
    word = WORD_BEFORE_RE.search(before[-12:])
    if word and word.group(1).lower() in lx.NAME_PREFIXES and "minus" not in match.group(0):
        raise ValueError("a name such as 'COVID -19'")
    return start - len(match.group(0)), True


def _currency_before(text: str, start: int) -> tuple[int, str | None]:
    """A currency symbol or code written just before the number ("US $84", "PS2.7m")."""
    window = text[max(0, start - 8) : start]
    match = CUR_PREFIX_RE.search(window)
    if not match:
        return start, None
    code = match.group("code")
    if code in ("PS", "Rs", "R$", "Y=") and match.group(0).endswith(" "):
        return start, None  # these abbreviations are only currencies when glued
    return start - len(match.group(0)), lx.CURRENCY_PREFIXES[
        match.group("code") or match.group("sym")
    ]


def _reject_after(text: str, end: int) -> bool:
    """Whether what follows the digits makes them a time, ordinal, decade or code."""
    rest = text[end : end + 8]
    if re.match(r"[:.]\d\d(?!\d)", rest) and TIME_SUFFIX_RE.match(text, end + 3):
        return True  # "10.45pm"
    if re.match(r":\d", rest):
        return True  # "4:39", "10:27"
    if TIME_SUFFIX_RE.match(rest):
        return True
    if ORDINAL_RE.match(rest) or re.match(r"'?s\b", rest):
        return True
    if re.match(r"[*_^~|]\w", rest):
        return True  # "was 2*p_1yA Bank said": wire noise glued to a digit, no figure
    return bool(
        rest[:1].isalpha()
        and not (
            SCALE_RE.match(rest)
            or PERCENT_RE.match(rest)
            or UNIT_RE.match(rest)
            or MINOR_RE.match(rest)
            or CUR_SUFFIX_RE.match(rest)
            or AGE_RE.match(rest)
        )
    )


def _read_scales(text: str, pos: int, money: bool) -> tuple[int, float]:
    """Scale words after a number ("bn", " million", "4 hundred million"): end, factor."""
    factor = 1.0
    while True:
        match = SCALE_RE.match(text, pos)
        if not match:
            return pos, factor
        word = match.group("w").lower()
        glued_upper_m = match.group("w") == "M" and not match.group("sep")
        money_next = money or bool(CUR_SUFFIX_RE.match(text, match.end()))  # "52m euros"
        money_scale_ok = money_next and match.group("sep") != "-"
        if word in lx.MONEY_ONLY_SCALES and not glued_upper_m and not money_scale_ok:
            return pos, factor
        if word == "k" and match.group("sep"):
            return pos, factor  # "5 k" is rare; "50k" is a figure
        if word.endswith("s") and word in ("millions", "billions"):
            return pos, factor
        factor *= _SCALES.get(word, _SCALES.get(match.group("w"), 1))
        pos = match.end()


def _read_unit(text: str, pos: int, q: Quantity, money_prefix: str | None) -> int:
    """Reads currency, percent or unit of measure after the number; returns the new end."""
    if money_prefix:
        q.unit, q.kind = money_prefix, "money"
        us = US_AFTER_RE.match(text, pos)
        if money_prefix == "USD" and us and not text[us.end() : us.end() + 1].isalpha():
            pos = us.end()
        return _read_rate(text, pos, q)
    if match := AGE_RE.match(text, pos):
        q.unit, q.kind = lx.MEASURE_UNITS[match.group("u").lower()], "age"
        return match.end()
    if match := PERCENT_RE.match(text, pos):
        word = match.group("w").lower()
        if word != "pc" or match.group("sep") == "":
            q.unit, q.kind = lx.PERCENT_SUFFIXES[word], "percent"
            return match.end()
    if (match := CUR_SUFFIX_RE.match(text, pos)) and (
        match.group("w").lower() not in lx.CURRENCY_AFTER_SCALE_ONLY
        or (q.scaled and not _a_level_marked(text, q.start, match))
    ):
        word = match.group("w").lower()
        q.unit = lx.CURRENCY_SUFFIXES.get(word) or lx.CURRENCY_AFTER_SCALE_ONLY[word]
        q.kind = "money"
        return _read_rate(text, match.end(), q)
    if (match := MINOR_RE.match(text, pos)) and (
        match.group("w").lower() != "p" or match.group("sep") == "" or _pence_spaced(text, match)
    ):
        q.unit, q.kind = lx.MINOR_CURRENCY[match.group("w").lower()], "money"
        return _read_rate(text, match.end(), q)
    if match := UNIT_RE.match(text, pos):
        word = match.group("w")
        key = word.lower()
        if key in lx.GLUED_ONLY_UNITS and match.group("sep"):
            return pos
        if key == "m" and word == "M":
            return pos  # "5M" is millions written loosely, not metres
        if key in lx.UPPER_ONLY_UNITS and not word.isupper():
            return pos
        if re.match(lx.NOT_A_UNIT_AFTER.get(key, r"(?!)"), text[match.end() :]):
            return pos  # "six second-hand planes"
        unit = lx.MEASURE_UNITS[key]
        q.unit = unit
        q.kind = "duration" if unit in lx.DURATION_UNITS else "measure"
        if q.kind == "duration":
            return _read_time_rate(text, match.end(), q)
        return _read_rate(text, match.end(), q)
    return pos


# "the 100 million mark", "topped the 1 billion mark in sales": a level the number
# marks, not Deutsche marks ("a 300 mln mark loan" names what the marks are).
LEVEL_BEFORE_RE = re.compile(r"\bthe\s+$", re.I)
WORD_AFTER_LEVEL_RE = re.compile(r"\s+([A-Za-z]+)")


def _a_level_marked(text: str, start: int, match: re.Match[str]) -> bool:
    """Whether a word that is a currency only after a scale and also a level noun
    ("mark") closes "the <number> mark" with no noun of its own after it."""
    word = match.group("w").lower()
    if word not in lx.LEVEL_NOUNS or not LEVEL_BEFORE_RE.search(text[max(0, start - 6) : start]):
        return False
    after = WORD_AFTER_LEVEL_RE.match(text, match.end())
    return after is None or after.group(1).lower() in lx.DANGLING_WORDS


def _pence_spaced(text: str, match: re.Match[str]) -> bool:
    """ "down 68 p at 1112 p": a spaced "p" is pence only before punctuation or a preposition."""
    return bool(re.match(r"[,;.)]|\s+(?:at|to|from|in|on|and|down|up)\b", text[match.end() :]))


def _read_rate(text: str, pos: int, q: Quantity) -> int:
    """A rate after money or a unit ("per barrel", "a share"): unit becomes "USD/barrel".
    A speed or flow ("17m/s", "426m per minute") keeps its unit of time the same way,
    so that the figure's text is the rate as written, not a bare "17m"."""
    if q.unit is None:
        return pos
    if match := PER_ONLY_RATE_RE.match(text, pos):
        q.unit = f"{q.unit}/{lx.PER_ONLY_RATE_NOUNS[match.group('w').lower()]}"
        return match.end()
    match = RATE_RE.match(text, pos)
    if not match:
        return pos
    after = WORD_AFTER_RE.match(text[match.end() : match.end() + 16])
    if after and after.group(1).rstrip(".").lower() in lx.TIME_AGO_WORDS:
        return pos  # "$4m a year earlier": last year's figure, not a rate
    q.unit = f"{q.unit}/{lx.RATE_NOUNS[match.group('w').lower()]}"
    return match.end()


def _read_time_rate(text: str, pos: int, q: Quantity) -> int:
    """A duration per unit of time ("40 hours a week", "two hours per day"): the unit
    becomes "hours/week", so the page shows the rate and not a bare "40 hours". Only a
    unit of time (`lx.TIME_RATE_NOUNS`): a wire table's "nine mths per share" is a
    period's earnings, not months per share."""
    match = RATE_RE.match(text, pos)
    if not match or match.group("w").lower() not in lx.TIME_RATE_NOUNS:
        return pos
    return _read_rate(text, pos, q)


def _read_numeral(text: str, match: re.Match[str]) -> Quantity | None:
    """A quantity around a numeral written in digits, or None if it is not a figure."""
    start, end = match.span()
    raw = match.group(0)
    if not _glued_prefix_ok(text, start):
        return None
    if text[end : end + 1] in ("/", "\u2044") and text[end + 1 : end + 2].isdigit():
        return None  # a date or code "7/3/2023", "24/7"
    if _reject_after(text, end):
        return None
    value = parse_mixed(raw) if match.lastgroup == "mixed" else parse_numeral(raw)
    if value is None:
        return None
    if len(raw) == 2 and raw.isdigit() and start > 0 and text[start - 1] in "'\u2019":
        return None  # "the class of '87": a year
    if EQUATION_RE.match(text, end) or EQUATION_BEFORE_RE.search(text[max(0, start - 3) : start]):
        return None  # "2+2=5": arithmetic, not a figure
    num_start, negative = _negative_sign(text, start)
    span_start, currency = _currency_before(text, num_start)
    if negative and currency is None:
        span_start = num_start
    if currency is None and num_start == start:
        span_start, negative2 = _negative_after_currency(text, start)
        currency = _currency_at(text, span_start, start)
        negative = negative or negative2
        if currency is None:
            span_start = num_start
    if currency is None and len(raw) > 1 and raw.isdigit() and raw[0] == "0":
        return None  # "03 Bonnie and Clyde", "agent 007": a name or a code, not a count
    q = Quantity(
        start=span_start,
        end=end,
        value=-value if negative else value,
        raw=value,
        integral_digits=raw.isdigit(),
    )
    pos, factor = _read_scales(text, end, money=currency is not None)
    q.scaled = factor != 1.0
    q.value *= factor
    pos = _read_unit(text, pos, q, currency)
    q.end = pos
    if _glued_on(text, pos) or _a_frequency_adjective(text, q):
        return None  # "the ESPN 2k5 game" (a name), "a four-times finalist"
    if q.bare and q.integral_digits and _after_age_word(text, span_start):
        q.kind, q.unit = "age", "years"  # "aged 45"
    return q


def _after_age_word(text: str, start: int) -> bool:
    """Whether the number follows "aged" ("John Smith, aged 45", "aged 18 to 99")."""
    before = AGE_BEFORE_RE.search(text[max(0, start - 20) : start])
    return bool(before and before.group(1).lower() in lx.AGE_BEFORE_WORDS)


AGE_BEFORE_RE = re.compile(r"\b([A-Za-z]+)\s+(?:\d{1,3}\s*(?:to|-|\u2013|and)\s*)?$")


def _negative_after_currency(text: str, start: int) -> tuple[int, bool]:
    """Handles a sign between the currency and the digits ("$-50.8bn")."""
    if start >= 2 and text[start - 1] in "-\u2212" and text[start - 2] in "$£€¥":
        return start - 1, True
    return start, False


def _currency_at(text: str, sign_start: int, start: int) -> str | None:
    """The currency before a "$-50.8bn" style sign, if `sign_start` moved."""
    if sign_start == start:
        return None
    return lx.CURRENCY_PREFIXES.get(text[sign_start - 1])


def _read_words(text: str, match: re.Match[str]) -> Quantity | None:
    """A quantity around spelled-out numbers ("seven", "two million", "a dozen")."""
    start, end = match.span()
    value = parse_number_words(match.group(0))
    if value is None:
        return None
    phrase = match.group(0)
    if _is_capitalised_name(text, start, phrase):
        return None
    if _glued_to_word(text, start):
        return None
    if phrase.lower() == "one" and _bad_one(text, start, end):
        return None
    q = Quantity(start=start, end=end, value=value, raw=value, worded=True, rule="words")
    q.scaled = bool(re.search(r"(?:thousand|million|billion|trillion)$", phrase, re.I))
    pos, factor = _read_scales(text, end, money=False)
    q.value *= factor
    q.scaled = q.scaled or factor != 1.0
    q.end = _read_unit(text, pos, q, None)
    if _a_frequency_adjective(text, q):
        return None
    return q


def _glued_on(text: str, end: int) -> bool:
    """Whether the quantity's reading stops inside a word: a letter right after it, or a
    digit right after its suffix ("ESPN 2k5", "FIFA 2k4": a title, not 2,000)."""
    after = text[end : end + 1]
    return after.isalpha() or (after.isdigit() and text[end - 1 : end].isalpha())


# "a four-times finalist", "the 10-time champion": how often someone did it, written as
# one hyphenated adjective before a noun; "six times more data" is a multiple.
FREQUENCY_ADJECTIVE_RE = re.compile(r"[-\u2013]times?$", re.I)


def _a_frequency_adjective(text: str, q: Quantity) -> bool:
    """Whether the quantity is a hyphenated "<n>-times" adjective before a word."""
    if q.unit != "times" or not FREQUENCY_ADJECTIVE_RE.search(text, q.start, q.end):
        return False
    return WORD_AFTER_LEVEL_RE.match(text, q.end) is not None


def _glued_to_word(text: str, start: int) -> bool:
    """ "best-of-five", "one-on-one", "under-five": a number word at the end of a
    hyphenated compound names a format or a group; it counts nothing ("once-five" and
    the like excepted, as for numerals)."""
    if start < 2 or text[start - 1] not in "-\u2013" or not text[start - 2].isalpha():
        return False
    match = WORD_BEFORE_RE.search(text[max(0, start - 20) : start - 1])
    return not (match and match.group(1).lower() in lx.HYPHEN_PREFIXES)


def _is_capitalised_name(text: str, start: int, phrase: str) -> bool:
    """ "Formula One", "BBC One", "Channel Four": a capitalised number after a name; "the
    Three Gorges Dam", "the Group of Seven": one inside a sentence, before a capital."""
    if not phrase[:1].isupper():
        return False
    match = WORD_BEFORE_RE.search(text[max(0, start - 30) : start])
    if not match or not text[start - 1 : start].isspace():
        return False
    word = match.group(1)
    before = text[max(0, start - 30) : start].rstrip(" \t")
    if not before or before[-1] in ".!?\n\"'\u201c\u2018:":
        return False  # "in London. Three people died": the capital opens a sentence
    after = WORD_AFTER_RE.match(text[start + len(phrase) : start + len(phrase) + 30])
    return word[:1].isupper() or bool(after and after.group(1)[:1].isupper())


# "one in three", "one out of every 10": `one` as the part of a ratio, whatever word
# comes before it ("found that one in three", "only one in six").
ONE_IN_RE = re.compile(
    rf"\s+(?:in|out\s+of)\s+(?:every\s+)?(?:\d{1, 3}(?!\d)|(?:{_alternation(_NUMBER_WORDS)})\b)",
    re.I,
)


def _bad_one(text: str, start: int, end: int) -> bool:
    """ "one of the", "no one", "the one", "at one point": `one` that is not a count.

    "that one in three adults", "only one in six": the part of a ratio is a count, or
    the page showed the whole alone ("three | adults").
    """
    if ONE_IN_RE.match(text, end):
        return False
    after = WORD_AFTER_RE.match(text[end : end + 20])
    before = WORD_BEFORE_RE.search(text[max(0, start - 20) : start])
    next_word = after.group(1).rstrip(".").lower() if after else ""  # "at one point."
    prev_word = before.group(1).rstrip(".").lower() if before else ""
    if not after or text[end : end + 1] in ",.;:)!?":
        return True  # "the one.", "one, two": a pronoun or list word
    return next_word in lx.ONE_BAD_NEXT or prev_word in lx.ONE_BAD_PREV


def _read_fraction(text: str, match: re.Match[str]) -> Quantity | None:
    """ "1/16", "½", "two-thirds of", "half of": a fraction with its value."""
    group = match.lastgroup
    raw = match.group(0)
    if group == "frac":
        num, den = (int(p) for p in re.split(r"\s?[/\u2044]\s?", raw))
        if den == 0 or num >= den or den not in (2, 3, 4, 5, 8, 10, 16, 32, 64, 100, 128):
            return None
        if text[match.end() : match.end() + 1] in ("/", "-"):
            return None
        value: float | None = num / den
    elif group == "vulgar":
        whole = raw[:-1]
        value = (int(whole) if whole else 0) + lx.VULGAR_FRACTIONS[raw[-1]]
    else:
        value = _fraction_word_value(raw)
        if raw.lower() == "half":
            before = text[max(0, match.start() - 12) : match.start()].lower()
            if not re.search(
                r"(?:than|nearly|almost|about|around|just|over|under|roughly)\s$", before
            ):
                return None
    if value is None:
        return None
    q = Quantity(
        start=match.start(),
        end=match.end(),
        value=value,
        raw=value,
        kind="fraction",
        rule="fraction",
    )
    q.worded = group == "fracword"
    if group in ("frac", "vulgar"):
        q.kind = "count" if group == "vulgar" and raw[:-1] else "fraction"
        q.end = _read_unit(text, match.end(), q, None)
        if q.kind == "count":
            q.kind = "fraction"
    return q


def _read_vague(text: str, match: re.Match[str]) -> Quantity | None:
    """ "dozens of", "tens of thousands of": a range of one order of magnitude."""
    words = match.group(0).lower().split()
    base = lx.VAGUE_WORDS.get(words[-1])
    if base is None:
        return None
    if len(words) == 3:
        base *= 10 if words[0] == "tens" else 100
    q = Quantity(
        start=match.start(),
        end=match.end(),
        value=base,
        value_max=base * 10,
        raw=base,
        rule="vague",
    )
    q.kind, q.worded, q.scaled = "vague", True, True
    rest = re.match(r"\s+of\s+", text[match.end() : match.end() + 6])
    if rest and (cur := CUR_SUFFIX_RE.match(text, match.end() + rest.end() - 1)):
        word = cur.group("w").lower()
        if word in lx.CURRENCY_SUFFIXES:
            q.unit = lx.CURRENCY_SUFFIXES[word]
    return q


# --- context filters ---------------------------------------------------------------


def _near_month(text: str, q: Quantity) -> bool:
    """Day numbers next to a month name ("March 7", "7 March", "Feb. 21"), and a day
    spelled out after one, as wire copy does ("the four weeks ended March six")."""
    if q.bare and q.worded and 1 <= q.value <= 31 and float(q.value).is_integer():
        month = MONTH_BEFORE_RE.search(text, max(0, q.start - 12), q.start)
        return bool(month and month.group(1).lower() in lx.MONTHS)
    if not (q.bare and q.integral_digits and 1 <= q.value <= 31):
        return False
    before = WORD_BEFORE_RE.search(text[max(0, q.start - 12) : q.start])
    after = WORD_AFTER_RE.match(text[q.end : q.end + 14])
    words = []
    if before and text[q.start - 1 : q.start].isspace():
        words.append(before.group(1).rstrip(".").lower())
    if after:
        word = after.group(1).rstrip(".").lower()
        words.append("of" if word == "of" else word)
        if word == "of":
            nxt = WORD_AFTER_RE.match(text[q.end + after.end() : q.end + after.end() + 14])
            words.append(nxt.group(1).rstrip(".").lower() if nxt else "")
    if any(w in lx.MONTHS or w in lx.WEEKDAYS for w in words):
        return True
    month_after = DAY_RANGE_AFTER_RE.match(text, q.end)
    if month_after and month_after.group(1).rstrip(".").lower() in lx.MONTHS:
        return True  # "the weekend of 12-13 March"
    day_range = DAY_RANGE_RE.search(text[max(0, q.start - 24) : q.start])
    return bool(day_range and day_range.group(1).rstrip(".").lower() in lx.MONTHS)


# A capitalised month name right before a number: "March six", "Feb. nine".
MONTH_BEFORE_RE = re.compile(r"\b([A-Z][a-z]+)\.?[ \t]+$")
# A number in a sum written out ("2+2=5"): "+" or "=" glued to digits on both sides.
EQUATION_RE = re.compile(r"[+=]\d")
EQUATION_BEFORE_RE = re.compile(r"\d[+=]$")
# The first day of a span of days before the month: "12-13 March", "12 to 14 April".
DAY_RANGE_AFTER_RE = re.compile(
    r"\s*(?:-|\u2013|to|and|&)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]+\.?)"
)
# The first day of a span of days before a second one: "April 11-20", "April 12 and 26".
DAY_RANGE_RE = re.compile(r"\b([A-Za-z]+\.?)\s+\d{1,2}\s*(?:-|\u2013|to|and|&)\s*$")


def _list_number(text: str, q: Quantity) -> bool:
    """List numbering: "1." or "2)" at the start of a line."""
    if not (q.bare and q.integral_digits):
        return False
    return bool(
        LIST_ITEM_RE.search(text[max(0, q.start - 10) : q.start])
        and re.match(r"[.)]\s", text[q.end : q.end + 2])
    )


def _numbered_name(text: str, q: Quantity) -> bool:
    """ "No. 10", "#1", "10 Downing Street", "45, Park Lane": numbers that name something."""
    if not q.bare:
        return False
    before = text[max(0, q.start - 5) : q.start]
    if re.search(r"(?:\bNo\.?|\bNos\.?|#)\s?$", before):
        return True
    after = text[q.end : q.end + 48]
    street = re.match(
        r"(?:[-\u2013]\d+)?,?\s+(?:(?:[A-Z][A-Za-z]*|\d+(?:st|nd|rd|th))\s+){0,3}([A-Z][A-Za-z]*)\b",
        after,
    )
    return bool(street and street.group(1).lower() in lx.STREET_WORDS)


# A markup tag left in pasted text: '<tweet id="747986907162877952" datetime="2016-06-29">'
# (PolNeAR's embedded tweets), "<GM>" (a Reuters ticker); its numbers are no figures.
MARKUP_TAG_RE = re.compile(r"</?[A-Za-z][^<>\n]{0,500}>")


def _phone_spans(text: str) -> list[tuple[int, int]]:
    """Spans of phone-number-like digit groups (9+ digits), to be skipped."""
    spans = []
    for match in PHONE_RE.finditer(text):
        if sum(c.isdigit() for c in match.group(0)) >= 9:
            spans.append(match.span())
    return spans


# --- ranges and ratios -------------------------------------------------------------

# A move before "X to Y": X is the change and Y the level reached, not a range's ends
# ("by" always; after a verb, unless only the upper end has the unit and the two are
# alike in size: "rose 5 to 10 pct").
MOVED_BY_RE = re.compile(
    rf"\b(?:(by)|{_alternation(lx.MOVE_VERBS)})\s+(?:(?:just|only|some|about|a|further)\s+)?$",
    re.I,
)
# A hedge after "between" still opens a range ("between about 350 and 800 dlrs a ton"):
# without it the page showed "800 dlrs a ton" alone (figs17). ("from about 5 to 7 pct"
# is read as a range already.)
HEDGED_OPEN_RE = re.compile(
    r"\bbetween\s+(?:about|around|some|roughly|approximately|nearly|almost)\s+$", re.I
)
_RANGE_SEP = re.compile(r"\s*(?:-|\u2013|\u2014|to|-to-|to-|and|or)\s*$", re.I)
_RATIO_SEP = re.compile(r"\s+(?:in|out\s+of)\s+(?:every\s+)?$", re.I)
_RATIO_EVERY = re.compile(r"^\s+(?:[A-Za-z-]+\s+){1,3}for\s+every\s+$", re.I)
# A proportion "N of (every) M": "eight of 10 avocados", "$4 of every $5 worth of goods"
# (`_proportion`).
_PROPORTION_SEP = re.compile(r"\s+of\s+(every\s+)?$", re.I)


def _compatible(a: Quantity, b: Quantity) -> bool:
    """Whether two quantities can be the two ends of one range."""
    if a.kind == "age":
        return b.kind == "age" or b.bare  # "aged 18 to 99"
    if a.kind in ("fraction", "vague", "age") or b.kind in ("fraction", "vague"):
        return False
    if a.year_like != b.year_like:
        return False  # "from 20 mpg in 2008 to 29 mpg": a date is not a range end
    if a.unit and b.unit and a.unit != b.unit:
        return a.unit.split("/")[0] == b.unit.split("/")[0]  # "$62 and $68 per share"
    return a.unit is None or a.unit == b.unit or (b.unit is None and a.kind != "percent")


def _merge_pair(text: str, a: Quantity, b: Quantity) -> Quantity | None:
    """A range ("between 20 and 30", "$89 to $93 billion", "5-10W") or ratio, or None."""
    between = text[a.end : b.start]
    lead = text[max(0, a.start - 9) : a.start].lower()
    ratio_sep = _RATIO_SEP.match(between + " ")
    if ratio_sep and a.bare and b.bare and b.value and not b.year_like:  # "22,000 in 1986"
        return _ratio(a, b)
    if _RATIO_EVERY.match(between) and a.unit is None and b.bare and b.value:
        return _ratio(a, b)
    if _proportion(a, b, between):
        return _ratio(a, b)
    sep = _RANGE_SEP.match(between)
    if sep:
        a, b = _shared_scale_letter(text, a, b)
    if not sep or not _compatible(a, b):
        return None
    word = between.strip().lower()
    opened = re.search(r"\b(?:between|from)\s+(?:up\s+to\s+)?$", lead)
    hedged = HEDGED_OPEN_RE.search(text[max(0, a.start - 24) : a.start])
    if opened is None and hedged:
        lead = text[max(0, a.start - 24) : a.start].lower()
        opened = HEDGED_OPEN_RE.search(lead)
    if word == "and" and not re.search(r"\bbetween\s+$", lead) and not hedged:
        return None
    guess = a.worded and b.worded and a.bare and b.bare and b.value == a.value + 1
    if word == "or" and not (a.bare and b.value > a.value and (not b.bare or guess)):
        return None  # "two or three" is a range ("four or five shows"); "20 or 25" two numbers
    if word in ("-", "\u2013", "\u2014") and a.bare and b.bare:
        nxt = WORD_AFTER_RE.match(text[b.end : b.end + 20])
        if not opened and (not nxt or nxt.group(1)[0].isupper() or nxt.group(1) in lx.SCORE_NEXT):
            return _score_marker(a, b)
    moved = MOVED_BY_RE.search(text[max(0, a.start - 24) : a.start])
    unit_differs = a.unit is not None and a.unit != b.unit
    if word == "to" and not opened and unit_differs and (moved or not _per_unit_end(a, b)):
        return None
    far = abs(b.value) > 4 * abs(a.value)  # a level far above the change: "1,855.7 points"
    by = bool(moved and moved.group(1)) and not _change_given_as_range(a, b)
    if word == "to" and not opened and moved and (by or b.unit is None or far):
        return None  # "increased by $43.6bn to $419.2bn", "fell 15.6 to 1,855.7": a move, a level
    if a.year_like and b.year_like:
        return _score_marker(a, b)
    tally = word in ("-", "\u2013", "\u2014") and a.bare and b.bare and not opened
    if tally and a.value > b.value:
        return _score_marker(a, b)  # "voted 8-1": a tally, not a range
    if not opened and b.value <= _low_end(a, b, text):
        # A range runs from low to high. "a 5-to-4 vote", "(47 to 25)": a tally, dropped;
        # "(58 percent to 40 percent)": two shares, each its own figure. A fall written
        # whole ("from 9.1% to 3.4%") stays one figure, as written.
        return _score_marker(a, b) if a.bare and b.bare else None
    return _range(text, a, b, opened.start() if opened else None, lead)


# The scale letter written right after a number: "779m", "1.2bn" ("m" is also metres).
_SCALE_LETTER_RE = re.compile(r"[^\d]{0,3}[\d.,]+\s?(m|mn|bn|k)\b", re.I)


def _shared_scale_letter(text: str, a: Quantity, b: Quantity) -> tuple[Quantity, Quantity]:
    """ "$779m-798m", "779m-798m euros", "£2.5bn to 3bn": the two ends of a range of
    money, one of them read as metres or a plain count because the currency is written
    once.

    The end with the currency is a scaled sum; when the other end is a measure in "m" or
    a scaled count written with the same scale letter, it is the same kind of sum. Kept
    apart, the page showed "$779m" alone and a range's high end was lost (`value_max`).
    """
    money, other = (a, b) if a.kind == "money" else (b, a)
    if money.kind != "money" or not money.scaled or not money.raw:
        return a, b
    scaled_count = other.kind == "count" and other.scaled and other.unit is None  # "3bn"
    if other.kind != "measure" and not scaled_count:
        return a, b
    written = [_SCALE_LETTER_RE.match(text, q.start, q.end) for q in (money, other)]
    if not all(written) or written[0].group(1).lower() != written[1].group(1).lower():  # type: ignore[union-attr]
        return a, b
    raw = other.raw if scaled_count else other.value
    shared = replace(
        other,
        value=raw * money.value / money.raw,
        unit=money.unit,
        kind="money",
        scaled=True,
        raw=raw,
    )
    return (a, shared) if money is a else (shared, b)


def _proportion(a: Quantity, b: Quantity, between: str) -> bool:
    """ "eight of 10 avocados", "$4 of every $5 worth of goods", "one of every four
    bankers": a part of a whole, one figure. Read apart, the page showed the whole alone
    ("10 | avocados", "$5 | worth of goods") as if it were the news (issue 11).

    A part is fewer than its whole, and neither is a year ("in 1986 of 24,636"). Without
    "every", both are bare whole counts and the part is not "one": "one of 26 people
    killed", "one of 45 states" name a member of a set, not a share of it; "part 3 of 3"
    is a label. With "every", the two may be sums in one currency.
    """
    sep = _PROPORTION_SEP.match(between + " ")
    if not sep or a.year_like or b.year_like or not 0 < a.value < b.value:
        return False
    if sep.group(1):
        return (a.bare or (a.unit is not None and a.unit == b.unit)) and (
            b.bare or b.unit is not None
        )
    whole = float(a.value).is_integer() and float(b.value).is_integer()
    return a.bare and b.bare and whole and a.value >= 2 and not a.scaled and not b.scaled


def _per_unit_end(a: Quantity, b: Quantity) -> bool:
    """ "earnings of 2.25 dlrs to 2.50 dlrs per share", "50 cts to 55 cts a share": the
    high end alone says what each is per, and the two ends are alike in size. Split,
    the page showed "2.50 dlrs per share" and a bare "2.25 dlrs" as two figures."""
    return (
        b.unit is not None
        and b.unit.startswith(f"{a.unit}/")
        and a.kind == b.kind == "money"
        and 0 < a.value < b.value <= 2 * a.value
    )


def _change_given_as_range(a: Quantity, b: Quantity) -> bool:
    """ "hike prices by 30 to 40 pct": after "by", a change given as a range, not a move and
    the level it reached.

    A level reached is written in full and lies far from the change ("cut by 0.5 to 6
    pct", "up by $43.6bn to $419.2bn"); the low end of a range leaves the unit to the
    high end and is close to it. Split, the range showed "40 pct" alone (review 11).
    """
    return a.unit is None and b.unit is not None and 0 < a.value < b.value <= 2 * a.value


def _low_end(a: Quantity, b: Quantity, text: str = "") -> float:
    """The low end of a range `a`-`b`, with `b`'s scale shared ("$89 to $93 billion").

    "$50-100,000", "5-10,000 people": the thousands written once, on the high end, are
    the low end's too (the penalties were $50,000 to $100,000, not $50 to $100,000).
    """
    if not a.scaled and b.scaled and b.raw and a.raw < b.raw:
        return a.value * (b.value / b.raw)
    if (
        not a.scaled
        and not b.scaled
        and THOUSANDS_END_RE.match(text, b.start, b.end)
        and re.fullmatch(r"\D{0,3}\d{1,3}", text[a.start : a.end])
        and a.value * 1000 < b.value <= a.value * 20_000
    ):
        return a.value * 1000
    return a.value


THOUSANDS_END_RE = re.compile(r"\D{0,3}\d{1,3},000(?![,\d])")


def _score_marker(a: Quantity, b: Quantity) -> Quantity:
    """A placeholder that swallows a score or year span ("2-0", "2022-23") so both go."""
    return Quantity(start=a.start, end=b.end, value=0.0, kind="skip")


def _range(text: str, a: Quantity, b: Quantity, opened_at: int | None, lead: str) -> Quantity:
    """Merges `a` and `b` into one range, sharing scale and unit between the ends."""
    low = _low_end(a, b, text)  # "$89 to $93 billion": the scale applies to both
    start = a.start
    if opened_at is not None:
        start = a.start - (len(lead) - opened_at)
    return Quantity(
        start=start,
        end=b.end,
        value=low,
        value_max=b.value,
        unit=max((a.unit or "", b.unit or ""), key=len) or None,
        kind=b.kind if b.unit else a.kind,
        scaled=a.scaled or b.scaled,
        worded=a.worded and b.worded,
        raw=a.raw,
        rule="range",
    )


def _ratio(a: Quantity, b: Quantity) -> Quantity:
    """ "one in five", "seven Russians for every one Ukrainian": value = a / b."""
    return Quantity(
        start=a.start,
        end=b.end,
        value=a.value / b.value,
        kind="ratio",
        raw=a.value,
        worded=a.worded,
        rule="ratio",
    )


def _merge(text: str, found: list[Quantity]) -> list[Quantity]:
    """Merges neighbouring quantities into ranges and ratios, left to right."""
    merged: list[Quantity] = []
    i = 0
    while i < len(found):
        current = found[i]
        if i + 1 < len(found) and found[i + 1].start - current.end <= 40:
            pair = _merge_pair(text, current, found[i + 1])
            if pair is not None:
                merged.append(pair)
                i += 2
                continue
        merged.append(current)
        i += 1
    return [q for q in merged if q.kind != "skip"]


# --- entry point ---------------------------------------------------------------------

_READERS = {
    "num": _read_numeral,
    "mixed": _read_numeral,
    "word": _read_words,
    "frac": _read_fraction,
    "vulgar": _read_fraction,
    "fracword": _read_fraction,
    "vague": _read_vague,
}


def scan_quantities(text: str) -> list[Quantity]:
    """All quantities in `text`, in order, without dates, times, phones, list numbers and
    the numbers inside markup tags.

    Linear in the length of the text; never raises on odd input (each candidate is read
    independently and a candidate that cannot be read is dropped).
    """
    skipped = _phone_spans(text) + [m.span() for m in MARKUP_TAG_RE.finditer(text)]
    found: list[Quantity] = []
    consumed = 0
    for match in CORE_RE.finditer(text):
        if match.start() < consumed:
            continue
        if any(s <= match.start() < e for s, e in skipped):
            continue
        try:
            q = _READERS[match.lastgroup or "num"](text, match)
        except (ValueError, KeyError, IndexError, ZeroDivisionError, OverflowError):
            q = None
        if q is None:
            consumed = max(consumed, match.end()) if match.lastgroup == "num" else consumed
            continue
        if _near_month(text, q) or _list_number(text, q) or _numbered_name(text, q):
            consumed = q.end
            continue
        found.append(q)
        consumed = q.end
    _resolve_shared_currencies(text, found)
    return _merge(text, found)


def _resolve_shared_currencies(text: str, found: list[Quantity]) -> None:
    """Amounts in a currency word several countries share ("riyals", "pesos", "dlrs").

    The scanner marks them "?riyal" (`lx.SHARED_CURRENCY_WORDS`); here they take the
    article's country, the one of that currency's countries the text names most, or no
    code when it names none or two as often: an unnamed currency is shown as written
    and misleads nobody, a guessed one does (issue 11).
    """
    codes: dict[str, str | None] = {}
    for q in found:
        if not (q.unit or "").startswith("?"):
            continue
        family, _, rate = (q.unit or "")[1:].partition("/")
        if family not in codes:
            codes[family] = _article_currency(text, family)
        code = codes[family]
        if family == "dollar" and code != "USD" and rate in WORLD_PRICED_RATES:
            code = None  # "405 dlrs an ounce" in a Hong Kong story: priced in US dollars
        q.unit = (f"{code}/{rate}" if rate else code) if code else None


def _article_currency(text: str, family: str) -> str | None:
    """The code of a shared currency word in this text (see `_resolve_shared_currencies`)."""
    if family == "dollar":
        return article_dollar(text)
    family = family.rstrip("*")  # "dollar*": the country tally, once US dollars are told apart
    tally: dict[str, int] = {}
    for match in _COUNTRY_RES[family].finditer(text):
        code = lx.SHARED_CURRENCIES[family][match.group(0).lower()]
        tally[code] = tally.get(code, 0) + 1
    ranked = sorted(tally.values(), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0] == ranked[1]):
        return None
    return max(tally, key=lambda code: tally[code])


def article_dollar(text: str) -> str | None:
    """Bare "dollars"/"dlrs" are US dollars unless the text tells them apart.

    Wire copy filed from Canada or Australia writes its own dollars bare and the US
    dollar out in full ("a 200 mln U.S. dlr debenture"). A story set in one other
    dollar country, and nowhere American, has its bare dollars in that country's money
    (`dollar_places`). A text that spells out US dollars and names another dollar
    country's currency ("a stronger Canadian dollar") has its bare dollars in the
    currency of the country it names most; when the US and that country are named as
    often, they stay unnamed. Without "U.S." written, a text that names another dollar
    country as often as America leaves them unnamed too: a wrong code is a wrong figure.
    """
    places = dollar_places(text)
    if places.settled_local:
        return places.settled_local
    if places.local and not places.american:
        return None  # "U.S. dlrs" beside Toronto, in a story not settled there: unnamed
    if not US_DOLLAR_RE.search(text):
        return None if places.split else "USD"
    countries = lx.SHARED_CURRENCIES["dollar"]
    others = {countries[m.group(1).lower()] for m in OTHER_DOLLAR_RE.finditer(text)}
    others |= {lx.CURRENCY_PREFIXES[m.group(1)] for m in LOCAL_SIGN_RE.finditer(text)}
    others.discard("USD")
    if not others:
        return "USD"
    return _article_currency(text, "dollar*") if len(others) == 1 else None


def _country_re(family: str) -> re.Pattern[str]:
    """The country words of a currency family as a text writes them ("Qatari", "U.S.")."""
    forms = [w.upper() if len(w) <= 2 else w.title() for w in lx.SHARED_CURRENCIES[family]]
    return re.compile(rf"(?<![\w.])(?:{_alternation(forms)})(?!\w)")


_COUNTRY_RES = {family: _country_re(family) for family in lx.SHARED_CURRENCIES}
_DOLLAR_WORD = r"(?:dollars?|dlrs?)\b"
US_DOLLAR_RE = re.compile(rf"(?:\bU\.S\.|\bUS)\s?(?:{_DOLLAR_WORD}|\$)|\bUS\$|\$US\b")
_OTHER_DOLLAR_COUNTRIES = [c for c, code in lx.SHARED_CURRENCIES["dollar"].items() if code != "USD"]
OTHER_DOLLAR_RE = re.compile(
    rf"\b({_alternation([c.title() for c in _OTHER_DOLLAR_COUNTRIES])})\s(?:{_DOLLAR_WORD})"
)
