"""The actor list an editor would publish as it is: a state's voters do not make the
state a party's short name, a titled surname is a person whatever grammar of a body
surrounds its other mentions, a surname's particle is no place, a people's plural is
no actor, and a clause of someone else's claim is no quote of the verb's subject."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract import extract_document
from generator.extract.actors import extract_actors
from generator.model import Actor
from generator.reading.layout import parse
from generator.running.nlp import load_model


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()


def listed(actors: list[Actor]) -> dict[str, Actor]:
    """The actors a briefing lists, by name."""
    return {a.name: a for a in actors if a.listed}


STATE = (
    "Sanders' California supporters can't quite say goodbye.\n\n"
    "But in California, the movement is still going strong. Like a lot of California "
    "supporters, Maria Lopez said she would vote for him in November. Sanders may yet win "
    "California, activists said.\n\n"
    "The California Democratic Party has taken its own measures to heal the rift, said "
    "John Burton, the state party chairman."
)


def test_a_states_supporters_leave_the_state_a_place(nlp: Language) -> None:
    actors = listed(extract_actors(nlp(STATE)))
    assert actors["California"].type == "place"
    party = actors["California Democratic Party"]
    assert "California" not in party.aliases
    assert party.mentions == 1


PRESIDENT = (
    "Democrats clash with the Obama administration over deportation raids.\n\n"
    "Dozens of House Democrats signed the letter to Obama, which was first reported last "
    "week. On the eve of President Obama's final address, members of his party voiced "
    "concern.\n\n"
    "Obama aides have emphasized that the families were given due process."
)


def test_a_titled_surname_is_a_listed_person(nlp: Language) -> None:
    actors = listed(extract_actors(nlp(PRESIDENT)))
    assert actors["Obama"].type == "person"
    assert actors["Obama"].confident
    assert actors["Obama"].roles == ["President"]


PARTICLE = (
    "A festival has dropped a screening of murdered Dutch film-maker Theo Van Gogh's film "
    "about the treatment of women.\n\n"
    "The organisers said it was withdrawn due to safety fears. Van Gogh was shot and "
    "stabbed in November."
)


def test_a_surnames_particle_is_no_place_and_a_film_maker_no_firm(nlp: Language) -> None:
    actors = listed(extract_actors(nlp(PARTICLE)))
    assert actors["Theo Van Gogh"].type == "person"
    assert "Van Gogh" in actors["Theo Van Gogh"].aliases
    assert "Van Gogh" not in actors


PEOPLE = (
    "Yugoslavia's economic plan faces hurdles, economists said.\n\n"
    '"The taxes will anger many Yugoslavs struggling with soaring prices," a Western '
    "diplomat said. Prime Minister Branko Mikulic proposed the taxes on Monday, and "
    "strikes spread in Yugoslavia."
)


def test_the_plural_of_a_place_in_ia_names_its_people_no_actor(nlp: Language) -> None:
    actors = listed(extract_actors(nlp(PEOPLE)))
    assert "Yugoslavs" not in actors
    assert actors["Yugoslavia"].type == "place"


CLAIM = (
    "Obama rejects Republican plans.\n\n"
    "President Obama spoke in Washington on Tuesday. The president has denounced "
    "suggestions by the Republican front-runners, Donald Trump and Sen. Ted Cruz, that "
    "they would deport all 11 million undocumented immigrants in the United States."
)


def test_a_claim_by_others_is_no_quote_of_who_denounced_it(nlp: Language) -> None:
    extraction, problems = extract_document(parse(nlp, CLAIM))
    assert problems == []
    deport = [q for q in extraction.quotes if "would deport" in q.text]
    assert all(q.speaker != "Obama" for q in deport), deport


def test_a_charity_named_as_a_concern_is_a_body(nlp: Language) -> None:
    types = {
        a.name: a.type
        for a in extract_actors(
            nlp(
                "Political parties cannot afford to take older voters for granted, says "
                "Grey Concern. Grey Concern says the over-55s are united around pensions."
            )
        )
    }
    assert types["Grey Concern"] == "organization"


def test_a_person_who_used_a_body_is_no_body(nlp: Language) -> None:
    types = {
        a.name: a.type
        for a in extract_actors(
            nlp(
                "The film is about the Centrist Forum, the moderate organization Frank "
                "Delaney used to remake the party and win the governorship. Delaney "
                "spoke on Tuesday."
            )
        )
    }
    assert types["Frank Delaney"] == "person"


def test_what_people_are_members_of_is_a_body(nlp: Language) -> None:
    types = {
        a.name: a.type
        for a in extract_actors(
            nlp(
                "Robert Plant, a former member of Led Zeppelin, will sing. Two members of "
                "Ken Hallam's staff resigned on Monday."
            )
        )
    }
    assert types["Led Zeppelin"] == "organization"
    assert types["Ken Hallam"] == "person"


def test_an_award_after_an_article_and_title_words_is_no_person(nlp: Language) -> None:
    shown = listed(
        extract_actors(
            nlp(
                "Marisa Quell burst onto the pop scene in 1999, winning a best new artist "
                "Grammy in 2000. Labour MP Tom Watson praised her."
            )
        )
    )
    assert "Grammy" not in shown
    assert shown["Tom Watson"].roles == ["Labour MP"]


def test_a_firm_after_a_plural_of_its_trade_is_no_person(nlp: Language) -> None:
    """ "according to industry analysts Harrow-Pendle": a plural noun before one name
    says what the body is (as "auditors Arthur Andersen"); it is no title of a person,
    and the managing director's apposition gives the firm no role."""
    shown = listed(
        extract_actors(
            nlp(
                "Global demand for steel will rise by 4% next year, according to industry "
                'analysts Harrow-Pendle. "Asia is a dramatically growing market," said Tom '
                "Carver, managing director of industry analysts Harrow-Pendle."
            )
        )
    )
    assert shown["Harrow-Pendle"].type == "organization"
    assert shown["Harrow-Pendle"].roles == []
    assert shown["Tom Carver"].type == "person"


def test_a_regulator_named_after_its_kind_is_a_body(nlp: Language) -> None:
    """ "the country's regulator Ofnet": "regulator" before a name the model calls a
    body says what the body is, and is no role of a person."""
    shown = listed(
        extract_actors(
            nlp(
                "Figures from the country's regulator Ofnet showed that broadband take-up "
                "doubled last year."
            )
        )
    )
    assert shown["Ofnet"].type == "organization"
    assert shown["Ofnet"].roles == []


def test_a_full_name_with_a_middle_initial_is_a_person(nlp: Language) -> None:
    """ "Sterling K. Oakes", tagged a body by the model: a given name, an initial with
    its stop and a surname is how news writes a person's full name."""
    shown = listed(
        extract_actors(
            nlp(
                "In a letter to the U.S. attorney for the District of Columbia, Sterling K. "
                "Oakes - the Utah Republican asks for an inquiry."
            )
        )
    )
    assert shown["Sterling K. Oakes"].type == "person"


def test_a_full_name_a_network_owns_is_its_presenter(nlp: Language) -> None:
    """ "NBC's Alden Pryce", tagged a body by the model: two uncommon capitalised words
    after a body's possessive name its presenter, not a second body."""
    shown = listed(
        extract_actors(
            nlp(
                '"We will be fair to both candidates," NBC\'s Alden Pryce said in an '
                "interview on Monday."
            )
        )
    )
    assert shown["Alden Pryce"].type == "person"
    assert shown["NBC"].type == "organization"
