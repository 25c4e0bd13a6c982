"""A team sheet's initials beside the report's full names (issue 11): one player is one
actor, and two players of one surname stay two."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract import extract_document
from generator.running.nlp import load_model


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()


def types_of(nlp: Language, text: str) -> dict[str, str]:
    extraction, problems = extract_document(nlp(text))
    assert problems == []
    return {actor.name: actor.type for actor in extraction.actors}


def people_of(nlp: Language, text: str) -> set[str]:
    return {name for name, kind in types_of(nlp, text).items() if kind == "person"}


def test_an_initial_on_the_team_sheet_is_the_player_named_in_full(nlp: Language) -> None:
    text = (
        "Newcastle coach Rob Andrew named Mathew Tarrant at centre for the game against "
        "Sale on Saturday. Steve Bramwell will lead the side.\n\n"
        "Newcastle: M Tarrant, J Noon, S Bramwell, L Moody, T May."
    )
    people = people_of(nlp, text)
    assert "Steve Bramwell" in people
    assert "S Bramwell" not in people


def test_an_initial_two_people_of_the_surname_share_stays_apart(nlp: Language) -> None:
    text = (
        "Newcastle coach Simon Bramwell named Mathew Tarrant at centre for the game "
        "against Sale on Saturday. Steve Bramwell will lead the side.\n\n"
        "Newcastle: M Tarrant, J Noon, S Bramwell, L Moody, T May."
    )
    people = people_of(nlp, text)
    assert {"Simon Bramwell", "Steve Bramwell", "S Bramwell"} <= people


def test_a_side_and_its_replacements_on_one_line_are_players(nlp: Language) -> None:
    text = (
        "England named their side for Saturday's match against Wales at Twickenham.\n\n"
        "J Robinson (Sale Sharks, capt); M Cueto (Sale Sharks), M Tarrant (Newcastle), "
        "J Noon (Newcastle), J Lewsey (Wasps); C Hodgson (Sale Sharks), M Dawson (Wasps); "
        "G Rowntree (Leicester), S Thompson (Northampton), J White (Leicester), L Moody "
        "(Leicester), A Hazell (Gloucester). Replacements: A Titterrell (Sale Sharks), "
        "P Vickery (Gloucester), S Bramwell (Newcastle), C Bell (Leicester)."
    )
    types = types_of(nlp, text)
    assert types.get("L Moody", "person") == "person"


def test_a_club_in_brackets_on_a_team_sheet_is_a_club(nlp: Language) -> None:
    text = (
        "England named their side for Saturday's match against Wales at Twickenham.\n\n"
        "J Robinson (Sale Sharks, capt); M Cueto (Sale Sharks), M Tarrant (Newcastle), "
        "J Noon (Newcastle), J Lewsey (Wasps); C Hodgson (Sale Sharks), M Dawson (Wasps); "
        "G Rowntree (Leicester), S Thompson (Northampton), J White (Leicester), L Moody "
        "(Leicester), A Hazell (Gloucester)."
    )
    types = types_of(nlp, text)
    assert types.get("Sale Sharks", "organization") == "organization"
    assert types.get("Northampton", "organization") == "organization"


def test_a_side_on_a_line_of_its_own_is_players(nlp: Language) -> None:
    # A side of eleven names on a line alone, the bench on a labelled line of two: the
    # names the model calls firms or places are players, not actors of those types.
    text = (
        "Rovers edge past Town\n\n"
        "Rovers striker Tomas Carvalho scored the winner from the penalty spot in the "
        "second half. The goalkeeper Pieter Almunia made two fine saves, and defender "
        "Tiago Senderos cleared off the line. It was a first league win in five.\n\n"
        "Almunia, Kells, Carvalho, Terry, Gallas, Tiago, Senderos, Lampard, Cole, "
        "Drogba, Faye.\n\n"
        "Subs Not Used: Berger, Ashdown.\n\n"
        "Kamara."
    )
    wrong = {
        name: kind
        for name, kind in types_of(nlp, text).items()
        if name in {"Almunia", "Kells", "Carvalho", "Tiago", "Senderos", "Faye", "Drogba"}
        and kind != "person"
    }
    assert wrong == {}, wrong


def test_a_scorer_and_his_minute_are_the_player(nlp: Language) -> None:
    # The scorers' line runs a surname into its minute ("Grady 29"): the player, whom
    # the report names in full, not a body called "Grady 29".
    text = (
        "Rovers 3-1 Town\n\n"
        "Rovers eased into the semi-final of the cup with a win over Town. Alan "
        "Archibald prodded Rovers ahead in 19 minutes and James Grady made it two from "
        "close range. Town striker Richie Byrne scored a penalty, but Grady added a "
        "third after the break.\n\n"
        "Archibald 19, Grady 29, Grady 47.\n\n"
        "Byrne 41."
    )
    got = types_of(nlp, text)
    assert not any(name[-1].isdigit() for name in got), got
    assert got.get("James Grady") == "person", got
