"""A town's name written as its club in a football report is a club, an organisation
(actors.clubs), on articles written for these tests; the town stays a place where the
report names it as one, and outside match reports."""

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
    return {a.name: a.type for a in actors}


def test_a_town_written_as_its_club_is_a_club(nlp: Language) -> None:
    text = (
        "Newcastle manager Tom Archer says his striker will stay at the club after the "
        "league defeat.\n\n"
        "The goalkeeper was blamed for the second goal. Newcastle's Gary Welland "
        "missed from the penalty spot, and the defender was sent off."
    )
    got = types(extract_actors(nlp(text)))
    assert got.get("Newcastle") == "organization", got
    assert got.get("Gary Welland") == "person", got


def test_the_club_and_the_city_take_the_majority(nlp: Language) -> None:
    text = (
        "Newcastle manager Tom Archer says his striker will stay at the club after the "
        "league defeat. The goalkeeper was blamed for the second goal, and the "
        "defender was sent off.\n\n"
        "Newcastle's Gary Welland, who was born in Newcastle, missed from the penalty "
        "spot. Archer grew up in Sunderland."
    )
    got = types(extract_actors(nlp(text)))
    assert got.get("Newcastle") == "organization", got
    assert got.get("Sunderland") == "place", got


def test_a_town_named_as_the_city_in_a_match_report_stays_a_place(nlp: Language) -> None:
    text = (
        "The striker was born in Newcastle and grew up in the city of Newcastle before "
        "he moved south. He lives in Newcastle with his family.\n\n"
        "Newcastle manager Tom Archer said the goalkeeper and the midfielder were fit "
        "for the league game on Saturday."
    )
    got = types(extract_actors(nlp(text)))
    assert got.get("Newcastle") == "place", got


def test_a_national_side_and_a_players_surname_keep_their_types(nlp: Language) -> None:
    text = (
        "White ready for the battle\n\n"
        "Tough prop Julian White is expecting the striker and the goalkeeper to be fit "
        "for England's league game against Holland.\n\n"
        "Leicester, who signed White from Bristol when the West Country side were "
        "relegated after a late goal and a penalty, have been aided by White's "
        "presence. White is now one of the more experienced players, and White missed "
        "the last game."
    )
    got = types(extract_actors(nlp(text)))
    assert got.get("Julian White") == "person", got
    assert got.get("Holland", "place") == "place", got


def test_a_club_a_player_leaves_or_joins_is_a_club(nlp: Language) -> None:
    text = (
        "The striker has been out of the league side since the penalty miss, and the "
        "goalkeeper is injured.\n\n"
        "Tom Archer is now ready to return to the game after leaving Newcastle in May. "
        '"I have been involved in football since leaving Newcastle," Archer said.'
    )
    got = types(extract_actors(nlp(text)))
    assert got.get("Newcastle") == "organization", got


def test_what_leaves_is_no_club(nlp: Language) -> None:
    text = (
        "The senator's campaign is in a league of its own, her champions say: a transfer "
        "of power and a promotion of the young.\n\n"
        "Nuance has left the building, and Clinton is having a hard time getting it "
        "back in, Tom Archer said."
    )
    got = types(extract_actors(nlp(text)))
    assert "Nuance" not in got or got["Nuance"] != "organization", got


def test_a_short_transfer_story_names_clubs(nlp: Language) -> None:
    text = (
        "Newcastle have joined the race to sign the striker and end Leicester's bid.\n\n"
        "Liverpool were reported to have offered a loan deal. Tom Archer, who worked as "
        "manager at Derby, said the player would decide by Friday."
    )
    got = types(extract_actors(nlp(text)))
    assert got.get("Newcastle") == "organization", got
    assert got.get("Liverpool") == "organization", got
    assert got.get("Derby") == "organization", got


def test_a_club_is_not_merged_into_its_towns_paper(nlp: Language) -> None:
    text = (
        "Liverpool were reported to have offered a loan deal for the striker, and "
        "Liverpool manager Tom Archer wants a quick answer.\n\n"
        'The Liverpool Mercury newspaper said the club would wait. "We like him," '
        "Archer said."
    )
    got = types(extract_actors(nlp(text)))
    assert got.get("Liverpool") == "organization", got
    assert "Liverpool Mercury" in got, got


def test_a_one_line_sports_story_names_the_club_of_its_manager(nlp: Language) -> None:
    text = (
        "Southampton manager Tom Archer has resigned after a year in charge.\n\n"
        "Archer, who took over in the summer with the team in the Premiership, said "
        "he would spend more time with his family."
    )
    got = types(extract_actors(nlp(text)))
    assert got.get("Southampton") == "organization", got
