"""Reading the actors a briefing lists for an article written for a test: shared by the
actor tests, which assert on the listed actors by name."""

from __future__ import annotations

from spacy.language import Language

from generator.extract import extract_document
from generator.extract.actors import extract_actors
from generator.model import Actor
from generator.reading.layout import parse


def listed(nlp: Language, text: str) -> dict[str, Actor]:
    """The actors a briefing lists (confident enough to show at all), by name."""
    return {a.name: a for a in extract_actors(nlp(text)) if a.listed}


def published_types(nlp: Language, article: str) -> dict[str, str]:
    """The type of each actor the briefing lists, by name, read from the article as a
    build parses it (a `.txt` headline line apart, wire copy unwrapped), where `listed`
    reads the raw text."""
    extraction, problems = extract_document(parse(nlp, article))
    assert problems == []
    return {actor.name: actor.type for actor in extraction.actors if actor.listed}
