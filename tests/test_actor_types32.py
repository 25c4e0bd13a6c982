"""Actors with the right type and a whole name (issue 11): a firm's short name the model
calls a person, a facility the model alone calls a place, a span run over a clause's
edge. Articles written for these tests; no corpus text."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Span

from generator.extract.actors import extract_actors
from generator.extract.actors.span_mention import _mention_from_span
from generator.model import LISTED, Actor
from generator.running.nlp import load_model


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()


def actors_of(nlp: Language, text: str) -> dict[str, Actor]:
    """Every actor of the article, by name (listed or not)."""
    return {a.name: a for a in extract_actors(nlp(text))}


def test_leading_words_of_a_firm_are_the_firm_not_a_person(nlp: Language) -> None:
    text = (
        "Marwick Group Plc said it sold its truck fleet to <Harlow Freight Haulage Ltd> "
        "for 9.5 mln stg.\n"
        "    Harlow Freight is owned equally by Marwick and <Dunmore Finance Plc>.\n"
        "    Marwick said the sale would cut its debt."
    )
    actors = actors_of(nlp, text)
    assert "Harlow Freight" not in actors
    firm = actors["Harlow Freight Haulage Ltd"]
    assert firm.type == "organization"
    assert "Harlow Freight" in firm.aliases


def test_firm_whose_first_word_reads_as_a_noun_keeps_it(nlp: Language) -> None:
    text = (
        "Paper Salvage Inc said it has received a licence to use a new pulping "
        "technology.\n"
        "    Paper Salvage said trials begin in the fourth quarter.\n"
        "    It said a mill in Maine will supply Paper Salvage with waste paper."
    )
    actors = actors_of(nlp, text)
    assert "Salvage Inc" not in actors and "Paper Salvage" not in actors
    assert actors["Paper Salvage Inc"].type == "organization"


def test_firm_named_without_its_legal_form_is_no_person(nlp: Language) -> None:
    text = (
        "Water Purification Inc said it agreed to buy a rival filter maker for 20 mln "
        "dlrs.\n"
        "    Water Purification said the deal would close in May."
    )
    actors = actors_of(nlp, text)
    assert [(a.name, a.type) for a in actors.values()] == [
        ("Water Purification Inc", "organization")
    ]


def test_a_person_named_like_the_firm_with_a_role_stays_a_person(nlp: Language) -> None:
    text = (
        "Charles Rowan Inc said its profit rose 12 pct in the first quarter.\n"
        "    Charles Rowan, the company's chairman, said he expected higher sales "
        "this year."
    )
    actors = actors_of(nlp, text)
    assert actors["Charles Rowan"].type == "person"
    assert actors["Charles Rowan Inc"].type == "organization"


def test_facility_only_the_model_calls_so_is_not_listed(nlp: Language) -> None:
    text = (
        "The actress was the favourite after her success at the Golden Globes last "
        "month.\n\n"
        "She will now compete at the Oscars in Los Angeles, where the film is nominated "
        "in five categories."
    )
    actors = actors_of(nlp, text)
    assert actors["Los Angeles"].type == "place"
    assert "Golden Globes" not in actors or actors["Golden Globes"].confidence < LISTED


def test_facility_named_again_and_again_stays_a_place(nlp: Language) -> None:
    """The model calls the Vatican a facility each time; a story set there names it
    again and again: the place stays listed."""
    text = (
        "The senator met the pope on Saturday at the Vatican guest house.\n\n"
        "He was at the Vatican for a seminar on inequality and spent the night at the "
        "Vatican after the conference."
    )
    actors = actors_of(nlp, text)
    assert actors["Vatican"].type == "place"
    assert actors["Vatican"].listed


def test_road_the_model_calls_a_facility_stays_a_place(nlp: Language) -> None:
    text = "Protesters gathered in Cromwell Road on Saturday, police said."
    actors = actors_of(nlp, text)
    assert actors["Cromwell Road"].type == "place"
    assert actors["Cromwell Road"].listed


def test_article_inside_a_span_opens_the_name(nlp: Language) -> None:
    text = (
        "Maria Lopes, a professor at Lisbon university, told Reuters the National "
        "Union of Dock Workers wanted a national strike.\n"
        "    The union has about 40,000 members."
    )
    actors = actors_of(nlp, text)
    assert "National Union of Dock Workers" in actors
    assert not [name for name in actors if name.startswith("Reuters")]


def test_conjunction_inside_a_span_ends_the_name(nlp: Language) -> None:
    doc = nlp("He was sent off at Fulham when Chelsea had a one-man advantage.")
    start = next(t.i for t in doc if t.text == "Fulham")
    mention = _mention_from_span(doc, Span(doc, start, start + 3, label="ORG"))
    assert mention is not None and mention.name == "Fulham"


def test_title_and_surname_tagged_as_a_body_is_a_person(nlp: Language) -> None:
    text = (
        "\u201cAfter talking to General Brannagh, General Ham and the Joint Staff, we "
        "held the troops,\u201d the email says."
    )
    actors = actors_of(nlp, text)
    assert "General Brannagh" not in actors
    assert actors["Brannagh"].type == "person"
    assert "General" in actors["Brannagh"].roles


def test_title_before_a_common_word_keeps_the_firm(nlp: Language) -> None:
    text = "General Mills said its profit rose. General Electric also reported."
    actors = actors_of(nlp, text)
    assert actors["General Mills"].type == "organization"
    assert actors["General Electric"].type == "organization"


def test_building_the_model_calls_a_facility_stays_listed(nlp: Language) -> None:
    text = "Thousands of fans filled the Millennium Dome for the New Year concert."
    actors = actors_of(nlp, text)
    assert actors["Millennium Dome"].type == "place"
    assert actors["Millennium Dome"].listed


def test_opening_verb_is_no_part_of_a_body_name(nlp: Language) -> None:
    text = (
        "\u201cI don't think so,\u201d she said. Praising Celtic and Rangers for their "
        "efforts, she said: \u201cThey have done well.\u201d"
    )
    actors = actors_of(nlp, text)
    assert "Praising Celtic" not in actors
    assert actors["Celtic"].type == "organization"


def test_body_name_ends_before_an_abbreviated_rank(nlp: Language) -> None:
    text = "\u201cWe train every day,\u201d said Navy Capt. Orla Brennock, who commands the base."
    actors = actors_of(nlp, text)
    assert "Navy Capt" not in actors
    assert actors["Navy"].type == "organization"
