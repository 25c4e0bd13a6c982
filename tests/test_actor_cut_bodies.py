"""Bodies' names the model cut or glued (session 33): a name cut at its "of" or before
its committee noun, a school named by common words after its owner's possessive, an
institution glued to the place it stands in. Articles written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.actors import extract_actors
from generator.model import Actor
from generator.running.nlp import load_model


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()


def actors_of(nlp: Language, text: str) -> dict[str, Actor]:
    return {a.name: a for a in extract_actors(nlp(text))}


def test_store_group_cut_at_its_of_is_one_body(nlp: Language) -> None:
    text = (
        "Shares in House of Fraser fell 10 pence after the department store group "
        "warned on profits. House of Fraser said trading was weak."
    )
    actors = actors_of(nlp, text)
    assert "House" not in actors
    assert "Fraser" not in actors
    assert actors["House of Fraser"].type == "organization"


def test_firm_of_its_country_stays_the_firm(nlp: Language) -> None:
    text = "Nokia of Finland said sales rose. Nokia shares gained 3 percent in Helsinki."
    actors = actors_of(nlp, text)
    assert not any(" of " in name for name in actors)


def test_word_written_alone_too_is_not_joined(nlp: Language) -> None:
    text = (
        "The bill passed the House on Monday. The House of Fraser chain said the "
        "House vote would not change its plans."
    )
    assert "House of Fraser" not in actors_of(nlp, text)


def test_committee_noun_after_a_cut_name(nlp: Language) -> None:
    text = (
        "The House Appropriations subcommittee voted on Tuesday to cut the budget. "
        "The chairman said the House would vote next week."
    )
    actors = actors_of(nlp, text)
    assert "House Appropriations" not in actors
    assert "House Appropriations subcommittee" in actors


def test_school_named_by_common_words_stays_with_its_owner(nlp: Language) -> None:
    text = (
        "Professor Ann Mills of the University of Chicago's Graduate Business School "
        "said the study was flawed. Mills said more work was needed."
    )
    actors = actors_of(nlp, text)
    assert "Graduate Business School" not in actors
    assert actors["University of Chicago's Graduate Business School"].type == "organization"


def test_country_owning_a_party_stays_two(nlp: Language) -> None:
    text = "Britain's Labour Party won the vote. Labour said Britain would gain."
    actors = actors_of(nlp, text)
    assert "Britain's Labour Party" not in actors


def test_institution_glued_to_its_place(nlp: Language) -> None:
    text = (
        "The poll was conducted by Hofstra University on Long Island in New York. "
        "The university said 800 people took part."
    )
    actors = actors_of(nlp, text)
    assert "Hofstra University on Long Island" not in actors
    assert actors["Hofstra University"].type == "organization"
    assert actors["Long Island"].type == "place"


def test_owner_named_alone_keeps_its_own_actor(nlp: Language) -> None:
    text = (
        "Most economists expect the Fed to raise rates. The Fed's Open Market Committee "
        "said inflation was contained."
    )
    actors = actors_of(nlp, text)
    assert not any("'s" in name for name in actors)
    assert "Fed" in actors


def test_division_described_as_an_arm_stays_apart_from_its_parent(nlp: Language) -> None:
    text = (
        "Sales at Next Directory, the mail-order arm of fashion retailer Next, rose 12 "
        "percent. Next said the Directory had 2 million customers. Next Directory will "
        "open a warehouse."
    )
    actors = actors_of(nlp, text)
    assert "Next" in actors
    assert "Next" not in actors["Next Directory"].aliases


def test_community_of_states_listed_with_countries_is_an_organisation(nlp: Language) -> None:
    text = "The United States, Japan and the European Community agreed to cut tariffs."
    actors = actors_of(nlp, text)
    assert actors["European Community"].type == "organization"
    assert actors["Japan"].type == "place"


def test_last_place_of_a_list_run_into_a_firm(nlp: Language) -> None:
    text = (
        "National Commerce Bancorp said it has agreed to operate branch bank facilities "
        "in supermarkets in Florida and Virginia Kroger Co supermarkets. It said 20 "
        "locations will be in Florida."
    )
    actors = actors_of(nlp, text)
    assert "Virginia Kroger Co" not in actors
    assert actors["Kroger Co"].type == "organization"
    assert actors["Virginia"].type == "place"


def test_firm_named_after_a_place_keeps_it(nlp: Language) -> None:
    actors = actors_of(nlp, "Plants in Ohio and Texas Instruments Inc were closed.")
    assert "Texas Instruments Inc" in actors


def test_surname_the_gazetteer_lists_as_a_town_joins_the_person(nlp: Language) -> None:
    text = (
        "Oscar-winning director Hayao Miyazaki's latest film has set a new box office "
        "record.\n\nHowl's Moving Castle is the follow-up to Miyazaki's Spirited Away, "
        "which won best animation at last year's Oscars."
    )
    actors = actors_of(nlp, text)
    assert "Miyazaki" not in actors
    assert "Miyazaki" in actors["Hayao Miyazaki"].aliases


def test_town_named_with_a_place_cue_stays_a_place(nlp: Language) -> None:
    text = (
        "Director Hayao Miyazaki opened a studio on Monday. Fans in the city of Miyazaki cheered."
    )
    actors = actors_of(nlp, text)
    assert "Miyazaki" not in actors["Hayao Miyazaki"].aliases


def test_bookmaker_before_a_name_says_a_firm(nlp: Language) -> None:
    text = "The odds were cut by bookmaker William Hill on Monday."
    assert actors_of(nlp, text)["William Hill"].type == "organization"
