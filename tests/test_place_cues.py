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


def test_the_ground_of_a_match_is_a_place(nlp: Language) -> None:
    """ "a dull tie at Old Trafford", "the two sides meet again at Twickenham": where a
    match is played is a ground, a place, whatever the model's label (of a name news
    writes for grounds); the home side named for its ground ("the cup tie at
    Everton") and a body met at stay bodies."""
    text = (
        "Rovers hold Wanderers\n\n"
        "Rovers and Wanderers drew 1-1 in a dull tie at Old Trafford on Saturday. Rovers "
        "manager Tom Hale said his side had deserved more. The two sides meet again in "
        "April at Twickenham, a week before the cup tie at Everton. "
        "Ministers met at the Treasury on Monday to agree the budget."
    )
    actors = {a.name: a for a in extract_actors(nlp(text))}
    assert actors["Old Trafford"].type == "place"
    assert actors["Twickenham"].type == "place"
    assert actors["Everton"].type == "organization"
    assert actors["Treasury"].type == "organization"


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
