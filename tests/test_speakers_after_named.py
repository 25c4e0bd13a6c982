"""Speakers of "he said" right after a clause that names one man (issue 11): the "he"
continues the subject of the nearest reporting clause when that subject is the one man
named there, whatever the parser makes of the words around the name. Each article is
written for the test; each assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

APPOSED_TITLE = """Peru sees slow recovery

LIMA, March 3 - Peru's foreign debt talks are near an end, officials said.
    Director of public works Rafael Montoya told reporters that Peru's economy should
recover this year, but he said foreign demand remains weak.
"""


def test_he_after_a_title_the_parser_made_the_subject(nlp: Language) -> None:
    """ "Director of public works Rafael Montoya told reporters ..., but he said": the
    parser makes the title the subject and the name its apposition; the title is
    Montoya's, not another name before the "he"."""
    found = speakers(nlp, APPOSED_TITLE)
    assert speaker_of(found, "foreign demand remains weak") == "Rafael Montoya", found


CAPITAL_OPENING = """Harbor Energy profit falls

Harbor Energy Ltd said its net profit fell to 41.2 mln dlrs in 1986 from 52.7 mln in 1985.
    Revenue fell to 3.55 billion dlrs from 3.91 billion, in an extremely competitive
and over-regulated environment, chairman and chief executive Martin Kessler said in a
statement. A 20 mln dlr annual dividend would be paid to the parent after a very
disappointing year.
    "A return of 1.8 pct on funds employed represents a very meagre return ... In an
economy suffering from inflation of around 10 pct," he said.
"""


def test_he_past_a_common_noun_opening_the_sentence(nlp: Language) -> None:
    """ "Revenue fell ..., chairman Martin Kessler said": the capital of "Revenue" is
    only the sentence's opening, no name of someone else on the scene."""
    found = speakers(nlp, CAPITAL_OPENING)
    assert speaker_of(found, "A return of 1.8 pct") == "Martin Kessler", found


GLUED_QUOTE = """Commission chief defends budget plan

BRUSSELS, March 3 - Commission President Pierre Moreau said he met strong objections
to his plan for the budget.
    Moreau said he agreed with leaders who argued the need to reform the farm policy,
which takes two thirds of the budget."We have to ask for sacrifices but we have to
create a future for those farmers."
    He added, "I had to ask some heads of government whether they wanted to destroy the
common market in agriculture."
"""


def test_he_after_quoted_words_glued_to_a_full_stop(nlp: Language) -> None:
    """`budget."We have to ask`: the quotation mark glued to "We" makes no name of it,
    so the "He added" after it is still Moreau's."""
    found = speakers(nlp, GLUED_QUOTE)
    assert speaker_of(found, "I had to ask some heads") == "Pierre Moreau", found


NICKNAME = """Harbor Oil to cut debt

Harbor Petroleum Co will emphasize improving its short-term cash flow this year to pare
its debt, C.J. "Pete" Dorsey, chairman, told Reuters in an interview.
    "Our priority is to get cash flow from the fields already producing," he said.
    Dorsey said Harbor Oil hopes to raise its capital budget next year.
    "We sold high cost assets last year," Dorsey said.
"""


def test_he_after_a_name_with_a_nickname_in_quotation_marks(nlp: Language) -> None:
    """`C.J. "Pete" Dorsey, chairman, told Reuters`: the model tags no name there, but
    the words are Dorsey's name in full, and the "he" after it is his."""
    found = speakers(nlp, NICKNAME)
    assert speaker_of(found, "Our priority is to get cash flow") == "Dorsey", found


TWO_MEN = """Peru sees slow recovery

LIMA, March 3 - Peru's foreign debt talks are near an end, officials said.
    Director of public works Rafael Montoya told reporters that Peru's economy should
recover this year. Finance minister Carlos Reyes said exports would rise.
    "Foreign demand remains weak," he said.
"""


def test_he_after_two_men_stays_with_the_nearer(nlp: Language) -> None:
    """A second man's reporting clause between: the "he" is his, never Montoya's."""
    found = speakers(nlp, TWO_MEN)
    assert speaker_of(found, "Foreign demand remains weak") != "Rafael Montoya", found


SWALLOWED = """Chile to seek longer debt terms

Chile will tell its creditors it needs an extension of deadlines for payment of capital
and interest on its 20 billion dlr foreign debt, Economy and Trade Minister Julio Ferrer
told reporters.
    "We, the debtor countries, are going to insist on contingency clauses to extend the
deadlines for payment," he said.
"""


def test_he_after_a_closing_clause_the_reported_words_took_in(nlp: Language) -> None:
    """ "Chile will tell its creditors it needs ..., Minister Julio Ferrer told
    reporters": the words read as Chile's run on to the minister's name, yet his is the
    clause that closes the sentence, and the "he" after it is his."""
    found = speakers(nlp, SWALLOWED)
    assert speaker_of(found, "We, the debtor countries") == "Julio Ferrer", found


SAID_OF_ANOTHER = """Chile to seek longer debt terms

Economy minister Julio Ferrer said President Marco Aldana told reporters so. "We are
going to insist on contingency clauses," he said.
"""


def test_a_name_inside_the_reported_words_is_not_the_speaker(nlp: Language) -> None:
    """ "Ferrer said President Marco Aldana told reporters so": Aldana is what Ferrer
    reported, with no comma setting off a clause of his own; the "he" is not his."""
    found = speakers(nlp, SAID_OF_ANOTHER)
    assert speaker_of(found, "We are going to insist") != "Marco Aldana", found
