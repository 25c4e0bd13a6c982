"""A report stops before the reporter's next act that the parser joined to it: a
finite verb without a subject of its own after an infinitive or a subjunctive ("vowed to
keep ... and celebrated ..."), and a refusal to say more after any report ("said ... but
declined to name the bidder"). Not what the source said ("said she could not support
the plan but understood why people did": a backshifted "I understand") (issue 11,
bounds)."""

from __future__ import annotations

from spacy.language import Language

from generator.extract import extract_document
from generator.extract.quotes import published
from generator.reading.layout import parse

ARTICLE = """Harbour council divided over ferry plan

Council leader Ann Kay has vowed to keep the ferry service free and celebrated the
ruling Monday.

Ann Kay promised to cut the toll and thanked the drivers for their patience.

Mr Reed proposed that more buses be sent to the harbour, and pushed to close the
western car park.

Tom Reed again insisted there could be no deal with the operator but twice declined
to say whether he had met its owners.

The harbour company said it had received an offer for the site but declined to name the
bidder.

Sandra Inman, a ferry user, said she could not support the plan but understood why
people did.

The mayor said the toll could be cut next year and would be reviewed in May.

Mrs Kay said the council would sell the site and cut its costs.
"""


def texts(nlp: Language) -> list[str]:
    extraction, problems = extract_document(parse(nlp, ARTICLE))
    assert problems == []
    return [quote.text for quote in extraction.quotes if published(quote)]


def test_an_infinitive_report_stops_before_the_speakers_next_act(nlp: Language) -> None:
    found = texts(nlp)
    assert "to keep the ferry service free" in found, found
    assert "to cut the toll" in found, found


def test_a_subjunctive_report_stops_before_the_speakers_next_act(nlp: Language) -> None:
    found = texts(nlp)
    assert "more buses be sent to the harbour" in found, found


def test_a_modal_report_stops_before_the_speakers_refusal(nlp: Language) -> None:
    found = texts(nlp)
    assert "there could be no deal with the operator" in found, found


def test_a_report_stops_before_a_refusal_to_say_more(nlp: Language) -> None:
    found = texts(nlp)
    assert "it had received an offer for the site" in found, found


def test_verbs_of_the_report_itself_stay_in_it(nlp: Language) -> None:
    """A guard: a second verb under the same modal ("would be reviewed", "understood"
    after "could not support") and a past form that is also the base ("cut") are the
    report's own."""
    found = texts(nlp)
    assert "she could not support the plan but understood why people did" in found, found
    assert "the toll could be cut next year and would be reviewed in May" in found, found
    assert "the council would sell the site and cut its costs" in found, found
