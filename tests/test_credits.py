"""Lines of the page, not of the story: a dateline and a reporters' credit line name no actor."""

from __future__ import annotations

from spacy.language import Language

from generator.extract import extract_document
from generator.reading.layout import parse

STORY = """Snow closes mountain pass

Heavy snow closed the Alder Pass on Tuesday, and police chief Maria Lund said drivers
should stay at home until the ploughs had cleared it.

"We have never seen drifts like these so early in the year," Lund said.

Tom Reyes and Nina Park contributed to this report.
"""


def test_reporters_credited_at_the_end_are_no_actors(nlp: Language) -> None:
    extraction, problems = extract_document(parse(nlp, STORY))
    assert problems == []
    names = {actor.name for actor in extraction.actors}
    assert "Maria Lund" in names
    assert not names & {"Tom Reyes", "Nina Park"}


DATELINED = """HALDEN (Nordwire) -- The ferry operator Fjordline said on Monday it would add two
sailings a day to the islands from June, after a record winter for bookings.

"Demand has never been higher," chief executive Ola Brekke said.
"""


def test_the_dateline_names_no_actor(nlp: Language) -> None:
    extraction, problems = extract_document(parse(nlp, DATELINED))
    assert problems == []
    names = {actor.name for actor in extraction.actors}
    assert "Ola Brekke" in names
    assert not any(name.upper() in {"HALDEN", "NORDWIRE"} for name in names)


OPINION = """Gun sales rise again

Gun sales rose in May for the 13th month in a row, according to figures released on
Monday by the Federal Bureau of Investigation.

"People want to protect their families," said Larry Keane, a spokesman for the
National Shooting Sports Foundation.

Dale Hawkes is the Second Amendment columnist for Harwell News and political analyst
for Armed Valley Radio. His new book, 12 Rounds, is out now. Follow him on Twitter:
@DaleHawkes. Reach him directly at dale@example.com.
"""


def test_the_authors_note_at_the_end_is_no_body_text(nlp: Language) -> None:
    """The note about the writer names no actor, gives no summary sentence and no figure."""
    extraction, problems = extract_document(parse(nlp, OPINION))
    assert problems == []
    names = {actor.name for actor in extraction.actors}
    assert "Larry Keane" in names
    assert not names & {"Dale Hawkes", "Harwell News", "Armed Valley Radio"}
    assert not any("Hawkes" in sentence for sentence in extraction.summary)
    assert not any(figure.text == "12" for figure in extraction.figures)
    noted = ("Dale Hawkes", "Armed Valley Radio", "Harwell News", "columnist", "analyst")
    assert not [term for term in extraction.keyterms if any(word in term for word in noted)]


def test_a_story_sentence_about_a_columnist_named_before_stays(nlp: Language) -> None:
    """A last paragraph about someone the story is about is the story, not a note."""
    text = (
        "Columnist quits\n\nThe Riverton Courier said on Monday that Dale Hawkes had "
        "resigned after a row over a column on the flood barrier.\n\nHawkes is a columnist "
        "for the Riverton Courier and has written for it since 1990."
    )
    extraction, problems = extract_document(parse(nlp, text))
    assert problems == []
    assert "Dale Hawkes" in {actor.name for actor in extraction.actors}


def test_a_contributing_line_names_no_actor(nlp: Language) -> None:
    text = STORY.replace(
        "Tom Reyes and Nina Park contributed to this report.", "Contributing: Tom Reyes."
    )
    extraction, problems = extract_document(parse(nlp, text))
    assert problems == []
    assert "Tom Reyes" not in {actor.name for actor in extraction.actors}
