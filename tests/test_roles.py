"""Roles beside a name, as briefing and actor pages print them (issue 11): articles
written for these tests go in, the roles the pages show come out."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract import extract_document
from generator.model import Briefing, Registry
from generator.pages.archive import build_archive
from generator.running.nlp import load_model


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()


def roles_of(nlp: Language, text: str) -> dict[str, list[str]]:
    extraction, problems = extract_document(nlp(text))
    assert problems == []
    return {actor.name: actor.roles for actor in extraction.actors}


def test_a_plural_group_before_a_name_is_no_role(nlp: Language) -> None:
    text = (
        "The court heard two cases on Monday. Two of the judges were then-lower court "
        "judges Brett Carlsen and Nora Vale, who both dissented."
    )
    assert roles_of(nlp, text).get("Brett Carlsen", []) == []


def test_a_clause_joined_by_and_is_not_part_of_the_title(nlp: Language) -> None:
    text = (
        "President Ronald Reagan named Alito a US attorney in New Jersey and President "
        "George H.W. Bush tapped him for a prestigious appellate court post in 1990."
    )
    assert roles_of(nlp, text)["George H.W. Bush"] == ["President"]


def test_a_title_of_two_titles_joined_by_and_stays_whole(nlp: Language) -> None:
    text = "Marks and Spencer chief executive Stuart Rose said sales rose in the spring."
    assert roles_of(nlp, text)["Stuart Rose"] == ["Marks and Spencer chief executive"]


def test_a_modifier_the_model_took_for_a_name_stays_in_the_role(nlp: Language) -> None:
    text = (
        "Rapper takes over label\n\nRap star Jay-Z is to run one of the oldest record "
        "labels in New York after its owner sold it."
    )
    assert roles_of(nlp, text)["Jay-Z"] == ["Rap star"]


def test_an_apposition_that_is_no_word_for_a_person_is_no_role(nlp: Language) -> None:
    text = (
        "His guards watched over Wikileaks founder Julian Assange, a top target of the "
        "US government who had been living in the building since 2012.\n\n"
        "The CIA came under the control of Mike Pompeo, another ally who seemed to relish "
        "the opportunity.\n\n"
        "Correa had been succeeded by Lenin Moreno, his former vice president whom he "
        "branded as a Trojan horse for US interests."
    )
    roles = roles_of(nlp, text)
    assert roles["Julian Assange"] == ["Wikileaks founder"]
    assert roles.get("Mike Pompeo", []) == []
    assert roles["Lenin Moreno"] == ["former vice president"]


def test_a_bare_relational_title_stays_in_its_briefing_but_not_on_the_actor_page(
    nlp: Language,
) -> None:
    """In its briefing "Chairman" is read with the story that names the company; on the
    actor page, which gathers roles from many briefings, it would only ask "of what?"."""
    text = (
        "Chairman Gordon Kane, who previously led a buyout, said the offer was fair. "
        "GAF chairman Samuel Heyde said the bid was too low."
    )
    extraction, problems = extract_document(nlp(text))
    assert problems == []
    roles = {actor.name: actor.roles for actor in extraction.actors}
    assert roles["Gordon Kane"] == ["Chairman"]
    assert roles["Samuel Heyde"] == ["GAF chairman"]
    briefing = Briefing(
        id="offer",
        path="content/offer.md",
        title="Offer",
        date="2026-03-01",
        source=None,
        url=None,
        tags=[],
        authors=[],
        extraction=extraction,
        body=text,
    )
    archive = build_archive([briefing], Registry())
    assert list(archive.actor("Gordon Kane").roles) == []
    assert list(archive.actor("Samuel Heyde").roles) == ["GAF chairman"]


def test_a_learned_title_drops_the_honorific_after_it(nlp: Language) -> None:
    text = 'Labour spokesman Mr Kemp said: "This is a tax on jobs."'
    roles = roles_of(nlp, text)
    assert [role for name, found in roles.items() if "Kemp" in name for role in found] == [
        "Labour spokesman"
    ]


def test_a_hyphenated_title_in_an_apposition_stays_whole(nlp: Language) -> None:
    text = (
        '"Banks are moving into treasury work," Carl Endres, vice-president of Union '
        "Bank, said. Anna Vogt, the senior vice-president and manager of Alpen Bank, said "
        "her bank had chosen Singapore."
    )
    roles = roles_of(nlp, text)
    assert roles["Carl Endres"] == ["vice-president of Union Bank"]
    assert roles["Anna Vogt"] == ["senior vice-president and manager of Alpen Bank"]


def test_a_title_written_only_as_an_abbreviation_is_spelt_out(nlp: Language) -> None:
    """ "Rep." beside the name on a page reads as a clipped word; the party-state tag
    stays out of the role (it is no part of the office)."""
    text = (
        "Farm bill stalls\n\nRep. Lane Everett (D-Ill.) said the bill would fail. Sen. "
        "Ruth Hale said it would pass."
    )
    roles = roles_of(nlp, text)
    assert roles["Lane Everett"] == ["Representative"]
    assert roles["Ruth Hale"] == ["Senator"]


def test_a_word_of_standing_before_the_title_stays_in_the_role(nlp: Language) -> None:
    """The parser makes "retired" and "acting" verbs; they still belong to the role:
    a retired general is no serving one."""
    text = (
        "Base closure row grows\n\nThe Air Force is losing pilots, according to retired "
        'U.S. Air Force Gen. Norman Hamley. "It is a crisis," said acting Navy Secretary '
        "Tom Pryce."
    )
    roles = roles_of(nlp, text)
    assert roles["Norman Hamley"] == ["retired U.S. Air Force general"]
    assert roles["Tom Pryce"] == ["acting Navy Secretary"]


def test_the_body_after_the_name_completes_a_plain_title(nlp: Language) -> None:
    text = (
        'Paper stocks rise\n\n"The odds are good," analyst Mark Rowe of Prudential Bache '
        "Securities said. Another analyst, Jane Sills of New York, disagreed."
    )
    roles = roles_of(nlp, text)
    assert roles["Mark Rowe"] == ["analyst of Prudential Bache Securities"]
    assert roles.get("Jane Sills", []) == []  # a place, not the body she works for


def test_a_job_the_article_states_beats_a_prize_won(nlp: Language) -> None:
    """ "2015 winner of the Erikson Prize" is something she won; what she does is the
    job the article states with "is ... at The Washington Post"."""
    text = (
        "Post story draws fire\n\nThe article was written by Stephanie Marlow, 2015 winner "
        "of the Erikson Prize for Excellence in Mental Health Journalism. Critics said it "
        "was unfair.\n\nStephanie Marlow is a national enterprise reporter at The "
        "Washington Post. Tom Hale is a columnist."
    )
    roles = roles_of(nlp, text)
    assert roles["Stephanie Marlow"] == ["national enterprise reporter at The Washington Post"]
    assert roles.get("Tom Hale", []) == []


def test_two_titles_before_one_name_are_two_roles(nlp: Language) -> None:
    """ "candidate Senator" is no kind of senator: a candidate, and a senator."""
    text = (
        "Email row grows\n\nDemocratic presidential candidate Senator Ruth Hale said the "
        "report was unfair. Rival Democratic candidate former Secretary of State Ann Cole "
        "said nothing. Deputy Prime Minister Tom Reyes spoke last."
    )
    roles = roles_of(nlp, text)
    assert roles["Ruth Hale"] == ["Democratic presidential candidate", "Senator"]
    assert roles["Ann Cole"] == ["Rival Democratic candidate", "former Secretary of State"]
    assert roles["Tom Reyes"] == ["Deputy Prime Minister"]


def test_a_place_or_show_named_before_the_title_stays_in_the_role(nlp: Language) -> None:
    text = (
        "Tulsa police officer Dana Whitlock was charged with manslaughter on Thursday.\n\n"
        "Former Riverside Lane actress Marta Quell said she would return to the stage."
    )
    roles = roles_of(nlp, text)
    assert roles["Dana Whitlock"] == ["Tulsa police officer"]
    assert roles["Marta Quell"][0].casefold() == "former riverside lane actress"
