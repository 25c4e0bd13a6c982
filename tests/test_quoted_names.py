"""Quoted words that are part of a name or a show's title in the writer's sentence are
no quotation (editor's blind review, session 34, non-quotes). Each article is written
for the test; each assertion reads the quotes a briefing publishes."""

from __future__ import annotations

from published_speakers import speakers
from spacy.language import Language

ARTICLE = """Racing veteran retires

Former team owner C.N. "Bud" Moore said the team was strong.

Giuliani criticised the agency on Channel Nine's "Morning Report," calling the decision
wrong.

"We have done our best," Moore said.

Police told reporters that Burkhard "Bobby" Junger was arrested on Monday.

"Harbour Lights (Second Mix)" was recorded in 1999 and became a hit.
"""


def test_a_nickname_is_no_quotation(nlp: Language) -> None:
    found = speakers(nlp, ARTICLE)
    assert "Bud" not in found, found
    assert "the team was strong" in found, found
    assert "We have done our best" in found, found


def test_a_report_holding_a_nickname_stays_a_report(nlp: Language) -> None:
    found = speakers(nlp, ARTICLE)
    assert 'Burkhard "Bobby" Junger was arrested on Monday' in found, found
    assert "Bobby" not in found, found


def test_a_shows_title_is_no_quotation(nlp: Language) -> None:
    found = speakers(nlp, ARTICLE)
    assert not any(text.startswith("Morning Report") for text in found), found


def test_a_songs_title_opening_the_writers_sentence_is_no_quotation(nlp: Language) -> None:
    found = speakers(nlp, ARTICLE)
    assert not any(text.startswith("Harbour Lights") for text in found), found
