"""A full name that opens with a given name is a person's, unless the name itself says
it is a body or a place: articles written for these tests (no corpus text here)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.actors import extract_actors
from generator.model import Actor
from generator.running.nlp import load_model


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()


def types(actors: list[Actor]) -> dict[str, str]:
    return {a.name: a.type for a in actors if a.listed}


def test_a_listed_given_name_makes_a_full_name_a_person(nlp: Language) -> None:
    """ "Sophie" is no given name the corpus pairs with a surname, but the given-name
    lists know it: the model's organisation label does not win."""
    text = (
        "An advert starring Sophie Dahl was banned by the watchdog on Tuesday. "
        "The watchdog said it was degrading."
    )
    assert types(extract_actors(nlp(text))).get("Sophie Dahl") == "person"


def test_a_publisher_with_a_given_name_is_a_person(nlp: Language) -> None:
    """A publisher or a developer may be a firm or a person: before a full name that
    opens with a given name, the noun makes no organisation of it."""
    for text, name in [
        (
            "The home secretary has spoken of his love for married publisher Kimberly "
            "Quinn for the first time. He said he had not abused his position.",
            "Kimberly Quinn",
        ),
        (
            "The site's publisher Nadia Kowalski said the leak came from an insider. "
            "The firm denied it.",
            "Nadia Kowalski",
        ),
    ]:
        assert types(extract_actors(nlp(text))).get(name) == "person", text


def test_bodies_and_places_named_after_people_keep_their_type(nlp: Language) -> None:
    """Firms and places whose names open with a given name or a name-like word, and
    given names that are English words ("Grant", "Mark", "Rich"): the wider list of
    given names types none of the bodies or places as a person."""
    text = (
        "Bank shares rose. Morgan Stanley and Marks & Spencer reported profits, while "
        "sales grew in San Francisco. Mercedes Benz cars did not sell. "
        "Grant Shapps met Mark Carney, and Rich Ricci said he had left the bank."
    )
    found = types(extract_actors(nlp(text)))
    assert found.get("Morgan Stanley") == "organization"
    assert found.get("Marks & Spencer") == "organization"
    assert found.get("Mercedes Benz") == "organization"
    assert found.get("San Francisco") == "place"
    for person in ("Grant Shapps", "Mark Carney", "Rich Ricci"):
        assert found.get(person) == "person", person


def test_a_listed_given_name_completes_a_persons_name(nlp: Language) -> None:
    """A listed given name the model left out before a surname it tagged as a person
    is part of the name; a describing word opening the sentence is not."""
    text = "Defender Sylvain Distin has signed a new deal. Distin said he was delighted."
    assert "Sylvain Distin" in types(extract_actors(nlp(text)))
    text = "Veteran Yolande Moreau won the award for best actress on Saturday night."
    assert types(extract_actors(nlp(text))).get("Yolande Moreau") == "person"
