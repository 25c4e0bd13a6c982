"""No report from the writer's own words (issue 11, non-quotes): an aside to the reader
("it's important to remember that ...") and a name after "called" that the parser read
as the subject of a clause ("an anti-toll group called Our Riverton is ramping up ...") and
a measure things go by ("put in four groups according to their travel intention") are
no one's statement, and stay off "Who said what"."""

from __future__ import annotations

from spacy.language import Language

from generator.extract import extract_document
from generator.extract.quotes import published
from generator.reading.layout import parse

ARTICLE = """Riverton weighs its new bridge toll

Tolls might seem unfair to drivers, but it's important to remember that the old bridge
cost the town millions in repairs.

Councillors met on Tuesday. An anti-toll group called Our Riverton is ramping up its
operations.

Drivers are put in four groups according to their last known travel intention, from
daily to rare.

Mr Reed said the toll would be scrapped in 2008.
"""


def shown(nlp: Language) -> list[str]:
    extraction, problems = extract_document(parse(nlp, ARTICLE))
    assert problems == []
    return [quote.text for quote in extraction.quotes if published(quote)]


def test_no_report_from_the_writers_aside(nlp: Language) -> None:
    texts = shown(nlp)
    assert not any("cost the town millions" in text for text in texts), texts


def test_no_report_from_a_name_after_called(nlp: Language) -> None:
    texts = shown(nlp)
    assert not any("ramping up its operations" in text for text in texts), texts


def test_no_report_from_a_measure_after_according_to(nlp: Language) -> None:
    texts = shown(nlp)
    assert not any("put in four groups" in text for text in texts), texts


def test_a_report_is_still_shown(nlp: Language) -> None:
    """A guard: the plain report beside them stays."""
    assert "the toll would be scrapped in 2008" in shown(nlp)
