"""Statements by bodies in wire copy (issue 11, "statements by bodies get the
organisation as speaker, with a canonical name"): "it said" and "the company said" go on
naming the company whose reports the story carries, only while nothing else could be
meant; a company spokeswoman in a story's first sentence speaks for the company it opens
on; an acronym speaks under the full name the article gives it; "the Radio" is the radio
named before. Each article is written for the test, hard-wrapped and indented the
Reuters way; each assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

RESULTS = """Valve maker posts loss

Harlow Valve Corp said it lost 4.2 mln dlrs in the first
quarter.
    The company said sales fell 12 pct to 31 mln dlrs.
    The loss includes a charge for plant closings. Orders in
hand will rise in the second quarter, it said.
    Harlow Valve Corp also said Brenton Pump Co agreed to buy its
pump unit for six mln dlrs.
    The company said the sale would close in June.
"""


def test_it_said_after_a_thing_goes_on_naming_the_company(nlp: Language) -> None:
    """ "The loss includes a charge ... Orders in hand will rise, it said": the loss
    and the orders cannot speak; the company the story quotes does."""
    found = speakers(nlp, RESULTS)
    assert speaker_of(found, "sales fell 12 pct") == "Harlow Valve Corp", found
    assert speaker_of(found, "Orders in hand will rise") == "Harlow Valve Corp", found


def test_another_company_in_between_leaves_the_company_open(nlp: Language) -> None:
    """After "Brenton Pump Co agreed to buy", "the company" may be either company: no
    speaker rather than a wrong one."""
    found = speakers(nlp, RESULTS)
    assert speaker_of(found, "the sale would close in June") is None, found


FINE = """Export fine

The Commerce Department fined Acme Tool Corp two mln dlrs for
export violations, the department said.
    The company said it would appeal the fine.
    It said the violations took place in 1984.
"""


def test_the_company_is_never_a_department(nlp: Language) -> None:
    """ "The company" after the department spoke is the company it fined, and "it" after
    an unresolved "the company" is as open: neither is the department."""
    found = speakers(nlp, FINE)
    assert speaker_of(found, "it would appeal the fine") != "Commerce Department", found
    assert speaker_of(found, "the violations took place") != "Commerce Department", found


RAIL = """Rail line planned

The state-owned Kessel Rail Corp is planning a new line to the
airport, a company spokeswoman said.
    She said the line would cost 200 mln dlrs and open in 1991.
"""


def test_a_company_spokeswoman_speaks_for_the_company_the_story_opens_on(
    nlp: Language,
) -> None:
    """The first words of the story are about the company; no other body is named
    before its spokeswoman, and "she" goes on speaking for it."""
    found = speakers(nlp, RAIL)
    assert speaker_of(found, "The state-owned Kessel Rail Corp") == "Kessel Rail Corp", found
    assert speaker_of(found, "the line would cost") == "Kessel Rail Corp", found


ACRONYMS = """Crude oil sold

The U.S. Department of Energy said it sold 90,000 barrels per
day of crude oil from the reserve.
    The contract period runs from April through July, the DOE
said.
    The Pellan Cereals Board, PCB, said wheat stocks would fall.
    The maize crop will be smaller than last year, a PCB
official said.
"""


def test_an_acronym_speaks_under_the_full_name(nlp: Language) -> None:
    """ "the DOE" is the U.S. Department of Energy by its initials (the small word
    counted, the "U.S." left off); "PCB" is the board the article defines it as."""
    found = speakers(nlp, ACRONYMS)
    assert speaker_of(found, "The contract period runs") == "U.S. Department of Energy", found
    assert speaker_of(found, "The maize crop will be smaller") == "Pellan Cereals Board", found


RADIO = """Drought hits farms

Ghana is taking steps to fight famine in the north, Accra Radio
reported today.
    The Radio, monitored in Abidjan, said farming had been
disrupted.
    Rain is expected in May, the radio said.
"""


def test_the_radio_is_the_radio_named_before(nlp: Language) -> None:
    """A radio named once in full is "the Radio" and "the radio" after: one speaker,
    under its whole name."""
    found = speakers(nlp, RADIO)
    assert speaker_of(found, "farming had been disrupted") == "Accra Radio", found
    assert speaker_of(found, "Rain is expected in May") == "Accra Radio", found


STRIKE = """Postal strike

The Canadian Union of Postal Workers (CUPW), which represents
clerks and which is not on strike, said one of its workers was
hurt.
    Burma's debt service ratio fell to 48.8 pct, the official
Council of People's Inspectors (CPI) reported.
"""


def test_a_body_named_in_full_speaks_though_its_acronym_follows(nlp: Language) -> None:
    """A body's name with its acronym in brackets, or after "official", is the body:
    the mention is not cut at the bracket nor inside the name."""
    found = speakers(nlp, STRIKE)
    assert speaker_of(found, "one of its workers was") == "Canadian Union of Postal Workers", found
    assert speaker_of(found, "Burma's debt service ratio") == "Council of People's Inspectors", (
        found
    )


SALE = """Juice chain sold

Orchard Julep International Inc said it agreed to sell Orchard
Julep of America and Orchard Julep Canada Limited to Palm
Holdings Inc.
    Orchard said the price was 19 mln dlrs in cash.
"""


def test_a_short_name_is_the_company_that_spoke_under_it(nlp: Language) -> None:
    """ "Orchard said" is the company that has spoken under a name opening with
    "Orchard", not one of its units, which were only named."""
    found = speakers(nlp, SALE)
    assert speaker_of(found, "the price was 19 mln") == "Orchard Julep International Inc", found


STAKE = """Bank buys stake

First Tamworth Corp said its bank subsidiary agreed to buy a
35 pct interest in Wexley Gundy Corp.
    First Tamworth said it also agreed to invest in venture
capital businesses.
    The proposed agreement is subject to approval of regulatory
agencies. The transaction is expected to be completed on
September 30, it added.
"""


def test_a_body_under_a_cut_name_is_not_carried_on(nlp: Language) -> None:
    """The model names First Tamworth Corp "Tamworth Corp": "it added" is not given
    that cut name (the annotators' name is the fullest the article uses)."""
    found = speakers(nlp, STAKE)
    assert speaker_of(found, "The transaction is expected") != "Tamworth Corp", found
