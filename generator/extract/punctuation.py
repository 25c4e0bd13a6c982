# ruff: noqa: RUF001, RUF002 - quotation marks and dashes are the subject here
"""Punctuation, one lexicon: the dashes and the quotation marks the extractors read.

Every stage takes them from here (as textacy keeps its punctuation in constants.py), so
that a mark added here reaches each use: the quotation scanner (quotemarks.py), the
speakers' asides, datelines and signatures (speaker_mentions.py, direct_attribution.py,
reported_speech.py, speakers/), the actors' names cut at a dash or set in quotation
marks (actor_spans.py, actors/), products and works named in quotation marks, and the
summary's datelines (datelines.py).

A dash here is a mark that sets off an aside, a dateline or a signature ("Mr Herron -
who ... - said", "WASHINGTON — The", "— Mike Pompeo"): not the en dash of a range
("1990–95") or the hyphen of a compound, which the figures read on their own.
"""

from __future__ import annotations

from generator.reading.layout import UNKNOWN_DASHES

#: The dash characters: the en dash and the em dash, each one token for spaCy, and the
#: dashes the parser does not know (HuffPost's horizontal bar, U+2015: "WASHINGTON ―"),
#: which the parse text turns into em dashes (generator.reading.layout) but the body as
#: written keeps.
DASH_CHARACTERS = "\u2013\u2014" + UNKNOWN_DASHES

#: A dash as a token: a dash character or the typewriter's double hyphen "--".
DASHES: frozenset[str] = frozenset(DASH_CHARACTERS) | {"--"}

#: A dash, or a hyphen standing for one where a text has no dash ("Mr Herron - who is
#: running his own No campaign - said"): what may set off an aside.
DASHES_OR_HYPHEN: frozenset[str] = DASHES | {"-"}

#: Double quotation marks that open, that close; single ones that open, that close;
#: the straight marks, which do either. Characters, for the quotation scanner.
DOUBLE_OPEN = "“«„"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‹"
SINGLE_CLOSE = "’›"
STRAIGHT = "\"'"

#: The quotation marks English news opens with, as tokens: straight or curly, double
#: or single ("“Hamlet”", "'Titanic'").
OPENING_QUOTES: frozenset[str] = frozenset({'"', "\u201c", "'", "\u2018"})

#: The quotation marks English news closes with, as tokens.
CLOSING_QUOTES: frozenset[str] = frozenset({'"', "\u201d", "'", "\u2019"})

#: The double quotation marks English news writes, straight or curly: never an
#: apostrophe, as a single mark may be ("'s", a curly apostrophe).
DOUBLE_QUOTES: frozenset[str] = frozenset({'"', "\u201c", "\u201d"})

#: A quotation mark of one character, opening or closing: what sets off a nickname
#: ('Jack "the Hat" McVitie') or a title.
QUOTE_CHARACTERS: frozenset[str] = OPENING_QUOTES | CLOSING_QUOTES

#: The typewriter's doubled marks, which the tokenizer keeps as one token (``...'').
DOUBLED_QUOTES: frozenset[str] = frozenset({"``", "''"})

#: Every quotation mark token: one character or doubled.
QUOTE_MARKS: frozenset[str] = QUOTE_CHARACTERS | DOUBLED_QUOTES
