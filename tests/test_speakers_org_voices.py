"""Organisations as speakers (session 33): a body's bare name as the subject of its own
statement when the article shows it is a body's ("Ocstra, the UK's premium rate
services watchdog, said"; "KERAMOS Disposal Inc ... said", then "KERAMOS said"), "the
firm" right after a sentence about the body, "Officials added" after "Treasury
officials said"; and the descriptions refused: "the company" when the sentence before is
about a company the model missed, "the veteran toy maker says he".
Each article is written for the test; each assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

WATCHDOG = """Premium lines curbed

Ofline Telecom has unveiled two schemes to protect customers from rogue diallers.

Ocstra, the UK's premium rate services watchdog, said it had been looking for firms to
take the lead. "The schemes are very welcome," a spokesperson from Ocstra told reporters.
"""

WASTE = """Waste plant faces fine

KERAMOS Disposal Inc, a subsidiary of Granton Industries Inc, said it expects the
Environmental Protection Agency to sue it over its plant in Ohio.

KERAMOS said the agency advised it would seek a penalty of five mln dlrs. KERAMOS said
the penalty was excessive.
"""

BRIBERY = """Agrovia fined for bribery

The US chemicals group Agrovia has agreed to pay a fine of 2 million dollars for bribing
an official.

A former manager at Agrovia paid a local consulting firm to pass on the money. Agrovia
also admitted paying other officials between 1997 and 2002.

The chemicals-and-seeds firm said it found the payments in 2001 and told the Department
of Justice.
"""

TREASURY = """Treasury warns on borrowing

Treasury officials said on Monday that borrowing would rise by 4 billion pounds next
year. Officials added that the deficit would narrow after 2027.
"""

MISSED = """Harlow posts loss

Harlow Widgets Ltd posted a loss of 3 million dollars in the third quarter, against a
profit a year earlier. Rival firm Denton Gears also reported lower sales.

Harlow Widgets Ltd was hit by weak demand in Europe. The company said it would cut 200 jobs
at its plant in Leeds.
"""

MAKER = """Veltro chief quits

Veltro Holdings said its chief executive had quit. Shares fell 4 percent.

Veltro Holdings was founded in 1990 by the Brandt family. The veteran toy maker says he
has no plans to retire.
"""


def test_a_bare_name_speaks_for_the_body_the_article_calls_it(nlp: Language) -> None:
    """An apposition headed by a body noun makes the name a body's, and so does a
    company's legal form; its short name speaks for it after."""
    found = speakers(nlp, WATCHDOG)
    assert speaker_of(found, "it had been looking") == "Ocstra", found
    assert speaker_of(found, "The schemes are very welcome") == "Ocstra", found
    found = speakers(nlp, WASTE)
    assert speaker_of(found, "it expects the") == "KERAMOS Disposal Inc", found
    assert speaker_of(found, "the agency advised") == "KERAMOS Disposal Inc", found
    assert speaker_of(found, "the penalty was excessive") == "KERAMOS Disposal Inc", found


def test_the_firm_after_a_sentence_about_it(nlp: Language) -> None:
    """ "The chemicals-and-seeds firm" is the company the sentence before is about,
    though an unnamed consulting firm was brought in earlier."""
    found = speakers(nlp, BRIBERY)
    assert speaker_of(found, "it found the payments") == "Agrovia", found


def test_bare_officials_go_on_for_the_body(nlp: Language) -> None:
    found = speakers(nlp, TREASURY)
    assert speaker_of(found, "borrowing would rise") == "Treasury", found
    assert speaker_of(found, "the deficit would narrow") == "Treasury", found


def test_the_company_is_never_the_only_body_the_model_marked(nlp: Language) -> None:
    """The sentence before is about a company the model missed: the rival it did mark
    is not "the company"."""
    found = speakers(nlp, MISSED)
    assert speaker_of(found, "it would cut 200 jobs") is None, found


def test_a_maker_who_says_he_is_a_person(nlp: Language) -> None:
    found = speakers(nlp, MAKER)
    assert speaker_of(found, "he has no plans to retire") is None, found
    assert speaker_of(found, "its chief executive had quit") == "Veltro Holdings", found
