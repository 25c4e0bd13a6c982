"""A speech verb in a relative clause ("the loopholes she cited are “...”") only says
which thing is meant; where the sentence has its own reporting clause ("..., the Daily
Ledger reported"), the quotation is not the relative clause's speaker's. Found on
PolNeAR dev (issue 11); the articles here are written for the test, and the twin keeps a
relative clause that is the only reporting clause. Each assertion reads the published
speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

CITED = """Senator vows to close tax breaks

Sen. Dana Whitfield on Tuesday said she wants to attack four provisions in the tax code.

The four "loopholes" she cited are "the ability to use real estate losses to offset \
other income and to claim losses beyond what was invested," the Daily Ledger reported.
"""

ONLY_RELATIVE = """Council row deepens

Mayor Ruth Okafor attacked the plan on Monday. It is a plan which she said was "a \
disaster for every family in the city."
"""


def test_a_relative_clause_verb_does_not_take_a_reported_quotation(nlp: Language) -> None:
    found = speakers(nlp, CITED)
    assert speaker_of(found, "the ability to use real estate losses") != "Dana Whitfield", found


def test_a_relative_clause_that_is_the_only_report_still_speaks(nlp: Language) -> None:
    found = speakers(nlp, ONLY_RELATIVE)
    assert speaker_of(found, "a disaster for every family") == "Ruth Okafor", found
