"""Titles of works that performers star in and public programmes named like bodies
are no actors (articles written for these tests; no corpus text here)."""

from __future__ import annotations

from spacy.language import Language

from tests.test_product_actors import listed

FESTIVAL = (
    "Stars head for the mountain festival\n\n"
    "Actors and buyers gathered in Aspen on Friday for the start of the winter film "
    "festival.\n\n"
    "Marta Kellner, who starred in Eddie Malone last year, said she was glad to be "
    "back. Her co-star Tom Ridley won praise for his performance in Gerald Finch, a "
    "comedy about a failed magician, and he plays a bored lawyer in Frank Dorsey.\n\n"
    "Dan Oakes, the creator of Rita Moreno Jones, told reporters the festival had changed "
    "his career."
)


def test_titles_that_performers_star_in_are_not_listed(nlp: Language) -> None:
    """ "starred in Eddie Malone", "his performance in Gerald Finch", "the creator
    of Rita Moreno Jones", "plays a bored lawyer in Frank Dorsey": titles of works,
    not people or places; the actors who speak stay people."""
    actors = listed(nlp, FESTIVAL)
    assert not {"Eddie Malone", "Gerald Finch", "Rita Moreno Jones", "Frank Dorsey"} & set(
        actors
    ), actors
    assert actors["Marta Kellner"].type == "person"
    assert actors["Dan Oakes"].type == "person"


PROGRAMMES = (
    "Candidates clash over retirement\n\n"
    "The two candidates for governor argued on Tuesday over the future of Medicare and "
    "of Social Security benefits.\n\n"
    "Mr Harlan wants to repeal Obamacare, while Ms Vance said Medicaid recipients in the "
    "state deserved better. Social Security benefits should rise with prices, she said.\n\n"
    "The Social Security Administration said its offices would stay open."
)


def test_public_programmes_are_not_listed(nlp: Language) -> None:
    """ "Social Security benefits", "Medicaid recipients", "repeal Obamacare": public
    programmes, not organisations. The agency that runs one, which speaks, stays."""
    actors = listed(nlp, PROGRAMMES)
    assert not {"Social Security", "Medicaid", "Obamacare"} & set(actors), actors
    assert actors["Social Security Administration"].type == "organization"


HILL = (
    "Senators weigh the budget\n\n"
    "Republicans on Capitol Hill met on Tuesday to discuss the budget. The governor "
    "flew to Capitol Hill for talks with Senator Mary Dunmore, who said the plan would "
    "pass.\n\n"
    "Capitol Hill has rarely seen such a fight, said Ted Ashby, a lobbyist."
)


def test_capitol_hill_is_a_place(nlp: Language) -> None:
    """ "on Capitol Hill", "flew to Capitol Hill": a hill's name, which the model tags
    as a body, is a place; "Hill" ends surnames too, and the people stay people."""
    actors = listed(nlp, HILL)
    assert actors["Capitol Hill"].type == "place", actors
    assert actors["Mary Dunmore"].type == "person"


PREMIERE = (
    "Premiere draws a crowd\n\n"
    "Billy Marlowe author Jane Wakeham arrived at the premiere on Sunday, and her "
    "Billy Marlowe film co-star Michael Hamblin signed autographs.\n\n"
    "Wakeham said the film had changed her life."
)


def test_a_title_before_the_role_of_its_people_is_not_listed(nlp: Language) -> None:
    """ "Billy Marlowe author Jane Wakeham", "her Billy Marlowe film co-star Oliver
    Brand": a title before the people of a work, not a person; the people stay."""
    actors = listed(nlp, PREMIERE)
    assert "Billy Marlowe" not in actors, actors
    assert actors["Jane Wakeham"].type == "person"
    assert actors["Michael Hamblin"].type == "person"


BOX_OFFICE = (
    "Cartoon leads box office\n\n"
    "The animated fable Winter Lanterns, starring Julia Marsh, took $20m at the weekend, "
    "the studio said. Marsh said she was delighted.\n\n"
    "Second was Hollow Creek Road, which starred Peter Kane, and third a new comedy."
)


def test_a_title_that_stars_performers_is_not_listed(nlp: Language) -> None:
    """ "Winter Lanterns, starring Julia Marsh", "Hollow Creek Road, which starred Peter
    Kane": a title stars its performers, a person or a body does not; the performers
    stay people."""
    actors = listed(nlp, BOX_OFFICE)
    assert not {"Winter Lanterns", "Hollow Creek Road"} & set(actors), actors
    assert actors["Julia Marsh"].type == "person"
