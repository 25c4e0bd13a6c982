"""A spokesman of the company wire copy is quoting (issue 11, missing speakers): "a
spokesman said" or "a company spokesman said" after the company's own reports speaks
for that company, and "the spokesman" after him too; after analysts or another company
in between, no speaker rather than a wrong one. Each article is written for the test,
hard-wrapped and indented the Reuters way; each assertion reads the published
speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

REBATES = """Carmaker extends rebates

Harlow Motors Corp said it is offering up to 700 dlrs on its
1987 pickup trucks bought until March 31.
    Rebates are 700 dlrs for two-door trucks and 500 dlrs on
four-door models.
    This is the first time cash rebates are available on these
trucks, a spokesman said.
    The program is meant to keep the trucks competitive, said
John Fenwick, vice president of sales.
    Harlow has been offering low-rate loans on its cars since
January, the spokesman said.
"""


def test_a_spokesman_after_the_company_speaks_for_it(nlp: Language) -> None:
    """ "Harlow Motors Corp said ... a spokesman said": the company's spokesman, and
    "the spokesman" after a named executive is the same one."""
    found = speakers(nlp, REBATES)
    assert speaker_of(found, "This is the first time") == "Harlow Motors Corp", found
    assert speaker_of(found, "Harlow has been offering") == "Harlow Motors Corp", found


OPEN = """Valve maker posts loss

Harlow Valve Corp said it lost 4.2 mln dlrs in the first
quarter.
    Analysts said the loss was larger than they expected.
    A spokesman said orders would rise in the second quarter.
    Brenton Pump Co agreed last week to buy Harlow's pump unit.
The sale needs the approval of regulators.
    A spokesman said the sale would close in June.
"""


def test_a_spokesman_after_analysts_or_another_company_stays_open(nlp: Language) -> None:
    """After "Analysts said", or after another company acted, the spokesman may be
    anyone's: no speaker rather than a wrong one (a guard: main refuses both too, and
    the rule's first draft gave the second to Brenton Pump Co)."""
    found = speakers(nlp, OPEN)
    assert speaker_of(found, "orders would rise") is None, found
    assert speaker_of(found, "the sale would close") is None, found


VENTURE = """Venture wins Spanish order

Harlow Telecom Co, the joint venture of Acme Corp and Brenton
NV, said it won an order from the Spanish telephone company.
    The order is worth some 30 mln dlrs a year, a Harlow
spokesman said.
    For Brenton, the order is a first step into the Spanish
market, a company spokesman said.
"""


def test_a_new_spokesman_after_a_named_one_stays_open(nlp: Language) -> None:
    """After "a Harlow spokesman", "a company spokesman" is a new one, who may
    speak for either parent: no speaker rather than a wrong one (a guard)."""
    found = speakers(nlp, VENTURE)
    assert speaker_of(found, "For Brenton") is None, found
