"""Names the model ran into a heading's words, a place or a second name are no actors,
and do not take the real person's mentions (issue 11: junk and duplicate actors;
articles written for these tests, no corpus text here)."""

from __future__ import annotations

from spacy.language import Language

from tests.test_product_actors import listed

RELATED = (
    "Senators clash over spending at the debate\n\n"
    "Senator Maria Lopez and Senator Robert Kane argued about military spending on "
    "Tuesday night in Denver.\n\n"
    "Kane said the budget was too large. Lopez said the country could not afford to cut "
    "it.\n\n"
    "Related:\n\n"
    "Robert Kane Scores Direct Hit On Donald Trump.\n\n"
    "Maria Lopez Responds To Question About Minimum Wage By Saying We Need More Welders.\n\n"
    "The debate ran for two hours."
)


def test_a_name_run_into_a_headings_words_is_no_actor(nlp: Language) -> None:
    """The related stories' headings capitalise every word: the model's runs ("Robert
    Kane Scores", "Maria Lopez Responds To Question") are no actors, and the two senators
    keep their names."""
    actors = listed(nlp, RELATED)
    junk = [name for name in actors if len(name.split()) > 2]
    assert not junk, actors
    assert {"Maria Lopez", "Robert Kane"} <= set(actors), actors


PARTY = (
    "Cruz supporters stay hopeful\n\n"
    "Ted Cruz finished third in the primary on Saturday.\n\n"
    "It was a quiet night at the Ted Cruz South Carolina victory party in Columbia. "
    "Cruz told supporters he would fight on. Cruz said the race was far from over."
)


def test_a_name_run_into_a_place_before_a_noun_is_the_persons(nlp: Language) -> None:
    """ "the Ted Cruz South Carolina victory party": the candidate and the state, not a
    person named "Ted Cruz South Carolina" under whom every "Cruz" would be listed."""
    actors = listed(nlp, PARTY)
    assert "Ted Cruz South Carolina" not in actors, actors
    assert "Ted Cruz" in actors, actors


FIGHT = (
    "Boxing remembers a champion\n\n"
    "Muhammad Ali died on Friday at the age of 74.\n\n"
    "Billie Jean King said she saw the Muhammad Ali-Joe Frazier fight in New York in "
    "1971. Ali was the greatest, she said."
)


def test_two_names_joined_by_a_hyphen_are_no_one_actor(nlp: Language) -> None:
    """ "the Muhammad Ali-Joe Frazier fight" names two boxers, not one person that takes
    Ali's mentions."""
    actors = listed(nlp, FIGHT)
    assert "Muhammad Ali-Joe Frazier" not in actors, actors
    assert "Muhammad Ali" in actors, actors


RANKING = (
    "Swedes climb the world rankings\n\n"
    "Two Swedish players are in the top 30 of this week's men's rankings, published on "
    "Monday.\n\n"
    "10 Marco Bellini (Italy)\n\n"
    "11 Joachim Lindqvist (Sweden)\n\n"
    "12 Pablo Serrano (Spain)\n\n"
    "30 Thomas Lindqvist (Sweden)\n\n"
    "The rankings are updated every week."
)


def test_a_ranking_row_is_no_heading(nlp: Language) -> None:
    """A table's row ("11 Joachim Lindqvist (Sweden)") capitalises its words because
    they are names: each player stays an actor, and two players sharing a surname stay
    two people."""
    actors = listed(nlp, RANKING)
    assert {"Joachim Lindqvist", "Thomas Lindqvist"} <= set(actors), actors
