"""Names that are no actors of the story (issue 11, blind review rev24): written articles."""

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


def test_the_parties_of_a_case_name_are_no_actors(nlp: Language) -> None:
    found = names(
        nlp,
        "The museum tells of the 1954 ruling in Brown v. Board of Education, which ended "
        "segregation in schools. Senator Mary Holt said the court would not revisit "
        "Walmart Stores v. Dukes this term.",
    )
    assert "Mary Holt" in found
    assert not found & {"Brown", "Board of Education", "Walmart Stores", "Dukes"}


def test_a_fixture_keeps_its_sides(nlp: Language) -> None:
    found = names(
        nlp,
        "Everton v Sunderland was called off on Saturday. Everton manager David Moyes "
        "said Sunderland had asked for the delay.",
    )
    assert {"Everton", "Sunderland"} <= found


def test_a_line_in_capitals_is_no_name(nlp: Language) -> None:
    found = names(
        nlp,
        "Hillary Clinton spoke in Ohio on Monday.\n\nSIGN UP FOR OUR NEWSLETTER\n\n"
        "NATO said it would meet. A writer for THE WEEKLY STANDARD said so.",
    )
    assert "NEWSLETTER" not in found
    assert {"Hillary Clinton", "NATO", "WEEKLY STANDARD"} <= found


def test_the_state_of_a_place_is_that_place(nlp: Language) -> None:
    found = names(
        nlp,
        "The mines lie in Virginia, near the Kentucky line. The State of Virginia approved "
        "the deal on Monday. The State of the Union address is next week.",
    )
    assert "Virginia" in found
    assert "State of Virginia" not in found


def test_the_noun_after_hotel_and_is_no_place(nlp: Language) -> None:
    found = names(
        nlp,
        "Pratt, which owns the Sands Hotel and Casino in Atlantic City, N.J., where Caesars "
        "operates the Boardwalk Regency Hotel and Casino, recently waged a bid. The bank "
        "bought branches in Deerfield Beach and Hollywood.",
    )
    assert "Casino" not in found
    assert "Atlantic City" in found


def test_a_measure_of_an_economy_is_no_actor(nlp: Language) -> None:
    """ "the London Interbank Offered Rate", "Gross National Product": a figure that a
    market or an agency publishes, not an actor; the bank that speaks and the firm named
    with "Products" stay."""
    found = names(
        nlp,
        "The loan carries interest at a margin of 0.25 pct over the London Interbank "
        "Offered Rate, Morgan Guaranty Ltd said. Gross National Product rose 1.1 pct in "
        "the quarter, and shares of Avon Products Inc rose.",
    )
    assert "Morgan Guaranty Ltd" in found
    assert "Avon Products Inc" in found
    assert not found & {"London Interbank Offered Rate", "Gross National Product"}


def test_the_grand_slams_are_no_actor(nlp: Language) -> None:
    """ "to focus on the Grand Slams": contests, in the plural as in the singular."""
    found = names(
        nlp,
        "Ana Ruiz, the Spanish number one, said she would skip the spring events to focus "
        "on the Grand Slams next year.",
    )
    assert "Ana Ruiz" in found
    assert "Grand Slams" not in found


def test_the_plural_of_an_award_is_no_actor(nlp: Language) -> None:
    """ "to the Oscars" beside "three Oscar nominations": the awards, or their night, not
    an actor; the actress stays, and so does a party beside "Democrat lawmakers"."""
    text = (
        "Jane Hill wore a red gown to the Oscars on Sunday. She has received three Oscar "
        "nominations, she said. Democrat lawmakers said the Democrats would vote no."
    )
    listed = {a.name for a in extract_actors(nlp(text)) if a.listed}
    assert "Jane Hill" in listed
    assert "Oscars" not in listed
