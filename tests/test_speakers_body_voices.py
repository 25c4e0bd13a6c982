"""Bodies and people speaking through descriptions in wire copy (issue "Briefings an
editor can publish unedited", Reuters speakers given by a description):

- "Walter Prentiss, Hollis Paper Institute president said": the apposition's closing
  comma dropped, the parse makes the title the subject; the person speaks;
- "a Corvane executive told Reuters ... but the executive said": the definite
  description goes back to the indefinite one, the body it speaks for;
- "A company statement issued last month said": the company the story is about.

Each article is written for the test; each assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

CUT_TITLE = """Paper output seen at record

The Hollis Paper Institute said the industry is headed for another record year.

"A pro-growth trade policy and low interest rates are what the industry needs,"
Walter Prentiss, Hollis Paper Institute president said.

In a statement, Dora Keller, Brackton Mills chairman said the sale of the unit
"completes our plan to restructure Brackton."
"""


def test_person_before_a_cut_title_speaks(nlp: Language) -> None:
    found = speakers(nlp, CUT_TITLE)
    assert speaker_of(found, "A pro-growth trade policy") == "Walter Prentiss", found
    assert speaker_of(found, "completes our plan") == "Dora Keller", found


OBJECT_BEFORE_TITLE = """Paper output seen at record

The Hollis Paper Institute said the industry is headed for another record year.

The board thanked Walter Prentiss, Hollis Paper Institute president said the
institute would meet again in May.
"""


def test_name_that_opens_no_subject_is_no_speaker(nlp: Language) -> None:
    found = speakers(nlp, OBJECT_BEFORE_TITLE)
    assert all(speaker != "Walter Prentiss" for speaker in found.values()), found


SAME_EXECUTIVE = """Corvane holders watch Trump stake

Corvane Airlines Inc shares rose on reports that Donald Trump had bought a large
amount of its stock.

Today, a Corvane executive told Reuters its chairman spoke with Trump last week. Trump
said his interest in the stock was as an investment, but the executive said the company
does not know how much Trump owns.
"""


def test_the_executive_goes_back_to_the_indefinite_one(nlp: Language) -> None:
    found = speakers(nlp, SAME_EXECUTIVE)
    assert speaker_of(found, "its chairman spoke") == "Corvane Airlines Inc", found
    assert speaker_of(found, "the company does not know") == "Corvane Airlines Inc", found


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
