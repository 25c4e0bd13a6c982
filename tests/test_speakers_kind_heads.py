"""A body described by a kind word its name need not hold (issue 11, speaker target):
"the utility spokesman" for the one body whose name is headed by "Electric", "a bourse
spokesman" for the one "Stock Exchange", "an executive spokesman" for the one
"Executive". Two bodies of the kind, or an unnamed one brought in, leave it open: the
description stays the mention. Each article is written for the test; each assertion
reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

UTILITY = """Carden Valley Electric replaces engineer

Carden Valley Electric Corp said the operations engineer at its
Marlow nuclear station has been replaced.
    Early last week, the staff of the Nuclear Regulatory
Commission ordered that the plant be shut down after finding
that operators were asleep on duty.
    In a letter to the commission, the utility said the engineer
had been moved to its headquarters on April 6.
"""


def test_the_utility_is_the_electric_company_over_a_regulator_named_since(
    nlp: Language,
) -> None:
    """The one body named before whose name is headed by a utility's word; the
    commission named since is another kind of body by its name, never "the utility"."""
    found = speakers(nlp, UTILITY)
    assert speaker_of(found, "the engineer had been moved") == "Carden Valley Electric Corp"


BOURSE = """Lisbon bourse opens insider inquiry

The Lisbon Stock Exchange will start an official inquiry into
dealings in shares of Tagus Building SA earlier this week, amid
suspicions of insider trading, a bourse spokesman said.
"""


def test_a_bourse_spokesman_speaks_for_the_exchange_the_lead_names(nlp: Language) -> None:
    """The story's first words are about the exchange whose spokesman speaks them."""
    found = speakers(nlp, BOURSE)
    assert speaker_of(found, "The Lisbon Stock Exchange will start") == "Lisbon Stock Exchange"


TWO_UTILITIES = """Regulators deny rate increases

State regulators denied rate increases to Carden Valley
Electric Corp and Marlow Power and Light Co on Tuesday.
    A spokesman for the utility said the requested increase was
9.5 mln dlrs a year over last year's rates.
"""


def test_two_utilities_leave_the_utility_open(nlp: Language) -> None:
    """Two bodies whose names make them utilities: either may be meant."""
    found = speakers(nlp, TWO_UTILITIES)
    assert speaker_of(found, "the requested increase was") is None, found


EXECUTIVE = """Ministers lose prison appeal

The Caledonian Executive has lost an appeal against an inmate's compensation for being
forced to share a cell.

On Thursday, the Court of Session threw out a move by the executive to apply a stricter
standard of proof.

An executive spokesman said: "We will study this judgement in detail."
"""


def test_an_executive_spokesman_speaks_for_the_executive(nlp: Language) -> None:
    """A government's executive is named so: the court named since is not it."""
    found = speakers(nlp, EXECUTIVE)
    assert speaker_of(found, "We will study this judgement") == "Caledonian Executive"


TWO_CLUBS = """Rovers edge past United

Marlow Rovers beat Carden United 2-1 on Saturday to go top of the league.

Both sides had chances in the first half. The striker was injured late on, and the club
said he would miss at least a month.
"""


def test_the_club_of_a_match_report_with_two_clubs_is_open(nlp: Language) -> None:
    """Two clubs named: "the club" may be either."""
    found = speakers(nlp, TWO_CLUBS)
    assert speaker_of(found, "he would miss at least a month") is None, found


UNNAMED_UTILITY = """Smelters win rate relief

Owners of two smelters in Ohio won relief from higher power
rates after state regulators denied a rate increase sought by
Carden Valley Electric Corp.
    The smelters also buy power from a small rural utility in
Kentucky.
    A spokesman for the utility said the requested increase was
9.5 mln dlrs a year over last year's rates.
"""


def test_an_unnamed_utility_leaves_the_utility_open(nlp: Language) -> None:
    """ "a small rural utility" is brought in without a name: "the utility" may be it."""
    found = speakers(nlp, UNNAMED_UTILITY)
    assert speaker_of(found, "the requested increase was") is None, found


THAI_POLICE = """Yard helps Thai inquiry

Scotland Yard detectives have flown to Bangkok to help with the inquiry into the death
of a British tourist.

Police in Thailand have arrested two men. The Foreign Office said it was in contact with
the family.

The police said the two men would appear in court on Monday.
"""


def test_police_brought_in_without_a_name_leave_the_police_open(nlp: Language) -> None:
    """ "Police in Thailand": another force of the kind, unnamed, that "the police" may
    be; Scotland Yard, the one named, is not given."""
    found = speakers(nlp, THAI_POLICE)
    assert speaker_of(found, "the two men would appear") is None, found
