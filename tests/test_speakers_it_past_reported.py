""" "It said" after a body's report whose words name another body as a subject (issue 11,
wrong speakers): "Harlow Partners said if Bolt does not allow ..., it will take all steps. It
said ..." is Harlow Partners going on, never Bolt, the subject of a clause inside
what Harlow reported. The article is written for the test, hard-wrapped and indented the
Reuters way; the assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

BID = """Investor group presses Bolt Inc

An investor partnership seeking to acquire Bolt Inc said it
would try to unseat the company's board.
    Harlow Partners said it is aware the Bolt board may be
reviewing other offers.
    Harlow Partners said if Bolt does not allow an "environment
for fair competition," it will take all steps necessary to
create one.
    It said it may take legal action or seek a special meeting
of shareholders to replace the board.
"""


def test_it_is_the_reporter_not_the_subject_of_its_condition(nlp: Language) -> None:
    """ "Harlow Partners said if Bolt does not allow ... It said": Harlow Partners."""
    found = speakers(nlp, BID)
    assert speaker_of(found, "it may take legal action") == "Harlow Partners", found
