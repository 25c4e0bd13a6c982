"""Which country's dollars a story's bare "dlrs" are, from the places it names.

Wire copy filed from Toronto, Sydney or Hong Kong writes the local dollar bare ("17.48
billion dlrs") and the American one in full ("a 200 mln U.S. dlr debenture"), so a
bare dollar published as USD there is a wrong figure. The story's dateline is not part
of its body, so its country is read from what the body names: the dollar countries'
names and adjectives (`shared_currencies.dollar` in data/figures.toml), their provinces
and cities, and the written local currencies ("C$", "Canadian dlrs"), against the
American places (`dollar_places.USD`, the US states).

Precision first: a story is set in a dollar country only when it names that one
country and nothing American beside a "U.S. dlrs" (the mark that tells the two apart),
twice with its money or the American one written out once ("1.28 billion H.K. dlrs
... 551.7 mln dlrs", "a 12 mln U.S. dlr writedown"), or three times by places alone
with no other country named: a US story names its foreign counterparty twice ("a stake
in X Ltd of Perth, Australia"). When the places are split the dollar is unsettled, and
an unnamed dollar misleads nobody where a guessed one does (`figures_scan.article_dollar`
decides).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.extract import figures_lexicon as lx
from generator.extract.nationalities import ADJECTIVE_COUNTRIES, COUNTRY_WORDS, NATIONALITY_WORDS
from generator.extract.words import data_tables, word_lists

_CURRENCIES = data_tables("figures")["currencies"]
_US_STATES = frozenset(word_lists("us_states"))

# A story names its country this often (once with its money written out: "H.K. dlrs",
# or this often by places alone) before its bare dollars are that country's.
MIN_MENTIONS_WITH_MONEY = 2
MIN_MENTIONS_BY_PLACES = 3

WORLD_PRICED_RATES: frozenset[str] = frozenset(_CURRENCIES["world_priced_rates"]["rates"].split())


def _written(word: str) -> str:
    """A country word of the lexicon as a text writes it ("u.s." is "U.S.", "us" "US")."""
    return word.upper() if len(word) <= 2 else word.title()


def _place_forms() -> dict[str, list[str]]:
    """ISO code -> the names that set a story in that dollar country, as written."""
    forms: dict[str, list[str]] = {}
    for word, code in lx.SHARED_CURRENCIES["dollar"].items():
        forms.setdefault(code, []).append(_written(word))
    for code, words in _CURRENCIES["dollar_places"].items():
        forms.setdefault(code, []).extend(w.replace("_", " ") for w in words.split())
    forms["USD"].extend(_written(state) for state in _US_STATES)
    return forms


def _pattern(forms: list[str]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alternation})(?![\w])")


_PLACE_RES: dict[str, re.Pattern[str]] = {
    code: _pattern(forms) for code, forms in _place_forms().items() if forms
}
# "U.S. dlrs", "US$": the mark that tells the American dollar from the local one,
# not an American place.
_US_MONEY_RE = re.compile(r"(?:\bU\.S\.|\bUS)\s?(?:dollars?|dlrs?|cents|cts?)\b|\bUS\$|\$US\b")
# The other dollars written with their sign: "C$", "A$", "HK$" (figures.toml prefixes).
_OTHER_DOLLARS = frozenset(lx.SHARED_CURRENCIES["dollar"].values()) - {"USD"}
_LOCAL_SIGNS = {p: c for p, c in lx.CURRENCY_PREFIXES.items() if "$" in p and c in _OTHER_DOLLARS}
LOCAL_SIGN_RE = re.compile(
    r"(?<![A-Za-z])("
    + "|".join(re.escape(p) for p in sorted(_LOCAL_SIGNS, key=len, reverse=True))
    + r")(?=\s?\d)"
)


def _local_money_forms() -> dict[str, str]:
    """The written forms of the other dollars ("canadian dlrs", "h.k. dlrs"), lower case."""
    return {
        form: code
        for form, code in lx.CURRENCY_SUFFIXES.items()
        if code not in ("USD", None)
        and len(code) == 3
        and re.search(r"\b(?:dollars?|dlrs?)$", form)
        and code in lx.SHARED_CURRENCIES["dollar"].values()
    }


_LOCAL_MONEY = _local_money_forms()
_LOCAL_MONEY_RE = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(re.escape(f) for f in sorted(_LOCAL_MONEY, key=len, reverse=True))
    + r")(?![\w])",
    re.I,
)
# Countries without a dollar, and their peoples' adjectives ("China", "Japanese").
_DOLLAR_COUNTRIES = frozenset(lx.SHARED_CURRENCIES["dollar"]) | {"america", "united states", "usa"}


def _foreign_forms() -> list[str]:
    countries = {c for c in COUNTRY_WORDS if c not in _DOLLAR_COUNTRIES}
    peoples = {w for w in NATIONALITY_WORDS if not ADJECTIVE_COUNTRIES[w] & _DOLLAR_COUNTRIES}
    return [_written(w.replace("_", " ")) for w in countries | peoples]


_FOREIGN_RE = _pattern(_foreign_forms())
# "23.77 dlrs Canadian a barrel": the country after the money.
_COUNTRY_AFTER_RE = re.compile(r"\b(?:dollars?|dlrs?)\s+(Canadian|Australian)\b")


@dataclass(frozen=True)
class DollarPlaces:
    """How often a text names each non-US dollar country, and America."""

    local: dict[str, int]
    american: int
    money: dict[str, int]  # of `local`, how often the country's money is written out
    foreign: int = 0  # mentions of countries with no dollar ("China", "Japanese")
    us_marked: bool = False  # "U.S. dlrs" written: the bare ones are another dollar

    @property
    def settled_local(self) -> str | None:
        """The one dollar country the story is set in, or None (see the module)."""
        if len(self.local) != 1 or self.american:
            return None
        code, mentions = next(iter(self.local.items()))
        if self.money.get(code) or self.us_marked:
            return code if mentions >= MIN_MENTIONS_WITH_MONEY else None
        # by places alone, only a story of that one country: "a 290 mln dlr plant in China"
        # for Australia's Victoria state is no Australian story's money
        return code if mentions >= MIN_MENTIONS_BY_PLACES and not self.foreign else None

    @property
    def split(self) -> bool:
        """Names a dollar country other than the US at least as often as America."""
        return bool(self.local) and sum(self.local.values()) >= self.american


def dollar_places(text: str) -> DollarPlaces:
    """The dollar countries `text` names (see the module)."""
    local: dict[str, int] = {}
    american = 0
    us_money = [m.span() for m in _US_MONEY_RE.finditer(text)]
    for code, pattern in _PLACE_RES.items():
        for match in pattern.finditer(text):
            if code == "USD":
                if not any(s <= match.start() < e for s, e in us_money):
                    american += 1
            else:
                local[code] = local.get(code, 0) + 1
    money: dict[str, int] = {}
    for match in LOCAL_SIGN_RE.finditer(text):
        code = lx.CURRENCY_PREFIXES[match.group(1)]
        local[code] = local.get(code, 0) + 1
        money[code] = money.get(code, 0) + 1
    for match in _LOCAL_MONEY_RE.finditer(text):
        code = _LOCAL_MONEY[match.group(0).lower()]
        money[code] = money.get(code, 0) + 1
    for match in _COUNTRY_AFTER_RE.finditer(text):
        code = lx.SHARED_CURRENCIES["dollar"][match.group(1).lower()]
        money[code] = money.get(code, 0) + 1
    foreign = len(_FOREIGN_RE.findall(text))
    return DollarPlaces(local, american, money, foreign, us_marked=bool(us_money))
