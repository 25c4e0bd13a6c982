"""Sentences and tokens around a figure and the patterns several modules share."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Span, Token

from generator.extract import figures_lexicon as lx
from generator.extract.figures_scan import Quantity
from generator.extract.literal_search import has_whole_words
from generator.reading.layout import doc_text

_NP_WORD_POS = frozenset({"ADJ", "NOUN", "PROPN"})


_TIME_NOUNS = frozenset({"qtr", "period", "periods"})


def _a_time(token: Token) -> bool:
    """A noun that dates rather than names a thing ("in mid-1986", "in the first qtr",
    "from $64.4m in the same period")."""
    return token.ent_type_ in ("DATE", "TIME") or token.lower_ in lx.NOT_COUNTED | _TIME_NOUNS


PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t]*\n|\n(?=[ \t]+\S)|(?<=[.!?\"\u201d])[ \t]*\n")


def _lead_end(text: str, sentences: list[tuple[int, int]]) -> int:
    """Where the lead paragraph ends: the first paragraph that ends like prose.

    A headline line before it (no full stop at its end) belongs to the lead. Paragraphs
    end at a blank line, an indented line (wire copy) or a line that ends a sentence;
    a lead runs at most two sentences, so unparagraphed text does not make a long lead.
    """
    lead_start, end = 0, len(text)
    for match in PARAGRAPH_BREAK_RE.finditer(text):
        block = text[lead_start : match.start()].strip()
        if block and block[-1] in ".!?\"'\u2019\u201d)":
            end = match.start()
            break
        lead_start = match.end()
    else:
        lead_start = 0
    ends = [e for _, e in sentences if e > lead_start]
    return min(end, ends[1]) if len(ends) >= 2 else end


def _sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Character bounds of each sentence (the whole text if the Doc has no sentences)."""
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        return [(s.start_char, s.end_char) for s in doc.sents]
    return [(0, len(doc_text(doc)))]


def _inside(bounds: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    """Whether character `pos` lies in one of `bounds` (sorted; `starts` their starts)."""
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and pos < bounds[i][1]


def _sentence_of(bounds: list[tuple[int, int]], pos: int) -> tuple[int, int, int]:
    """Index, start and end of the sentence holding character `pos`."""
    i = max(0, bisect.bisect_right([s for s, _ in bounds], pos) - 1)
    return i, bounds[i][0], bounds[i][1]


def _tokens(doc: Doc, q: Quantity) -> Span | None:
    """The tokens covering the figure (expanded to whole tokens)."""
    return doc.char_span(q.start, q.end, alignment_mode="expand")


def _number_token(span: Span) -> Token:
    """The token of the span that carries the number (the first with a digit or NUM)."""
    for token in span:
        if token.like_num or token.pos_ == "NUM" or any(c.isdigit() for c in token.text):
            return token
    return span[0]


def _contains_word(phrase: str, words: str) -> bool:
    """Whether `words` occur in `phrase` as whole words ("one" is not in "phones")."""
    return has_whole_words(phrase, words)


# What stands between a figure and the same fact told again: "1.3 billion shekels ($350
# million)", "rose 8.5p, or 8.1%", "87 mph / 140 km/h".
# "1,700 billion yen, or some 11.5 billion dlrs": an approximating word (`lx.APPROX`) may
# stand before the restating figure.
_APPROX_WORDS = "|".join(sorted(lx.APPROX, key=len, reverse=True))
RESTATED_RE = re.compile(
    rf"\s*[(\[]\s*|\s*,?\s*[(\[]?\s*(?:or|/)\s*(?:(?:{_APPROX_WORDS})\s+){{0,3}}", re.I
)


SCALE_WORD_RE = re.compile(r"\d\s*(?:mln|bln|million|billion|trillion|thousand|m|bn)\b", re.I)
