"""Place cues that type a name as a place (articles written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.actors import extract_actors
from generator.running.nlp import load_model


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()


def test_a_compass_part_of_a_region_is_a_place(nlp: Language) -> None:
    """ "across the northern Rockies", "in the central Appalachians": a part of a
    region is a place, whatever the model's label; the weather service stays a body."""
    text = (
        "Storm moves east\n\n"
        "Heavy snow fell across the northern Rockies on Sunday, and more is expected in "
        "the central Appalachians by Tuesday, the National Weather Service said. "
        "Forecasters expect travel delays."
    )
    actors = {a.name: a for a in extract_actors(nlp(text)) if a.listed}
    assert actors["Appalachians"].type == "place"
    assert actors["Rockies"].type == "place"
    assert actors["National Weather Service"].type == "organization"
