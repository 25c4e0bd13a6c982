"""Titles of works are no actors: a film or a single that the article names
as one is left off the actor list, with every other mention of the same name; the
people and bodies around it stay (issue 11, part 4)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.actors import extract_actors
from generator.running.nlp import load_model


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()


def names(nlp: Language, text: str) -> set[str]:
    return {a.name for a in extract_actors(nlp(text))}


AWARDS = (
    "The Aviator, starring Leonardo DiCaprio, leads the field with nine nominations. "
    "It is up against Finding Neverland and British film Vera Drake, which has seven "
    "nominations. Imelda Staunton is one of the favourites to win best actress.\n\n"
    "Mike Leigh is up for the best director award for Vera Drake, alongside Martin "
    "Scorsese for The Aviator."
)


def test_a_film_named_after_its_noun_is_no_actor_in_any_mention(nlp: Language) -> None:
    found = names(nlp, AWARDS)
    assert "Vera Drake" not in found
    assert {"Leonardo DiCaprio", "Imelda Staunton", "Mike Leigh", "Martin Scorsese"} <= found


LOPEZ = (
    "Jennifer Lopez has pulled out of the London premiere of her new film. The actress "
    "and singer cancelled all European promotion of the film Shall We Dance? and her "
    "new album.\n\n"
    "She said: \"I'm so proud of Shall We Dance and was looking forward to visiting "
    'London." Her co-star Richard Gere will attend, said the distributor Miramax.'
)


def test_a_title_the_model_reads_as_a_work_once_is_a_work_everywhere(nlp: Language) -> None:
    found = names(nlp, LOPEZ)
    assert "Shall We Dance" not in found
    assert {"Jennifer Lopez", "Richard Gere"} <= found


FOOTBALL = (
    "Barcelona star Ronaldinho scored twice as the Spanish side beat Chelsea 3-1 on "
    "Tuesday. Chelsea boss Jose Mourinho said his side had been unlucky.\n\n"
    "Ronaldinho said the win was the best of his career."
)


def test_a_player_after_his_club_and_a_title_word_is_the_person(nlp: Language) -> None:
    actors = {a.name: a for a in extract_actors(nlp(FOOTBALL))}
    assert "Barcelona star Ronaldinho" not in actors
    assert actors["Ronaldinho"].type == "person"
    assert "Jose Mourinho" in actors


GRAIN = (
    "The Agricultural Stabilization and Conservation Service has set these unit values "
    "for grain offered from government stocks, said Ralph Klopfenstein in Chicago.\n"
    "    WHEAT       HRW   HRS   SRW   SWW   DURUM\n"
    " Chicago        ---   3.03  3.24   ---   ---\n"
    " Evansville     ---   ---   2.99   ---   ---\n"
    " Toledo         ---   3.03  3.04   2.99  ---\n"
    "\n"
    "Klopfenstein said the values were effective through the next business day."
)


def test_the_cells_of_a_price_table_are_no_actors(nlp: Language) -> None:
    actors = {a.name: a for a in extract_actors(nlp(GRAIN))}
    assert not {"WHEAT", "HRW", "HRS", "SRW", "SWW", "DURUM", "Evansville", "Toledo"} & set(actors)
    assert "Chicago" in actors and actors["Chicago"].mentions == 1  # named in prose
    assert {"Ralph Klopfenstein", "Agricultural Stabilization and Conservation Service"} <= set(
        actors
    )


WIRE = (
    "Some U.S. Officials said the warships would stay in the Gulf, and U.S. Exporters "
    "asked for more time. U.S. Airways said its flights were unaffected, and the U.S. "
    "Defense Department declined to comment."
)


def test_a_plural_noun_after_a_place_abbreviation_names_people_of_the_place(
    nlp: Language,
) -> None:
    actors = {a.name: a for a in extract_actors(nlp(WIRE))}
    assert not {"U.S. Officials", "U.S. Official", "U.S. Exporters", "U.S. Exporter"} & set(actors)
    assert actors["United States"].type == "place"
    assert "U.S. Airways" in actors
