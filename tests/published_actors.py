"""Reading the actors a briefing lists for an article written for a test: shared by the
actor tests, which assert on the listed actors by name."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.actors import extract_actors
from generator.model import Actor


def listed(nlp: Language, text: str) -> dict[str, Actor]:
    """The actors a briefing lists (confident enough to show at all), by name."""
    return {a.name: a for a in extract_actors(nlp(text)) if a.listed}
