"""People stay people and places places, on articles written for these tests: a
politician's supporters, a surname in a figure of speech, two senators of two states,
a founder of a company, an actress whose surname is a body's word, a dateline in
capitals, a middle initial, a Korean given name and an O' surname, a man run into a
conference's name; and titles are no people: shows in quotation marks, a Title Case
headline."""

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


def test_a_politicians_supporters_are_no_club(nlp: Language) -> None:
    text = (
        "Bernie Sanders told a rally in Madison on Tuesday that the race was not over. "
        "Meanwhile, 55 percent of Sanders supporters are men, and 86 percent of them are "
        "white, the poll found. In Wisconsin, a hotbed of union activism, Sanders won 54 "
        "percent of union households. Teachers said they wanted to endorse Sanders, while "
        "95 members favored Clinton. Aides said Sanders would stay in the race."
    )
    got = types(extract_actors(nlp(text)))
    assert got.get("Bernie Sanders") == "person"
    assert "Sanders" not in got  # one actor, not a person and a club


def test_a_surname_after_in_is_no_town(nlp: Language) -> None:
    text = (
        "Justice Antonin Scalia died in February, leaving the court split four to four. "
        "Conservatives no longer have the backstop they once counted on in Scalia. "
        "Lawyers said Scalia would have written the opinion himself."
    )
    got = types(extract_actors(nlp(text)))
    assert got.get("Antonin Scalia") == "person"
    assert "Scalia" not in got  # the justice, not a town named after him


def test_two_senators_of_two_states_are_two_people(nlp: Language) -> None:
    text = (
        "Most Republicans voted to cut the funding on Thursday. Among them were Kelly "
        "Ayotte of New Hampshire and Pat Toomey of Pennsylvania. Sens. Mark Kirk of "
        "Illinois and Susan Collins of Maine were the only Republicans to vote against "
        "the bill."
    )
    got = types(extract_actors(nlp(text)))
    assert got.get("Mark Kirk") == "person"
    assert got.get("Susan Collins") == "person"


def test_a_founder_of_a_company_is_a_person(nlp: Language) -> None:
    text = (
        "Mr. Clarke has few supporters in the coal industry. One of Mr. Clarke's "
        "believers is Chandler Van Voorhis, a founder of C2I, a company outside "
        "Washington that sells carbon credits."
    )
    got = types(extract_actors(nlp(text)))
    assert got.get("Chandler Van Voorhis") == "person"
    assert got.get("C2I") == "organization"


def test_an_actress_whose_surname_is_a_bodys_word_is_a_person(nlp: Language) -> None:
    text = (
        "The short film beat films by fellow nominees to the prize. It stars actress "
        "Nathalie Press, who appeared in the drama My Summer Of Love, as a young mother."
    )
    got = types(extract_actors(nlp(text)))
    assert got.get("Nathalie Press") == "person"


def test_the_place_of_a_dateline_is_a_place(nlp: Language) -> None:
    text = (
        "Sanders plans next move\n\nSYRACUSE, N.Y. - The last time Bernie Sanders came to "
        "this city, thousands waited in the rain. Sanders said on Monday that he would "
        "return in the autumn."
    )
    got = types(extract_actors(nlp(text)))
    assert got.get("Syracuse") == "place"  # named as a reader would write it


def test_quoted_titles_of_shows_are_no_people(nlp: Language) -> None:
    text = (
        "Networks are betting on nostalgia. ''Tales From the Crypt,'' an HBO series that "
        "first aired in 1989, will be resurrected on TNT. ''MTV Unplugged'' is back -- and "
        "so are ''Prison Break'' and ''Gilmore Girls.''\n\n''We now live in a world where "
        "TV shows never die,'' said David Nevins, the network's president."
    )
    got = types(extract_actors(nlp(text)))
    assert got.get("David Nevins") == "person"
    assert "Gilmore Girls" not in got
    assert "Prison Break" not in got


def test_a_quoted_title_before_which_is_no_actor(nlp: Language) -> None:
    """ "two summer motion pictures, "Beverly Hills Cop II," which grossed ...": a title
    quoted alone, the model's building or person, is no actor; "which" after it is no
    speaker, as "he" after '"Donald Trump," he said' would be."""
    text = (
        "He said the studio's entertainment operations should benefit from Paramount's two "
        'major summer motion pictures, "Beverly Hills Cop II," which grossed 65 mln dlrs in '
        'its first 12 days, and "The Untouchables," which opens June 3.'
    )
    got = types(extract_actors(nlp(text)))
    assert "Beverly Hills Cop II" not in got, got
    assert "Paramount" in got, got


def test_a_headline_verb_does_not_join_two_people(nlp: Language) -> None:
    text = (
        "Hillary Clinton Slams Donald Trump On Abortion After Court Ruling.\n\n"
        "Democratic nominee Hillary Clinton blasted her Republican rival Donald Trump on "
        "Monday over his stance on abortion.\n\n\u201cThere has to be some form of "
        "punishment,\u201d Trump said at a town hall in March."
    )
    got = types(extract_actors(nlp(text)))
    assert got == {"Hillary Clinton": "person", "Donald Trump": "person"}


def test_a_middle_initial_and_a_korean_given_name_stay_in_the_name(nlp: Language) -> None:
    text = (
        "The meeting on Monday between Mr. Obama and President Vladimir V. Putin of "
        "Russia was tense. We need new leadership that will stand up to people like Kim "
        "Jong-un, Mr. Cruz said."
    )
    names = {a.name for a in extract_actors(nlp(text))}
    assert "Vladimir V. Putin" in names
    assert "Kim Jong-un" in names
    assert not {"Vladimir", "Kim Jong"} & names


def test_a_man_after_a_conference_is_no_part_of_its_name(nlp: Language) -> None:
    text = (
        "However, during his keynote speech at GDC Mr Allard, who heads development of "
        "game-making tools for the firm, said the device was ready. Mr Allard said "
        "Microsoft had to work hard."
    )
    got = types(extract_actors(nlp(text)))
    assert "GDC Mr Allard" not in got
    assert got.get("Allard") == "person"


def test_a_wires_capitals_after_us_make_no_body(nlp: Language) -> None:
    text = (
        "Taiwan's currency rose against the U.S. Dollar, bankers said. The dollar fell to "
        "34 Taiwan dollars. The bankers said the controls were a panic reaction to U.S. "
        "Pressure, which has intensified over the past year. Such pressure would grow, "
        "they said. The U.S. Agriculture Department said farm exports rose."
    )
    names = {a.name for a in extract_actors(nlp(text)) if a.listed}
    assert not {"U.S. Dollar", "U.S. Pressure"} & names
    assert "U.S. Agriculture Department" in names


def test_a_surname_with_a_curly_apostrophe_stays_in_the_name(nlp: Language) -> None:
    text = (
        "In return, Clinton senior policy adviser Ann O\u2019Leary held a series of "
        "small roundtables. O\u2019Leary said they went well."
    )
    names = {a.name for a in extract_actors(nlp(text))}
    assert "Ann O\u2019Leary" in names
    assert "Ann" not in names
