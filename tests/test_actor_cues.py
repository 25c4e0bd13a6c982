"""What the words around a name say it is (actor_cues), on articles written for these
tests: constituencies, places on a map, bodies named after people, publications, and
names that are no actors (units, wars, geological time)."""

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


def test_the_seat_of_an_mp_is_a_place(nlp: Language) -> None:
    text = (
        "Ms Jane Porter, Labour MP for Hornsey and Wood Green, said the plan was unfair. "
        "She said voters would decide."
    )
    got = types(extract_actors(nlp(text)))
    assert got.get("Hornsey and Wood Green") == "place"
    assert got.get("Jane Porter") == "person"


def test_a_place_on_a_map_is_a_place(nlp: Language) -> None:
    text = (
        "Rebels said they had cut the road to Rawandiz, some 60 miles (96 KM) north of "
        "the oil fields. The army denied it, a spokesman said."
    )
    actors = extract_actors(nlp(text))
    got = types(actors)
    assert got.get("Rawandiz") == "place"
    assert "KM" not in got  # a unit after a number


def test_a_war_and_an_epoch_are_no_actors(nlp: Language) -> None:
    text = (
        "Oil prices have not been so high since the Gulf war, analysts said. Geologists "
        "compared the warming with the Pliocene and the Holocene. The Stop the War "
        "Coalition said it would march in London."
    )
    names = {a.name for a in extract_actors(nlp(text))}
    assert not {"Gulf war", "Holocene", "Pliocene"} & names
    assert "London" in names


def test_auditors_named_after_a_man_are_a_firm(nlp: Language) -> None:
    text = (
        "The former chief told the court that external auditors Arthur Andersen had "
        "approved the accounts. She said Andersen had never raised a concern."
    )
    got = types(extract_actors(nlp(text)))
    assert got.get("Arthur Andersen") == "organization"


def test_a_person_named_beside_a_plural_noun_stays_a_person(nlp: Language) -> None:
    text = (
        "The club's owners Tom Hicks and George Gillett said they would not sell. "
        "Hicks said the bid was too low."
    )
    got = types(extract_actors(nlp(text)))
    assert got.get("Tom Hicks") == "person"


def test_a_journal_is_not_a_place(nlp: Language) -> None:
    text = (
        "In a paper published in Oxford Open Climate Change, the team warned that "
        "warming would speed up. Dr Anna Reyes said the models were too cautious."
    )
    got = types(extract_actors(nlp(text)))
    assert got.get("Oxford Open Climate Change") != "place"


def test_the_crown_prince_keeps_his_style(nlp: Language) -> None:
    text = (
        "Last year Crown Prince Abdullah, the de facto ruler, told ministries to hire "
        "more women. The prince said the change was overdue."
    )
    names = {a.name for a in extract_actors(nlp(text))}
    assert "Crown Prince Abdullah" in names
    assert "Prince Abdullah" not in names


def test_voters_and_the_house_are_no_constituency(nlp: Language) -> None:
    text = (
        "Most of the borough is covered by the Commons constituency of Bethnal Green and "
        "Bow. Mr Ruiz said he was representing the Latino constituency in Texas."
    )
    got = types(extract_actors(nlp(text)))
    assert got.get("Bethnal Green and Bow") == "place"
    assert got.get("Commons") != "place"
    assert got.get("Latino") != "place"


def test_a_unit_in_brackets_is_no_actor(nlp: Language) -> None:
    text = (
        "China increased its generating capacity by 12.6%, or 440,700 megawatts (MW), "
        "the State Power Corporation said."
    )
    names = {a.name for a in extract_actors(nlp(text))}
    assert "MW" not in names


def test_a_name_written_like_a_brand_is_a_firm(nlp: Language) -> None:
    text = (
        "Named the third biggest spammer by the watchdog, OptInRealBig was sued in 2003. "
        "Microsoft is seeking damages from OptInRealBig. Bankers at JPMorgan advised the "
        "buyer, and Leonardo DiCaprio said he would not comment."
    )
    got = types(extract_actors(nlp(text)))
    assert got.get("OptInRealBig") == "organization"
    assert got.get("Leonardo DiCaprio") == "person"


def test_a_given_name_tagged_alone_takes_the_surname_after_it(nlp: Language) -> None:
    text = (
        "A notorious spam firm is seeking bankruptcy protection.\n\n"
        "Scott Richter, the man behind the firm, said lawsuits had forced it into "
        "Chapter 11. Microsoft said it would pursue the claims."
    )
    names = {a.name for a in extract_actors(nlp(text))}
    assert "Scott" not in names


def test_a_firm_described_by_what_it_makes_is_a_firm(nlp: Language) -> None:
    text = (
        "The government reviewed last year's sale of Ukrainian steel producer "
        "Krivorizhstal, the minister said. Film producer Harvey Weinstein declined to "
        "comment."
    )
    got = types(extract_actors(nlp(text)))
    assert got.get("Krivorizhstal") == "organization"
    assert got.get("Harvey Weinstein") == "person"


def shown(actors: list[Actor]) -> dict[str, str]:
    """The actors a briefing lists, by name."""
    return {a.name: a.type for a in actors if a.listed}


