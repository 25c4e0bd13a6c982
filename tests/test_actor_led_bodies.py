"""A body named after the person who leads it ("the Obama White House") is the body,
not a person, when the article names the body alone too; the leader stays a person of
his own, and a person's full name is never cut into a body."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.actors import extract_actors


def types(nlp: Language, text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract_actors(nlp(text))}


PARTIES = (
    "Holiday parties shrink at the White House\n\n"
    "President Obama faced criticism over his holiday parties this year. Former "
    "presidents shook hands with every guest at the White House, but the Obama White "
    "House has eliminated all but a handful of the photo lines, a White House aide said. "
    "Mr. Obama told guests he enjoyed the parties."
)

NAMED = (
    "Senator visits the White House\n\n"
    "Senator Hillary Clinton went to the White House on Monday. Hillary Clinton said "
    "the meeting went well, and a White House spokesman agreed."
)


def test_a_body_after_a_surname_is_the_body(nlp: Language) -> None:
    got = types(nlp, PARTIES)
    assert "Obama White House" not in got
    assert got["White House"] == "organization"
    assert got["Obama"] == "person"


def test_a_full_name_stays_a_person(nlp: Language) -> None:
    assert types(nlp, NAMED)["Hillary Clinton"] == "person"
