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
