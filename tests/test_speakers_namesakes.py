"""A surname two people of the story share, said alone (issue 11): the actor merge joins
it to one of them; the published speaker follows that merge where a reader would take
the surname for the same person (the one the story names in full first, with no other
namesake named since), and stays empty where the merge chose a namesake met later.
Each article is written for the test; each assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

MAYOR = """Mayor defends harbour plan

Harbourside mayor Maria Delgado on Monday defended her plan to rebuild the old harbour.

Delgado has spent two years on the plan, which the council approved in March.

Flying home from the capital last week, she told her husband, Tomas Delgado, that the
vote would be "a fight from start to finish."

Delgado told the council in March that the work would take five years.

Opponents say the plan will cost far more than the city can afford.

"The harbour plan was the best option for this city," Delgado said on Monday. "Not
everybody could see that."
"""


def test_a_shared_surname_is_the_person_the_story_is_about(nlp: Language) -> None:
    """The husband is named once, in passing, and the story goes on about the mayor;
    "Delgado said" paragraphs later is hers, as the merge has it: her full name, not
    none."""
    found = speakers(nlp, MAYOR)
    assert speaker_of(found, "The harbour plan was the best option") == "Maria Delgado", found


COACH = """Club names new coach

Hannah Ortiz will coach the city's basketball club next season, the club said on Friday.

The club also hired her brother, Felix Ortiz, as its new scout.

The club's owners will present the new staff to supporters at the arena on Saturday.

Ticket prices for next season will stay the same, the club added.

"We want to win the league in three years," Ortiz said on Friday.
"""


def test_a_surname_the_merge_gave_the_relative_is_the_story_s(nlp: Language) -> None:
    """The surname's first use comes after the brother is named, so the merge gives it to
    him; the story is about the coach, named first, and he is introduced as her relative
    ("her brother, Felix Ortiz"), not named near the quotation: the coach's words, never
    the brother's (kin_namesakes, surname30; it was left open before)."""
    found = speakers(nlp, COACH)
    assert speaker_of(found, "We want to win the league") == "Hannah Ortiz", found


# One line per paragraph, as the wire and many sites write them; "Trump" is a surname the
# model tags as a verb, so the tag after the quotation shows no name to the parse.
DEBATE = (
    "Candidates clash over housing\n\n"
    "The two candidates for mayor met on Tuesday for their only debate.\n"
    "Harris, however, interjected by accusing Trump of wanting to sell the city's parks to "
    '"turn them into parking lots for his friends" downtown.\n'
    '"Harris wants to be a tough guy tonight," Trump shot back. "Let me talk."\n'
)


def test_a_retort_is_not_the_words_of_the_speaker_before(nlp: Language) -> None:
    """ "Trump shot back" is a tag of its own: the retort is not carried over to Harris,
    who spoke in the sentence before, even where the model misreads the name."""
    found = speakers(nlp, DEBATE)
    assert speaker_of(found, "turn them into parking lots") == "Harris", found
    assert speaker_of(found, "Harris wants to be a tough guy") != "Harris", found
    assert speaker_of(found, "Let me talk") != "Harris", found
