"""Wire copy's "the company said" between two reports of the company it quotes, when
another company is the subject of what the first report says ("Acme said Beta raised
its offer ... The company said ... Acme said ..."): the company the story quotes, as an
editor gives it, only when the other company never speaks in the story and the story
names the same company again as the next speaker. A company by its legal form keeps
"the company" whatever kind words its name holds ("... Association of Africa Ltd").
Each article is written for the test, hard-wrapped and indented the Reuters way."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

OFFER = """Bid raised again

Harlow Valve Corp said Brenton Pump Co has again raised its
offer for Harlow's publicly held stock.
    The company said the special committee of its board will meet
today to consider the new offer.
    Harlow said Brenton's offer is now 42 dlrs a share in cash.
"""


def test_the_company_between_two_reports_of_one_company_is_that_company(
    nlp: Language,
) -> None:
    """Brenton is only what Harlow's statement is about; the story goes back to Harlow
    by name right after "the company"."""
    found = speakers(nlp, OFFER)
    assert speaker_of(found, "the special committee") == "Harlow Valve Corp", found


OFFER_ANSWERED = """Bid raised again

Harlow Valve Corp said Brenton Pump Co has again raised its
offer for Harlow's publicly held stock.
    The company said the special committee of its board will meet
today to consider the new offer.
    Harlow said Brenton's offer is now 42 dlrs a share in cash.
    Brenton declined to comment on the offer.
"""


def test_a_rival_with_a_voice_of_its_own_leaves_the_company_open(nlp: Language) -> None:
    """Brenton declines to comment: it is a voice of the story, and "the company" may
    be either."""
    found = speakers(nlp, OFFER_ANSWERED)
    assert speaker_of(found, "the special committee") is None, found


OFFER_OTHER_NEXT = """Bid raised again

Harlow Valve Corp said Brenton Pump Co has again raised its
offer for Harlow's publicly held stock.
    The company said the special committee of its board will meet
today to consider the new offer.
    Analysts said the offer was too low.
"""


def test_without_the_company_named_next_the_company_stays_open(nlp: Language) -> None:
    """The next speaker is someone else: nothing says the story went on with Harlow."""
    found = speakers(nlp, OFFER_OTHER_NEXT)
    assert speaker_of(found, "the special committee") is None, found


REVIEW = """Recovery broadens

Kenya's economic recovery has broadened as easier terms of a debt
accord have given confidence to local firms, Providence Life Association
of Kenya Ltd said.
    The major life assurance company said in its quarterly review
that car and retail sales were rising.
    Providence said conditions existed for further growth in 1987.
    Short-term interest rates were unlikely to rise markedly in
the near future, the company said.
"""


def test_a_company_by_its_legal_form_is_the_company_whatever_its_name_holds(
    nlp: Language,
) -> None:
    """ "Association" names a kind of body that is no company, but "Ltd" makes it one."""
    found = speakers(nlp, REVIEW)
    assert speaker_of(found, "Short-term interest rates") == (
        "Providence Life Association of Kenya Ltd"
    ), found


ANNUAL = """Steel maker sets goal

Western Pacific Steel Ltd's main aim over the next few years
will be to raise the company's return on equity, it said in its
annual report.
    Return on equity fell to 2.5 pct in 1986 from 4.1 pct.
"""

ANNUAL_NAMED = """Steel maker sets goal

Western Pacific Steel Ltd's main aim over the next few years
will be to beat Brenton Pump Co on price, it said in its annual
report.
    Return on equity fell to 2.5 pct in 1986 from 4.1 pct.
"""


def test_it_after_a_company_owner_that_opens_the_story_is_that_company(
    nlp: Language,
) -> None:
    """The story opens on what the company (by its legal form) owns, and names no one
    else before "it said": the company's words."""
    found = speakers(nlp, ANNUAL)
    assert (
        speaker_of(found, "Western Pacific Steel Ltd's main aim") == "Western Pacific Steel Ltd"
    ), found


def test_another_company_named_before_it_leaves_the_owner_open(nlp: Language) -> None:
    """Brenton is named before "it said": either may be meant."""
    found = speakers(nlp, ANNUAL_NAMED)
    assert speaker_of(found, "Western Pacific Steel Ltd's main aim") is None, found


STAKE = """Stake holder talks

KESTREL Group Inc, a Houston investment firm with a 5.5 pct
stake in Brenton Pump Co, said it has had talks with other
shareholders.
    KESTREL stressed that it has no current plans to seek control
of Brenton.
    KESTREL said it discussed joining with others in a bid.
"""

STAKE_IN_US = """Stake holder talks

US Pump Group Inc said it has had talks with other shareholders.
    US said it would not block the bid.
"""


def test_a_company_shortened_to_its_first_word_in_capitals_is_that_company(
    nlp: Language,
) -> None:
    """ "KESTREL said" is no one's initials: the one company whose legal name opens
    with that word."""
    found = speakers(nlp, STAKE)
    assert speaker_of(found, "it has no current plans") == "KESTREL Group Inc", found
    assert speaker_of(found, "it discussed joining") == "KESTREL Group Inc", found


def test_a_place_in_capitals_is_never_a_company_it_opens(nlp: Language) -> None:
    """ "US said" is the country's voice, not "US Pump Group Inc"."""
    found = speakers(nlp, STAKE_IN_US)
    assert speaker_of(found, "it would not block") != "US Pump Group Inc", found
