"""An all-capitals wire headline in sentence case, each word as the story writes it.

Reuters titles come in capitals ("NATIONAL AMUSEMENTS AGAIN UPS VIACOM BID"); an editor
publishes "National Amusements again ups Viacom bid". The article settles most words:
a name or acronym is written the same way in its body ("Viacom", "OPEC", "U.S."), a
wire abbreviation too ("mln", "dlrs", "pct"), and a common word is written in lower
case there. A run of title words found together in the body is cased as one ("Bank of
England", though the body also writes "the bank"). Only what the body writes away from
a sentence's start and outside capitals (a dateline, a table heading) counts as
evidence: "The" opening a sentence says nothing about "the".

A word the body does not settle keeps the safest form, from the lexicons: a wire
abbreviation in lower case ("qtr", "dlr"), a firm's legal form with a capital ("Corp");
a short English word in lower case ("by", "on"), any other token of two letters or a
short vowel-less one or one with stops keeps its capitals ("EC", "GM", "L.P."); a
country, a major place or a nationality takes a capital ("Britain", "Spanish"); the
words a ticker code follows, or the wire's brackets hold, are a firm's name
("TELEPHONE AND DATA SYSTEMS INC <TDS>": "Telephone and Data Systems Inc"), and a word
or two after the title's last dash its source ("-- USDA"); any other word goes to
lower case. A ticker code itself is left as it is, for the reader to drop
(`publication.shown_title`). A title holding a lower-case letter is the publisher's own
casing and is never touched.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from generator.extract.actors.places import KNOWN_PLACES, place_aliases
from generator.extract.actors.vocabulary import SURNAME_PARTICLES
from generator.extract.nationalities import COUNTRY_WORDS, NATIONALITY_WORDS
from generator.extract.words import word_lists

_ACTOR_WORDS = word_lists("actor_spans")
_COMPANY_WORDS = word_lists("company_words")
WIRE_WORDS: frozenset[str] = _ACTOR_WORDS["wire_words"]
COUNTRY_BODIES: frozenset[str] = _ACTOR_WORDS["country_bodies"]
SHORT_WORDS: frozenset[str] = word_lists("function_words")["short_words"]
LEGAL_FORMS: frozenset[str] = _COMPANY_WORDS["english_legal_forms"]
#: Names that take a capital wherever they stand, lower case: countries, major places,
#: nationalities and the news's short names of countries ("united states", "britain").
#: Not months: "MAY" is a verb as often.
CAPITALISED_WORDS: frozenset[str] = (
    COUNTRY_WORDS
    | NATIONALITY_WORDS
    | KNOWN_PLACES
    | frozenset(key for key in place_aliases() if len(key) > 3)  # not "us", "uk"
)

_WORD = re.compile(r"[A-Za-z0-9]+(?:[.'&/-][A-Za-z0-9]+)*\.?|<[A-Z0-9]{1,6}(?:\.[A-Z]{1,3})?>")
_LETTERS = re.compile(r"[A-Za-z]")
# A sentence's start: after its stop, a dateline's dash, or at a paragraph's (a line
# indented or after a blank line: a wire hard-wraps its lines mid-sentence)
_SENTENCE_END = re.compile(r"(?:^|[.!?:;]|\s-|\n[ \t]+|\n\s*\n)[ \t\"'(]*$")
_LONGEST_RUN = 5  # title words cased together at most
_ACRONYM_LETTERS = 3  # an unsettled token this short and vowel-less keeps its capitals
_SOURCE_ACRONYM = 4  # an unsettled source this short keeps its capitals ("-- USDA")
_SOURCE_WORDS = 2  # words after a title's last dash that can name its source
_FIRM_RUN = 4  # words a ticker code follows that are read as the firm's name, at most


def is_all_capitals(title: str) -> bool:
    """Whether `title` has letters and none of them in lower case."""
    return bool(_LETTERS.search(title)) and title == title.upper()


def sentence_case(title: str, body: str) -> str:
    """`title` in sentence case if it is all capitals, else `title` unchanged."""
    if not is_all_capitals(title) or not body:
        return title
    words = list(_WORD.finditer(title))
    if not words:
        return title
    forms: list[str | None] = [
        word.group() if word.group().startswith("<") else None for word in words
    ]
    _case_runs(words, body, forms)
    _capitalise_countries(words, forms)
    for i, word in enumerate(words):
        if forms[i] is None:
            forms[i] = _case_word(word.group(), body)
    firm = _firm_words(words, forms)
    source = _source_words(title, words)
    for i, word in enumerate(words):
        if forms[i] is None or i in firm:
            forms[i] = _unsettled_form(word.group(), i in firm, i in source)
    return _capitalise_first(_rebuild(title, words, [form or "" for form in forms]))


def _in_brackets(words: list[re.Match[str]], i: int) -> bool:
    """Whether word `i` stands inside the wire's brackets round a firm's name
    ("<DALE BURDETT INC> FACES DAMAGE CLAIM")."""
    title = words[i].string
    opened = title.rfind("<", 0, words[i].start())
    return (
        opened >= 0
        and title.find(">", opened) > words[i].start()
        and not words[i].group().startswith("<")
    )


def _source_words(title: str, words: list[re.Match[str]]) -> set[int]:
    """The words after a title's last dash, when they are few: who says it ("CITRUS
    CROP ESTIMATE -- USDA", "YEN RISE UNLIKELY - JIJI PRESS")."""
    dash = max(title.rfind(" -"), title.rfind("- "))
    if dash < 0:
        return set()
    tail = [i for i, word in enumerate(words) if word.start() > dash]
    return set(tail) if len(tail) <= _SOURCE_WORDS else set()


