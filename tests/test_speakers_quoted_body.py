"""'The company said' and 'it said' in a story about two companies (issue 11, wrong
speakers): the body the story has quoted, never the other one just because the story
names it more often or makes it the subject of what was reported. Precision first: a
quote left without a speaker costs less than one given to the company it is about; "the
company" is the quoted one only when the story has quoted one company (by its suffix:
never a department)."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

LAWSUIT = """Ferry line sues rival

<Harbour Ferries Inc> said it filed an anti-trust suit against Tidewater Corp,
charging the operator broke a marketing agreement.
    Harbour Ferries said it reached a feeder agreement with Tidewater Corp in 1985.
    But when Tidewater acquired Bay Lines Inc and Coastal Shipping Inc, Harbour
became a competitor to the Tidewater units, the company said.
    The company said Tidewater then broke the agreement, causing it to lose millions
of dollars.
"""

HOLDING = """Systems firm files for share offering

Northgate Systems Inc said it filed a registration statement for common shares
owned by <Kestrel Holdings Corp>.
    Kestrel owns 31.6 pct of the common shares of Northgate, the company said.
    It said the shares may be exchanged at any time before maturity.
"""


def test_the_company_is_not_the_other_body_named_most(nlp: Language) -> None:
    found = speakers(nlp, LAWSUIT)
    assert speaker_of(found, "it filed an anti-trust suit") == "Harbour Ferries Inc"
    # the one company the story has quoted
    assert speaker_of(found, "Tidewater then broke the agreement") == "Harbour Ferries Inc"


def test_it_is_not_the_subject_of_words_no_one_was_found_to_report(nlp: Language) -> None:
    found = speakers(nlp, HOLDING)
    assert speaker_of(found, "the shares may be exchanged") != "Kestrel Holdings Corp"
