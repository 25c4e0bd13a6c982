"""Common words the model tags as names are no actors (issue 11: junk actors; articles
written for these tests, no corpus text here)."""

from __future__ import annotations

from spacy.language import Language

from tests.test_product_actors import listed

STRIKES = (
    "Strikes spread in Spain\n\n"
    "Students and health workers joined strikes against the Socialist government on "
    "Tuesday.\n\n"
    "Railway workers and staff at the state airline Iberia will stop work on Friday, the "
    "UGT union said. The railway has lost money for a decade, Transport Minister Abel "
    "Caballero said."
)


def test_a_common_word_that_opens_a_sentence_is_no_actor(nlp: Language) -> None:
    """ "Railway workers ... will stop work": the capital is the sentence's, and the
    article writes "the railway" in lower case; the airline, the union and the minister
    stay."""
    actors = listed(nlp, STRIKES)
    assert "Railway" not in actors, actors
    assert {"Iberia", "UGT", "Abel Caballero"} <= set(actors), actors


INQUIRY = (
    "Courts should enforce orders, say MPs\n\n"
    "Family courts should enforce contact orders more strictly, the Constitutional "
    "Affairs Committee said in a report on Thursday. Its chairman Alan Beith said "
    "parents had waited too long.\n\n"
    "The law should be changed so that children are heard, the MPs said. Fathers' "
    "groups had asked for a presumption of equal time, which the MPs rejected."
)


def test_the_plural_of_an_initialism_is_no_actor(nlp: Language) -> None:
    """ "the MPs said": many members, not one body; the committee and its chairman
    stay."""
    actors = listed(nlp, INQUIRY)
    assert "MPs" not in actors, actors
    assert "Alan Beith" in actors, actors


COACH = (
    "Saint-Andre happy with Sale's start\n\n"
    "Sale Sharks director of rugby Philippe Saint-Andre says his side is ready for the "
    "cup. The Frenchman has endured a difficult week with six players away on "
    "international duty, but Sale beat Bath 20-12 on Friday."
)


def test_a_noun_for_a_person_of_a_nation_is_no_actor(nlp: Language) -> None:
    """ "The Frenchman has endured ...": the coach described by his nation, not a body
    of the story; the coach stays a person."""
    actors = listed(nlp, COACH)
    assert "Frenchman" not in actors, actors
    assert actors["Philippe Saint-Andre"].type == "person", actors


LAPTOPS = (
    "Budget laptops reviewed\n\n"
    "The best performer in the test cost only 399 pounds (469 pounds including VAT), "
    "said Gavin Cox of PC Pro magazine. Prices fell as growth in GDP slowed, he said. "
    "Apple said on Tuesday that it would cut the price of its cheapest laptop."
)


def test_the_initialism_of_a_tax_or_a_measure_is_no_actor(nlp: Language) -> None:
    """ "including VAT", "growth in GDP": a tax and a measure, never a body; Apple,
    which speaks, stays."""
    actors = listed(nlp, LAPTOPS)
    assert not {"VAT", "GDP"} & set(actors), actors
    assert "Apple" in actors, actors
    assert "Gavin Cox" in actors, actors


CAMPAIGNER = (
    "Conservative activist dies at 92\n\n"
    "Phyllis Schlafly, who led campaigns against Communism, abortion and the Equal "
    "Rights Amendment, died on Monday, her son John Schlafly said. Her fight against "
    "Communism began in the 1950s."
)


def test_a_doctrine_is_no_actor(nlp: Language) -> None:
    """ "campaigns against Communism": a doctrine, not a body; the people stay."""
    actors = listed(nlp, CAMPAIGNER)
    assert "Communism" not in actors, actors
    assert {"Phyllis Schlafly", "John Schlafly"} <= set(actors), actors


MONEY_SUPPLY = (
    "U.S. M-1 MONEY SUPPLY RISES 2.1 BILLION DLRS\n\n"
    "U.S. M-1 money supply rose 2.1 billion dlrs to a seasonally adjusted 736.7 billion "
    "dlrs in the March 9 week, the Federal Reserve said.\n"
    "    The previous week's M-1 level was revised to 734.6 billion dlrs. M-1-A, a "
    "narrower measure, was unchanged, the Fed said."
)


def test_a_money_supply_measure_is_no_actor(nlp: Language) -> None:
    """ "M-1 money supply", "M-1-A": measures of money in wire copy, not bodies; the
    Federal Reserve stays."""
    actors = listed(nlp, MONEY_SUPPLY)
    assert not {"M-1", "M-1-A"} & set(actors), actors
    assert "Federal Reserve" in actors, actors


BIRD_FLU = (
    "Farmers count the cost of bird flu\n\n"
    "Turkey has banned poultry imports from three countries, officials said on Friday.\n\n"
    "Farmers across Europe fear for their Christmas trade. Families eat roast turkey on "
    "the day, and a turkey farmer in Norfolk said orders had fallen by half."
)


def test_a_known_place_at_a_sentence_start_stays(nlp: Language) -> None:
    """ "Turkey has banned ..." beside "roast turkey": the country keeps its name,
    though its only capital is a sentence's."""
    actors = listed(nlp, BIRD_FLU)
    assert actors.get("Turkey") is not None and actors["Turkey"].type == "place", actors
