"""Mistyped and duplicate actors of session 37 (issue: clean actors): a person's
supporters "members for X", a policy's "goal" and "goals" read as a match report, a
county's name read as a person's, a mixed-case acronym ("BoE") listed beside its body,
a titled surname the model calls a place. Articles written for these tests; no corpus
text."""

from __future__ import annotations

from published_actors import listed
from spacy.language import Language

from generator.extract.actors import extract_actors
from generator.extract.actors.clubs import match_report


def test_clergy_members_for_a_candidate_name_no_constituency(nlp: Language) -> None:
    text = (
        "Senator Walter Brannigan is not a racist, his supporters say.\n"
        "    Walter Brannigan met pastors in Ohio on Monday. Brannigan said he was "
        "grateful.\n"
        "    The endorsements of 40 clergy members for Brannigan fell apart after "
        "protests.\n"
        "    Brannigan spoke to reporters in Columbus."
    )
    assert listed(nlp, text)["Walter Brannigan"].type == "person"


def test_the_member_for_a_seat_still_names_a_place(nlp: Language) -> None:
    text = (
        "The Labour member for Hornsey said the plan was wrong.\n"
        "    Voters in Hornsey will decide in May."
    )
    actors = listed(nlp, text)
    assert actors["Hornsey"].type == "place"


def test_a_word_and_its_plural_count_once_towards_a_match_report(nlp: Language) -> None:
    policy = nlp(
        "The plan's main goal is peace. Its goals were set in Geneva, and the talks "
        "went through Tehran and Damascus."
    )
    match = nlp("The striker scored a penalty in the second half.")
    assert not match_report(policy)
    assert match_report(match)


def test_a_county_named_after_a_given_name_is_a_place(nlp: Language) -> None:
    text = (
        "The race will be won in the suburbs.\n"
        "    Battlegrounds stretch from Jefferson County in Colorado to Scott County in "
        "Iowa, officials said.\n"
        "    Turnout there fell in 2012."
    )
    actors = listed(nlp, text)
    assert actors["Scott County"].type == "place"


def test_a_mixed_case_acronym_joins_the_body_it_spells(nlp: Language) -> None:
    text = (
        "The Bank of England kept interest rates on hold on Thursday.\n"
        "    Official data takes too long to publish, so the BoE is calling for faster "
        "figures, its deputy governor said.\n"
        "    Economists expect a rise in May."
    )
    actors = listed(nlp, text)
    assert "BoE" not in actors
    assert "BoE" in actors["Bank of England"].aliases


def test_a_city_and_its_county_are_two_places(nlp: Language) -> None:
    text = (
        "The senator toured Green Bay\u2019s Brown County and Reno\u2019s Washoe County on "
        "Monday.\n"
        "    Voters in Prince George's County will go to the polls in May."
    )
    actors = listed(nlp, text)
    assert actors["Washoe County"].type == "place"
    assert actors["Reno"].type == "place"
    assert "Reno\u2019s Washoe County" not in actors
    assert "Prince George's County" in actors


def test_a_plural_title_is_no_part_of_the_first_name(nlp: Language) -> None:
    text = (
        "Growth was slow under Presidents Obama and Bush, the senator said.\n"
        "    He promised a change."
    )
    names = {a.name: a.type for a in extract_actors(nlp(text))}
    assert "Presidents Obama" not in names
    assert names["Obama"] == "person"


def test_a_body_name_ends_before_the_next_persons_honorific(nlp: Language) -> None:
    text = (
        "A Labour source told the Sunday Times Mr Campbell would front the campaign.\n"
        "    Mr Campbell declined to comment."
    )
    assert not any(name.endswith(" Mr") for name in listed(nlp, text))


def test_a_firm_between_a_name_and_its_role_is_the_employer(nlp: Language) -> None:
    text = (
        "Kraft plans to cut back on advertising.\n"
        "    Kraft will label its products. Kraft rival PepsiCo began a similar scheme.\n"
        '    "We are committed to balanced diets," said Lance Friedmann, Kraft senior '
        "vice president."
    )
    actors = listed(nlp, text)
    assert actors["Kraft"].type == "organization"
    assert not actors["Kraft"].roles
