"""A definite description is the one person the article gave that role in its own words
("Martin Crale, a former campaign pollster, ... The former pollster said"), whatever the
sentences between say (issue 11). Two holders, a holder of another time ("former"), or
another holder of the kind whose role does not say ("a former pollster" for "the former
campaign pollster") leave the description unresolved. A word for a person's fortune or
trade ("the billionaire real estate mogul") is the person the sentence before is about,
whatever kind of mogul the words before it say. Each article here is written for the
test; each assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

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


ANOTHER_POLLSTER = POLLSTER.replace(
    "spoke on a radio show",
    "and Joan Pell, a former pollster, spoke on a radio show",
).replace("the former\npollster said", "the former\ncampaign pollster said")


def test_another_pollster_who_may_be_the_campaign_pollster_leaves_it_open(
    nlp: Language,
) -> None:
    """Pell's role does not say which pollster she was: she may be the campaign's too."""
    found = speakers(nlp, ANOTHER_POLLSTER)
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
