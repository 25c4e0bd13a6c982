"""Speakers in long political news (issue 11), classes counted on fresh PolNeAR text,
each written here as an article of its own: a "he"/"she" in a paragraph that brings
up another person of that gender (by a name the article introduces there, or by any
name the paragraph opens with) is not the words of whoever spoke in the paragraph
before; a plural description ("The three scholars - A, B and C - agreed") is never the
first person named in it; a "he" after a sentence about a described person ("A
president who ordered the raid that killed X") is not the name in passing. Each has a
twin where the text does keep the earlier reading, and two guards from breadth runs (a
husband named beside his wife's "she"; someone talked about after a preposition).
Each assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

REACHED = """Party insiders wary of front-runner

The county party has spent weeks vetting candidates for its convention slate, and
Walter Briggs, the state committeeman, has called on delegates to reject the
front-runner.

"There are a couple of his supporters here and there," said Glenn Porter, the district
vice chairman. "Nobody would keep them off the slate."

Reached by phone, Briggs, the state committeeman, hesitated to repeat his criticism of
the New York developer. He agreed that the developer may struggle to win over the
state's delegates.
"""

REACHED_SAME = """Party insiders wary of front-runner

The county party has spent weeks vetting candidates for its convention slate, and
Walter Briggs, the state committeeman, has called on delegates to reject the
front-runner.

"There are a couple of his supporters here and there," said Glenn Porter, the district
vice chairman. "Nobody would keep them off the slate."

Reached by phone, Porter hesitated to repeat his criticism of the New York developer.
He agreed that the developer may struggle to win over the state's delegates.
"""


def test_he_in_a_paragraph_that_opens_with_another_man_is_his(nlp: Language) -> None:
    """The paragraph is about Briggs: "He agreed" is his, not Porter's words."""
    found = speakers(nlp, REACHED)
    assert speaker_of(found, "the developer may struggle") == "Walter Briggs", found


def test_he_in_a_paragraph_about_the_same_speaker_stays_his(nlp: Language) -> None:
    found = speakers(nlp, REACHED_SAME)
    assert speaker_of(found, "the developer may struggle") == "Glenn Porter", found


NEWCOMER = """Skaters claim the city's parks

"Skating is a way to reclaim our freedom," said Ana Ruiz, 22, who founded the group.

That sense of freedom is what first drew Maria Lopez, 20, to skating seven years ago.
Then a student living in Queens, Ms. Lopez found skating to be a relief from her
worries, she said.
"""

NEWCOMER_NONE = """Skaters claim the city's parks

"Skating is a way to reclaim our freedom," said Ana Ruiz, 22, who founded the group.

That sense of freedom is what first drew her to skating seven years ago. Then a
student living in Queens, Ms. Ruiz found skating to be a relief from her worries, she
said.
"""


def test_she_after_a_woman_introduced_in_between_is_the_newcomer(nlp: Language) -> None:
    """Lopez is named for the first time after Ruiz spoke: "she said" is Lopez's."""
    found = speakers(nlp, NEWCOMER)
    assert speaker_of(found, "Then a student living in Queens") == "Maria Lopez", found


def test_she_with_no_newcomer_stays_with_the_speaker(nlp: Language) -> None:
    found = speakers(nlp, NEWCOMER_NONE)
    assert speaker_of(found, "Then a student living in Queens") == "Ana Ruiz", found


SCHOLARS = """Scholars see room for a deal on the court

Republicans say they will not consider any nominee this year.

The three constitutional scholars - Mr. Harlan Wexford, Ms. Judith Cole and Mr. Paul
Amsel - agreed that there are qualified candidates who could win votes from both
parties.
"""

SCHOLAR = """Scholars see room for a deal on the court

Republicans say they will not consider any nominee this year.

Harlan Wexford, a constitutional scholar, agreed that there are qualified candidates
who could win votes from both parties.
"""


def test_a_plural_description_is_never_the_first_name_in_it(nlp: Language) -> None:
    found = speakers(nlp, SCHOLARS)
    assert speaker_of(found, "there are qualified candidates") is None, found


def test_one_named_scholar_is_the_speaker(nlp: Language) -> None:
    found = speakers(nlp, SCHOLAR)
    assert speaker_of(found, "there are qualified candidates") == "Harlan Wexford", found


DESCRIBED = """The president's foreign policy record

Mr. Reyes has secured a trade pact and reopened an embassy in Havana.

A president who authorized the raid that killed Omar Haddad will instead hand
his successor an unresolved war. Where he used to boast that he had beaten the
group, on Tuesday night he said it still posed "a direct threat" to Americans.
"""

NAMED = """The president's foreign policy record

Mr. Reyes has secured a trade pact and reopened an embassy in Havana.

Mr. Reyes authorized the raid that killed Omar Haddad. Where he used to boast
that he had beaten the group, on Tuesday night he said it still posed "a direct
threat" to Americans.
"""


def test_he_after_a_described_subject_is_not_the_name_in_passing(nlp: Language) -> None:
    """The sentence is about "a president"; the man he had killed says nothing."""
    found = speakers(nlp, DESCRIBED)
    assert all(v != "Omar Haddad" for v in found.values()), found


def test_he_after_a_named_subject_is_that_man(nlp: Language) -> None:
    found = speakers(nlp, NAMED)
    assert speaker_of(found, "it still posed") == "Reyes", found


HUSBAND = """Donors weigh their options

Rachel Stone, a philanthropist from Monsey, New York, said the speeches had led her to
count two candidates out. Along with her husband, Milton Stone, a money manager, she
has given to many candidates, but plans to narrow her support to one. She called the
surgeon a "special person."

"I feel bad to say it," she said. "I don't see him as the president."
"""

SCRUTINY = """Defenders rally round the speech

Other defenders pointed to previous examples of borrowed lines in political speeches.
Former House speaker Newt Gingrich noted that two presidents had survived such
criticism.

Of the scrutiny over Melania Trump, he said, "It's a little much."
"""


def test_a_husband_named_beside_her_is_not_the_she(nlp: Language) -> None:
    """Milton Stone is named for the first time, but in a sentence whose "she" is his
    wife: the newcomer is not who goes on speaking."""
    found = speakers(nlp, HUSBAND)
    assert speaker_of(found, "I feel bad to say it") == "Rachel Stone", found


def test_someone_talked_about_in_the_pronouns_paragraph_is_not_the_he(
    nlp: Language,
) -> None:
    """ "Of the scrutiny over Melania Trump, he said": Gingrich goes on speaking."""
    found = speakers(nlp, SCRUTINY)
    assert speaker_of(found, "It's a little much") == "Newt Gingrich", found
