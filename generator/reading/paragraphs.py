"""Paragraphs of an article body, numbered as the briefing page numbers them (¶1, ¶2).

One definition for every page that links to a paragraph: the briefing page gives each
paragraph its anchor (`#p3`), and quotes and figures, on the briefing and on actor
pages, link to the paragraph that holds them. `cited_excerpt` keeps only the sentences
a briefing quotes or cites, for sites that may not republish whole articles.
"""

from __future__ import annotations

import re

from generator.reading.layout import analyse

WHITESPACE = re.compile(r"\s")


def paragraphs(body: str, headline_line: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, text) of each paragraph of the story, as the extractors saw them.

    generator.reading.layout decides (a headline line is the title, not ¶1, and so is a
    first line the reader took as the title: `headline_line`; single-newline and
    indented paragraphs count; a wrapped line is not a paragraph). The text is
    shown unwrapped: each line break and tab becomes a space, so the text keeps its
    length and an offset into the body still points at the same character in it.
    """
    spans = analyse(body, headline_line).paragraphs
    return [(start, end, WHITESPACE.sub(" ", body[start:end])) for start, end in spans]


def paragraph_of(spans: list[tuple[int, int, str]], offset: int) -> int:
    """The 1-based number of the paragraph holding character `offset`."""
    for number, (_start, end, _text) in enumerate(spans, start=1):
        if offset < end:
            return number
    return len(spans)


# A sentence ends at . ! or ? (and any closing quotation marks or brackets), before
# white space and what opens the next one: a capital, a digit or an opening mark.
SENTENCE_END = re.compile(r"(?<=[.!?])([\"'\u201d\u2019)\]]*)\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])")
GAP = "\u2026"  # an ellipsis: words left out


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a paragraph, by punctuation alone."""
    spans, start = [], 0
    for match in SENTENCE_END.finditer(text):
        spans.append((start, match.end(1)))  # closing marks stay with it
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def cited_excerpt(
    spans: list[tuple[int, int, str]], cited: list[tuple[int, int]]
) -> list[tuple[int, str]]:
    """(number, text) of each paragraph holding a cited span (a quote, a figure), with
    only the sentences that overlap one; "…" marks what was left out. Paragraph
    numbers are those of the whole article, so every ¶ link still lands."""
    kept_paragraphs = []
    for number, (start, _end, text) in enumerate(spans, start=1):
        sentences = sentence_spans(text)
        kept = [
            index
            for index, (s, e) in enumerate(sentences)
            if any(c_start < start + e and c_end > start + s for c_start, c_end in cited)
        ]
        if not kept:
            continue
        pieces = [GAP] if kept[0] > 0 else []
        for position, index in enumerate(kept):
            if position and index != kept[position - 1] + 1:
                pieces.append(GAP)
            s, e = sentences[index]
            pieces.append(text[s:e])
        if kept[-1] < len(sentences) - 1:
            pieces.append(GAP)
        kept_paragraphs.append((number, " ".join(pieces)))
    return kept_paragraphs
