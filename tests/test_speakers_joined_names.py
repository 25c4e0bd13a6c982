"""A company whose name has "and" in it speaks under that name, its name without the
company suffix and its initials, not as two speakers: wire copy's "Standard and Poor's
said" and "S and P said" after "Standard and Poor's Corp said". Two companies joined by
"and" stay two speakers, so the quote keeps no single name."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

FULL = "Harbour and Tidewater Corp"

ONE_COMPANY = f"""Ferry operator to buy two vessels

{FULL} said it would buy two ferries for its island routes.
    Harbour and Tidewater said the ferries would cost 40 mln dlrs and enter
service next year.
    H and T said it would pay for them from cash and a bank loan.
"""

TWO_COMPANIES = """Ferry operators share routes

Harbour Shipping Corp and Tidewater Ferries Inc said they would share the island
routes from next year.
"""


def test_the_name_without_its_suffix_and_the_joined_initials_are_the_company(
    nlp: Language,
) -> None:
    found = speakers(nlp, ONE_COMPANY)
    assert speaker_of(found, "the ferries would cost") == FULL
    assert speaker_of(found, "it would pay") == FULL


def test_two_companies_joined_by_and_stay_two_speakers(nlp: Language) -> None:
    found = speakers(nlp, TWO_COMPANIES)
    assert speaker_of(found, "they would share") is None


PERSON_AND_COMPANY = """Investor and airline seek control

Carl Icahn and Trans World Airlines Inc said they would seek control of USAir Group Inc.
"""


def test_a_person_and_a_company_joined_by_and_are_two_speakers(nlp: Language) -> None:
    """ "Carl Icahn and Trans World Airlines Inc said": a man and a company, never one
    company named "Carl Icahn and Trans World Airlines Inc"."""
    found = speakers(nlp, PERSON_AND_COMPANY)
    assert speaker_of(found, "they would seek control") is None
