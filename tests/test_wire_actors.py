"""Organisations and places in wire copy (issue 11: junk, duplicate and cut actors).
Articles written for these tests, in the style of 1980s wire copy; no corpus text."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.actors import extract_actors
from generator.model import Actor
from generator.reading.layout import parse
from generator.running.nlp import load_model


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()


def actors_of(nlp: Language, text: str) -> dict[str, Actor]:
    """Every actor of the article, by name (listed or not: each is an editor's fix)."""
    return {a.name: a for a in extract_actors(nlp(text))}


def test_word_capitalised_after_a_country_abbreviation_is_no_name(nlp: Language) -> None:
    text = (
        "Taiwan's central bank is considering proposals to reduce its foreign exchange "
        "reserves of 51 billion U.S. Dlrs, a local newspaper reported today.\n"
        "    Taiwan's trade surplus with the U.S. Rose to 13.6 billion dlrs last year.\n"
        "    Dealers said yesterday's modest gains on U.S. Credit markets had little "
        "impact on trading in Taipei."
    )
    actors = actors_of(nlp, text)
    assert not [name for name in actors if name.startswith("U.S. ")]
    assert actors["United States"].type == "place"


def test_firm_named_x_and_y_is_one_firm(nlp: Language) -> None:
    text = (
        "Dun and Bradstreet Corp said business failures in February rose 10.8 pct to "
        "5,390 from 4,864 a year earlier.\n"
        "    Dun said the largest increase was in the oil states, where failures rose "
        "47.8 pct.\n"
        "    The Pacific states reported a decline of 6.8 pct, Dun said."
    )
    actors = actors_of(nlp, text)
    assert "Dun and Bradstreet Corp" in actors
    assert actors["Dun and Bradstreet Corp"].type == "organization"
    assert "Dun" not in actors and "Bradstreet Corp" not in actors


def test_short_form_x_and_y_joins_the_full_name(nlp: Language) -> None:
    text = (
        "Britain's Cable and Wireless Plc, which holds 20 pct of the venture, has "
        "opposed plans to merge with a rival group, a spokesman said.\n"
        "    Britain views moves to restrict Cable and Wireless' role in the sector as a "
        "test case, officials said."
    )
    actors = actors_of(nlp, text)
    assert "Cable and Wireless Plc" in actors
    assert not {"Cable", "Wireless", "Wireless Plc", "Cable and Wireless"} & set(actors)


def test_two_firms_with_their_own_suffixes_stay_two(nlp: Language) -> None:
    text = (
        "Chrysler Corp and General Motors Corp raised their car prices on Monday. "
        "Chrysler said the rise would average 1.9 pct."
    )
    actors = actors_of(nlp, text)
    assert not any(" and " in name for name in actors)


def test_acronym_between_commas_is_the_short_form(nlp: Language) -> None:
    text = (
        "The Commodity Exchange Inc, COMEX, is researching the possibility of offering "
        "futures contracts on currency swaps, a COMEX consultant said.\n"
        "    He said the COMEX board had not yet considered the contracts."
    )
    actors = actors_of(nlp, text)
    assert "COMEX" not in actors
    assert actors["Commodity Exchange Inc"].mentions == 4


def test_next_name_of_a_list_is_no_short_form(nlp: Language) -> None:
    text = (
        "Allied Chemical Corp, AMC, and Dow Chemical Co all reported lower sales in "
        "March, the companies said. AMC said its sales fell 11 pct."
    )
    actors = actors_of(nlp, text)
    assert "AMC" not in actors["Allied Chemical Corp"].aliases


def test_place_named_only_before_a_noun_is_no_actor(nlp: Language) -> None:
    text = (
        "West German car production rose to 389,900 in February, the German Automobile "
        "Industry Association said.\n"
        "    The companies are dissatisfied with pricing metals in US dollars, the "
        "association said."
    )
    actors = actors_of(nlp, text)
    assert "United States" not in actors


def test_place_the_story_is_about_stays(nlp: Language) -> None:
    text = (
        "Kuwait has asked Britain and China for the use of their flags to protect its "
        "oil shipments, officials said.\n"
        "    The officials said Kuwait had decided not to accept a U.S. offer to escort "
        "its tankers, and the United States is considering the request."
    )
    actors = actors_of(nlp, text)
    assert actors["United States"].type == "place"


def test_town_before_a_state_is_a_place(nlp: Language) -> None:
    text = (
        "The union has set a strike deadline at General Motors Corp's Pontiac, Mich., "
        "truck and bus plant, a union spokesman said. Talks at the Pontiac plant went "
        "on today."
    )
    actors = actors_of(nlp, text)
    assert actors["Pontiac"].type == "place"


def test_first_word_of_a_firm_at_the_article_start_stays(nlp: Language) -> None:
    text = (
        "First Interstate Bancorp said it signed franchise agreements with two banks.\n"
        "    Member banks offer First Interstate services but are not owned by First "
        "Interstate, the company said."
    )
    actors = actors_of(nlp, text)
    assert "Interstate Bancorp" not in actors
    assert "First Interstate Bancorp" in actors


def test_datelines_of_a_round_up_are_no_actors(nlp: Language) -> None:
    text = (
        "Palm oil output is likely to drop sharply this year, a newsletter said.\n"
        "    NEW YORK - Comex silver futures soared 15 cents on opening and then "
        "retreated slightly.\n"
        "    WASHINGTON - Kuwait has asked at least four countries for the use of their "
        "flags to protect its oil shipments, officials said.\n"
        "    MADRID - Spain is to sign a barley order with Saudi Arabia, trade sources "
        "said. In LONDON, metal prices eased."
    )
    actors = actors_of(nlp, text)
    assert not [name for name in actors if name.isupper()]
    assert "New York" not in actors and "Washington" not in actors and "Madrid" not in actors
    assert actors["Kuwait"].type == "place"


def test_name_ending_in_a_wire_company_form_is_a_firm(nlp: Language) -> None:
    text = (
        "<Montedison SpA> of Italy expects to diversify further into chemicals, a "
        "Montedison spokeswoman said.\n"
        "    Montedison is holding talks with Wall Street firms about a listing, she said."
    )
    actors = actors_of(nlp, text)
    assert actors["Montedison SpA"].type == "organization"


def test_firm_cut_before_its_last_word_and_suffix_is_whole(nlp: Language) -> None:
    text = (
        "Offers came from Samuel J. Pryor, who holds five pct of the stock and bid 30 "
        "dlrs a share, and Harcourt Brace Jovanovich Inc <HBJ>, which bid 48 dlrs a share."
    )
    actors = actors_of(nlp, text)
    assert "Harcourt Brace" not in actors and "Jovanovich Inc" not in actors
    assert actors["Harcourt Brace Jovanovich Inc"].type == "organization"
    text = (
        "Britain has opposed plans to let <Kokusai Denshin Denwa Co Ltd> keep its "
        "monopoly, officials said."
    )
    actors = actors_of(nlp, text)
    assert actors["Kokusai Denshin Denwa Co Ltd"].type == "organization"


def test_company_as_a_noun_after_a_name_is_no_suffix(nlp: Language) -> None:
    text = (
        "Guards at the embassy were employed by UC Global, a Spanish security firm. "
        "Staff of the UC Global company said they were told to film visitors."
    )
    actors = actors_of(nlp, text)
    assert "UC Global company" not in actors


def test_company_form_opening_the_next_name_stays_with_it(nlp: Language) -> None:
    # the tickers after the names blanked out, as the pipeline reads wire copy
    text = (
        "Trading will start in four stocks -- Svenska Cellulosa AB          (SCA), "
        "Forsakrings AB Skandia         , AB Volvo          and Pharmacia AB         . "
        "Each contract is for 1,000 shares."
    )
    actors = actors_of(nlp, text)
    assert not [name for name in actors if "," in name]
    assert "AB Volvo" in actors


def test_region_named_before_states_stays_a_place(nlp: Language) -> None:
    text = (
        "Business failures rose 10.8 pct in February, a credit agency said.\n"
        "    The largest increase was reported in the West South Central states, where "
        "failures rose 47.8 pct, while the New England states posted a 23.5 pct rise."
    )
    actors = actors_of(nlp, text)
    assert actors["New England"].type == "place"


def test_a_name_before_a_ticker_is_a_company(nlp: Language) -> None:
    """ "Panhandle Eastern <PEL>": a listed company, whatever the model's label."""
    text = (
        "Gas imports from Algeria are unlikely this year, analysts said.\n"
        "    The state company is negotiating with two of its former\n"
        "customers, Panhandle Eastern <PEL> and Distrigas, a subsidiary\n"
        "of Cabot Corp <CBT>, to resume exports, officials said."
    )
    actors = {a.name: a for a in extract_actors(parse(nlp, text))}  # tickers blanked
    assert actors["Panhandle Eastern"].type == "organization"
    text = (
        "The Italian car maker said sales rose.\n"
        "    Fiat Spa <FIAT.MI> said its output of cars rose 12 pct in\n"
        "the first quarter, helped by new models."
    )
    assert {a.name: a.type for a in extract_actors(parse(nlp, text))}["Fiat Spa"] == "organization"


def test_firm_described_by_what_it_makes_is_a_firm(nlp: Language) -> None:
    text = (
        "Dorvane-Lys (Belgian sugar producer) said it would close two refineries next "
        "year.\n    Halvorsen Group, the diversified industrial concern, said its profits "
        "rose 12 pct.\n    Brazil, the largest sugar producer, expects a smaller crop."
    )
    actors = actors_of(nlp, text)
    assert actors["Dorvane-Lys"].type == "organization"
    assert actors["Dorvane-Lys"].roles == []
    assert actors["Halvorsen Group"].type == "organization"
    assert actors["Brazil"].type == "place"


def test_bank_holding_a_role_stays_a_bank(nlp: Language) -> None:
    text = (
        "Mexico will resume talks with its creditor banks next week, said Ostrabank, "
        "chairman of the bank advisory committee.\n"
        "    The talks broke off in March."
    )
    actors = actors_of(nlp, text)
    assert actors["Ostrabank"].type == "organization"
