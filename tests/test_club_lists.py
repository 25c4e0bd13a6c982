"""Clubs listed together in a sports report are clubs (actors.lists), on articles
written for these tests: a town's name among them is the club's, and a list of people
or of countries is left alone."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.actors import extract_actors
from generator.model import Actor


def types(actors: list[Actor]) -> dict[str, str]:
    return {a.name: a.type for a in actors}


DRAW = (
    "Four clubs reach the last 16\n\n"
    "The draw for the knockout stage will be made on Friday. Rosewood Athletic, "
    "who had already qualified, went down 3-0 to Porto on Tuesday.\n\n"
    "The other group winners are AC Milan, Porto, Juventus and Barcelona, and "
    "the runners-up include Werder Bremen, who lost 2-1 at home."
)


def test_towns_listed_with_clubs_are_clubs(nlp: Language) -> None:
    got = types(extract_actors(nlp(DRAW)))
    assert got.get("Barcelona") == "organization", got
    assert got.get("Juventus") == "organization", got


def test_a_list_with_a_country_is_left_alone(nlp: Language) -> None:
    text = DRAW.replace("Porto, Juventus and Barcelona", "Italy, Juventus and Barcelona")
    got = types(extract_actors(nlp(text)))
    assert got.get("Barcelona") == "place", got


def test_towns_outside_a_sports_report_stay_places(nlp: Language) -> None:
    text = (
        "Airline adds routes\n\n"
        "The airline will fly from Glasgow Airways hubs to Munich, Porto, Turin and "
        "Barcelona from May, its chief executive said."
    )
    got = types(extract_actors(nlp(text)))
    assert got.get("Barcelona") == "place", got
