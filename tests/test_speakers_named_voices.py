"""Spokesmen of a body the article names (issue 11: quotes published with no speaker
although the article names who said them): a spokeswoman introduced with the name of a
body the model made no actor of ("A Department for Work and Pensions spokeswoman
said"), and a bare "the spokesman" after a definite spokesman named with his body ("The
Vodafone spokesman said ... the spokesman said"). Each has a twin where the text does
not make the body clear, which must stay unattributed. Each article is written for the
test; each assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

HONOURS = """Knighthood for agency chief criticised

The head of the Child Support Agency, Doug Smith, has been knighted in the New Year
honours list despite the agency's troubles.

A Department for Work and Pensions spokeswoman said of the honour: "The award reflects
all that he has achieved in a long career."
"""

HONOURS_TWO = """Knighthood for agency chief criticised

The head of the Child Support Agency, Doug Smith, has been knighted in the New Year
honours list despite the agency's troubles.

A Ford and General Motors spokeswoman said of the honour: "The award reflects all that
he has achieved in a long career."
"""


def test_a_spokeswoman_named_with_a_body_the_model_missed(nlp: Language) -> None:
    """The words before "spokeswoman" are one body's name, its "and" inside the remit
    after "for": the quotation is the department's."""
    found = speakers(nlp, HONOURS)
    assert speaker_of(found, "The award reflects") == "Department for Work and Pensions", found


def test_a_spokeswoman_of_two_bodies_joined_by_and_stays_unnamed(nlp: Language) -> None:
    """ "A Ford and General Motors spokeswoman": two bodies, neither alone."""
    found = speakers(nlp, HONOURS_TWO)
    assert speaker_of(found, "The award reflects") is None, found


PHONES = """Vodafone faces EU charges

The European Commission has accused Vodafone of charging too much for calls made abroad.

A Vodafone spokesman said the firm would study the charges. The Commission sent its
first objections in October. The company replied to them in December. The Commission
has not answered yet. Its lawyers are said to be busy. The Vodafone spokesman said a
similar process would follow for these objections.

The process "may go on for some time yet", the spokesman said.
"""

PHONES_UNNAMED = """Vodafone and O2 face EU charges

The European Commission has accused Vodafone and O2 of charging too much for calls made
abroad.

Both operators had already replied to earlier allegations in December. A spokesman for
one of the operators said it would study the charges. The company spokesman said a
similar process would follow for these objections.

The process "may go on for some time yet", the spokesman said.
"""


def test_the_spokesman_after_a_definite_spokesman_named_with_his_body(
    nlp: Language,
) -> None:
    """ "The Vodafone spokesman said ... the spokesman said": the same voice, Vodafone."""
    found = speakers(nlp, PHONES)
    assert speaker_of(found, "may go on for some time yet") == "Vodafone", found


def test_the_spokesman_of_no_named_body_stays_unnamed(nlp: Language) -> None:
    """ "The company spokesman" names no body: the spokesman of one of two operators
    stays unnamed, and so does "the spokesman" after him."""
    found = speakers(nlp, PHONES_UNNAMED)
    assert speaker_of(found, "may go on for some time yet") is None, found


RATINGS = """Royal Bank of Canada downgraded

The Canadian Bond Rating Service said it downgraded ratings for senior debt at Royal
Bank of Canada due partly to loan loss problems.
"""

RATINGS_PEOPLE = """Royal Bank of Canada downgraded

The Canadian bond rating service said it downgraded ratings for senior debt at Royal
Bank of Canada due partly to loan loss problems.
"""


def test_a_body_whose_name_opens_with_a_nationality(nlp: Language) -> None:
    """ "The Canadian Bond Rating Service said": a body the model missed, its name
    opened by a nationality, speaks under that name."""
    found = speakers(nlp, RATINGS)
    assert speaker_of(found, "it downgraded ratings") == "Canadian Bond Rating Service", found


def test_a_nationality_before_words_in_lower_case_names_no_body(nlp: Language) -> None:
    """ "The Canadian bond rating service": a description, not a name; no body is made of
    it."""
    found = speakers(nlp, RATINGS_PEOPLE)
    assert speaker_of(found, "it downgraded ratings") != "Canadian bond rating service", found


LOAN = """Japan weighs loan for dam

The Overseas Economic Cooperation Fund (OECF) is studying a loan for a dam in northern
Thailand, fund officials said.

Another OECF official said the project was technically and economically viable.
"""


def test_a_determiner_opening_the_sentence_is_no_part_of_the_body(nlp: Language) -> None:
    """ "Another OECF official said": "Another" opens the sentence, so no body called
    "Another OECF" speaks."""
    found = speakers(nlp, LOAN)
    assert speaker_of(found, "the project was technically") != "Another OECF", found
