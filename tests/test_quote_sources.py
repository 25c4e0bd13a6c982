"""Which reported clauses are real reports (issue 11): a stance no one named holds is
not listed, a statement put to someone is not theirs, a "think tank" is no cue, a clause
before a cue with a complement of its own is the writer's, a report of another source's
belief is cut to what is believed, and the day something was said is not part of it."""

from __future__ import annotations

from spacy.language import Language

from generator.extract import extract_document
from generator.extract.quotes import extract_quotes
from generator.model import Quote
from generator.reading.layout import parse


def _quotes(nlp: Language, article: str) -> list[Quote]:
    extraction, problems = extract_document(parse(nlp, article))
    assert problems == []
    return extraction.quotes


VAGUE = """Harbour vote too close to call

Most local observers believe the harbour vote is too close to call this year.

You might find that the new ferry timetable suits early commuters better.

Recent polls show the harbour plan trailing among younger voters.

The harbour master rejected a local blogger's suggestion that the fees paid for his boat.

Harbour master Ann Hale said the vote would be held in May.
"""


def test_a_stance_no_one_named_holds_is_not_listed(nlp: Language) -> None:
    """ "Most observers believe", "You might find", "polls show", "a blogger's
    suggestion": the writer's survey of opinion or evidence, not a quote; a named
    speaker's report stays."""
    texts = {quote.text: quote.speaker for quote in _quotes(nlp, VAGUE)}
    assert not any("too close to call" in text for text in texts), texts
    assert not any("timetable suits" in text for text in texts), texts
    assert not any("trailing among" in text for text in texts), texts
    assert not any(text.startswith("the fees paid for his boat") for text in texts), texts
    assert texts.get("the vote would be held in May") == "Ann Hale", texts


TOLD = """Ferry owner hangs up

Reached by phone on Monday, ferry owner Tom Reed hung up when told he was speaking with a
reporter. His lawyer, Mary Cole, said the company had done nothing wrong.
"""


def test_a_statement_put_to_someone_is_not_theirs(nlp: Language) -> None:
    """ "when told he was speaking with a reporter": Reed is the listener, not the source."""
    texts = {quote.text: quote.speaker for quote in _quotes(nlp, TOLD)}
    assert not any("speaking with a reporter" in text for text in texts), texts
    assert texts.get("the company had done nothing wrong") == "Mary Cole", texts


THINK_TANK = """Minister speaks on ports

The minister's first speech at the Harbour Institute think tank on March 3 was one of the
angriest ever given by a transport minister.

He is so fond of the old harbour, he once lamented having sold his boat there.
"""


def test_a_think_tank_and_a_tag_with_its_own_complement_are_no_cues(nlp: Language) -> None:
    """ "think tank" is a noun; "he once lamented having sold his boat" laments the sale,
    not the clause before it."""
    texts = [quote.text for quote in _quotes(nlp, THINK_TANK)]
    assert not any(text.startswith("tank") for text in texts), texts
    assert not any("so fond of the old harbour" in text for text in texts), texts


INNER = """Port operator disputes tax

Harbour Lines also said that the government believed the company was liable to pay taxes
on the sale of its ferries.

Harbour Lines said on Wednesday it had bought the remaining half of the ferry business.
"""


def test_a_report_of_another_source_belief_is_cut_to_the_belief(nlp: Language) -> None:
    """The claim is what a reader wants beside the speaker: "the company was liable ...",
    on Harbour Lines' word; and "on Wednesday" is when it said so."""
    quotes = _quotes(nlp, INNER)
    texts = [quote.text for quote in quotes]
    assert any(text.startswith("the company was liable to pay taxes") for text in texts), texts
    assert not any(text.startswith("the government believed") for text in texts), texts
    assert any(text.startswith("it had bought the remaining half") for text in texts), texts
    assert not any(text.startswith("on Wednesday") for text in texts), texts


AMOUNTS = """Harbour fees fall

Harbour fees declined 12 percent last year. The harbour master spoke for about five
minutes on Monday, and the council called in the auditors. The mayor criticised the
council's handling of the audit.
"""


def test_an_amount_or_a_call_in_is_no_content(nlp: Language) -> None:
    """ "spoke for about five minutes", "declined 12 percent", "called in the auditors":
    no stance on anything; "criticised the council's handling" is one."""
    texts = [quote.text for quote in extract_quotes(parse(nlp, AMOUNTS))]
    assert not any("five" in text or "12 percent" in text for text in texts), texts
    assert not any("auditors" in text for text in texts), texts
    assert any(text.startswith("the council's handling") for text in texts), texts


UNSAID = """HARBOUR BOSS SAYS FEES ARE TOO HIGH

The mayor offered no proof of the fraud. The bank offers advice for those wanting to
borrow money for new boats. Now tell us this harbour is run fairly! The old captain
spoke of the harbour often, a neighbour said before he died.

The council criticised the mayor's handling of the fees.
"""


def test_no_report_from_negated_objects_capitals_imperatives_or_time_clauses(
    nlp: Language,
) -> None:
    """ "offered no proof" reports nothing; a headline in capitals, a bid to the reader
    ("Now tell us ...") and a time clause ("said before he died") are no reports; a
    participle describing people ("those wanting to borrow") is who they are."""
    texts = [quote.text for quote in extract_quotes(parse(nlp, UNSAID))]
    assert not any("FEES ARE TOO HIGH" in text for text in texts), texts
    assert not any(text.startswith("no proof") for text in texts), texts
    assert not any(text.startswith("to borrow money") for text in texts), texts
    assert not any("run fairly" in text for text in texts), texts
    assert not any(text.startswith("before he died") for text in texts), texts
    assert any(text.startswith("the mayor's handling") for text in texts), texts


WHOLE = """Ports chief upbeat

The harbour board, she said, can cut fees and improve services without new taxes.

Ports analyst Tom Reed estimated the upturn in shipping could last five years, provided
the economy keeps growing.
"""


def test_a_report_keeps_its_subject_and_its_condition(nlp: Language) -> None:
    """ "The harbour board, she said, can cut fees": the subject is part of the report,
    the tag is not; "provided the economy keeps growing" is the condition of the estimate."""
    texts = [quote.text for quote in extract_quotes(parse(nlp, WHOLE))]
    assert any(text.startswith("The harbour board can cut fees") for text in texts), texts
    assert any(
        text.startswith("the upturn in shipping") and text.endswith("keeps growing")
        for text in texts
    ), texts


NEGATED = """Fees row deepens

The harbour master never said the fees would rise. The mayor did not say that the board
would resign. The minister will tell the conference on Monday that ferries must run on
time.

The council said the fees would fall in May.
"""


def test_a_negated_or_future_report_is_not_listed(nlp: Language) -> None:
    """ "never said", "did not say", "will tell the conference": nothing (yet) was said;
    listing the clause would put words in someone's mouth (issue 11)."""
    texts = {quote.text: quote.speaker for quote in _quotes(nlp, NEGATED)}
    assert not any("fees would rise" in text for text in texts), texts
    assert not any("would resign" in text for text in texts), texts
    assert not any("run on time" in text for text in texts), texts
    assert any(text.startswith("the fees would fall in May") for text in texts), texts
