"""Speakers the article names a sentence or a clause away (issue 11): "they" after a
group's or a body's report, a singular "they" after an unnamed witness, the words of a
named person that a witness relays ("X recalled Morales mentioning that “...”"), and
"the column" after the column's first report. Each article is written for the test;
each assertion reads the published speaker (or its unresolved description)."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

from generator.extract import extract_document
from generator.reading.layout import parse

MARKET = """Stocks set to climb

Stock prices may climb higher today, riding a two-day advance that lifted the index by
85 points, analysts said. But they cautioned that "the market is due for a pause after
such a strong climb."

The Acme Corporation said it would close two plants in the north. "We regret the loss
of jobs," they said.
"""


def _mentions(nlp: Language, article: str) -> dict[str, tuple[str | None, str | None]]:
    extraction, problems = extract_document(parse(nlp, article))
    assert problems == []
    return {q.text: (q.speaker, q.speaker_mention) for q in extraction.quotes}


def test_they_after_a_group_report_is_that_group(nlp: Language) -> None:
    """ "analysts said. But they cautioned": the analysts' words, shown under the
    article's own description of them, not under "Unattributed"."""
    found = _mentions(nlp, MARKET)
    quote = next(t for t in found if t.startswith("the market is due"))
    assert found[quote] == (None, "analysts"), found


def test_they_after_a_company_report_is_the_company(nlp: Language) -> None:
    found = speakers(nlp, MARKET)
    assert speaker_of(found, "We regret the loss") == "Acme Corporation", found


CRITICS = """Plan divides council

Mary Jones said the plan was sound. Her critics on the council disagree. "It is a
waste of money," they said.

Peter Hall, the leader of the council, said the vote would go ahead. "We will not
back down," they said.
"""


def test_they_is_never_a_named_person_nor_across_another_subject(nlp: Language) -> None:
    """ "Her critics disagree" comes between Jones's report and "they"; Hall is one
    named person, never "they"."""
    found = speakers(nlp, CRITICS)
    assert speaker_of(found, "It is a waste") is None, found
    assert speaker_of(found, "We will not back down") is None, found


WITNESS = """Guard tells court of threats

A former business partner at the firm stated in their testimony, "I asked him who his
friends were."

The ex-partner suspected that Mark Dalton was receiving payments. "On one occasion,"
they testified, "I heard a conversation about payments to that account."

At the end of several such arguments, he said Dalton tore open his shirt, puffed out
his chest and exclaimed, "I am a wholehearted mercenary!"

The ex-staffer recalled Dalton mentioning that "the investors were desperate" to end
the deal.

Ann Cooper said Tom Sullivan had not mentioned "anything uncomfortable" at the meeting.
"""


def test_singular_they_of_an_unnamed_witness(nlp: Language) -> None:
    """ "The ex-partner suspected ... they testified": the witness the article keeps
    unnamed, under that description. The quotation is shown whole, its opening words
    before the tag included."""
    found = _mentions(nlp, WITNESS)
    quote = next(t for t in found if t.startswith("On one occasion, I heard a conversation"))
    assert found[quote] == (None, "The ex-partner"), found


def test_words_a_witness_relays_are_the_named_speakers(nlp: Language) -> None:
    """ "he said Dalton ... exclaimed, “...”": Dalton's words, not the witness's; but
    "recalled Dalton mentioning that “...”" is the witness's account, in their words."""
    found = _mentions(nlp, WITNESS)
    quote = next(t for t in found if t.startswith("I am a wholehearted mercenary"))
    assert found[quote][0] == "Mark Dalton", found
    quote = next(t for t in found if t.startswith("the investors were desperate"))
    assert found[quote] == (None, "The ex-staffer"), found


def test_words_a_named_person_did_not_say_stay_with_the_reporter(nlp: Language) -> None:
    """ "Cooper said Sullivan had not mentioned “...”": Cooper's words."""
    found = speakers(nlp, WITNESS)
    assert speaker_of(found, "Tom Sullivan had not mentioned") == "Ann Cooper", found


COLUMN = """Markets rise

The New York Times Market Place column said "the first half hour of trading is becoming
more important." Traders agree. The column also said "most of the gains came early in
the session."
"""


def test_the_column_is_the_paper_of_the_column_before(nlp: Language) -> None:
    found = speakers(nlp, COLUMN)
    first = speaker_of(found, "the first half hour")
    assert first is not None, found
    assert speaker_of(found, "most of the gains") == first, found


DOCUMENT = """Casino linked to spies

A confidential 2010 report by a private investigator pinpointed the casino as a front
for agency operations.

"A reliable source has reported that officials firmly believe the casino has let agents
operate from within. These agents apparently watch officials who gamble," it stated.

The plan was approved on Monday. "It will cut costs for every household," it said.
"""


def test_it_after_a_document_is_that_document(nlp: Language) -> None:
    """ "A confidential 2010 report ... pinpointed ... “...,” it stated": the report's
    words, under the article's description of it; "it" after a plan stays unresolved."""
    found = _mentions(nlp, DOCUMENT)
    quote = next(t for t in found if t.startswith("A reliable source"))
    assert found[quote] == (None, "A confidential 2010 report"), found
    quote = next(t for t in found if t.startswith("It will cut costs"))
    assert found[quote] == (None, "it"), found


CRITIC = """Minister accused over drink remark

Health spokesman Hamish Reid said that the first minister should know by now that his
words were bound to "come back and bite him". He added: "Young people need to be told
about the risks, not given an excuse."
"""


def test_he_added_after_a_report_about_someone_else(nlp: Language) -> None:
    """ "Reid said that the first minister should know ...": the title is part of what
    Reid reports, not someone new who could be the "He" of "He added"."""
    found = speakers(nlp, CRITIC)
    assert speaker_of(found, "Young people need") == "Hamish Reid", found
