"""A reporters' credit line at the end of a story names the page's writers, not actors."""

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
