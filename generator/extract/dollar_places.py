"""Which country's dollars a story's bare "dlrs" are, from the places it names.

Wire copy filed from Toronto, Sydney or Hong Kong writes the local dollar bare ("17.48
billion dlrs") and the American one in full ("a 200 mln U.S. dlr debenture"), so a
bare dollar published as USD there is a wrong figure. The story's dateline is not part
of its body, so its country is read from what the body names: the dollar countries'
names and adjectives (`shared_currencies.dollar` in data/figures.toml), their provinces
and cities, and the written local currencies ("C$", "Canadian dlrs"), against the
American places (`dollar_places.USD`, the US states).

Precision first: a story is set in a dollar country only when it names that one
country at least twice and nothing American beside a "U.S. dlrs" (the mark that tells
the two apart); when the places are split it is unsettled, and an unnamed dollar
misleads nobody where a guessed one does (`figures_scan.article_dollar` decides).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.extract import figures_lexicon as lx
from generator.extract.words import data_tables, word_lists

_CURRENCIES = data_tables("figures")["currencies"]
_US_STATES = frozenset(word_lists("us_states"))

# A story names its country at least this often before its dollars are that country's.
MIN_LOCAL_MENTIONS = 2

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
# The local currency written with its symbol: "C$", "A$", "HK$" (figures.toml prefixes).
_LOCAL_SIGN_RE = re.compile(r"(?<![A-Za-z])(C\$|CA\$|A\$|AU\$|NZ\$|HK\$|S\$)")


@dataclass(frozen=True)
class DollarPlaces:
    """How often a text names each non-US dollar country, and America."""

    local: dict[str, int]
    american: int

    @property
    def settled_local(self) -> str | None:
        """The one dollar country the story is set in, or None (see the module)."""
        if len(self.local) != 1 or self.american:
            return None
        code, mentions = next(iter(self.local.items()))
        return code if mentions >= MIN_LOCAL_MENTIONS else None

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
    for match in _LOCAL_SIGN_RE.finditer(text):
        code = lx.CURRENCY_PREFIXES[match.group(1)]
        local[code] = local.get(code, 0) + 1
    return DollarPlaces(local=local, american=american)
