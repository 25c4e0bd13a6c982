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


def listed_names(nlp: Language, text: str) -> set[str]:
    return {a.name for a in extract_actors(nlp(text)) if a.listed}


def test_a_law_with_lower_case_words_is_no_actor(nlp: Language) -> None:
    """ "the Death in Custody Reporting Act": a law's name may hold "in" or "to"."""
    found = listed_names(
        nlp,
        "Senator Mary Holt said on Tuesday that the Death in Custody Reporting Act had "
        "been ignored for years. She wants the Justice Department to enforce it.",
    )
    assert "Mary Holt" in found
    assert not any("Act" in name for name in found)


def test_the_short_form_of_an_agreement_is_no_actor(nlp: Language) -> None:
    """ "the Multi-Fibre Arrangement (MFA)": its bracketed short form names the text too."""
    found = listed_names(
        nlp,
        "Textile exporters want talks on the Multi-Fibre Arrangement (MFA) to start soon, "
        "trade officials in Geneva said. Hong Kong said the MFA had cost it orders. The "
        "Lisbon Agenda was not discussed.",
    )
    assert "Hong Kong" in found
    assert not found & {"Multi-Fibre Arrangement", "MFA", "Lisbon Agenda"}


def test_an_era_is_no_actor(nlp: Language) -> None:
    found = listed_names(
        nlp,
        "The museum in Charleston covers the years of Reconstruction, when freed slaves "
        "first voted, curator Ann Dale said.",
    )
    assert "Ann Dale" in found
    assert "Reconstruction" not in found


def test_a_legislators_party_tag_is_no_actor(nlp: Language) -> None:
    """ "Rep. Bobby Scott (D-Newport News)": the tag gives his party and home town."""
    found = listed_names(
        nlp,
        "The bill was written by Rep. Bobby Scott (D-Newport News), who said it would "
        "pass the House by June.",
    )
    assert "Bobby Scott" in found
    assert not any("Newport" in name for name in found)


def test_a_trade_before_a_business_is_no_name(nlp: Language) -> None:
    """ "Software giant Microsoft": the trade is no body of its own."""
    found = listed_names(
        nlp,
        "Microsoft to launch blog tool\n\nSoftware giant Microsoft is to launch a blogging "
        'tool, it said on Monday.\n\n"We are excited," said Blake Irving. Software giant '
        "Microsoft has been trailing rivals.",
    )
    assert {"Microsoft", "Blake Irving"} <= found
    assert "Software" not in found


def test_an_adjective_before_led_is_no_name(nlp: Language) -> None:
    """ "Italy's Socialist-led government": an adjective; "Nato-led" names the body."""
    found = listed_names(
        nlp,
        "Italy's Socialist-led government fell on Friday. The Nato-led force in Kosovo "
        "said it would stay, a spokesman for Nato said.",
    )
    assert "Italy" in found
    assert "Socialist" not in found
    assert "Nato" in found


def test_a_service_account_and_a_drug_are_no_actors(nlp: Language) -> None:
    """ "a Hotmail account" names a login, "the banned steroid THG" a drug."""
    found = listed_names(
        nlp,
        "Users need a Hotmail account to sign in, the company said. The sprinter Kelli "
        "White tested positive for the banned steroid THG in 2003.",
    )
    assert "Kelli White" in found
    assert not found & {"Hotmail", "THG"}


def test_a_makers_product_is_no_actor_and_leaves_the_maker(nlp: Language) -> None:
    """ "the Ford Fusion sedan" is Ford's car; "Ford said" is the carmaker, which stays
    on the page under its own name."""
    found = listed_names(
        nlp,
        "The Ford Fusion sedan sold well last year, Ford said on Tuesday. Ford will build "
        "a new model in Mexico, its chief executive Alan Mulally said.",
    )
    assert "Ford" in found
    assert "Ford Fusion" not in found


def test_a_show_and_a_numbered_festival_are_no_actors(nlp: Language) -> None:
    """ "the Consumer Electronics Show", "the 55th Berlin Film Festival": events."""
    found = listed_names(
        nlp,
        "Bill Gates spoke at the Consumer Electronics Show in Las Vegas on Thursday. "
        "The film opened the 55th Berlin Film Festival, its director Terry George said.",
    )
    assert {"Bill Gates", "Terry George"} <= found
    assert not found & {"Consumer Electronics Show", "55th Berlin Film Festival"}
