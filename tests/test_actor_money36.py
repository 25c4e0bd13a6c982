"""Money, securities and timings named like actors, an acronym of a body whose name
opens with its country's initials, and a firm after "NAME of" (issue: junk, duplicate
and mistyped actors). Articles written for these tests; no corpus text."""

from __future__ import annotations

from published_actors import listed
from spacy.language import Language
from spacy.tokens import Span

from generator.extract.actors.of_person import after_person_of


def test_a_currency_in_market_copy_is_no_actor(nlp: Language) -> None:
    text = (
        "The dollar eased in quiet trading in Frankfurt, dealers said.\n"
        "    Sterling opened at 2.951 marks, just above yesterday's close, and was seen "
        "rising against other currencies.\n"
        '    "Sterling is looking very firm this morning," one dealer said.\n'
        "    The Bundesbank did not intervene, dealers said."
    )
    actors = listed(nlp, text)
    assert "Sterling" not in actors
    assert "Bundesbank" in actors


def test_a_unit_of_account_is_no_actor(nlp: Language) -> None:
    text = (
        "The cocoa council's buffer stock manager will start buying within weeks, "
        "since prices are below the must-buy level of 1,500 Special Drawing Rights per "
        "tonne, delegates said.\n"
        "    Piet Vanlo, a delegate of the Netherlands, said the 1,500 SDR floor was "
        "too low."
    )
    actors = listed(nlp, text)
    assert "Special Drawing Rights" not in actors
    assert "Piet Vanlo" in actors


def test_a_security_named_by_its_issuer_is_no_actor(nlp: Language) -> None:
    text = (
        "Finance secretary Jaime Vorres said Manila would pay creditor banks with "
        "Philippine Investment Notes.\n"
        "    The banks can sell the Philippine Investment Notes at a discount."
    )
    actors = listed(nlp, text)
    assert not any(name.endswith("Notes") for name in actors)
    assert "Jaime Vorres" in actors


def test_a_firm_named_like_a_currency_that_speaks_stays(nlp: Language) -> None:
    text = (
        "Sterling Drug Inc said its profit rose 12 pct.\n"
        '    "We expect another good year," Sterling said in a statement.'
    )
    actors = listed(nlp, text)
    assert any(name.startswith("Sterling") for name in actors)


def test_a_timing_is_no_actor(nlp: Language) -> None:
    text = (
        "Ramos set a Spanish record with a time of 7.58secs while Kron and Dorel "
        "clocked 7.61secs and 7.62secs respectively."
    )
    actors = listed(nlp, text)
    assert not any("secs" in name for name in actors)


def test_acronym_of_a_body_led_by_its_countrys_initials_is_one_actor(nlp: Language) -> None:
    text = (
        "The U.S. National Pork Producers Council asked Congress to act on imports.\n"
        "    The NPPC said Canadian hogs were subsidised. NPPC president Tom Mellin "
        "said farmers were losing money."
    )
    actors = listed(nlp, text)
    council = actors["U.S. National Pork Producers Council"]
    assert "NPPC" in council.aliases
    assert "NPPC" not in actors


def test_name_after_a_persons_name_and_of_is_no_person(nlp: Language) -> None:
    text = (
        '"The pound will have to slip," said Richard Jeffrey of Hoare Govett. '
        '"If not, there is fear."'
    )
    actors = listed(nlp, text)
    assert actors["Richard Jeffrey"].type == "person"
    assert actors["Hoare Govett"].type == "organization"


def test_a_style_of_a_place_stays_a_person(nlp: Language) -> None:
    text = '"The bill is flawed," said Lord Owen of Plymouth in the debate.'
    actors = listed(nlp, text)
    assert all(a.type != "organization" for a in actors.values())


def test_department_named_by_its_field_first_joins_its_acronym(nlp: Language) -> None:
    text = (
        "The U.S. Agriculture Department said wheat stocks fell in the quarter.\n"
        "    USDA said exports rose to 12 mln tonnes, led by sales to China."
    )
    actors = listed(nlp, text)
    assert "USDA" not in actors
    assert "USDA" in actors["U.S. Agriculture Department"].aliases


def test_employer_after_a_role_is_no_town(nlp: Language) -> None:
    text = (
        "That is not enough, said Howard Rubel, a senior analyst at Jefferies, who "
        "notes that the firm has vowed to cut costs."
    )
    actors = listed(nlp, text)
    assert actors["Jefferies"].type == "organization"


def test_a_known_place_after_a_role_stays_a_place(nlp: Language) -> None:
    text = '"Rates will rise," said Anne Cole, an economist at London.'
    actors = listed(nlp, text)
    assert all(a.type != "organization" for a in actors.values())


def test_a_role_noun_glued_before_a_surname_is_no_name(nlp: Language) -> None:
    text = (
        "Ireland beat Croatia 1-0 in Dublin. Robbie Keane scored after the break. "
        "Matchwinner Keane said the team had played well."
    )
    actors = listed(nlp, text)
    assert "Matchwinner Keane" not in actors
    assert "Keane" in actors["Robbie Keane"].aliases


def test_only_the_models_person_after_a_persons_name_and_of_is_read(nlp: Language) -> None:
    doc = nlp("said Jan Bakker of Hoare Vlig and Ruud Smit of Rotterdam.")
    doc.ents = [
        Span(doc, 1, 3, label="PERSON"),
        Span(doc, 4, 6, label="PERSON"),
        Span(doc, 7, 9, label="PERSON"),
        Span(doc, 10, 11, label="ORG"),
    ]
    assert after_person_of(doc, doc.ents[1])
    assert not after_person_of(doc, doc.ents[3])  # a town the model calls a body


def test_a_bare_chamber_joins_the_one_chamber_named_with_its_country(nlp: Language) -> None:
    text = (
        "Yeutter told the U.S. Congress that Japan must open its markets. Congress is "
        "expected to pass a trade bill this year."
    )
    actors = listed(nlp, text)
    assert "Congress" not in actors
    assert "Congress" in actors["U.S. Congress"].aliases


def test_a_bare_chamber_beside_two_chambers_joins_neither(nlp: Language) -> None:
    text = (
        "The bill passed the Florida House and the U.S. House on Monday. The House "
        "will vote again in May."
    )
    actors = listed(nlp, text)
    assert {"Florida House", "U.S. House"} <= set(actors)
    assert not actors["U.S. House"].aliases
    assert "House" not in actors


def test_a_department_under_its_two_names_is_one_actor(nlp: Language) -> None:
    text = (
        "The Labor Department issued the rule on Tuesday. Under the Department of "
        "Labor rule, workers earning less than 47,000 dollars will get overtime."
    )
    actors = listed(nlp, text)
    assert len([n for n in actors if "Labor" in n]) == 1


def test_an_issuer_named_only_before_its_securities_is_no_actor(nlp: Language) -> None:
    """ "the U.S. Government securities market" names Treasury paper: no actor beside
    the Fed. A body that speaks stays, though its bills are named too."""
    text = (
        "The Federal Reserve entered the U.S. Government securities market to arrange "
        "1.5 billion dlrs of customer repurchase agreements, a Fed spokesman said.\n"
        "    The Treasury said it would sell 9.6 billion dlrs of three-month bills on "
        "Monday, and dealers said Treasury bills rose after the announcement."
    )
    actors = listed(nlp, text)
    assert "U.S. Government" not in actors, actors
    assert "Federal Reserve" in actors
    assert "Treasury" in actors
