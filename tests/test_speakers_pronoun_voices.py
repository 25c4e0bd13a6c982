"""Pronoun speakers of wire copy (issue 11): "he said", "they said", "it said" after a
reporting clause. A "he" after someone the writer brings up without a name is not the
person who spoke before; "they" after a body's officials speaks for that body, as the
officials' own words do; "it" after a body the article names only by a description
keeps that description. Each article is written for the test; each assertion reads the
published quotation."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

from generator.extract import extract_document
from generator.reading.layout import parse

NEWCOMER = """OSAKA SHARES EXPECTED LOWER

Osaka share prices should open weaker after losses in Hong Kong, brokers said.

Daniel Whitcombe, an equity strategist at a Scottish bank, said the index could lose
300 points by midday. "Hong Kong's worries are not ours," Whitcombe said.

However, a pension fund manager at a large insurer was far less hopeful. "Nobody here
can escape Hong Kong's mood," he said.
"""

NO_NEWCOMER = """OSAKA SHARES EXPECTED LOWER

Osaka share prices should open weaker after losses in Hong Kong, brokers said.

Daniel Whitcombe, an equity strategist at a Scottish bank, said the index could lose
300 points by midday. "Hong Kong's worries are not ours," Whitcombe said.

"Nobody here can escape Hong Kong's mood," he said.
"""


def test_he_after_an_unnamed_newcomer_is_not_the_last_speaker(nlp: Language) -> None:
    """ "a pension fund manager at a large insurer was far less hopeful": the "he"
    after it is that fund manager, never Whitcombe, who spoke before."""
    found = speakers(nlp, NEWCOMER)
    assert speaker_of(found, "Nobody here can") != "Daniel Whitcombe", found


def test_he_right_after_a_speaker_is_still_theirs(nlp: Language) -> None:
    """The twin without the fund manager: the "he" goes on with Whitcombe."""
    found = speakers(nlp, NO_NEWCOMER)
    assert speaker_of(found, "Nobody here can") == "Daniel Whitcombe", found


OFFICIALS = """KENYA REVISES TEA LEVY

Kenya announced a revised export levy on tea for the new season.

Trade Ministry officials told reporters the levy would apply only to bulk tea
shipments worth more than 40 mln shillings. Packaged tea sold at auction would be
exempt, they added.
"""

OTHERS_BETWEEN = """KENYA REVISES TEA LEVY

Kenya announced a revised export levy on tea for the new season.

Trade Ministry officials told reporters the levy would apply only to bulk tea
shipments worth more than 40 mln shillings. Growers complain the rules are unclear.
Packaged tea sold at auction would be exempt, they added.
"""


def test_they_after_a_bodys_officials_speak_for_the_body(nlp: Language) -> None:
    """ "Trade Ministry officials told reporters ... , they added": the officials' words
    are the ministry's, and so are those of the "they" that goes on."""
    found = speakers(nlp, OFFICIALS)
    assert speaker_of(found, "the levy would apply") == "Trade Ministry", found
    assert speaker_of(found, "Packaged tea sold") == "Trade Ministry", found


def test_they_after_other_people_between_is_not_the_body(nlp: Language) -> None:
    """Growers are the subject of a sentence between: "they" may be them."""
    found = speakers(nlp, OTHERS_BETWEEN)
    assert speaker_of(found, "Packaged tea sold") != "Trade Ministry", found


DESCRIBED = """NORWAY PLANS NEW INSURANCE RULES

Norway intends to change the rules for insurers that own stockbrokers.

Insurers with a broking arm would have to hold the same reserves as other brokers,
the trade ministry said in a statement.

It added that the rules could take effect next January.
"""


def test_it_after_a_described_body_keeps_the_description(nlp: Language) -> None:
    """ "..., the trade ministry said in a statement. It added": no actor for "the
    trade ministry", so the page shows that quotation under the same words as the
    one before, not as an unattributed "it"."""
    extraction, problems = extract_document(parse(nlp, DESCRIBED))
    assert problems == []
    added = [q for q in extraction.quotes if q.text.startswith("the rules could take")]
    assert added, extraction.quotes
    assert added[0].speaker is None
    assert (added[0].speaker_mention or "").casefold() == "the trade ministry", added


REPORTED = """WHEAT PLANTINGS SEEN LOWER IN NORTH

Dry autumn weather cut wheat plantings in the northern provinces, an agricultural
report from Ankara said.

The report said the north grows about a third of the national crop. Output there is
forecast to fall nine pct this season, it said.
"""


def test_it_after_a_document_keeps_the_document(nlp: Language) -> None:
    """ "The report said ... , it said": the report's words, shown under "The report"
    with the quotation before, not as an unattributed "it"."""
    extraction, problems = extract_document(parse(nlp, REPORTED))
    assert problems == []
    added = [q for q in extraction.quotes if q.text.startswith("Output there is")]
    assert added, extraction.quotes
    assert added[0].speaker is None
    assert (added[0].speaker_mention or "").casefold() == "the report", added


OFFER = """ASHBY FOODS BIDS FOR CALDER BREWING

Ashby Foods Inc said it would offer 14 dlrs a share for all of Calder Brewing Co.

The purchase would make it the third largest brewer in Canada, it said.

The offer values Calder Brewing Co at about 220 mln dlrs.

It said it expected to complete the purchase by June.
"""

TARGET_ACTS = """ASHBY FOODS BIDS FOR CALDER BREWING

Ashby Foods Inc said it would offer 14 dlrs a share for all of Calder Brewing Co.

The purchase would make it the third largest brewer in Canada, it said.

Calder Brewing Co rejected the offer as far too low.

It said it expected to complete the purchase by June.
"""


def test_it_said_past_a_body_named_in_passing(nlp: Language) -> None:
    """ "The offer values Calder Brewing Co at about 220 mln dlrs": the target is only
    what the sentence acts on, so the "It said" after it is still Ashby's."""
    found = speakers(nlp, OFFER)
    assert speaker_of(found, "it expected to complete") == "Ashby Foods Inc", found


def test_it_said_past_a_body_that_acts_is_unclear(nlp: Language) -> None:
    """The target is the subject of the sentence between: "It" may be either."""
    found = speakers(nlp, TARGET_ACTS)
    assert speaker_of(found, "it expected to complete") != "Ashby Foods Inc", found


SHORT_NAME = """GREAT PLAINS INDUSTRIES SEES RECORD YEAR

Great Plains Consolidated Industries Inc said it expects another record year in 1987.

The company said first quarter profits rose to 31.2 mln dlrs from 28.8 mln dlrs.

Great Plains said its mortgage originations totaled 900 mln dlrs in the quarter.
About 80 pct of the quarter's loans carried adjustable rates, it said.
"""


def test_a_companys_short_name_and_its_it_said(nlp: Language) -> None:
    """ "Great Plains said", the model taking the short name for a person's, is the
    company that spoke under its full name, and so is the "it said" after it."""
    found = speakers(nlp, SHORT_NAME)
    assert (
        speaker_of(found, "its mortgage originations") == "Great Plains Consolidated Industries Inc"
    ), found
    assert speaker_of(found, "About 80 pct") == "Great Plains Consolidated Industries Inc", found
