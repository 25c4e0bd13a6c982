"""Reading the speakers a briefing publishes for an article written for a test: shared
by the speaker tests, which assert on the published speaker of each quotation."""

from __future__ import annotations

from spacy.language import Language

from generator.extract import extract_document
from generator.reading.layout import parse


def speakers(nlp: Language, article: str) -> dict[str, str | None]:
    """Each published quotation's text and its speaker (None when unattributed)."""
    extraction, problems = extract_document(parse(nlp, article))
    assert problems == []
    return {quote.text: quote.speaker for quote in extraction.quotes}


def speaker_of(found: dict[str, str | None], opening: str) -> str | None:
    """The speaker of the quotation that opens with `opening`, or whose quoted words do
    (a fragment shown with the reported clause that holds it: 'the meeting was "a
    private visit"' for "a private visit"); there must be one."""
    matches = [text for text in found if text.startswith(opening)]
    matches += [text for text in found if _quoted_opening(text, opening)]
    assert matches, found
    return found[matches[0]]


def _quoted_opening(text: str, opening: str) -> bool:
    """Whether a quotation mark in `text` opens words that start with `opening`."""
    return any(text[i + 1 :].startswith(opening) for i, c in enumerate(text) if c in '"\u201c')
