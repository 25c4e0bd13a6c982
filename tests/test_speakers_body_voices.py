"""Bodies and people speaking through descriptions in wire copy (issue "Briefings an
editor can publish unedited", Reuters speakers given by a description):

- "Ned Carraway, American Pulp Council president said": the apposition's closing
  comma dropped, the parse makes the title the subject; the person speaks;
- "a UAL executive told Reuters ... but the executive said": the definite
  description goes back to the indefinite one, the body it speaks for;
- "A company statement issued last month said": the company the story is about.

Each article is written for the test; each assertion reads the published speaker."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

from published_speakers import speaker_of, speakers
from spacy.language import Language

from generator.extract.speakers.context import _Context
from generator.extract.speakers.name_text import _words
from generator.extract.speakers.name_word_voice import body_by_name_word
from generator.model import Actor

CUT_TITLE = """Paper output seen at record

The American Pulp Council said the industry is headed for another year of
record volume in 1987.
    "Low interest rates and no major tax increases are the essential
ingredients in this outlook," Ned Carraway, American Pulp Council president said.
"""

CUT_TITLE_IN_STATEMENT = """Tyre sale agreed

Harcourt Inc said it agreed to sell its tyre unit for 650 mln dlrs.
    In a statemnet, B. Thomas Whitcombe, Harcourt chairman said
the sale "represents a critical accomplishment in
our plan to restructure Harcourt."
"""


def test_person_before_a_cut_title_speaks(nlp: Language) -> None:
    found = speakers(nlp, CUT_TITLE)
    assert speaker_of(found, "Low interest rates") == "Ned Carraway", found
    found = speakers(nlp, CUT_TITLE_IN_STATEMENT)
    assert speaker_of(found, "represents a critical") == "B. Thomas Whitcombe", found


OBJECT_BEFORE_TITLE = """Paper output seen at record

The Hollis Paper Institute said the industry is headed for another record year.

The board thanked Walter Prentiss, Hollis Paper Institute president said the
institute would meet again in May.
"""


def test_name_that_opens_no_subject_is_no_speaker(nlp: Language) -> None:
    found = speakers(nlp, OBJECT_BEFORE_TITLE)
    assert all(speaker != "Walter Prentiss" for speaker in found.values()), found


SAME_EXECUTIVE = """Holders watch stake

Shares of UAL Inc rose on reports that a developer had bought a large amount of
its stock.
    Today, a UAL executive told Reuters its chairman spoke with the developer
last week. The developer said his interest was as an investment, but the
executive said the company does not know how much he owns.
"""


def test_the_executive_goes_back_to_the_indefinite_one(nlp: Language) -> None:
    found = speakers(nlp, SAME_EXECUTIVE)
    assert speaker_of(found, "its chairman spoke") == "UAL Inc", found
    assert speaker_of(found, "the company does not know") == "UAL Inc", found


UNNAMED_EXECUTIVE = """Corvane holders watch Trump stake

Corvane Airlines Inc shares rose on reports that Donald Trump had bought a large
amount of its stock. Chief executive Harold Mintz declined to comment.

Today, an executive told Reuters the airline's chairman spoke with Trump last week,
but the executive said the company does not know how much Trump owns.
"""


def test_the_executive_after_an_unnamed_one_is_not_a_named_executive(nlp: Language) -> None:
    found = speakers(nlp, UNNAMED_EXECUTIVE)
    assert speaker_of(found, "the company does not know") != "Harold Mintz", found


COMPANY_STATEMENT = """Tarrow Holdings to repay debt

Tarrow Holdings Ltd said its 1986 profit rose 20 pct on strong retail sales.

The company is undergoing a reorganisation that will turn it into a holding company.
A company statement issued last month said the firm will use the proceeds of the sale
of its retail arm to repay all debt.
"""


def test_company_statement_speaks_for_the_company_wire_copy_quotes(nlp: Language) -> None:
    found = speakers(nlp, COMPANY_STATEMENT)
    assert speaker_of(found, "the firm will use the proceeds") == "Tarrow Holdings Ltd", found


NAME_WORD = """Corvane and Trastevere in venture talks