def test_an_irish_surname_alone_is_the_player_not_a_firm(nlp: Language) -> None:
    text = (
        "A second-half try from captain Brian O'Driscoll kept Ireland in front. A series "
        "of probes led by the talismanic O'Driscoll, back from injury, ended with "
        "O'Driscoll going over in the right corner. Coach Eddie Byrne praised the side."
    )
    got = shown(extract_actors(nlp(text)))
    assert got.get("Brian O'Driscoll") == "person"
    assert "O'Driscoll" not in got  # merged into the full name, not a body of its own


def test_the_sides_of_a_match_are_clubs_not_places(nlp: Language) -> None:
    text = (
        "James Carter was assaulted on a night out following Everton's 3-1 win over "
        "Aston Villa, the club said. Police are also looking into trouble at the Cup tie "
        "between Millwall and Liverpool, and at the Chelsea game, where West Ham fans "
        "fought with stewards. Scotland fans were praised for their behaviour in Milan."
    )
    got = shown(extract_actors(nlp(text)))
    assert got.get("Aston Villa") == "organization"
    assert got.get("Millwall") == "organization"
    assert got.get("West Ham") == "organization"
    # a national side keeps its country's type (named only before "fans", the country
    # is no actor of the story at all)
    assert got.get("Scotland") in {None, "place"}
    assert got.get("Milan") == "place"


def test_a_title_named_as_a_film_is_no_actor(nlp: Language) -> None:
    text = (
        "Andrea Arnold's gritty drama Wasp is about a single mother living on the "
        "breadline. Set in Dartford, Wasp tells the story of a young mum. The actor "
        "Liam Neeson, whose films include Schindler's List and Michael Collins, said: "
        '"It is a brave film." Arnold said she was delighted.'
    )
    got = shown(extract_actors(nlp(text)))
    assert not {"Wasp", "Schindler's List", "Michael Collins"} & set(got)
    assert got.get("Andrea Arnold") == "person"
    assert got.get("Liam Neeson") == "person"


def test_a_person_opening_a_clause_after_a_film_stays(nlp: Language) -> None:
    text = (
        "It was the film Hugh Grant turned down in 1999, the studio said. Hugh Grant "
        "told reporters he had no regrets."
    )
    got = shown(extract_actors(nlp(text)))
    assert got.get("Hugh Grant") == "person"


def test_a_team_sheet_names_players_not_places_or_firms(nlp: Language) -> None:
    text = (
        "Leicester beat Wasps 37-31 at Welford Road. Fly-half Andy Goode kicked 22 "
        "points, and coach John Wells praised Graham Rowntree.\n\n"
        "Leicester: Murphy; Rabeni, Smith, Gibson, Healey; Goode, Ellis; Rowntree, "
        "Chuter, White, M Johnson (capt), L Deacon; Moody, Back, Corry.\n\n"
        "Replacements: Buckland, Morris, Kay, Bemand, Tuilagi, Lloyd, Vesty.\n\n"
        "A Titterrell, D Bell, S Borthwick, A Hazell, M Dawson, A Goode, O Smith.\n"
    )
    actors = extract_actors(nlp(text))
    got = shown(actors)
    assert got.get("Andy Goode") == "person"  # "Goode" and "A Goode" of the sheets too
    # no player of the sheet is listed as a place or a body
    sheet = text.index("Leicester: Murphy")
    for actor in actors:
        if actor.listed and any(start > sheet for start, _ in actor.spans):
            assert actor.type == "person", actor


def test_a_given_name_before_a_bodys_word_is_a_person(nlp: Language) -> None:
    text = (
        "Celebrities Julianne Moore, Amy Schumer and Elizabeth Banks went on Twitter to "
        "applaud the announcement. Donald Trump\u2018s remarks were criticised by the "
        "Bank of England, a spokesman said."
    )
    got = shown(extract_actors(nlp(text)))
    assert got.get("Elizabeth Banks") == "person"
    assert got.get("Bank of England") == "organization"
    assert "Donald Trump\u2018s" not in got


def test_a_places_people_are_no_place(nlp: Language) -> None:
    text = (
        "The game is set in City 17. It has the look of a beautiful Eastern European "
        "city, but as soon as your train pulls in, you see soldiers, designer Tom Lake "
        "said."
    )
    got = shown(extract_actors(nlp(text)))
    assert "Eastern European" not in got  # the people of a region, not a place
    assert got.get("Tom Lake") == "person"


def test_a_players_name_ends_at_his_club_on_a_team_sheet(nlp: Language) -> None:
    text = (
        "England coach Andy Robinson named an unchanged side to face Ireland at "
        "Lansdowne Road on Saturday, he said.\n\n"
        "J Robinson (Sale Sharks, capt); M Cueto (Sale Sharks), J Noon (Newcastle), "
        "O Barkley (Bath), J Lewsey (Wasps); C Hodgson (Sale Sharks), H Ellis "
        "(Leicester); G Rowntree (Leicester), S Thompson (Northampton), M Stevens (Bath).\n"
    )
    names = {a.name for a in extract_actors(nlp(text)) if a.listed}
    assert not any("(" in n or n.endswith(("Leicester", "Wasps", "Bath")) for n in names), names
