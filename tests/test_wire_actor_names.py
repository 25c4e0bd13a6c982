"""Firms' names in wire copy that the model cuts or glues (issue 11: duplicate actors and
actors under a wrong or cut name). Articles written for these tests, in the style of
1980s wire copy (tickers in angle brackets, lists of offerings); no corpus text."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.actors import extract_actors
from generator.model import Actor
from generator.running.nlp import load_model


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()


def actors_of(nlp: Language, text: str) -> dict[str, Actor]:
    """Every actor of the article, by name (listed or not: each is an editor's fix)."""
    return {a.name: a for a in extract_actors(nlp(text))}


def test_offering_list_item_stops_at_its_dash(nlp: Language) -> None:
    # the reader blanks each ticker ("<PDSI>") out of the text the model reads
    text = (
        "The following proposed securities offerings were filed recently with the "
        "Securities and Exchange Commission:\n"
        "    Pentland Data Systems Inc        - Offering of two mln shares of common "
        "stock through First Boston Corp.\n"
        "    Harwood Co      - Shelf offering of up to 150 mln dlrs of debt securities.\n"
        "    Xylem Inc        - Offering of 1.8 mln shares of common stock through "
        "Montgomery Securities."
    )
    actors = actors_of(nlp, text)
    assert not [name for name in actors if " - " in name or name.endswith(("Offering", "Shelf"))]
    assert "Pentland Data Systems Inc" in actors


def test_bracketed_short_form_is_not_part_of_the_name(nlp: Language) -> None:
    text = (
        "The Philippines' Board of Investments (BOI) has approved new rules for car "
        "makers, trade secretary Ramon Dizon said.\n"
        "    He said the BOI would publish the rules next month."
    )
    actors = actors_of(nlp, text)
    assert not [name for name in actors if name.endswith(" BOI")]
    assert "BOI" in actors["Board of Investments"].aliases


def test_short_form_after_the_ticker_joins_the_firm(nlp: Language) -> None:
    text = (
        "Norway is expected to settle a row between Den Norske Stats Oljeselskap A/S "
        "<STAT.OL> (Statoil) and Conoco Norge A/S over the Heidrun field, government "
        "sources said.\n"
        "    Statoil exercised an option in the field's licence this spring, the "
        "sources said, and Statoil wants to run the field from 1990."
    )
    actors = actors_of(nlp, text)
    orgs = [a for a in actors.values() if "Statoil" in (a.name, *a.aliases)]
    assert len(orgs) == 1
    # the full name as written, its legal form too (the tokenizer splits "A/S" in three)
    assert orgs[0].name == "Den Norske Stats Oljeselskap A/S"


def test_firm_named_in_german_is_one_name(nlp: Language) -> None:
    text = (
        "Bank fuer Gemeinwirtschaft AG <BKFG.F> said its operating profits fell in the "
        "first four months, management board chairman Thomas Wegscheider said.\n"
        "    Insurer Aachener und Muenchener Beteiligungs-AG <AMVG.F> bought half of the "
        "bank last year."
    )
    actors = actors_of(nlp, text)
    assert "Bank fuer Gemeinwirtschaft AG" in actors
    assert "Aachener und Muenchener Beteiligungs-AG" in actors
    assert not {"Gemeinwirtschaft AG", "Muenchener Beteiligungs-AG", "Insurer Aachener"} & set(
        actors
    )


def test_firm_whose_first_name_the_model_calls_a_person(nlp: Language) -> None:
    text = (
        "Ogden Corp said it sold 85 mln dlrs of debentures through <Salomon Brothers "
        "International Inc> and <Allen and Co Inc>.\n"
        "    The company said the proceeds would repay debt."
    )
    actors = actors_of(nlp, text)
    assert "Allen and Co Inc" in actors
    assert "Allen" not in actors


def test_last_word_of_a_firm_named_alone_is_the_firm(nlp: Language) -> None:
    text = (
        "Enzor Inc and Eastman Kodak Co's pharmaceuticals division said the Food and Drug "
        "Administration approved their application to test a new gout drug.\n"
        "    Kodak owns 18.7 pct of Enzor and holds the marketing rights for the drug."
    )
    actors = actors_of(nlp, text)
    assert "Kodak" not in actors
    assert actors["Eastman Kodak Co"].mentions == 2


def test_person_and_firm_named_together_stay_apart(nlp: Language) -> None:
    text = (
        "Chairman John Harlan and Mesa Petroleum Co agreed on the sale, the company "
        "said.\n"
        "    Harlan said the deal would close in June."
    )
    actors = actors_of(nlp, text)
    assert actors["John Harlan"].type == "person"
    assert not [name for name in actors if " and " in name]


def test_firm_named_before_stays_a_list_item(nlp: Language) -> None:
    text = (
        "Exxon Corp raised its crude oil postings by 50 cts a barrel on Monday.\n"
        "    Traders said Exxon and Mobil Corp were the first to move, and other "
        "companies were expected to follow."
    )
    actors = actors_of(nlp, text)
    assert not [name for name in actors if " and " in name]


def test_delegate_introduced_with_his_country_is_one_person(nlp: Language) -> None:
    text = (
        "The chairman of the conference on a new cocoa pact, Somchai Rattanakorn of "
        "Thailand, said it was imperative to settle the main issues this week.\n"
        "    Rattanakorn told delegates the session was the last chance to conclude a new "
        "pact before the current accord expires."
    )
    actors = actors_of(nlp, text)
    people = [a for a in actors.values() if a.type == "person"]
    assert [a.name for a in people] == ["Somchai Rattanakorn"]
    assert not [name for name in actors if name.endswith("of Thailand")]


def test_country_in_a_table_of_figures_is_the_country(nlp: Language) -> None:
    text = (
        "Uruguayan wool exports rose in March, the wool board said.\n"
        "    Main destinations were as follows, in tonnes, with comparative figures for "
        "1986 in brackets -\n"
        "    EC 4,100 (3,900), Japan 2,200 (unavailable), Israel 1,700 (2,000), Peru 1,500 "
        "(900), Singapore 400 (300), Switzerland 300 (200), Malta 200 (100), Chile 100 "
        "(600)."
    )
    actors = actors_of(nlp, text)
    assert not [name for name in actors if any(ch.isdigit() for ch in name)]
    assert actors["Malta"].type == "place"


def test_currency_after_a_dotted_country_abbreviation_is_no_body(nlp: Language) -> None:
    text = (
        "The consortium has presented the government with a 25 billion H.K. Dlr plan for "
        "a second airport on the island of Lantau, a Hopewell Holdings Ltd statement "
        "said.\n"
        "    Hopewell owns 20 pct of the consortium."
    )
    actors = actors_of(nlp, text)
    assert not [name for name in actors if "Dlr" in name]


def test_firm_in_angle_brackets_is_one_name_with_its_short_form(nlp: Language) -> None:
    text = (
        "The Bermuda registered <Carrick Holloway and Co Ltd> said it would take a five "
        "pct stake in a consortium led by Hopewell Holdings Ltd.\n"
        "    Carrick Holloway will also advise the consortium on the airport project, "
        "the statement said."
    )
    actors = actors_of(nlp, text)
    firm = actors["Carrick Holloway and Co Ltd"]
    assert firm.type == "organization"
    assert firm.mentions == 2
    assert "Carrick Holloway" not in actors
