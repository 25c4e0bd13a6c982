"""A description of the speaker that cannot be the body or place it was resolved to
(issue 11, wrong speakers): "The newspaper said" is never a place the parser took for a
body, "the Heritage Foundation website" is not Breitbart News (it is the Heritage
Foundation's word), "Democratic party officials" are not the Republican Party. The
quotation keeps the article's words and no wrong speaker name. Each article is written
for the test; each assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

PAPER = """Paper urges governor to visit flooded towns

Almost a week after the storm hit flood-ravaged Louisiana, a Baton Rouge newspaper called
on Governor Tom Reed to visit the worst-hit towns.

The Advocate had chided the governor last week for staying in his office. "Louisiana
needs its governor to be seen on the ground," the newspaper wrote on Sunday.

The newspaper said that the state had waited long enough for help.
"""


def test_a_newspaper_is_not_the_place_it_writes_about(nlp: Language) -> None:
    found = speakers(nlp, PAPER)
    assert speaker_of(found, "the state had waited") is None, found


WEBSITE = """Conservatives sign new statement of principles

More than forty leaders of the conservative movement signed a statement of principles
on Tuesday, Breitbart News has learned.

"This statement of principles restates the basic premises of limited government," the
Heritage Foundation website said of the document.
"""


def test_a_website_named_for_one_body_is_not_another(nlp: Language) -> None:
    """The website speaks for the body it is named for (a body's published word, as
    "the Heritage Foundation report"), never for the outlet that reports it."""
    found = speakers(nlp, WEBSITE)
    assert speaker_of(found, "This statement of principles") == "Heritage Foundation", found


PARTY = """Clinton tells supporters to stay calm

Donald Trump's lead among Republican voters grew again this week, the Republican Party
said on Monday.

Democratic party officials said that they were not worried about the polls in Ohio.
"""


def test_officials_of_one_party_are_not_the_other(nlp: Language) -> None:
    found = speakers(nlp, PARTY)
    assert speaker_of(found, "Donald Trump's lead") == "Republican Party", found
    assert speaker_of(found, "they were not worried") is None, found


SUPER_PAC = """Rubio allies turn on Cruz

Senator Marco Rubio spent Sunday campaigning in Iowa. "We will win this state," Rubio
said at a rally in Des Moines.

A pro-Rubio super PAC said on Monday that Ted Cruz had changed his mind on immigration
too often.
"""


def test_a_body_for_a_candidate_is_not_the_candidate(nlp: Language) -> None:
    """ "A pro-Rubio super PAC said": the PAC, not Marco Rubio."""
    found = speakers(nlp, SUPER_PAC)
    assert speaker_of(found, "We will win") == "Marco Rubio", found
    assert speaker_of(found, "Ted Cruz had changed") != "Marco Rubio", found


FORGED = """Broker hit by forged bonds

Hartwell Securities International Corp received forged bonds of a unit of Brant Oil Corp
in a trade, a spokesman for Hartwell Securities and Co Inc said from New York.

He said the trade left Hartwell Securities International with a loss of about two mln
dlrs but that it was insured against it.

The spokesman was answering an enquiry about an item in the London "Courier" newspaper,
which said Hartwell Securities "is feared to be the victim of a new City fraud."

The newspaper also said, "The firm is believed to hold some 900 of the forged bonds,
which were found at banks in Brussels."
"""


def test_a_firm_whose_spokesman_said_something_is_no_newspaper(nlp: Language) -> None:
    """ "a spokesman for Hartwell Securities and Co Inc said": the firm spoke through its
    spokesman, which makes it no voice that publishes, so "The newspaper also said" after
    it is not the firm's (the Courier, in quotation marks, is no actor to give it to)."""
    found = speakers(nlp, FORGED)
    assert speaker_of(found, "The firm is believed") is None, found


FUND = """Pension fund earns three billion dlrs

Caisse de retraite et placement du Manitoba, the government agency which manages the province's pension funds, said its portfolio earned a net profit of almost three billion dlrs.

The Government of Manitoba said separately it would sell new bonds in the spring.
"""  # noqa: E501


def test_a_body_named_after_a_place_is_not_that_places_voice(nlp: Language) -> None:
    """ "Caisse de retraite et placement du Manitoba said": the parser makes the place the
    head of the French name, and the place is the Government of Manitoba's alias; the
    fund is another body, so its words are never the government's."""
    found = speakers(nlp, FUND)
    assert speaker_of(found, "its portfolio earned") != "Government of Manitoba", found


OFFICIALS = """Tokyo to trim rates

The Bank of Dunmore will cut its discount rate next week, an official of the Finance Ministry said.

An official of the Finance Ministry said the cut was not a signal of further easing.

A senior official of the Bank of Dunmore said no further cut was planned this year.
"""


def test_an_official_of_a_body_speaks_for_it_wherever_the_sentence_starts(
    nlp: Language,
) -> None:
    """ "An official of the Finance Ministry said" opening a sentence is the ministry's
    voice, as the same words are after the reported clause: the capital of "An" is the
    sentence's, not a name's, so the ministry is no place a name is built on."""
    found = speakers(nlp, OFFICIALS)
    assert speaker_of(found, "The Bank of Dunmore will cut") == "Finance Ministry", found
    assert speaker_of(found, "the cut was not a signal") == "Finance Ministry", found
    assert speaker_of(found, "no further cut was planned") == "Bank of Dunmore", found
