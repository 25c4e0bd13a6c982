""" "The bank said" in a story quoting one bank that names another bank in passing (issue
11, a quote given to the wrong body): the voice goes on with the bank that has spoken,
not with the bank named last ("... the loan will go through the National Farm Credit
Bank, the bank said" is the World Bank's). A bank named as the subject of its own clause
keeps "the bank" ("Nationwide said ... Bank of England figures showed ..., the bank
said"). Each article is written for the test; each assertion reads the published
speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

PASSING = """World Bank lends to Mexico

The World Bank said it has loaned Mexico 400 mln dlrs to support farm credit. The loan
will be used for lending mainly by commercial banks and the National Farm Credit Bank,
Mexico's largest farm lender, the bank said.
"""


def test_the_bank_named_in_passing_is_not_the_voice(nlp: Language) -> None:
    found = speakers(nlp, PASSING)
    assert speaker_of(found, "it has loaned Mexico") == "World Bank", found
    assert speaker_of(found, "The loan will be used") == "World Bank", found


OWN_WORDS = """Mortgage lending slows

House prices rose 0.4% in January, the Nationwide building society said. The Bank of
England reported a fall in new mortgage loans on Tuesday. Approvals fell to 79,000 in
January from 82,000 in December, the bank said.
"""


def test_a_bank_named_as_subject_keeps_the_bank(nlp: Language) -> None:
    found = speakers(nlp, OWN_WORDS)
    assert speaker_of(found, "Approvals fell to 79,000") == "Bank of England", found


TWO_BANKS = """Harbour Bank to buy Westland Bank

Harbour Bank signed a letter of intent with Carrow Bank to buy its Welsh affiliate,
Westland Bank, the bank said in a statement.

Carrow Bank said it expected the sale to close in June.
"""


def test_two_banks_named_together_and_neither_has_spoken_leave_the_bank_open(
    nlp: Language,
) -> None:
    """Two (three) banks in the lead, none has spoken before "the bank said" and none
    apart from the buyer is the clause's subject: the buyer keeps "the bank", as the
    subject of the lead's clause; never the bank bought, named last."""
    found = speakers(nlp, TWO_BANKS)
    assert speaker_of(found, "Harbour Bank signed a letter") in {"Harbour Bank", None}, found
    assert speaker_of(found, "Harbour Bank signed a letter") != "Westland Bank", found
    assert speaker_of(found, "it expected the sale to close") == "Carrow Bank", found


SPANISH_BUYER = """Banco Oriente to buy Westland Bank

Banco Oriente signed a letter of intent with Carrow Bank to buy its Welsh affiliate,
Westland Bank, the bank said in a statement.
"""


def test_a_bank_bought_is_not_the_voice_of_its_buyer(nlp: Language) -> None:
    """The buyer's name does not hold "bank"; Carrow Bank and Westland Bank, both named
    in passing, cannot be told apart: no speaker rather than the bank bought."""
    found = speakers(nlp, SPANISH_BUYER)
    assert speaker_of(found, "Banco Oriente signed a letter") is None, found
