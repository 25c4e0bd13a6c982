"""A person's given name alone beside the full name (issue 11): "It was difficult for
Jerzy" beside "Jerzy Dudek" is the goalkeeper, not a firm of its own; two people of
that given name leave it to no one."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract import extract_document
from generator.model import Actor
from generator.running.nlp import load_model

OPENING = (
    "Liverpool lose at home\n\n"
    "Liverpool goalkeeper Jerzy Dudek let in a soft goal as Liverpool lost 1-0 to Everton "
    "on Saturday{extra}. Dudek was beaten at his near post after ten minutes.\n\n"
    'Manager Rafael Benitez said: "It was difficult for Jerzy. It was an unlucky moment."\n'
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()


def actors_of(nlp: Language, text: str) -> dict[str, Actor]:
    extraction, problems = extract_document(nlp(text))
    assert problems == []
    return {actor.name: actor for actor in extraction.actors}


def test_a_given_name_alone_joins_the_one_person_of_that_name(nlp: Language) -> None:
    actors = actors_of(nlp, OPENING.format(extra=""))
    assert "Jerzy" not in actors
    assert "Jerzy" in actors["Jerzy Dudek"].aliases


def test_a_given_name_in_a_quote_joins_the_person(nlp: Language) -> None:
    text = (
        "Chelsea winger ruled out\n\n"
        "Chelsea winger Arjen Robben will miss a month with a broken foot, the club's "
        "doctor Bryan English said on Monday.\n\n"
        '"I put everything right with Arjen\'s foot the last time I saw him," Belgian '
        "doctor Luc Meersseman told the Mail on Sunday.\n"
    )
    actors = actors_of(nlp, text)
    assert "Arjen" not in actors
    assert "Arjen" in actors["Arjen Robben"].aliases


def test_a_given_name_two_people_share_joins_neither(nlp: Language) -> None:
    text = OPENING.format(extra=", and defender Jerzy Kowalski was sent off")
    actors = actors_of(nlp, text)
    assert "Jerzy" not in actors["Jerzy Dudek"].aliases
    assert "Jerzy" not in actors["Jerzy Kowalski"].aliases
