"""Duplicate, mistyped and junk actors of session 40 (issue 11): a firm's bracketed
short form after its blanked ticker or its stock symbol, a town typed a body by a
"which" that tells of another noun, works listed as people or bodies in award and
drama stories. Articles written for these tests; no corpus text."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.actors import extract_actors
from generator.model import Actor
from generator.reading.layout import parse


def wire_actors(nlp: Language, text: str) -> dict[str, Actor]:
    """Every actor of a wire article, parsed as the pipeline parses it (tickers blanked)."""
    return {a.name: a for a in extract_actors(parse(nlp, text))}


def listed_names(nlp: Language, text: str) -> set[str]:
    """The names a briefing lists for the article."""
    return {a.name for a in extract_actors(parse(nlp, text)) if a.listed}


def test_a_short_form_in_brackets_after_a_ticker_joins_the_firm(nlp: Language) -> None:
    text = (
        "Schweizerische Aluminium AG <ALUZ.Z> (Alusuisse) said on Monday it may break "
        "even this year.\n"
        '    "We are confident," chairman Hans Jucker told a news conference.\n'
        "    Alusuisse made a net loss of 688 mln Swiss francs in 1986. Alusuisse shares "
        "rose."
    )
    actors = wire_actors(nlp, text)
    assert "Alusuisse" not in actors
    assert "Alusuisse" in actors["Schweizerische Aluminium AG"].aliases


def test_a_stock_symbol_in_brackets_joins_the_firm(nlp: Language) -> None:
    text = (
        "Chase Manhattan Corp (CMB) president Thomas Labrecque said the decline was not "
        "justified.\n"
        "    Chase earned more in the first quarter, he said."
    )
    actors = wire_actors(nlp, text)
    assert "CMB" not in actors
    assert "Chase Manhattan Corp" in actors


def test_an_acronym_in_brackets_after_a_plain_name_keeps_its_own_reading(
    nlp: Language,
) -> None:
    text = (
        "The Leisure Software Association (Elspa) said sales rose.\n"
        "    Elspa said the market grew by 10 pct."
    )
    actors = wire_actors(nlp, text)
    assert "Elspa" not in actors


def test_a_which_clause_on_the_noun_before_a_town_leaves_it_a_place(nlp: Language) -> None:
    text = (
        "Stars line up for flood relief\n\n"
        "The gig is taking place on the same night as a flood relief show in Bristol, "
        "which will see two local bands share a stage for the first time. Maria Hensley, "
        "a spokeswoman, said tickets sold out.\n"
    )
    actors = wire_actors(nlp, text)
    assert actors["Bristol"].type == "place"


def test_a_which_clause_on_the_firm_still_shows_a_body(nlp: Language) -> None:
    text = "Borland, which makes software, said on Tuesday that profits rose.\n"
    assert wire_actors(nlp, text)["Borland"].type == "organization"


def test_a_makers_work_in_a_film_sentence_is_no_person(nlp: Language) -> None:
    text = (
        "Film guild names its nominees\n\n"
        "Director Ken Halloway is among the nominees for the top prize. Mike Leigh's "
        "Rosa Fennimore is among the nominees for best British film, and the comedy "
        "series will compete too.\n"
    )
    names = listed_names(nlp, text)
    assert "Rosa Fennimore" not in names
    assert {"Mike Leigh", "Ken Halloway"} <= names


def test_a_managers_player_stays_a_person(nlp: Language) -> None:
    text = "Manchester manager Peter Galloway's Andy Tremlow scored twice in the game.\n"
    assert "Andy Tremlow" in listed_names(nlp, text)


def test_works_their_directors_are_nominated_for_are_no_actors(nlp: Language) -> None:
    text = (
        "Directors guild names nominees\n\n"
        "In the TV categories, comedy series Early Doors will compete, while the "
        "directors of Shameless, Hustle and Bodies are all nominated for the 60-minute "
        "television prize. The directors of Omagh and Sex Traffic are among the nominees "
        "for a television movie.\n"
    )
    names = listed_names(nlp, text)
    assert not names & {"Shameless", "Hustle and Bodies", "Omagh", "Sex Traffic"}


def test_a_nominee_run_into_the_title_is_the_person(nlp: Language) -> None:
    text = (
        "Directors guild names nominees\n\n"
        "Mike Leigh will compete for the British film prize with Shane Meadows for Dead "
        "Man's Shoes and Roger Michell for Enduring Love.\n"
    )
    actors = wire_actors(nlp, text)
    assert actors["Shane Meadows"].type == "person"
    assert not any("Dead Man" in name for name in actors)


def test_two_firms_each_with_its_form_are_two(nlp: Language) -> None:
    text = (
        "Banks are anxious to develop a market for medium term notes, but only a few "
        "companies such as Electrolux AB and Pepsico Inc have gone so far as to arrange "
        "one.\n"
    )
    actors = wire_actors(nlp, text)
    assert {"Electrolux AB", "Pepsico Inc"} <= set(actors)
    assert not any(" and " in name for name in actors)


def test_a_name_no_place_is_known_by_listed_among_women_and_who_is_a_person(
    nlp: Language,
) -> None:
    text = (
        "Stars honour young women\n\n"
        "The ceremony drew influential women like Rihanna, Shonda Rhimes and Amandla "
        "Stenberg.\n\n"
        "Meanwhile Rihanna, who was honored with the Rockstar award, spoke about her "
        "mother.\n"
    )
    assert wire_actors(nlp, text)["Rihanna"].type == "person"


def test_a_time_zone_after_a_wires_second_clock_time_is_no_actor(nlp: Language) -> None:
    text = (
        "Manila debt talks\n\n"
        "The meeting with finance minister Jaime Ongpin will begin at the bank's "
        "headquarters at 1430 EST/1930 GMT, a source said.\n"
    )
    assert "GMT" not in wire_actors(nlp, text)


def test_a_founders_name_before_a_comma_and_a_founders_firm_is_that_firm(
    nlp: Language,
) -> None:
    text = (
        "Whitfield, Barnes and Co said it is attempting to work out new financing "
        "arrangements with lender Meridian Financial.\n"
        "    The company said the loan fell due at the end of February.\n"
    )
    actors = wire_actors(nlp, text)
    assert "Whitfield, Barnes and Co" in actors
    assert "Whitfield" not in actors


def test_a_town_before_a_comma_and_a_founders_firm_stays_a_town(nlp: Language) -> None:
    text = (
        "In Worcester, Barnes and Co said it is attempting to work out new financing "
        "arrangements with lender Meridian Financial.\n"
    )
    assert not any(name.startswith("Worcester,") for name in wire_actors(nlp, text))


def test_a_firms_unit_named_again_on_its_own_is_no_part_of_the_owners_name(
    nlp: Language,
) -> None:
    text = (
        "The pilots' union said it was seeking a court order prohibiting any actions by "
        "Halvor Corp's Western Airlines restricting the right of its members to speak.\n"
        "    Western Airlines said it would fight the order.\n"
    )
    actors = wire_actors(nlp, text)
    assert "Western Airlines" in actors
    assert not any("'s " in name for name in actors)


def test_the_field_of_an_office_before_its_employer_is_no_body(nlp: Language) -> None:
    text = (
        "Brazil coffee sales\n\n"
        '"There is no way they can trade their way out of this situation," Marta Reyes, '
        "Vice President for International Services at Carver Econometrics, said.\n\n"
        "Reyes told reporters that Brazil had to tackle demand. A spokesman for Ford "
        "said sales fell.\n"
    )
    actors = wire_actors(nlp, text)
    assert "International Services" not in actors
    assert {"Carver Econometrics", "Ford", "Marta Reyes"} <= set(actors)
