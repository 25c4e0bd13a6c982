"""Descriptions that name the one person the article gave that title or just wrote about
(issue 11, missing speakers named by a description): "Florida Sen. Marco Rubio ... The
Florida senator says" (the abbreviation holds the office), "Donald Trump is telling
supporters ... The billionaire businessman says" (a word for a person's fortune or
trade, said of the one person the sentence before names). Counted on PolNeAR train;
each article here is written for the test, each with a twin where the description may
be someone else and stays unresolved. Each assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

SENATOR = """Rubble clears as the race narrows

Former Florida Gov. Walter Brandt said on Sunday that he was ending his campaign, a day
after Florida Sen. Dana Whitfield won the state's primary.

Voters in the north of the state turned out in large numbers.

The Florida senator is predicting that she will win "every county that matters" in the
next round.
"""


def test_the_state_and_office_is_the_one_who_holds_that_office(nlp: Language) -> None:
    """Brandt was the state's governor, not its senator: the senator is Whitfield."""
    found = speakers(nlp, SENATOR)
    assert speaker_of(found, "every county") == "Dana Whitfield", found


SENATORS = """Rubble clears as the race narrows

Sen. Carl Mendoza said on Sunday that he was ending his campaign, a day after Florida
Sen. Dana Whitfield won the state's primary.

Voters in the north of the state turned out in large numbers.

The Florida senator is predicting that she will win "every county that matters" next.
"""


def test_another_senator_of_no_known_state_leaves_it_open(nlp: Language) -> None:
    """The article gives Mendoza no state: he may be the Florida senator as well."""
    found = speakers(nlp, SENATORS)
    assert speaker_of(found, "every county") is None, found


BUSINESSMAN = """Candidate swaps rallies for a town hall

Walter Brandt has traded his usual large rallies for a small town hall in Salem.

Brandt is taking questions in front of a crowd of about 200 people.

The billionaire businessman began by saying that the state's roads are "a disgrace".
"""


def test_a_persons_trade_refers_back_to_the_person_just_written_about(nlp: Language) -> None:
    found = speakers(nlp, BUSINESSMAN)
    assert speaker_of(found, "the state") == "Walter Brandt", found


BUSINESSMEN = """Candidate swaps rallies for a town hall

Walter Brandt has traded his usual large rallies for a small town hall with Carl Mendoza.

The billionaire businessman began by saying that the state's roads are "a disgrace".
"""


def test_a_persons_trade_after_a_sentence_naming_two_stays_open(nlp: Language) -> None:
    found = speakers(nlp, BUSINESSMEN)
    assert speaker_of(found, "the state") is None, found


QUOTED_OTHER = """Candidate swaps rallies for a town hall

Helen Strand spoke to reporters in Salem on Friday.

"For Brandt to praise the governor is a mistake," she said. The New York businessman has
said the governor is "a great leader" and a friend.
"""


def test_a_persons_trade_after_a_quotation_naming_another_stays_open(nlp: Language) -> None:
    """Strand's words name Brandt: the businessman is him, not her, and the article
    never says so; no speaker rather than Strand."""
    found = speakers(nlp, QUOTED_OTHER)
    assert speaker_of(found, "the governor is") is None, found
