"""Reports in hard-wrapped wire copy shown whole (issue 11, bounds; fresh Reuters text):
a report the parser hangs on its closing tag as an adverbial clause is found, the
listener of "told" glued onto the clause's subject is left out, and neither the capital
Reuters puts on every word after "U.S." nor a bracketed company name ends a sentence."""

from __future__ import annotations

from spacy.language import Language

from generator.extract import extract_document
from generator.extract.quotes import published
from generator.reading.layout import analyse, parse

ARTICLE = """Mill output and tariff talks

The steel mill association said output rose 3.2 pct in May.
    After two weak years in 1985 and 1986, the industry's rate of
return last year recovered to the level of U.S. manufacturing in
general, the association said in a 60-page study.
    The mill owners told Reuters Tokyo asked them to cut exports
to the U.S. To 120,000 tonnes a year because of the trade dispute.
    Anne Berg of the Hartley Institute told the subcommittee steel
imports were expected to fall because new mills cannot now be
financed at current prices.
    Their chairman told a news conference wage pacts signed so far
this year were not endangering the five pct inflation target.
    Wage talks aimed at ending a week-old national dock strike
collapsed today and the strike will continue, a union official
said.
    Norland said it will use 8,120,000 dlrs of its proceeds to buy
<Jersey Zinc Exploration Co>'s 15 pct interest in the mine.
"""


def shown(nlp: Language) -> list[str]:
    extraction, problems = extract_document(parse(nlp, ARTICLE))
    assert problems == []
    return [quote.text for quote in extraction.quotes if published(quote)]


def test_a_report_before_its_tag_read_as_an_adverbial_clause_is_shown(nlp: Language) -> None:
    """ "After two weak years ..., the industry's rate of return ... recovered ..., the
    association said in a 60-page study": the parser hangs the report on "said" as an
    adverbial clause; it is the association's report all the same."""
    texts = shown(nlp)
    assert any(
        text.startswith("After two weak years") and text.endswith("manufacturing in general")
        for text in texts
    ), texts


def test_the_listener_of_told_is_not_shown_as_part_of_the_report(nlp: Language) -> None:
    texts = shown(nlp)
    assert not any(
        text.startswith(("Reuters", "the subcommittee", "a news conference")) for text in texts
    ), texts
    assert any(text.startswith("wage pacts signed so far this year") for text in texts), texts
    assert any(text.startswith("Tokyo asked them to cut exports") for text in texts), texts
    assert any(text.startswith("steel imports were expected to fall") for text in texts), texts


def test_a_capital_after_us_does_not_end_the_report(nlp: Language) -> None:
    """ "to the U.S. To 120,000 tonnes a year": one sentence, one report."""
    texts = [text.lower() for text in shown(nlp)]
    assert any(
        "to the u.s. to 120,000 tonnes a year because of the trade dispute" in text
        for text in texts
    ), texts


def test_the_parse_text_keeps_the_bodys_length_and_other_capitals() -> None:
    body = "Sales in the U.S. Was 12 pct higher.\n    In the U.S. The rise was 4 pct."
    parse_text = analyse(body).parse_text
    assert len(parse_text) == len(body)
    assert "the U.S. was 12 pct" in parse_text
    assert "In the U.S. The rise" in parse_text  # a sentence may open on "The"


def test_a_second_clause_before_the_tag_is_part_of_the_report(nlp: Language) -> None:
    """ "[talks ... collapsed today and the strike will continue], a union official
    said": "continue" reports nothing of its own."""
    texts = shown(nlp)
    assert any(text.endswith("collapsed today and the strike will continue") for text in texts), (
        texts
    )


def test_a_bracketed_company_name_does_not_end_the_report(nlp: Language) -> None:
    texts = shown(nlp)
    assert any(
        text.endswith("to buy Jersey Zinc Exploration Co's 15 pct interest in the mine")
        for text in texts
    ), texts


def test_a_bracketed_company_name_before_said_is_the_speaker(nlp: Language) -> None:
    """ "<Laurel Mining Corp> said ...": the parser makes the closing bracket a subject
    of its own; the speaker is the company, not ">"."""
    text = "<Laurel Mining Corp> said it expects 1987 earnings to rise about 10 pct.\n"
    extraction, problems = extract_document(parse(nlp, text))
    assert problems == []
    mentions = [quote.speaker_mention for quote in extraction.quotes]
    assert mentions == ["Laurel Mining Corp"], mentions
