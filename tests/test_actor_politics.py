"""US political news, on articles written for these tests: a candidate's "team" and
"organization" are hers, not a body; "Clinton" alone beside Hillary and Bill Clinton is
a person who joins neither; "if X were a man" is one person in the subjunctive, not a
band."""

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


def test_a_candidates_team_is_hers(nlp: Language) -> None:
    text = (
        "The State Department released more of Hillary Clinton's emails on Friday. "
        "Clinton has said the server was a mistake. One message shows frustration on "
        "the Clinton team with the pace of the talks. Clinton replied that she would "
        "call the minister. Aides said the Clinton team had expected the release. "
        "Clinton flew to Cairo the next day, and Clinton gave a speech there."
    )
    got = types(extract_actors(nlp(text)))
    assert got.get("Hillary Clinton") == "person"
    assert "Clinton" not in got  # one person, not a person and a body


def test_a_surname_of_two_people_named_first_is_a_person(nlp: Language) -> None:
    text = (
        "Clinton looks for a comeback after the loss\n\n"
        "Clinton conceded the primary on Tuesday night. Hillary Clinton told supporters "
        "in Concord that the fight would go on, and Bill Clinton campaigned for her in "
        "Manchester. Some voters said the Clinton organization had grown complacent. "
        "Clinton will travel to Nevada on Thursday. Clinton is well known among "
        "Latino voters, her aides said."
    )
    got = types(extract_actors(nlp(text)))
    assert got.get("Hillary Clinton") == "person"
    assert got.get("Bill Clinton") == "person"
    assert got.get("Clinton", "person") == "person"  # never a body


def test_if_she_were_a_man_is_one_person(nlp: Language) -> None:
    text = (
        "Donald Trump accused Hillary Clinton of playing the woman's card on Tuesday. "
        "\"Frankly, if Hillary Clinton were a man, I don't think she'd get five percent "
        'of the vote," Trump said. Clinton answered him at a rally in Philadelphia.'
    )
    got = types(extract_actors(nlp(text)))
    assert got.get("Hillary Clinton") == "person"


def test_an_owner_and_what_it_owns_at_a_curly_apostrophe(nlp: Language) -> None:
    text = (
        "Hillary Clinton told FOX Business Network\u2019s Maria Bartiromo on Sunday that "
        "she would win. The campaign attacked Trump\u2019s Islamaphobia. Donald Trump "
        "said the claim was false. Critics pointed to Grayson\u2019s Democratic Senate "
        "bid in Florida, and Alan Grayson declined to comment."
    )
    got = types(extract_actors(nlp(text)))
    assert got.get("Maria Bartiromo") == "person"
    assert got.get("FOX Business Network") == "organization"
    assert got.get("Donald Trump") == "person"
    assert not [name for name in got if "\u2019s" in name]  # no owner glued to what it owns


def test_a_body_and_a_department_are_two_bodies(nlp: Language) -> None:
    text = (
        "The State Department said it would review the emails. The judge allowed "
        "lawyers to depose seven current and former Clinton and State Department aides "
        "about the email setup. Hillary Clinton did not comment. After the FBI and "
        "Justice Department last week closed the case, the FBI said it would send the "
        "emails to the court."
    )
    got = types(extract_actors(nlp(text)))
    assert got.get("FBI") == "organization"
    assert got.get("State Department") == "organization"
    assert not [name for name in got if " and " in name]


def test_the_south_beside_south_carolina_is_the_region(nlp: Language) -> None:
    text = (
        "Hillary Clinton swept the South on Tuesday, after wins in South Carolina, "
        "Alabama and Georgia. Her campaign said the South had made the difference. "
        "Bernie Sanders won in Michigan."
    )
    actors = extract_actors(nlp(text))
    carolina = next(a for a in actors if a.name == "South Carolina")
    assert "South" not in carolina.aliases


def test_a_presidents_initials_are_no_bodys_letters(nlp: Language) -> None:
    text = (
        "Franklin Delano Roosevelt built the New Deal in the 1930s. The Federal Reserve "
        "raised rates on Wednesday. Such a plan would have been madness to FDR, the "
        "writer said, and the Federal Reserve would have opposed it."
    )
    actors = extract_actors(nlp(text))
    fed = next(a for a in actors if a.name == "Federal Reserve")
    assert "FDR" not in fed.aliases


def test_a_subheadings_verb_is_no_part_of_a_name(nlp: Language) -> None:
    text = (
        "The State Department released more of Hillary Clinton's emails on Friday.\n\n"
        "Asserting Clinton's role as a foreign policy strategist.\n\n"
        "One email shows aides praising her speech in Cairo. Clinton replied that she "
        "was pleased."
    )
    names = [a.name for a in extract_actors(nlp(text))]
    assert "Asserting Clinton" not in names
    assert "Hillary Clinton" in names


def test_a_time_zone_is_no_actor(nlp: Language) -> None:
    text = (
        "The Latest on the 2016 campaign (all times Eastern Standard Time):\n\n"
        "10:30 p.m.\n\nJohn Kasich has won the Ohio primary, The Associated Press "
        "reported. Kasich told supporters in Berea that he would go on to the convention."
    )
    names = [a.name for a in extract_actors(nlp(text))]
    assert "Eastern Standard Time" not in names
    assert "John Kasich" in names


def test_congress_is_no_clipped_caucus(nlp: Language) -> None:
    text = (
        "Alan Grayson joined the Congressional Progressive Caucus in 2013. He has served "
        "in Congress since 2013, and Congress passed two of his bills. Colleagues in "
        "Congress said he was hard to work with."
    )
    actors = extract_actors(nlp(text))
    caucus = next(a for a in actors if a.name == "Congressional Progressive Caucus")
    assert "Congress" not in caucus.aliases


def test_a_headlines_surname_joins_the_person_introduced_before_its_next_use(
    nlp: Language,
) -> None:
    text = (
        "Republicans begin roll call vote to nominate Trump\n\n"
        "The Republican convention began its roll call on Tuesday, with delegates "
        "nominating billionaire Donald Trump for president. Aides said Trump would accept "
        "the nomination on Thursday. The Trump team sought to get the event back on "
        "track after Melania Trump's speech drew criticism. Delegates said Trump had "
        "won over the hall, and Trump thanked them. The Trump team appeared pleased."
    )
    got = types(extract_actors(nlp(text)))
    assert got.get("Donald Trump") == "person"
    assert got.get("Melania Trump") == "person"
    assert "Trump" not in got


def test_a_body_owned_by_a_person_keeps_its_name(nlp: Language) -> None:
    text = (
        "Berhanu Nega was elected mayor of Addis Ababa in 2005. Nega\u2019s Coalition for "
        "Unity and Democracy won 137 seats that year, and Nega said the vote had been "
        "stolen from the opposition."
    )
    got = types(extract_actors(nlp(text)))
    assert got.get("Berhanu Nega") == "person"
    assert got.get("Coalition for Unity and Democracy") == "organization"
