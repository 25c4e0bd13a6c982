"""A nationality that opens a body's name the model missed is no short form of another
body whose name it also opens (issue 11, "a quote given to the wrong person"): "The
Scottish Executive said" must not speak for the Scottish National Party. A body's short
name that acts on its own ("American said it ...") still joins its body. Articles
written for the test; assertions read the published speakers and actors."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

from generator.extract import extract_document
from generator.reading.layout import parse

LEVY = """Holyrood plans new levy

The Scottish National Party has called for a tourist levy in Edinburgh, and its leader
Alex Salmond said the city needed the money.

The Scottish Executive said it would consider the plans but had no timetable for a
decision.
"""


def test_a_nationality_opening_another_name_is_not_the_party(nlp: Language) -> None:
    found = speakers(nlp, LEVY)
    assert speaker_of(found, "it would consider the plans") != "Scottish National Party"
    extraction, _ = extract_document(parse(nlp, LEVY))
    party = next(a for a in extraction.actors if a.name == "Scottish National Party")
    assert "Scottish" not in party.aliases