def _firm_words(words: list[re.Match[str]], forms: list[str | None]) -> set[int]:
    """The words a ticker code follows that the body does not settle, at most
    `_FIRM_RUN`: a firm's name ("TELEPHONE AND DATA SYSTEMS INC <TDS>", a results table
    that never names the firm). A wire abbreviation the body writes ("cts") is no
    evidence against a firm's name ("CTS CORP <CTS>")."""
    firm: set[int] = {
        i
        for i in range(len(words))
        if _in_brackets(words, i) and (forms[i] is None or forms[i] in WIRE_WORDS)
    }
    for i, word in enumerate(words):
        if not word.group().startswith("<"):
            continue
        j = i - 1
        while j >= 0 and i - j <= _FIRM_RUN and not words[j].group().startswith("<"):
            if forms[j] is not None and forms[j] not in WIRE_WORDS:
                break
            firm.add(j)
            if j == 0 or words[j].start() - words[j - 1].end() != 1:  # a comma between
                break
            j -= 1
    return firm


def _case_runs(words: list[re.Match[str]], body: str, forms: list[str | None]) -> None:
    """Case runs of two or more consecutive title words the body writes together,
    longest first (filled into `forms` in place)."""
    for size in range(min(_LONGEST_RUN, len(words)), 1, -1):
        for start in range(len(words) - size + 1):
            run = words[start : start + size]
            if any(forms[i] is not None for i in range(start, start + size)):
                continue
            if not _adjacent(run):
                continue
            pattern = r"\s+".join(re.escape(word.group()) for word in run)
            form = _body_form(pattern, body)
            if form is None:
                continue
            pieces = form.split()
            if len(pieces) != size or _capital_after_stop(pieces):
                continue
            for offset, piece in enumerate(pieces):
                forms[start + offset] = piece


def _capital_after_stop(pieces: list[str]) -> bool:
    """Whether a run's word is capitalised only because it follows an
    abbreviation's stop, as the wire writes it ("U.S. Car makers"), unless it is a body
    such an abbreviation opens ("U.S. House", `country_bodies`)."""
    return any(
        before.endswith(".")
        and piece[:1].isupper()
        and piece[1:].islower()
        and piece.lower() not in COUNTRY_BODIES
        for before, piece in itertools.pairwise(pieces)
    )


def _adjacent(run: list[re.Match[str]]) -> bool:
    """Whether the words follow one another, parted by spaces only."""
    return all(b.start() - a.end() == 1 for a, b in itertools.pairwise(run))


def _case_word(word: str, body: str) -> str | None:
    """One title word as the body writes it, split at a possessive or a hyphen when the
    whole is not found; None when the body does not settle it."""
    if not _LETTERS.search(word):
        return word
    # a possessive the story only opens sentences with is a name ("Moody's said")
    form = _body_form(re.escape(word), body, weak=word.endswith("'S"))
    if form is not None:
        return form
    stem, possessive = _split_possessive(word)
    if possessive:
        form = _case_word(stem, body)
        return None if form is None else form + possessive.lower()
    if "-" in word or "/" in word:  # "RESPONSIBILITY-WEIZSAECKER": each part its own
        parts = re.split(r"([-/])", word)
        cased = [part if part in "-/" else _case_word(part, body) for part in parts]
        if any(part is not None and part not in "-/" for part in cased):
            return "".join(
                _unsettled_form(part, False) if form is None else form
                for part, form in zip(parts, cased, strict=True)
            )
    if re.fullmatch(r"\d+[A-Z]+", word):  # "4TH", "1ST"
        return word.lower()
    return None


