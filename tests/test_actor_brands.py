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


def test_person_shaped_brands_are_no_people(nlp: Language) -> None:
    actors = listed(
        nlp,
        "Analysts said the group's stores and its franchises, among them Canon cameras, "
        "Raoul Varenne luxury goods and Volvo cars, produced strong cash flow.\n\n"
        "The owner of brands such as Daisy Meadow, Dr Fizzwell and Snapple sells most of "
        "its output abroad. Drinks sales were up 2% with strong growth in soft drinks, led "
        "by Dr Fizzwell and diet drinks.",
    )
    assert "Raoul Varenne" not in actors
    assert "Daisy Meadow" not in actors
    assert "Fizzwell" not in actors and "Dr Fizzwell" not in actors


def test_laws_and_eras_named_like_a_person_are_no_people(nlp: Language) -> None:
    actors = listed(
        nlp,
        "He grew up under Jim Crow laws in Alabama. The Jim Crow era ended in the 1960s, "
        "the historian said.",
    )
    assert "Jim Crow" not in actors
    assert actors["Alabama"].type == "place"


def test_a_person_the_brand_is_named_after_stays(nlp: Language) -> None:
    actors = listed(
        nlp,
        "Raoul Varenne founded the fashion house in 1946. Raoul Varenne perfume sold well "
        "and Varenne said he was proud of it.",
    )
    assert actors["Raoul Varenne"].type == "person"


def test_publications_and_streaming_services_are_bodies(nlp: Language) -> None:
    actors = listed(
        nlp,
        "Oil rose on a report in the Middle East Petroleum Survey that said output fell. "
        "However, the authoritative Middle East Petroleum Survey reported yesterday that "
        "Saudi Arabia would not raise output.\n\n"
        "He loved the new comedy streaming on Vidflix. The Vidflix drama follows a "
        "congressman.",
    )
    assert actors["Middle East Petroleum Survey"].type == "organization"
    assert actors["Vidflix"].type == "organization"
    assert actors["Saudi Arabia"].type == "place"


def test_a_place_after_on_stays_a_place(nlp: Language) -> None:
    actors = listed(nlp, "The band played in Ohio. The show was a hit on Broadway and in Texas.")
    assert actors["Texas"].type == "place"
    assert "Broadway" not in actors or actors["Broadway"].type == "place"


def test_a_network_is_no_short_form_of_its_programme(nlp: Language) -> None:
    actors = listed(
        nlp,
        "The interview was shown on NBC Nightly News on Tuesday. An NBC spokeswoman said "
        "the network had paid nothing. NBC Nightly News anchor Brian Williams said he was "
        "pleased.",
    )
    assert "NBC" in actors
    assert "NBC" not in actors.get("NBC Nightly News", actors["NBC"]).aliases


def test_a_news_arm_stays_its_network(nlp: Language) -> None:
    actors = listed(nlp, "Sky News reported that the deal was done. Sky said it would appeal.")
    assert "Sky" in actors["Sky News"].aliases


def test_a_firm_named_with_a_nationality_keeps_its_whole_name(nlp: Language) -> None:
    actors = listed(
        nlp,
        "Among the smaller carmakers, Japanese-owned American Honda said its February car "
        "sales rose 96.2 pct.\n\n"
        "Chrysler sold 30,909, down 3.6 pct, and American Motors 790, down 6.2 pct.",
    )
    assert actors["American Honda"].type == "organization"
    assert "Honda" not in actors


def test_a_firms_own_word_joins_its_name_with_a_nationality(nlp: Language) -> None:
    actors = listed(
        nlp,
        "American Honda Motor Corp said its sales of domestic cars rose. Year-to-date, "
        "Honda said it sold 59,590 U.S. cars.",
    )
    assert "Honda" in actors["American Honda Motor Corp"].aliases
    assert "Honda" not in actors


def test_a_nationality_describing_a_firm_stays_apart(nlp: Language) -> None:
    actors = listed(nlp, "The Japanese Honda and the German Volkswagen compete in Europe.")
    assert "Honda" in actors and "Volkswagen" in actors


def test_a_firms_arm_with_a_bracketed_qualifier_is_a_firm(nlp: Language) -> None:
    actors = listed(
        nlp,
        "Samuel Trelawny (Far East) Ltd estimates the group's 1986 profits at 400 mln dlrs.",
    )
    assert "Samuel Trelawny" not in actors
    firms = [a for a in actors.values() if a.name.startswith("Samuel Trelawny")]
    assert [a.type for a in firms] == ["organization"]


def test_an_era_named_like_a_person_in_apposition(nlp: Language) -> None:
    actors = listed(
        nlp,
        "Jim Crow laws kept the South apart. The era of legal segregation, Jim Crow, ended "
        "in 1965.",
    )
    assert "Jim Crow" not in actors


def test_an_era_alone_names_the_person_too(nlp: Language) -> None:
    actors = listed(nlp, "Ms. Warren has assailed policies of the Bill Clinton era on Wall Street.")
    assert actors["Bill Clinton"].type == "person"
