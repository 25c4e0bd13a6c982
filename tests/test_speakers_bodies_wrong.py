"""Organisation speakers that would be the wrong body (issue 11): a body that only
relays the words ("he was quoted by Kyodo News Service as saying", "a spokesman for the
regulator quoted in China Daily"), "a spokesman for a major firm" (some firm, not the
body named last) and "the newspaper" (a publication, never the company named more
often). Where the article does not say which body spoke, the quotation keeps its
description and no speaker. Each article is written for the test; each assertion reads
the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

RELAYED = """Chip row deepens

Prime Minister Taro Yamada sounded a conciliatory note in the row with the United States
over trade in computer chips. "Japan wants to resolve the issue through talks," he was
quoted by Kyodo News Service as saying.

The China Securities Regulatory Commission has tightened its rules for brokers. A
spokesman for the regulator quoted in China Daily said the rules would be eased next
year.
"""


def test_a_relaying_agency_or_paper_is_not_the_speaker(nlp: Language) -> None:
    """ "he was quoted by Kyodo News Service as saying": Yamada speaks, the agency relays;
    "quoted in China Daily": the paper does not speak for the regulator."""
    found = speakers(nlp, RELAYED)
    assert speaker_of(found, "Japan wants to resolve") == "Taro Yamada", found
    assert speaker_of(found, "the rules would be eased") != "China Daily", found


SOME_FIRM = """Oil rules to be eased

The Ministry of Trade and Industry said on Monday that controls on oil refiners would be
reviewed. A spokesman for a major firm said, "Deregulation would bring about a
reorganization."
"""


def test_a_spokesman_for_some_firm_is_not_the_body_named_before(nlp: Language) -> None:
    found = speakers(nlp, SOME_FIRM)
    assert speaker_of(found, "controls on oil refiners") == "Ministry of Trade and Industry"
    assert speaker_of(found, "Deregulation would bring") is None, found


PAPER = """Airline denies bid talks

Northern Airways is not negotiating a takeover of Coastal Air, Northern Airways said on
Monday. It said the report was wrong. Northern Airways said it would say no more.

The claim was made in the evening paper Het Dagblad. The newspaper said that Coastal
Air was making losses.
"""


def test_the_newspaper_is_the_paper_not_the_company(nlp: Language) -> None:
    found = speakers(nlp, PAPER)
    assert speaker_of(found, "Coastal Air was making losses") == "Het Dagblad", found
