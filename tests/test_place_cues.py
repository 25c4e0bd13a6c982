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


def test_a_us_state_by_its_nickname_is_a_place(nlp: Language) -> None:
    """ "in the Granite State": a state's nickname after "the" is the state, though
    "State" ends many bodies' names; the association named after one stays a body."""
    text = (
        "Ad blitz\n\n"
        "The group has spent about $12 million since September in the Granite State, "
        "according to media trackers, said Ann Roe of the Lone Star State Association."
    )
    actors = {a.name: a for a in extract_actors(nlp(text))}
    assert actors["Granite State"].type == "place"
    assert actors["Lone Star State Association"].type == "organization"
