"""Person speakers the parser hangs on the reported words (issue 11, missing speakers in
wire copy). In a wire lead "CLAUSE, Name, title of Body said." the parser may read the
name as an apposition of the clause's last noun and leave "said" without a subject:
the name is still the speaker, and the reported words stop before it. Found on fresh
Reuters text; the article here is our own, written to the same pattern."""

from __future__ import annotations

from published_speakers import speakers
from spacy.language import Language

from generator.extract import extract_document
from generator.reading.layout import parse

LEAD_WITH_APPOSED_NAME = """Options trade to grow, exchange says

European futures exchanges will see spectacular growth over the
next five years as more and more professional traders discover the
futures markets, Hendrik Vos, manager of the Brussels futures exchange
said.
    At a seminar to mark the opening of a new exchange building, he
forecast increasing interest from banks.
"""


TITLE_LEFT_IN_THE_WORDS = """Meat exports seen rising

New Zealand expects lamb and beef exports to the Middle East to
maintain an upward trend this year, managing director of the New
Zealand Meat Producers Board, Colin Baxter, said.
    He told Reuters demand in the Gulf was recovering.
"""


def test_the_speakers_title_is_no_part_of_the_reported_words(nlp: Language) -> None:
    """ "..., managing director of the Board, Colin Baxter, said": the title belongs to
    the speaker, not to what he said."""
    extraction, problems = extract_document(parse(nlp, TITLE_LEFT_IN_THE_WORDS))
    assert problems == []
    lead = [q for q in extraction.quotes if q.text.startswith("New Zealand expects")]
    assert lead, [q.text for q in extraction.quotes]
    assert lead[0].speaker == "Colin Baxter"
    assert " ".join(lead[0].text.split()).endswith("an upward trend this year")


def test_a_name_apposed_to_the_reported_words_is_their_speaker(nlp: Language) -> None:
    found = speakers(nlp, LEAD_WITH_APPOSED_NAME)
    lead = [text for text in found if text.startswith("European futures exchanges")]
    assert lead, found
    assert found[lead[0]] == "Hendrik Vos", found


def test_the_reported_words_stop_before_the_apposed_speaker(nlp: Language) -> None:
    extraction, problems = extract_document(parse(nlp, LEAD_WITH_APPOSED_NAME))
    assert problems == []
    lead = [q for q in extraction.quotes if q.text.startswith("European futures exchanges")]
    assert lead, [q.text for q in extraction.quotes]
    assert " ".join(lead[0].text.split()).endswith("discover the futures markets")
