"""A team sheet's short lines (issue 11): the bench, the booked players and the scorers
after a side ("Subs Not Used: Morris, Wardley, Newey.", "Booked: Heinze, Brown.") name
players, never places or firms; and so does a side that follows the manager's words on
one line ('... second half." Rovers: Harrison, Lockwood, ...')."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract import extract_document
from generator.running.nlp import load_model

OPENING = (
    "Rovers beat Town 2-1\n\n"
    "Rovers went top of the table after goals from Ben Wardley and Tom Newey at Hillside "
    "Park on Saturday. Town manager Gary Dunn said the defeat was hard to take.\n\n"
)

BENCH = ("Morris", "Stubbs", "Yobo", "Zakuani")


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()


def types_of(nlp: Language, text: str) -> dict[str, str]:
    extraction, problems = extract_document(nlp(text))
    assert problems == []
    return {actor.name: actor.type for actor in extraction.actors}


def test_the_bench_booked_and_scorers_after_a_side_are_players(nlp: Language) -> None:
    text = OPENING + (
        "Harrison, Lockwood, Barnard, White, Mackie, Scott, Saah, Simpson (Ferdinand 59), "
        "Carlisle, Wardley, Newey.\n\n"
        "Subs Not Used: Morris, Stubbs, Yobo, Zakuani.\n\n"
        "Heinze, Boumsong.\n\n"
        "Wardley 35, Newey 69.\n\n"
        "20,170.\n\n"
        "H Webb (S Yorkshire).\n"
    )
    types = types_of(nlp, text)
    for name in (*BENCH, "Heinze", "Boumsong"):
        assert types.get(name, "person") == "person", name
    assert types["Ben Wardley"] == "person"
    assert "Hillside Park" in types


def test_a_side_after_the_managers_words_on_one_line_is_players(nlp: Language) -> None:
    text = OPENING + (
        ' - Rovers boss Alan Hughes: "We deserved the win. We had a really good second '
        'half." Rovers: Harrison, Lockwood, Barnard, White, Mackie, Scott, Saah, Simpson, '
        "Carlisle, Wardley, Newey. Subs Not Used: Morris, Stubbs, Yobo, Zakuani, McMahon. "
        "Booked: Heinze, Brown. Goals: Wardley 35, Newey 69.\n"
    )
    types = types_of(nlp, text)
    for name in (*BENCH, "Harrison", "Lockwood", "Mackie", "Heinze", "Brown"):
        assert types.get(name, "person") == "person", name
    assert types["Alan Hughes"] == "person"


def test_a_short_list_of_names_in_prose_is_left_alone(nlp: Language) -> None:
    # No side next to it: a labelled line of place names stays places (a guard: it
    # passes before the change too).
    text = (
        "Floods close roads\n\n"
        "Heavy rain closed roads across Cumbria on Monday, the council said. Towns in the "
        "north were worst hit.\n\n"
        "Affected towns: Carlisle, Penrith, Keswick, Cockermouth.\n"
    )
    types = types_of(nlp, text)
    assert types["Penrith"] == "place"
    assert types["Keswick"] == "place"