def _split_possessive(word: str) -> tuple[str, str]:
    for tail in ("'S", "'"):
        if word.endswith(tail) and len(word) > len(tail):
            return word[: -len(tail)], word[-len(tail) :]
    return word, ""


def _body_form(pattern: str, body: str, weak: bool = False) -> str | None:
    """The body's commonest spelling of `pattern` (case-insensitive, whole words) away
    from a sentence's start and outside capitals; None when there is none. `weak`:
    failing that, its one spelling at sentence starts."""
    seen: Counter[str] = Counter()
    starts: Counter[str] = Counter()
    for match in re.finditer(rf"(?<![\w.'&-]){pattern}(?![\w&-]|\.\w)", body, re.IGNORECASE):
        form = match.group()
        if _in_capitals(form, body, match.start(), match.end()):
            continue
        at_start = _SENTENCE_END.search(body[max(0, match.start() - 40) : match.start()])
        if at_start and not _says_more_than_start(form):
            starts[form] += 1
            continue
        seen[" ".join(form.split())] += 1
    if not seen and weak and len(starts) == 1:
        seen = starts
    if not seen:
        return None
    best = max(seen.values())
    return next(form for form, count in seen.items() if count == best)


def _says_more_than_start(form: str) -> bool:
    """Whether a form at a sentence's start still shows its case: capitals past its
    first letter ("OPEC", "McDonald", "Bank of England")."""
    return any(ch.isupper() for ch in form[1:])


def _in_capitals(form: str, body: str, start: int, end: int) -> bool:
    """Whether the occurrence stands in a run of capitals (a dateline, a table heading,
    a quoted headline) whose case says nothing: it and a word either side in capitals."""
    if form != form.upper():
        return False
    before = re.findall(r"[A-Za-z]{2,}", body[max(0, start - 30) : start])
    after = re.findall(r"[A-Za-z]{2,}", body[end : end + 30])
    near = before[-1:] + after[:1]
    return any(word.isupper() for word in near) or not near


def _capitalise_countries(words: list[re.Match[str]], forms: list[str | None]) -> None:
    """Capitalise unsettled runs of words that name a country ("UNITED STATES")."""
    for size in (3, 2):
        for start in range(len(words) - size + 1):
            span = range(start, start + size)
            if any(forms[i] is not None for i in span):
                continue
            key = " ".join(words[i].group().lower() for i in span)
            if key in CAPITALISED_WORDS and _adjacent(words[start : start + size]):
                for i in span:
                    forms[i] = words[i].group()[0] + words[i].group()[1:].lower()


def _unsettled_form(word: str, in_firm: bool, in_source: bool = False) -> str:
    """The safest form of a word the body does not settle (see the module docstring)."""
    lower = word.lower()
    letters = re.sub(r"[^A-Za-z]", "", word)
    if not in_firm and re.fullmatch(r"[A-Z]{2,}(?:[/-][A-Z]{2,})+", word):  # "SOVIET/CHINESE"
        return "".join(
            part if part in "/-" else _unsettled_form(part, False)
            for part in re.split(r"([/-])", word)
        )
    if in_firm:
        if lower in LEGAL_FORMS or len(letters) > _ACRONYM_LETTERS:
            return word[0] + lower[1:]
        return word
    if lower in WIRE_WORDS:
        return lower
    if lower in LEGAL_FORMS:  # "FINANCIAL CORP OF AMERICA"
        return word[0] + lower[1:]
    if lower in SHORT_WORDS or lower in SURNAME_PARTICLES:
        return lower
    if in_source:  # "-- USDA", "- JIJI PRESS"
        return word if len(letters) <= _SOURCE_ACRONYM else word[0] + lower[1:]
    if len(letters) <= 2:  # "EC", "NY": a short token no word is an initialism
        return word
    if lower in CAPITALISED_WORDS:
        return word[0] + lower[1:]
    if "." in word.rstrip(".") or not re.search(r"[AEIOUY]", letters):  # "U.S.", "GM"
        return word if len(letters) <= _ACRONYM_LETTERS or "." in word else lower
    return lower


def _rebuild(title: str, words: list[re.Match[str]], forms: list[str]) -> str:
    pieces: list[str] = []
    last = 0
    for word, form in zip(words, forms, strict=True):
        pieces.append(title[last : word.start()])
        pieces.append(form)
        last = word.end()
    pieces.append(title[last:])
    return "".join(pieces)


def _capitalise_first(title: str) -> str:
    match = _LETTERS.search(title)
    if match is None:
        return title
    i = match.start()
    return title[:i] + title[i].upper() + title[i + 1 :]
