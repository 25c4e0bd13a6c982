"""Brands, firms named "and Co", eras and laws: what the actors list shows for them
(short articles written for these tests, no corpus text)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.actors import extract_actors
from generator.model import Actor
from generator.running.nlp import load_model


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()


def listed(nlp: Language, text: str) -> dict[str, Actor]:
    """The actors a briefing lists (confident enough to show), by name."""
    return {a.name: a for a in extract_actors(nlp(text)) if a.confidence >= 0.4}


def test_founders_and_co_is_one_firm(nlp: Language) -> None:
    actors = listed(
        nlp,
        "Halvey Morrow and Co said on Monday it would buy the unit. Halvey Morrow said "
        "the deal was worth 10 mln dlrs.",
    )
    firm = actors["Halvey Morrow and Co"]
    assert firm.type == "organization"
    assert "Halvey Morrow" in firm.aliases
    assert "Co" not in actors and "Halvey Morrow" not in actors


def test_founders_name_alone_is_the_firm(nlp: Language) -> None:
    actors = listed(
        nlp,
        "Shares rose, said Mark Dunmore, an analyst at brokerage firm Samuel Trelawny and "
        "Co in London. Samuel Trelawny expects a rise in the second half.",
    )
    assert actors["Samuel Trelawny and Co"].type == "organization"
    assert "Samuel Trelawny" not in actors
    assert actors["Mark Dunmore"].type == "person"


def test_founder_the_text_makes_a_person_stays_one(nlp: Language) -> None:
    actors = listed(
        nlp,
        "Brokers Samuel Trelawny and Co said profits rose. Mr Trelawny, the firm's "
        "founder, said he would retire. Samuel Trelawny is 71.",
    )
    assert actors["Samuel Trelawny and Co"].type == "organization"
    assert actors["Samuel Trelawny"].type == "person"
