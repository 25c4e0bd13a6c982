"""A wire story's opening subject whose name ends with a legal form ("Regency Cruises Inc
said it agreed") is the company, not a person, even where the model tagged no name
(issue 11: "the company said" had no company to find). Articles written for the tests,
hard-wrapped and indented the Reuters way."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

from generator.extract import extract_document
from generator.model import Actor
from generator.reading.layout import parse

CRUISES = """HARBOUR CRUISES SELLS SHIP INTEREST

Harbour Cruises Inc said it agreed to
sell a 40 pct interest in the ship Regent Star for 2.1 mln dlrs.
    The company said it also extended a secured loan to the buyer
to finance the renovation of another vessel.
    Harbour Cruises, which operates both ships, received a
five-year extension to the ship's charter agreement, it said.
"""

AIRLINE = """MERIDIAN AIR FILES SUIT

Meridian Air Inc said it filed an
anti-trust suit against Texas Air Corp, charging the airline
broke a marketing agreement.
    The company said the agreement had run for five years.
"""


def published_actors(nlp: Language, article: str) -> list[Actor]:
    """The actors a briefing publishes for the article."""
    extraction, problems = extract_document(parse(nlp, article))
    assert problems == []
    return extraction.actors


def test_firm_opening_the_story_is_one_organisation(nlp: Language) -> None:
    actors = published_actors(nlp, CRUISES)
    firm = [a for a in actors if a.name.startswith("Harbour Cruises")]
    assert [(a.name, a.type) for a in firm] == [("Harbour Cruises Inc", "organization")], firm


def test_the_company_said_finds_the_opening_firm(nlp: Language) -> None:
    found = speakers(nlp, AIRLINE)
    assert speaker_of(found, "it filed an") == "Meridian Air Inc", found
    assert speaker_of(found, "the agreement had run") == "Meridian Air Inc", found
    actors = {a.name: a.type for a in published_actors(nlp, AIRLINE)}
    assert actors.get("Meridian Air Inc") == "organization", actors


FEEDER = """MERIDIAN AIR SUES TEXAS AIR

Meridian Air Inc said it filed an
anti-trust suit against Texas Air Corp.
    Meridian Air, flying commercial routes in some 20 cities in the
Northeast, said it reached a feeder agreement with Texas Air
Corp in March 1986.
    Under the five year pact, Meridian said it coordinated its
flights with Texas Air.
"""


def test_one_word_short_form_joins_the_legal_name(nlp: Language) -> None:
    """ "Meridian said" beside "Meridian Air Inc" and "Meridian Air": one firm, whose
    short forms both join its legal name."""
    found = speakers(nlp, FEEDER)
    assert speaker_of(found, "it coordinated its") == "Meridian Air Inc", found
    firm = [a for a in published_actors(nlp, FEEDER) if a.name.startswith("Meridian")]
    assert [a.name for a in firm] == ["Meridian Air Inc"], firm


BRACKETED = """BERCEL AWAITS APPROVAL ON DEBT

<Laboratoires Bercel SA> said it had not
yet obtained government approval of a previously
reported agreement to restructure its debt.
    The company said first quarter costs fell to 25.4 mln dlrs
from year-ago 45.5 mln dlrs.
"""


def test_bracketed_name_is_the_company_that_speaks(nlp: Language) -> None:
    """Wire copy brackets a company without a ticker: the words between the brackets are
    its whole name, and "the company said" finds it."""
    found = speakers(nlp, BRACKETED)
    assert speaker_of(found, "it had not") == "Laboratoires Bercel SA", found
    assert speaker_of(found, "first quarter costs") == "Laboratoires Bercel SA", found
    firm = [a for a in published_actors(nlp, BRACKETED) if a.name.endswith("Bercel SA")]
    assert [(a.name, a.type) for a in firm] == [("Laboratoires Bercel SA", "organization")], firm