Joint venture talks that could lead to Corvane Corp taking a stake in Italian car
maker <Automobili Trastevere SpA> are continuing, a Trastevere spokesman said.
"""


def test_spokesman_named_by_a_word_of_the_body_speaks_for_it(nlp: Language) -> None:
    found = speakers(nlp, NAME_WORD)
    assert speaker_of(found, "Joint venture talks") == "Automobili Trastevere SpA", found


def _voice(mention: str, *actors: Actor) -> Actor | None:
    """What `body_by_name_word` gives a mention at offset 100 of an article naming
    `actors` (each at offset 10): the rule reads only the article's actors."""
    ctx = cast(_Context, SimpleNamespace(actors=list(actors)))
    return body_by_name_word(ctx, mention, _words(mention), 100)


def _body(name: str, kind: str = "organization") -> Actor:
    return Actor(name, kind, mentions=1, spans=[(10, 10 + len(name))])


def test_word_of_one_body_names_it() -> None:
    body = _body("Automobili Trastevere SpA")
    assert _voice("a Trastevere spokesman", body) is body
    assert _voice("a spokesman for Trastevere", body) is body


def test_word_of_two_bodies_or_of_a_person_names_no_one() -> None:
    body = _body("Automobili Trastevere SpA")
    assert _voice("a Trastevere spokesman", body, _body("Trastevere Finanziaria SpA")) is None
    assert _voice("a Trastevere spokesman", body, _body("Anna Trastevere", "person")) is None


def test_dictionary_word_nationality_or_later_name_names_no_one() -> None:
    assert _voice("a Ford spokesman", _body("Ford Brasil Ltda")) is None  # "ford": a word
    assert _voice("an Italian official", _body("Italian Motor Group SpA")) is None
    assert _voice("a U.S. official", _body("U.S. Steel Corp")) is None
    assert _voice("a France official", _body("France Telecom SA")) is None
    later = Actor("Automobili Trastevere SpA", "organization", mentions=1, spans=[(200, 225)])
    assert _voice("a Trastevere spokesman", later) is None
    assert _voice("a former Trastevere executive", _body("Automobili Trastevere SpA")) is None


VOICE_OUTSIDE_A_REPORT = """Bank of Lusitania qualifies reserve rule

A Bank of Lusitania spokesman qualified a bank statement on reserve requirements,
saying the move applied only to future rises.

"The reserve requirement will only be applied to further increases," the spokesman
said.
"""

FLOAT = """Bank borrowings fall

Banks borrowed less from the Federal Reserve in the latest week.

Natural float ranged from near zero on Thursday, for which the Fed spokesman could
give no reason, to a high on Tuesday. The spokesman said that
transportation float averaged under 500 mln dlrs a day.
"""


def test_the_spokesman_goes_back_to_a_named_voice_outside_a_report(nlp: Language) -> None:
    found = speakers(nlp, VOICE_OUTSIDE_A_REPORT)
    assert speaker_of(found, "The reserve requirement") == "Bank of Lusitania", found
    found = speakers(nlp, FLOAT)
    assert speaker_of(found, "transportation float") == "Federal Reserve", found


NAMED_SPOKESMAN_BEFORE = """Reserve rule qualified

Spokesman Marlin Fenwick of the Bank of Lusitania qualified a statement on reserve
requirements on Monday.

"The reserve requirement will only be applied to further increases," the spokesman
said.
"""


def test_the_spokesman_after_a_named_one_is_not_his_body(nlp: Language) -> None:
    found = speakers(nlp, NAMED_SPOKESMAN_BEFORE)
    assert speaker_of(found, "The reserve requirement") != "Bank of Lusitania", found


AND_CO = """Railway offering delayed

Northline Rail Corp said its public offering could come as early as next week.

"We cannot comment on any question," said a spokesman for Goldman Sachs and Co., one
of the co-managers of the selling syndicate.
"""


def test_and_before_a_dotted_suffix_is_inside_one_name(nlp: Language) -> None:
    found = speakers(nlp, AND_CO)
    assert speaker_of(found, "We cannot comment") == "Goldman Sachs and Co.", found


ACRONYM_VOICE = """Lusitanian inflation slows

Lusitanian inflation slowed in February, the National Economics
Institute (INEL) said.
    The retail price index showed a year-on-year rise of 3.4
pct. An INEL official said the final figure for February would
be released later this month.
"""


def test_official_named_by_an_acronym_speaks_for_the_body_it_spells(nlp: Language) -> None:
    found = speakers(nlp, ACRONYM_VOICE)
    assert speaker_of(found, "the final figure") == "National Economics Institute", found
