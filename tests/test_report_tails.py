"""A reported clause stops where the source's words do (issue 11, bounds): the
speaker's second report ("..., adding ...", "and warned ..."), the writer's account of
how the source answered ("without giving details", "but did not give details") and
another source's view set against it ("while 22 percent said ...", "although some
analysts speculate ...") are no part of it; a second report is shown apart, under the
same speaker, and another source's view under its own."""

from __future__ import annotations

from spacy.language import Language

from generator.extract import extract_document
from generator.extract.quotes import published
from generator.model import Quote
from generator.reading.layout import parse

ARTICLE = """Riverton toll bridge opens to traffic

The bridge's chief engineer said the council's earlier forecast of 4,000 cars a day was
too optimistic and warned traffic would be just 2,500 cars a day in 2006.

A spokesman said Harbour Holdings was seriously considering several bids for the old
ferry line but did not give details.

Harbour Holdings says ferry bookings have fallen sharply, without giving detailed figures.

Riverton mayor Ann Kay told a news conference the toll was fair, adding that the
council would cut it within five years.

Mr Reed said the number of crossings has exceeded 4.8 million, although some analysts
speculate that traffic will fall in the winter.

Among local drivers, 74 percent said they are happy with the bridge, while 22 percent
said they would still use the ferry.

Tom Reed said he would resign if the council insisted on the higher toll.
"""


def shown(nlp: Language) -> list[Quote]:
    extraction, problems = extract_document(parse(nlp, ARTICLE))
    assert problems == []
    return [quote for quote in extraction.quotes if published(quote)]


def texts(nlp: Language) -> list[str]:
    return [quote.text for quote in shown(nlp)]


def test_a_report_stops_before_the_speakers_second_report(nlp: Language) -> None:
    found = texts(nlp)
    assert "the council's earlier forecast of 4,000 cars a day was too optimistic" in found
    assert "the toll was fair" in found, found


def test_a_second_report_is_shown_apart_under_the_same_speaker(nlp: Language) -> None:
    """ "..., adding that the council would cut it": Ann Kay's words, not the council's
    (a guard: the second report was found apart before too; its speaker must hold now
    that the first report no longer holds it)."""
    quotes = [q for q in shown(nlp) if q.text == "the council would cut it within five years"]
    assert [q.speaker for q in quotes] == ["Ann Kay"], [(q.text, q.speaker) for q in shown(nlp)]


def test_a_report_stops_before_the_writers_account_of_the_answer(nlp: Language) -> None:
    found = texts(nlp)
    assert "Harbour Holdings was seriously considering several bids for the old ferry line" in (
        found
    ), found
    assert "ferry bookings have fallen sharply" in found, found


def test_a_report_stops_before_another_sources_view(nlp: Language) -> None:
    found = texts(nlp)
    assert "the number of crossings has exceeded 4.8 million" in found, found
    assert "they are happy with the bridge" in found, found
    quotes = [q for q in shown(nlp) if q.text == "they would still use the ferry"]
    assert [q.speaker_mention for q in quotes] == ["22 percent"], found


def test_a_condition_stays_with_its_report(nlp: Language) -> None:
    """ "if the council insisted": a condition of the claim, though it holds a stance verb
    (a guard: only clauses set against the report, "while", "although", are cut)."""
    assert "he would resign if the council insisted on the higher toll" in texts(nlp)
