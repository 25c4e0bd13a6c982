"""A description holding the name of an organisation the article names elsewhere, where
the model did not mark the name inside the description (issue 11, missing speakers in
quote-heavy wire copy): "the February FOMC said" speaks for the Federal Open Market
Committee the article named in full. Only one organisation named, and the usual rules
for names in a mention decide. Each article is written for the test; each assertion
reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

MINUTES = """Fed panel kept policy steady, minutes show

The Federal Open Market Committee at its March 3-4 meeting voted eight to two to keep
reserve conditions unchanged, minutes showed.

The FOMC set a five pct growth target for M-2 and M-3.

In its policy directive, the March FOMC said that "slightly greater reserve restraint
would be acceptable depending on the behavior of the aggregates."
"""


def test_description_with_an_unmarked_acronym_speaks_for_the_body(nlp: Language) -> None:
    """The acronym the article spelled out, inside a description the model left unmarked."""
    found = speakers(nlp, MINUTES)
    assert speaker_of(found, "slightly greater reserve") == "Federal Open Market Committee", found


AROUND = """Fed panel kept policy steady, minutes show

The Federal Open Market Committee at its March 3-4 meeting voted eight to two to keep
reserve conditions unchanged, minutes showed.

The FOMC set a five pct growth target for M-2 and M-3.

But a critic of the March FOMC said that "slightly greater reserve restraint
will be needed by the summer if the aggregates keep growing."
"""


def test_description_of_someone_around_the_body_stays_unnamed(nlp: Language) -> None:
    """The body is what the described person criticises, not whom they speak for."""
    found = speakers(nlp, AROUND)
    assert speaker_of(found, "slightly greater reserve") is None, found
