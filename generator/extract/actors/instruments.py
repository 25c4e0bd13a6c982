"""Money and securities named like actors (issue: junk actors): "Sterling", "Special
Drawing Rights", "Philippine Investment Notes", "U.S. Treasury Bond", and a timing the
model took for a name ("7.60secs").

Market copy capitalises currencies and securities, and the model tags them as bodies
or places; each then got an actor page ("Sterling" beside the Bank of England). A name
that is a currency, or that ends in a security's noun, is money, not an actor, unless
the article shows an actor (it speaks, holds a role, has a body's word beside it):
money may act in market copy ("sterling rose", "the notes yield 8 pct"), and a
security's name holds its issuer's words, so only speaking, a role or a body's word
beside the name keep it.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from generator.extract.actors.mention import _Group
from generator.extract.figures_lexicon import CURRENCY_SUFFIXES
from generator.extract.words import word_lists
from generator.reading.layout import doc_text

_WORDS = word_lists("instrument_words")

#: Last words of a security's name: "Notes", "Bond", "Index" (data/instrument_words.toml).
SECURITY_HEADS = _WORDS["security_heads"]
#: Nouns of a class of securities written after its issuer's name in lower case: "U.S.
#: Government securities", "Treasury bills" (data/instrument_words.toml).
SECURITY_CLASS_NOUNS = _WORDS["security_class_nouns"]

# What follows a name written as a market's index: a number, a modifier or two, then
# the index's noun ("FTSE 100 index", "Hang Seng index", "Manila composite index"), or
# "industrial average" ("the Dow Jones industrial average").
_INDEX_AFTER = re.compile(
    r"\s+(?:\d[\d.,]*\s+)?(?:(?:{mods})\s+){{0,2}}(?:{heads})\b|\s+industrial\s+average\b".format(
        mods="|".join(sorted(map(re.escape, _WORDS["index_modifiers"]))),
        heads="|".join(sorted(map(re.escape, _WORDS["index_heads"]))),
    )
)

# A number glued to a unit in lower case, the whole name: "7.60secs", "0.04secs".
_MEASURE = re.compile(r"\d[\d.,]*[a-z]+")


@cache
def money_names() -> frozenset[str]:
    """Currencies by name, in lower case: the one-word and country-less forms figures
    read after a sum ("sterling", "yen", "sdr"), and the longer names of units of
    account ("special drawing rights")."""
    figures = {w for w in CURRENCY_SUFFIXES if w.isalpha()}
    return frozenset(figures | {w.replace("_", " ") for w in _WORDS["money_names"]})


def instrument_name(name: str, kind: str = "organization") -> bool:
    """Whether a name is money's, a security's, or a timing: "Sterling", "Special
    Drawing Rights", "Philippine Investment Notes", "7.60secs". A currency's name is
    read of a body only: a place may bear it ("Sterling, Va.", "the Rand")."""
    if _MEASURE.fullmatch(name):
        return True
    words = re.sub(r"^the ", "", name.casefold()).split()
    if not words:
        return False
    if kind == "organization" and " ".join(words) in money_names():
        return True
    return len(words) >= 2 and words[-1] in SECURITY_HEADS


def mark_security_classes(doc: Doc, groups: list[_Group]) -> None:
    """Flags the names written only as the issuer of a class of securities, each
    mention right before a lower-case noun of securities: "The Federal Reserve entered
    the U.S. Government securities market" names Treasury paper, not an actor beside
    the Fed (`instrument_group`); and the names written only as a market's index: "the
    FTSE 100 index closed higher" names the index, not a body."""
    text = doc_text(doc)
    for group in groups:
        group.security_class = bool(group.mentions) and (
            all(_before_security_noun(text, mention.end) for mention in group.mentions)
            or all(_rating_code(text, mention.start, mention.end) for mention in group.mentions)
        )


# A credit rating's code: "AAA", "BBB-plus", "AA-minus" (Moody's "Aaa", "Baa-3" are
# never tagged as names).
_RATING_CODE = re.compile(r"(?:AAA|AA|BBB|BB|CCC|CC)(?:[+-]|-plus|-minus)?")

# Words of a rating near the code: "rated AAA by Moody's", "a top-flight AAA rating",
# "AAA-rated Japanese banks", "the rating cut to CCC-plus".
_RATING_WORDS = re.compile(
    r"\b(?:rated|rating|ratings|downgraded|upgraded|Moody's|Standard and Poor's|S&P)\b|-rated"
)

# How far either side of the code a rating's words may stand.
_RATING_REACH = 100


def _rating_code(text: str, start: int, end: int) -> bool:
    """Whether a mention is a credit rating's code with a rating's words beside it: "the
    debt is rated a top-flight AAA by both Moody's and S and P" names a grade, not a body
    ("the AAA's Indoor 800m title" is the athletics association's)."""
    if not _RATING_CODE.fullmatch(text[start:end]):
        return False
    near = text[max(0, start - _RATING_REACH) : end + _RATING_REACH]
    return _RATING_WORDS.search(near) is not None


def _before_security_noun(text: str, end: int) -> bool:
    """Whether the word after a name ending at `end` is a lower-case securities noun, or
    the words after it make the name a market's index (`_INDEX_AFTER`)."""
    after = text[end : end + 40]
    if _INDEX_AFTER.match(after):
        return True
    match = re.match(r"\s+([a-z]+)\b", after)
    return match is not None and match.group(1) in SECURITY_CLASS_NOUNS


def instrument_group(group: _Group, name: str, kind: str) -> bool:
    """Whether the group names money, a security or a class of securities and nothing
    in the article shows an actor: no mention acts, speaks or holds a role, and no
    body's word is beside it ("Sterling Drug said" keeps the drug maker)."""
    if not (instrument_name(name, kind) or group.security_class):
        return False
    # "Sterling rose", "the notes yield 8 pct": markets write money as acting, and a
    # security's name holds its issuer's words ("Investment"), no evidence of a body
    return not any(m.speaks or m.roles or m.context for m in group.mentions)
