"""'The government said' after a ministry has spoken (issue 11, missing speakers): the
one body of a government the article has quoted ("the Finance Ministry said ... the
government said" is the ministry's), never when a second such body is named, nor when a
new place comes in between ("In Oslo, the government said" is another country's). Each
article is written for the test; each assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

SPENDING = """Norland to boost state spending

Norland will boost state spending next year in an effort to create jobs.

"Economic conditions are likely to remain weak in 2005," the Finance and Planning
Ministry said in a statement.

Many consumers are still paying off credit card debts. As part of its plans, the
government said it will ask banks to "roll over mortgage loans that fall due next year".
"""

TWO_COUNTRIES = """Fishing row deepens

"The quotas are fair and final," the Finance and Planning Ministry of Norland said in a
statement.

Trawlers from Vestmark were turned away on Monday. In Vestmark, the government said it
would "take the matter to the international court".
"""


def test_the_government_is_the_ministry_that_spoke(nlp: Language) -> None:
    found = speakers(nlp, SPENDING)
    assert speaker_of(found, "roll over mortgage loans") == "Finance and Planning Ministry", found


def test_the_government_of_a_place_named_since_is_no_ministry(nlp: Language) -> None:
    found = speakers(nlp, TWO_COUNTRIES)
    assert speaker_of(found, "take the matter") != "Finance and Planning Ministry", found
