"""A body described by a kind word its name need not hold (issue 11, speaker target):
"the utility spokesman" for the one body whose name is headed by "Electric", "a bourse
spokesman" for the one "Stock Exchange", "an executive spokesman" for the one
"Executive". Two bodies of the kind, or an unnamed one brought in, leave it open: the
description stays the mention. Each article is written for the test; each assertion
reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

UTILITY = """Smelters win rate relief

Owners of two smelters in Ohio won relief from higher power
rates after state regulators denied a rate increase sought by
Carden Valley Electric Corp.
    A spokesman for the utility said the requested increase was
9.5 mln dlrs a year over last year's rates.
"""


def test_a_spokesman_for_the_utility_is_the_electric_company(nlp: Language) -> None:
    """The one body named before whose name is headed by a utility's word."""
    found = speakers(nlp, UTILITY)
    assert speaker_of(found, "the requested increase was") == "Carden Valley Electric Corp"


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
