"""Descriptions that name the one person or body the article gave that title or kind
(issue 11, missing speakers named by a description): "Florida Sen. Marco Rubio ... The
Florida senator says" (the abbreviation holds the office), "Donald Trump is telling
supporters ... The billionaire businessman says" (a word for a person's fortune or
trade, said of the one person the sentence before names), "The European Airbus
Industrie consortium ..., the consortium said" (a kind of body the article named it
with). Counted on PolNeAR train and Reuters; each article here is written for the
test, each with a twin where the description may be someone else and stays
unresolved. Each assertion reads the published speaker."""

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


CONSORTIUM = """NORDAVIA HAS NINE CUSTOMERS FOR NEW JET

The European Nordavia Industrie consortium
has obtained a total of 104 commitments from nine customers for
its planned N340 long-range jet, the consortium said in a
communique here.
    The customers are well above the five airlines that the
consortium said it needed to launch the plane project.
"""


def test_the_kind_of_body_is_the_one_named_with_it(nlp: Language) -> None:
    found = speakers(nlp, CONSORTIUM)
    assert speaker_of(found, "The European Nordavia") == "European Nordavia Industrie", found


CONSORTIA = """NORDAVIA HAS NINE CUSTOMERS FOR NEW JET

The European Nordavia Industrie consortium and the rival Skyline
Aero consortium have obtained a total of 104 commitments from nine
customers for their planned long-range jets, the consortium said
in a communique here.
"""


def test_the_kind_of_body_named_with_two_stays_open(nlp: Language) -> None:
    found = speakers(nlp, CONSORTIA)
    assert speaker_of(found, "The European Nordavia") is None, found


PARTNERSHIP = """PARTNERSHIP UPS STAKE IN HARBOR CO

Harrow Capital Ltd, a Boston investment partnership, said it raised
its stake in Harbor Co to 8.7 pct of the total.
    In a filing with the Securities and Exchange Commission, the
partnership said it bought 400,000 Harbor common shares on May 28.
"""


def test_the_kind_of_body_in_apposition_is_that_body(nlp: Language) -> None:
    """ "Harrow Capital Ltd, a Boston investment partnership": the partnership is Harrow, never
    the commission named just before "the partnership said"."""
    found = speakers(nlp, PARTNERSHIP)
    assert speaker_of(found, "it bought 400,000") == "Harrow Capital Ltd", found
