"""A definite description is the one person the article gave that role in its own words
("Florida Sen. Tom Harlan ... The Florida senator said", "Martin Crale, a former
campaign pollster, ... The former pollster said"), whatever the sentences between say
(issue 11). Two holders, or a holder of another time ("former"), leave the description
unresolved. A word for a person's fortune or trade ("the billionaire real estate
mogul") is the person the sentence before is about, whatever kind of mogul the words
before it say. Each article here is written for the test; each assertion reads the
published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

STATE_SENATOR = """Senators tour the port

Florida Sen. Tom Harlan and Sen. Ellen Marsh toured the port of Tampa on Monday with
the harbour master.

The dockworkers' union has asked for new cranes for two years. Shipping firms want
deeper berths.

The Florida senator said the port "needs a federal grant this year" and promised to
write the bill himself.
"""


def test_the_one_senator_given_the_state_is_the_state_senator(nlp: Language) -> None:
    """Only Harlan was introduced as a Florida senator: Marsh is a senator of no state
    the article names."""
    found = speakers(nlp, STATE_SENATOR)
    assert speaker_of(found, "needs a federal grant") == "Tom Harlan", found


TWO_STATE_SENATORS = STATE_SENATOR.replace("Sen. Ellen Marsh", "Florida Sen. Ellen Marsh")


def test_two_senators_given_the_state_leave_it_open(nlp: Language) -> None:
    found = speakers(nlp, TWO_STATE_SENATORS)
    assert speaker_of(found, "needs a federal grant") is None, found


POLLSTER = """Pollster sees trouble for the governor

Martin Crale, a former campaign pollster for the governor, spoke on a radio show on
Tuesday. The host asked about the race and the state's budget.

Voters in the north have turned away from the party in recent months.

"She is behind in a number of polls, and the budget will not help her," the former
pollster said.
"""


def test_the_former_pollster_is_the_one_introduced_as_one(nlp: Language) -> None:
    found = speakers(nlp, POLLSTER)
    assert speaker_of(found, "She is behind in a number of polls") == "Martin Crale", found


TWO_POLLSTERS = POLLSTER.replace(
    "spoke on a radio show",
    "and Joan Pell, a former campaign pollster for the mayor, spoke on a radio show",
)


def test_two_former_pollsters_leave_it_open(nlp: Language) -> None:
    found = speakers(nlp, TWO_POLLSTERS)
    assert speaker_of(found, "She is behind in a number of polls") is None, found


CURRENT_POLLSTER = POLLSTER.replace("the former\npollster said", "the pollster said")


def test_a_former_pollster_is_not_the_pollster(nlp: Language) -> None:
    """ "the pollster" speaks of a present role; the article gave Crale a past one."""
    found = speakers(nlp, CURRENT_POLLSTER)
    assert speaker_of(found, "She is behind in a number of polls") is None, found


MOGUL = """Candidates name their favourite shows

Harold Voss, the Republican front-runner, listed a late-night comedy show as his guilty
pleasure on Tuesday.

"My favourite show is the one I was on, and the ratings were great," the billionaire
real estate mogul told a magazine.
"""


def test_a_kind_of_mogul_is_the_person_the_sentence_before_is_about(nlp: Language) -> None:
    """Words in lower case before "mogul" say what kind of mogul he is, as before
    "businessman" or "champion" (issue 11)."""
    found = speakers(nlp, MOGUL)
    assert speaker_of(found, "My favourite show is the one") == "Harold Voss", found


OTHER_MOGUL = MOGUL.replace("the billionaire\nreal estate mogul", "the other billionaire\nmogul")


def test_the_other_mogul_is_someone_else(nlp: Language) -> None:
    found = speakers(nlp, OTHER_MOGUL)
    assert speaker_of(found, "My favourite show is the one") is None, found
